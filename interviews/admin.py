from django.contrib import admin
from reversion.admin import VersionAdmin

from .models import (
    Commentary,
    Interview,
    Participant,
    Quote,
    Section,
    SourceDocument,
    Speaker,
    SpeakerAlias,
    StatusChange,
    Topic,
)


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(VersionAdmin):
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "aliases__name", "organisation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SpeakerAliasInline]


@admin.register(Topic)
class TopicAdmin(VersionAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    autocomplete_fields = ["speaker"]


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 0
    fields = ["position", "speaker", "kind", "text", "section", "is_featured"]
    autocomplete_fields = ["speaker"]
    show_change_link = True


@admin.register(Interview)
class InterviewAdmin(VersionAdmin):
    list_display = ["title", "status", "date", "format"]
    list_filter = ["status", "format"]
    search_fields = ["title", "event", "outlet"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    inlines = [ParticipantInline, QuoteInline]


class CommentaryInline(admin.StackedInline):
    model = Commentary
    extra = 0
    fields = ["kind", "body", "author", "status", "position"]


@admin.register(Quote)
class QuoteAdmin(VersionAdmin):
    list_display = ["__str__", "speaker", "interview", "kind", "is_featured"]
    list_filter = ["kind", "is_featured"]
    list_select_related = ["speaker", "interview"]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["speaker", "interview"]
    inlines = [CommentaryInline]


@admin.register(Commentary)
class CommentaryAdmin(VersionAdmin):
    list_display = ["__str__", "kind", "author", "status", "interview"]
    list_filter = ["kind", "status"]
    list_select_related = ["interview"]
    search_fields = ["body", "author"]
    autocomplete_fields = ["quote", "interview"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["heading", "level", "position", "interview"]
    list_select_related = ["interview"]
    search_fields = ["heading"]


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "author", "interview", "imported_at"]
    list_select_related = ["interview"]
    search_fields = ["name", "title", "author"]
    readonly_fields = ["content_hash", "imported_at", "warnings", "dropped"]


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["interview", "from_status", "to_status", "user", "at"]
    list_select_related = ["interview", "user"]
    list_filter = ["to_status"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
