from collections import Counter

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reversion.models import Version

from interviews.models import (
    Commentary,
    DeletedImport,
    Interview,
    Quote,
    SourceDocument,
    Speaker,
    Status,
)
from interviews.services import ImportFailed, change_status, delete_content, import_article

from .factories import CommentaryFactory, InterviewFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

ARTICLE = """Ana Ruiz on building slow software

Fernhill's CTO Ana Ruiz sat down with us to talk about reliability.

Reliability first

"We ship less often than anyone in the sector, and our customers thank us for it," Ana Ruiz said.

That claim is hard to square with Fernhill's own changelog, which lists weekly releases.

Ruiz argued that most outages come from rushed migrations rather than from bad code.

"Every migration gets a rehearsal on a copy of production," she added.
"""

# A changed version: the last two statements move under a new heading, and one is added.
CHANGED = ARTICLE.replace("Ruiz argued", "Migrations\n\nRuiz argued") + (
    '\n"Nobody remembers a fast release; everybody remembers an outage," Ruiz said.\n'
)


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


def test_the_standfirst_becomes_the_dek_until_an_editor_writes_one():
    standfirst = "Fernhill's CTO talks outages, pagers and the long road to boring software"
    text = ARTICLE.replace("\n\n", f"\n\n{standfirst}\n\n", 1)
    interview = import_article(data=text, name="ruiz.txt").interview
    assert interview.dek == standfirst
    assert standfirst not in interview.sections.values_list("heading", flat=True)
    interview.dek = "Our own summary."
    interview.edited_fields = ["dek"]
    interview.save()
    import_article(data=text.replace("boring", "dull"), name="ruiz.txt")
    interview.refresh_from_db()
    assert interview.dek == "Our own summary."


def assert_unchanged_reimport():
    """Importing ARTICLE again writes nothing: same rows, same timestamps."""
    before = counts()
    stamps = list(Quote.objects.values_list("id", "updated_at"))
    result = import_article(data=ARTICLE, name="ruiz.txt")
    assert result.outcome == "unchanged"
    assert counts() == before
    assert list(Quote.objects.values_list("id", "updated_at")) == stamps


def test_reimporting_the_same_file_changes_nothing():
    import_article(data=ARTICLE, name="ruiz.txt")
    assert_unchanged_reimport()


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


# --- an editor's deletions survive re-imports ---------------------------------


def test_a_deleted_statement_and_its_commentary_stay_deleted_on_reimport(editor):
    first = import_article(data=ARTICLE, name="ruiz.txt")
    deleted = Quote.objects.get(text__startswith="We ship less often")
    assert deleted.commentary.filter(body__startswith="That claim").exists()
    counts = delete_content(objects=[deleted], user=editor)
    assert counts == Counter(
        {"statements deleted": 1, "commentary deleted": 1, "kept deleted on re-import": 2}
    )
    assert set(first.source.deletions.values_list("kind", "deleted_by")) == {
        ("quote", editor.pk),
        ("commentary", editor.pk),
    }

    result = import_article(data=CHANGED, name="ruiz.txt")
    assert result.outcome == "updated"
    assert not Quote.objects.filter(text__startswith="We ship less often").exists()
    assert not Commentary.objects.filter(body__startswith="That claim").exists()
    assert result.counts["statements kept deleted"] == 1
    assert result.counts["commentary kept deleted"] == 1
    assert "statements kept deleted 1" in result.summary()
    # What the editor did not delete is still brought up to date.
    assert result.counts["statements updated"] == 2
    moved = Quote.objects.get(text__startswith="Every migration")
    assert moved.section.heading == "Migrations"
    assert Quote.objects.filter(text__startswith="Nobody remembers").exists()
    # And stays deleted through the next version too.
    import_article(data=CHANGED + '\n"Rehearse, then ship," Ruiz said.\n', name="ruiz.txt")
    assert not Quote.objects.filter(text__startswith="We ship less often").exists()


def test_deleted_commentary_stays_deleted_beside_its_statement():
    import_article(data=ARTICLE, name="ruiz.txt")
    critique = Commentary.objects.get(body__startswith="That claim")
    delete_content(objects=[critique])
    result = import_article(data=CHANGED, name="ruiz.txt")
    assert result.counts["commentary kept deleted"] == 1
    assert not Commentary.objects.exists()
    assert Quote.objects.filter(text__startswith="We ship less often").exists()


def test_an_unchanged_reimport_after_a_deletion_changes_nothing():
    import_article(data=ARTICLE, name="ruiz.txt")
    delete_content(objects=[Quote.objects.get(text__startswith="We ship less often")])
    assert_unchanged_reimport()


def test_a_statement_recovered_from_the_history_is_imported_again():
    import_article(data=ARTICLE, name="ruiz.txt")
    quote = Quote.objects.get(text__startswith="We ship less often")
    delete_content(objects=[quote])
    Version.objects.get_deleted(Quote).get().revert()  # the import's version of it
    result = import_article(data=CHANGED, name="ruiz.txt")
    assert result.counts["statements kept deleted"] == 0
    assert Quote.objects.filter(pk=quote.pk).exists()
    # Its deletion is forgotten; its commentary was not recovered and stays deleted.
    assert list(DeletedImport.objects.values_list("kind", flat=True)) == ["commentary"]
    assert result.counts["commentary kept deleted"] == 1


def test_deleting_what_editors_wrote_records_nothing():
    note = CommentaryFactory()
    assert delete_content(objects=[note.quote])["commentary deleted"] == 1
    assert not DeletedImport.objects.exists()
    with pytest.raises(TypeError):
        delete_content(objects=[InterviewFactory()])


def long_article(statements: int) -> str:
    parts = ["Founders on the year ahead"]
    for n in range(statements):
        parts.append(f'"We will ship the {n}th thing on time, whatever happens," Ana Ruiz said.')
        parts.append(f"That is hard to square with the {n}th delay reported in the spring.")
    return "\n\n".join(parts) + "\n"


def test_a_reimport_costs_the_same_queries_however_many_deletions():
    text = long_article(30)
    addition = '\n"And one more thing," Ana Ruiz said.\n'

    def queries(deleted: int, name: str) -> int:
        result = import_article(data=text, name=name)
        delete_content(objects=result.interview.quotes.order_by("position")[:deleted])
        with CaptureQueriesContext(connection) as ctx:
            result = import_article(data=text + addition, name=name)
        assert result.counts["statements kept deleted"] == deleted
        return len(ctx.captured_queries)

    assert queries(1, "few.txt") == queries(25, "many.txt")


def test_a_new_person_sharing_a_known_speakers_surname_gets_their_own_quotes():
    import_article(
        data='Jonas Moreau on pricing\n\n"Prices will fall," Jonas Moreau said.\n\n'
        '"We are ready," Moreau said.\n',
        name="jonas.txt",
    )
    result = import_article(
        data="Kwame Moreau on hiring\n\nFernhill's CEO Kwame Moreau spoke to us.\n\n"
        '"We hire slowly," Moreau said.\n\nMoreau argued that hiring is a craft.\n',
        name="kwame.txt",
    )
    speakers = {q.text: q.speaker.name for q in result.interview.quotes.all()}
    assert speakers["We hire slowly,"] == "Kwame Moreau"
    assert Speaker.objects.filter(name="Jonas Moreau").exists()
