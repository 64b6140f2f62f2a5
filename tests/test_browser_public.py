"""The public site in a real Chromium: layout at two widths, search, drafts, axe-core."""

import pytest

from interviews.models import Interview, Quote, Status, Topic

from .browser import axe_violations, screenshot
from .conftest import SEEDS

pytestmark = pytest.mark.browser

WIDE, NARROW = 1280, 390
INTERVIEW = "zuckerberg-huang-siggraph-2024"


@pytest.fixture
def site(transactional_db):
    from interviews.manifest import read_manifest
    from interviews.services import load_seeds

    load_seeds(manifest=read_manifest(SEEDS / "manifest.toml"), publish=True)
    draft = Interview.objects.create(title="Unpublished draft", slug="a-draft", status=Status.DRAFT)
    return {"draft": draft}


ROWS_JS = """() => [...document.querySelectorAll('.statement--noted')].map(row => {
  const said = row.querySelector('.statement__main').getBoundingClientRect();
  const notes = [...row.querySelectorAll('.note')].map(n => {
    const r = n.getBoundingClientRect();
    return {top: r.top, left: r.left, height: r.height, visible: n.checkVisibility()};
  });
  return {top: said.top, right: said.right, bottom: said.bottom, notes,
          open: row.querySelector('details').open};
})"""


def test_interview_page_wide_puts_critique_beside_its_statement(page, live_server, site):
    page.set_viewport_size({"width": WIDE, "height": 900})
    page.goto(f"{live_server.url}/interviews/{INTERVIEW}/")
    rows = page.evaluate(ROWS_JS)
    assert len(rows) >= 5
    for row in rows:
        first, *rest = row["notes"]
        assert first["visible"]
        assert abs(first["top"] - row["top"]) <= 4, row
        assert first["left"] >= row["right"], row
        previous = first
        for note in rest:
            assert note["visible"] and note["top"] >= previous["top"] + previous["height"] - 1
            assert abs(note["left"] - first["left"]) <= 1
            previous = note
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "interview-1280")


def test_interview_page_narrow_folds_critique_under_its_statement(page, live_server, site):
    page.set_viewport_size({"width": NARROW, "height": 844})
    page.goto(f"{live_server.url}/interviews/{INTERVIEW}/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    rows = page.evaluate(ROWS_JS)
    assert rows
    for row in rows:
        assert not row["open"]
        assert not any(note["visible"] for note in row["notes"])
    summary = page.locator(".statement--noted summary").first
    assert "critique" in summary.inner_text()
    box = summary.bounding_box()
    assert box["y"] >= rows[0]["bottom"] - 1
    screenshot(page, "interview-390")
    summary.click()
    rows = page.evaluate(ROWS_JS)
    assert rows[0]["open"] and rows[0]["notes"][0]["visible"]
    assert rows[0]["notes"][0]["top"] > rows[0]["bottom"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "interview-390-open")


def test_search_finds_a_quote_by_a_word_in_it(page, live_server, site):
    quote = Quote.objects.filter(kind="direct").order_by("pk").first()
    word = max(quote.text.split(), key=len).strip(".,;:!?“”\"'")
    page.goto(f"{live_server.url}/")
    page.fill("#site-search-q", word)
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert page.locator(f'a[href="/quotes/{quote.pk}/"]').count() >= 1
    assert page.locator("mark").count() >= 1
    screenshot(page, "search-1280")


def test_draft_is_404_for_the_public(page, live_server, site):
    response = page.goto(f"{live_server.url}/interviews/a-draft/")
    assert response.status == 404
    assert "Unpublished draft" not in page.content()


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_pages_have_no_serious_accessibility_violations(page, live_server, site, width):
    page.set_viewport_size({"width": width, "height": 900})
    quote = Quote.objects.filter(commentary__isnull=False).order_by("pk").first()
    topic = Topic.objects.filter(tagged_interviews__isnull=False).order_by("name").first()
    pages = {
        "home": "/",
        "interviews": "/interviews/",
        "interview": f"/interviews/{INTERVIEW}/",
        "interview-two-sources": "/interviews/zuckerberg-podcast-llama-4/",
        "speaker": "/speakers/mark-zuckerberg/",
        "topic": topic.get_absolute_url(),
        "quote": quote.get_absolute_url(),
        "search": "/search/?q=open",
        "404": "/interviews/a-draft/",
    }
    problems = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
        assert page.locator("h1").count() == 1, name
        screenshot(page, f"{name}-{width}")
        violations = axe_violations(page)
        if violations:
            problems[name] = violations
    assert not problems, problems
