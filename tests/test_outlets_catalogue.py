"""The outlet catalogue: starter list, lookups by URL/domain/name, user edits through the CLI."""

import json

import pytest
from click.testing import CliRunner

from rashomon.errors import UsageError

from rashomon.interfaces.cli import main
from rashomon.outlets import OutletCatalogue, normalize_domain, outlet_for, starter_outlets
from rashomon.store import open_store


def test_starter_list_covers_the_languages_rashomon_reads():
    outlets = starter_outlets()
    assert len(outlets) >= 100
    assert {"en", "uk", "ru", "de", "fr", "es", "pl", "cs", "bg", "sl"} <= {o.language for o in outlets}
    assert len({o.domain for o in outlets}) == len(outlets)


def test_lookup_by_url_domain_subdomain_and_name():
    assert outlet_for("https://www.themoscowtimes.com/2025/10/21/x").name == "The Moscow Times"
    assert outlet_for("edition.cnn.com").name == "CNN"
    assert outlet_for("https://www.pravda.com.ua/news/2025/10/22/1/").name == "Українська правда"
    assert outlet_for("CNN").domain == "cnn.com"
    assert outlet_for("nonexistent-outlet.example") is None
    assert outlet_for("") is None


def test_normalize_domain_rejects_junk():
    assert normalize_domain("HTTPS://WWW.BBC.CO.UK/news") == "bbc.co.uk"
    with pytest.raises(UsageError, match="not a domain"):
        normalize_domain("not a domain")


def test_user_edits_override_the_starter_list():
    catalogue = OutletCatalogue(added=[], removed={"cnn.com"})
    assert catalogue.lookup("cnn.com") is None


def test_cli_add_list_remove(tmp_db):
    db = str(tmp_db)
    runner = CliRunner()
    added = runner.invoke(main, ["outlets", "add", "https://www.example-news.org/", "Example News",
                                 "--country", "ua", "--language", "uk", "--owner", "Someone", "--db", db, "--json"])
    assert added.exit_code == 0, added.output
    assert json.loads(added.stdout)["domain"] == "example-news.org"
    with open_store(db) as store:
        found = outlet_for("https://example-news.org/a/b", store)
        assert (found.name, found.country, found.language, found.owner) == ("Example News", "UA", "uk", "Someone")
    listed = runner.invoke(main, ["outlets", "list", "--db", db, "--json"])
    domains = [json.loads(line)["domain"] for line in listed.stdout.splitlines()]
    assert "example-news.org" in domains and "cnn.com" in domains
    removed = runner.invoke(main, ["outlets", "remove", "cnn.com", "--db", db])
    assert removed.exit_code == 0, removed.output
    with open_store(db) as store:
        assert outlet_for("cnn.com", store) is None
    again = runner.invoke(main, ["outlets", "remove", "cnn.com", "--db", db])
    assert again.exit_code == 2 and "cnn.com" in again.stderr
    bad = runner.invoke(main, ["outlets", "add", "not a domain", "X", "--db", db])
    assert bad.exit_code == 2 and "not a domain" in bad.stderr
