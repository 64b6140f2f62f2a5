"""Statements and the critique beside them; sections, sources and the workflow log."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from ..editorial import render_markdown
from ..forms import EditorialForm, QuoteForm, topics_field
from ..models import (
    Commentary,
    CommentaryKind,
    CommentaryStatus,
    Quote,
    Section,
    SourceDocument,
    StatusChange,
    count_of,
)
from .base import EditorialAdmin, LockedInline


def _editor_name(user) -> str:
    return user.get_full_name() or user.get_username()


class CommentaryInline(LockedInline, admin.StackedInline):
    model = Commentary
    fk_name = "quote"
    extra = 1
    fields = [("kind", "status", "author", "position"), "body", "rendered"]
    readonly_fields = ["rendered"]
    ordering = ["position", "id"]
    verbose_name = "commentary"
    verbose_name_plural = "commentary beside this statement"

    @admin.display(description="As readers see it")
    def rendered(self, obj):
        return mark_safe(render_markdown(obj.body)) if obj and obj.body else "—"


@admin.register(Quote)
class QuoteAdmin(EditorialAdmin):
    form = QuoteForm
    list_display = [
        "excerpt",
        "speaker",
        "interview",
        "kind",
        "is_featured",
        "critiques",
    ]
    list_display_links = ["excerpt"]
    list_editable = ["is_featured"]
    list_filter = ["kind", "is_featured", "interview__status", "interview__format"]
    list_select_related = ["speaker", "interview"]
    list_per_page = 100
    show_full_result_count = False
    # Newest first, by primary key: ordering by "interview" would sort every row by
    # the interview's own ordering (a join and a full sort) before the page is cut.
    ordering = ["-pk"]
    search_fields = ["text", "speaker__name", "attribution", "interview__title"]
    autocomplete_fields = ["speaker", "interview"]
    readonly_fields = ["source", "public_link"]
    fieldsets = [
        (None, {"fields": ["interview", ("speaker", "attribution"), "kind", "text"]}),
        ("Place", {"fields": [("section", "position"), "source", "public_link"]}),
        ("Curation", {"fields": ["is_featured", "topics"]}),
    ]
    inlines = [CommentaryInline]
    actions = ["feature", "unfeature"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(*self.list_select_related)
            .annotate(critique_count=count_of(Commentary.objects.all(), "quote"))
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Section.objects.filter(interview__quotes__pk=object_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="statement", ordering="text")
    def excerpt(self, obj):
        return Truncator(obj.text).words(16)

    @admin.display(description="commentary", ordering="critique_count")
    def critiques(self, obj):
        return obj.critique_count

    @admin.display(description="public page")
    def public_link(self, obj):
        if not obj or not obj.pk:
            return "—"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())

    def _set_featured(self, request, queryset, value: bool):
        quotes = list(queryset.select_related("interview"))
        if any(self.is_locked(request, q) for q in quotes):
            raise PermissionDenied
        for quote in quotes:
            if quote.is_featured != value:
                quote.is_featured = value
                quote.mark_edited(["is_featured"])
                quote.save(update_fields=["is_featured", "edited_fields", "updated_at"])
        self.message_user(
            request, f"{len(quotes)} statement(s) {'featured' if value else 'unfeatured'}."
        )

    @admin.action(description="Feature selected statements", permissions=["change"])
    def feature(self, request, queryset):
        self._set_featured(request, queryset, True)

    @admin.action(description="Stop featuring selected statements", permissions=["change"])
    def unfeature(self, request, queryset):
        self._set_featured(request, queryset, False)

    def prepare_inline_instance(self, request, parent, instance) -> None:
        instance.interview_id = parent.interview_id
        if not instance.pk:
            instance.created_by = request.user
            instance.author = instance.author or _editor_name(request.user)
            instance.source = None


class CommentaryForm(EditorialForm):
    topics = topics_field(Commentary)

    class Meta:
        model = Commentary
        fields = [
            "interview",
            "quote",
            "section",
            "body",
            "kind",
            "author",
            "status",
            "position",
            "topics",
        ]
        widgets = {"body": forms.Textarea(attrs={"rows": 8, "class": "vLargeTextField"})}

    def clean(self):
        cleaned = super().clean()
        quote, interview = cleaned.get("quote"), cleaned.get("interview")
        if quote and interview and quote.interview_id != interview.pk:
            self.add_error("quote", "This statement belongs to another interview.")
        return cleaned


@admin.register(Commentary)
class CommentaryAdmin(EditorialAdmin):
    form = CommentaryForm
    list_display = ["summary", "kind", "author", "status", "on_quote", "interview"]
    list_filter = ["kind", "status", "author", "interview__status"]
    list_select_related = ["interview", "quote", "quote__speaker"]
    list_per_page = 100
    show_full_result_count = False
    ordering = ["-pk"]
    search_fields = ["body", "author", "quote__text"]
    autocomplete_fields = ["quote", "interview"]
    readonly_fields = ["rendered", "created_by", "source"]
    fieldsets = [
        (None, {"fields": ["interview", "quote", ("kind", "status"), "body", "rendered"]}),
        ("Byline and place", {"fields": [("author", "created_by"), ("section", "position")]}),
        ("Curation", {"fields": ["topics", "source"]}),
    ]

    def get_queryset(self, request):
        # ChangeList skips list_select_related once a queryset has select_related.
        return super().get_queryset(request).select_related(*self.list_select_related)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Section.objects.filter(interview__commentary__pk=object_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("author", _editor_name(request.user))
        initial.setdefault("kind", CommentaryKind.CRITIQUE)
        initial.setdefault("status", CommentaryStatus.PUBLISHED)
        return initial

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="commentary", ordering="body")
    def summary(self, obj):
        return Truncator(obj.body).words(14)

    @admin.display(description="beside", ordering="quote__position")
    def on_quote(self, obj):
        if obj.quote is None:
            return "the whole interview"
        return Truncator(f"{obj.quote.speaker or 'Unattributed'}: {obj.quote.text}").words(10)

    @admin.display(description="As readers see it")
    def rendered(self, obj):
        if not obj or not obj.body:
            return "—"
        return format_html(
            '<div class="sn-rendered">{}</div>', mark_safe(render_markdown(obj.body))
        )


@admin.register(Section)
class SectionAdmin(EditorialAdmin):
    list_display = ["heading", "level", "position", "interview"]
    list_select_related = ["interview"]
    list_filter = ["level"]
    search_fields = ["heading", "interview__title"]
    autocomplete_fields = ["interview"]
    readonly_fields = ["source"]
    show_full_result_count = False


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "author", "interview", "imported_at"]
    list_select_related = ["interview"]
    search_fields = ["name", "title", "author"]
    readonly_fields = [
        "interview",
        "content_hash",
        "imported_at",
        "warnings",
        "dropped",
        "kept_deleted",
        "text",
    ]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False  # a source is made by importing an article

    @admin.display(description="deleted by editors")
    def kept_deleted(self, obj):
        deletions = list(obj.deletions.select_related("deleted_by")) if obj and obj.pk else []
        if not deletions:
            return "—"
        items = format_html_join(
            "",
            "<li>{}: {} <small>({}, {})</small></li>",
            (
                (
                    d.get_kind_display(),
                    d.excerpt,
                    d.deleted_by or "unknown",
                    d.deleted_at.strftime("%d %b %Y"),
                )
                for d in deletions
            ),
        )
        return format_html(
            '<ul>{}</ul><p class="help">A re-import of this source leaves these out.</p>',
            items,
        )


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["interview", "from_status", "to_status", "user", "at"]
    list_select_related = ["interview", "user"]
    list_filter = ["to_status", "user"]
    date_hierarchy = "at"
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
