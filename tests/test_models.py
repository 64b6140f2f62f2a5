import pytest
from django.db import IntegrityError, transaction

from interviews.models import Interview, Quote, Speaker, Status

from .factories import CommentaryFactory, InterviewFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "field", "value"),
    [
        (InterviewFactory, "status", "live"),
        (InterviewFactory, "format", "radio"),
        (QuoteFactory, "kind", "rumour"),
        (CommentaryFactory, "kind", "opinion"),
        (CommentaryFactory, "status", "maybe"),
    ],
)
def test_database_refuses_values_outside_the_fixed_choices(factory, field, value):
    obj = factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        type(obj).objects.filter(pk=obj.pk).update(**{field: value})


def test_fixed_values_are_stored_as_designed():
    from interviews import models

    assert models.Status.values == ["draft", "review", "published", "archived"]
    assert models.Format.values == ["podcast", "video", "on-stage", "print", "broadcast"]
    assert models.QuoteKind.values == ["direct", "paraphrase", "written"]
    assert models.CommentaryKind.values == [
        "critique", "comparison", "context", "insight", "fact-check",
    ]  # fmt: skip
    assert models.Role.values == ["subject", "interviewer", "host", "guest"]


def test_quote_position_is_unique_within_its_interview():
    quote = QuoteFactory(position=10)
    QuoteFactory(position=10)  # another interview may use the same position
    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteFactory(interview=quote.interview, position=10)


def test_slugs_are_unique():
    SpeakerFactory(slug="ana-ruiz")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerFactory(slug="ana-ruiz")


def test_only_published_interviews_are_public():
    published = InterviewFactory(status=Status.PUBLISHED)
    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        InterviewFactory(status=status)
    assert list(Interview.objects.published()) == [published]
    assert Quote.objects.published().count() == 0
    QuoteFactory(interview=published)
    QuoteFactory(interview=InterviewFactory(status=Status.DRAFT))
    assert Quote.objects.published().get().interview == published


def test_natural_keys():
    speaker = SpeakerFactory(slug="jensen-huang")
    assert Speaker.objects.get_by_natural_key(*speaker.natural_key()) == speaker
    interview = InterviewFactory(slug="siggraph")
    assert Interview.objects.get_by_natural_key("siggraph") == interview


def test_speaker_title_reads_like_a_byline():
    assert SpeakerFactory.build(role="CEO", organisation="Meta").title == "CEO of Meta"
    assert SpeakerFactory.build(role="Novelist", organisation="").title == "Novelist"
