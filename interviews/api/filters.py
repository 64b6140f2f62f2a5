"""FilterSets for the API: every filter documented, every bad value a 400."""

from __future__ import annotations

import logging

from django import forms
from django.db.models import Exists, OuterRef, Q
from django_filters import rest_framework as filters
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from interviews.models import (
    Commentary,
    CommentaryKind,
    CommentaryStatus,
    Format,
    Interview,
    Participant,
    Quote,
    QuoteKind,
    Speaker,
    Status,
    Topic,
)

log = logging.getLogger(__name__)

MAX_ID = 2**63 - 1
SEARCH_FALLBACK = {
    Quote: ("text", "attribution", "speaker__name"),
    Commentary: ("body", "author"),
    Interview: ("title", "dek", "event", "outlet"),
}


def search(queryset, query: str):
    """The site's search (interviews.search.search_queryset): full text on PostgreSQL,
    contains on SQLite. Until that module provides it, a plain contains search."""
    query = query.strip()
    if not query:
        return queryset
    try:
        from interviews.search import search_queryset
    except ImportError:
        search_queryset = None
    if search_queryset is not None:
        return search_queryset(queryset, query)
    condition = Q()
    for field in SEARCH_FALLBACK[queryset.model]:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)


class IdFilter(filters.NumberFilter):
    """An integer id; anything else (or out of range) is a 400, never a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class StrictBooleanFilter(filters.ChoiceFilter):
    """true/false (or 1/0); django-filter's BooleanFilter silently ignores other values."""

    CHOICES = [("true", "true"), ("false", "false"), ("1", "1"), ("0", "0")]

    def __init__(self, *args, **kwargs):
        kwargs["choices"] = self.CHOICES
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        return qs.filter(**{self.field_name: value in ("true", "1")})


class SlugFilter(filters.CharFilter):
    """A slug; an unknown one matches nothing (and says nothing about drafts)."""


DATE_HELP = (
    "Interview date range: `{name}_after=YYYY-MM-DD` and/or `{name}_before=YYYY-MM-DD` (inclusive)."
)


class QuoteFilterSet(filters.FilterSet):
    speaker = SlugFilter(
        field_name="speaker__slug", help_text="Speaker slug, e.g. `mark-zuckerberg`."
    )
    interview = SlugFilter(field_name="interview__slug", help_text="Interview slug.")
    topic = SlugFilter(field_name="topics__slug", help_text="Topic slug, e.g. `open-source-ai`.")
    kind = filters.ChoiceFilter(
        choices=QuoteKind.choices,
        help_text="`direct` (the speaker's own words), `paraphrase` (reported speech) "
        "or `written` (words the text says were written).",
    )
    featured = StrictBooleanFilter(
        field_name="is_featured", help_text="`true` for featured quotes only, `false` for the rest."
    )
    date = filters.DateFromToRangeFilter(
        field_name="interview__date", help_text=DATE_HELP.format(name="date")
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text="Full-text search over the statement, its attribution and speaker.",
    )

    class Meta:
        model = Quote
        fields = ["speaker", "interview", "topic", "kind", "featured", "date", "search"]

    def filter_search(self, queryset, name, value):
        return search(queryset, value)


class CommentaryFilterSet(filters.FilterSet):
    kind = filters.ChoiceFilter(
        choices=CommentaryKind.choices,
        help_text="`critique`, `comparison`, `context`, `insight` or `fact-check`.",
    )
    author = filters.CharFilter(
        field_name="author", lookup_expr="iexact", help_text="Author's name, case-insensitive."
    )
    interview = SlugFilter(field_name="interview__slug", help_text="Interview slug.")
    quote = IdFilter(field_name="quote_id", help_text="Id of the quote the commentary is beside.")
    general = StrictBooleanFilter(
        field_name="quote__isnull",
        help_text="`true`: commentary on an interview as a whole; `false`: beside a quote.",
    )
    topic = SlugFilter(field_name="topics__slug", help_text="Topic slug.")
    status = filters.ChoiceFilter(
        choices=CommentaryStatus.choices,
        help_text="Editors only; everyone else sees published commentary.",
    )
    search = filters.CharFilter(method="filter_search", help_text="Full-text search over the body.")

    class Meta:
        model = Commentary
        fields = ["kind", "author", "interview", "quote", "general", "topic", "status", "search"]

    def filter_search(self, queryset, name, value):
        return search(queryset, value)


class InterviewFilterSet(filters.FilterSet):
    speaker = filters.CharFilter(
        method="filter_speaker", help_text="Slug of a participant (subject, interviewer, host)."
    )
    topic = SlugFilter(field_name="topics__slug", help_text="Topic slug.")
    interview_format = filters.ChoiceFilter(
        field_name="format",
        choices=Format.choices,
        help_text="Format of the conversation. (Named so as not to clash with DRF's `?format=`, "
        "which picks the response format.)",
    )
    date = filters.DateFromToRangeFilter(help_text=DATE_HELP.format(name="date"))
    status = filters.ChoiceFilter(
        choices=Status.choices, help_text="Editors only; everyone else sees published interviews."
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Full-text search over title, dek, event and outlet."
    )

    class Meta:
        model = Interview
        fields = ["speaker", "topic", "interview_format", "date", "status", "search"]

    def filter_speaker(self, queryset, name, value):
        # Exists, not a join: a speaker with two roles must not list the interview twice.
        return queryset.filter(
            Exists(Participant.objects.filter(interview=OuterRef("pk"), speaker__slug=value))
        )

    def filter_search(self, queryset, name, value):
        return search(queryset, value)


class SpeakerFilterSet(filters.FilterSet):
    search = filters.CharFilter(
        method="filter_search", help_text="Part of the speaker's name or one of their aliases."
    )
    organisation = filters.CharFilter(
        lookup_expr="iexact", help_text="Organisation, case-insensitive, e.g. `Meta`."
    )

    class Meta:
        model = Speaker
        fields = ["search", "organisation"]

    def filter_search(self, queryset, name, value):
        from interviews.models import SpeakerAlias

        aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), name__icontains=value)
        return queryset.filter(Q(name__icontains=value) | Exists(aliases))


class TopicFilterSet(filters.FilterSet):
    search = filters.CharFilter(
        field_name="name", lookup_expr="icontains", help_text="Part of the topic's name."
    )

    class Meta:
        model = Topic
        fields = ["search"]


class StrictOrderingFilter(OrderingFilter):
    """?ordering= on a field the endpoint does not offer is a 400, not silently ignored."""

    def get_ordering(self, request, queryset, view):
        params = request.query_params.get(self.ordering_param)
        if params:
            fields = [param.strip() for param in params.split(",") if param.strip()]
            valid = {
                name for name, _ in self.get_valid_fields(queryset, view, {"request": request})
            }
            unknown = [f for f in fields if f.lstrip("-") not in valid]
            if unknown:
                raise ValidationError(
                    {
                        self.ordering_param: [
                            f"Cannot order by {', '.join(unknown)}; "
                            f"choose from {', '.join(sorted(valid))} (prefix - to reverse)."
                        ]
                    }
                )
        return super().get_ordering(request, queryset, view)
