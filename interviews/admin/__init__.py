"""The editorial admin: one module per concern, registered on import."""

from django.contrib import admin
from taggit.models import Tag

from . import content, interviews, people  # noqa: F401

# Topics are the tag vocabulary; taggit's own Tag table is never used, and a "Tags"
# entry beside "Topics" would only send editors to an empty list.
if admin.site.is_registered(Tag):
    admin.site.unregister(Tag)
