"""sitemap.xml: only what the public can open."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Interview, Quote, Status
from .views import public_speakers, public_topics


class StaticSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["home", "interview-list"]

    def location(self, item):
        return reverse(item)


class InterviewSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.9

    def items(self):
        return Interview.objects.published().order_by("-published_at", "pk")

    def lastmod(self, obj):
        return obj.updated_at


class QuoteSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return (
            Quote.objects.filter(interview__status=Status.PUBLISHED)
            .only("pk", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, obj):
        return obj.updated_at


class SpeakerSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return public_speakers()


class TopicSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return public_topics()


SITEMAPS = {
    "pages": StaticSitemap,
    "interviews": InterviewSitemap,
    "quotes": QuoteSitemap,
    "speakers": SpeakerSitemap,
    "topics": TopicSitemap,
}
