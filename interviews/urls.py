from django.urls import path
from django.views.generic import RedirectView

from . import views

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="interview-list"), name="home"),
    path("interviews/", views.InterviewListView.as_view(), name="interview-list"),
    path("interviews/<slug:slug>/", views.InterviewDetailView.as_view(), name="interview-detail"),
    path("speakers/<slug:slug>/", views.SpeakerDetailView.as_view(), name="speaker-detail"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
]
