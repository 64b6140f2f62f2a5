"""Topic suggestions: which words of the vocabulary a text mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def _term_pattern(term: str) -> str:
    # Whole words only, so that "AR" does not match inside "market"; any run of
    # spaces or hyphens between words, so "open-source" is "open source".
    return r"(?<![\w-])" + r"[\s-]+".join(re.escape(w) for w in term.split()) + r"(?![\w-])"


class TopicMatcher:
    """Matches texts against a vocabulary of topic names and their keywords.

    Names and keywords of three letters or fewer match case-sensitively
    ("AR", "VR"), since in lower case they are ordinary words. A topic's
    pattern runs only when the first word of one of its terms occurs in the
    text at all, which a plain substring test finds far faster than a regex.
    """

    def __init__(self, vocabulary: Mapping[str, Iterable[str]]):
        self._topics: list[tuple[str, list[str], list[str], list[re.Pattern[str]]]] = []
        for name, keywords in vocabulary.items():
            terms = sorted({t.strip() for t in (name, *keywords) if t.strip()})
            short = [t for t in terms if len(t) <= 3]
            long = [t for t in terms if len(t) > 3]
            patterns = []
            if short:
                patterns.append(re.compile("|".join(map(_term_pattern, short))))
            if long:
                patterns.append(re.compile("|".join(map(_term_pattern, long)), re.IGNORECASE))
            needles = [t.split()[0].lower() for t in long]
            self._topics.append((name, short, needles, patterns))

    def suggest(self, text: str, among: Iterable[str] | None = None) -> list[str]:
        """The topics ``text`` mentions; only those in ``among`` when it is given."""
        allowed = None if among is None else set(among)
        lowered = text.lower()
        return [
            name
            for name, short, needles, patterns in self._topics
            if (allowed is None or name in allowed)
            and (any(t in text for t in short) or any(n in lowered for n in needles))
            and any(p.search(text) for p in patterns)
        ]
