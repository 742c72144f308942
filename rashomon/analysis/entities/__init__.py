"""Named entities: mentions in many languages and canonical entities across languages and scripts.

``extract_mentions`` finds names (PER, ORG, LOC, EVT, PRO) with offsets, type
and nominative form; ``EntityLinker`` gives every mention the ID of its
real-world referent, the same across documents, languages and scripts.
"""

from rashomon.analysis.entities.linker import EntityLinker
from rashomon.analysis.entities.mentions import extract_mentions

__all__ = ["EntityLinker", "extract_mentions"]
