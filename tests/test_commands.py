import io
import json

import pytest
from django.core.management import CommandError, call_command

from interviews.models import Interview, Quote, SourceDocument

from .conftest import SEEDS

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Lena Vogel on night trains\n\n"
    "Brightline's CEO Lena Vogel spoke to us about sleeper services.\n\n"
    '"Night trains are the only climate policy people queue up for," Vogel said.\n'
)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def state():
    return Interview.objects.count(), Quote.objects.count(), SourceDocument.objects.count()


def test_dry_run_json_prints_one_object_per_file_and_writes_nothing(tmp_path, capsys):
    article = tmp_path / "vogel.txt"
    article.write_text(ARTICLE)
    seed = SEEDS / "000_61708e9a3184f670.txt"
    run("--dry-run", "--json", str(article), str(seed))
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["file"] == str(article)
    assert set(first) == {
        "file", "title", "byline", "date", "interview", "speakers", "sections",
        "quotes", "commentary", "dropped", "warnings",
    }  # fmt: skip
    assert set(first["interview"]) == {"subjects", "interviewers", "outlet", "event"}
    direct = [q for q in first["quotes"] if q["kind"] == "direct"]
    # Exactly what stands between the quote marks, the comma included.
    assert direct[0]["text"] == "Night trains are the only climate policy people queue up for,"
    assert direct[0]["speaker"] == "Lena Vogel"
    assert second["title"].startswith("Mark Zuckerberg's AI Revolution")
    for item in second["commentary"]:
        assert item["quote"] is None or 0 <= item["quote"] < len(second["quotes"])
    assert state() == (0, 0, 0)


def test_a_bad_file_is_reported_and_the_others_are_still_read(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    err = io.StringIO()
    with pytest.raises(CommandError, match="3 of 4 files"):
        call_command(
            "import_article", "--dry-run", "--json", str(empty), str(good), str(binary),
            str(tmp_path / "missing.txt"), stderr=err,
        )  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in out] == [str(good)]
    messages = err.getvalue()
    assert "empty.txt" in messages and "photo.jpg" in messages and "missing.txt" in messages
    assert "Traceback" not in messages


def test_import_then_reimport(tmp_path):
    article = tmp_path / "vogel.txt"
    article.write_text(ARTICLE)
    out, _ = run(str(article))
    assert "vogel.txt: created" in out
    before = state()
    out, _ = run(str(article))
    assert "vogel.txt: unchanged" in out
    assert state() == before


def test_bad_files_write_nothing(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 society\n\n\x00\x01\x02".encode("latin-1") * 10)
    with pytest.raises(CommandError):
        run(str(latin1), str(tmp_path / "nope.txt"))
    assert state() == (0, 0, 0)


def test_interview_option_adds_a_second_source(tmp_path):
    first = tmp_path / "vogel.txt"
    first.write_text(ARTICLE)
    run(str(first))
    slug = Interview.objects.get().slug
    second = tmp_path / "vogel-recap.txt"
    second.write_text('Vogel recap\n\n"Sleepers sell out first," Lena Vogel said.\n')
    run(str(second), "--interview", slug)
    assert Interview.objects.count() == 1
    assert SourceDocument.objects.filter(interview__slug=slug).count() == 2
    with pytest.raises(CommandError, match="No interview"):
        run(str(second), "--interview", "no-such-interview")


def test_json_needs_dry_run(tmp_path):
    with pytest.raises(CommandError, match="--dry-run"):
        run("--json", str(tmp_path / "x.txt"))
