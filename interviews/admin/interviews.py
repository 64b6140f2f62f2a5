"""Interviews: the list, the form with its inlines, the workflow, and importing an article."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from ..editorial import confirm_import, preview_import
from ..forms import ConfirmImportForm, ImportForm, InterviewForm
from ..models import (
    Commentary,
    CommentaryKind,
    Interview,
    Participant,
    Quote,
    Section,
    SourceDocument,
    Speaker,
    Status,
    count_of,
)
from ..services import PUBLISH_PERMISSION, TRANSITIONS, ImportFailed, can_set_status, change_status
from .base import EditorialAdmin, LockedInline

TRANSITION_LABELS = {
    Status.DRAFT: "Return to draft",
    Status.REVIEW: "Send to review",
    Status.PUBLISHED: "Publish",
    Status.ARCHIVED: "Archive",
}


class ParticipantInline(LockedInline, admin.TabularInline):
    model = Participant
    extra = 0
    fields = ["speaker", "role", "position"]
    autocomplete_fields = ["speaker"]
    ordering = ["position", "id"]


class QuoteInline(LockedInline, admin.StackedInline):
    """Statements in reading order; reorder them by editing positions."""

    model = Quote
    extra = 0
    fields = [("position", "speaker", "kind", "is_featured"), "text", "section"]
    ordering = ["position"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "section")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # One query for the choices of every row, not one per row: the speakers who
        # take part or are quoted, and this interview's sections.
        interview_id = request.resolver_match.kwargs.get("object_id")
        cache = request.__dict__.setdefault("_quote_inline_choices", {})
        if db_field.name == "speaker":
            kwargs["queryset"] = (
                Speaker.objects.filter(participations__interview_id=interview_id)
                | Speaker.objects.filter(quotes__interview_id=interview_id)
            ).distinct()
            kwargs["help_text"] = "Add the speaker as a participant to choose someone else."
        elif db_field.name == "section":
            kwargs["queryset"] = Section.objects.filter(interview_id=interview_id)
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name in ("speaker", "section") and field is not None:
            if db_field.name not in cache:
                cache[db_field.name] = list(field.choices)
            field.choices = cache[db_field.name]
        return field


class InterviewCommentaryInline(LockedInline, admin.StackedInline):
    """Commentary on the interview as a whole (critique of a quote lives under the quote)."""

    model = Commentary
    extra = 0
    fields = [("kind", "status", "author", "position"), "body"]
    verbose_name = "commentary on the whole interview"
    verbose_name_plural = "commentary on the whole interview"
    classes = ["collapse"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(quote__isnull=True)


class SourceDocumentInline(admin.TabularInline):
    model = SourceDocument
    extra = 0
    fields = ["name", "title", "author", "outlet", "imported_at", "warning_count"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="warnings")
    def warning_count(self, obj):
        return len(obj.warnings)


def _transition_action(to_status: str):
    def action(modeladmin, request, queryset):
        modeladmin.move(request, queryset, to_status)

    action.__name__ = f"make_{to_status}"
    return admin.action(description=f"{TRANSITION_LABELS[to_status]}: selected interviews")(action)


@admin.register(Interview)
class InterviewAdmin(EditorialAdmin):
    form = InterviewForm
    change_list_template = "admin/interviews/interview/change_list.html"
    list_display = [
        "title",
        "status_badge",
        "date",
        "format",
        "speaker_names",
        "statements",
        "critiques",
    ]
    list_display_links = ["title"]
    list_filter = [
        "status",
        "format",
        ("topics", admin.RelatedOnlyFieldListFilter),
        ("speakers", admin.RelatedOnlyFieldListFilter),
        "date",
    ]
    search_fields = ["title", "dek", "event", "outlet", "speakers__name"]
    date_hierarchy = "date"
    list_per_page = 50
    show_full_result_count = False
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["workflow"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "dek"]}),
        (
            "The conversation",
            {
                "fields": [
                    ("format", "date", "date_precision"),
                    ("event", "outlet"),
                    "recording_url",
                ]
            },
        ),
        ("Topics", {"fields": ["topics"]}),
        ("Workflow", {"fields": ["workflow"]}),
    ]
    inlines = [ParticipantInline, QuoteInline, InterviewCommentaryInline, SourceDocumentInline]
    actions = [
        _transition_action(Status.REVIEW),
        _transition_action(Status.PUBLISHED),
        _transition_action(Status.ARCHIVED),
        _transition_action(Status.DRAFT),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                statement_count=count_of(Quote.objects.all(), "interview"),
                critique_count=count_of(
                    Commentary.objects.filter(kind=CommentaryKind.CRITIQUE), "interview"
                ),
            )
            .prefetch_related(
                Prefetch(
                    "participants",
                    queryset=Participant.objects.select_related("speaker").order_by("position"),
                )
            )
        )

    # --- list columns --------------------------------------------------------

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj):
        return format_html(
            '<span class="sn-status sn-status--{}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description="speakers")
    def speaker_names(self, obj):
        names = []
        for p in obj.participants.all():
            if p.speaker.name not in names:
                names.append(p.speaker.name)
        return ", ".join(names[:4]) + (" …" if len(names) > 4 else "")

    @admin.display(description="statements", ordering="statement_count")
    def statements(self, obj):
        return obj.statement_count

    @admin.display(description="critiques", ordering="critique_count")
    def critiques(self, obj):
        return obj.critique_count

    # --- workflow -------------------------------------------------------------

    @admin.display(description="Status")
    def workflow(self, obj):
        if obj is None or obj.pk is None:
            return format_html('<span class="sn-status sn-status--{}">Draft</span>', Status.DRAFT)
        steps = format_html_join(
            "",
            "<li>{} → <strong>{}</strong> by {} on {}</li>",
            (
                (
                    change.get_from_status_display() or "new",
                    change.get_to_status_display(),
                    change.user or "the system",
                    change.at.strftime("%d %b %Y %H:%M"),
                )
                for change in obj.status_changes.select_related("user")[:5]
            ),
        )
        published = (
            format_html(" · first published {}", obj.published_at.strftime("%d %b %Y"))
            if obj.published_at
            else ""
        )
        return format_html(
            '<span class="sn-status sn-status--{}">{}</span>{}<ul class="sn-history">{}</ul>',
            obj.status,
            obj.get_status_display(),
            published,
            steps,
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(PUBLISH_PERMISSION):
            for to_status in (Status.PUBLISHED, Status.ARCHIVED):
                actions.pop(f"make_{to_status}", None)
        return actions

    def move(self, request, queryset, to_status: str) -> None:
        moved, refused = 0, []
        for interview in queryset:
            try:
                if change_status(interview=interview, to_status=to_status, user=request.user):
                    moved += 1
            except (PermissionDenied, ValidationError) as exc:
                refused.append(f"“{interview}”: {' '.join(getattr(exc, 'messages', [str(exc)]))}")
        if moved:
            self.message_user(
                request, f"{TRANSITION_LABELS[to_status]}: {moved} interview(s).", messages.SUCCESS
            )
        for message in refused:
            self.message_user(request, message, messages.ERROR)

    def transitions_for(self, request, obj) -> list[dict]:
        if obj is None or obj.pk is None:
            return []
        return [
            {"status": to, "label": TRANSITION_LABELS[to]}
            for to in (Status.REVIEW, Status.PUBLISHED, Status.ARCHIVED, Status.DRAFT)
            if to in TRANSITIONS[obj.status] and can_set_status(request.user, obj, to)
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["transitions"] = self.transitions_for(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        to_status = getattr(form, "transition", None)
        if to_status:
            change_status(interview=obj, to_status=to_status, user=request.user)
            self.message_user(
                request, f"“{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS
            )

    def prepare_inline_instance(self, request, parent, instance) -> None:
        if isinstance(instance, Commentary) and not instance.pk:
            instance.created_by = request.user
            instance.author = instance.author or request.user.get_full_name() or str(request.user)

    # --- import -----------------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="interviews_interview_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Upload or paste → preview of what was read → confirm → a draft interview."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import an article",
        }
        confirming = request.method == "POST" and "_confirm" in request.POST
        editing = request.method == "POST" and "_edit" in request.POST
        form_class = ConfirmImportForm if confirming else ImportForm
        if request.method != "POST" or editing:
            form = ImportForm(initial=request.POST if editing else None, user=request.user)
            return self._import_form(request, form, context)
        form = form_class(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self._import_form(request, form, context)
        data, filename = form.article()
        try:
            if confirming:
                result = confirm_import(
                    text=data,
                    name=form.cleaned_data["name"],
                    interview=form.cleaned_data.get("interview"),
                    facts=form.facts(),
                    user=request.user,
                )
            else:
                preview = preview_import(
                    data=data, filename=filename, name=form.cleaned_data.get("name") or ""
                )
        except (ImportFailed, PermissionDenied) as exc:
            form.add_error(None, str(exc) or "You may not change that interview.")
            return self._import_form(request, form, context)

        if confirming:
            verb = {"created": "Imported", "updated": "Updated", "unchanged": "Already imported"}
            self.message_user(
                request,
                f"{verb[result.outcome]} “{result.interview}” from {result.name}"
                + (
                    " — nothing changed."
                    if result.outcome == "unchanged"
                    else f" ({result.interview.get_status_display().lower()})."
                ),
                messages.SUCCESS if result.outcome != "unchanged" else messages.INFO,
            )
            return HttpResponseRedirect(
                reverse("admin:interviews_interview_change", args=[result.interview.pk])
            )

        confirm = ConfirmImportForm(
            initial={
                **{k: v for k, v in form.cleaned_data.items() if k not in ("file", "text", "name")},
                "text": preview.text,
                "name": preview.name,
            },
            user=request.user,
        )
        context.update(
            title="Check what was read",
            preview=preview,
            parsed=preview.parsed,
            rows=preview.rows(),
            general=preview.general_commentary(),
            form=confirm,
            target=form.cleaned_data.get("interview")
            or (preview.existing.interview if preview.existing else None),
        )
        return TemplateResponse(request, "admin/interviews/interview/import_preview.html", context)

    def _import_form(self, request, form, context):
        context.update(form=form, media=self.media + form.media)
        return TemplateResponse(request, "admin/interviews/interview/import.html", context)
