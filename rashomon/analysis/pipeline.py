"""The analysis pipeline: stages that declare what they read and write.

Stage order: language -> sentences -> entities -> quotes -> times.
A stage is a function ``(analysis, context) -> None`` that fills the fields it
declares it writes. ``AnalysisContext`` carries what spans documents: the
cross-document entity linker and the publication date used as the anchor for
relative time expressions. Everything here is picklable so a batch can run on
a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from rashomon.errors import UsageError
from rashomon.model import Analysis
from rashomon.sources.bounds import ItemTimeout, time_limit


@dataclass
class AnalysisContext:
    published: datetime | None = None
    # The cross-document entity linker (rashomon.analysis.entities.EntityLinker).
    linker: object | None = None


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[Analysis, AnalysisContext], None]


def _language(analysis: Analysis, context: AnalysisContext) -> None:
    from rashomon.analysis.language import decide_language

    if not analysis.language:
        analysis.language, analysis.language_confidence = decide_language(analysis.text)


def _sentences(analysis: Analysis, context: AnalysisContext) -> None:
    from rashomon.analysis.sentences import split_sentences

    analysis.sentences = split_sentences(analysis.text, analysis.language)


def _entities(analysis: Analysis, context: AnalysisContext) -> None:
    from rashomon.analysis.entities import extract_mentions

    analysis.mentions = extract_mentions(analysis.text, analysis.language, analysis.sentences)
    if context.linker is not None:
        context.linker.link(analysis.mentions, analysis.language, analysis.text)


def _quotes(analysis: Analysis, context: AnalysisContext) -> None:
    from rashomon.analysis.quotes import extract_quotes

    analysis.quotes = extract_quotes(analysis.text, analysis.language, analysis.sentences, analysis.mentions)


def _times(analysis: Analysis, context: AnalysisContext) -> None:
    from rashomon.analysis.time import extract_times

    analysis.times = extract_times(analysis.text, analysis.language, context.published)


STAGES: dict[str, Stage] = {
    stage.name: stage
    for stage in (
        Stage("language", ("text",), ("language", "language_confidence"), _language),
        Stage("sentences", ("text", "language"), ("sentences",), _sentences),
        Stage("entities", ("text", "language", "sentences"), ("mentions",), _entities),
        Stage("quotes", ("text", "language", "sentences", "mentions"), ("quotes",), _quotes),
        Stage("times", ("text", "language"), ("times",), _times),
    )
}


@dataclass
class AnalyzerOptions:
    stages: tuple[str, ...] = tuple(STAGES)
    # Longest the analysis of one text may take before it is abandoned (None: no limit).
    seconds: float | None = None

    def __post_init__(self):
        unknown = [s for s in self.stages if s not in STAGES]
        if unknown:
            raise UsageError(f"unknown analysis stage(s) {', '.join(unknown)}; known: {', '.join(STAGES)}")


@dataclass
class Analyzer:
    """Runs the selected stages over texts, sharing one entity linker across them."""

    options: AnalyzerOptions = field(default_factory=AnalyzerOptions)
    linker: object | None = None

    def __post_init__(self):
        if self.linker is None and "entities" in self.options.stages:
            from rashomon.analysis.entities import EntityLinker

            self.linker = EntityLinker()

    def analyze(self, text: str, language: str | None = None, published: datetime | None = None) -> Analysis:
        """The analysis of ``text``; ItemTimeout (naming the stage) when it runs past ``options.seconds``."""
        analysis = Analysis(text=text, language=language or "", language_confidence=1.0 if language else 0.0)
        context = AnalysisContext(published=published, linker=self.linker)
        wanted = [name for name in STAGES if name in self.options.stages or name in ("language", "sentences")]
        run_stages(analysis, context, wanted, self.options.seconds)
        return analysis


def run_stages(analysis: Analysis, context: AnalysisContext, wanted, seconds: float | None) -> None:
    """Run the ``wanted`` stages over ``analysis`` in canonical order, all within ``seconds`` (None: no limit).

    A text that takes longer (pathological input for a stage's rules) is abandoned with ItemTimeout,
    whose message names the stage that was running, so one item cannot hold up a whole run.
    """
    running = None
    try:
        with time_limit(seconds, "analysing the article"):
            for running in STAGES:  # canonical order, whatever order ``wanted`` lists
                if running in wanted:
                    STAGES[running].run(analysis, context)
    except ItemTimeout:
        raise ItemTimeout(
            f"analysing the article took more than {seconds:g} s (in its {running} stage) and was abandoned"
        ) from None
