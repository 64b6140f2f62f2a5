"""Topic suggestions: which words of the vocabulary a text mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def _pattern(term: str) -> re.Pattern[str]:
    # Whole words only, so that "AR" does not match inside "market".
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.IGNORECASE)


class TopicMatcher:
    """Matches texts against a vocabulary of topic names and their keywords.

    Names and keywords of three letters or fewer match case-sensitively
    ("AR", "VR"), since in lower case they are ordinary words.
    """

    def __init__(self, vocabulary: Mapping[str, Iterable[str]]):
        self._patterns: list[tuple[str, list[re.Pattern[str]]]] = []
        for name, keywords in vocabulary.items():
            terms = {name, *keywords}
            patterns = []
            for term in terms:
                term = term.strip()
                if not term:
                    continue
                if len(term) <= 3:
                    patterns.append(re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])"))
                else:
                    patterns.append(_pattern(term))
            self._patterns.append((name, patterns))

    def suggest(self, text: str) -> list[str]:
        return [name for name, pats in self._patterns if any(p.search(text) for p in pats)]
