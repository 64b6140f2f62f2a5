from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import feeds, views
from .sitemaps import SITEMAPS

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("interviews/", views.InterviewListView.as_view(), name="interview-list"),
    path("interviews/<slug:slug>/", views.InterviewDetailView.as_view(), name="interview-detail"),
    path("speakers/<slug:slug>/", views.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    # Feeds: RSS and Atom for new interviews, per speaker and per topic.
    path("feeds/interviews.rss", feeds.LatestInterviewsFeed(), name="feed-interviews-rss"),
    path("feeds/interviews.atom", feeds.LatestInterviewsAtomFeed(), name="feed-interviews-atom"),
    path("speakers/<slug:slug>/feed.rss", feeds.SpeakerFeed(), name="feed-speaker-rss"),
    path("speakers/<slug:slug>/feed.atom", feeds.SpeakerAtomFeed(), name="feed-speaker-atom"),
    path("topics/<slug:slug>/feed.rss", feeds.TopicFeed(), name="feed-topic-rss"),
    path("topics/<slug:slug>/feed.atom", feeds.TopicAtomFeed(), name="feed-topic-atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]
