"""editorial.py: merges, sanitised Markdown, and the admin's import preview and confirm."""

import pytest
from reversion.models import Version

from interviews.editorial import (
    confirm_import,
    merge_speakers,
    merge_topics,
    preview_import,
    render_markdown,
)
from interviews.models import (
    Commentary,
    Interview,
    Participant,
    Quote,
    SourceDocument,
    Speaker,
    SpeakerAlias,
    Status,
    Topic,
)
from interviews.services import ImportFailed

from .factories import (
    CommentaryFactory,
    InterviewFactory,
    ParticipantFactory,
    QuoteFactory,
    SpeakerFactory,
    TopicFactory,
)

ARTICLE = """Ana Ruiz on building small tools

By Sam Porter

Ana Ruiz, CTO at Fernhill, sat down with us to talk about tooling.

"We ship small tools because small tools get finished," Ruiz said.

That is a tidy slogan, but it skips over how much maintenance small tools still need.

"Nobody reads a roadmap longer than a page," she added.

Share this
"""


def table_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Interview, Quote, Commentary, Speaker, SourceDocument, Participant)
    }


# --- Markdown ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert(1)</script> hello",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)" onclick="x()">x</a>',
        "<p onmouseover=alert(1)>hover</p>",
    ],
)
def test_render_markdown_removes_anything_executable(body):
    html = render_markdown(body).lower()
    assert "<script" not in html
    assert "onerror" not in html and "onclick" not in html and "onmouseover" not in html
    assert "javascript:" not in html


def test_render_markdown_keeps_the_safe_subset():
    html = render_markdown("Some *emphasis*, **strong** and [a link](https://example.org).")
    assert "<em>emphasis</em>" in html
    assert "<strong>strong</strong>" in html
    assert 'href="https://example.org"' in html
    assert 'rel="nofollow noopener noreferrer"' in html


# --- merges -----------------------------------------------------------------


def test_merge_speakers_moves_everything_and_keeps_the_name_as_alias(db, editor):
    keep = SpeakerFactory(name="Mark Zuckerberg", bio="")
    dupe = SpeakerFactory(name="Zuck", bio="Founder of Meta.")
    SpeakerAlias.objects.create(speaker=dupe, name="Marky")
    SpeakerAlias.objects.create(speaker=keep, name="Zuckerberg")
    shared = InterviewFactory()
    ParticipantFactory(interview=shared, speaker=keep, role="subject")
    ParticipantFactory(interview=shared, speaker=dupe, role="subject")  # same role: one stays
    other = ParticipantFactory(speaker=dupe, role="guest")
    quotes = QuoteFactory.create_batch(3, speaker=dupe)

    counts = merge_speakers(keep=keep, merge=[dupe], user=editor)

    assert not Speaker.objects.filter(pk=dupe.pk).exists()
    assert all(Quote.objects.get(pk=q.pk).speaker_id == keep.pk for q in quotes)
    assert all("speaker" in Quote.objects.get(pk=q.pk).edited_fields for q in quotes)
    assert Participant.objects.get(pk=other.pk).speaker_id == keep.pk
    assert Participant.objects.filter(interview=shared, speaker=keep).count() == 1
    assert set(keep.aliases.values_list("name", flat=True)) == {"Zuck", "Marky", "Zuckerberg"}
    keep.refresh_from_db()
    assert keep.bio == "Founder of Meta."
    assert counts["quotes moved"] == 3
    assert counts["speakers merged"] == 1
    revision = Version.objects.get_for_object(keep).first().revision
    assert revision.user == editor


def test_merge_speakers_into_itself_does_nothing(db):
    speaker = SpeakerFactory()
    assert not merge_speakers(keep=speaker, merge=speaker)
    assert Speaker.objects.filter(pk=speaker.pk).exists()


def test_merge_topics_moves_all_three_kinds_of_tag(db, editor):
    keep = TopicFactory(name="AR/VR", keywords="headset")
    dupe = TopicFactory(name="Virtual reality", keywords="VR, metaverse")
    interview, both = InterviewFactory(), InterviewFactory()
    quote = QuoteFactory()
    comment = CommentaryFactory()
    interview.topics.add(dupe)
    both.topics.add(dupe, keep)  # already tagged with the kept topic: no duplicate
    quote.topics.add(dupe)
    comment.topics.add(dupe)

    merge_topics(keep=keep, merge=[dupe], user=editor)

    assert not Topic.objects.filter(pk=dupe.pk).exists()
    assert list(interview.topics.all()) == [keep]
    assert list(both.topics.all()) == [keep]
    assert list(quote.topics.all()) == [keep]
    assert list(comment.topics.all()) == [keep]
    keep.refresh_from_db()
    assert keep.keyword_list == ["headset", "Virtual reality", "VR", "metaverse"]


# --- import from the admin ----------------------------------------------------


def test_preview_reads_without_writing(db):
    before = table_counts()
    preview = preview_import(data=ARTICLE)
    assert table_counts() == before
    assert [q.speaker for q in preview.parsed.quotes] == ["Ana Ruiz", "Ana Ruiz"]
    assert "Share this" in preview.parsed.dropped
    rows = preview.rows()
    assert rows[0]["commentary"][0].kind == "critique"
    assert preview.name.startswith("ana-ruiz-on-building-small-tools-")


def test_confirm_creates_a_draft_with_a_revision(db, editor):
    preview = preview_import(data=ARTICLE)
    result = confirm_import(text=preview.text, name=preview.name, user=editor)
    interview = result.interview
    assert interview.status == Status.DRAFT
    assert interview.quotes.count() == 2
    assert Version.objects.get_for_object(interview).first().revision.user == editor
    # The same text again changes nothing and makes no revision.
    revisions = Version.objects.count()
    again = confirm_import(text=preview.text, name=preview.name, user=editor)
    assert again.outcome == "unchanged"
    assert Version.objects.count() == revisions


def test_preview_of_a_new_version_marks_what_editors_deleted(db, editor):
    from interviews.services import delete_content

    first = confirm_import(text=ARTICLE, name="ruiz.txt", user=editor)
    deleted = first.interview.quotes.filter(kind="direct").order_by("position").first()
    delete_content(objects=[deleted], user=editor)
    preview = preview_import(data=ARTICLE + "\nOne more line of reporting.\n", name="ruiz.txt")
    rows = {row["quote"].text: row for row in preview.rows()}
    assert rows[deleted.text]["deleted"] is True
    assert rows[deleted.text]["commentary"] == []
    assert sum(row["deleted"] for row in rows.values()) == 1


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"\x00\x01\x02binary\x00", "Just a line of text with no quotes at all."],
)
def test_bad_input_fails_cleanly(db, data):
    before = table_counts()
    with pytest.raises(ImportFailed):
        preview_import(data=data)
    assert table_counts() == before


def test_contributor_cannot_import_into_a_published_interview(db, contributor):
    from django.core.exceptions import PermissionDenied

    published = InterviewFactory(status=Status.PUBLISHED)
    with pytest.raises(PermissionDenied):
        confirm_import(text=ARTICLE, name="x.txt", interview=published, user=contributor)
    assert not SourceDocument.objects.exists()
