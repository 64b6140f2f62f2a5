"""Importing many articles: one after another, or in worker processes on PostgreSQL.

Each article is still one transaction (``services.import_article``); workers
share nothing but the database. Two imports running at once may race for the
same new slug or file name, or wait on each other's locks until PostgreSQL
breaks the deadlock: the loser's transaction rolls back whole and the article
is imported again. New people and slugs are chosen under a lock (``locks``), so
no person is created twice and such races are rare.
"""

from __future__ import annotations

import multiprocessing
import resource
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, IntegrityError, OperationalError, connection, connections

from .models import Interview, Status
from .services import ImportFailed, change_status, import_article

# Imports of one batch that may collide, before an article counts as failed.
ATTEMPTS = 3


@dataclass(frozen=True)
class Article:
    """One article to import: ``label`` names it in messages, ``name`` is its source name."""

    label: str
    name: str
    data: bytes | None = None  # the content, or None to read ``label`` as a path

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        path = Path(self.label)
        if not path.is_file():
            raise ImportFailed("no such file.")
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ImportFailed(f"cannot be read ({exc.strerror}).") from exc


@dataclass(frozen=True)
class Outcome:
    """What became of one article; ``error`` is empty when it was imported."""

    label: str
    summary: str = ""
    warnings: tuple[str, ...] = ()
    error: str = ""
    peak_rss_kb: int = 0  # of the process that imported it


def can_run_in_parallel() -> bool:
    """Concurrent writers need PostgreSQL: SQLite lets one connection write at a time."""
    return connection.vendor == "postgresql"


def import_many(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    interview: Interview | None = None,
    publish: bool = False,
) -> Iterator[Outcome]:
    """Import each article, yielding its outcome in the order given.

    With ``jobs`` > 1 (PostgreSQL only) that many worker processes import at
    once; at most a few articles per worker are read ahead, so memory does
    not grow with the batch.
    """
    task = _Task(interview=interview, publish=publish)
    if jobs <= 1:
        yield from map(task, articles)
        return
    if not can_run_in_parallel():
        raise ValueError("Parallel imports need PostgreSQL.")
    # Workers are forked: each must open its own connection, never share the parent's.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from _in_order(pool, task, articles, window=jobs * 4)


def _in_order(pool: Executor, task, articles: Iterable[Article], window: int):
    pending: deque[Future] = deque()
    for article in articles:
        pending.append(pool.submit(task, article))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@dataclass(frozen=True)
class _Task:
    interview: Interview | None
    publish: bool

    def __call__(self, article: Article) -> Outcome:
        error: Exception | None = None
        for _ in range(ATTEMPTS):
            try:
                return self._import(article)
            except ImportFailed as exc:
                return _outcome(article, error=str(exc))
            except (IntegrityError, OperationalError) as exc:
                error = exc  # a race with another import: its transaction rolled back whole
            except DatabaseError as exc:
                return _outcome(article, error=f"the database refused it ({exc}).")
        return _outcome(article, error=f"could not be written ({error}).")

    def _import(self, article: Article) -> Outcome:
        result = import_article(data=article.read(), name=article.name, interview=self.interview)
        if self.publish:
            change_status(interview=result.interview, to_status=Status.PUBLISHED)
        warnings = tuple(result.parsed.warnings) if result.parsed else ()
        return _outcome(article, summary=result.summary(), warnings=warnings)


def _outcome(article: Article, **values) -> Outcome:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Outcome(label=article.label, peak_rss_kb=peak, **values)
