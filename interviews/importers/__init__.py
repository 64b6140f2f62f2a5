"""Pure-Python reading of interview write-ups: text in, dataclasses out.

Nothing in this package imports Django, so it can be tested (and reused)
without a database.
"""

from .normalize import UnreadableArticle, decode_article
from .parse import parse_article
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
    "UnreadableArticle",
    "decode_article",
    "parse_article",
]
