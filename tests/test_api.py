"""The REST API: what anyone reads, what editors write, what it costs."""

import pytest
from django.core.cache import cache
from django.utils.http import http_date
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from interviews.models import Commentary, DeletedImport, Interview, Quote, Status, StatusChange
from interviews.services import import_article

from .factories import (
    CommentaryFactory,
    InterviewFactory,
    ParticipantFactory,
    QuoteFactory,
    SectionFactory,
    SpeakerFactory,
    TopicFactory,
)
from .test_services import ARTICLE as RUIZ
from .test_services import CHANGED as RUIZ_CHANGED

LISTS = ["interviews", "quotes", "commentary", "speakers", "topics"]
SECRET = "zanzibarquokka"  # a word only the draft contains


@pytest.fixture(autouse=True)
def fresh_throttle():
    # Throttle history lives in the cache; one test's requests must not slow the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    return APIClient()


def token_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def world(db):
    """One published interview and one draft, each with a speaker of its own."""
    topic = TopicFactory(slug="privacy", name="Privacy")
    public = InterviewFactory(slug="public-talk", title="A public talk")
    public_speaker = SpeakerFactory(slug="public-person")
    ParticipantFactory(interview=public, speaker=public_speaker)
    public_quote = QuoteFactory(interview=public, speaker=public_speaker, text="Open is better.")
    public_quote.topics.add(topic)
    public.topics.add(topic)
    CommentaryFactory(quote=public_quote, body="Fair point.")
    hidden_note = CommentaryFactory(
        quote=public_quote, body=f"Unfinished {SECRET} note.", status="draft"
    )

    draft = InterviewFactory(
        slug="secret-draft", title=f"The {SECRET} draft", status=Status.DRAFT, outlet="Hidden"
    )
    draft_speaker = SpeakerFactory(slug="draft-only-person", name="Draft Only")
    ParticipantFactory(interview=draft, speaker=draft_speaker)
    draft_quote = QuoteFactory(interview=draft, speaker=draft_speaker, text=f"The {SECRET} plan.")
    draft_quote.topics.add(topic)
    draft.topics.add(topic)
    draft_note = CommentaryFactory(quote=draft_quote, body=f"About {SECRET}.")
    return {
        "topic": topic,
        "public": public,
        "public_quote": public_quote,
        "hidden_note": hidden_note,
        "draft": draft,
        "draft_speaker": draft_speaker,
        "draft_quote": draft_quote,
        "draft_note": draft_note,
    }


def get(client, url, **params):
    return client.get(url, params, HTTP_ACCEPT="application/json")


# --- drafts never leak ---------------------------------------------------------------


@pytest.mark.parametrize("resource", LISTS)
def test_lists_show_nothing_of_a_draft(api, world, resource):
    response = get(api, f"/api/v1/{resource}/", page_size=100)
    assert response.status_code == 200
    body = response.content.decode()
    assert SECRET not in body
    assert "secret-draft" not in body
    assert "draft-only-person" not in body
    assert f'"id":{world["draft_quote"].pk},' not in body
    assert f'"id":{world["draft_note"].pk},' not in body


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/interviews/secret-draft/",
        "/api/v1/speakers/draft-only-person/",
        "/api/v1/quotes/{draft_quote}/",
        "/api/v1/commentary/{draft_note}/",
        "/api/v1/commentary/{hidden_note}/",
    ],
)
def test_a_draft_is_a_404(api, world, url):
    url = url.format(**{k: getattr(v, "pk", None) for k, v in world.items()})
    assert get(api, url).status_code == 404


@pytest.mark.parametrize(
    "url, params",
    [
        ("quotes", {"interview": "secret-draft"}),
        ("quotes", {"speaker": "draft-only-person"}),
        ("quotes", {"search": SECRET}),
        ("quotes", {"topic": "privacy", "kind": "direct"}),
        ("commentary", {"interview": "secret-draft"}),
        ("commentary", {"search": SECRET}),
        ("commentary", {"status": "draft"}),
        ("commentary", {"quote": "{draft_quote}"}),
        ("interviews", {"status": "draft"}),
        ("interviews", {"search": SECRET}),
        ("interviews", {"speaker": "draft-only-person"}),
        ("interviews", {"topic": "privacy"}),
        ("speakers", {"search": "Draft Only"}),
    ],
)
def test_filters_and_search_never_reach_a_draft(api, world, url, params):
    params = {k: v.format(draft_quote=world["draft_quote"].pk) for k, v in params.items()}
    response = get(api, f"/api/v1/{url}/", **params)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert "secret-draft" not in response.content.decode()


def test_counts_leave_drafts_out(api, world):
    topic = get(api, "/api/v1/topics/privacy/").json()
    assert (topic["interview_count"], topic["quote_count"]) == (1, 1)
    interviews = get(api, "/api/v1/interviews/").json()
    assert interviews["count"] == 1
    # One published critique; the draft note beside the same quote is not counted.
    assert interviews["results"][0]["commentary_count"] == 1
    quote = get(api, f"/api/v1/quotes/{world['public_quote'].pk}/").json()
    assert quote["commentary_count"] == 1
    assert [c["body"] for c in quote["commentary"]] == ["Fair point."]
    speakers = get(api, "/api/v1/speakers/").json()
    assert speakers["count"] == 1


def test_staff_see_drafts(world, editor):
    client = token_client(editor)
    assert get(client, "/api/v1/interviews/secret-draft/").status_code == 200
    assert get(client, "/api/v1/interviews/").json()["count"] == 2
    drafts = get(client, "/api/v1/interviews/", status="draft").json()
    assert [i["slug"] for i in drafts["results"]] == ["secret-draft"]


# --- reading --------------------------------------------------------------------------


def test_interview_detail_is_whole(api, world):
    interview = world["public"]
    section = SectionFactory(interview=interview, heading="On openness", position=1)
    Quote.objects.filter(pk=world["public_quote"].pk).update(section=section)
    QuoteFactory(interview=interview, text="Before any heading.", position=1)
    CommentaryFactory(quote=None, interview=interview, body="Overall, thin.")

    body = get(api, "/api/v1/interviews/public-talk/").json()

    assert body["url"].endswith("/api/v1/interviews/public-talk/")
    assert body["html_url"].endswith("/interviews/public-talk/")
    assert [(p["speaker"]["slug"], p["role"]) for p in body["participants"]] == [
        ("public-person", "subject")
    ]
    assert [q["text"] for q in body["unsectioned_quotes"]] == ["Before any heading."]
    assert [s["heading"] for s in body["sections"]] == ["On openness"]
    statement = body["sections"][0]["quotes"][0]
    assert statement["speaker"]["slug"] == "public-person"
    assert statement["topics"] == ["privacy"]
    assert [c["body"] for c in statement["commentary"]] == ["Fair point."]
    assert [c["body"] for c in body["general_commentary"]] == ["Overall, thin."]
    assert body["topics"] == ["privacy"]


def test_every_object_links_to_itself_and_its_page(api, world):
    for resource in LISTS:
        for item in get(api, f"/api/v1/{resource}/").json()["results"]:
            assert item["url"].startswith("http://testserver/api/v1/")
            assert get(api, item["url"]).status_code == 200
            assert item["html_url"].startswith("http://testserver/")


def test_seeded_site_reads(api, seeded):
    interviews = get(api, "/api/v1/interviews/").json()
    assert interviews["count"] == 3
    detail = get(api, "/api/v1/interviews/zuckerberg-podcast-llama-4/").json()
    assert len(detail["sources"]) == 2
    statements = detail["unsectioned_quotes"] + [q for s in detail["sections"] for q in s["quotes"]]
    assert len(statements) == detail["statement_count"] > 0
    quotes = get(api, "/api/v1/quotes/", speaker="mark-zuckerberg", kind="direct").json()
    assert quotes["results"]
    assert {q["speaker"] for q in quotes["results"]} == {"mark-zuckerberg"}
    assert {q["kind"] for q in quotes["results"]} == {"direct"}
    found = get(api, "/api/v1/quotes/", search="open source").json()["results"]
    assert found


def test_filters(api, world):
    assert get(api, "/api/v1/quotes/", topic="privacy").json()["results"][0]["id"] == (
        world["public_quote"].pk
    )
    assert get(api, "/api/v1/quotes/", featured="true").json()["results"] == []
    assert len(get(api, "/api/v1/quotes/", featured="false").json()["results"]) == 1
    date = world["public"].date.isoformat()
    assert len(get(api, "/api/v1/quotes/", date_after=date, date_before=date).json()["results"])
    assert get(api, "/api/v1/interviews/", interview_format="podcast").json()["count"] == 1
    assert get(api, "/api/v1/interviews/", interview_format="video").json()["count"] == 0
    assert get(api, "/api/v1/interviews/", speaker="public-person").json()["count"] == 1
    notes = get(api, "/api/v1/commentary/", author="staff CRITIC").json()["results"]
    assert [n["body"] for n in notes] == ["Fair point."]
    assert get(api, "/api/v1/commentary/", kind="insight").json()["results"] == []


@pytest.mark.parametrize(
    "url, params, field",
    [
        ("quotes", {"kind": "shouted"}, "kind"),
        ("quotes", {"featured": "maybe"}, "featured"),
        ("quotes", {"date_after": "yesterday"}, "date"),
        ("quotes", {"ordering": "text"}, "ordering"),
        ("commentary", {"quote": "abc"}, "quote"),
        ("commentary", {"quote": "99999999999999999999999"}, "quote"),
        ("commentary", {"kind": "rant"}, "kind"),
        ("interviews", {"interview_format": "radio"}, "interview_format"),
        ("interviews", {"date_before": "2024-13-45"}, "date"),
        ("interviews", {"status": "secret"}, "status"),
        ("interviews", {"ordering": "-nonsense"}, "ordering"),
        ("speakers", {"ordering": "bio"}, "ordering"),
    ],
)
def test_bad_filter_value_is_a_400_naming_it(api, world, url, params, field):
    response = get(api, f"/api/v1/{url}/", **params)
    assert response.status_code == 400
    assert field in response.json()


def test_format_param_is_content_negotiation_not_a_filter(api, world):
    response = api.get("/api/v1/interviews/", {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")


def test_pagination(api, db):
    InterviewFactory.create_batch(3)
    page = get(api, "/api/v1/interviews/", page_size=2).json()
    assert (page["count"], len(page["results"])) == (3, 2)
    assert get(api, "/api/v1/interviews/", page_size=1000).status_code == 200
    interview = InterviewFactory()
    QuoteFactory.create_batch(5, interview=interview)
    first = get(api, "/api/v1/quotes/", page_size=2).json()
    assert "count" not in first and len(first["results"]) == 2
    second = api.get(first["next"], HTTP_ACCEPT="application/json").json()
    assert {q["id"] for q in first["results"]}.isdisjoint(q["id"] for q in second["results"])


# --- conditional requests ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/interviews/public-talk/",
        "/api/v1/quotes/{quote}/",
        "/api/v1/speakers/public-person/",
    ],
)
def test_detail_answers_a_conditional_get_with_304(api, world, url):
    url = url.format(quote=world["public_quote"].pk)
    first = get(api, url)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    assert get(api, url, HTTP_IF_NONE_MATCH=etag).status_code == 200  # a param, not a header
    assert api.get(url, HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag).status_code == 304
    since = api.get(url, HTTP_ACCEPT="application/json", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    assert since["ETag"] == etag


def test_a_changed_statement_changes_the_interview_etag(api, world):
    url = "/api/v1/interviews/public-talk/"
    etag = get(api, url)["ETag"]
    quote = world["public_quote"]
    quote.text = "Open is much better."
    quote.save()
    again = api.get(url, HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert again["ETag"] != etag
    old = http_date(0)
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=old).status_code == 200


def test_topic_detail_has_an_etag(api, world):
    first = get(api, "/api/v1/topics/privacy/")
    response = api.get(
        "/api/v1/topics/privacy/", HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert response.status_code == 304


# --- writing --------------------------------------------------------------------------


def test_anonymous_cannot_write(api, world):
    response = api.post("/api/v1/interviews/", {"title": "Nope"}, format="json")
    assert response.status_code in (401, 403)
    response = api.patch("/api/v1/interviews/public-talk/", {"title": "Nope"}, format="json")
    assert response.status_code in (401, 403)


def test_contributor_writes_drafts_with_a_token(world, contributor):
    client = token_client(contributor)
    response = client.post(
        "/api/v1/interviews/",
        {"title": "A new talk", "format": "video", "topics": ["privacy"]},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "draft"
    slug = response.json()["slug"]
    quote = client.post(
        "/api/v1/quotes/",
        {"interview": slug, "speaker": "public-person", "text": "Hello.", "kind": "direct"},
        format="json",
    )
    assert quote.status_code == 201, quote.content
    note = client.post(
        "/api/v1/commentary/", {"quote": quote.json()["id"], "body": "Hm."}, format="json"
    )
    assert note.status_code == 201, note.content
    assert note.json()["interview"] == slug
    assert note.json()["author"] == "contributor"
    moved = client.patch(f"/api/v1/interviews/{slug}/", {"status": "review"}, format="json")
    assert moved.status_code == 200
    assert Interview.objects.get(slug=slug).status == Status.REVIEW


@pytest.mark.parametrize("status", ["published", "archived"])
def test_contributor_cannot_publish(world, contributor, status):
    client = token_client(contributor)
    response = client.patch("/api/v1/interviews/secret-draft/", {"status": status}, format="json")
    assert response.status_code == 403
    assert Interview.objects.get(slug="secret-draft").status == Status.DRAFT
    created = client.post("/api/v1/interviews/", {"title": "Straight out", "status": status})
    assert created.status_code == 403
    assert not Interview.objects.filter(title="Straight out").exists()


def test_contributor_cannot_touch_a_published_interview(world, contributor):
    client = token_client(contributor)
    quote = world["public_quote"]
    assert (
        client.patch("/api/v1/interviews/public-talk/", {"title": "X"}, format="json").status_code
        == 403
    )
    assert (
        client.patch(
            "/api/v1/interviews/public-talk/", {"status": "draft"}, format="json"
        ).status_code
        == 403
    )
    assert client.patch(f"/api/v1/quotes/{quote.pk}/", {"text": "X"}).status_code == 403
    added = client.post(
        "/api/v1/quotes/", {"interview": "public-talk", "text": "Sneaked in."}, format="json"
    )
    assert added.status_code == 403
    note = client.post("/api/v1/commentary/", {"quote": quote.pk, "body": "X"}, format="json")
    assert note.status_code == 403
    assert client.delete(f"/api/v1/quotes/{quote.pk}/").status_code == 403
    assert Interview.objects.get(slug="public-talk").title == "A public talk"
    assert Quote.objects.filter(text="Sneaked in.").count() == 0


def test_editor_publishes_with_a_token(world, editor):
    client = token_client(editor)
    response = client.patch("/api/v1/interviews/secret-draft/", {"status": "published"})
    assert response.status_code == 200, response.content
    draft = Interview.objects.get(slug="secret-draft")
    assert draft.status == Status.PUBLISHED and draft.published_at is not None
    change = StatusChange.objects.get(interview=draft)
    assert (change.from_status, change.to_status, change.user) == ("draft", "published", editor)
    assert get(APIClient(), "/api/v1/interviews/secret-draft/").status_code == 200


def test_editor_edits_are_kept_by_a_reimport(world, editor):
    client = token_client(editor)
    quote = world["public_quote"]
    response = client.patch(f"/api/v1/quotes/{quote.pk}/", {"text": "Fixed wording."})
    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.text == "Fixed wording." and "text" in quote.edited_fields


def test_workflow_errors_name_the_field(world, editor):
    client = token_client(editor)
    Interview.objects.filter(slug="public-talk").update(status=Status.ARCHIVED)
    response = client.patch("/api/v1/interviews/public-talk/", {"status": "review"})
    assert response.status_code == 400
    assert "status" in response.json()


@pytest.mark.parametrize(
    "url, payload, field",
    [
        ("quotes", {"interview": "secret-draft", "kind": "direct"}, "text"),
        ("quotes", {"interview": "no-such", "text": "x"}, "interview"),
        ("quotes", {"interview": "secret-draft", "text": "x", "kind": "sung"}, "kind"),
        ("quotes", {"interview": "secret-draft", "text": "x", "topics": ["nope"]}, "topics"),
        ("quotes", {"interview": "secret-draft", "text": "x", "speaker": "nobody"}, "speaker"),
        ("commentary", {"body": "x"}, "interview"),
        (
            "commentary",
            {"interview": "secret-draft", "quote": "{public_quote}", "body": "x"},
            "quote",
        ),
        ("interviews", {"title": "", "format": "radio"}, "format"),
        ("interviews", {"title": "Dup", "slug": "public-talk"}, "slug"),
        ("speakers", {"name": ""}, "name"),
        ("topics", {"name": "privacy"}, "name"),
    ],
)
def test_validation_errors_name_the_field(world, editor, url, payload, field):
    payload = {
        k: v.format(public_quote=world["public_quote"].pk) if isinstance(v, str) else v
        for k, v in payload.items()
    }
    response = token_client(editor).post(f"/api/v1/{url}/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json(), response.json()


def test_session_auth_for_the_browsable_api(world, editor):
    client = APIClient()
    client.force_login(editor)
    page = client.get("/api/v1/quotes/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    # Related fields are plain inputs, never a select listing every speaker or interview.
    assert b'<select class="form-control" name="speaker"' not in page.content
    assert b'name="speaker"' in page.content


def test_user_without_permissions_cannot_write(world, db):
    from .factories import UserFactory

    client = token_client(UserFactory(is_staff=False))
    assert client.post("/api/v1/topics/", {"name": "Spam"}).status_code == 403


# --- cost -----------------------------------------------------------------------------


def test_a_hundred_quotes_cost_five_queries(api, db, django_assert_max_num_queries):
    topics = TopicFactory.create_batch(3)
    interviews = InterviewFactory.create_batch(4)
    for n in range(100):
        quote = QuoteFactory(interview=interviews[n % 4])
        quote.topics.add(*topics[: n % 3 + 1])
        CommentaryFactory.create_batch(n % 3, quote=quote)
    with django_assert_max_num_queries(5):
        body = get(api, "/api/v1/quotes/", page_size=100).json()
    assert len(body["results"]) == 100
    assert all(q["speaker_name"] and q["topics"] for q in body["results"])
    assert sum(q["commentary_count"] for q in body["results"]) == 99


@pytest.fixture
def big_interview(db):
    interview = InterviewFactory(slug="big")
    for _ in range(4):
        ParticipantFactory(interview=interview)
    interview.topics.add(*TopicFactory.create_batch(3))
    sections = SectionFactory.create_batch(10, interview=interview)
    for n in range(60):
        quote = QuoteFactory(interview=interview, section=sections[n % 10])
        quote.topics.add(*interview.topics.all()[: n % 3])
        CommentaryFactory.create_batch(2, quote=quote)
    CommentaryFactory(quote=None, interview=interview)
    return interview


def test_interview_detail_costs_at_most_eight_queries(
    api, big_interview, editor, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        body = get(api, "/api/v1/interviews/big/").json()
    assert sum(len(s["quotes"]) for s in body["sections"]) == 60
    assert len(body["participants"]) == 4
    client = token_client(editor)
    with django_assert_max_num_queries(8):
        assert get(client, "/api/v1/interviews/big/").status_code == 200


@pytest.mark.parametrize("resource", ["interviews", "speakers", "topics", "commentary"])
def test_other_lists_cost_a_fixed_number_of_queries(
    api, big_interview, resource, django_assert_max_num_queries
):
    InterviewFactory.create_batch(20)
    with django_assert_max_num_queries(5):
        response = get(api, f"/api/v1/{resource}/", page_size=100)
    assert response.status_code == 200


# --- good citizenship -----------------------------------------------------------------


def test_public_reads_allow_any_origin_without_credentials(api, world):
    response = get(api, "/api/v1/interviews/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = api.options(
        "/api/v1/quotes/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="DELETE",
    )
    assert "DELETE" not in preflight["Access-Control-Allow-Methods"]
    assert "Authorization" not in preflight["Access-Control-Allow-Headers"]
    post = api.post("/api/v1/topics/", {"name": "x"}, HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in post
    assert "Access-Control-Allow-Origin" not in api.get("/interviews/")


def test_anonymous_clients_are_throttled(api, world, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/min", raising=False)
    codes = [get(api, "/api/v1/topics/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_schema_and_docs_are_served_from_the_project(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    paths = set(schema["paths"])
    assert {
        "/api/v1/interviews/",
        "/api/v1/interviews/{slug}/",
        "/api/v1/quotes/",
        "/api/v1/quotes/{id}/",
        "/api/v1/commentary/",
        "/api/v1/commentary/{id}/",
        "/api/v1/speakers/",
        "/api/v1/speakers/{slug}/",
        "/api/v1/topics/",
        "/api/v1/topics/{slug}/",
    } <= paths
    params = {p["name"]: p for p in schema["paths"]["/api/v1/quotes/"]["get"]["parameters"]}
    assert {"speaker", "interview", "topic", "kind", "featured", "date_after", "search"} <= set(
        params
    )
    assert params["speaker"]["description"] and params["speaker"].get("examples")
    assert "interview_format" in {
        p["name"] for p in schema["paths"]["/api/v1/interviews/"]["get"]["parameters"]
    }
    docs = api.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in docs
    assert "cdn" not in docs.lower()


def test_commentary_created_by_is_recorded(world, editor):
    client = token_client(editor)
    response = client.post(
        "/api/v1/commentary/",
        {"interview": "public-talk", "body": "On the whole: thin.", "kind": "context"},
        format="json",
    )
    assert response.status_code == 201, response.content
    note = Commentary.objects.get(pk=response.json()["id"])
    assert note.created_by == editor and note.quote is None


def test_a_statement_deleted_through_the_api_stays_deleted_on_reimport(editor):
    import_article(data=RUIZ, name="ruiz.txt")
    quote = Quote.objects.get(text__startswith="We ship less often")
    assert token_client(editor).delete(f"/api/v1/quotes/{quote.pk}/").status_code == 204
    assert DeletedImport.objects.filter(kind="quote", deleted_by=editor).exists()
    result = import_article(data=RUIZ_CHANGED, name="ruiz.txt")
    assert result.counts["statements kept deleted"] == 1
    assert not Quote.objects.filter(text__startswith="We ship less often").exists()
    assert not Commentary.objects.filter(body__startswith="That claim").exists()
    assert Quote.objects.get(text__startswith="Every migration").section.heading == "Migrations"


def test_commentary_deleted_through_the_api_stays_deleted_on_reimport(editor):
    import_article(data=RUIZ, name="ruiz.txt")
    note = Commentary.objects.get(body__startswith="That claim")
    assert token_client(editor).delete(f"/api/v1/commentary/{note.pk}/").status_code == 204
    result = import_article(data=RUIZ_CHANGED, name="ruiz.txt")
    assert result.counts["commentary kept deleted"] == 1
    assert not Commentary.objects.exists()
    assert Quote.objects.filter(text__startswith="We ship less often").exists()
