"""Feeds, sitemap and robots.txt: published interviews only."""

import pytest
from django.utils import timezone

from interviews.models import Status

from .factories import (
    InterviewFactory,
    ParticipantFactory,
    QuoteFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    speaker = SpeakerFactory(slug="mark", name="Mark")
    topic = TopicFactory(slug="ai", name="AI")
    public = InterviewFactory(title="Public talk", slug="public", published_at=timezone.now())
    draft = InterviewFactory(title="Draft talk", slug="draft", status=Status.DRAFT)
    for interview in (public, draft):
        ParticipantFactory(interview=interview, speaker=speaker)
        interview.topics.add(topic)
        QuoteFactory(interview=interview)
    return public, draft


@pytest.mark.parametrize(
    "url,marker",
    [
        ("/feeds/interviews.rss", "<rss"),
        ("/feeds/interviews.atom", "<feed"),
        ("/speakers/mark/feed.rss", "<rss"),
        ("/speakers/mark/feed.atom", "<feed"),
        ("/topics/ai/feed.rss", "<rss"),
        ("/topics/ai/feed.atom", "<feed"),
    ],
)
def test_feeds_list_published_interviews_only(
    client, content, url, marker, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert marker in body
    assert "Public talk" in body and "http://testserver/interviews/public/" in body
    assert "Draft talk" not in body


def test_feed_of_unknown_speaker_is_404(client, db):
    assert client.get("/speakers/nobody/feed.rss").status_code == 404


def test_sitemap_lists_public_pages_only(client, content):
    public, draft = content
    body = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/interviews/public/" in body
    assert "/interviews/draft/" not in body
    assert f"/quotes/{public.quotes.get().pk}/" in body
    assert f"/quotes/{draft.quotes.get().pk}/" not in body
    assert "/speakers/mark/" in body and "/topics/ai/" in body


def test_sitemap_leaves_out_speakers_and_topics_of_drafts_only(client, db):
    draft = InterviewFactory(status=Status.DRAFT)
    ParticipantFactory(interview=draft, speaker=SpeakerFactory(slug="secret-person"))
    draft.topics.add(TopicFactory(slug="secret-topic"))
    body = client.get("/sitemap.xml").content.decode()
    assert "secret-person" not in body and "secret-topic" not in body


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_pages_link_their_feeds(client, content):
    html = client.get("/speakers/mark/").content.decode()
    assert 'type="application/atom+xml"' in html and "/speakers/mark/feed.atom" in html
