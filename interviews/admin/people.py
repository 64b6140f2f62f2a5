"""Speakers and topics: aliases, usage counts, and merging duplicates."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse

from ..editorial import merge_speakers, merge_topics
from ..forms import MergeForm
from ..models import (
    Participant,
    Quote,
    Speaker,
    SpeakerAlias,
    TaggedCommentary,
    TaggedInterview,
    TaggedQuote,
    Topic,
    count_of,
)
from .base import EditorialAdmin


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    verbose_name = "alias"
    verbose_name_plural = "aliases (other names the importer resolves to this speaker)"


class MergeMixin:
    def has_merge_permission(self, request) -> bool:
        # Admin actions need any one listed permission; a merge needs both.
        return self.has_change_permission(request) and self.has_delete_permission(request)


def merge_view(modeladmin, request, queryset, *, merge, noun: str):
    """The intermediate page of a merge action: choose the record to keep, then merge."""
    if queryset.count() < 2:
        modeladmin.message_user(request, f"Select two or more {noun}s to merge.", messages.WARNING)
        return None
    form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset)
    if "apply" in request.POST and form.is_valid():
        keep = form.cleaned_data["keep"]
        counts = merge(keep=keep, merge=list(queryset.exclude(pk=keep.pk)), user=request.user)
        detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if v)
        modeladmin.message_user(request, f"Merged into “{keep}”: {detail}.", messages.SUCCESS)
        return None
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Merge {noun}s",
        "opts": opts,
        "form": form,
        "objects": queryset,
        "noun": noun,
        "action": request.POST.get("action"),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
    }
    return TemplateResponse(request, "admin/interviews/merge.html", context)


@admin.register(Speaker)
class SpeakerAdmin(MergeMixin, EditorialAdmin):
    list_display = ["name", "role", "organisation", "quotes_count", "interviews_count"]
    search_fields = ["name", "aliases__name", "organisation", "role"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SpeakerAliasInline]
    actions = ["merge"]
    list_per_page = 100
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["name", "slug", ("role", "organisation"), "bio"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                quote_total=count_of(Quote.objects.all(), "speaker"),
                interview_total=count_of(Participant.objects.all(), "speaker"),
            )
        )

    @admin.display(description="statements", ordering="quote_total")
    def quotes_count(self, obj):
        return obj.quote_total

    @admin.display(description="interviews", ordering="interview_total")
    def interviews_count(self, obj):
        return obj.interview_total

    @admin.action(description="Merge selected speakers…", permissions=["merge"])
    def merge(self, request, queryset):
        return merge_view(self, request, queryset, merge=merge_speakers, noun="speaker")


@admin.register(Topic)
class TopicAdmin(MergeMixin, EditorialAdmin):
    list_display = ["name", "slug", "interview_uses", "quote_uses", "commentary_uses"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge"]
    list_per_page = 100
    show_full_result_count = False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                interview_total=count_of(TaggedInterview.objects.all(), "tag"),
                quote_total=count_of(TaggedQuote.objects.all(), "tag"),
                commentary_total=count_of(TaggedCommentary.objects.all(), "tag"),
            )
        )

    @admin.display(description="interviews", ordering="interview_total")
    def interview_uses(self, obj):
        return obj.interview_total

    @admin.display(description="statements", ordering="quote_total")
    def quote_uses(self, obj):
        return obj.quote_total

    @admin.display(description="commentary", ordering="commentary_total")
    def commentary_uses(self, obj):
        return obj.commentary_total

    @admin.action(description="Merge selected topics…", permissions=["merge"])
    def merge(self, request, queryset):
        return merge_view(self, request, queryset, merge=merge_topics, noun="topic")
