from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Commentary, CommentaryStatus, Interview, Quote, Speaker, Topic


class InterviewListView(ListView):
    template_name = "interviews/interview_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Interview.objects.published().with_counts().with_related()


class InterviewDetailView(DetailView):
    template_name = "interviews/interview_detail.html"

    def get_queryset(self):
        commentary = Commentary.objects.filter(status=CommentaryStatus.PUBLISHED).order_by(
            "position"
        )
        quotes = Quote.objects.select_related("speaker", "section").prefetch_related(
            Prefetch("commentary", queryset=commentary)
        )
        return (
            Interview.objects.visible_to(self.request.user)
            .with_related()
            .prefetch_related(
                Prefetch("quotes", queryset=quotes),
                Prefetch(
                    "commentary",
                    queryset=commentary.filter(quote__isnull=True),
                    to_attr="general_commentary",
                ),
                "sources",
            )
        )


class SpeakerDetailView(DetailView):
    template_name = "interviews/speaker_detail.html"
    queryset = Speaker.objects.all()


class TopicDetailView(DetailView):
    template_name = "interviews/topic_detail.html"
    queryset = Topic.objects.all()


class QuoteDetailView(DetailView):
    template_name = "interviews/quote_detail.html"

    def get_object(self, queryset=None):
        quotes = Quote.objects.select_related("speaker", "interview")
        if not (self.request.user.is_active and self.request.user.is_staff):
            quotes = quotes.published()
        return get_object_or_404(quotes, pk=self.kwargs["pk"])
