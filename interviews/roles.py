"""The newsroom's groups and what each may do.

Editors publish; Contributors write drafts and send them to review (the
workflow rules themselves are in services.can_set_status). Used by the data
migration that creates the groups, so it takes the models as arguments.
"""

CONTENT = ["interview", "quote", "commentary", "section", "participant"]
SUPPORT = ["speaker", "speakeralias", "topic", "sourcedocument"]

CONTRIBUTOR_PERMISSIONS = [
    f"{action}_{model}" for model in CONTENT for action in ("add", "change", "view", "delete")
] + [f"{action}_{model}" for model in SUPPORT for action in ("add", "change", "view")]


def sync_newsroom_groups(group_model, permission_model) -> None:
    """Create (or bring up to date) the Editor and Contributor groups."""
    perms = permission_model.objects.filter(content_type__app_label="interviews")
    editor, _ = group_model.objects.get_or_create(name="Editor")
    editor.permissions.add(*perms)
    contributor, _ = group_model.objects.get_or_create(name="Contributor")
    contributor.permissions.add(*perms.filter(codename__in=CONTRIBUTOR_PERMISSIONS))
