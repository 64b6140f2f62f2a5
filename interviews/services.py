"""Writes. Every change to the domain that is more than one field goes through here.

``import_article`` stores what the parser read: one transaction per article,
upserts by natural keys, and a re-import leaves every field an editor changed
(``EditorTracked.edited_fields``) as the editor left it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import reversion
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Model
from django.utils import timezone

from .importers import ParsedArticle, ParsedSpeaker, decode_article, parse_article
from .importers.topics import TopicMatcher
from .models import (
    Commentary,
    Format,
    Interview,
    Participant,
    Quote,
    Role,
    Section,
    SourceDocument,
    Speaker,
    SpeakerAlias,
    Status,
    StatusChange,
    Topic,
    unique_slug,
)


class ImportFailed(ValueError):
    """An article that cannot be imported; the message is for the editor."""


@dataclass(frozen=True)
class InterviewFacts:
    """What an editor knows about the conversation that the text may not say."""

    slug: str = ""
    title: str = ""
    format: str = ""
    event: str = ""
    outlet: str = ""
    date: date | None = None
    date_precision: str = ""
    recording_url: str = ""
    source_url: str = ""
    subjects: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()


@dataclass
class ImportResult:
    name: str
    interview: Interview
    source: SourceDocument
    outcome: str  # "created" | "updated" | "unchanged"
    counts: Counter = field(default_factory=Counter)
    parsed: ParsedArticle | None = None

    def summary(self) -> str:
        parts = [f"{k} {v}" for k, v in sorted(self.counts.items()) if v]
        detail = f" ({', '.join(parts)})" if parts else ""
        return f"{self.name}: {self.outcome} → {self.interview.slug}{detail}"


@contextmanager
def revision(*, user=None, comment: str = ""):
    """One reversion revision for the writes inside, with who made them and why."""
    with reversion.create_revision():
        if user is not None and getattr(user, "is_authenticated", False):
            reversion.set_user(user)
        reversion.set_comment(comment)
        yield


# --- reading --------------------------------------------------------------


def read_article(data: bytes | str) -> str:
    """Decoded text of an article, or ImportFailed with a message an editor can act on."""
    if isinstance(data, str):
        text = data.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise ImportFailed("The article is empty.")
    else:
        limit = settings.IMPORT_MAX_BYTES
        if len(data) > limit:
            raise ImportFailed(
                f"The file is {len(data) / 1e6:.1f} MB; articles up to "
                f"{limit / 1e6:.0f} MB can be imported."
            )
        try:
            text = decode_article(data)
        except ValueError as exc:
            raise ImportFailed(str(exc)) from exc
    if len(text.encode("utf-8")) > settings.IMPORT_MAX_BYTES:
        raise ImportFailed(
            f"The text is larger than {settings.IMPORT_MAX_BYTES / 1e6:.0f} MB; "
            "split it into separate articles."
        )
    return text


def known_speakers() -> list[ParsedSpeaker]:
    aliases: dict[int, list[str]] = {}
    for speaker_id, name in SpeakerAlias.objects.values_list("speaker_id", "name"):
        aliases.setdefault(speaker_id, []).append(name)
    return [
        ParsedSpeaker(name=s.name, role=s.title or None, aliases=aliases.get(s.pk, []))
        for s in Speaker.objects.only("id", "name", "role", "organisation")
    ]


def parse_text(text: str) -> ParsedArticle:
    """The parser's reading, resolving short names against the speakers already known."""
    return parse_article(text, known_speakers=known_speakers())


def preview_article(*, data: bytes | str) -> ParsedArticle:
    """What the importer would read from ``data``, writing nothing (dry runs, admin preview)."""
    return parse_text(read_article(data))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- speakers -------------------------------------------------------------


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'")
    return re.sub(r"\s+", " ", name).strip().casefold()


class SpeakerResolver:
    """Finds or creates Speakers by name or alias within one import."""

    def __init__(self, counts: Counter):
        self.counts = counts
        self._cache: dict[str, Speaker] = {}

    def _lookup(self, name: str) -> Speaker | None:
        key = _fold(name)
        if key in self._cache:
            return self._cache[key]
        found = Speaker.objects.filter(name__iexact=name.strip()).first()
        if found is None:
            found = Speaker.objects.filter(aliases__name__iexact=name.strip()).distinct().first()
        if found is not None:
            self._cache[key] = found
        return found

    def resolve(self, name: str | None, role: str | None = None) -> Speaker | None:
        """The Speaker a name refers to; None for no name or a description ("the founder")."""
        if not name or not name.strip():
            return None
        name = re.sub(r"\s+", " ", name).strip()
        if not _looks_like_name(name):
            return None
        speaker = self._lookup(name)
        if speaker is None:
            speaker = Speaker(name=name, slug=unique_slug(Speaker, name))
            _apply_role(speaker, role)
            speaker.save()
            self.counts["speakers created"] += 1
            self._add_surname_alias(speaker)
        elif role and not (speaker.role or speaker.organisation):
            if "role" not in speaker.edited_fields and _apply_role(speaker, role):
                speaker.save(update_fields=["role", "organisation", "updated_at"])
                self.counts["speakers updated"] += 1
        self._cache[_fold(name)] = speaker
        return speaker

    def _add_surname_alias(self, speaker: Speaker) -> None:
        parts = speaker.name.split()
        if len(parts) < 2:
            return
        surname = parts[-1]
        # An alias shared by two people would resolve wrongly; leave it to the editor.
        if Speaker.objects.filter(name__iexact=surname).exists():
            return
        if SpeakerAlias.objects.filter(name__iexact=surname).exists():
            return
        SpeakerAlias.objects.create(speaker=speaker, name=surname)


def _looks_like_name(label: str) -> bool:
    # "he", "the founder", "a spokesperson" describe someone; they are not a person's name.
    first = label.split()[0]
    return first[:1].isupper() and first.casefold() not in {"he", "she", "they", "the", "a", "an"}


_ROLE_SPLIT = re.compile(r"^(?P<role>.+?)\s+(?:of|at)\s+(?P<org>[A-Z].*)$")


def _apply_role(speaker: Speaker, role: str | None) -> bool:
    """Split "CEO of Meta" into role and organisation; True when anything changed."""
    if not role:
        return False
    match = _ROLE_SPLIT.match(role.strip())
    new_role, new_org = (match["role"], match["org"]) if match else (role.strip(), "")
    changed = (speaker.role, speaker.organisation) != (new_role[:200], new_org[:200])
    speaker.role, speaker.organisation = new_role[:200], new_org[:200]
    return changed


# --- the import -----------------------------------------------------------


def _statement_key(kind: str, text: str) -> str:
    folded = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(f"{kind}|{folded}".encode()).hexdigest()[:40]


def _keys(items: Iterable[tuple[str, str]]) -> list[str]:
    """Stable identities for statements, numbering repeats of the same text."""
    seen: Counter = Counter()
    keys = []
    for kind, text in items:
        base = _statement_key(kind, text)
        seen[base] += 1
        keys.append(base if seen[base] == 1 else f"{base[:36]}-{seen[base]}")
    return keys


def _set_fields(obj: Model, values: Mapping[str, Any], *, editor_tracked=True) -> list[str]:
    """Set the fields whose value differs and that no editor changed; return their names."""
    edited = set(getattr(obj, "edited_fields", ())) if editor_tracked else set()
    changed = []
    for name, value in values.items():
        if name in edited:
            continue
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _default_title(parsed: ParsedArticle, facts: InterviewFacts) -> str:
    subjects = list(facts.subjects or parsed.subjects) or [s.name for s in parsed.speakers[:1]]
    who = " and ".join(subjects) if subjects else "an unnamed speaker"
    where = facts.event or facts.outlet or parsed.event or parsed.outlet
    return f"Interview with {who}" + (f" ({where})" if where else "")


@transaction.atomic
def import_article(
    *,
    data: bytes | str,
    name: str,
    interview: Interview | None = None,
    facts: InterviewFacts | None = None,
    topics: Mapping[str, Iterable[str]] | None = None,
    user=None,
) -> ImportResult:
    """Store one article as a source of an interview.

    ``name`` identifies the source (a file name): importing the same name
    again updates that source; the same content again changes nothing.
    ``interview`` adds the article as another write-up of an existing
    interview. ``facts`` are what the editor knows beyond the text.
    ``topics`` maps topic names to keywords for suggestions (default: every Topic).
    Raises ImportFailed, with nothing written, for input that cannot be read.
    """
    facts = facts or InterviewFacts()
    text = read_article(data)
    digest = content_hash(text)
    source = SourceDocument.objects.select_related("interview").filter(name=name).first()
    if interview is not None and source is not None and source.interview_id != interview.pk:
        raise ImportFailed(
            f"“{name}” is already a source of “{source.interview}”; "
            "give the file another name to add it to a second interview."
        )
    if source is not None and source.content_hash == digest:
        return ImportResult(
            name=name, interview=source.interview, source=source, outcome="unchanged"
        )

    parsed = parse_text(text)
    if not parsed.quotes and not parsed.commentary and not parsed.sections:
        raise ImportFailed(
            "Nothing to import: no statements, commentary or headings were found in the text."
        )
    counts: Counter = Counter()
    with revision(user=user, comment=f"Imported {name}"):
        target = _upsert_interview(
            parsed, facts, interview or (source and source.interview), counts
        )
        created = source is None
        source = _upsert_source(target, source, name, text, digest, parsed, facts)
        resolver = SpeakerResolver(counts)
        _upsert_participants(target, parsed, facts, resolver, counts)
        sections = _upsert_sections(target, source, parsed, counts)
        quotes = _upsert_quotes(target, source, parsed, sections, resolver, counts)
        _upsert_commentary(target, source, parsed, sections, quotes, counts)
        matcher = TopicMatcher(
            topics if topics is not None else {t.name: t.keyword_list for t in Topic.objects.all()}
        )
        _suggest_topics(target, quotes, parsed, matcher, counts)
    return ImportResult(
        name=name,
        interview=target,
        source=source,
        outcome="created" if created else "updated",
        counts=counts,
        parsed=parsed,
    )


def _upsert_interview(
    parsed: ParsedArticle, facts: InterviewFacts, existing: Interview | None, counts: Counter
) -> Interview:
    values = {
        "format": facts.format,
        "event": facts.event or parsed.event or "",
        "outlet": facts.outlet or parsed.outlet or "",
        "date": facts.date or parsed.date,
        "recording_url": facts.recording_url,
    }
    if facts.date_precision:
        values["date_precision"] = facts.date_precision
    if facts.format and facts.format not in Format.values:
        raise ImportFailed(
            f"Unknown format “{facts.format}”: use one of {', '.join(Format.values)}."
        )
    if existing is None and facts.slug:
        existing = Interview.objects.filter(slug=facts.slug).first()
    if existing is None:
        title = facts.title or parsed.title or _default_title(parsed, facts)
        interview = Interview(
            title=title[:300],
            slug=facts.slug or unique_slug(Interview, title),
            **{k: v for k, v in values.items() if v not in (None, "")},
        )
        interview.save()
        counts["interviews created"] += 1
        return interview
    # A later write-up fills what is still empty; it never overwrites an earlier one's facts.
    fill = {k: v for k, v in values.items() if v not in (None, "") and not getattr(existing, k)}
    if facts.title:
        fill["title"] = facts.title
    changed = _set_fields(existing, fill)
    if changed:
        existing.save(update_fields=[*changed, "updated_at"])
        counts["interviews updated"] += 1
    return existing


def _upsert_source(interview, source, name, text, digest, parsed, facts) -> SourceDocument:
    values = {
        "content_hash": digest,
        "text": text,
        "title": (parsed.title or "")[:300],
        "author": (parsed.byline or "")[:200],
        "outlet": (facts.outlet or parsed.outlet or "")[:200],
        "url": facts.source_url,
        "warnings": list(parsed.warnings),
        "dropped": list(parsed.dropped),
        "imported_at": timezone.now(),
    }
    if source is None:
        ordinal = (interview.sources.aggregate(m=Max("ordinal"))["m"] or 0) + 1
        return SourceDocument.objects.create(
            interview=interview, name=name, ordinal=ordinal, **values
        )
    _set_fields(source, values, editor_tracked=False)
    source.save()
    return source


def _upsert_participants(interview, parsed, facts, resolver, counts) -> None:
    roles = {s.name: s.role for s in parsed.speakers}
    wanted: list[tuple[str, str]] = []
    for role, names in (
        (Role.SUBJECT, facts.subjects or parsed.subjects),
        (Role.INTERVIEWER, facts.interviewers or parsed.interviewers),
        (Role.HOST, facts.hosts),
    ):
        wanted += [(n, role) for n in names]
    named = {n for n, _ in wanted}
    wanted += [(s.name, Role.GUEST) for s in parsed.speakers if s.name not in named]
    existing = {(p.speaker_id, p.role) for p in interview.participants.all()}
    next_pos = len(existing)
    for name, role in wanted:
        speaker = resolver.resolve(name, roles.get(name))
        if speaker is None:
            continue
        if role == Role.GUEST and any(sid == speaker.pk for sid, _ in existing):
            continue
        if (speaker.pk, role) in existing:
            continue
        Participant.objects.create(
            interview=interview, speaker=speaker, role=role, position=next_pos
        )
        existing.add((speaker.pk, role))
        next_pos += 1
        counts["participants created"] += 1


def _source_base(source: SourceDocument) -> int:
    # The second write-up's sections and statements follow the first's.
    return source.ordinal * 100_000


def _upsert_sections(interview, source, parsed, counts) -> list[Section]:
    base = _source_base(source)
    existing = {s.position: s for s in source.sections.all()}
    result, new = [], []
    for i, parsed_section in enumerate(parsed.sections):
        position = base + i + 1
        values = {
            "heading": parsed_section.heading[:300],
            "level": max(1, min(parsed_section.level, 6)),
        }
        section = existing.pop(position, None)
        if section is None:
            section = Section(interview=interview, source=source, position=position, **values)
            new.append(section)
        elif changed := _set_fields(section, values):
            section.save(update_fields=changed)
            counts["sections updated"] += 1
        result.append(section)
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            counts["sections deleted"] += 1
    counts["sections created"] += _bulk_create(new)
    return result


def _bulk_create(objs: list[Model]) -> int:
    """Insert new rows in one statement, adding them to the current revision."""
    if objs:
        type(objs[0]).objects.bulk_create(objs)
        if reversion.is_active():
            for obj in objs:
                reversion.add_to_revision(obj)
    return len(objs)


def _section(sections: list[Section], index: int | None) -> Section | None:
    return sections[index] if index is not None and 0 <= index < len(sections) else None


def _upsert_quotes(interview, source, parsed, sections, resolver, counts) -> list[Quote]:
    base = _source_base(source)
    keys = _keys((q.kind, q.text) for q in parsed.quotes)
    existing = {q.import_key: q for q in source.quotes.all()}
    plans = []
    for i, (pq, key) in enumerate(zip(parsed.quotes, keys, strict=True)):
        speaker = resolver.resolve(pq.speaker)
        values = {
            "speaker": speaker,
            "attribution": "" if speaker or not pq.speaker else pq.speaker[:200],
            "text": pq.text,
            "kind": pq.kind,
            "section": _section(sections, pq.section),
            "position": base + (i + 1) * 10,
        }
        plans.append((existing.pop(key, None), key, values))
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            counts["statements deleted"] += 1

    # Positions are unique per interview: park moving rows out of the way first.
    taken = set(interview.quotes.values_list("position", flat=True))
    moving = [
        q
        for q, _, v in plans
        if q and "position" not in q.edited_fields and q.position != v["position"]
    ]
    for n, quote in enumerate(moving):
        taken.discard(quote.position)
        quote.position = 2_000_000_000 - n
        quote.save(update_fields=["position"])
        taken.add(quote.position)

    result, new = [], []
    for quote, key, values in plans:
        if quote is None:
            values["position"] = _free_position(values["position"], taken)
            quote = Quote(interview=interview, source=source, import_key=key, **values)
            new.append(quote)
        else:
            if "position" not in quote.edited_fields and quote.position != values["position"]:
                taken.discard(quote.position)
                values["position"] = _free_position(values["position"], taken)
            if changed := _set_fields(quote, values):
                quote.save(update_fields=[*changed, "updated_at"])
                counts["statements updated"] += 1
        taken.add(quote.position)
        result.append(quote)
    counts["statements created"] += _bulk_create(new)
    return result


def _free_position(wanted: int, taken: set[int]) -> int:
    while wanted in taken:
        wanted += 1
    return wanted


def _upsert_commentary(interview, source, parsed, sections, quotes, counts) -> None:
    base = _source_base(source)
    author = (parsed.byline or "")[:200]
    keys = _keys(("commentary", c.text) for c in parsed.commentary)
    existing = {c.import_key: c for c in source.commentary.all()}
    new = []
    for i, (pc, key) in enumerate(zip(parsed.commentary, keys, strict=True)):
        quote = quotes[pc.quote] if pc.quote is not None and 0 <= pc.quote < len(quotes) else None
        values = {
            "quote": quote,
            "section": _section(sections, pc.section),
            "body": pc.text,
            "kind": pc.kind,
            "author": author,
            "position": base + (i + 1) * 10,
        }
        item = existing.pop(key, None)
        if item is None:
            new.append(Commentary(interview=interview, source=source, import_key=key, **values))
        elif changed := _set_fields(item, values):
            item.save(update_fields=[*changed, "updated_at"])
            counts["commentary updated"] += 1
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            counts["commentary deleted"] += 1
    counts["commentary created"] += _bulk_create(new)


def _suggest_topics(interview, quotes, parsed, matcher, counts) -> None:
    """Tag statements and the interview with the topics their words suggest.

    Suggestions are only added. Once an editor changes an object's topics
    ("topics" in its edited_fields) the importer leaves them alone.
    """
    wanted = {
        quote.pk: set(matcher.suggest(quote.text))
        for quote in quotes
        if "topics" not in quote.edited_fields
    }
    names = set().union(*wanted.values()) if wanted else set()
    if "topics" not in interview.edited_fields:
        text = " ".join(
            [parsed.title or "", *(q.text for q in quotes), *(c.text for c in parsed.commentary)]
        )
        interview_names = set(matcher.suggest(text))
        names |= interview_names
    else:
        interview_names = set()
    if not names:
        return
    by_name = {t.name: t for t in Topic.objects.filter(name__in=names)}
    through = Quote.topics.through
    have = set(
        through.objects.filter(content_object_id__in=wanted).values_list(
            "content_object_id", "tag__name"
        )
    )
    links = [
        through(content_object_id=quote_id, tag=by_name[name])
        for quote_id, quote_names in wanted.items()
        for name in sorted(quote_names)
        if name in by_name and (quote_id, name) not in have
    ]
    through.objects.bulk_create(links, ignore_conflicts=True)
    counts["statement topics"] += len(links)
    current = set(interview.topics.names())
    missing = [by_name[n] for n in sorted(interview_names - current) if n in by_name]
    if missing:
        interview.topics.add(*missing)
        counts["interview topics"] += len(missing)


# --- workflow -------------------------------------------------------------

TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.REVIEW, Status.PUBLISHED, Status.ARCHIVED},
    Status.REVIEW: {Status.DRAFT, Status.PUBLISHED, Status.ARCHIVED},
    Status.PUBLISHED: {Status.ARCHIVED, Status.DRAFT},
    Status.ARCHIVED: {Status.DRAFT, Status.PUBLISHED},
}
PUBLISH_PERMISSION = "interviews.publish_interview"


def can_set_status(user, interview: Interview, to_status: str) -> bool:
    """Editors publish; contributors move drafts to review and back, nothing public."""
    if user is None:  # the system itself (management commands)
        return True
    if not user.is_active:
        return False
    touches_public = Status.PUBLISHED in (to_status, interview.status) or Status.ARCHIVED in (
        to_status,
        interview.status,
    )
    if touches_public:
        return user.has_perm(PUBLISH_PERMISSION)
    return user.has_perm("interviews.change_interview")


@transaction.atomic
def change_status(*, interview: Interview, to_status: str, user=None, note: str = "") -> bool:
    """Move an interview through the workflow, recording who and when.

    Returns False when it already had that status. Raises ValidationError for
    a move the workflow does not allow, PermissionDenied for one the user may not make.
    """
    if to_status not in Status.values:
        raise ValidationError(f"Unknown status “{to_status}”.")
    if interview.status == to_status:
        return False
    if to_status not in TRANSITIONS[interview.status]:
        raise ValidationError(
            f"An interview cannot go from {interview.get_status_display().lower()} "
            f"to {Status(to_status).label.lower()}."
        )
    if not can_set_status(user, interview, to_status):
        raise PermissionDenied("Only editors can publish, unpublish or archive interviews.")
    previous = interview.status
    interview.status = to_status
    fields = ["status", "updated_at"]
    if to_status == Status.PUBLISHED and interview.published_at is None:
        interview.published_at = timezone.now()
        fields.append("published_at")
    with revision(user=user, comment=f"Status: {previous} → {to_status}"):
        interview.save(update_fields=fields)
    StatusChange.objects.create(
        interview=interview, from_status=previous, to_status=to_status, user=user, note=note
    )
    return True


def ensure_topics(vocabulary: Iterable[Mapping[str, Any]]) -> Counter:
    """Create the topics of a vocabulary that do not exist yet; editors own existing ones."""
    counts: Counter = Counter()
    for entry in vocabulary:
        name = entry["name"].strip()
        if Topic.objects.filter(name__iexact=name).exists():
            continue
        Topic.objects.create(
            name=name,
            slug=entry.get("slug") or unique_slug(Topic, name, max_length=100),
            description=entry.get("description", ""),
            keywords=", ".join(entry.get("keywords", [])),
        )
        counts["topics created"] += 1
    return counts


def load_seeds(*, manifest, publish: bool = False) -> tuple[Counter, list[ImportResult]]:
    """Import every seed article of a manifest (see ``interviews.manifest``).

    Each interview's write-ups go in together, in one transaction per article.
    """
    topic_counts = ensure_topics(manifest.topics)
    results: list[ImportResult] = []
    for seed in manifest.interviews:
        interview = None
        for path in seed.sources:
            try:
                result = import_article(
                    data=path.read_bytes(), name=path.name, interview=interview, facts=seed.facts
                )
            except ImportFailed as exc:
                raise ImportFailed(f"{path.name}: {exc}") from exc
            interview = result.interview
            results.append(result)
        if publish and change_status(interview=interview, to_status=Status.PUBLISHED):
            topic_counts["interviews published"] += 1
    return topic_counts, results
