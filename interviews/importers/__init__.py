"""Pure-Python reading of interview write-ups: text in, dataclasses out.

Nothing in this package imports Django, so it can be tested (and reused)
without a database.
"""

from .types import (
    ParsedArticle,
    ParsedCommentary,
    ParsedQuote,
    ParsedSection,
    ParsedSpeaker,
)

__all__ = [
    "ParsedArticle",
    "ParsedCommentary",
    "ParsedQuote",
    "ParsedSection",
    "ParsedSpeaker",
]
