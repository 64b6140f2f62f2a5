"""What every editorial admin shares: per-object permissions, edit tracking, revisions."""

from __future__ import annotations

from functools import partial

from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from reversion.admin import VersionAdmin
from reversion.models import Version

from ..editorial import can_edit_interview
from ..models import Commentary, EditorTracked, Interview, Quote, Status
from ..services import delete_content

IGNORED_FORM_FIELDS = {"DELETE", "id", "ORDER"}
# Rows an import writes by key: an editor deletes them through services.delete_content,
# which remembers the imported ones so that a re-import leaves them deleted.
DELETED_THROUGH_SERVICE = (Quote, Commentary)


def interview_of(obj) -> Interview | None:
    if obj is None or isinstance(obj, Interview):
        return obj
    return getattr(obj, "interview", None)


def mark_edited(instance, changed) -> None:
    if isinstance(instance, EditorTracked) and instance.pk:
        instance.mark_edited(set(changed) - IGNORED_FORM_FIELDS)


class LockedInline:
    """Inlines under a published or archived interview are read-only to contributors."""

    def _unlocked(self, request, obj) -> bool:
        return can_edit_interview(request.user, interview_of(obj))

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._unlocked(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._unlocked(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._unlocked(request, obj)


class EditorialAdmin(VersionAdmin):
    """A VersionAdmin whose objects lock once their interview is public.

    Contributors may change and delete only what belongs to a draft or an
    interview in review; the check runs per object on every route (change
    form, changelist editing, actions, delete, revert).
    """

    object_history_template = "admin/interviews/object_history.html"
    history_latest_first = True

    def is_locked(self, request, obj) -> bool:
        return obj is not None and not can_edit_interview(request.user, interview_of(obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self.is_locked(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self.is_locked(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user  # a fresh class per call: modelform_factory
        return form

    def _stored(self, obj):
        return type(obj)._default_manager.select_related(None).get(pk=obj.pk)

    def save_model(self, request, obj, form, change):
        if change:
            # The changelist's inline editing checks only the model permission; check the row.
            if self.is_locked(request, self._stored(obj)):
                raise PermissionDenied
            mark_edited(obj, form.changed_data)
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        if self.is_locked(request, obj):
            raise PermissionDenied
        if isinstance(obj, DELETED_THROUGH_SERVICE):
            delete_content(objects=[obj], user=request.user)
        else:
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        if any(self.is_locked(request, obj) for obj in queryset):
            raise PermissionDenied
        if issubclass(queryset.model, DELETED_THROUGH_SERVICE):
            delete_content(objects=queryset, user=request.user)
        else:
            super().delete_queryset(request, queryset)

    def save_formset(self, request, form, formset, change):
        deleted = set(formset.deleted_forms) if formset.can_delete else set()
        for inline_form in formset.forms:
            if inline_form in deleted or not inline_form.has_changed():
                continue
            mark_edited(inline_form.instance, inline_form.changed_data)
            self.prepare_inline_instance(request, form.instance, inline_form.instance)
        if deleted and issubclass(formset.model, DELETED_THROUGH_SERVICE):
            # The formset deletes row by row among its saves, and lists what it deleted
            # for the change message; only the deleting itself goes through the service.
            formset.delete_existing = partial(_delete_row, user=request.user)
        formset.save()

    def prepare_inline_instance(self, request, parent, instance) -> None:
        """Fill what an inline row takes from its parent or the editor."""

    # --- revisions ---------------------------------------------------------

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # A revert restores content, never workflow: a status moves only through
        # change_status, which records who and when. A recovered interview is a draft.
        revision = version.revision
        revert = revision.revert
        interview_type = ContentType.objects.get_for_model(Interview)

        def revert_keeping_workflow(delete=False):
            ids = list(
                revision.version_set.filter(content_type=interview_type).values_list(
                    "object_id", flat=True
                )
            )
            before = {
                str(pk): (status, published_at)
                for pk, status, published_at in Interview.objects.filter(pk__in=ids).values_list(
                    "pk", "status", "published_at"
                )
            }
            revert(delete=delete)
            for pk in ids:
                status, published_at = before.get(str(pk), (Status.DRAFT, None))
                Interview.objects.filter(pk=pk).update(status=status, published_at=published_at)

        revision.revert = revert_keeping_workflow
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        """Reversion's history, with what each revision changed against the one before."""
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision", "revision__user")
            .order_by("pk")
        )
        opts = self.model._meta
        actions, previous = [], None
        for version in versions:
            try:
                fields = version.field_dict
            except Exception:  # a revision saved under an older schema
                fields = {}
            actions.append(
                {
                    "revision": version.revision,
                    "url": self._revision_url(object_id, version),
                    "changes": _changes(opts, previous, fields),
                }
            )
            previous = fields
        actions.reverse()
        context = {
            "action_list": actions,
            "has_add_permission": self.has_add_permission(request),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def _revision_url(self, object_id, version):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
            args=(quote(version.object_id), version.id),
        )


def _delete_row(obj, commit=True, *, user) -> None:
    if commit:
        delete_content(objects=[obj], user=user)


SKIPPED_IN_DIFF = {"updated_at", "created_at", "edited_fields", "import_key", "id"}


def _short(value) -> str:
    text = "—" if value in (None, "", [], ()) else str(value)
    return text if len(text) <= 160 else text[:157] + "…"


def _changes(opts, before: dict | None, after: dict) -> list[dict]:
    if before is None:
        return []
    changes = []
    for name, value in after.items():
        if name in SKIPPED_IN_DIFF or before.get(name) == value:
            continue
        try:
            label = opts.get_field(name).verbose_name
        except Exception:
            label = name
        changes.append({"field": str(label), "old": _short(before.get(name)), "new": _short(value)})
    return changes
