"""Full-text search over statements, commentary and interviews.

PostgreSQL: a stored search vector kept by the database (a generated column
added by migration 0003_search, not a model field) and a GIN index, queried in
web search syntax (``"exact phrase" -word``). Ranking is bounded: only the first
``RANK_LIMIT`` matches are ranked, so a word found in most rows stays fast.

SQLite: a simple contains search over the same fields, with the same syntax
understood as far as contains can (phrases, excluded words).

Same function, same result shape: a queryset of the model that was passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections, models
from django.db.models.expressions import Col

SEARCH_CONFIG = "english"
SEARCH_COLUMN = "search_vector"
# How many matches are ranked at most. Matching uses the GIN index; ranking
# reads every matched vector, so it is what must be bounded.
RANK_LIMIT = 1000

# What each searchable model's vector is made of (kept in step with 0003_search),
# and which fields the SQLite fallback searches.
FALLBACK_FIELDS: dict[str, tuple[str, ...]] = {
    "quote": ("text", "attribution", "speaker__name"),
    "commentary": ("body", "author"),
    "interview": ("title", "dek", "event", "outlet"),
}
FALLBACK_ORDERING: dict[str, tuple[str, ...]] = {
    "quote": ("-interview__date", "interview_id", "position"),
    "commentary": ("-interview__date", "interview_id", "position", "id"),
    "interview": ("-date", "-published_at", "title"),
}


@dataclass
class ParsedQuery:
    """A web search query read the way websearch_to_tsquery reads it."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    @property
    def positive(self) -> list[str]:
        return self.phrases + self.words

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(query: str) -> ParsedQuery:
    parsed = ParsedQuery()
    for minus, phrase, word in _TOKEN.findall(query or ""):
        if phrase or minus and not word:
            phrase = " ".join(phrase.split())
            if phrase:
                (parsed.excluded if minus else parsed.phrases).append(phrase)
            continue
        if word.lower() == "or":
            continue
        if word.startswith("-") and len(word) > 1:
            parsed.excluded.append(word[1:])
        else:
            word = word.strip("\"'()")
            if word:
                parsed.words.append(word)
    return parsed


def _vector(model: type[models.Model]) -> Col:
    """The generated column as an expression Django can relabel inside subqueries."""
    column = SearchVectorField()
    column.set_attributes_from_name(SEARCH_COLUMN)
    column.model = model
    return Col(model._meta.db_table, column)


def search_queryset(queryset: models.QuerySet, query: str) -> models.QuerySet:
    """Filter ``queryset`` (of Quote, Commentary or Interview) to rows matching ``query``.

    On PostgreSQL the result is annotated with ``rank`` and ordered by it, best
    first; on SQLite it is ordered by interview date and position. An empty
    query matches nothing. The queryset's own filters (published(), ...) are kept
    and applied before the ranking bound.
    """
    model_name = queryset.model._meta.model_name
    if model_name not in FALLBACK_FIELDS:
        raise ValueError(f"search_queryset does not know how to search {queryset.model}")
    query = (query or "").strip()
    parsed = parse_query(query)
    if not parsed:
        return queryset.none()
    if connections[queryset.db].vendor == "postgresql":
        return _postgres_search(queryset, query)
    return _contains_search(queryset, parsed)


def _postgres_search(queryset: models.QuerySet, query: str) -> models.QuerySet:
    vector = _vector(queryset.model)
    tsquery = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    candidates = (
        queryset.order_by()
        .alias(_search_vector=vector)
        .filter(_search_vector=tsquery)
        .values("pk")[:RANK_LIMIT]
    )
    return (
        queryset.filter(pk__in=candidates)
        .annotate(rank=SearchRank(_vector(queryset.model), tsquery))
        .order_by("-rank", "pk")
    )


def _contains_search(queryset: models.QuerySet, parsed: ParsedQuery) -> models.QuerySet:
    fields = FALLBACK_FIELDS[queryset.model._meta.model_name]

    def anywhere(term: str) -> models.Q:
        q = models.Q()
        for name in fields:
            q |= models.Q(**{f"{name}__icontains": term})
        return q

    for term in parsed.positive:
        queryset = queryset.filter(anywhere(term))
    for term in parsed.excluded:
        queryset = queryset.exclude(anywhere(term))
    return queryset.order_by(*FALLBACK_ORDERING[queryset.model._meta.model_name])
