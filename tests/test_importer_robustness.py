"""The parser never raises on damaged input: articles cut, spliced and sprinkled with quote
marks, labels, markup and bold markers, the way pasted pages arrive."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from interviews.importers import ParsedArticle, parse_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.*")) + sorted(
    (ROOT / "seeds").glob("*.txt")
)
DEBRIS = [
    '"', "“", "”", "'", "‘", "’", ":", "**", "\n\n", "\n", "> ", "# ", "— ", "[00:01:02] ",
    "Q: ", "A: ", "<p>", "</p>", "<blockquote>", "<footer>", "(", ")", "?", "he said",
    "By ", "@x", "\u200b", "\ufeff",
]  # fmt: skip


def _damaged(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 300))
        op = rng.random()
        if op < 0.4:
            text = text[:i] + rng.choice(DEBRIS) + text[i:]
        elif op < 0.7:
            text = text[:i] + text[j:]
        else:
            k = rng.randrange(len(text) + 1)
            text = text[:k] + text[i:j] + text[k:]
    return text


def test_damaged_articles_are_read_without_an_exception():
    texts = [p.read_text(encoding="utf-8-sig") for p in SOURCES if p.suffix != ".toml"]
    rng = random.Random(20261127)
    for _ in range(150):
        damaged = _damaged(rng.choice(texts), rng)
        try:
            parsed = parse_article(damaged)
        except Exception as exc:  # noqa: BLE001 - any exception is the failure
            pytest.fail(f"{exc!r} on input starting {damaged[:300]!r}")
        assert isinstance(parsed, ParsedArticle)


@pytest.mark.parametrize("rule", ["___", "* * *", "***", "---", "—", "~~~"])
def test_a_section_rule_near_the_end_of_an_article_is_read(rule):
    # "* * *" or "___" before the closing lines once raised IndexError in the author-bio
    # check, which strips rules' characters down to nothing
    art = parse_article(
        'Vale on robots\n\n"We are sorry," Orrin Vale said.\n\nSome text follows here.\n\n'
        f"{rule}\n\nSam Reed is a reporter at The Circuit.\n"
    )
    assert [q.text for q in art.quotes if q.kind == "direct"] == ["We are sorry,"]
