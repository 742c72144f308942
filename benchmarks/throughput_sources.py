"""Throughput of reading and cleaning, per input kind, in one process.

    .venv/bin/python benchmarks/throughput_sources.py [--texts 2000] [--pages 200] [--data ../shared/data/wcxb-articles-dev]

Inputs are built in a temporary folder: plain-text files (the two seeds, each
copy made distinct), HTML files (real pages from the WCXB dev set when it is
there, else the test fixture article) and one WARC.gz holding the same pages.
For each kind it times ``read`` (decode, sniff, metadata) and ``Cleaner.clean``
(extraction and boilerplate removal) separately and prints articles per second.
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
from pathlib import Path

from rashomon.cleaning import Cleaner, CleaningOptions
from rashomon.model import Document
from rashomon.sources import read

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wcxb-articles-dev"


def build_texts(folder: Path, count: int) -> Path:
    seeds = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
    texts = [seed.read_text(encoding="utf-8") for seed in seeds]
    target = folder / "texts"
    target.mkdir()
    for number in range(count):
        text = texts[number % len(texts)]
        (target / f"{number:05d}.txt").write_text(f"{text}\n\nReport number {number}.", encoding="utf-8")
    return target


def build_pages(folder: Path, count: int, data: Path) -> tuple[Path, list[tuple[str, bytes]]]:
    sources = sorted((data / "html").glob("*.html.gz"))[:count] if (data / "html").is_dir() else []
    if sources:
        pages = [(f"https://example.org/{p.name.split('.')[0]}", gzip.decompress(p.read_bytes())) for p in sources]
    else:
        article = (ROOT / "tests" / "fixtures" / "sources" / "article.html").read_bytes()
        pages = [(f"https://example.org/{n}", article) for n in range(count)]
    target = folder / "html"
    target.mkdir()
    for number, (_, body) in enumerate(pages):
        (target / f"{number:05d}.html").write_bytes(body)
    return target, pages


def build_warc(folder: Path, pages: list[tuple[str, bytes]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "pages.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


def measure(path: Path, extraction: str = "cascade") -> tuple[int, int, float, float]:
    started = time.perf_counter()
    items = list(read([str(path)]))
    read_seconds = time.perf_counter() - started
    documents = [item for item in items if isinstance(item, Document)]
    cleaner = Cleaner(CleaningOptions(extraction=extraction))
    started = time.perf_counter()
    for document in documents:
        cleaner.clean(document)
    clean_seconds = time.perf_counter() - started
    return len(documents), len(items) - len(documents), read_seconds, clean_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    # Warm the lazy imports (trafilatura, htmldate, charset tables) so they do not count against the first kind.
    list(read([str(ROOT / "tests" / "fixtures" / "sources" / "article.html")]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = build_texts(folder, args.texts)
        html, pages = build_pages(folder, args.pages, args.data)
        warc = build_warc(folder, pages)
        print(f"{'input':<22} {'articles':>8} {'failed':>6} {'read/s':>9} {'clean/s':>9} {'read+clean/s':>13}")
        runs = (
            ("plain text", texts, "cascade"),
            ("HTML (cascade)", html, "cascade"),
            ("HTML (fast)", html, "fast"),
            ("WARC.gz (cascade)", warc, "cascade"),
            ("WARC.gz (fast)", warc, "fast"),
        )
        for name, path, extraction in runs:
            count, failed, read_seconds, clean_seconds = measure(path, extraction)
            print(
                f"{name:<22} {count:>8} {failed:>6} {count / read_seconds:>9.1f} {count / clean_seconds:>9.1f}"
                f" {count / (read_seconds + clean_seconds):>13.1f}"
            )
        # The machine's speed right now, for scale: the other figures are only comparable to this one.
        import trafilatura

        started = time.perf_counter()
        for _, body in pages:
            trafilatura.extract(body.decode("utf-8", "replace"))
        rate = len(pages) / (time.perf_counter() - started)
        print(f"{'trafilatura.extract':<22} {len(pages):>8} {'':>6} {'':>9} {rate:>9.1f} {'(reference)':>13}")


if __name__ == "__main__":
    main()
