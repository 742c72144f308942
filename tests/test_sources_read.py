"""rashomon.sources.read on every kind of input, good and bad."""

from __future__ import annotations

import gzip
import io
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from rashomon.model import Document, SourceFailure
from rashomon.sources import SourceOptions, input_kind, read

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SEEDS = Path(__file__).parent.parent / "examples" / "seeds"
OFFLINE = SourceOptions(fetch_feed_pages=False)


def read_all(*inputs, options=OFFLINE):
    return list(read([str(i) for i in inputs], options))


def only_document(path, options=OFFLINE) -> Document:
    items = read_all(path, options=options)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_seed_folder_gives_two_documents_in_sorted_order_with_paths_as_given():
    items = read_all(SEEDS)
    assert [type(i) for i in items] == [Document, Document]
    assert [i.path for i in items] == [os.path.join(str(SEEDS), n) for n in sorted(os.listdir(SEEDS))]
    assert items[1].text.startswith("Про це інформує CNN.")
    assert items[0].raw == (SEEDS / os.listdir(SEEDS)[0]).read_bytes() or items[0].raw == sorted(SEEDS.iterdir())[0].read_bytes()


@pytest.mark.parametrize(
    "name, expected_start",
    [
        ("cp1251_uk.txt", "Уряд схвалив нові правила для енергетиків"),
        ("koi8u_uk.txt", "Уряд схвалив нові правила для енергетиків"),
        ("koi8r_ru.txt", "Минфин опубликовал проект бюджета"),
        ("utf8_bom_ru.txt", "Минфин опубликовал проект бюджета"),
    ],
)
def test_legacy_encodings_are_detected(name, expected_start):
    document = only_document(FIXTURES / name)
    assert document.text.startswith(expected_start)
    assert "прем'єр-міністр" in document.text or "Министерство финансов" in document.text
    assert document.raw == (FIXTURES / name).read_bytes()


def test_html_file_metadata():
    document = only_document(FIXTURES / "article.html")
    assert document.html and "Dock workers" in document.html
    assert document.title == "Port strike halts grain exports"
    assert document.author == "Maria Kovalenko"
    assert document.source == "The Harbour Gazette"
    assert document.language == "en"
    assert document.published is not None and document.published.date().isoformat() == "2025-10-21"
    assert document.url == "https://harbour-gazette.example/news/port-strike"


def test_rss_entries_fall_back_to_their_content():
    items = read_all(FIXTURES / "feed.rss")
    assert [type(i) for i in items] == [Document, Document]
    first = items[0]
    assert first.path == str(FIXTURES / "feed.rss") and first.locator == "courier-1001"
    assert first.title == "Міст через Дніпро відкриють у грудні"
    assert first.text.startswith("Новий міст через Дніпро") and "\n\nБудівництво тривало" in first.text
    assert first.source == "Kyiv Evening Courier" and first.language == "uk"
    assert first.published == datetime(2025, 10, 21, 5, 15, tzinfo=timezone.utc)
    assert first.url == "http://127.0.0.1:9/news/bridge"


def test_rss_entry_pages_on_private_addresses_are_refused_and_content_used():
    # fetch_feed_pages is on by default; 127.0.0.1 is refused, so the entry content stands in.
    items = read_all(FIXTURES / "feed.rss", options=SourceOptions())
    assert all(isinstance(i, Document) and i.text for i in items)


def test_atom_entry():
    (entry,) = read_all(FIXTURES / "feed.atom")
    assert entry.title == "Stadtrat beschließt neuen Radweg"
    assert entry.author == "Jonas Weber"
    assert entry.language == "de" and entry.source == "Rheinischer Morgenbote"
    assert entry.text.endswith("rund vier Millionen Euro kosten.")


def test_jsonl_with_custom_fields_and_bad_lines():
    options = SourceOptions(
        text_field="body", title_field="headline", date_field="date", source_field="outlet",
        lang_field="lang", url_field="link", author_field="byline", fetch_feed_pages=False,
    )  # fmt: skip
    items = read_all(FIXTURES / "corpus.jsonl", options=options)
    kinds = [(type(i).__name__, i.locator) for i in items]
    assert kinds == [("Document", "1"), ("SourceFailure", "2"), ("SourceFailure", "3"), ("SourceFailure", "4"), ("Document", "6")]
    first, german = items[0], items[4]
    assert first.title == "Budget passes after marathon debate" and first.source == "Capital Wire"
    assert first.language == "en" and first.author == "Anna Lis" and first.url == "https://capital-wire.example/budget"
    assert first.published == datetime(2025, 10, 23, 18, 0, tzinfo=timezone.utc)
    assert first.text.endswith("The opposition voted against it.")
    assert german.published.date().isoformat() == "2025-10-24"
    assert "empty" in items[1].reason and "malformed JSON" in items[2].reason and "'body'" in items[3].reason


def test_csv_with_custom_fields():
    options = SourceOptions(text_field="story", title_field="heading", date_field="when", source_field="site")
    items = read_all(FIXTURES / "corpus.csv", options=options)
    assert [type(i).__name__ for i in items] == ["Document", "Document", "SourceFailure"]
    assert items[0].text == "Rescue teams reached the village on Sunday, the emergency service said.\n\nNo one was hurt."
    assert items[1].title == "Хліб подорожчав" and items[1].source == "Економічна правда"
    assert items[2].locator == "3"


def test_csv_without_the_text_column_names_the_columns():
    (failure,) = read_all(FIXTURES / "corpus.csv")
    assert isinstance(failure, SourceFailure)
    assert "'text'" in failure.reason and "story" in failure.reason


def _warc(path: Path, pages: list[tuple[str, bytes, str]], truncate_last: bool = False) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body, content_type in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-10-20T12:00:00Z"},
            )  # fmt: skip
            writer.write_record(record)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    if truncate_last:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 200])
    return path


PAGE = b"<html><head><title>Village gets a new school</title></head><body><p>The village school opened on Monday with 120 pupils, the mayor said.</p></body></html>"


def test_warc_gz_response_records_become_documents(tmp_path):
    warc = _warc(
        tmp_path / "news.warc.gz",
        [("https://a.example/school", PAGE, "text/html; charset=utf-8"), ("https://a.example/logo.png", b"\x89PNG", "image/png")],
    )
    (document,) = read_all(warc)
    assert document.url == "https://a.example/school" and document.path == str(warc)
    assert document.title == "Village gets a new school"
    assert document.published == datetime(2025, 10, 20, 12, 0, tzinfo=timezone.utc)  # from WARC-Date
    assert document.locator == "0" and document.raw == PAGE


def test_truncated_warc_is_a_failure_after_the_good_records(tmp_path):
    pages = [("https://a.example/1", PAGE, "text/html"), ("https://a.example/2", PAGE.replace(b"120", b"95"), "text/html")]
    items = read_all(_warc(tmp_path / "cut.warc.gz", pages, truncate_last=True))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], SourceFailure) and "WARC" in items[-1].reason


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("cut.html", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>The minister said that the", "truncated"),
        ("scripts.html", b"<html><body><script>var a = 1;</script></body></html>", "no readable text"),
        ("broken.rss", b"<?xml version='1.0'?><nonsense><<<", "feed"),
        ("broken.warc.gz", gzip.compress(b"this is not a warc record at all\r\n\r\n"), "WARC"),
    ],
)
def test_bad_inputs_are_failures_with_reasons(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    items = read_all(path)
    assert items and all(isinstance(i, SourceFailure) for i in items), items
    assert reason in items[0].reason and items[0].path == str(path)


def test_oversized_file_and_missing_path_fail_and_the_stream_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("News. " * 500, encoding="utf-8")
    items = read_all(tmp_path / "missing.txt", big, FIXTURES / "koi8u_uk.txt", options=SourceOptions(max_bytes=1000))
    assert [type(i) for i in items] == [SourceFailure, SourceFailure, Document]
    assert "no such file" in items[0].reason
    assert "exceeds the 1 kB limit" in items[1].reason


def test_oversized_jsonl_line_is_skipped_and_the_next_read(tmp_path):
    corpus = tmp_path / "rows.jsonl"
    corpus.write_text('{"text": "' + "x" * 5000 + '"}\n{"text": "A short article."}\n', encoding="utf-8")
    items = read_all(corpus, options=SourceOptions(max_bytes=1000))
    assert isinstance(items[0], SourceFailure) and "limit" in items[0].reason and items[0].locator == "1"
    assert isinstance(items[1], Document) and items[1].text == "A short article." and items[1].locator == "2"


def test_kind_is_sniffed_when_the_extension_says_nothing(tmp_path):
    assert input_kind("x.dat", b"WARC/1.0\r\n") == "warc"
    assert input_kind("x.dat", b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert input_kind("x", b"<!DOCTYPE html><html>") == "html"
    assert input_kind("x", b'{"text": "a"}\n') == "jsonl"
    assert input_kind("x.xml", b"<!DOCTYPE html><html>") == "html"
    renamed = tmp_path / "page"
    renamed.write_bytes((FIXTURES / "article.html").read_bytes())
    assert only_document(renamed).title == "Port strike halts grain exports"


def test_unreadable_file_and_subfolder_in_a_folder_are_failures(tmp_path, monkeypatch):
    # Permissions do not stop root (CI runs as root), so the OS refusals are simulated.
    (tmp_path / "ok.txt").write_text("The bridge reopened on Monday, officials said.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    real_open, real_scandir = os.open, os.scandir

    def refusing_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def refusing_scandir(path="."):
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", refusing_open)
    monkeypatch.setattr(os, "scandir", refusing_scandir)
    items = read_all(tmp_path)
    failures = {os.path.basename(i.path): i.reason for i in items if isinstance(i, SourceFailure)}
    assert failures == {"locked.txt": "cannot read the file (Permission denied)", "sub": "cannot read the folder (Permission denied)"}
    assert [i.path for i in items if isinstance(i, Document)] == [str(tmp_path / "ok.txt")]


@pytest.mark.parametrize(
    "head, body, title",
    [
        ("<title>Rates held at 4% | Daily Ledger</title>", "<h1>Daily Ledger</h1><h1>Other</h1>", "Rates held at 4%"),
        ("<title>Rates held at 4% - Daily Ledger</title><meta property='og:site_name' content='Daily Ledger'>", "", "Rates held at 4%"),
        ("<title>Central bank holds rates at four percent | Markets</title>", "<h1>Central bank holds rates steady</h1>", "Central bank holds rates steady"),
        ("<title>Daily Ledger</title><meta property='og:title' content='Rates held at 4%'>", "", "Rates held at 4%"),
    ],
)
def test_page_title_is_the_headline_without_the_site_name(tmp_path, head, body, title):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head>{head}</head><body>{body}<p>The central bank kept its key rate unchanged on Thursday.</p></body></html>")
    assert only_document(page).title == title


def test_jsonl_html_bodies_are_pages(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text('{"text": "<html><body><p>The mayor opened the bridge.</p></body></html>"}\n', encoding="utf-8")
    document = only_document(corpus)
    assert document.html and document.text is None


def test_author_from_byline_markup_when_meta_names_none(tmp_path):
    page = tmp_path / "byline.html"
    page.write_text(
        "<html><head><title>Kyiv metro extends night service</title></head><body>"
        '<p class="meta"><a rel="author" href="/authors/op">By Olena Petrenko</a></p>'
        "<p>The Kyiv metro will run until 1 a.m. on weekends from December, the city council said.</p></body></html>",
        encoding="utf-8",
    )
    assert only_document(page).author == "Olena Petrenko"
