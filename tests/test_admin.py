"""The editorial admin: lists, permissions, workflow, history, imports, merges, query counts."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from reversion.models import Version

from interviews.models import (
    Commentary,
    DeletedImport,
    Interview,
    Quote,
    SourceDocument,
    Speaker,
    Status,
    StatusChange,
    Topic,
)
from interviews.services import import_article

from .factories import (
    CommentaryFactory,
    InterviewFactory,
    ParticipantFactory,
    QuoteFactory,
    SpeakerFactory,
    TopicFactory,
)
from .test_editorial import ARTICLE, table_counts
from .test_services import ARTICLE as RUIZ
from .test_services import CHANGED as RUIZ_CHANGED

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def contributor_client(client, contributor):
    client.force_login(contributor)
    return client


def change_url(obj):
    return reverse(f"admin:interviews_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:interviews_{model._meta.model_name}_changelist")


def form_data(response) -> dict:
    """The POST a browser would send for an admin change form as rendered."""
    data = {}

    def put(bound):
        value = bound.value()
        if value is None or value is False:
            return
        if value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = str(value)

    form = response.context["adminform"].form
    for name in form.fields:
        put(form[name])
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            put(formset.management_form[name])
        for f in formset.forms:
            for name in f.fields:
                put(f[name])
    return data


# --- lists ----------------------------------------------------------------


def test_the_admin_index_offers_topics_and_no_unused_tags(admin_client):
    page = admin_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:interviews_topic_changelist") in page
    assert "/admin/taggit/" not in page


def test_interview_list_shows_counts_and_speakers(editor_client):
    interview = InterviewFactory(title="On small tools")
    speaker = SpeakerFactory(name="Ana Ruiz")
    ParticipantFactory(interview=interview, speaker=speaker)
    quotes = QuoteFactory.create_batch(3, interview=interview, speaker=speaker)
    CommentaryFactory(quote=quotes[0])
    CommentaryFactory(quote=quotes[1], kind="context")
    response = editor_client.get(changelist_url(Interview))
    assert response.status_code == 200
    row = response.context["cl"].result_list[0]
    assert (row.statement_count, row.critique_count) == (3, 1)
    assert "Ana Ruiz" in response.content.decode()


@pytest.mark.parametrize(
    "model, filters",
    [
        (Interview, "?status__exact=draft&format__exact=podcast"),
        (Interview, "?q=interview"),
        (Quote, "?kind__exact=direct&is_featured__exact=0"),
        (Commentary, "?kind__exact=critique&status__exact=published"),
        (Speaker, "?q=speaker"),
        (Topic, ""),
    ],
)
def test_filters_and_search_answer(editor_client, model, filters):
    CommentaryFactory()
    TopicFactory()
    assert editor_client.get(changelist_url(model) + filters).status_code == 200


def _fill(model, n):
    if model is Interview:
        topic = TopicFactory()
        for interview in InterviewFactory.create_batch(n):
            ParticipantFactory(interview=interview)
            interview.topics.add(topic)
    elif model is Quote:
        interview = InterviewFactory()
        QuoteFactory.create_batch(n, interview=interview)
    elif model is Commentary:
        quote = QuoteFactory()
        CommentaryFactory.create_batch(n, quote=quote, interview=quote.interview)
    elif model is Speaker:
        SpeakerFactory.create_batch(n)
    elif model is Topic:
        TopicFactory.create_batch(n)


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


@pytest.mark.parametrize("model", [Interview, Quote, Commentary, Speaker, Topic])
def test_changelist_costs_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries, model
):
    _fill(model, 5)
    url = changelist_url(model) + "?all="
    few = _queries(editor_client, url)
    _fill(model, 495)
    with django_assert_max_num_queries(few):
        response = editor_client.get(url)
    assert len(response.context["cl"].result_list) >= 50
    assert few <= 16


# --- workflow and permissions ----------------------------------------------


def test_editor_publishes_by_action_and_it_is_recorded(editor_client, editor):
    draft = InterviewFactory(status=Status.REVIEW)
    response = editor_client.post(
        changelist_url(Interview),
        {"action": "make_published", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.published_at is not None
    change = StatusChange.objects.get(interview=draft)
    assert (change.from_status, change.to_status, change.user) == ("review", "published", editor)


def test_editor_publishes_from_the_form(editor_client):
    interview = InterviewFactory(status=Status.REVIEW)
    data = form_data(editor_client.get(change_url(interview)))
    data["_transition"] = Status.PUBLISHED
    response = editor_client.post(change_url(interview), data)
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.status == Status.PUBLISHED


def test_contributor_sends_to_review_but_cannot_publish_by_action(contributor_client):
    draft = InterviewFactory(status=Status.DRAFT)
    url = changelist_url(Interview)
    actions = contributor_client.get(url).context["action_form"].fields["action"].choices
    assert "make_published" not in dict(actions)
    contributor_client.post(url, {"action": "make_published", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    contributor_client.post(url, {"action": "make_review", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW


def test_contributor_cannot_publish_by_form_button_or_status_field(contributor_client):
    draft = InterviewFactory(status=Status.REVIEW)
    page = contributor_client.get(change_url(draft))
    assert b'name="_transition" value="published"' not in page.content
    assert b'name="_transition" value="draft"' in page.content
    data = form_data(page)
    data["_transition"] = Status.PUBLISHED
    response = contributor_client.post(change_url(draft), data)
    assert response.status_code == 200  # the form comes back with an error
    assert "Only editors can publish" in response.content.decode()
    data.pop("_transition")
    data["status"] = Status.PUBLISHED  # a hand-made POST: the field is not on the form
    data["published_at_0"] = "2024-01-01"
    contributor_client.post(change_url(draft), data)
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW and draft.published_at is None
    assert not StatusChange.objects.filter(to_status=Status.PUBLISHED).exists()


def test_contributor_cannot_create_a_published_interview(contributor_client):
    response = contributor_client.post(
        reverse("admin:interviews_interview_add"),
        {
            "title": "Sneaky",
            "slug": "sneaky",
            "status": "published",
            "date_precision": "day",
            "_transition": "published",
            **_empty_inlines(),
        },
    )
    assert not Interview.objects.filter(status=Status.PUBLISHED).exists()
    assert response.status_code == 200


def _empty_inlines():
    data = {}
    for prefix in ("participants", "quotes", "commentary", "sources"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return data


def test_contributor_cannot_change_or_delete_published_content(contributor_client):
    published = InterviewFactory(status=Status.PUBLISHED, title="Public")
    quote = QuoteFactory(interview=published, text="Original words")
    comment = CommentaryFactory(quote=quote)

    for obj in (published, quote, comment):
        page = contributor_client.get(change_url(obj))
        assert page.status_code == 200 and not page.context["has_change_permission"]
        delete = reverse(f"admin:interviews_{obj._meta.model_name}_delete", args=[obj.pk])
        assert contributor_client.post(delete, {"post": "yes"}).status_code == 403

    response = contributor_client.post(change_url(quote), {"text": "Changed", "kind": "direct"})
    assert response.status_code == 403
    # The bulk delete action checks every row.
    contributor_client.post(
        changelist_url(Quote),
        {"action": "delete_selected", "_selected_action": [quote.pk], "post": "yes"},
    )
    # Toggling featured from the list is refused too.
    contributor_client.post(
        changelist_url(Quote), {"action": "feature", "_selected_action": [quote.pk]}
    )
    quote.refresh_from_db()
    assert quote.text == "Original words" and not quote.is_featured
    assert Interview.objects.filter(pk=published.pk, status=Status.PUBLISHED).exists()
    assert Commentary.objects.filter(pk=comment.pk).exists()


def test_contributor_cannot_move_a_quote_into_a_published_interview(contributor_client):
    draft_quote = QuoteFactory(interview=InterviewFactory(status=Status.DRAFT))
    published = InterviewFactory(status=Status.PUBLISHED)
    data = form_data(contributor_client.get(change_url(draft_quote)))
    data["interview"] = str(published.pk)
    response = contributor_client.post(change_url(draft_quote), data)
    assert response.status_code == 200
    draft_quote.refresh_from_db()
    assert draft_quote.interview_id != published.pk


def test_featured_toggles_from_the_list(editor_client):
    quote = QuoteFactory()
    editor_client.post(changelist_url(Quote), {"action": "feature", "_selected_action": [quote.pk]})
    quote.refresh_from_db()
    assert quote.is_featured and "is_featured" in quote.edited_fields


# --- edit tracking, topics ---------------------------------------------------


def test_saving_marks_the_fields_an_editor_changed(editor_client):
    quote = QuoteFactory(text="As imported")
    topic = TopicFactory()
    data = form_data(editor_client.get(change_url(quote)))
    data["text"] = "As corrected"
    data["topics"] = [str(topic.pk)]
    assert editor_client.post(change_url(quote), data).status_code == 302
    quote.refresh_from_db()
    assert quote.text == "As corrected"
    assert {"text", "topics"} <= set(quote.edited_fields)
    assert list(quote.topics.all()) == [topic]


def test_commentary_written_under_a_quote_gets_its_interview_and_author(editor_client, editor):
    quote = QuoteFactory(interview=InterviewFactory(status=Status.DRAFT))
    data = form_data(editor_client.get(change_url(quote)))
    data["commentary-0-body"] = "This claim **ignores** the 2019 numbers."
    data["commentary-0-kind"] = "critique"
    data["commentary-0-status"] = "published"
    data["commentary-0-position"] = "0"
    assert editor_client.post(change_url(quote), data).status_code == 302
    comment = Commentary.objects.get(quote=quote)
    assert comment.interview_id == quote.interview_id
    assert comment.created_by == editor and comment.author == "editor"


def test_commentary_preview_is_sanitised(editor_client):
    comment = CommentaryFactory(body="**bold** <script>alert(1)</script> [x](javascript:alert(1))")
    html = editor_client.get(change_url(comment)).content.decode()
    assert "<strong>bold</strong>" in html
    assert "<script>alert(1)" not in html
    assert 'href="javascript:' not in html


def test_topics_autocomplete_answers(editor_client):
    TopicFactory(name="Open source AI")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "interviews",
            "model_name": "interview",
            "field_name": "topics",
            "term": "open",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Open source AI"]


# --- history ----------------------------------------------------------------


def test_history_records_the_user_and_revert_restores(editor_client, editor):
    quote = QuoteFactory(text="First wording", interview=InterviewFactory(status=Status.DRAFT))
    for text in ("Second wording", "Third wording"):
        data = form_data(editor_client.get(change_url(quote)))
        data["text"] = text
        editor_client.post(change_url(quote), data)
    versions = Version.objects.get_for_object(quote).order_by("pk")
    assert [v.field_dict["text"] for v in versions] == ["Second wording", "Third wording"]
    assert all(v.revision.user == editor for v in versions)

    history = editor_client.get(reverse("admin:interviews_quote_history", args=[quote.pk]))
    assert "Second wording" in history.content.decode()  # what changed, not just when

    first = versions[0]
    url = reverse("admin:interviews_quote_revision", args=[quote.pk, first.pk])
    page = editor_client.get(url)
    assert page.status_code == 200
    assert editor_client.post(url, form_data(page)).status_code == 302
    quote.refresh_from_db()
    assert quote.text == "Second wording"


def test_revert_never_changes_the_workflow_status(editor_client):
    interview = InterviewFactory(status=Status.DRAFT, title="Before")
    data = form_data(editor_client.get(change_url(interview)))
    data["title"] = "After"
    editor_client.post(change_url(interview), data)
    from interviews.services import change_status

    change_status(interview=interview, to_status=Status.ARCHIVED)
    version = Version.objects.get_for_object(interview).order_by("pk").first()
    url = reverse("admin:interviews_interview_revision", args=[interview.pk, version.pk])
    page = editor_client.get(url)
    editor_client.post(url, form_data(page))
    interview.refresh_from_db()
    assert interview.status == Status.ARCHIVED


def test_recover_a_deleted_quote(editor_client):
    quote = QuoteFactory(text="Worth keeping", interview=InterviewFactory(status=Status.DRAFT))
    data = form_data(editor_client.get(change_url(quote)))
    editor_client.post(change_url(quote), data)  # a first revision
    delete = reverse("admin:interviews_quote_delete", args=[quote.pk])
    editor_client.post(delete, {"post": "yes"})
    assert not Quote.objects.filter(pk=quote.pk).exists()

    recover_list = editor_client.get(reverse("admin:interviews_quote_recoverlist"))
    assert "Worth keeping" in recover_list.content.decode()
    version = Version.objects.get_deleted(Quote).first()
    url = reverse("admin:interviews_quote_recover", args=[version.pk])
    page = editor_client.get(url)
    assert editor_client.post(url, form_data(page)).status_code == 302
    assert Quote.objects.get(pk=quote.pk).text == "Worth keeping"


# --- deletions survive re-imports ----------------------------------------------

DELETIONS = ["delete page", "bulk action", "inline row"]


def delete_in_admin(client, how: str, obj) -> None:
    """Delete a statement or commentary item the way an editor would."""
    model = type(obj)
    if how == "delete page":
        url = reverse(f"admin:interviews_{model._meta.model_name}_delete", args=[obj.pk])
        response = client.post(url, {"post": "yes"})
    elif how == "bulk action":
        response = client.post(
            changelist_url(model),
            {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
        )
    else:  # a statement's row under its interview, a critique's under its statement
        parent, prefix = (obj.interview, "quotes") if model is Quote else (obj.quote, "commentary")
        data = form_data(client.get(change_url(parent)))
        row = next(
            name.removesuffix("-id")
            for name, value in data.items()
            if name.startswith(f"{prefix}-") and name.endswith("-id") and value == str(obj.pk)
        )
        data[f"{row}-DELETE"] = "on"
        response = client.post(change_url(parent), data)
        # The change message still says what the editor deleted.
        assert "Deleted" in LogEntry.objects.latest("action_time").get_change_message()
    assert response.status_code == 302
    assert not model.objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("how", DELETIONS)
def test_a_statement_deleted_in_the_admin_stays_deleted_on_reimport(editor_client, editor, how):
    first = import_article(data=RUIZ, name="ruiz.txt")
    delete_in_admin(editor_client, how, Quote.objects.get(text__startswith="We ship less often"))
    assert set(DeletedImport.objects.values_list("kind", "deleted_by")) == {
        ("quote", editor.pk),
        ("commentary", editor.pk),  # its critique went with it
    }
    page = editor_client.get(change_url(first.source)).content.decode()
    assert "We ship less often" in page  # the source lists what re-imports leave out

    result = import_article(data=RUIZ_CHANGED, name="ruiz.txt")
    assert result.counts["statements kept deleted"] == 1
    assert not Quote.objects.filter(text__startswith="We ship less often").exists()
    assert not Commentary.objects.filter(body__startswith="That claim").exists()
    assert Quote.objects.get(text__startswith="Every migration").section.heading == "Migrations"


@pytest.mark.parametrize("how", DELETIONS)
def test_commentary_deleted_in_the_admin_stays_deleted_on_reimport(editor_client, how):
    import_article(data=RUIZ, name="ruiz.txt")
    delete_in_admin(editor_client, how, Commentary.objects.get(body__startswith="That claim"))
    result = import_article(data=RUIZ_CHANGED, name="ruiz.txt")
    assert result.counts["commentary kept deleted"] == 1
    assert not Commentary.objects.exists()
    assert Quote.objects.filter(text__startswith="We ship less often").exists()


# --- merges -----------------------------------------------------------------


def test_merge_speakers_action(editor_client):
    keep, dupe = SpeakerFactory(name="Jensen Huang"), SpeakerFactory(name="Huang")
    quote = QuoteFactory(speaker=dupe)
    url = changelist_url(Speaker)
    page = editor_client.post(url, {"action": "merge", "_selected_action": [keep.pk, dupe.pk]})
    assert page.status_code == 200 and b"Choose the speaker to keep" in page.content
    editor_client.post(
        url,
        {"action": "merge", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": keep.pk},
    )
    assert not Speaker.objects.filter(pk=dupe.pk).exists()
    assert Quote.objects.get(pk=quote.pk).speaker == keep
    assert keep.aliases.filter(name="Huang").exists()


def test_merge_topics_action(editor_client):
    keep, dupe = TopicFactory(name="Privacy"), TopicFactory(name="Data privacy")
    interview = InterviewFactory()
    interview.topics.add(dupe)
    editor_client.post(
        changelist_url(Topic),
        {"action": "merge", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": keep.pk},
    )
    assert list(interview.topics.all()) == [keep]


def test_contributor_cannot_merge(contributor_client):
    a, b = SpeakerFactory(), SpeakerFactory()
    contributor_client.post(
        changelist_url(Speaker),
        {"action": "merge", "_selected_action": [a.pk, b.pk], "apply": "1", "keep": a.pk},
    )
    assert Speaker.objects.filter(pk=b.pk).exists()


# --- import from the admin ---------------------------------------------------

IMPORT_URL = "admin:interviews_interview_import"


def test_import_preview_then_confirm_creates_a_draft(editor_client, editor):
    url = reverse(IMPORT_URL)
    assert editor_client.get(url).status_code == 200
    preview = editor_client.post(url, {"text": ARTICLE, "_preview": "1", "format": "print"})
    html = preview.content.decode()
    assert preview.status_code == 200, html
    assert "We ship small tools because small tools get finished" in html
    assert "That is a tidy slogan" in html
    assert "Share this" in html  # listed as dropped furniture
    assert not Interview.objects.exists()

    confirm = form_data_from_preview(preview)
    response = editor_client.post(url, {**confirm, "_confirm": "1"})
    interview = Interview.objects.get()
    assert response.status_code == 302
    assert response["Location"] == change_url(interview)
    assert interview.status == Status.DRAFT
    assert interview.format == "print"
    assert interview.quotes.count() == 2
    assert Version.objects.get_for_object(interview).first().revision.user == editor


def form_data_from_preview(response) -> dict:
    form = response.context["form"]
    return {form[name].html_name: form[name].value() or "" for name in form.fields}


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("empty.txt", b""), "empty"),
        (SimpleUploadedFile("photo.txt", b"\x89PNG\x00\x00\x00binary"), "binary"),
        (SimpleUploadedFile("latin1.txt", "“Olé,” said José.".encode("cp1252")), "UTF-8"),
        (SimpleUploadedFile("noquotes.txt", b"A short note with nothing said by anyone."), ""),
    ],
)
def test_bad_uploads_give_form_errors_and_write_nothing(editor_client, upload, message):
    before = table_counts()
    response = editor_client.post(reverse(IMPORT_URL), {"file": upload, "_preview": "1"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert message in response.content.decode()
    assert table_counts() == before


@override_settings(IMPORT_MAX_BYTES=1000)
def test_huge_upload_is_refused(editor_client):
    upload = SimpleUploadedFile("huge.txt", ARTICLE.encode() * 100)
    response = editor_client.post(reverse(IMPORT_URL), {"file": upload, "_preview": "1"})
    assert "can be imported" in response.content.decode()
    assert not SourceDocument.objects.exists()


@override_settings(IMPORT_MAX_BYTES=1000)
def test_huge_paste_at_confirm_is_refused(editor_client):
    response = editor_client.post(
        reverse(IMPORT_URL), {"text": ARTICLE * 100, "name": "big.txt", "_confirm": "1"}
    )
    assert response.status_code == 200 and response.context["form"].errors
    assert not Interview.objects.exists()


def test_upload_a_file(editor_client):
    upload = SimpleUploadedFile("ruiz.txt", ARTICLE.encode("utf-8-sig"))
    preview = editor_client.post(reverse(IMPORT_URL), {"file": upload, "_preview": "1"})
    assert preview.context["preview"].name == "ruiz.txt"
