"""An import's inserts (interviews/bulk.py): the rows as bulk_create would store them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from interviews import bulk
from interviews.models import Commentary, Quote, Section, TaggedQuote

from .factories import InterviewFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

TEXTS = [
    "“It’s done,” she said — naïve, perhaps; 100% sure.",
    'Back\\slash, "straight" quotes, a tab\tand a\nnew line',
    "Emoji 🎙️ and CJK 访谈 and a NUL-free control \x07 character",
    "",
]


def stored(model, pks):
    fields = [f.attname for f in model._meta.concrete_fields if f.attname != "id"]
    return [model.objects.values(*fields).get(pk=pk) for pk in pks]


def quotes(interview, speaker, section, marker):
    return [
        Quote(
            interview=interview,
            speaker=speaker if n % 2 else None,
            attribution="" if n % 2 else "a spokesperson",
            text=f"{marker} {text}",
            kind="paraphrase" if n == 1 else "direct",
            section=section,
            position=n + (100 if marker == "ours" else 0),
            import_key=f"{marker}{n}",
            is_featured=n == 2,
            edited_fields=["text", "speaker"] if n == 3 else [],
        )
        for n, text in enumerate(TEXTS)
    ]


def test_rows_are_stored_as_bulk_create_stores_them():
    interview = InterviewFactory()
    speaker = SpeakerFactory()
    section = Section.objects.create(interview=interview, heading="Ünïcode", position=1)
    ours = quotes(interview, speaker, section, "ours")
    theirs = quotes(interview, speaker, section, "theirs")
    bulk.insert(ours)
    Quote.objects.bulk_create(theirs)
    mine, reference = stored(Quote, [q.pk for q in ours]), stored(Quote, [q.pk for q in theirs])
    for row in (*mine, *reference):
        row.pop("created_at"), row.pop("updated_at")
        row["text"] = row["text"].split(" ", 1)[1]
        row["import_key"] = row["import_key"][-1]
        row["position"] %= 100
    assert mine == reference
    assert [r["text"] for r in mine] == TEXTS


def test_objects_get_their_keys_in_order_and_their_timestamps():
    interview = InterviewFactory()
    new = quotes(interview, SpeakerFactory(), None, "ours")
    with CaptureQueriesContext(connection) as queries:
        bulk.insert(new)
    assert len(queries) == 1
    for quote in new:
        assert not quote._state.adding
        row = Quote.objects.get(pk=quote.pk)
        assert row.import_key == quote.import_key
        assert row.created_at == quote.created_at is not None
        assert row.updated_at == quote.updated_at is not None


def test_a_foreign_key_assigned_before_its_object_was_saved_is_filled_in():
    interview = InterviewFactory()
    quote = Quote(interview=interview, text="First.", position=1, import_key="a")
    note = Commentary(interview=interview, quote=quote, body="A note.", position=1, import_key="b")
    bulk.insert([quote])
    bulk.insert([note])
    assert Commentary.objects.get(pk=note.pk).quote_id == quote.pk


def test_an_unsaved_related_object_is_refused_before_anything_is_written():
    interview = InterviewFactory()
    quote = Quote(interview=interview, text="Never saved.", position=1, import_key="a")
    note = Commentary(interview=interview, quote=quote, body="A note.", position=1, import_key="b")
    with pytest.raises(ValueError, match="quote"):
        bulk.insert([note])
    assert not Commentary.objects.exists()


def test_ignore_conflicts_skips_rows_that_exist():
    interview = InterviewFactory()
    quote = Quote.objects.create(interview=interview, text="Said.", position=1, import_key="a")
    economy, energy = TopicFactory(), TopicFactory()
    TaggedQuote.objects.create(content_object=quote, tag=economy)
    bulk.insert(
        [
            TaggedQuote(content_object=quote, tag=economy),
            TaggedQuote(content_object=quote, tag=energy),
        ],
        ignore_conflicts=True,
    )
    assert sorted(quote.topics.values_list("pk", flat=True)) == sorted([economy.pk, energy.pk])


def test_nothing_to_insert_sends_nothing():
    with CaptureQueriesContext(connection) as queries:
        bulk.insert([])
    assert len(queries) == 0
