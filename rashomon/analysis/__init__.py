"""Analysis stages: language, sentences, entities, quotes, time.

``Analyzer`` runs them in that order over one text and returns an
``rashomon.model.Analysis``; see ``pipeline.py`` for what each stage reads and
writes.
"""

from rashomon.analysis.files import analyze_files
from rashomon.analysis.pipeline import STAGES, Analyzer, AnalyzerOptions

__all__ = ["STAGES", "Analyzer", "AnalyzerOptions", "analyze_files"]
