"""Inserting an import's new rows: one statement per table, the rows as one JSON parameter.

``bulk_create`` on PostgreSQL sends each column as an array parameter, and
Django and psycopg prepare and escape every value of it in Python, which cost
an import more than parsing the article. Here the rows are encoded by the json
module (in C) and PostgreSQL unpacks them with ``json_populate_recordset``,
casting each value to its column's type. The objects get their primary keys,
as with ``bulk_create``; no signals are sent, as with ``bulk_create``.
Other databases use ``bulk_create``.
"""

from __future__ import annotations

import datetime
import decimal
import json
import uuid
from collections.abc import Sequence

from django.db import connections, router
from django.db.models import DateField, Model


def insert(objs: Sequence[Model], *, ignore_conflicts: bool = False) -> None:
    """Insert new objects of one model in one statement.

    With ``ignore_conflicts`` rows that would break a unique constraint are
    skipped, and the objects get no primary keys (as with ``bulk_create``).
    """
    if not objs:
        return
    model = type(objs[0])
    alias = router.db_for_write(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        model._default_manager.using(alias).bulk_create(objs, ignore_conflicts=ignore_conflicts)
        return
    meta = model._meta
    fields = [f for f in meta.concrete_fields if f is not meta.auto_field and not f.generated]
    stamped = [f for f in fields if isinstance(f, DateField) and (f.auto_now or f.auto_now_add)]
    related = [f for f in fields if f.is_relation]
    rows = []
    for obj in objs:
        for field in related:
            _take_related_pk(obj, field)
        for field in stamped:
            field.pre_save(obj, add=True)  # sets the timestamp on the object, as a save does
        rows.append({f.column: getattr(obj, f.attname) for f in fields})
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    sql = (
        f"INSERT INTO {table} ({columns}) SELECT {columns} "
        f"FROM json_populate_recordset(NULL::{table}, %s) WITH ORDINALITY ORDER BY ordinality"
    )
    if ignore_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    elif meta.auto_field is not None:
        sql += f" RETURNING {quote(meta.auto_field.column)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [json.dumps(rows, ensure_ascii=False, default=_json_value)])
        ids = [] if ignore_conflicts or meta.auto_field is None else cursor.fetchall()
    for obj, (pk,) in zip(objs, ids, strict=False):
        obj.pk = pk
    for obj in objs:
        obj._state.adding = False
        obj._state.db = alias


def _take_related_pk(obj: Model, field) -> None:
    """Fill a foreign key's column from an object assigned before it was saved.

    ``Quote(section=section)`` before the section had its primary key leaves
    ``section_id`` empty; ``bulk_create`` and ``save`` fill it in the same way.
    """
    if getattr(obj, field.attname) is not None or not field.is_cached(obj):
        return
    target = field.get_cached_value(obj)
    if target is None:
        return
    if target.pk is None:
        raise ValueError(f"{obj!r}: its {field.name} has not been saved.")
    setattr(obj, field.attname, target.pk)


def _json_value(value):
    """Values the json module does not encode, as PostgreSQL reads them."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} cannot be stored through JSON: {value!r}")
