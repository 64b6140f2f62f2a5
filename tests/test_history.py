"""The import's revision, written in bulk (interviews/history.py)."""

from datetime import date

import pytest
import reversion
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reversion.models import Revision, Version

from interviews.models import Participant, Quote, Speaker, SpeakerAlias, Topic
from interviews.services import InterviewFacts, import_article

from .test_services import ARTICLE

pytestmark = pytest.mark.django_db


def article(statements: int, people: int = 3) -> str:
    parts = ["Three founders on the year ahead", "A round-up of what they told us."]
    for n in range(statements):
        person = f"Founder{n % people} Person{n % people}"
        parts.append(
            f'"We will ship the {n}th thing on time, whatever the market does," {person} said.'
        )
        parts.append(f"That is hard to square with the {n}th delay reported in the spring.")
    return "\n\n".join(parts) + "\n"


def test_an_import_is_one_revision_with_a_version_of_each_row():
    result = import_article(data=ARTICLE, name="ruiz.txt")
    assert Revision.objects.count() == 1
    revision = Revision.objects.get()
    assert revision.comment == "Imported ruiz.txt"
    interview = result.interview
    expected = {
        *(("quote", q.pk) for q in interview.quotes.all()),
        *(("commentary", c.pk) for c in interview.commentary.all()),
        *(("participant", p.pk) for p in interview.participants.all()),
        *(("section", s.pk) for s in interview.sections.all()),
        *(("speaker", s.pk) for s in Speaker.objects.all()),
        *(("speakeralias", a.pk) for a in SpeakerAlias.objects.all()),
        ("interview", interview.pk),
    }
    stored = {(v.content_type.model, int(v.object_id)) for v in revision.version_set.all()}
    assert stored == expected


def test_versions_hold_what_reversion_itself_would_store():
    import_article(data=ARTICLE, name="ruiz.txt")
    quote = Quote.objects.filter(kind="direct").first()
    ours = Version.objects.get_for_object(quote).get()
    with reversion.create_revision():
        reversion.add_to_revision(quote)
    theirs = Version.objects.get_for_object(quote).exclude(pk=ours.pk).get()
    assert ours.field_dict == theirs.field_dict
    assert ours.object_repr == theirs.object_repr
    assert ours.format == theirs.format == "json"


CAFE = (
    "Zoë Ångström on café culture\n\n"
    "Zoë Ångström, who runs Café Noël, sat down with us — über-relaxed.\n\n"
    "Mornings\n\n"
    "“We open at six, and the regulars’ orders are ready before they sit,” Zoë Ångström said.\n\n"
    "That is hard to square with the café’s own sign, which says seven.\n\n"
    "Ångström argued that good coffee needs patience.\n"
)


def test_every_version_is_stored_exactly_as_reversion_stores_it():
    import_article(data=CAFE, name="cafe.txt", facts=InterviewFacts(date=date(2024, 5, 1)))
    ours = list(Revision.objects.get().version_set.all())
    with reversion.create_revision():
        for version in ours:
            reversion.add_to_revision(version.object)
    theirs = {
        (v.content_type_id, v.object_id): v
        for v in Revision.objects.exclude(comment="Imported cafe.txt").get().version_set.all()
    }
    assert {v.content_type.model for v in ours} == {
        "interview", "participant", "section", "quote", "commentary", "speaker", "speakeralias",
    }  # fmt: skip
    assert len(theirs) == len(ours)
    for version in ours:
        their = theirs[version.content_type_id, version.object_id]
        assert version.serialized_data == their.serialized_data
        assert (version.object_repr, version.format, version.db) == (
            their.object_repr,
            their.format,
            their.db,
        )
    # Text is stored as written, as Django's JSON serializer writes it, not \u-escaped.
    assert any("regulars’ orders" in v.serialized_data for v in ours)


def test_reverting_the_import_restores_the_imported_text_and_keeps_participants():
    result = import_article(data=ARTICLE, name="ruiz.txt")
    quote = result.interview.quotes.filter(kind="direct").first()
    imported_text = quote.text
    quote.text = "Something an editor typed."
    quote.save()
    Version.objects.get_for_object(quote).last().revision.revert(delete=True)
    quote.refresh_from_db()
    assert quote.text == imported_text
    assert Participant.objects.filter(interview=result.interview).exists()


def test_an_import_costs_the_same_queries_however_long_the_article():
    Topic.objects.create(name="Shipping", slug="shipping", keywords="ship, delay")
    import_article(data=article(6), name="warm.txt")  # the people are known from now on

    def queries(statements: int, name: str) -> int:
        with CaptureQueriesContext(connection) as ctx:
            import_article(data=article(statements), name=name)
        return len(ctx.captured_queries)

    short, long = queries(3, "short.txt"), queries(60, "long.txt")
    assert short == long
    assert long <= 16
