"""Editorial writes made from the admin: merging speakers and topics, importing with a preview.

The admin calls these; they hold the rules so the admin holds none. Each
write is one transaction and one revision recorded against the editor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import markdown
import nh3
import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import get_valid_filename, slugify

from .importers import ParsedArticle
from .models import (
    Interview,
    Participant,
    Quote,
    SourceDocument,
    Speaker,
    SpeakerAlias,
    Status,
    TaggedCommentary,
    TaggedInterview,
    TaggedQuote,
    Topic,
)
from .services import (
    PUBLISH_PERMISSION,
    ImportFailed,
    ImportResult,
    InterviewFacts,
    content_hash,
    import_article,
    kept_deleted,
    parse_text,
    read_article,
    revision,
)

# --- Markdown -------------------------------------------------------------

ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "code", "blockquote", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str) -> str:
    """Commentary's Markdown subset as HTML safe to show: no script, handler or javascript: link."""
    html = markdown.markdown(text or "", output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )


# --- who may touch what ---------------------------------------------------

LOCKED_STATUSES = {Status.PUBLISHED, Status.ARCHIVED}


def can_edit_interview(user, interview: Interview | None) -> bool:
    """Published and archived interviews, and everything in them, are for editors only."""
    if interview is None or interview.status not in LOCKED_STATUSES:
        return True
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


# --- merges ---------------------------------------------------------------


def _others(keep, merge) -> list:
    items = [merge] if isinstance(merge, keep.__class__) else list(merge)
    return [m for m in items if m.pk != keep.pk]


@transaction.atomic
def merge_speakers(*, keep: Speaker, merge: Speaker | Iterable[Speaker], user=None) -> Counter:
    """Fold one or more speakers into ``keep``; their names become aliases, nothing is lost.

    Quotes, participations and aliases move to ``keep``; a participation ``keep``
    already has in the same role is not duplicated; blank fields of ``keep``
    are filled from the merged speakers.
    """
    counts: Counter = Counter()
    others = _others(keep, merge)
    if not others:
        return counts
    with revision(
        user=user, comment="Merged " + ", ".join(s.name for s in others) + f" into {keep.name}"
    ):
        known = {a.casefold() for a in keep.aliases.values_list("name", flat=True)}
        known.add(keep.name.casefold())
        for other in others:
            quotes = list(Quote.objects.filter(speaker=other))
            for quote in quotes:
                quote.speaker = keep
                quote.mark_edited(["speaker"])
                quote.save(update_fields=["speaker", "edited_fields", "updated_at"])
                reversion.add_to_revision(quote)
            counts["quotes moved"] += len(quotes)

            held = set(Participant.objects.filter(speaker=keep).values_list("interview_id", "role"))
            for participant in Participant.objects.filter(speaker=other):
                if (participant.interview_id, participant.role) in held:
                    participant.delete()
                    counts["participations already held"] += 1
                    continue
                participant.speaker = keep
                participant.save(update_fields=["speaker"])
                held.add((participant.interview_id, participant.role))
                counts["participations moved"] += 1

            for name in [other.name, *other.aliases.values_list("name", flat=True)]:
                if name.casefold() in known:
                    continue
                SpeakerAlias.objects.create(speaker=keep, name=name)
                known.add(name.casefold())
                counts["aliases added"] += 1

            filled = [f for f in ("role", "organisation", "bio") if not getattr(keep, f)]
            for field in filled:
                setattr(keep, field, getattr(other, field))
            other.delete()
            counts["speakers merged"] += 1
        keep.save()
    return counts


_TAGGED = (TaggedInterview, TaggedQuote, TaggedCommentary)


@transaction.atomic
def merge_topics(*, keep: Topic, merge: Topic | Iterable[Topic], user=None) -> Counter:
    """Fold topics into ``keep`` across interviews, quotes and commentary.

    A merged topic's name and keywords become keywords of ``keep`` so the
    importer goes on suggesting it for the same words.
    """
    counts: Counter = Counter()
    others = _others(keep, merge)
    if not others:
        return counts
    with revision(
        user=user, comment="Merged " + ", ".join(t.name for t in others) + f" into {keep.name}"
    ):
        keywords = keep.keyword_list
        folded = {k.casefold() for k in keywords}
        for other in others:
            for through in _TAGGED:
                tagged = set(
                    through.objects.filter(tag=keep).values_list("content_object_id", flat=True)
                )
                dupes = through.objects.filter(tag=other, content_object_id__in=tagged)
                counts["duplicate tags dropped"] += dupes.delete()[0]
                counts[f"{through._meta.verbose_name_plural} moved"] += through.objects.filter(
                    tag=other
                ).update(tag=keep)
            for word in [other.name, *other.keyword_list]:
                if word.casefold() not in folded:
                    keywords.append(word)
                    folded.add(word.casefold())
            if not keep.description:
                keep.description = other.description
            other.delete()
            counts["topics merged"] += 1
        keep.keywords = ", ".join(keywords)
        keep.save()
    return counts


# --- import from the admin --------------------------------------------------


@dataclass
class ImportPreview:
    """What the parser read, before anything is written."""

    name: str
    text: str
    parsed: ParsedArticle
    existing: SourceDocument | None

    @property
    def unchanged(self) -> bool:
        return self.existing is not None and self.existing.content_hash == content_hash(self.text)

    @cached_property
    def kept_deleted(self) -> tuple[set[int], set[int]]:
        """Statements and commentary (by index) that editors deleted from this source."""
        return kept_deleted(self.existing, self.parsed)

    def rows(self) -> list[dict]:
        """Statements with the commentary beside them, in reading order, for the preview."""
        deleted_quotes, deleted_commentary = self.kept_deleted
        beside: dict[int | None, list] = {}
        for i, item in enumerate(self.parsed.commentary):
            if i not in deleted_commentary:
                beside.setdefault(item.quote, []).append(item)
        rows = []
        last_section = None
        for index, quote in enumerate(self.parsed.quotes):
            heading = self.parsed.section_heading(quote.section)
            rows.append(
                {
                    "index": index + 1,
                    "quote": quote,
                    "heading": heading if heading != last_section else None,
                    "commentary": beside.get(index, []),
                    "deleted": index in deleted_quotes,
                }
            )
            last_section = heading
        return rows

    def general_commentary(self) -> list:
        deleted = self.kept_deleted[1]
        return [
            c for i, c in enumerate(self.parsed.commentary) if c.quote is None and i not in deleted
        ]


def source_name(*, text: str, filename: str = "", title: str | None = None) -> str:
    """A source name for an import: the file's own name, or one made from pasted text."""
    if filename:
        return get_valid_filename(filename)[:255]
    stem = slugify(title or "")[:60].strip("-") or "pasted"
    return f"{stem}-{content_hash(text)[:10]}.txt"


def preview_import(*, data: bytes | str, filename: str = "", name: str = "") -> ImportPreview:
    """Read and parse an article without writing; ImportFailed says why it cannot be imported."""
    text = read_article(data)
    try:
        parsed = parse_text(text)
    except ImportFailed:
        raise
    except Exception as exc:  # the parser must never turn into a traceback for an editor
        raise ImportFailed(f"The article could not be read: {exc}") from exc
    if not parsed.quotes and not parsed.commentary and not parsed.sections:
        raise ImportFailed(
            "Nothing to import: no statements, commentary or headings were found in the text."
        )
    name = name.strip() or source_name(text=text, filename=filename, title=parsed.title)
    existing = SourceDocument.objects.select_related("interview").filter(name=name).first()
    return ImportPreview(name=name, text=text, parsed=parsed, existing=existing)


def confirm_import(
    *,
    text: str,
    name: str,
    user,
    interview: Interview | None = None,
    facts: InterviewFacts | None = None,
) -> ImportResult:
    """Save a previewed article; a new interview starts as a draft. One transaction."""
    target = interview
    if target is None:
        existing = SourceDocument.objects.select_related("interview").filter(name=name).first()
        target = existing.interview if existing else None
    if not can_edit_interview(user, target):
        raise PermissionDenied("Only editors can change a published or archived interview.")
    text = re.sub(r"\r\n?", "\n", text)
    try:
        return import_article(data=text, name=name, interview=interview, facts=facts, user=user)
    except ImportFailed:
        raise
    except Exception as exc:  # never a half-written import or a traceback in the admin
        raise ImportFailed(f"The article could not be imported: {exc}") from exc


__all__ = [
    "ImportPreview",
    "can_edit_interview",
    "confirm_import",
    "merge_speakers",
    "merge_topics",
    "preview_import",
    "render_markdown",
    "source_name",
]
