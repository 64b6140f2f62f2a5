"""Full-text search vectors, kept by PostgreSQL itself.

A stored generated column per searchable table, plus a GIN index. The column
is not a model field: interviews/search.py reads it. SQLite has no text-search
vector, so there this migration does nothing and search falls back to contains.
"""

from django.db import migrations

CONFIG = "'english'::regconfig"


def weighted(column: str, weight: str) -> str:
    return f"setweight(to_tsvector({CONFIG}, coalesce({column}, '')), '{weight}')"


VECTORS = {
    "interviews_quote": " || ".join([weighted("text", "A"), weighted("attribution", "B")]),
    "interviews_commentary": " || ".join([weighted("body", "A"), weighted("author", "C")]),
    "interviews_interview": " || ".join(
        [
            weighted("title", "A"),
            weighted("dek", "B"),
            weighted("event", "C"),
            weighted("outlet", "C"),
        ]
    ),
}


def add_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, expression in VECTORS.items():
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS ({expression}) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX {table}_search_gin ON {table} USING gin (search_vector)"
        )


def drop_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in VECTORS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_gin")
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("interviews", "0002_editorial_groups")]

    operations = [migrations.RunPython(add_vectors, drop_vectors, elidable=False)]
