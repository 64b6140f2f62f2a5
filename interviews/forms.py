"""Forms of the editorial admin. They validate; the writes are in editorial.py and services.py."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError

from .editorial import can_edit_interview
from .models import Format, Interview, Quote, Status, Topic
from .services import TRANSITIONS, InterviewFacts, can_set_status


def topics_field(model, *, label="Topics") -> forms.ModelMultipleChoiceField:
    """Taggit's manager edited as a searchable multi-select instead of a comma-separated string."""
    return forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(),
        required=False,
        label=label,
        widget=AutocompleteSelectMultiple(model._meta.get_field("topics"), admin.site),
        help_text="Type to search the topic vocabulary.",
    )


class EditorialForm(forms.ModelForm):
    """A model form that knows who is editing, so it can refuse what they may not do."""

    user = None  # set by the admin's get_form

    def _check_interview(self, interview):
        if interview is not None and not can_edit_interview(self.user, interview):
            raise ValidationError(
                "“%(title)s” is %(status)s: only editors can change it.",
                params={"title": interview, "status": interview.get_status_display().lower()},
                code="locked",
            )
        return interview

    def clean_interview(self):
        return self._check_interview(self.cleaned_data.get("interview"))


class InterviewForm(EditorialForm):
    """The interview itself; its status moves only through the workflow buttons."""

    topics = topics_field(Interview)

    class Meta:
        model = Interview
        fields = [
            "title",
            "slug",
            "dek",
            "format",
            "event",
            "outlet",
            "date",
            "date_precision",
            "recording_url",
            "topics",
        ]

    def clean(self):
        cleaned = super().clean()
        to_status = self.data.get("_transition")
        if to_status:
            current = self.instance.status if self.instance.pk else Status.DRAFT
            if to_status not in Status.values or to_status not in TRANSITIONS[current]:
                raise ValidationError("That status change is not part of the workflow.")
            if not can_set_status(self.user, self.instance, to_status):
                raise ValidationError(
                    "Only editors can publish, unpublish or archive an interview.",
                    code="permission",
                )
            self.transition = to_status
        else:
            self.transition = None
        return cleaned


class QuoteForm(EditorialForm):
    topics = topics_field(Quote)

    class Meta:
        model = Quote
        fields = [
            "interview",
            "speaker",
            "attribution",
            "text",
            "kind",
            "section",
            "position",
            "is_featured",
            "topics",
        ]


class ImportForm(forms.Form):
    """Step one of an admin import: a file or pasted text, and what the text may not say."""

    file = forms.FileField(
        required=False,
        label="Upload a file",
        help_text="Plain text, Markdown or HTML, UTF-8.",
    )
    text = forms.CharField(
        required=False,
        label="…or paste the article",
        widget=forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField import-text"}),
        strip=False,
    )
    name = forms.CharField(
        required=False,
        max_length=255,
        label="Source name",
        help_text="Identifies this write-up; importing the same name again updates it. "
        "Defaults to the file name, or a name made from the title.",
    )
    interview = forms.ModelChoiceField(
        queryset=Interview.objects.all(),
        required=False,
        label="Add to interview",
        help_text="Leave empty to create a new draft interview; choose one to add this article "
        "as another write-up of the same conversation.",
        widget=AutocompleteSelect(Quote._meta.get_field("interview"), admin.site),
    )
    format = forms.ChoiceField(choices=[("", "—")] + Format.choices, required=False)
    outlet = forms.CharField(required=False, max_length=200)
    event = forms.CharField(required=False, max_length=200)
    date = forms.DateField(
        required=False, help_text="When the conversation took place (YYYY-MM-DD)."
    )
    recording_url = forms.URLField(required=False, max_length=500, assume_scheme="https")
    source_url = forms.URLField(
        required=False, max_length=500, label="Article URL", assume_scheme="https"
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > settings.IMPORT_MAX_BYTES:
            raise ValidationError(
                "The file is %(size).1f MB; articles up to %(limit).0f MB can be imported.",
                params={"size": upload.size / 1e6, "limit": settings.IMPORT_MAX_BYTES / 1e6},
            )
        return upload

    def clean_interview(self):
        interview = self.cleaned_data.get("interview")
        if interview is not None and not can_edit_interview(self.user, interview):
            raise ValidationError("Only editors can add to a published or archived interview.")
        return interview

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("file") and not (cleaned.get("text") or "").strip():
            raise ValidationError("Upload a file or paste the article’s text.")
        if cleaned.get("file") and (cleaned.get("text") or "").strip():
            raise ValidationError("Upload a file or paste text, not both.")
        return cleaned

    def article(self) -> tuple[bytes | str, str]:
        """The article as given (bytes of a file or pasted text) and the file's name."""
        upload = self.cleaned_data.get("file")
        if upload:
            return upload.read(), upload.name
        return self.cleaned_data["text"], ""

    def facts(self) -> InterviewFacts:
        c = self.cleaned_data
        return InterviewFacts(
            format=c.get("format") or "",
            outlet=c.get("outlet") or "",
            event=c.get("event") or "",
            date=c.get("date"),
            recording_url=c.get("recording_url") or "",
            source_url=c.get("source_url") or "",
        )


class ConfirmImportForm(ImportForm):
    """Step two: the text as read in step one, carried in the page, with its source name."""

    file = None
    text = forms.CharField(widget=forms.HiddenInput, strip=False)
    name = forms.CharField(widget=forms.HiddenInput, max_length=255)

    def article(self) -> tuple[bytes | str, str]:
        return self.cleaned_data["text"], ""


class MergeForm(forms.Form):
    """Which of the selected records to keep when merging."""

    keep = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset
        self.fields["keep"].label = "Keep"
