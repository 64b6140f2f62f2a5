"""Revisions of imported content, written in bulk.

django-reversion's own path (``create_revision`` with ``add_to_revision``)
serialises each object on its own and, when the revision closes, reads every
model back to check that its rows still exist. That suits an editor saving one
object; an import writes dozens of rows it has just created, and that path cost
more than the import itself. ``Snapshot`` stores the same Revision and Version
rows, serialised with each model's registered options, in two INSERTs.
"""

from __future__ import annotations

import datetime
import decimal
import json
from collections import defaultdict
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, router
from django.db.models import Field, Model
from django.utils import timezone
from reversion.models import Revision, Version

# The options each model was registered with (reversion.register in models.py):
# fields, format and what to follow. reversion keeps them in a private registry.
from reversion.revisions import _follow_relations, _get_options

from . import bulk


class Snapshot:
    """The objects one import wrote, saved as one revision by ``save``."""

    def __init__(self) -> None:
        self._objects: dict[tuple[type[Model], str], Model] = {}
        self._changed: list[Model] = []

    def add(self, *objects: Model, created: bool = False) -> None:
        """Record objects as they now are. Objects that existed before are followed
        to their registered relations (an interview's participants), as reversion
        does, so that reverting the revision finds them; new objects' relations
        are new too and added by the import itself."""
        for obj in objects:
            self._objects[(type(obj), str(obj.pk))] = obj
            if not created:
                self._changed.append(obj)

    def save(self, *, user=None, comment: str = "") -> Revision | None:
        for obj in self._changed:
            for related in _follow_relations(obj):
                self._objects.setdefault((type(related), str(related.pk)), related)
        if not self._objects:
            return None
        by_model: dict[type[Model], list[Model]] = defaultdict(list)
        for (model, _), obj in self._objects.items():
            by_model[model].append(obj)
        revision = Revision(
            date_created=timezone.now(),
            user=user if getattr(user, "is_authenticated", False) else None,
            comment=comment,
        )
        bulk.insert([revision])
        rows = []
        for model, objects in by_model.items():
            options = _get_options(model)
            content_type_id = ContentType.objects.get_for_model(model).pk
            model_db = router.db_for_write(model)
            for obj, data in zip(objects, _serialise(options, objects), strict=True):
                rows.append(
                    {
                        "object_id": str(getattr(obj, options.object_id_field)),
                        "content_type_id": content_type_id,
                        "db": model_db,
                        "format": options.format,
                        "serialized_data": data,
                        "object_repr": str(obj),
                    }
                )
        _insert_versions(revision, rows)
        return revision


def _insert_versions(revision: Revision, rows: list[dict]) -> None:
    connection = connections[revision._state.db]
    if connection.vendor != "postgresql":
        Version.objects.using(revision._state.db).bulk_create(
            Version(revision=revision, **row) for row in rows
        )
        return
    # The rows go as one JSON parameter. bulk_create would send each column as an
    # array, which psycopg escapes in Python character by character: for the
    # serialized data, full of quotes, that cost more than the rest of the revision.
    with connection.cursor() as cursor:
        cursor.execute(_INSERT_VERSIONS, [revision.pk, json.dumps(rows, ensure_ascii=False)])


_INSERT_VERSIONS = """
    INSERT INTO reversion_version
        (revision_id, object_id, content_type_id, db, format, serialized_data, object_repr)
    SELECT %s, object_id, content_type_id, db, format, serialized_data, object_repr
    FROM json_to_recordset(%s) AS v(
        object_id text, content_type_id integer, db text, format text,
        serialized_data text, object_repr text
    )
"""


def _serialise(options, objects: list[Model]) -> list[str]:
    """One serialised document per object, as reversion would store it."""
    kwargs = {
        "fields": options.fields,
        "use_natural_foreign_keys": options.use_natural_foreign_keys,
    }
    if options.format != "json":
        return [serializers.serialize(options.format, (obj,), **kwargs) for obj in objects]
    fields = _plain_fields(type(objects[0]), options)
    if fields is None:
        # One serializer pass for all objects of the model, then one JSON document each,
        # encoded as the "json" serializer encodes them.
        items = serializers.serialize("python", objects, **kwargs)
    else:
        label = str(objects[0]._meta)
        items = [
            {"model": label, "pk": obj.pk, "fields": {n: _value(obj, f) for n, f in fields}}
            for obj in objects
        ]
    return [json.dumps([item], cls=DjangoJSONEncoder, ensure_ascii=False) for item in items]


@cache
def _plain_fields(model: type[Model], options) -> tuple[tuple[str, Field], ...] | None:
    """The fields Django's serializer writes for ``model``, in its order, when it writes
    each from the object alone (no natural keys, no many-to-many rows to read);
    None when it does more, and the serializer itself is used."""
    meta = model._meta.concrete_model._meta
    if options.use_natural_foreign_keys or model._meta.proxy:
        return None
    if any(f.serialize for f in meta.local_many_to_many):
        return None
    wanted = options.fields
    fields = []
    for field in meta.local_fields:
        if not field.serialize:
            continue
        name = field.attname if field.remote_field is None else field.attname[:-3]
        if wanted is None or name in wanted:
            fields.append((field.name, field))
    return tuple(fields)


def _value(obj: Model, field: Field):
    """A field's value as Django's python serializer gives it (``_value_from_field``)."""
    value = getattr(obj, field.attname)
    if value is None or isinstance(value, _PASSED):
        return value
    return field.value_to_string(obj)


# Passed through as they are: the types the serializer leaves alone
# (django.utils.encoding.is_protected_type), and text, which it turns into itself.
_PASSED = (str, int, float, decimal.Decimal, datetime.datetime, datetime.date, datetime.time)
