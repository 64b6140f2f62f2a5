"""Who an import is about (interviews/speakers.py)."""

import pytest

from interviews.importers import ParsedSpeaker
from interviews.models import SpeakerAlias
from interviews.speakers import SpeakerDirectory

from .factories import SpeakerFactory

pytestmark = pytest.mark.django_db

TEXT = "Mark Zuckerberg met Huang and ZUCK at the summit; Nobody Here spoke.\n"


def test_the_directory_reads_the_speakers_a_text_names_with_their_aliases_in_one_query(
    django_assert_num_queries,
):
    mark = SpeakerFactory(name="Mark Zuckerberg", role="CEO", organisation="Meta")
    for alias in ("Zuckerberg", "Zuck", "Marky"):
        SpeakerAlias.objects.create(speaker=mark, name=alias)
    jensen = SpeakerFactory(name="Jensen Huang", role="", organisation="")
    SpeakerAlias.objects.create(speaker=jensen, name="Huang")
    huang = SpeakerFactory(name="Huang", role="", organisation="")
    lisa = SpeakerFactory(name="Lisa Tremayne")  # not in the text

    with django_assert_num_queries(1):
        directory = SpeakerDirectory(TEXT)
    assert {s.name: s.aliases for s in directory.parsed_speakers()} == {
        "Mark Zuckerberg": ["Marky", "Zuck", "Zuckerberg"],
        "Jensen Huang": ["Huang"],
        "Huang": [],
    }
    assert directory.parsed_speakers()[0] == ParsedSpeaker(
        name="Mark Zuckerberg", role="CEO of Meta", aliases=["Marky", "Zuck", "Zuckerberg"]
    )
    with django_assert_num_queries(0):
        found = directory.find(["zuck", "Huang", "Mark Zuckerberg", "Nobody Here"])
    # A person's own name wins over another person's alias.
    assert {name: s.pk for name, s in found.items()} == {
        "zuck": mark.pk,
        "huang": huang.pk,
        "mark zuckerberg": mark.pk,
    }
    # Rows come back as the ORM reads them: JSON and dates as Python values.
    assert found["zuck"].edited_fields == []
    assert found["zuck"].created_at == mark.created_at
    # A name the text does not hold is looked up when asked for.
    with django_assert_num_queries(1):
        assert directory.find(["Lisa Tremayne"])["lisa tremayne"].pk == lisa.pk
