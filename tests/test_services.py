import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from interviews.models import Commentary, Interview, Quote, SourceDocument, Speaker, Status
from interviews.services import ImportFailed, change_status, import_article

from .factories import InterviewFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

ARTICLE = """Ana Ruiz on building slow software

Fernhill's CTO Ana Ruiz sat down with us to talk about reliability.

Reliability first

"We ship less often than anyone in the sector, and our customers thank us for it," Ana Ruiz said.

That claim is hard to square with Fernhill's own changelog, which lists weekly releases.

Ruiz argued that most outages come from rushed migrations rather than from bad code.

"Every migration gets a rehearsal on a copy of production," she added.
"""


def counts():
    return (
        Interview.objects.count(),
        Quote.objects.count(),
        Commentary.objects.count(),
        Speaker.objects.count(),
        SourceDocument.objects.count(),
    )


def test_import_creates_an_interview_with_statements_and_commentary():
    result = import_article(data=ARTICLE, name="ruiz.txt")
    assert result.outcome == "created"
    interview = result.interview
    assert interview.status == Status.DRAFT
    direct = interview.quotes.filter(kind="direct")
    assert direct.count() == 2
    assert {q.speaker.name for q in direct} == {"Ana Ruiz"}
    assert interview.commentary.exists()
    assert SourceDocument.objects.get(name="ruiz.txt").content_hash


def test_reimporting_the_same_file_changes_nothing():
    import_article(data=ARTICLE, name="ruiz.txt")
    before = counts()
    stamps = list(Quote.objects.values_list("id", "updated_at"))
    result = import_article(data=ARTICLE, name="ruiz.txt")
    assert result.outcome == "unchanged"
    assert counts() == before
    assert list(Quote.objects.values_list("id", "updated_at")) == stamps


def test_reimport_of_a_changed_version_keeps_editor_changes():
    first = import_article(data=ARTICLE, name="ruiz.txt")
    quote = first.interview.quotes.filter(kind="direct").first()
    quote.text = quote.text + " (corrected against the recording)"
    quote.is_featured = True
    quote.mark_edited(["text", "is_featured"])
    quote.save()
    interview = first.interview
    interview.title = "An editor's better title"
    interview.mark_edited(["title"])
    interview.save()

    changed = (
        ARTICLE + '\n"Nobody remembers a fast release; everybody remembers an outage," Ruiz said.\n'
    )
    result = import_article(data=changed, name="ruiz.txt")
    assert result.outcome == "updated"
    quote.refresh_from_db()
    assert quote.text.endswith("(corrected against the recording)")
    assert quote.is_featured
    interview.refresh_from_db()
    assert interview.title == "An editor's better title"
    assert interview.quotes.filter(text__startswith="Nobody remembers").exists()


def test_adding_a_second_write_up_to_an_interview():
    first = import_article(data=ARTICLE, name="ruiz.txt")
    second = import_article(
        data='Ruiz talks reliability\n\n"Rehearse every migration," Ana Ruiz said.\n',
        name="ruiz-recap.txt",
        interview=first.interview,
    )
    assert second.interview == first.interview
    assert Interview.objects.count() == 1
    assert [s.name for s in first.interview.sources.all()] == ["ruiz.txt", "ruiz-recap.txt"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50, ""),
    ],
)
def test_unreadable_input_is_refused_with_nothing_written(data, message):
    SpeakerFactory()
    before = counts()
    with pytest.raises(ImportFailed) as excinfo:
        import_article(data=data, name="bad.txt")
    assert message in str(excinfo.value).lower()
    assert counts() == before


def test_an_oversized_file_is_refused(settings):
    settings.IMPORT_MAX_BYTES = 1000
    with pytest.raises(ImportFailed, match="MB"):
        import_article(data=(ARTICLE * 10).encode(), name="big.txt")
    assert Interview.objects.count() == 0


def test_a_failure_midway_leaves_nothing_behind(monkeypatch):
    import interviews.services as services

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_upsert_commentary", explode)
    with pytest.raises(RuntimeError):
        import_article(data=ARTICLE, name="ruiz.txt")
    assert counts() == (0, 0, 0, 0, 0)


def test_status_changes_follow_the_workflow_and_permissions(editor, contributor):
    interview = InterviewFactory(status=Status.DRAFT)
    assert change_status(interview=interview, to_status=Status.REVIEW, user=contributor)
    with pytest.raises(PermissionDenied):
        change_status(interview=interview, to_status=Status.PUBLISHED, user=contributor)
    assert change_status(interview=interview, to_status=Status.PUBLISHED, user=editor)
    first_published = interview.published_at
    assert first_published is not None
    with pytest.raises(ValidationError):
        change_status(interview=interview, to_status=Status.REVIEW, user=editor)
    change_status(interview=interview, to_status=Status.ARCHIVED, user=editor)
    change_status(interview=interview, to_status=Status.PUBLISHED, user=editor)
    assert interview.published_at == first_published
    assert [c.to_status for c in interview.status_changes.order_by("at", "id")] == [
        "review", "published", "archived", "published",
    ]  # fmt: skip
