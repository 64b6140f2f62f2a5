"""Importing many articles at once: in order, one after another, and in worker
processes on PostgreSQL, where imports race for new people, slugs and names."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models.functions import Lower

from interviews.batch import Article, import_many
from interviews.models import Interview, Quote, SourceDocument, Speaker, SpeakerAlias

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="parallel imports run on PostgreSQL"
)


def article(n: int, title: str = "") -> bytes:
    """Every article names the same two people, new to the database."""
    return (
        f"{title or f'Night trains, part {n}'}\n\n"
        "Brightline's CEO Lena Vogel and her rival Tomas Berg of Northwind spoke to us.\n\n"
        f'"Sleeper number {n} sold out in a day," Vogel said.\n\n'
        f'"We will match every route they open, starting with route {n}," Berg said.\n'
    ).encode()


def batch(count: int, **kwargs) -> list[Article]:
    return [
        Article(label=f"part-{n}", name=f"part-{n}.txt", data=article(n, **kwargs))
        for n in range(count)
    ]


@pytest.mark.django_db
def test_outcomes_come_in_the_order_given_and_failures_do_not_stop_the_rest():
    articles = batch(3)
    articles.insert(1, Article(label="empty", name="empty.txt", data=b""))
    outcomes = list(import_many(articles))
    assert [o.label for o in outcomes] == ["part-0", "empty", "part-1", "part-2"]
    assert outcomes[1].error.startswith("The file is empty")
    assert all(not o.error and "created" in o.summary for o in outcomes[::2][1:])
    assert SourceDocument.objects.count() == 3
    assert Speaker.objects.filter(name="Lena Vogel").count() == 1


@pytest.mark.django_db
def test_a_missing_file_is_an_outcome_with_its_message(tmp_path):
    (outcome,) = import_many([Article(label=str(tmp_path / "gone.txt"), name="gone.txt")])
    assert outcome.error == "no such file."


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_workers_create_each_new_person_once():
    outcomes = list(import_many(batch(12), jobs=2))
    assert [o.error for o in outcomes] == [""] * 12
    names = Speaker.objects.annotate(lname=Lower("name")).values_list("lname", flat=True)
    assert sorted(names) == ["lena vogel", "tomas berg"]
    assert sorted(SpeakerAlias.objects.values_list("name", flat=True)) == ["Berg", "Vogel"]
    assert Quote.objects.filter(speaker__name="Lena Vogel").count() == 12
    assert Interview.objects.count() == 12


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_workers_racing_for_one_slug_all_land():
    outcomes = list(import_many(batch(8, title="The same headline"), jobs=2))
    assert [o.error for o in outcomes] == [""] * 8
    slugs = set(Interview.objects.values_list("slug", flat=True))
    assert len(slugs) == 8 and "the-same-headline" in slugs


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_file_twice_in_one_parallel_batch_is_one_source():
    twice = [Article(label=f"copy {n}", name="same.txt", data=article(1)) for n in range(2)]
    outcomes = list(import_many(twice, jobs=2))
    assert sorted(o.summary.split(":")[1].split()[0] for o in outcomes) == [
        "created",
        "unchanged",
    ]
    assert SourceDocument.objects.count() == 1
    assert Quote.objects.count() == 2


@pytest.mark.django_db
def test_command_jobs_must_be_positive(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(article(1))
    with pytest.raises(CommandError, match="--jobs must be 1 or more"):
        call_command("import_article", str(path), "--jobs", "0")


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite fallback")
@pytest.mark.django_db
def test_command_jobs_on_sqlite_imports_one_file_at_a_time(tmp_path):
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_bytes(article(n))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_article", *map(str, paths), "--jobs", "2", stdout=out, stderr=err)
    assert "one file at a time" in err.getvalue()
    assert out.getvalue().count(": created →") == 2


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_command_with_jobs_imports_every_file_and_reports_each(tmp_path):
    paths = []
    for n in range(4):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_bytes(article(n))
    paths.append(tmp_path / "empty.txt")
    paths[-1].write_bytes(b"")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 5 files"):
        call_command("import_article", *map(str, paths), "--jobs", "2", stdout=out, stderr=err)
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [f"{n}.txt" for n in range(4)]
    assert "empty.txt: The file is empty" in err.getvalue()
    assert SourceDocument.objects.count() == 4
