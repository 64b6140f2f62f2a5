"""RSS and Atom feeds of newly published interviews: all, per speaker, per topic."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .models import Interview, Participant, Speaker, Status, Topic

FEED_LENGTH = 30


def latest_interviews():
    return (
        Interview.objects.published()
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("speaker").order_by("position", "id"),
            )
        )
        .order_by("-published_at", "-date", "title")
    )


class LatestInterviewsFeed(Feed):
    description_template = None

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: new interviews"

    def link(self, obj=None):
        return reverse("interview-list")

    def description(self, obj=None):
        return "Interviews read critically: every statement with its critique beside it."

    def items(self, obj=None):
        return latest_interviews()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        people = ", ".join(
            f"{p.speaker.name} ({p.get_role_display().lower()})" for p in item.participants.all()
        )
        parts = [item.dek, people, " · ".join(filter(None, [item.event, item.outlet]))]
        return "\n".join(p for p in parts if p)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return settings.SITE_NAME


class LatestInterviewsAtomFeed(LatestInterviewsFeed):
    feed_type = Atom1Feed
    subtitle = LatestInterviewsFeed.description


class SpeakerFeed(LatestInterviewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(
            Speaker.objects.filter(participations__interview__status=Status.PUBLISHED).distinct(),
            slug=slug,
        )

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: interviews with {obj.name}"

    def link(self, obj=None):
        return obj.get_absolute_url()

    def description(self, obj=None):
        return f"New interviews with {obj.name}, read critically."

    def items(self, obj=None):
        return latest_interviews().filter(participants__speaker=obj).distinct()[:FEED_LENGTH]


class SpeakerAtomFeed(SpeakerFeed):
    feed_type = Atom1Feed
    subtitle = SpeakerFeed.description


class TopicFeed(LatestInterviewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, obj=None):
        return f"{settings.SITE_NAME}: {obj.name}"

    def link(self, obj=None):
        return obj.get_absolute_url()

    def description(self, obj=None):
        return obj.description or f"New interviews about {obj.name}, read critically."

    def items(self, obj=None):
        return latest_interviews().filter(topics=obj)[:FEED_LENGTH]


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed
    subtitle = TopicFeed.description
