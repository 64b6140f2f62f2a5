"""Topic suggestions: which words of the vocabulary a text mentions."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"[\w-]")


def _lower(text: str) -> str:
    """Lower case, character for character: the few letters that grow in lower
    case ("İ") stay as they are, so that positions in it are positions in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class _Term:
    topic: str
    pattern: re.Pattern[str]  # matched against the text, or its lower case
    cased: bool  # matched as written, not in lower case


class TopicMatcher:
    """Matches texts against a vocabulary of topic names and their keywords.

    A term matches whole words only, so that "AR" does not match inside
    "market", and any run of spaces or hyphens between its words matches, so
    "open source" is "open-source". Names and keywords of three letters or
    fewer match case-sensitively ("AR", "VR"), since in lower case they are
    ordinary words; longer ones match in any case.

    The text is read once: its words are looked up in an index of the terms'
    first words, and only the terms whose first word occurs are searched for,
    each by a pattern that starts with a literal word (which ``re`` finds fast).
    """

    def __init__(self, vocabulary: Mapping[str, Iterable[str]]):
        self._topics = list(vocabulary)
        self._by_first_word: dict[tuple[bool, str], list[_Term]] = {}
        for name, keywords in vocabulary.items():
            for term in sorted({t.strip() for t in (name, *keywords) if t.strip()}):
                cased = len(term) <= 3
                written = term if cased else _lower(term)
                first = _WORD.search(written)
                if first is None:
                    continue  # no word to find it by, as "++"
                pattern = re.compile(
                    r"[\s-]+".join(re.escape(w) for w in written.split()) + r"(?![\w-])"
                )
                self._by_first_word.setdefault((cased, first.group()), []).append(
                    _Term(topic=name, pattern=pattern, cased=cased)
                )

    def suggest(self, text: str) -> list[str]:
        """The topics ``text`` mentions, in the vocabulary's order."""
        found = {topic for _, _, topic in self._matches(text)}
        return [name for name in self._topics if name in found]

    def suggest_each(self, parts: Sequence[str]) -> tuple[list[str], list[set[str]]]:
        """The topics the parts mention together, and those each part mentions.

        The parts are read as one text joined by spaces, so that the whole
        costs one reading; a term must lie within a part to count for it.
        """
        text = " ".join(parts)
        starts, position = [], 0
        for part in parts:
            starts.append(position)
            position += len(part) + 1
        each: list[set[str]] = [set() for _ in parts]
        found = set()
        for start, end, topic in self._matches(text):
            found.add(topic)
            i = bisect_right(starts, start) - 1
            if end <= starts[i] + len(parts[i]):
                each[i].add(topic)
        return [name for name in self._topics if name in found], each

    def _matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        lowered = _lower(text)
        words = set(_WORD.findall(text))
        keys = [(True, w) for w in words]
        keys += [(False, w) for w in {_lower(w) for w in words}]
        for key in keys:
            for term in self._by_first_word.get(key, ()):
                haystack = text if term.cased else lowered
                for match in term.pattern.finditer(haystack):
                    start = match.start()
                    if start and _WORD_CHAR.match(haystack, start - 1):
                        continue  # inside a word, as "AR" in "bAR"
                    yield start, match.end(), term.topic
