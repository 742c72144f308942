"""Fixtures shared by the whole suite: the bundled seed reports, fresh databases on both backends, the shared data.

Every test that takes ``tmp_db``, ``new_db`` or ``seeded_db`` runs twice: on a SQLite file
and on a PostgreSQL database. The PostgreSQL server is a throwaway one started for the session
(``tests/postgres_server.py``), or the one ``RASHOMON_TEST_POSTGRES`` names (a URL of a
database whose role may create databases). Without either, the PostgreSQL half skips,
saying why; under CI (``CI`` set) it fails instead.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from rashomon.analysis.entities import gazetteer as gazetteer_module
from postgres_server import PostgresServer, server_binaries

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
BACKENDS = ("sqlite", "postgresql")
_TEMPLATE = "rashomon_template"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """examples/seeds: one English and one Ukrainian report of the same event."""
    return REPO / "examples" / "seeds"


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL half skipped: {reason}")


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + database))


class PostgresDatabases:
    """Makes a fresh, already migrated database per test on one server (copies of a template)."""

    def __init__(self, admin_url: str):
        import psycopg

        from rashomon.store import open_store

        self.admin_url = admin_url
        self._names = itertools.count()
        self._prefix = f"t{os.getpid()}_"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {_TEMPLATE}_{os.getpid()} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {_TEMPLATE}_{os.getpid()}")
        open_store(_with_database(admin_url, f"{_TEMPLATE}_{os.getpid()}")).close()  # migrate once

    def create(self) -> str:
        import psycopg

        name = f"{self._prefix}{next(self._names)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}_{os.getpid()}")
        return _with_database(self.admin_url, name)

    def drop(self, url: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {urlsplit(url).path.lstrip('/')} WITH (FORCE)")

    def close(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {_TEMPLATE}_{os.getpid()} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_databases():
    """The session's PostgreSQL server, as a maker of fresh databases."""
    given = os.environ.get("RASHOMON_TEST_POSTGRES")
    server = None
    if not given:
        binaries = server_binaries()
        if binaries is None:
            _unavailable("initdb/pg_ctl are not installed (Debian: apt-get install postgresql)")
        server = PostgresServer(binaries)
        try:
            server.start()
        except (RuntimeError, OSError) as exc:
            server.stop()
            _unavailable(f"the throwaway server did not start: {exc}")
        given = server.url()
    databases = PostgresDatabases(given)
    yield databases
    databases.close()
    if server is not None:
        server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """The store backend this run of the test uses."""
    return request.param


@pytest.fixture
def new_db(request, backend, tmp_path):
    """Makes a fresh, empty database of this test's backend: a SQLite file path, or a PostgreSQL URL."""
    made: list[str] = []
    databases = request.getfixturevalue("postgres_databases") if backend == "postgresql" else None

    def make(name: str = "rashomon"):
        if databases is None:
            return tmp_path / f"{name}.db"
        made.append(databases.create())
        return made[-1]

    yield make
    for url in made:
        databases.drop(url)


@pytest.fixture
def tmp_db(new_db):
    """A database that does not exist yet (SQLite: a file path) or is empty (PostgreSQL: a URL)."""
    return new_db()


def _web_seeded():
    spec = importlib.util.spec_from_file_location("web_seeded", REPO / "tests" / "fixtures" / "web" / "seeded.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeded_stores(tmp_path_factory):
    """Per backend, the session's store holding the seeds and a hostile article, made on first use (see seeded_db)."""
    made: dict[str, object] = {}

    def seeded(backend: str, databases: PostgresDatabases | None):
        if backend not in made:
            web_seeded = _web_seeded()
            if databases is None:
                made[backend] = web_seeded.seeded_db(tmp_path_factory)
            else:
                made[backend] = databases.create()
                web_seeded.fill(made[backend])
        return made[backend]

    return seeded


@pytest.fixture(scope="module", params=BACKENDS)
def seeded_db(request, seeded_stores):
    """A store with the seeds (published 2025-10-22) and a hostile article, shared by the whole session on each
    backend (a SQLite file path or a PostgreSQL URL): tests read it, and what they cache in it (comparisons,
    search vectors) stays for the next. The costly steps run once per backend."""
    databases = request.getfixturevalue("postgres_databases") if request.param == "postgresql" else None
    return seeded_stores(request.param, databases)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (evaluation data); skips the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not available")
    return SHARED_DATA


def _use_gazetteer_without(monkeypatch, tmp_path, unlisted) -> None:
    """Make the gazetteer without the entities whose IDs ``unlisted`` accepts the one every stage uses."""
    data = json.loads(gazetteer_module.GAZETTEER_PATH.read_text(encoding="utf-8"))
    dropped = {entity_id for entity_id in data["entities"] if unlisted(entity_id)}
    data["entities"] = {k: v for k, v in data["entities"].items() if k not in dropped}
    data["aliases"] = {k: v for k, v in data["aliases"].items() if v not in dropped}
    path = tmp_path / "gazetteer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "GAZETTEER_PATH", path)
    gazetteer_module.gazetteer.cache_clear()


@pytest.fixture
def parties_unlisted(monkeypatch, tmp_path):
    """The gazetteer without the parties it lists, as for a story about parties nobody listed."""
    _use_gazetteer_without(monkeypatch, tmp_path, lambda entity_id: "-party-" in entity_id)
    yield
    gazetteer_module.gazetteer.cache_clear()


@pytest.fixture
def houses_unlisted(monkeypatch, tmp_path):
    """The gazetteer without the houses of parliaments it lists ("house-of-lords"), as when SlavicNER's topic that
    names them is held out."""
    _use_gazetteer_without(monkeypatch, tmp_path, lambda entity_id: "house" in entity_id)
    yield
    gazetteer_module.gazetteer.cache_clear()
