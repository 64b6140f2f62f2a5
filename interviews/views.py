"""Public pages. Each view loads what its template reads in a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView, TemplateView

from .models import (
    Commentary,
    CommentaryKind,
    CommentaryStatus,
    Format,
    Interview,
    Participant,
    Quote,
    QuoteKind,
    Section,
    SourceDocument,
    Speaker,
    Status,
    Topic,
)
from .search import parse_query, search_queryset

# --- Reads shared by the pages (candidates for the models' QuerySets) -----


def is_staff(user) -> bool:
    return bool(user and user.is_active and user.is_staff)


def interview_cards(interviews):
    """Interviews as list cards show them: participants, topics and counts."""
    return interviews.with_counts().prefetch_related(
        Prefetch(
            "participants",
            queryset=Participant.objects.select_related("speaker").order_by("position", "id"),
        ),
        "topics",
    )


def public_topics():
    """Topics used by a published interview or statement, with how often."""
    return (
        Topic.objects.annotate(
            interview_count=Count(
                "tagged_interviews",
                filter=Q(tagged_interviews__content_object__status=Status.PUBLISHED),
                distinct=True,
            ),
        )
        .filter(interview_count__gt=0)
        .order_by("name")
    )


def public_speakers():
    return (
        Speaker.objects.filter(participations__interview__status=Status.PUBLISHED)
        .distinct()
        .order_by("name")
    )


def absolute(request, path: str) -> str:
    base = getattr(settings, "SITE_URL", "")
    return base + path if base else request.build_absolute_uri(path)


def interview_json_ld(request, interview, participants, topics, sources=()) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": interview.title,
        "url": absolute(request, interview.get_absolute_url()),
        "mainEntityOfPage": absolute(request, interview.get_absolute_url()),
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
        "about": [{"@type": "Thing", "name": t.name} for t in topics],
        "mentions": [
            {
                "@type": "Person",
                "name": p.speaker.name,
                "url": absolute(request, p.speaker.get_absolute_url()),
            }
            for p in participants
        ],
    }
    authors = sorted({source.author for source in sources if source.author})
    data["author"] = [{"@type": "Person", "name": name} for name in authors] or {
        "@type": "Organization",
        "name": settings.SITE_NAME,
    }
    if interview.date:
        data["dateCreated"] = interview.date.isoformat()
    if interview.dek:
        data["description"] = interview.dek
    if interview.published_at:
        data["datePublished"] = interview.published_at.isoformat()
    data["dateModified"] = interview.updated_at.isoformat()
    return data


def quote_json_ld(request, quote) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Quotation",
        "text": quote.text,
        "url": absolute(request, quote.get_absolute_url()),
        "isPartOf": {
            "@type": "Article",
            "headline": quote.interview.title,
            "url": absolute(request, quote.interview.get_absolute_url()),
        },
    }
    if quote.speaker:
        data["spokenByCharacter"] = data["creator"] = {
            "@type": "Person",
            "name": quote.speaker.name,
            "url": absolute(request, quote.speaker.get_absolute_url()),
        }
    return data


# --- Home and lists --------------------------------------------------------


class HomeView(TemplateView):
    template_name = "interviews/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest"] = list(interview_cards(Interview.objects.published())[:6])
        featured = (
            Quote.objects.published()
            .filter(is_featured=True)
            .select_related("speaker", "interview")
            .order_by("-interview__published_at", "position")[:6]
        )
        featured = list(featured)
        if not featured:
            # Before editors feature anything, show direct quotes that drew critique.
            featured = list(
                Quote.objects.published()
                .filter(kind=QuoteKind.DIRECT, commentary__status=CommentaryStatus.PUBLISHED)
                .select_related("speaker", "interview")
                .distinct()
                .order_by("-interview__date", "position")[:4]
            )
        context["featured"] = featured
        context["topics"] = list(public_topics())
        return context


class InterviewListView(ListView):
    template_name = "interviews/interview_list.html"
    paginate_by = 20
    context_object_name = "interviews"

    def get_queryset(self):
        interviews = Interview.objects.published()
        params = self.request.GET
        self.filters = {
            "speaker": params.get("speaker", "").strip(),
            "topic": params.get("topic", "").strip(),
            "format": params.get("format", "").strip(),
        }
        if self.filters["speaker"]:
            interviews = interviews.filter(
                pk__in=Participant.objects.filter(speaker__slug=self.filters["speaker"]).values(
                    "interview"
                )
            )
        if self.filters["topic"]:
            interviews = interviews.filter(topics__slug=self.filters["topic"])
        if self.filters["format"] in Format.values:
            interviews = interviews.filter(format=self.filters["format"])
        else:
            self.filters["format"] = ""
        return interview_cards(interviews).order_by("-date", "-published_at", "title")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(
            filters=self.filters,
            filtered=any(self.filters.values()),
            speakers=list(public_speakers()),
            topics=list(public_topics()),
            formats=Format.choices,
            query_string=query.urlencode(),
        )
        return context


# --- The interview page ----------------------------------------------------


@dataclass
class Block:
    """One thing on the interview page, in reading order."""

    kind: str  # "source", "section" or "statement"
    level: int = 2  # the h-level of a heading
    source: SourceDocument | None = None
    source_number: int = 0
    section: Section | None = None
    quote: Quote | None = None
    notes: list = field(default_factory=list)


def reading_order(
    quotes: list[Quote], sections: list[Section], sources: list[SourceDocument], notes_by_quote
) -> list[Block]:
    """Statements in order, each preceded by the headings (and write-up) it stands under.

    Headings nest as the article nests them, shifted so the first level is h2
    (h3 under a write-up heading when the interview has two write-ups) and
    never skipping a level.
    """
    several_sources = len(sources) > 1
    number_of = {s.pk: n for n, s in enumerate(sources, 1)}
    base = 3 if several_sources else 2
    top = min((s.level for s in sections), default=1)
    sections_by_source: dict[int | None, list[Section]] = defaultdict(list)
    for section in sections:
        sections_by_source[section.source_id if several_sources else None].append(section)

    blocks: list[Block] = []
    current_source = object()
    pending: list[Section] = []
    last_level = base - 1
    for quote in quotes:
        source_key = quote.source_id if several_sources else None
        if source_key != current_source:
            current_source = source_key
            pending = list(sections_by_source.get(source_key, []))
            if several_sources:
                source = next((s for s in sources if s.pk == quote.source_id), None)
                blocks.append(
                    Block("source", level=2, source=source, source_number=number_of.get(source_key))
                )
            last_level = base - 1
        if quote.section_id:
            while pending and pending[0].position <= quote.section.position:
                section = pending.pop(0)
                level = min(base + section.level - top, last_level + 1, 6)
                blocks.append(Block("section", level=level, section=section))
                last_level = level
        blocks.append(
            Block(
                "statement",
                quote=quote,
                notes=notes_by_quote.get(quote.pk, []),
                source_number=number_of.get(quote.source_id, 0),
            )
        )
    return blocks


class InterviewDetailView(DetailView):
    template_name = "interviews/interview_detail.html"
    context_object_name = "interview"

    def get_queryset(self):
        return Interview.objects.visible_to(self.request.user).prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("speaker").order_by("position", "id"),
            ),
            "topics",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        interview = self.object
        # Write-ups come joined to what was read from them (their text left out),
        # which saves the page a query of its own.
        with_source = ("source",)
        no_text = ("source__text", "source__warnings", "source__dropped")
        sections = list(
            interview.sections.select_related(*with_source).defer(*no_text).order_by("position")
        )
        section_by_pk = {s.pk: s for s in sections}
        quotes = list(
            interview.quotes.select_related("speaker", *with_source)
            .defer(*no_text)
            .order_by("position")
        )
        for quote in quotes:
            # Set from the list already loaded rather than a join per statement.
            quote.section = section_by_pk.get(quote.section_id)
        notes = list(
            interview.commentary.filter(status=CommentaryStatus.PUBLISHED)
            .select_related(*with_source)
            .defer(*no_text)
            .order_by("position", "id")
        )
        notes_by_quote = defaultdict(list)
        general = []
        for note in notes:
            (notes_by_quote[note.quote_id] if note.quote_id else general).append(note)
        sources = {
            item.source.pk: item.source for item in (*sections, *quotes, *notes) if item.source
        }
        sources = sorted(sources.values(), key=lambda source: (source.ordinal, source.pk))
        participants = list(interview.participants.all())
        topics = list(interview.topics.all())
        context.update(
            json_ld=interview_json_ld(self.request, interview, participants, topics, sources),
            blocks=reading_order(quotes, sections, sources, notes_by_quote),
            general_notes=general,
            sources=sources,
            several_sources=len(sources) > 1,
            participants=participants,
            topics=topics,
            statement_count=len(quotes),
            commentary_count=len(notes),
            kind_counts=_kind_counts(notes),
            is_preview=not interview.is_public,
        )
        return context


def _kind_counts(notes) -> list[tuple[str, str, int]]:
    counts = defaultdict(int)
    for note in notes:
        counts[note.kind] += 1
    plurals = {"context": "context notes"}
    return [
        (
            value,
            label.lower() if counts[value] == 1 else plurals.get(value, label.lower() + "s"),
            counts[value],
        )
        for value, label in CommentaryKind.choices
        if counts[value]
    ]


# --- Speakers, topics, quotes ---------------------------------------------


class SpeakerDetailView(DetailView):
    template_name = "interviews/speaker_detail.html"
    context_object_name = "speaker"
    queryset = Speaker.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        speaker = self.object
        appearances = list(
            Participant.objects.filter(speaker=speaker, interview__status=Status.PUBLISHED)
            .select_related("interview")
            .order_by("-interview__date", "interview__title")
        )
        quotes = list(
            Quote.objects.published()
            .filter(speaker=speaker)
            .select_related("interview")
            .prefetch_related("topics")
            .with_commentary_count()
            .order_by("-interview__date", "interview_id", "position")
        )
        if not appearances and not quotes:
            raise Http404("No published interview with this speaker.")
        by_topic: dict[Topic | None, list[Quote]] = defaultdict(list)
        for quote in quotes:
            topics = list(quote.topics.all())
            for topic in topics or [None]:
                by_topic[topic].append(quote)
        groups = sorted(
            by_topic.items(), key=lambda item: (item[0] is None, -len(item[1]), str(item[0]))
        )
        context.update(appearances=appearances, quote_groups=groups, quote_count=len(quotes))
        return context


class TopicDetailView(DetailView):
    template_name = "interviews/topic_detail.html"
    context_object_name = "topic"
    queryset = Topic.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topic = self.object
        context["interviews"] = list(
            interview_cards(Interview.objects.published().filter(topics=topic)).order_by(
                "-date", "-published_at"
            )
        )
        context["quotes"] = list(
            Quote.objects.published()
            .filter(topics=topic)
            .select_related("speaker", "interview")
            .with_commentary_count()
            .order_by("-interview__date", "interview_id", "position")[:100]
        )
        return context


class QuoteDetailView(DetailView):
    template_name = "interviews/quote_detail.html"
    context_object_name = "quote"

    def get_object(self, queryset=None):
        quotes = Quote.objects.select_related("speaker", "interview", "section", "source")
        if not is_staff(self.request.user):
            quotes = quotes.published()
        return get_object_or_404(quotes.prefetch_related("topics"), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quote = self.object
        siblings = Quote.objects.filter(interview_id=quote.interview_id).select_related("speaker")
        context.update(
            notes=list(
                quote.commentary.filter(status=CommentaryStatus.PUBLISHED).order_by(
                    "position", "id"
                )
            ),
            previous=siblings.filter(position__lt=quote.position).order_by("-position").first(),
            next=siblings.filter(position__gt=quote.position).order_by("position").first(),
            topics=list(quote.topics.all()),
            json_ld=quote_json_ld(self.request, quote),
            is_preview=not quote.interview.is_public,
        )
        return context


# --- Search ----------------------------------------------------------------

SEARCH_LIMIT = 25


class SearchView(TemplateView):
    template_name = "interviews/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        q = params.get("q", "").strip()[:200]
        speaker = params.get("speaker", "").strip()
        topic = params.get("topic", "").strip()
        kind = params.get("kind", "").strip()
        context.update(
            q=q,
            terms=parse_query(q),
            speaker=speaker,
            topic=topic,
            kind=kind,
            speakers=list(public_speakers()),
            topics=list(public_topics()),
            quote_kinds=QuoteKind.choices,
            commentary_kinds=CommentaryKind.choices,
        )
        if not q:
            return context

        quotes = Quote.objects.published()
        notes = Commentary.objects.published().filter(quote__isnull=False)
        interviews = Interview.objects.published()
        if speaker:
            quotes = quotes.filter(speaker__slug=speaker)
            notes = notes.filter(quote__speaker__slug=speaker)
            interviews = interviews.filter(
                pk__in=Participant.objects.filter(speaker__slug=speaker).values("interview")
            )
        if topic:
            quotes = quotes.filter(topics__slug=topic)
            notes = notes.filter(quote__topics__slug=topic)
            interviews = interviews.filter(topics__slug=topic)
        show_quotes = show_notes = show_interviews = True
        if kind in QuoteKind.values:
            quotes = quotes.filter(kind=kind)
            show_notes = show_interviews = False
        elif kind in CommentaryKind.values:
            notes = notes.filter(kind=kind)
            show_quotes = show_interviews = False

        def results(queryset, show):
            if not show:
                return []
            return list(search_queryset(queryset, q)[: SEARCH_LIMIT + 1])

        quote_results = results(quotes.select_related("speaker", "interview"), show_quotes)
        note_results = results(notes.select_related("quote__speaker", "interview"), show_notes)
        interview_results = results(interviews, show_interviews)
        context.update(
            quote_results=quote_results[:SEARCH_LIMIT],
            note_results=note_results[:SEARCH_LIMIT],
            interview_results=interview_results[:SEARCH_LIMIT],
            more_quotes=len(quote_results) > SEARCH_LIMIT,
            more_notes=len(note_results) > SEARCH_LIMIT,
            more_interviews=len(interview_results) > SEARCH_LIMIT,
            total=len(quote_results) + len(note_results) + len(interview_results),
            searched=True,
        )
        return context


# --- Robots -----------------------------------------------------


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
