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
    ("AR", "VR"), since in lower case they are ordinary words. Each topic is
    one compiled pattern, so a text costs one search per topic.
    """

    def __init__(self, vocabulary: Mapping[str, Iterable[str]]):
        self._patterns: list[tuple[str, list[re.Pattern[str]]]] = []
        for name, keywords in vocabulary.items():
            terms = {t.strip() for t in (name, *keywords) if t.strip()}
            short = [_term_pattern(t) for t in sorted(terms) if len(t) <= 3]
            long = [_term_pattern(t) for t in sorted(terms) if len(t) > 3]
            patterns = []
            if short:
                patterns.append(re.compile("|".join(short)))
            if long:
                patterns.append(re.compile("|".join(long), re.IGNORECASE))
            self._patterns.append((name, patterns))

    def suggest(self, text: str, among: Iterable[str] | None = None) -> list[str]:
        """The topics ``text`` mentions; only those in ``among`` when it is given."""
        allowed = None if among is None else set(among)
        return [
            name
            for name, patterns in self._patterns
            if (allowed is None or name in allowed) and any(p.search(text) for p in patterns)
        ]
