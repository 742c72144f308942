"""languages/lexicon.py: simplemma's answers, from dictionaries kept as tries in the cache folder."""

import simplemma

from rashomon.languages import lexicon

WORDS = ["said", "Said", "walking", "houses", "Washington", "the", "qwzxv", "better", "Mice", "children's"]


def test_answers_are_simplemmas():
    for word in WORDS:
        assert lexicon.is_known(word, "en") == simplemma.is_known(word, lang="en")
        assert lexicon.lemmatize(word, "en") == simplemma.lemmatize(word, lang="en")
    for word in ["powiedział", "Kraków", "domami", "Warszawie"]:
        assert lexicon.is_known(word, "pl") == simplemma.is_known(word, lang="pl")
        assert lexicon.lemmatize(word, "pl") == simplemma.lemmatize(word, lang="pl")


def test_a_dictionary_is_kept_once_and_a_damaged_copy_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = lexicon._trie("en")
    kept = lexicon.cache_folder() / "en.dic"
    assert kept.exists() and not list(kept.parent.glob("*.part"))
    assert lexicon._trie("en").get("said") == built.get("said") == [b"say"]
    kept.write_bytes(b"not a trie")
    assert lexicon._trie("en").get("said") == [b"say"]
    assert lexicon._trie("en").get("said") == [b"say"]  # the rebuilt copy reads back
