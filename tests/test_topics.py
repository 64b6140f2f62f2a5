"""Topic suggestions from the vocabulary (interviews/importers/topics.py)."""

import pytest

from interviews.importers.topics import TopicMatcher

MATCHER = TopicMatcher(
    {
        "Open source AI": ["open source", "Llama"],
        "Mixed reality": ["AR", "VR", "smart glasses"],
        "Generative AI": ["AI-generated", "generative AI"],
        "Istanbul": ["İstanbul office"],
    }
)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("They will open-source the weights.", ["Open source AI"]),
        ("An open-sourced model.", []),
        ("An open \n source model.", ["Open source AI"]),
        ("OPEN SOURCE, he said.", ["Open source AI"]),
        ("Llama's licence", ["Open source AI"]),
        ("The market for glasses", []),  # "AR" inside "market"; "glasses" alone
        ("AR and VR headsets", ["Mixed reality"]),
        ("ar and vr in lower case are words", []),  # short terms match as written
        ("Smart Glasses sold out.", ["Mixed reality"]),
        ("smart glassesware", []),
        ("non-AR devices", []),  # a hyphen before the term joins it to a word
        ("AI-generated images", ["Generative AI"]),
        ("Generative AI and open source", ["Open source AI", "Generative AI"]),
        ("Our İstanbul office opened.", ["Istanbul"]),
        ("", []),
    ],
)
def test_suggest(text, topics):
    assert MATCHER.suggest(text) == topics


def test_each_part_gets_the_topics_within_it():
    parts = ["Title about Llama", "We use AR daily.", "Nothing here.", "open", "source"]
    together, each = MATCHER.suggest_each(parts)
    assert together == ["Open source AI", "Mixed reality"]
    # "open" and "source" meet only across two parts: the whole mentions the
    # topic, neither part does.
    assert each == [{"Open source AI"}, {"Mixed reality"}, set(), set(), set()]


def test_a_letter_that_changes_length_in_lower_case_keeps_positions():
    parts = ["İİİ İstanbul office", "smart glasses"]
    together, each = MATCHER.suggest_each(parts)
    assert each == [{"Istanbul"}, {"Mixed reality"}]
