"""simplemma's dictionaries, loaded fast: what a word's lemma is where the language's dictionary knows the word.

simplemma 2 ships each dictionary as a front-coded stream that it decodes record by record in Python when a
process first asks for the language: 4.6 s CPU for Polish, 1.4 s for German, 7 s for the five languages of a
500-article benchmark story, before its statements can be embedded. Here each dictionary is kept, once per
installation, as a MARISA trie in the user's cache folder (simplemma's own TrieDictionaryFactory format,
~/.cache/rashomon/simplemma-<version>/<language>.dic), which later processes map in milliseconds. The trie holds
the same word -> lemma mapping, so every answer is simplemma's; where the folder cannot be written, the trie is
built in memory for the process. `make install` (``python -m rashomon.languages.lexicon``) builds every
supported language's trie once, so no user's first comparison or ingest pays for it.
"""

from __future__ import annotations

import logging
import os
import tempfile
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)


def is_known(word: str, dictionary: str) -> bool:
    """simplemma.is_known: whether the dictionary ``dictionary`` (a simplemma language code) knows ``word``."""
    from simplemma.utils import normalize_token

    return _lookup().get_lemma(normalize_token(word), dictionary) is not None


def lemmatize(word: str, dictionary: str) -> str:
    """simplemma.lemmatize (not greedy) in one language."""
    return _lemmatizer().lemmatize(word, dictionary)


def load(dictionary: str) -> None:
    """Open the dictionary ``dictionary`` (a simplemma language code) and the lemmatiser now, not at the first word
    asked: for a process about to read many texts, which pays for them once at its start."""
    _lemmatizer()
    _lookup()
    _factory().get_dictionary(dictionary)


def prepare() -> list[str]:
    """Build (or check) the cached trie of each supported language's simplemma dictionary; the codes done."""
    dictionaries = _supported_dictionaries()
    for code in dictionaries:
        _trie(code)
    return dictionaries


def _supported_dictionaries() -> list[str]:
    from rashomon.languages import every

    return sorted(set(every("names", "SIMPLEMMA").values()))


def cache_folder() -> Path:
    import simplemma

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "rashomon" / f"simplemma-{simplemma.__version__}"


@cache
def _factory():
    from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory

    class CachedTrieFactory(CachingDictionaryFactory):
        """simplemma's dictionaries as tries kept on disk (module docstring)."""

        def _get_dictionary_uncached(self, lang: str):
            from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieWrapDict

            return TrieWrapDict(_trie(lang))

    # Every supported language's dictionary stays open (simplemma's factory keeps 8): one in memory only, where
    # the cache folder cannot be written, would be built again each time it is dropped.
    return CachedTrieFactory(cache_max_size=len(_supported_dictionaries()))


@cache
def _lookup():
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(_factory())


@cache
def _lemmatizer():
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=_factory()))


def _trie(lang: str):
    """The language's trie: read from the cache folder, else built from simplemma's stream and written there
    (to a temporary file renamed into place, so a concurrent process never reads half a trie)."""
    from marisa_trie import HUGE_CACHE, BytesTrie
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    path = cache_folder() / f"{lang}.dic"
    if path.exists():
        try:
            return BytesTrie().mmap(str(path))
        except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt below
            logger.warning("rebuilding the damaged dictionary cache %s", path)
    raw = _load_dictionary_from_disk(lang)
    trie = BytesTrie(((key.decode(), value) for key, value in raw.items()), cache_size=HUGE_CACHE)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as handle:
            temporary = Path(handle.name)
        trie.save(str(temporary))
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        logger.warning(
            "cannot keep simplemma's %s dictionary in %s (%s): built for this process only", lang, path.parent, error
        )
    return trie


if __name__ == "__main__":
    print(f"simplemma dictionaries kept in {cache_folder()}: {', '.join(prepare())}")
