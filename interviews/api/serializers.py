"""Light list representations, one whole interview, and writes that follow the admin's rules.

Related objects are written by slug (or id) in plain inputs: the browsable API
never renders a select of every speaker, quote or interview.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Max
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied

from interviews import services
from interviews.models import (
    Commentary,
    Interview,
    Participant,
    Quote,
    Section,
    SourceDocument,
    Speaker,
    Status,
    Topic,
    unique_slug,
)

from .permissions import can_edit_interview

RAW_INPUT = {"base_template": "input.html"}


@extend_schema_field(OpenApiTypes.URI)
class HtmlUrlField(serializers.Field):
    """The public page of the object (its get_absolute_url), absolute when a request is known."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        path = value.get_absolute_url()
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


def api_url(view_name: str, **kwargs):
    return serializers.HyperlinkedIdentityField(view_name=f"api:{view_name}", **kwargs)


@extend_schema_field({"type": "array", "items": {"type": "string"}, "example": ["privacy"]})
class TopicSlugsField(serializers.ListField):
    """Topics as a list of slugs; written the same way, validated against the vocabulary."""

    child = serializers.SlugField()

    def to_representation(self, manager):
        # .all() reads the prefetch; taggit's .names() would query again (taggit #936).
        return [topic.slug for topic in manager.all()]

    def to_internal_value(self, data):
        slugs = super().to_internal_value(data)
        topics = {t.slug: t for t in Topic.objects.filter(slug__in=slugs)}
        unknown = [s for s in slugs if s not in topics]
        if unknown:
            raise serializers.ValidationError(f"Unknown topic: {', '.join(unknown)}.")
        return [topics[s] for s in dict.fromkeys(slugs)]


# --- references ---------------------------------------------------------------


class TopicRefSerializer(serializers.ModelSerializer):
    url = api_url("topic-detail", lookup_field="slug")

    class Meta:
        model = Topic
        fields = ["slug", "name", "url"]


class SpeakerRefSerializer(serializers.ModelSerializer):
    url = api_url("speaker-detail", lookup_field="slug")
    html_url = HtmlUrlField()

    class Meta:
        model = Speaker
        fields = ["slug", "name", "title", "url", "html_url"]


class InterviewRefSerializer(serializers.ModelSerializer):
    url = api_url("interview-detail", lookup_field="slug")
    html_url = HtmlUrlField()

    class Meta:
        model = Interview
        fields = ["slug", "title", "date", "url", "html_url"]


class ParticipantSerializer(serializers.ModelSerializer):
    speaker = SpeakerRefSerializer(read_only=True)

    class Meta:
        model = Participant
        fields = ["speaker", "role"]


# --- topics and speakers ------------------------------------------------------


def unique_value(serializer, same, value, what: str):
    """``value`` if no other row than the one being edited has it; else a field error."""
    if serializer.instance is not None:
        same = same.exclude(pk=serializer.instance.pk)
    if same.exists():
        raise serializers.ValidationError(f"{what} already exists.")
    return value


class TopicSerializer(serializers.ModelSerializer):
    url = api_url("topic-detail", lookup_field="slug")
    html_url = HtmlUrlField()
    slug = serializers.SlugField(max_length=100, required=False)
    interview_count = serializers.IntegerField(read_only=True, default=0)
    quote_count = serializers.IntegerField(read_only=True, default=0)

    class Meta:
        model = Topic
        fields = [
            "slug",
            "name",
            "description",
            "keywords",
            "interview_count",
            "quote_count",
            "url",
            "html_url",
        ]

    def validate_slug(self, value):
        return unique_value(self, Topic.objects.filter(slug=value), value, "A topic with this slug")

    def validate_name(self, value):
        return unique_value(
            self, Topic.objects.filter(name__iexact=value), value, "A topic with this name"
        )

    def create(self, validated_data):
        validated_data.setdefault(
            "slug", unique_slug(Topic, validated_data["name"], max_length=100)
        )
        return super().create(validated_data)


class SpeakerSerializer(serializers.ModelSerializer):
    url = api_url("speaker-detail", lookup_field="slug")
    html_url = HtmlUrlField()
    slug = serializers.SlugField(max_length=200, required=False)
    title = serializers.CharField(
        read_only=True, help_text='Role as readers see it: "CEO of Meta".'
    )
    interview_count = serializers.IntegerField(read_only=True, default=0)
    quote_count = serializers.IntegerField(read_only=True, default=0)

    class Meta:
        model = Speaker
        fields = [
            "slug",
            "name",
            "title",
            "role",
            "organisation",
            "interview_count",
            "quote_count",
            "url",
            "html_url",
        ]

    def validate_slug(self, value):
        return unique_value(
            self, Speaker.objects.filter(slug=value), value, "A speaker with this slug"
        )

    def create(self, validated_data):
        validated_data.setdefault("slug", unique_slug(Speaker, validated_data["name"]))
        return super().create(validated_data)

    def update(self, instance, validated_data):
        mark_edited(instance, validated_data)
        return super().update(instance, validated_data)


class SpeakerDetailSerializer(SpeakerSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta(SpeakerSerializer.Meta):
        fields = [*SpeakerSerializer.Meta.fields, "bio", "aliases", "updated_at"]


def mark_edited(instance, validated_data) -> None:
    """Fields an editor changed are kept by a later re-import (EditorTracked)."""
    changed = [
        name
        for name, value in validated_data.items()
        if name != "topics" and getattr(instance, name, None) != value
    ]
    if changed and hasattr(instance, "mark_edited"):
        instance.mark_edited(changed)


# --- commentary ---------------------------------------------------------------


class CommentarySerializer(serializers.ModelSerializer):
    """Critique beside a quote, or beside the interview as a whole (quote is null)."""

    url = api_url("commentary-detail")
    html_url = HtmlUrlField()
    interview = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Interview.objects.all(),
        required=False,
        style=RAW_INPUT,
        help_text="Interview slug; optional when a quote is given.",
    )
    quote = serializers.PrimaryKeyRelatedField(
        queryset=Quote.objects.all(),
        required=False,
        allow_null=True,
        style=RAW_INPUT,
        help_text="Id of the quote this commentary is beside; null for the interview as a whole.",
    )
    topics = TopicSlugsField(required=False)

    class Meta:
        model = Commentary
        fields = [
            "id",
            "url",
            "html_url",
            "interview",
            "quote",
            "kind",
            "body",
            "author",
            "status",
            "position",
            "topics",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"position": {"required": False}}

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        user = getattr(request, "user", None)
        # Only what the user may see can be written to (drafts for staff).
        fields["interview"].queryset = Interview.objects.visible_to(user)
        fields["quote"].queryset = Quote.objects.filter(
            interview__in=Interview.objects.visible_to(user)
        )
        return fields

    def validate(self, attrs):
        quote = attrs.get("quote", getattr(self.instance, "quote", None))
        interview = attrs.get("interview", getattr(self.instance, "interview", None))
        if interview is None and quote is not None:
            interview = attrs["interview"] = quote.interview
        if interview is None:
            raise serializers.ValidationError({"interview": "Give the interview or the quote."})
        if quote is not None and quote.interview_id != interview.pk:
            raise serializers.ValidationError({"quote": "This quote belongs to another interview."})
        user = self.context["request"].user
        if not can_edit_interview(user, interview):
            raise PermissionDenied("Only editors can change a published or archived interview.")
        return attrs

    @transaction.atomic
    def create(self, validated_data):
        user = self.context["request"].user
        topics = validated_data.pop("topics", None)
        if "position" not in validated_data:
            last = Commentary.objects.filter(
                interview=validated_data["interview"], quote=validated_data.get("quote")
            ).aggregate(m=Max("position"))["m"]
            validated_data["position"] = 0 if last is None else last + 1
        if not validated_data.get("author"):
            validated_data["author"] = user.get_full_name() or user.get_username()
        commentary = Commentary.objects.create(created_by=user, **validated_data)
        if topics is not None:
            commentary.topics.set(topics)
        return commentary

    @transaction.atomic
    def update(self, instance, validated_data):
        topics = validated_data.pop("topics", None)
        mark_edited(instance, validated_data)
        instance = super().update(instance, validated_data)
        if topics is not None:
            instance.topics.set(topics)
        return instance


class NestedCommentarySerializer(serializers.ModelSerializer):
    url = api_url("commentary-detail")

    class Meta:
        model = Commentary
        fields = ["id", "url", "kind", "body", "author", "status", "position"]


# --- quotes -------------------------------------------------------------------


class QuoteSerializer(serializers.ModelSerializer):
    """One statement: who said it, in what words, in which interview."""

    url = api_url("quote-detail")
    html_url = HtmlUrlField()
    speaker = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Speaker.objects.all(),
        required=False,
        allow_null=True,
        style=RAW_INPUT,
        help_text="Speaker slug; null when the text names no known speaker (see attribution).",
    )
    speaker_name = serializers.CharField(
        source="speaker.name", read_only=True, default=None, allow_null=True
    )
    interview = serializers.SlugRelatedField(
        slug_field="slug", queryset=Interview.objects.all(), style=RAW_INPUT
    )
    interview_title = serializers.CharField(source="interview.title", read_only=True)
    interview_date = serializers.DateField(source="interview.date", read_only=True, allow_null=True)
    section = serializers.PrimaryKeyRelatedField(
        queryset=Section.objects.all(),
        required=False,
        allow_null=True,
        style=RAW_INPUT,
        help_text="Id of the section (heading) the statement stands under.",
    )
    featured = serializers.BooleanField(source="is_featured", required=False)
    topics = TopicSlugsField(required=False)
    commentary_count = serializers.IntegerField(
        read_only=True, default=0, help_text="Published commentary beside this quote."
    )

    class Meta:
        model = Quote
        fields = [
            "id",
            "url",
            "html_url",
            "text",
            "kind",
            "speaker",
            "speaker_name",
            "attribution",
            "interview",
            "interview_title",
            "interview_date",
            "section",
            "position",
            "featured",
            "topics",
            "commentary_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"position": {"required": False}}
        # (interview, position) is unique; validate() checks it and fills a free position.
        validators = []

    def get_fields(self):
        fields = super().get_fields()
        user = getattr(self.context.get("request"), "user", None)
        if "interview" in fields and not fields["interview"].read_only:
            fields["interview"].queryset = Interview.objects.visible_to(user)
        return fields

    def validate(self, attrs):
        interview = attrs.get("interview", getattr(self.instance, "interview", None))
        section = attrs.get("section", getattr(self.instance, "section", None))
        if section is not None and section.interview_id != interview.pk:
            raise serializers.ValidationError(
                {"section": "This section belongs to another interview."}
            )
        position = attrs.get("position")
        if position is not None:
            taken = Quote.objects.filter(interview=interview, position=position)
            if self.instance is not None:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                raise serializers.ValidationError(
                    {"position": "Another statement of this interview has this position."}
                )
        user = self.context["request"].user
        if not can_edit_interview(user, interview):
            raise PermissionDenied("Only editors can change a published or archived interview.")
        return attrs

    @transaction.atomic
    def create(self, validated_data):
        topics = validated_data.pop("topics", None)
        if "position" not in validated_data:
            last = Quote.objects.filter(interview=validated_data["interview"]).aggregate(
                m=Max("position")
            )["m"]
            validated_data["position"] = (last or 0) + 10
        quote = Quote.objects.create(**validated_data)
        if topics is not None:
            quote.topics.set(topics)
        return quote

    @transaction.atomic
    def update(self, instance, validated_data):
        topics = validated_data.pop("topics", None)
        mark_edited(instance, validated_data)
        instance = super().update(instance, validated_data)
        if topics is not None:
            instance.topics.set(topics)
        return instance


class QuoteDetailSerializer(QuoteSerializer):
    commentary = NestedCommentarySerializer(
        many=True, read_only=True, source="api_commentary", help_text="In order."
    )

    class Meta(QuoteSerializer.Meta):
        fields = [*QuoteSerializer.Meta.fields, "commentary"]


class StatementSerializer(serializers.ModelSerializer):
    """A quote inside an interview's detail, with its commentary."""

    url = api_url("quote-detail")
    html_url = HtmlUrlField()
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    featured = serializers.BooleanField(source="is_featured", read_only=True)
    topics = TopicSlugsField(read_only=True)
    source = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    commentary = NestedCommentarySerializer(many=True, read_only=True, source="api_commentary")

    class Meta:
        model = Quote
        fields = [
            "id",
            "url",
            "html_url",
            "position",
            "kind",
            "text",
            "speaker",
            "attribution",
            "featured",
            "source",
            "topics",
            "commentary",
        ]


class SectionSerializer(serializers.ModelSerializer):
    source = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    quotes = StatementSerializer(many=True, read_only=True, source="api_quotes")

    class Meta:
        model = Section
        fields = ["id", "heading", "level", "position", "source", "quotes"]


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceDocument
        fields = ["id", "ordinal", "title", "author", "outlet", "url", "imported_at"]


# --- interviews ---------------------------------------------------------------


class InterviewSerializer(serializers.ModelSerializer):
    """An interview in a list: who, where, when, how much. Also the write shape."""

    url = api_url("interview-detail", lookup_field="slug")
    html_url = HtmlUrlField()
    slug = serializers.SlugField(max_length=200, required=False)
    participants = ParticipantSerializer(many=True, read_only=True)
    topics = TopicSlugsField(required=False)
    status = serializers.ChoiceField(
        choices=Status.choices,
        required=False,
        help_text="Workflow state. Only editors may publish or archive, "
        "or change a published interview.",
    )
    statement_count = serializers.IntegerField(read_only=True, default=0)
    commentary_count = serializers.IntegerField(
        read_only=True, default=0, help_text="Published commentary."
    )

    class Meta:
        model = Interview
        fields = [
            "slug",
            "url",
            "html_url",
            "title",
            "dek",
            "format",
            "event",
            "outlet",
            "date",
            "date_precision",
            "status",
            "published_at",
            "participants",
            "topics",
            "statement_count",
            "commentary_count",
            "updated_at",
        ]
        read_only_fields = ["published_at", "updated_at"]

    def validate_slug(self, value):
        others = Interview.objects.filter(slug=value)
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise serializers.ValidationError("An interview with this slug already exists.")
        return value

    def _set_status(self, interview, to_status):
        try:
            services.change_status(
                interview=interview, to_status=to_status, user=self.context["request"].user
            )
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc)) from exc
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"status": exc.messages}) from exc

    @transaction.atomic
    def create(self, validated_data):
        topics = validated_data.pop("topics", None)
        to_status = validated_data.pop("status", Status.DRAFT)
        validated_data.setdefault("slug", unique_slug(Interview, validated_data["title"]))
        interview = Interview.objects.create(status=Status.DRAFT, **validated_data)
        if topics is not None:
            interview.topics.set(topics)
        # Created as a draft, then moved through the workflow with the user's rights.
        self._set_status(interview, to_status)
        return interview

    @transaction.atomic
    def update(self, instance, validated_data):
        topics = validated_data.pop("topics", None)
        to_status = validated_data.pop("status", instance.status)
        mark_edited(instance, validated_data)
        instance = super().update(instance, validated_data)
        if topics is not None:
            instance.topics.set(topics)
        self._set_status(instance, to_status)
        return instance


class InterviewDetailSerializer(InterviewSerializer):
    """The whole interview: participants, sources, sections in order with their statements,
    each statement with its speaker and commentary."""

    sources = SourceSerializer(many=True, read_only=True, source="api_sources")
    unsectioned_quotes = StatementSerializer(
        many=True,
        read_only=True,
        source="api_unsectioned",
        help_text="Statements that stand before the first heading, or under none.",
    )
    sections = SectionSerializer(many=True, read_only=True, source="api_sections")
    general_commentary = NestedCommentarySerializer(
        many=True,
        read_only=True,
        source="api_general_commentary",
        help_text="Commentary on the interview as a whole.",
    )

    class Meta(InterviewSerializer.Meta):
        fields = [
            *InterviewSerializer.Meta.fields,
            "recording_url",
            "created_at",
            "sources",
            "general_commentary",
            "unsectioned_quotes",
            "sections",
        ]
        read_only_fields = [*InterviewSerializer.Meta.read_only_fields, "created_at"]
