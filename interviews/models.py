"""The domain: who said what in which interview, and the critique beside it.

Fixed values (DESIGN.md) are TextChoices guarded by check constraints so
that nothing, not even a raw UPDATE, stores a value outside the table.
"""

from __future__ import annotations

import reversion
from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from . import locks


def choices_check(field: str, choices: type[models.TextChoices], *, name: str, blank=False):
    allowed = Q(**{f"{field}__in": choices.values})
    if blank:
        allowed |= Q(**{field: ""})
    return models.CheckConstraint(condition=allowed, name=name)


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


class Format(models.TextChoices):
    PODCAST = "podcast", "Podcast"
    VIDEO = "video", "Video"
    ON_STAGE = "on-stage", "On stage"
    PRINT = "print", "Print"
    BROADCAST = "broadcast", "Broadcast"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Role(models.TextChoices):
    SUBJECT = "subject", "Subject"
    INTERVIEWER = "interviewer", "Interviewer"
    HOST = "host", "Host"
    GUEST = "guest", "Guest"


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Direct quote"
    PARAPHRASE = "paraphrase", "Paraphrase"
    WRITTEN = "written", "Written"


class CommentaryKind(models.TextChoices):
    CRITIQUE = "critique", "Critique"
    COMPARISON = "comparison", "Comparison"
    CONTEXT = "context", "Context"
    INSIGHT = "insight", "Insight"
    FACT_CHECK = "fact-check", "Fact-check"


class CommentaryStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class SlugManager(models.Manager):
    """Natural key by slug, for dumpdata/loaddata with --natural-primary."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class EditorTracked(models.Model):
    """Records which fields an editor changed, so a re-import leaves them alone."""

    edited_fields = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def mark_edited(self, fields) -> None:
        self.edited_fields = sorted(set(self.edited_fields) | set(fields))


# --- Topics ---------------------------------------------------------------


class Topic(TagBase):
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text="Comma-separated words and phrases that suggest this topic to the importer.",
    )

    class Meta:
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("topic-detail", args=[self.slug])

    @property
    def keyword_list(self) -> list[str]:
        return split_keywords(self.keywords)


def split_keywords(keywords: str) -> list[str]:
    """A topic's keywords, written one a line or separated by commas."""
    return [k.strip() for k in keywords.replace("\n", ",").split(",") if k.strip()]


class TaggedItemManager(models.Manager):
    """Natural keys for tag links: (interview slug or statement id, topic name)."""

    def get_by_natural_key(self, obj_key, tag_name):
        field = "content_object__slug" if self.model is TaggedInterview else "content_object_id"
        return self.get(**{field: obj_key, "tag__name": tag_name})


class TaggedInterview(TaggedItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_interviews")
    content_object = models.ForeignKey("Interview", on_delete=models.CASCADE)

    objects = TaggedItemManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="uniq_interview_topic")
        ]

    def natural_key(self):
        return (self.content_object.slug, self.tag.name)

    natural_key.dependencies = ["interviews.interview", "interviews.topic"]


class TaggedQuote(TaggedItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_quotes")
    content_object = models.ForeignKey("Quote", on_delete=models.CASCADE)

    objects = TaggedItemManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="uniq_quote_topic")
        ]

    def natural_key(self):
        return (self.content_object_id, self.tag.name)

    natural_key.dependencies = ["interviews.quote", "interviews.topic"]


class TaggedCommentary(TaggedItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_commentary")
    content_object = models.ForeignKey("Commentary", on_delete=models.CASCADE)

    objects = TaggedItemManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="uniq_commentary_topic")
        ]

    def natural_key(self):
        return (self.content_object_id, self.tag.name)

    natural_key.dependencies = ["interviews.commentary", "interviews.topic"]


# --- Speakers -------------------------------------------------------------


class Speaker(EditorTracked):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    role = models.CharField(max_length=200, blank=True, help_text='e.g. "CEO"')
    organisation = models.CharField(max_length=200, blank=True, help_text='e.g. "Meta"')
    bio = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlugManager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["name"]),
            # The importer looks people up by name whatever its case.
            models.Index(Lower("name"), name="speaker_name_lower"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("speaker-detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)

    @property
    def title(self) -> str:
        """The role as readers see it: "CEO of Meta"."""
        if self.role and self.organisation:
            return f"{self.role} of {self.organisation}"
        return self.role or self.organisation


class SpeakerAlias(models.Model):
    """Another name the importer resolves to this speaker ("Zuckerberg", "Zuck")."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(fields=["speaker", "name"], name="uniq_speaker_alias"),
        ]
        indexes = [
            models.Index(fields=["name"]),
            models.Index(Lower("name"), name="speaker_alias_name_lower"),
        ]

    def __str__(self):
        return self.name


# --- Interviews -----------------------------------------------------------


def count_of(queryset, fk: str, counted: str = "pk", distinct: bool = False):
    """A correlated count of ``queryset`` rows pointing at the outer row through ``fk``.

    One subquery in the outer query instead of a query per row, and no join
    fan-out when several counts are taken at once.
    """
    counted = (
        queryset.filter(**{fk: OuterRef("pk")})
        .order_by()
        .values(fk)
        .annotate(n=Count(counted, distinct=distinct))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)


class InterviewQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Staff preview drafts at their public URL; everyone else sees published ones."""
        if user is not None and user.is_active and user.is_staff:
            return self
        return self.published()

    def with_counts(self):
        """statement_count and commentary_count (published critique), one subquery each.

        Subqueries rather than joins: two joins would multiply statements by critiques.
        """
        return self.annotate(
            statement_count=count_of(Quote.objects.all(), "interview"),
            commentary_count=count_of(
                Commentary.objects.filter(status=CommentaryStatus.PUBLISHED), "interview"
            ),
        )

    def with_related(self):
        return self.prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("speaker").order_by("position"),
            ),
            "topics",
        )


class InterviewManager(models.Manager.from_queryset(InterviewQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Interview(EditorTracked):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    dek = models.TextField(blank=True, help_text="One or two sentences under the title.")
    format = models.CharField(max_length=20, choices=Format.choices, blank=True)
    event = models.CharField(max_length=200, blank=True, help_text='e.g. "SIGGRAPH 2024"')
    outlet = models.CharField(max_length=200, blank=True, help_text='e.g. "Bloomberg"')
    date = models.DateField(null=True, blank=True, help_text="When the conversation took place.")
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    recording_url = models.URLField(blank=True, max_length=500)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    speakers = models.ManyToManyField(Speaker, through="Participant", related_name="interviews")
    topics = TaggableManager(through=TaggedInterview, blank=True)

    objects = InterviewManager()

    class Meta:
        ordering = ["-date", "-published_at", "title"]
        permissions = [("publish_interview", "Can publish, unpublish and archive interviews")]
        indexes = [
            models.Index(fields=["status", "-date"], name="interview_status_date"),
            models.Index(fields=["status", "-published_at"], name="interview_status_pub"),
        ]
        constraints = [
            choices_check("status", Status, name="interview_status_valid"),
            choices_check("format", Format, name="interview_format_valid", blank=True),
            choices_check("date_precision", DatePrecision, name="interview_date_precision_valid"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("interview-detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED


class Participant(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="participants")
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.SUBJECT)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["interview", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "speaker", "role"], name="uniq_participant_role"
            ),
            choices_check("role", Role, name="participant_role_valid"),
        ]

    def __str__(self):
        return f"{self.speaker} ({self.get_role_display()})"


class SourceDocumentManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class SourceDocument(models.Model):
    """One write-up an interview was read from; the same conversation may have several."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="sources")
    name = models.CharField(
        max_length=255, unique=True, help_text="File name, or a name given to pasted text."
    )
    ordinal = models.PositiveSmallIntegerField(
        default=0, help_text="Order among the interview's write-ups."
    )
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the imported text.")
    text = models.TextField(help_text="The text as imported.")
    title = models.CharField(max_length=300, blank=True)
    author = models.CharField(max_length=200, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(blank=True, max_length=500)
    warnings = models.JSONField(default=list, blank=True)
    dropped = models.JSONField(default=list, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)

    objects = SourceDocumentManager()

    class Meta:
        ordering = ["interview", "ordinal", "id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "ordinal"], name="uniq_source_ordinal"),
        ]

    def __str__(self):
        return self.title or self.name

    def natural_key(self):
        return (self.name,)

    natural_key.dependencies = ["interviews.interview"]


class ImportedKind(models.TextChoices):
    """What an import writes by key, and an editor may delete (model names)."""

    QUOTE = "quote", "Statement"
    COMMENTARY = "commentary", "Commentary"


class DeletedImport(models.Model):
    """An imported statement or commentary item that an editor deleted.

    A deletion is an editor change like an edited field: re-importing a changed
    version of the source leaves the item deleted (services.delete_content
    records it, services.import_article reads it).
    """

    source = models.ForeignKey(SourceDocument, on_delete=models.CASCADE, related_name="deletions")
    kind = models.CharField(max_length=20, choices=ImportedKind.choices)
    import_key = models.CharField(max_length=64, help_text="Identity within its source.")
    excerpt = models.CharField(max_length=200, blank=True, help_text="What it said.")
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    deleted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["deleted_at", "id"]
        constraints = [
            # Also serves the import's look-up of a source's deletions.
            models.UniqueConstraint(
                fields=["source", "kind", "import_key"], name="uniq_deleted_import"
            ),
            choices_check("kind", ImportedKind, name="deleted_import_kind_valid"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.excerpt or self.import_key}"


class Section(EditorTracked):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="sections")
    source = models.ForeignKey(
        SourceDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="sections"
    )
    heading = models.CharField(max_length=300)
    level = models.PositiveSmallIntegerField(default=1)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["interview", "position"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "position"], name="uniq_section_position"),
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=6), name="section_level"),
        ]

    def __str__(self):
        return self.heading


# --- Statements and critique ---------------------------------------------


class QuoteQuerySet(models.QuerySet):
    def published(self):
        return self.filter(interview__status=Status.PUBLISHED)

    def with_related(self):
        return self.select_related("speaker", "interview", "section", "source").prefetch_related(
            "topics"
        )

    def with_commentary_count(self):
        return self.annotate(
            commentary_count=Count(
                "commentary", filter=Q(commentary__status=CommentaryStatus.PUBLISHED)
            )
        )


class Quote(EditorTracked):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    attribution = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who said it, as the text puts it, when that names no known speaker.",
    )
    text = models.TextField()
    kind = models.CharField(max_length=20, choices=QuoteKind.choices, default=QuoteKind.DIRECT)
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    position = models.PositiveIntegerField()
    source = models.ForeignKey(
        SourceDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    import_key = models.CharField(
        max_length=64, blank=True, editable=False, help_text="Identity within its source."
    )
    is_featured = models.BooleanField("featured", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    topics = TaggableManager(through=TaggedQuote, blank=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["interview", "position"]
        indexes = [
            models.Index(fields=["speaker", "interview"], name="quote_speaker"),
            models.Index(fields=["source", "import_key"], name="quote_import_key"),
            models.Index(
                fields=["is_featured"], name="quote_featured", condition=Q(is_featured=True)
            ),
        ]
        constraints = [
            # Also serves the (interview, position) lookups of the interview page.
            models.UniqueConstraint(fields=["interview", "position"], name="uniq_quote_position"),
            choices_check("kind", QuoteKind, name="quote_kind_valid"),
        ]

    def __str__(self):
        words = self.text.split()
        excerpt = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
        return f"{self.speaker or 'Unattributed'}: {excerpt}"

    def get_absolute_url(self):
        return reverse("quote-detail", args=[self.pk])

    @property
    def anchor(self) -> str:
        return f"q-{self.pk}"


class CommentaryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CommentaryStatus.PUBLISHED, interview__status=Status.PUBLISHED)


class Commentary(EditorTracked):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="commentary")
    quote = models.ForeignKey(
        Quote,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="commentary",
        help_text="Leave empty for commentary on the interview as a whole.",
    )
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="commentary"
    )
    source = models.ForeignKey(
        SourceDocument,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commentary",
    )
    body = models.TextField(help_text="Plain text or a small subset of Markdown.")
    kind = models.CharField(
        max_length=20, choices=CommentaryKind.choices, default=CommentaryKind.CRITIQUE
    )
    author = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    position = models.PositiveIntegerField(default=0)
    status = models.CharField(
        max_length=20, choices=CommentaryStatus.choices, default=CommentaryStatus.PUBLISHED
    )
    import_key = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    topics = TaggableManager(through=TaggedCommentary, blank=True)

    objects = CommentaryQuerySet.as_manager()

    class Meta:
        ordering = ["interview", "position", "id"]
        verbose_name_plural = "commentary"
        indexes = [
            models.Index(fields=["quote", "position"], name="commentary_quote_pos"),
            models.Index(fields=["source", "import_key"], name="commentary_import_key"),
        ]
        constraints = [
            choices_check("kind", CommentaryKind, name="commentary_kind_valid"),
            choices_check("status", CommentaryStatus, name="commentary_status_valid"),
        ]

    def __str__(self):
        words = self.body.split()
        return (
            f"{self.get_kind_display()}: " + " ".join(words[:10]) + ("…" if len(words) > 10 else "")
        )

    def get_absolute_url(self):
        if self.quote_id:
            return reverse("quote-detail", args=[self.quote_id])
        return reverse("interview-detail", args=[self.interview.slug])


class StatusChange(models.Model):
    """One step of the editorial workflow: who moved an interview from what to what, when."""

    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.interview}: {self.from_status or '—'} → {self.to_status}"


def unique_slug(model: type[models.Model], text: str, *, max_length: int = 200) -> str:
    """A slug for ``text`` not yet used by ``model``."""
    return unique_slugs(model, [text], max_length=max_length)[0]


def unique_slugs(
    model: type[models.Model], texts: list[str], *, max_length: int = 200
) -> list[str]:
    """A slug for each text, unused by ``model`` and by each other, found in one query.

    Another transaction choosing a slug for the same text waits until this one ends.
    """
    bases = [slugify(text)[: max_length - 8].strip("-") or "item" for text in texts]
    if not bases:
        return []
    locks.hold(f"slug:{model._meta.label}", bases)
    starts = Q()
    for base in set(bases):
        starts |= Q(slug__startswith=base)
    taken = set(model._default_manager.filter(starts).order_by().values_list("slug", flat=True))
    slugs = []
    for base in bases:
        slug, n = base, 2
        while slug in taken:
            slug = f"{base}-{n}"
            n += 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


# Revisions let editors see what changed, revert, and recover deletions. Registered
# here, before the admin's VersionAdmin would register them with other options.
reversion.register(Speaker, follow=["aliases"])
reversion.register(SpeakerAlias)
reversion.register(Topic)
reversion.register(Interview, follow=["participants"])
reversion.register(Participant)
reversion.register(Section)
reversion.register(Quote)
reversion.register(Commentary)
