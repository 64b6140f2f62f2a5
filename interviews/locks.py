"""Locks that writers running at once take on PostgreSQL, held until they commit.

Two imports running at the same time (workers of one batch, two editors) can
both find a person or a slug missing and both create it. Each takes a lock on
the key first, then looks again: the second waits for the first to commit and
finds what it made. Keys are locked in one order, in one statement, so two
writers taking several keys at once do not deadlock on them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from django.db import connection


def _int4(text: str) -> int:
    return zlib.crc32(text.encode()) - 2**31


def hold(space: str, keys: Iterable[str]) -> bool:
    """Lock each key of ``space`` until the transaction ends; False where locks do not exist.

    SQLite has no such locks and needs none: it lets one connection write at a time.
    """
    if connection.vendor != "postgresql":
        return False
    ints = sorted({_int4(key) for key in keys})
    if ints:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, k) FROM unnest(%s::integer[]) AS k",
                [_int4(space), ints],
            )
    return True
