"""``rashomon.similarity``: the same-story probability of two texts or articles."""

from __future__ import annotations

from rashomon.errors import UsageError
from rashomon.model import Article
from rashomon.stories.embedding import USE_LANGUAGES, Encoder, SecondOpinionEncoder, centred, embedding_text
from rashomon.stories.features import text_signals
from rashomon.stories.places import apart, event_places
from rashomon.stories.service import SIGNAL_CHARS, article_when
from rashomon.stories.similarity import days_between, default_model, pair_features, use_model


def _text_and_language(value, language: str | None) -> tuple[str, str]:
    if isinstance(value, Article):
        return embedding_text(value.title, value.text), language or value.language
    if isinstance(value, str):
        if not value.strip():
            raise UsageError("similarity() needs non-empty texts")
        if language:
            return value, language
        from rashomon.analysis.language import detect_language

        return value, detect_language(value)[0]
    raise UsageError(f"similarity() takes texts or rashomon.model.Article, not {type(value).__name__}")


def pair_probability(
    a,
    b,
    language_a: str | None = None,
    language_b: str | None = None,
    encoder: Encoder | None = None,
    second_encoder: SecondOpinionEncoder | None = None,
) -> float:
    text_a, lang_a = _text_and_language(a, language_a)
    text_b, lang_b = _text_and_language(b, language_b)
    vectors = (encoder or Encoder()).encode([text_a, text_b])
    use_cosine, model = None, default_model()
    if lang_a in USE_LANGUAGES and lang_b in USE_LANGUAGES:
        second = (second_encoder or SecondOpinionEncoder()).encode([text_a, text_b])
        use_cosine, model = float(second[0] @ second[1]), use_model()
    places_a, places_b = event_places(text_a[:SIGNAL_CHARS], lang_a), event_places(text_b[:SIGNAL_CHARS], lang_b)
    features = pair_features(
        float(centred(vectors[0], lang_a) @ centred(vectors[1], lang_b)),
        text_signals(text_a[:SIGNAL_CHARS]),
        text_signals(text_b[:SIGNAL_CHARS]),
        lang_a,
        lang_b,
        use_cosine,
    )
    days = None
    if isinstance(a, Article) and isinstance(b, Article):
        days = days_between(article_when(a), article_when(b))
    return model.probability(features, days, apart(places_a.lead, places_a.named, places_b.lead, places_b.named))
