"""Writes. Every change to the domain that is more than one field goes through here.

``import_article`` stores what the parser read: one transaction per article,
upserts by natural keys, and a re-import leaves every field an editor changed
(``EditorTracked.edited_fields``) as the editor left it, and every imported
statement or commentary item an editor deleted (``delete_content``) deleted.
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
from functools import lru_cache
from typing import Any

import reversion
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Model, Q
from django.utils import timezone

from . import bulk
from .history import Snapshot
from .importers import ParsedArticle, decode_article, parse_article
from .importers.topics import TopicMatcher
from .models import (
    Commentary,
    DeletedImport,
    Format,
    ImportedKind,
    Interview,
    Participant,
    Quote,
    Role,
    Section,
    SourceDocument,
    Status,
    StatusChange,
    Topic,
    split_keywords,
    unique_slug,
)
from .speakers import SpeakerDirectory, SpeakerResolver


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


def parse_text(text: str, directory: SpeakerDirectory | None = None) -> ParsedArticle:
    """The parser's reading, resolving short names against the speakers already known."""
    directory = directory or SpeakerDirectory(text)
    return parse_article(text, known_speakers=directory.parsed_speakers())


def preview_article(*, data: bytes | str) -> ParsedArticle:
    """What the importer would read from ``data``, writing nothing (dry runs, admin preview)."""
    return parse_text(read_article(data))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
        # A foreign key compares by id: reading the related object would cost a query a row.
        field = obj._meta.get_field(name)
        wanted = value.pk if field.is_relation and value is not None else value
        if getattr(obj, field.attname) != wanted:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _default_title(parsed: ParsedArticle, facts: InterviewFacts) -> str:
    subjects = list(facts.subjects or parsed.subjects) or [s.name for s in parsed.speakers[:1]]
    who = " and ".join(subjects) if subjects else "an unnamed speaker"
    where = facts.event or facts.outlet or parsed.event or parsed.outlet
    return f"Interview with {who}" + (f" ({where})" if where else "")


@dataclass
class _Run:
    """One import in progress: where it writes, and what it knows is new.

    Rows of a new interview or a new source have nothing to compare with, so
    the import skips the queries that would look for them.
    """

    interview: Interview
    source: SourceDocument
    parsed: ParsedArticle
    counts: Counter
    snapshot: Snapshot
    resolver: SpeakerResolver
    new_interview: bool
    new_source: bool
    # Import keys, by ImportedKind, of the source's rows that editors deleted.
    deleted: dict[str, set[str]] = field(default_factory=dict)

    @property
    def base(self) -> int:
        # The second write-up's sections and statements follow the first's.
        return self.source.ordinal * 100_000


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
    Everything written becomes one revision, with ``user`` as its author.
    """
    facts = facts or InterviewFacts()
    text = read_article(data)
    digest = content_hash(text)
    try:
        # get(), not first(): names are unique, and first() sorts by the interview's ordering.
        source = SourceDocument.objects.select_related("interview").get(name=name)
    except SourceDocument.DoesNotExist:
        source = None
    if interview is not None and source is not None and source.interview_id != interview.pk:
        raise ImportFailed(
            f"“{name}” is already a source of “{source.interview}”; "
            "give the file another name to add it to a second interview."
        )
    if source is not None and source.content_hash == digest:
        return ImportResult(
            name=name, interview=source.interview, source=source, outcome="unchanged"
        )

    directory = SpeakerDirectory(text)
    parsed = parse_text(text, directory)
    if not parsed.quotes and not parsed.commentary and not parsed.sections:
        raise ImportFailed(
            "Nothing to import: no statements, commentary or headings were found in the text."
        )
    counts: Counter = Counter()
    snapshot = Snapshot()
    target, new_interview = _upsert_interview(
        parsed, facts, interview or (source and source.interview), counts, snapshot
    )
    run = _Run(
        interview=target,
        source=_upsert_source(target, source, name, text, digest, parsed, facts, new_interview),
        parsed=parsed,
        counts=counts,
        snapshot=snapshot,
        resolver=SpeakerResolver(directory, counts, snapshot),
        new_interview=new_interview,
        new_source=source is None,
    )
    if source is not None:
        run.deleted = _deleted_keys(source)
    roles = {s.name: s.role for s in parsed.speakers}
    names = [n for n, _ in _participant_names(parsed, facts)] + [q.speaker for q in parsed.quotes]
    run.resolver.prefetch((n, roles.get(n)) for n in names)
    _upsert_participants(run, facts)
    sections = _upsert_sections(run)
    quotes = _upsert_quotes(run, sections)
    _upsert_commentary(run, sections, quotes)
    if topics is None:
        rows = Topic.objects.values_list("name", "keywords", "pk")
        vocabulary = {name: pk for name, _, pk in rows}
        matcher = _matcher(tuple((name, keywords) for name, keywords, _ in rows))
    else:
        vocabulary = None
        matcher = TopicMatcher(topics)
    _suggest_topics(run, [q for q in quotes if q is not None], matcher, vocabulary)
    snapshot.save(user=user, comment=f"Imported {name}")
    return ImportResult(
        name=name,
        interview=target,
        source=run.source,
        outcome="updated" if source is not None else "created",
        counts=counts,
        parsed=parsed,
    )


def _upsert_interview(
    parsed: ParsedArticle,
    facts: InterviewFacts,
    existing: Interview | None,
    counts: Counter,
    snapshot: Snapshot,
) -> tuple[Interview, bool]:
    """The interview the article belongs to, and whether it is new."""
    values = {
        "format": facts.format,
        "event": facts.event or parsed.event or "",
        "outlet": facts.outlet or parsed.outlet or "",
        "date": facts.date or parsed.date,
        "recording_url": facts.recording_url,
        "dek": parsed.standfirst or "",
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
        bulk.insert([interview])
        snapshot.add(interview, created=True)
        counts["interviews created"] += 1
        return interview, True
    # A later write-up fills what is still empty; it never overwrites an earlier one's facts.
    fill = {k: v for k, v in values.items() if v not in (None, "") and not getattr(existing, k)}
    if facts.title:
        fill["title"] = facts.title
    changed = _set_fields(existing, fill)
    if changed:
        existing.save(update_fields=[*changed, "updated_at"])
        snapshot.add(existing)
        counts["interviews updated"] += 1
    return existing, False


def _upsert_source(
    interview, source, name, text, digest, parsed, facts, new_interview
) -> SourceDocument:
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
        last = 0 if new_interview else interview.sources.aggregate(m=Max("ordinal"))["m"]
        source = SourceDocument(interview=interview, name=name, ordinal=(last or 0) + 1, **values)
        bulk.insert([source])
        return source
    _set_fields(source, values, editor_tracked=False)
    source.save()
    return source


def _participant_names(parsed: ParsedArticle, facts: InterviewFacts) -> list[tuple[str, str]]:
    """(name, role) for everyone taking part, named roles first, then the other speakers."""
    wanted: list[tuple[str, str]] = []
    for role, names in (
        (Role.SUBJECT, facts.subjects or parsed.subjects),
        (Role.INTERVIEWER, facts.interviewers or parsed.interviewers),
        (Role.HOST, facts.hosts),
    ):
        wanted += [(n, role) for n in names]
    named = {n for n, _ in wanted}
    return wanted + [(s.name, Role.GUEST) for s in parsed.speakers if s.name not in named]


def _upsert_participants(run: _Run, facts: InterviewFacts) -> None:
    existing = set()
    if not run.new_interview:
        existing = {(p.speaker_id, p.role) for p in run.interview.participants.all()}
    new = []
    for name, role in _participant_names(run.parsed, facts):
        speaker = run.resolver.resolve(name)
        if speaker is None:
            continue
        if role == Role.GUEST and any(sid == speaker.pk for sid, _ in existing):
            continue
        if (speaker.pk, role) in existing:
            continue
        new.append(
            Participant(
                interview=run.interview,
                speaker=speaker,
                role=role,
                position=len(existing),
            )
        )
        existing.add((speaker.pk, role))
    run.counts["participants created"] += _bulk_create(run, new)


def _bulk_create(run: _Run, objs: list[Model]) -> int:
    """Insert new rows in one statement, adding them to the import's revision."""
    if objs:
        bulk.insert(objs)
        run.snapshot.add(*objs, created=True)
    return len(objs)


def _upsert_sections(run: _Run) -> list[Section]:
    existing = {} if run.new_source else {s.position: s for s in run.source.sections.all()}
    result, new = [], []
    for i, parsed_section in enumerate(run.parsed.sections):
        position = run.base + i + 1
        values = {
            "heading": parsed_section.heading[:300],
            "level": max(1, min(parsed_section.level, 6)),
        }
        section = existing.pop(position, None)
        if section is None:
            section = Section(
                interview=run.interview, source=run.source, position=position, **values
            )
            new.append(section)
        elif changed := _set_fields(section, values):
            section.save(update_fields=changed)
            run.snapshot.add(section)
            run.counts["sections updated"] += 1
        result.append(section)
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            run.counts["sections deleted"] += 1
    run.counts["sections created"] += _bulk_create(run, new)
    return result


def _section(sections: list[Section], index: int | None) -> Section | None:
    return sections[index] if index is not None and 0 <= index < len(sections) else None


def _deleted_keys(source: SourceDocument) -> dict[str, set[str]]:
    """The import keys of the source's rows that editors deleted, by kind, in one query."""
    keys: dict[str, set[str]] = {kind: set() for kind in ImportedKind.values}
    for kind, key in source.deletions.values_list("kind", "import_key"):
        keys[kind].add(key)
    return keys


def kept_deleted(source: SourceDocument | None, parsed: ParsedArticle) -> tuple[set[int], set[int]]:
    """Which of the parsed statements and commentary items (by index) a re-import of
    ``source`` would leave deleted, because an editor deleted them. For previews."""
    if source is None:
        return set(), set()
    deleted = _deleted_keys(source)
    quote_keys = _keys((q.kind, q.text) for q in parsed.quotes)
    quotes = {i for i, key in enumerate(quote_keys) if key in deleted[ImportedKind.QUOTE]}
    comment_keys = _keys(("commentary", c.text) for c in parsed.commentary)
    commentary = {
        i
        for i, (key, item) in enumerate(zip(comment_keys, parsed.commentary, strict=True))
        if key in deleted[ImportedKind.COMMENTARY] or item.quote in quotes
    }
    return quotes, commentary


def _still_deleted(run: _Run, kind: str, existing: Mapping[str, Model]) -> set[str]:
    """The keys of ``kind`` that stay deleted in this import.

    A row that is back (an editor recovered it from the history) is imported
    as usual again, and its deletion forgotten.
    """
    deleted = run.deleted.get(kind, set())
    restored = deleted & existing.keys()
    if restored:
        run.source.deletions.filter(kind=kind, import_key__in=restored).delete()
    return deleted - restored


def _upsert_quotes(run: _Run, sections: list[Section]) -> list[Quote | None]:
    """The statements in parsed order; None for one an editor deleted, which stays deleted."""
    keys = _keys((q.kind, q.text) for q in run.parsed.quotes)
    existing = {} if run.new_source else {q.import_key: q for q in run.source.quotes.all()}
    deleted = _still_deleted(run, ImportedKind.QUOTE, existing)
    plans = []
    for i, (pq, key) in enumerate(zip(run.parsed.quotes, keys, strict=True)):
        quote = existing.pop(key, None)
        if quote is None and key in deleted:
            run.counts["statements kept deleted"] += 1
            continue
        speaker = run.resolver.resolve(pq.speaker)
        values = {
            "speaker": speaker,
            "attribution": "" if speaker or not pq.speaker else pq.speaker[:200],
            "text": pq.text,
            "kind": pq.kind,
            "section": _section(sections, pq.section),
            "position": run.base + (i + 1) * 10,
        }
        plans.append((i, quote, key, values))
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            run.counts["statements deleted"] += 1

    # Positions are unique per interview: park moving rows out of the way first.
    taken = (
        set() if run.new_interview else set(run.interview.quotes.values_list("position", flat=True))
    )
    moving = [
        q
        for _, q, _, v in plans
        if q and "position" not in q.edited_fields and q.position != v["position"]
    ]
    for n, quote in enumerate(moving):
        taken.discard(quote.position)
        quote.position = 2_000_000_000 - n
        quote.save(update_fields=["position"])
        taken.add(quote.position)

    result: list[Quote | None] = [None] * len(keys)
    new = []
    for i, quote, key, values in plans:
        if quote is None:
            values["position"] = _free_position(values["position"], taken)
            quote = Quote(interview=run.interview, source=run.source, import_key=key, **values)
            new.append(quote)
        else:
            if "position" not in quote.edited_fields and quote.position != values["position"]:
                taken.discard(quote.position)
                values["position"] = _free_position(values["position"], taken)
            if changed := _set_fields(quote, values):
                quote.save(update_fields=[*changed, "updated_at"])
                run.snapshot.add(quote)
                run.counts["statements updated"] += 1
        taken.add(quote.position)
        result[i] = quote
    run.counts["statements created"] += _bulk_create(run, new)
    return result


def _free_position(wanted: int, taken: set[int]) -> int:
    while wanted in taken:
        wanted += 1
    return wanted


def _upsert_commentary(run: _Run, sections: list[Section], quotes: list[Quote | None]) -> None:
    """Commentary in parsed order. An item an editor deleted stays deleted, and so does
    an item beside a statement an editor deleted: it has no statement to stand beside."""
    author = (run.parsed.byline or "")[:200]
    keys = _keys(("commentary", c.text) for c in run.parsed.commentary)
    existing = {} if run.new_source else {c.import_key: c for c in run.source.commentary.all()}
    deleted = _still_deleted(run, ImportedKind.COMMENTARY, existing)
    new = []
    for i, (pc, key) in enumerate(zip(run.parsed.commentary, keys, strict=True)):
        beside = pc.quote is not None and 0 <= pc.quote < len(quotes)
        quote = quotes[pc.quote] if beside else None
        item = existing.pop(key, None)
        if item is None and (key in deleted or (beside and quote is None)):
            run.counts["commentary kept deleted"] += 1
            continue
        values = {
            "quote": quote,
            "section": _section(sections, pc.section),
            "body": pc.text,
            "kind": pc.kind,
            "author": author,
            "position": run.base + (i + 1) * 10,
        }
        if beside and quote is None:
            del values["quote"]  # a recovered item stays beside what it stands beside
        if item is None:
            new.append(
                Commentary(interview=run.interview, source=run.source, import_key=key, **values)
            )
        elif changed := _set_fields(item, values):
            item.save(update_fields=[*changed, "updated_at"])
            run.snapshot.add(item)
            run.counts["commentary updated"] += 1
    for stale in existing.values():
        if not stale.edited_fields:
            stale.delete()
            run.counts["commentary deleted"] += 1
    run.counts["commentary created"] += _bulk_create(run, new)


@lru_cache(maxsize=4)
def _matcher(vocabulary: tuple[tuple[str, str], ...]) -> TopicMatcher:
    """The compiled matcher of the Topic table as it is; recompiled when editors change it."""
    return TopicMatcher({name: split_keywords(keywords) for name, keywords in vocabulary})


def _suggest_topics(
    run: _Run,
    quotes: list[Quote],
    matcher: TopicMatcher,
    vocabulary: dict[str, int] | None,
) -> None:
    """Tag statements and the interview with the topics their words suggest.

    Suggestions are only added. Once an editor changes an object's topics
    ("topics" in its edited_fields) the importer leaves them alone.
    """
    interview = run.interview
    parts = [run.parsed.title or "", *(q.text for q in quotes)]
    parts += (c.text for c in run.parsed.commentary)
    mentioned, each = matcher.suggest_each(parts)
    if not mentioned:
        return
    wanted = {
        quote.pk: topics
        for quote, topics in zip(quotes, each[1:], strict=False)
        if "topics" not in quote.edited_fields
    }
    names = set().union(*wanted.values()) if wanted else set()
    interview_names: set[str] = set()
    if "topics" not in interview.edited_fields:
        interview_names = set(mentioned)
        names |= interview_names
    if not names:
        return
    if vocabulary is None:
        vocabulary = dict(Topic.objects.filter(name__in=names).values_list("name", "pk"))
    by_name = {name: vocabulary[name] for name in names if name in vocabulary}  # topic ids
    quote_links = Quote.topics.through
    have = set()
    if not run.new_source:
        have = set(
            quote_links.objects.filter(content_object_id__in=wanted).values_list(
                "content_object_id", "tag__name"
            )
        )
    links = [
        quote_links(content_object_id=quote_id, tag_id=by_name[name])
        for quote_id, quote_names in wanted.items()
        for name in sorted(quote_names)
        if name in by_name and (quote_id, name) not in have
    ]
    bulk.insert(links, ignore_conflicts=True)
    run.counts["statement topics"] += len(links)
    interview_links = Interview.topics.through
    current = set()
    if not run.new_interview:
        current = set(
            interview_links.objects.filter(content_object=interview).values_list(
                "tag__name", flat=True
            )
        )
    missing = [
        interview_links(content_object=interview, tag_id=by_name[n])
        for n in sorted(interview_names - current)
        if n in by_name
    ]
    bulk.insert(missing, ignore_conflicts=True)
    run.counts["interview topics"] += len(missing)


# --- editors' deletions ---------------------------------------------------


@transaction.atomic
def delete_content(*, objects: Iterable[Quote | Commentary], user=None) -> Counter:
    """Delete statements and commentary as an editor, and remember the imported ones.

    Every editor deletion of a statement or commentary item (admin, inline rows,
    API) goes through here. Each imported row deleted, including imported
    commentary that goes with its statement, is recorded on its source, so that
    re-importing a changed version of the source leaves it deleted.
    """
    ids: dict[type[Model], set[int]] = {Quote: set(), Commentary: set()}
    for obj in objects:
        model = next((m for m in ids if isinstance(obj, m)), None)
        if model is None:
            raise TypeError(f"delete_content deletes statements and commentary, not {obj!r}.")
        ids[model].add(obj.pk)
    quotes = Quote.objects.filter(pk__in=ids[Quote])
    # Commentary beside a deleted statement goes with it (on_delete=CASCADE).
    commentary = Commentary.objects.filter(Q(pk__in=ids[Commentary]) | Q(quote__in=quotes))
    deleted_by = user if getattr(user, "is_authenticated", False) else None
    deletions = [
        DeletedImport(
            source_id=source_id,
            kind=kind,
            import_key=key,
            excerpt=" ".join(text.split())[:200],
            deleted_by=deleted_by,
        )
        for kind, rows in (
            (ImportedKind.QUOTE, quotes.values_list("source_id", "import_key", "text")),
            (ImportedKind.COMMENTARY, commentary.values_list("source_id", "import_key", "body")),
        )
        for source_id, key, text in rows.filter(source__isnull=False).exclude(import_key="")
    ]
    DeletedImport.objects.bulk_create(deletions, ignore_conflicts=True)
    counts: Counter = Counter()
    for queryset in (quotes, Commentary.objects.filter(pk__in=ids[Commentary])):
        _, by_label = queryset.delete()
        counts["statements deleted"] += by_label.get(Quote._meta.label, 0)
        counts["commentary deleted"] += by_label.get(Commentary._meta.label, 0)
    counts["kept deleted on re-import"] += len(deletions)
    return counts


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
