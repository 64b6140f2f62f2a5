"""The editorial admin in a real Chromium: import, curate, critique, publish, revert."""

import pytest

from interviews.models import Commentary, Interview, Quote, Speaker, Status

from .browser import screenshot
from .factories import InterviewFactory, QuoteFactory, SpeakerFactory, UserFactory
from .test_editorial import ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


@pytest.fixture
def groups(transactional_db):
    """The migration's groups: a transactional test flushes them after each test."""
    from .conftest import newsroom_groups

    newsroom_groups()


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def choose_autocomplete(page, field_id, text):
    page.click(f"#select2-{field_id}-container")
    page.fill(".select2-search__field", text)
    page.click(f".select2-results__option:has-text('{text}')")


def test_editor_imports_curates_critiques_and_publishes(page, live_server, groups):
    UserFactory(username="editor", group="Editor")
    SpeakerFactory(name="Lena Ortiz", slug="lena-ortiz")
    log_in(page, live_server, "editor")

    page.goto(f"{live_server.url}/admin/interviews/interview/")
    page.click("text=Import an article")
    page.fill("textarea[name=text]", ARTICLE)
    screenshot(page, "admin-import-form")
    page.click("input[name=_preview]")
    page.wait_for_selector("#import-statements")
    assert "We ship small tools because small tools get finished" in page.inner_text(
        "#import-statements"
    )
    assert "Share this" in page.inner_text("#import-dropped")
    assert not Interview.objects.exists()
    screenshot(page, "admin-import-preview")

    page.click("input[name=_confirm]")
    page.wait_for_selector(".messagelist")
    interview = Interview.objects.get()
    assert interview.status == Status.DRAFT
    screenshot(page, "admin-interview-draft")

    # Fix a speaker: the second statement was someone else's.
    quote = Quote.objects.get(text__startswith="Nobody reads")
    page.goto(f"{live_server.url}/admin/interviews/quote/{quote.pk}/change/")
    choose_autocomplete(page, "id_speaker", "Lena Ortiz")
    # Write a critique beside it.
    page.fill(
        "#id_commentary-0-body", "A page is generous: most **roadmaps** are never read at all."
    )
    page.select_option("#id_commentary-0-kind", "critique")
    screenshot(page, "admin-quote-critique")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    quote.refresh_from_db()
    assert quote.speaker.name == "Lena Ortiz" and "speaker" in quote.edited_fields
    critique = Commentary.objects.get(quote=quote)

    # Through the workflow from the form.
    page.goto(f"{live_server.url}/admin/interviews/interview/{interview.pk}/change/")
    page.click("button[name=_transition][value=review]")
    page.wait_for_selector(".messagelist")
    page.goto(f"{live_server.url}/admin/interviews/interview/{interview.pk}/change/")
    screenshot(page, "admin-interview-review")
    page.click("button[name=_transition][value=published]")
    page.wait_for_selector(".messagelist")
    interview.refresh_from_db()
    assert interview.status == Status.PUBLISHED and interview.published_at

    page.goto(f"{live_server.url}/admin/interviews/interview/")
    screenshot(page, "admin-interview-list")

    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    body = page.inner_text("body")
    assert "Nobody reads a roadmap longer than a page" in body
    assert "most roadmaps are never read at all" in body
    screenshot(page, "public-after-publish")
    assert critique.pk


def test_contributor_cannot_publish(page, live_server, groups):
    UserFactory(username="contributor", group="Contributor")
    interview = InterviewFactory(status=Status.REVIEW, title="Waiting for an editor")
    published = InterviewFactory(status=Status.PUBLISHED, title="Already public")
    log_in(page, live_server, "contributor")

    page.goto(f"{live_server.url}/admin/interviews/interview/{interview.pk}/change/")
    assert page.locator("button[name=_transition][value=published]").count() == 0
    assert page.locator("button[name=_transition][value=draft]").count() == 1
    screenshot(page, "admin-contributor-review")

    page.goto(f"{live_server.url}/admin/interviews/interview/")
    options = page.locator("select[name=action] option").all_inner_texts()
    assert not any("Publish" in o for o in options)

    page.goto(f"{live_server.url}/admin/interviews/interview/{published.pk}/change/")
    assert page.locator("input[name=_save]").count() == 0  # read-only for contributors
    screenshot(page, "admin-contributor-published-readonly")
    interview.refresh_from_db()
    assert interview.status == Status.REVIEW


def test_editor_reverts_a_quote(page, live_server, groups):
    UserFactory(username="editor", group="Editor")
    quote = QuoteFactory(
        text="The original wording.",
        interview=InterviewFactory(status=Status.DRAFT),
        speaker=Speaker.objects.create(name="Ana Ruiz", slug="ana-ruiz"),
    )
    log_in(page, live_server, "editor")
    url = f"{live_server.url}/admin/interviews/quote/{quote.pk}/change/"
    for text in ("A first edit.", "A bad edit."):
        page.goto(url)
        page.fill("#id_text", text)
        page.click("input[name=_save]")
        page.wait_for_selector(".messagelist")

    page.goto(f"{url.removesuffix('change/')}history/")
    screenshot(page, "admin-quote-history")
    page.locator("#change-history tbody tr").last.locator("a").click()  # the oldest
    page.wait_for_selector("#id_text")
    assert page.input_value("#id_text") == "A first edit."
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    quote.refresh_from_db()
    assert quote.text == "A first edit."
