"""Who may write what: the admin's rules, through the model permissions and the workflow."""

from __future__ import annotations

from rest_framework import permissions

from interviews.models import Interview
from interviews.services import can_set_status


def interview_of(obj) -> Interview | None:
    if isinstance(obj, Interview):
        return obj
    return getattr(obj, "interview", None)


def can_edit_interview(user, interview: Interview | None) -> bool:
    """Drafts and reviews are open to contributors; a published or archived interview,
    and everything in it, only to those who may publish (services.can_set_status)."""
    if interview is None:
        return True
    return can_set_status(user, interview, interview.status)


class EditorialPermission(permissions.DjangoModelPermissionsOrAnonReadOnly):
    """Anyone reads; writes need the model permission (Editor and Contributor groups)
    and, on an object inside an interview, the right to edit that interview."""

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return can_edit_interview(request.user, interview_of(obj))
