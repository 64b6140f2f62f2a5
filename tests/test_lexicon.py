"""Word-level helpers of the parser (interviews/importers/lexicon.py)."""

import re

import pytest

from interviews.importers.lexicon import preceded

TITLE = re.compile(r"(?:Ms|Mr|Dr)\.?\s+$")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mabuza spoke first. Later Ms Mabuza said no.", True),
        ("Ms  Mabuza", True),
        ("Mabuza and Mr Mabuzani", False),  # not the whole word
        ("Mr Mabuza_", False),
        ("Mabuza, Mabuza, Mabuza", False),
        ("Dr. Mabuza.", True),
        ("", False),
    ],
)
def test_preceded_finds_a_whole_word_after_the_pattern(text, found):
    assert preceded("Mabuza", text, TITLE) is found


def test_preceded_looks_only_within_its_window():
    assert not preceded("Mabuza", "Ms" + " " * 50 + "Mabuza", TITLE, window=40)
    assert preceded("Mabuza", "Ms" + " " * 30 + "Mabuza", TITLE, window=40)
