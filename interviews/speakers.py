"""Who an import is about: the speakers already in the database that an article
may mention, and the ones an import finds or creates.

``SpeakerDirectory`` reads, for one text, every speaker whose name or alias occurs
in it, in one go; ``SpeakerResolver`` answers an import's names from it and
creates the people not known yet in one insert.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from django.db import connection

from . import locks
from .history import Snapshot
from .importers import ParsedSpeaker
from .models import Speaker, SpeakerAlias, unique_slugs


def fold(name: str) -> str:
    """A name as compared: NFKC, straight apostrophes, single spaces, case-blind."""
    name = unicodedata.normalize("NFKC", name).replace("’", "'")
    return re.sub(r"\s+", " ", name).strip().casefold()


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)*")
_LOOKUP_CHUNK = 500  # names per query: well under SQLite's limit on parameters


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _LOOKUP_CHUNK):
        yield items[i : i + _LOOKUP_CHUNK]


def _speakers_named(lowered: list[str]) -> tuple[str, list]:
    """SQL for the speakers whose lower-cased name or alias is one of ``lowered``,
    one row for each alias (a LEFT JOIN, so that the aliases come in the same query).

    Written out rather than built by the ORM: the queryset cost ten times the
    query itself, on every import. On PostgreSQL the names go as one array: an
    IN list costs a placeholder for each of the hundreds of names an article has.
    """
    speaker, alias = Speaker._meta.db_table, SpeakerAlias._meta.db_table
    columns = ", ".join(f"s.{f.column}" for f in Speaker._meta.concrete_fields)
    if connection.vendor == "postgresql":
        among, params = "= ANY(%s)", [lowered, lowered]
    else:
        among, params = "IN ({})".format(", ".join(["%s"] * len(lowered))), lowered * 2
    return (
        f"SELECT {columns}, a.name AS alias_name FROM {speaker} s "
        f"LEFT JOIN {alias} a ON a.speaker_id = s.id "
        f"WHERE LOWER(s.name) {among} "
        f"OR s.id IN (SELECT speaker_id FROM {alias} WHERE LOWER(name) {among}) "
        "ORDER BY s.id, a.name"
    ), params


class SpeakerDirectory:
    """The speakers already in the database that a text may mention, read at once.

    Each capitalised word of the text, and each run of two to four of them, is a
    name the text can use; the directory holds the speakers with such a name or
    alias. The parser resolves short names ("Zuckerberg") against them, and
    the rest of the database would only slow it and offer it wrong matches.
    For those names the directory's answer is final, so the import resolves
    them without another query; other names are looked up when asked for.
    """

    def __init__(self, text: str):
        candidates: set[str] = set()
        for match in _NAME_RUN.finditer(text):
            run = [w.rstrip(".").lower() for w in match.group().split()]
            for n in range(1, 5):  # "Zuckerberg", "Mark Zuckerberg", "Sir Keir Starmer", …
                candidates.update(" ".join(run[i : i + n]) for i in range(len(run) - n + 1))
        self._read = candidates
        self._index: dict[str, Speaker] = {}
        self._speakers: list[Speaker] = []
        self._aliases: dict[int, list[str]] = {}  # alias names by speaker id
        self._load(sorted(candidates))

    def _load(self, lowered: list[str]) -> None:
        found: dict[int, Speaker] = {}
        aliases: dict[int, list[str]] = {}
        for chunk in _chunks(lowered):
            for speaker in Speaker.objects.raw(*_speakers_named(chunk)):
                found.setdefault(speaker.pk, speaker)
                aliases.setdefault(speaker.pk, [])
                if speaker.alias_name is not None:
                    aliases[speaker.pk].append(speaker.alias_name)
        fresh = [found[pk] for pk in sorted(found)]
        self._speakers += fresh
        self._aliases.update(aliases)
        # A person's own name wins over another person's alias.
        for speaker in fresh:
            self._index.setdefault(fold(speaker.name), speaker)
        for speaker in fresh:
            for alias in aliases[speaker.pk]:
                self._index.setdefault(fold(alias), speaker)

    def parsed_speakers(self) -> list[ParsedSpeaker]:
        return [
            ParsedSpeaker(name=s.name, role=s.title or None, aliases=list(self._aliases[s.pk]))
            for s in self._speakers
        ]

    def find(self, names: Iterable[str], *, again: bool = False) -> dict[str, Speaker]:
        """Speakers by the folded form of each name that is someone's name or alias.

        ``again`` reads the names not found before once more: another import may
        have created them since.
        """
        names = list(names)
        unread = {n.lower() for n in names if fold(n) not in self._index}
        unread = sorted(unread if again else unread - self._read)
        if unread:
            self._read.update(unread)
            self._load(unread)
        return {fold(n): self._index[fold(n)] for n in names if fold(n) in self._index}


class SpeakerResolver:
    """Finds or creates Speakers by name or alias within one import.

    ``prefetch`` looks every name up at once and creates the people not known
    yet in one insert; ``resolve`` then answers from what it found.
    """

    def __init__(self, directory: SpeakerDirectory, counts: Counter, snapshot: Snapshot):
        self.directory = directory
        self.counts = counts
        self.snapshot = snapshot
        self._cache: dict[str, Speaker | None] = {}

    def prefetch(self, names: Iterable[tuple[str | None, str | None]]) -> None:
        """Look up (name, role) pairs; create the named people not in the database."""
        wanted: dict[str, tuple[str, str | None]] = {}
        for name, role in names:
            name = re.sub(r"\s+", " ", name or "").strip()
            key = fold(name)
            if not name or not looks_like_name(name) or key in self._cache:
                continue
            if key not in wanted or (role and not wanted[key][1]):
                wanted[key] = (name, role)
        if not wanted:
            return
        found = self.directory.find([name for name, _ in wanted.values()])
        missing = [name for key, (name, _) in wanted.items() if key not in found]
        surnames = [n.split()[-1] for n in missing]  # may become aliases (_create)
        # Another import may be creating the same people: wait for it, then look again.
        if missing and locks.hold("speaker", map(fold, missing + surnames)):
            self.directory.find(missing + surnames, again=True)
            found = self.directory.find([name for name, _ in wanted.values()])
        new = []
        for key, (name, role) in wanted.items():
            speaker = found.get(key)
            if speaker is None:
                speaker = Speaker(name=name)
                apply_role(speaker, role)
                new.append(speaker)
            elif role and not (speaker.role or speaker.organisation):
                if "role" not in speaker.edited_fields and apply_role(speaker, role):
                    speaker.save(update_fields=["role", "organisation", "updated_at"])
                    self.snapshot.add(speaker)
                    self.counts["speakers updated"] += 1
            self._cache[key] = speaker
        if new:
            self._create(new)

    def resolve(self, name: str | None) -> Speaker | None:
        """The Speaker a name refers to; None for no name or a description ("the founder")."""
        if not name or not name.strip():
            return None
        key = fold(name)
        if key not in self._cache:
            self.prefetch([(name, None)])
        return self._cache.get(key)

    def _create(self, speakers: list[Speaker]) -> None:
        for speaker, slug in zip(
            speakers, unique_slugs(Speaker, [s.name for s in speakers]), strict=True
        ):
            speaker.slug = slug
        Speaker.objects.bulk_create(speakers)
        self.snapshot.add(*speakers, created=True)
        self.counts["speakers created"] += len(speakers)
        # A surname becomes an alias, so that later articles resolve "Huang" alone;
        # not when another person already goes by it, which would resolve wrongly.
        surnames = [(s, s.name.split()[-1]) for s in speakers if len(s.name.split()) > 1]
        shared = Counter(fold(n) for _, n in surnames)
        taken = set(self.directory.find([n for _, n in surnames]))  # folded names in use
        aliases = [
            SpeakerAlias(speaker=s, name=surname)
            for s, surname in surnames
            if shared[fold(surname)] == 1 and fold(surname) not in taken
        ]
        SpeakerAlias.objects.bulk_create(aliases)
        self.snapshot.add(*aliases, created=True)


def looks_like_name(label: str) -> bool:
    # "he", "the founder", "a spokesperson" describe someone; they are not a person's name.
    first = label.split()[0]
    return first[:1].isupper() and first.casefold() not in {"he", "she", "they", "the", "a", "an"}


_ROLE_SPLIT = re.compile(r"^(?P<role>.+?)\s+(?:of|at)\s+(?P<org>[A-Z].*)$")


def apply_role(speaker: Speaker, role: str | None) -> bool:
    """Split "CEO of Meta" into role and organisation; True when anything changed."""
    if not role:
        return False
    match = _ROLE_SPLIT.match(role.strip())
    new_role, new_org = (match["role"], match["org"]) if match else (role.strip(), "")
    changed = (speaker.role, speaker.organisation) != (new_role[:200], new_org[:200])
    speaker.role, speaker.organisation = new_role[:200], new_org[:200]
    return changed
