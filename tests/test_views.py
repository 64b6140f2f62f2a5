"""Public pages: content, publishing rules, metadata and a fixed number of queries."""

import json
import re

import pytest
from django.urls import reverse

from interviews.models import (
    Commentary,
    CommentaryStatus,
    Interview,
    Quote,
    Section,
    SourceDocument,
    Status,
)

from .factories import (
    CommentaryFactory,
    InterviewFactory,
    ParticipantFactory,
    QuoteFactory,
    SectionFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def big_interview(*, statements=200, notes_per_statement=2, slug="big", status=Status.PUBLISHED):
    """An interview of 200 statements and 400 critiques, built in a few bulk inserts."""
    interview = InterviewFactory(slug=slug, title=f"Big {slug}", status=status)
    speakers = [SpeakerFactory() for _ in range(3)]
    for n, speaker in enumerate(speakers):
        ParticipantFactory(interview=interview, speaker=speaker, position=n)
    interview.topics.add(*[TopicFactory() for _ in range(4)])
    source = SourceDocument.objects.create(
        interview=interview, name=f"{slug}.txt", content_hash="x", text="", title="A write-up"
    )
    sections = Section.objects.bulk_create(
        Section(
            interview=interview, source=source, heading=f"Part {n}", level=1 + n % 2, position=n
        )
        for n in range(20)
    )
    quotes = Quote.objects.bulk_create(
        Quote(
            interview=interview,
            speaker=speakers[n % 3],
            text=f"Statement number {n} about open models.",
            kind=["direct", "paraphrase", "written"][n % 3],
            section=sections[n // 10],
            source=source,
            position=n,
        )
        for n in range(statements)
    )
    Commentary.objects.bulk_create(
        Commentary(
            interview=interview,
            quote=quote,
            body=f"Critique *{k}* of statement {quote.position}.",
            kind=["critique", "context", "fact-check", "insight", "comparison"][k % 5],
            author="Critic",
            position=k,
        )
        for quote in quotes
        for k in range(notes_per_statement)
    )
    Commentary.objects.create(interview=interview, body="On the whole: thin.", author="Editor")
    for quote in quotes[:20]:
        quote.topics.add(*interview.topics.all()[:2])
    return interview


# --- The interview page ------------------------------------------------


def test_interview_page_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    interview = big_interview()
    with django_assert_max_num_queries(8):
        response = client.get(interview.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert len(re.findall(r'class="statement[ "]', html)) == 200
    assert html.count('class="note note--') == 401
    assert "200 statements" in html and "401 critiques" in html


def test_interview_page_rows_statement_and_its_critique(client):
    quote = QuoteFactory(text="We are open because it is good for us.", kind="direct")
    CommentaryFactory(quote=quote, kind="fact-check", body="Mostly **true**.", author="A. Critic")
    CommentaryFactory(quote=quote, kind="context", body="Llama's licence limits use.")
    paraphrase = QuoteFactory(
        interview=quote.interview, kind="paraphrase", text="He argues that openness wins."
    )
    html = client.get(quote.interview.get_absolute_url()).content.decode()
    row = html[html.index(f'id="q-{quote.pk}"') : html.index(f'id="q-{paraphrase.pk}"')]
    assert "<blockquote" in row and "We are open because it is good for us." in row
    assert "<cite>" in row and quote.speaker.name in row
    assert "2 critiques" in row and "<details" in row and "<summary" in row
    assert "note--fact-check" in row and "Fact-check" in row and "A. Critic" in row
    assert "<strong>true</strong>" in row
    para = html[html.index(f'id="q-{paraphrase.pk}"') :]
    para = para[: para.index("</p>", para.index("He argues"))]
    assert "said--paraphrase" in para and "Reported speech" in para
    assert "<blockquote" not in para


def test_commentary_markdown_is_sanitised(client):
    note = CommentaryFactory(
        body="Look <script>alert(1)</script> [here](javascript:alert(1)) and [ok](https://e.org)"
    )
    html = client.get(note.interview.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "javascript:alert" not in html
    assert 'href="https://e.org"' in html


def test_header_names_participants_sources_topics_and_recording(client):
    interview = InterviewFactory(
        title="Talk", event="SIGGRAPH 2024", outlet="Bloomberg", recording_url="https://v.example/1"
    )
    ParticipantFactory(interview=interview, speaker__name="Ada Subject", role="subject")
    ParticipantFactory(interview=interview, speaker__name="Ivan Asker", role="interviewer")
    interview.topics.add(TopicFactory(name="Open source AI", slug="open-source-ai"))
    for n, author in enumerate(["First Author", "Second Author"]):
        source = SourceDocument.objects.create(
            interview=interview, name=f"s{n}", ordinal=n, content_hash="h", text="", author=author
        )
        QuoteFactory(interview=interview, source=source, text=f"From write-up {n}")
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "Ada Subject" in html and "Interviewed by" in html and "Ivan Asker" in html
    assert "SIGGRAPH 2024" in html and "Bloomberg" in html
    assert "https://v.example/1" in html
    assert "First Author" in html and "Second Author" in html
    assert "Write-up 1 of 2" in html and "Write-up 2 of 2" in html
    assert reverse("topic-detail", args=["open-source-ai"]) in html


def test_section_headings_nest_without_skipping_levels(client):
    interview = InterviewFactory()
    top = SectionFactory(interview=interview, heading="Top", level=1, position=1)
    sub = SectionFactory(interview=interview, heading="Sub", level=2, position=2)
    deep = SectionFactory(interview=interview, heading="Deep", level=4, position=3)
    for n, section in enumerate([top, sub, deep]):
        QuoteFactory(interview=interview, section=section, position=n)
    html = client.get(interview.get_absolute_url()).content.decode()
    assert re.search(r"<h2[^>]*>Top</h2>", html)
    assert re.search(r"<h3[^>]*>Sub</h3>", html)
    assert re.search(r"<h4[^>]*>Deep</h4>", html)
    assert html.count("<h1") == 1


def test_general_commentary_has_its_own_place(client):
    interview = InterviewFactory()
    QuoteFactory(interview=interview)
    Commentary.objects.create(interview=interview, body="Overall, evasive.", kind="insight")
    html = client.get(interview.get_absolute_url()).content.decode()
    overall = html[html.index('id="overall"') :]
    assert "On the interview as a whole" in overall and "Overall, evasive." in overall


def test_withdrawn_commentary_is_not_shown(client):
    note = CommentaryFactory(body="Withdrawn remark", status=CommentaryStatus.WITHDRAWN)
    assert "Withdrawn remark" not in client.get(note.interview.get_absolute_url()).content.decode()


def test_interview_page_metadata(client):
    quote = QuoteFactory(interview__title="Meta talk", interview__dek="What he said.")
    html = client.get(quote.interview.get_absolute_url()).content.decode()
    assert '<link rel="canonical" href="http://testserver/interviews/' in html
    assert 'property="og:title" content="Meta talk"' in html
    assert 'name="twitter:card"' in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Article" and data["headline"] == "Meta talk"
    assert 'class="skip-link"' in html and "<main" in html and 'role="search"' in html


# --- Publishing rules -------------------------------------------------


@pytest.fixture
def draft():
    interview = InterviewFactory(title="Secret draft", slug="secret", status=Status.DRAFT)
    speaker = SpeakerFactory(name="Hidden Speaker", slug="hidden")
    ParticipantFactory(interview=interview, speaker=speaker)
    topic = TopicFactory(name="Hidden topic", slug="hidden-topic")
    interview.topics.add(topic)
    quote = QuoteFactory(interview=interview, speaker=speaker, text="Unpublished zebra words")
    CommentaryFactory(quote=quote, body="Unpublished zebra critique")
    return interview


def test_draft_is_404_for_the_public(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404
    quote = draft.quotes.get()
    assert client.get(quote.get_absolute_url()).status_code == 404
    assert client.get(reverse("speaker-detail", args=["hidden"])).status_code == 404


def test_staff_see_a_draft_with_a_banner(client, draft, editor):
    client.force_login(editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "draft-banner" in response.content.decode()
    assert 'content="noindex"' in response.content.decode()
    quote_page = client.get(draft.quotes.get().get_absolute_url())
    assert quote_page.status_code == 200 and "draft-banner" in quote_page.content.decode()


def test_published_page_has_no_banner(client):
    interview = InterviewFactory()
    assert "draft-banner" not in client.get(interview.get_absolute_url()).content.decode()


def test_drafts_appear_on_no_public_list(client, draft):
    published = InterviewFactory(title="Public one")
    ParticipantFactory(interview=published, speaker=draft.participants.get().speaker)
    published.topics.add(draft.topics.get())
    QuoteFactory(interview=published)
    for url in [
        reverse("home"),
        reverse("interview-list"),
        reverse("interview-list") + "?speaker=hidden",
        reverse("speaker-detail", args=["hidden"]),
        reverse("topic-detail", args=["hidden-topic"]),
        reverse("search") + "?q=zebra",
        reverse("search") + "?q=secret",
    ]:
        html = client.get(url).content.decode()
        assert "Secret draft" not in html, url
        assert "zebra" not in html.replace("q=zebra", "").replace('value="zebra"', "").replace(
            "“zebra”", ""
        ), url


def test_counts_leave_out_drafts(client, draft):
    published = InterviewFactory(title="Public one")
    topic = draft.topics.get()
    published.topics.add(topic)
    html = client.get(reverse("home")).content.decode()
    # One published interview has the topic, not two.
    assert re.search(r"Hidden topic <small>1</small>", html)
    html = client.get(reverse("interview-list")).content.decode()
    assert "1 interview" in html


# --- Lists ------------------------------------------------------------


def many_interviews(n=25):
    topic = TopicFactory(slug="ai")
    speaker = SpeakerFactory(slug="mark")
    for i in range(n):
        interview = InterviewFactory(format="video" if i % 2 else "podcast")
        ParticipantFactory(interview=interview, speaker=speaker)
        ParticipantFactory(interview=interview)
        interview.topics.add(topic, TopicFactory())
        QuoteFactory.create_batch(2, interview=interview, is_featured=i < 3)
    return topic, speaker


@pytest.mark.parametrize(
    "url",
    ["/", "/interviews/", "/interviews/?speaker=mark&topic=ai&format=video", "/interviews/?page=2"],
)
def test_lists_cost_a_fixed_number_of_queries(client, django_assert_max_num_queries, url):
    many_interviews()
    with django_assert_max_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200


def test_interview_list_filters(client):
    topic, speaker = many_interviews(6)
    other = InterviewFactory(title="Unrelated", format="print")
    response = client.get("/interviews/?format=print")
    assert list(response.context["interviews"]) == [other]
    response = client.get("/interviews/?speaker=mark&format=video")
    assert len(response.context["interviews"]) == 3
    response = client.get("/interviews/?topic=ai")
    assert len(response.context["interviews"]) == 6


def test_interview_list_paginates(client):
    many_interviews(25)
    assert len(client.get("/interviews/").context["interviews"]) == 20
    assert len(client.get("/interviews/?page=2").context["interviews"]) == 5


@pytest.mark.parametrize("kind", ["speaker", "topic"])
def test_speaker_and_topic_pages_cost_fixed_queries(client, django_assert_max_num_queries, kind):
    big_interview(slug="one")
    big_interview(slug="two")
    interview = Interview.objects.get(slug="one")
    if kind == "speaker":
        url = interview.participants.first().speaker.get_absolute_url()
    else:
        url = interview.topics.first().get_absolute_url()
    with django_assert_max_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200


def test_speaker_page_groups_quotes_by_topic(client):
    speaker = SpeakerFactory(name="Mark", slug="mark", role="CEO", organisation="Meta", bio="Bio.")
    interview = InterviewFactory()
    ParticipantFactory(interview=interview, speaker=speaker)
    open_ai = TopicFactory(name="Open source AI")
    quote = QuoteFactory(interview=interview, speaker=speaker, text="Open wins.")
    quote.topics.add(open_ai)
    QuoteFactory(interview=interview, speaker=speaker, text="Untagged words.")
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert "CEO of Meta" in html and "Bio." in html
    assert "Open source AI" in html and "Other statements" in html
    assert html.index("Open wins.") < html.index("Untagged words.")


def test_quote_page(client, django_assert_max_num_queries):
    interview = InterviewFactory()
    before = QuoteFactory(interview=interview, position=1, text="Before words")
    quote = QuoteFactory(interview=interview, position=2, text="The words")
    QuoteFactory(interview=interview, position=3, text="After words")
    CommentaryFactory(quote=quote, body="A sharp critique", kind="critique")
    with django_assert_max_num_queries(7):
        response = client.get(quote.get_absolute_url())
    html = response.content.decode()
    assert "A sharp critique" in html and "Before words" in html and "After words" in html
    assert f"{interview.get_absolute_url()}#q-{quote.pk}" in html
    assert f'href="{before.get_absolute_url()}"' in html or f"#q-{before.pk}" in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Quotation" and data["text"] == "The words"
    assert 'property="og:title"' in html


def test_home_page(client):
    many_interviews(8)
    html = client.get("/").content.decode()
    assert "Latest interviews" in html and "Topics" in html and "Quoted" in html


def test_styled_404(client):
    response = client.get("/interviews/no-such-thing/")
    assert response.status_code == 404
    assert "can’t find that page" in response.content.decode()


def test_seeded_site_pages(client, seeded):
    for interview in Interview.objects.all():
        response = client.get(interview.get_absolute_url())
        assert response.status_code == 200
        assert response.content.decode().count("<h1") == 1
    two = Interview.objects.get(slug="zuckerberg-podcast-llama-4")
    assert "Write-up 2 of 2" in client.get(two.get_absolute_url()).content.decode()


def test_interview_page_for_staff_costs_no_more_than_eight_queries(
    client, editor, django_assert_max_num_queries
):
    interview = big_interview(status=Status.REVIEW)
    client.force_login(editor)
    with django_assert_max_num_queries(8):
        response = client.get(interview.get_absolute_url())
    assert response.status_code == 200 and "draft-banner" in response.content.decode()


def test_written_statement_is_labelled(client):
    quote = QuoteFactory(kind="written", text="We wrote this in a memo.")
    html = client.get(quote.interview.get_absolute_url()).content.decode()
    row = html[html.index(f'id="q-{quote.pk}"') :]
    assert "said--written" in row[:600] and "in writing" in row[:1500]


def test_error_pages_render_without_a_request():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong" in html and "<h1" in html


def test_stylesheet_has_narrow_and_print_rules(client):
    from django.contrib.staticfiles import finders

    css = open(finders.find("interviews/site.css"), encoding="utf-8").read()
    assert "@media print" in css and "max-width: 48rem" in css
    assert "http" not in css  # no asset from elsewhere
