"""End to end: the real command over the real seeds/ folder."""

import io
import json
import tomllib

import pytest
from django.core.management import call_command
from django.db import connection

from interviews.models import (
    Commentary,
    Interview,
    Participant,
    Quote,
    Section,
    SourceDocument,
    Speaker,
    SpeakerAlias,
    StatusChange,
    Topic,
)

from .conftest import FIXTURES

pytestmark = pytest.mark.django_db(transaction=False)

MODELS = [
    Interview, Speaker, SpeakerAlias, Participant, SourceDocument, Section, Quote, Commentary,
    Topic, StatusChange,
]  # fmt: skip


def table_state():
    """Every row of every domain table, as the database holds it (ids included)."""
    state = {}
    with connection.cursor() as cursor:
        for model in [*MODELS, Interview.topics.through, Quote.topics.through]:
            table = model._meta.db_table
            cursor.execute(f"SELECT * FROM {table} ORDER BY 1")
            state[table] = cursor.fetchall()
    return state


def load(*args):
    out = io.StringIO()
    call_command("load_seeds", *args, stdout=out)
    return out.getvalue()


def test_load_seeds_creates_three_interviews_from_four_files():
    output = load()
    assert Interview.objects.count() == 3
    assert SourceDocument.objects.count() == 4
    assert set(Interview.objects.values_list("status", flat=True)) == {"draft"}
    podcast = Interview.objects.get(slug="zuckerberg-podcast-llama-4")
    assert [s.name for s in podcast.sources.all()] == [
        "002_72e05579eae79d39.txt",
        "003_957de1030a8ac6e3.txt",
    ]
    # One summary line per file.
    assert sum(".txt: created" in line for line in output.splitlines()) == 4


def test_seed_quotes_are_attributed_as_the_editor_read_them():
    load()
    expected = tomllib.loads((FIXTURES / "seeds_expected.toml").read_text())
    for article in expected["article"]:
        source = SourceDocument.objects.get(name=article["file"])
        direct = {
            q.text: q.speaker.name if q.speaker else None
            for q in source.quotes.filter(kind="direct").select_related("speaker")
        }
        for quote in article.get("quotes", []):
            assert direct.get(quote["text"]) == quote["speaker"], quote["text"][:60]
        assert len(direct) == len(article.get("quotes", []))
    siggraph = Interview.objects.get(slug="zuckerberg-huang-siggraph-2024")
    assert siggraph.quotes.filter(kind="direct").count() == 7
    assert siggraph.quotes.filter(speaker__name="Jensen Huang", kind="direct").count() == 1
    # "Zuckerberg" and "Mark Zuckerberg" are one speaker.
    assert Speaker.objects.filter(name__icontains="Zuckerberg").count() == 1


def test_the_second_write_up_follows_the_first():
    load()
    podcast = Interview.objects.get(slug="zuckerberg-podcast-llama-4")
    first, second = podcast.sources.all()
    last_of_first = first.quotes.order_by("-position").first().position
    assert second.quotes.order_by("position").first().position > last_of_first
    assert second.sections.order_by("position").first().position > max(
        [s.position for s in first.sections.all()], default=0
    )


def test_no_furniture_in_imported_text():
    load()
    expected = tomllib.loads((FIXTURES / "seeds_expected.toml").read_text())
    texts = list(Quote.objects.values_list("text", flat=True))
    texts += list(Commentary.objects.values_list("body", flat=True))
    for article in expected["article"]:
        for furniture in article.get("boilerplate", []):
            assert not any(t.strip().endswith(furniture) for t in texts), furniture
    for scare in ("superintelligence", "Little Llama", "AI to rule them all"):
        assert not Quote.objects.filter(kind="direct", text__iexact=scare).exists()


def test_load_seeds_twice_changes_nothing():
    from reversion.models import Revision

    load("--publish")
    before = table_state()
    revisions = Revision.objects.count()
    output = load("--publish")
    assert table_state() == before
    assert Revision.objects.count() == revisions
    assert all(": unchanged" in line for line in output.splitlines()[:-1])


def test_publish_flag_publishes_and_records_who_and_when():
    load("--publish")
    assert set(Interview.objects.values_list("status", flat=True)) == {"published"}
    assert all(i.published_at for i in Interview.objects.all())
    assert StatusChange.objects.filter(to_status="published").count() == 3


def content_snapshot():
    """The content, by natural keys rather than ids."""
    return {
        "interviews": sorted(
            (i.slug, i.title, i.status, i.format, i.event, i.outlet, str(i.date),
             sorted(t.name for t in i.topics.all()))
            for i in Interview.objects.all()
        ),
        "speakers": sorted(
            (s.slug, s.name, s.role, s.organisation, sorted(a.name for a in s.aliases.all()))
            for s in Speaker.objects.all()
        ),
        "participants": sorted(
            (p.interview.slug, p.speaker.slug, p.role) for p in Participant.objects.all()
        ),
        "quotes": sorted(
            (q.interview.slug, q.position, q.text, q.kind, q.speaker and q.speaker.slug,
             q.section and q.section.heading, q.source.name, sorted(t.name for t in q.topics.all()))
            for q in Quote.objects.all()
        ),
        "commentary": sorted(
            (c.interview.slug, c.position, c.body, c.kind, c.quote and c.quote.position)
            for c in Commentary.objects.all()
        ),
        "topics": sorted((t.name, t.slug, t.keywords) for t in Topic.objects.all()),
    }  # fmt: skip


def test_dump_and_load_into_an_empty_database_gives_back_the_same_content(tmp_path):
    load("--publish")
    before = content_snapshot()
    dump = tmp_path / "dump.json"
    call_command(
        "dumpdata", "interviews", "--natural-foreign", "--natural-primary",
        "-o", str(dump),
    )  # fmt: skip
    assert json.loads(dump.read_text())
    for model in reversed(MODELS):
        model.objects.all().delete()
    assert content_snapshot()["quotes"] == []
    call_command("loaddata", str(dump), verbosity=0)
    assert content_snapshot() == before
