"""search_queryset() and the search page, on SQLite (contains) and PostgreSQL (full text)."""

import pytest
from django.db import connection

from interviews.models import Commentary, Interview, Quote, Status
from interviews.search import RANK_LIMIT, parse_query, search_queryset

from .factories import (
    CommentaryFactory,
    InterviewFactory,
    QuoteFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL"
)


def test_parse_query_reads_web_search_syntax():
    parsed = parse_query('"open source" llama -closed or meta')
    assert parsed.phrases == ["open source"]
    assert parsed.words == ["llama", "meta"]
    assert parsed.excluded == ["closed"]
    assert not parse_query("   ")


def test_empty_query_matches_nothing():
    QuoteFactory(text="Anything at all")
    assert list(search_queryset(Quote.objects.all(), "  ")) == []


def test_finds_quotes_commentary_and_interviews():
    quote = QuoteFactory(text="We believe open models will win", interview__title="Llama talk")
    QuoteFactory(text="Something else entirely", interview=quote.interview)
    note = CommentaryFactory(quote=quote, body="Models are not open if the licence limits use")
    assert list(search_queryset(Quote.objects.all(), "models")) == [quote]
    assert list(search_queryset(Commentary.objects.all(), "licence")) == [note]
    assert list(search_queryset(Interview.objects.all(), "llama")) == [quote.interview]


def test_phrase_and_exclusion():
    a = QuoteFactory(text="The open source community builds on Llama")
    b = QuoteFactory(text="Open weights are not open source, critics say")
    QuoteFactory(text="Source code is open to all")
    assert set(search_queryset(Quote.objects.all(), '"open source"')) == {a, b}
    assert list(search_queryset(Quote.objects.all(), '"open source" -critics')) == [a]


def test_keeps_the_queryset_filters():
    QuoteFactory(text="Secret plans", interview__status=Status.DRAFT)
    public = QuoteFactory(text="Public plans")
    assert list(search_queryset(Quote.objects.published(), "plans")) == [public]


def test_rejects_unknown_models():
    with pytest.raises(ValueError):
        search_queryset(TopicFactory._meta.model.objects.all(), "x")


@postgres_only
def test_postgres_ranks_and_stems():
    weak = QuoteFactory(text="A prediction about the market, and many other things besides")
    strong = QuoteFactory(text="Predictions, predictions: he predicts AI predictions")
    results = list(search_queryset(Quote.objects.all(), "predictions"))
    assert results == [strong, weak]
    assert results[0].rank >= results[1].rank


@postgres_only
def test_postgres_vector_is_kept_by_the_database():
    quote = QuoteFactory(text="Nothing here")
    assert not search_queryset(Quote.objects.all(), "giraffe").exists()
    quote.text = "A giraffe appears"
    quote.save()
    assert list(search_queryset(Quote.objects.all(), "giraffe")) == [quote]


@postgres_only
def test_postgres_ranking_is_bounded(monkeypatch):
    import interviews.search as search

    monkeypatch.setattr(search, "RANK_LIMIT", 5)
    QuoteFactory.create_batch(8, text="common word everywhere")
    assert search_queryset(Quote.objects.all(), "common").count() == 5
    sql = str(search_queryset(Quote.objects.all(), "common").query)
    assert "LIMIT 5" in sql and "@@" in sql
    assert RANK_LIMIT >= 100


# --- The page ----------------------------------------------------------


def test_search_page_highlights_matches(client):
    quote = QuoteFactory(text="We are building open platforms for everyone")
    CommentaryFactory(quote=quote, body="Platforms are only open on paper")
    html = client.get("/search/?q=platforms").content.decode()
    assert "<mark>platforms</mark>" in html
    assert "<mark>Platforms</mark>" in html
    assert f"/quotes/{quote.pk}/" in html


def test_search_page_escapes_text(client):
    QuoteFactory(text="Tags like <b>bold</b> stay text")
    html = client.get("/search/?q=bold").content.decode()
    assert "<b>" not in html.split("<main")[1]


def test_search_page_filters(client, django_assert_max_num_queries):
    mark = SpeakerFactory(slug="mark")
    topic = TopicFactory(slug="ai")
    tagged = QuoteFactory(speaker=mark, text="agents will help", kind="direct")
    tagged.topics.add(topic)
    QuoteFactory(text="agents are coming", kind="paraphrase")
    CommentaryFactory(quote=tagged, body="agents hype", kind="fact-check")
    with django_assert_max_num_queries(6):
        response = client.get("/search/?q=agents&speaker=mark")
    assert response.context["quote_results"] == [tagged]
    assert client.get("/search/?q=agents&topic=ai").context["quote_results"] == [tagged]
    by_kind = client.get("/search/?q=agents&kind=paraphrase").context
    assert [q.kind for q in by_kind["quote_results"]] == ["paraphrase"]
    assert by_kind["note_results"] == []
    fact = client.get("/search/?q=agents&kind=fact-check").context
    assert fact["quote_results"] == [] and len(fact["note_results"]) == 1


def test_search_never_shows_drafts(client):
    draft = InterviewFactory(status=Status.DRAFT, title="Zebra interview")
    CommentaryFactory(quote=QuoteFactory(interview=draft, text="zebra quote"), body="zebra note")
    context = client.get("/search/?q=zebra").context
    assert context["quote_results"] == []
    assert context["note_results"] == []
    assert context["interview_results"] == []
    assert context["total"] == 0


def test_works_on_the_querysets_the_api_builds():
    quote = QuoteFactory(text="Agents for every business")
    CommentaryFactory(quote=quote, body="Agents are oversold")
    quotes = Quote.objects.published().with_related().with_commentary_count()
    [found] = search_queryset(quotes, "agents")
    assert found == quote and found.commentary_count == 1
    notes = Commentary.objects.published().select_related("quote").prefetch_related("topics")
    assert search_queryset(notes, "oversold").count() == 1
    interviews = Interview.objects.published().with_related()
    assert search_queryset(interviews, "nothing-matches-this").count() == 0
