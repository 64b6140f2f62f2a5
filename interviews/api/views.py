"""The API's viewsets: querysets that load what the serializers touch, nothing more.

Anonymous users (and anyone not staff) see published content only; staff see
drafts, as on the site (Interview.objects.visible_to). Writes go through the
model permissions, the workflow (services.change_status) and a revision.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from django.db.models import (
    Exists,
    F,
    OuterRef,
    Prefetch,
    Subquery,
    prefetch_related_objects,
)
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import viewsets
from rest_framework.response import Response

from interviews.models import (
    Commentary,
    CommentaryStatus,
    Interview,
    Participant,
    Quote,
    Section,
    Speaker,
    TaggedInterview,
    TaggedQuote,
    Topic,
    count_of,
)
from interviews.services import delete_content, revision

from . import filters, serializers
from .pagination import PagePagination, StatementCursorPagination
from .permissions import EditorialPermission

SLUG = r"[-a-zA-Z0-9_]+"
ID = r"[0-9]+"


def sees_drafts(user) -> bool:
    """The site's rule (Interview.objects.visible_to): active staff preview drafts."""
    return bool(user is not None and user.is_active and user.is_staff)


def visible_interviews(user):
    return Interview.objects.visible_to(user)


def visible_quotes(user):
    return Quote.objects.all() if sees_drafts(user) else Quote.objects.published()


def visible_commentary(user):
    return Commentary.objects.all() if sees_drafts(user) else Commentary.objects.published()


def latest(queryset, outer: str):
    return Subquery(
        queryset.filter(**{outer: OuterRef("pk")}).order_by("-updated_at").values("updated_at")[:1]
    )


def slug_examples(filterset, **examples):
    """Filter parameters with an example value, keeping the FilterSet's description."""
    return [
        OpenApiParameter(
            name,
            str,
            description=filterset.base_filters[name].extra.get("help_text", ""),
            examples=[OpenApiExample(name, value=value)],
        )
        for name, value in examples.items()
    ]


class ConditionalRetrieveMixin:
    """ETag and Last-Modified on a detail response; a conditional GET may get a 304.

    The ETag is a digest of a version tuple (``get_version``) when the view can say
    cheaply what its response depends on, else of the serialized data; it also
    covers the renderer and whether drafts were visible.
    """

    def get_version(self, instance):
        return None

    def get_last_modified(self, instance):
        return getattr(instance, "updated_at", None)

    def load_detail(self, instance) -> None:
        """Load what the detail serializer touches, once the conditional check passed."""

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        version = self.get_version(instance)
        data = None
        if version is None:
            self.load_detail(instance)
            data = self.get_serializer(instance).data
            version = data
        digest = hashlib.sha256(
            json.dumps(
                [version, request.accepted_renderer.format, sees_drafts(request.user)],
                sort_keys=True,
                default=str,
            ).encode()
        ).hexdigest()[:32]
        etag = "W/" + quote_etag(digest)
        modified = self.get_last_modified(instance)
        timestamp = int(modified.timestamp()) if modified else None
        headers = {"ETag": etag}
        if timestamp is not None:
            headers["Last-Modified"] = http_date(timestamp)
        not_modified = get_conditional_response(request, etag=etag, last_modified=timestamp)
        if not_modified is not None:
            for name, value in headers.items():
                not_modified[name] = value
            return not_modified
        if data is None:
            self.load_detail(instance)
            data = self.get_serializer(instance).data
        return Response(data, headers=headers)


class RevisionMixin:
    """Writes through the API are revisions, like the admin's: who, when, what."""

    def perform_create(self, serializer):
        with revision(user=self.request.user, comment="Added through the API"):
            serializer.save()

    def perform_update(self, serializer):
        with revision(user=self.request.user, comment="Changed through the API"):
            serializer.save()


class EditorDeletionMixin:
    """Statements and commentary are deleted through the service, which remembers the
    imported ones so that re-importing their source leaves them deleted."""

    def perform_destroy(self, instance):
        delete_content(objects=[instance], user=self.request.user)


class BaseViewSet(ConditionalRetrieveMixin, RevisionMixin, viewsets.ModelViewSet):
    permission_classes = [EditorialPermission]
    filter_backends = [DjangoFilterBackend, filters.StrictOrderingFilter]
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]


# --- interviews ---------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List interviews",
        description="Published interviews, newest first: who took part, topics, and how many "
        "statements and critiques each holds. Page-numbered (`?page=`, `?page_size=` up to 100).",
        parameters=slug_examples(
            filters.InterviewFilterSet,
            speaker="mark-zuckerberg",
            topic="open-source-ai",
            search="Llama",
        ),
    ),
    retrieve=extend_schema(
        summary="One interview, whole",
        description="Participants with their roles, the write-ups it was read from, sections in "
        "order, each statement with its speaker and commentary. Sends `ETag` and "
        "`Last-Modified`; a conditional GET may get `304 Not Modified`.",
    ),
    create=extend_schema(
        summary="Create an interview (editors)",
        description="Created as a draft unless `status` says otherwise; only editors may create "
        "one published.",
        examples=[
            OpenApiExample(
                "A draft",
                value={
                    "title": "Satya Nadella on Copilot",
                    "format": "podcast",
                    "date": "2024-11-20",
                    "topics": ["ai-agents"],
                },
                request_only=True,
            )
        ],
    ),
    update=extend_schema(summary="Replace an interview's fields (editors)"),
    partial_update=extend_schema(
        summary="Change an interview (editors)",
        description="Setting `status` to `published` or `archived`, or changing a published "
        "interview, needs the Editor role: a Contributor gets 403.",
        examples=[
            OpenApiExample("Publish", value={"status": "published"}, request_only=True),
        ],
    ),
    destroy=extend_schema(summary="Delete an interview (editors)"),
)
class InterviewViewSet(BaseViewSet):
    lookup_field = "slug"
    lookup_value_regex = SLUG
    pagination_class = PagePagination
    filterset_class = filters.InterviewFilterSet
    ordering_fields = ["date", "published_at", "title", "updated_at", "statement_count"]

    def get_queryset(self):
        queryset = visible_interviews(self.request.user).with_counts()
        if self.action == "retrieve":
            return queryset.annotate(
                last_quote_change=latest(Quote.objects.all(), "interview"),
                last_commentary_change=latest(Commentary.objects.all(), "interview"),
                commentary_total=count_of(Commentary.objects.all(), "interview"),
            )
        # Newest first, undated last on every database; the aggregate drops Meta.ordering.
        return queryset.with_related().order_by(
            F("date").desc(nulls_last=True),
            F("published_at").desc(nulls_last=True),
            "title",
            "pk",
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.InterviewDetailSerializer
        return serializers.InterviewSerializer

    def get_last_modified(self, instance):
        stamps = [
            instance.updated_at,
            getattr(instance, "last_quote_change", None),
            getattr(instance, "last_commentary_change", None),
        ]
        return max(s for s in stamps if s is not None)

    def get_version(self, instance):
        return [
            instance.pk,
            self.get_last_modified(instance),
            instance.statement_count,
            instance.commentary_total,
        ]

    def load_detail(self, interview) -> None:
        """Seven queries whatever the size: the interview, participants, topics, sections,
        statements, their topics, commentary. Sources come with sections and statements."""
        if sees_drafts(self.request.user):
            commentary = Commentary.objects.all()
        else:
            commentary = Commentary.objects.filter(status=CommentaryStatus.PUBLISHED)
        prefetch_related_objects(
            [interview],
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("speaker").order_by("position", "id"),
            ),
            "topics",
            Prefetch(
                "sections",
                queryset=Section.objects.select_related("source").order_by("position"),
                to_attr="api_sections",
            ),
            Prefetch(
                "quotes",
                queryset=Quote.objects.select_related("speaker", "source")
                .prefetch_related("topics")
                .order_by("position"),
                to_attr="api_quotes",
            ),
            Prefetch(
                "commentary",
                queryset=commentary.select_related("source").order_by("position", "id"),
                to_attr="api_commentary",
            ),
        )
        by_quote = defaultdict(list)
        for item in interview.api_commentary:
            by_quote[item.quote_id].append(item)
        interview.api_general_commentary = by_quote.pop(None, [])
        by_section = defaultdict(list)
        for quote in interview.api_quotes:
            quote.api_commentary = by_quote.get(quote.pk, [])
            by_section[quote.section_id].append(quote)
        interview.api_unsectioned = by_section.pop(None, [])
        for section in interview.api_sections:
            section.api_quotes = by_section.pop(section.pk, [])
        # A statement under another interview's section (never made by the importer) still shows.
        for quotes in by_section.values():
            interview.api_unsectioned.extend(quotes)
        sources = {}
        for item in [*interview.api_sections, *interview.api_quotes, *interview.api_commentary]:
            if item.source is not None:
                sources[item.source.pk] = item.source
        interview.api_sources = sorted(sources.values(), key=lambda s: (s.ordinal, s.pk))


# --- quotes and commentary ----------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List statements",
        description="Statements (quotes and paraphrases) in published interviews, newest first, "
        "with speaker, topics and the number of critiques beside each. Cursor-paginated: "
        "follow `next`.",
        parameters=slug_examples(
            filters.QuoteFilterSet,
            speaker="mark-zuckerberg",
            interview="zuckerberg-podcast-llama-4",
            topic="open-source-ai",
            search="open source",
        ),
    ),
    retrieve=extend_schema(
        summary="One statement with its commentary",
        description="Sends `ETag` and `Last-Modified`; a conditional GET may get `304`.",
    ),
    create=extend_schema(
        summary="Add a statement (editors)",
        description="The interview must be a draft or in review unless you are an Editor.",
        examples=[
            OpenApiExample(
                "A direct quote",
                value={
                    "interview": "zuckerberg-podcast-llama-4",
                    "speaker": "mark-zuckerberg",
                    "kind": "direct",
                    "text": "We are going to open source it.",
                    "topics": ["open-source-ai"],
                },
                request_only=True,
            )
        ],
    ),
    update=extend_schema(summary="Replace a statement (editors)"),
    partial_update=extend_schema(summary="Change a statement (editors)"),
    destroy=extend_schema(summary="Delete a statement (editors)"),
)
class QuoteViewSet(EditorDeletionMixin, BaseViewSet):
    lookup_value_regex = ID
    pagination_class = StatementCursorPagination
    filterset_class = filters.QuoteFilterSet
    ordering_fields = ["id", "created_at", "updated_at"]

    def get_queryset(self):
        user = self.request.user
        queryset = visible_quotes(user).with_related().with_commentary_count()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related(
                Prefetch(
                    "commentary",
                    queryset=visible_commentary(user).order_by("position", "id"),
                    to_attr="api_commentary",
                )
            )
        return queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.QuoteDetailSerializer
        return serializers.QuoteSerializer

    def get_last_modified(self, instance):
        stamps = [instance.updated_at, *(c.updated_at for c in instance.api_commentary)]
        return max(stamps)


@extend_schema_view(
    list=extend_schema(
        summary="List commentary",
        description="Critique, comparison, context, insight and fact-checks, beside a statement "
        "or an interview, in published interviews, newest first. Cursor-paginated.",
        parameters=slug_examples(
            filters.CommentaryFilterSet,
            interview="zuckerberg-huang-siggraph-2024",
            author="Staff critic",
        ),
    ),
    retrieve=extend_schema(
        summary="One piece of commentary",
        description="Sends `ETag` and `Last-Modified`; a conditional GET may get `304`.",
    ),
    create=extend_schema(
        summary="Write commentary (editors)",
        description="Beside a quote (give `quote`) or the interview as a whole (give "
        "`interview`). `author` defaults to your name.",
        examples=[
            OpenApiExample(
                "A fact-check",
                value={
                    "quote": 1,
                    "kind": "fact-check",
                    "body": "Llama's licence is not OSI-open.",
                },
                request_only=True,
            )
        ],
    ),
    update=extend_schema(summary="Replace commentary (editors)"),
    partial_update=extend_schema(summary="Change commentary (editors)"),
    destroy=extend_schema(summary="Delete commentary (editors)"),
)
class CommentaryViewSet(EditorDeletionMixin, BaseViewSet):
    lookup_value_regex = ID
    pagination_class = StatementCursorPagination
    filterset_class = filters.CommentaryFilterSet
    serializer_class = serializers.CommentarySerializer
    ordering_fields = ["id", "created_at", "updated_at"]

    def get_queryset(self):
        return (
            visible_commentary(self.request.user)
            .select_related("interview", "quote")
            .prefetch_related("topics")
        )


# --- speakers and topics ------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List speakers",
        description="People quoted in published interviews, with how many interviews and "
        "statements each has. Page-numbered.",
        parameters=slug_examples(filters.SpeakerFilterSet, search="Zuck"),
    ),
    retrieve=extend_schema(
        summary="One speaker",
        description="Their statements: `/api/v1/quotes/?speaker=<slug>`. Sends `ETag` and "
        "`Last-Modified`.",
    ),
    create=extend_schema(
        summary="Add a speaker (editors)",
        examples=[
            OpenApiExample(
                "A speaker",
                value={"name": "Satya Nadella", "role": "CEO", "organisation": "Microsoft"},
                request_only=True,
            )
        ],
    ),
    update=extend_schema(summary="Replace a speaker (editors)"),
    partial_update=extend_schema(summary="Change a speaker (editors)"),
    destroy=extend_schema(summary="Delete a speaker (editors)"),
)
class SpeakerViewSet(BaseViewSet):
    lookup_field = "slug"
    lookup_value_regex = SLUG
    pagination_class = PagePagination
    filterset_class = filters.SpeakerFilterSet
    ordering_fields = ["name", "interview_count", "quote_count"]

    def get_queryset(self):
        user = self.request.user
        interviews = visible_interviews(user)
        participations = Participant.objects.filter(interview__in=interviews)
        quotes = Quote.objects.filter(interview__in=interviews)
        queryset = Speaker.objects.annotate(
            interview_count=count_of(participations, "speaker", "interview", distinct=True),
            quote_count=count_of(quotes, "speaker"),
        )
        if not sees_drafts(user):
            # A speaker known only from a draft is not public yet.
            queryset = queryset.filter(
                Exists(participations.filter(speaker=OuterRef("pk")))
                | Exists(quotes.filter(speaker=OuterRef("pk")))
            )
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("aliases")
        return queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SpeakerDetailSerializer
        return serializers.SpeakerSerializer


@extend_schema_view(
    list=extend_schema(
        summary="List topics",
        description="The curated vocabulary, with how many published interviews and statements "
        "carry each topic. Page-numbered.",
        parameters=slug_examples(filters.TopicFilterSet, search="open"),
    ),
    retrieve=extend_schema(
        summary="One topic",
        description="Its statements: `/api/v1/quotes/?topic=<slug>`. Sends an `ETag`.",
    ),
    create=extend_schema(
        summary="Add a topic (editors)",
        examples=[
            OpenApiExample(
                "A topic",
                value={"name": "Privacy", "description": "Personal data and who holds it."},
                request_only=True,
            )
        ],
    ),
    update=extend_schema(summary="Replace a topic (editors)"),
    partial_update=extend_schema(summary="Change a topic (editors)"),
    destroy=extend_schema(summary="Delete a topic (editors)"),
)
class TopicViewSet(BaseViewSet):
    lookup_field = "slug"
    lookup_value_regex = SLUG
    pagination_class = PagePagination
    filterset_class = filters.TopicFilterSet
    serializer_class = serializers.TopicSerializer
    ordering_fields = ["name", "interview_count", "quote_count"]

    def get_queryset(self):
        interviews = visible_interviews(self.request.user)
        return Topic.objects.annotate(
            interview_count=count_of(
                TaggedInterview.objects.filter(content_object__in=interviews), "tag"
            ),
            quote_count=count_of(
                TaggedQuote.objects.filter(content_object__interview__in=interviews), "tag"
            ),
        )

    def get_last_modified(self, instance):
        return None  # Topic has no timestamp; the ETag covers it.
