"""The shape of what the parser reads out of one article.

These dataclasses are the contract between the parser (``parse.py``) and the
write path (``interviews/services.py``); ``ParsedArticle.to_json`` is the
``import_article --dry-run --json`` shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

QUOTE_KINDS = ("direct", "paraphrase", "written")
COMMENTARY_KINDS = ("critique", "comparison", "context", "insight", "fact-check")


@dataclass
class ParsedSpeaker:
    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class ParsedSection:
    heading: str
    level: int = 1


@dataclass
class ParsedQuote:
    """One statement. ``section`` is an index into ``ParsedArticle.sections``."""

    text: str
    speaker: str | None
    kind: str = "direct"
    section: int | None = None


@dataclass
class ParsedCommentary:
    """The author's critique; ``quote`` indexes its statement (None: the whole piece)."""

    text: str
    kind: str = "critique"
    quote: int | None = None
    section: int | None = None


@dataclass
class ParsedArticle:
    title: str | None = None
    standfirst: str | None = None  # the summary under the title, when the text has one
    byline: str | None = None
    date: dt.date | None = None
    subjects: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    outlet: str | None = None
    event: str | None = None
    speakers: list[ParsedSpeaker] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    quotes: list[ParsedQuote] = field(default_factory=list)
    commentary: list[ParsedCommentary] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def section_heading(self, index: int | None) -> str | None:
        if index is None or not 0 <= index < len(self.sections):
            return None
        return self.sections[index].heading

    def to_json(self, file: str) -> dict[str, Any]:
        return {
            "file": file,
            "title": self.title or None,
            "byline": self.byline or None,
            "date": self.date.isoformat() if self.date else None,
            "interview": {
                "subjects": list(self.subjects),
                "interviewers": list(self.interviewers),
                "outlet": self.outlet,
                "event": self.event,
            },
            "speakers": [{"name": s.name, "role": s.role} for s in self.speakers],
            "sections": [{"heading": s.heading, "level": s.level} for s in self.sections],
            "quotes": [
                {
                    "speaker": q.speaker,
                    "text": q.text,
                    "kind": q.kind,
                    "section": self.section_heading(q.section),
                }
                for q in self.quotes
            ],
            "commentary": [
                {"text": c.text, "kind": c.kind, "quote": c.quote} for c in self.commentary
            ],
            "dropped": list(self.dropped),
            "warnings": list(self.warnings),
        }
