"""Template helpers for the public pages: safe Markdown, search highlights, dates, metadata."""

from __future__ import annotations

import json
import re

import markdown as markdown_lib
import nh3
from django import template
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from interviews.search import ParsedQuery, parse_query

register = template.Library()

# The small Markdown subset commentary may use; anything else is stripped.
ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "code", "ul", "ol", "li", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


@register.filter
def markdown_safe(text: str) -> str:
    """Commentary body: plain text or small Markdown, rendered and sanitised."""
    html = markdown_lib.markdown(text or "", output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )
    return mark_safe(clean)


def _term_pattern(terms: ParsedQuery | str) -> re.Pattern | None:
    if isinstance(terms, str):
        terms = parse_query(terms)
    parts = []
    for term in terms.positive:
        words = [re.escape(w) for w in term.split()]
        if len(words) == 1 and len(term) > 5:
            # PostgreSQL matches stems ("predictions" finds "prediction"): so do we.
            parts.append(r"\b" + re.escape(term[:-2]) + r"\w*")
        else:
            parts.append(r"\b" + r"[\s\-]+".join(words) + r"\b")
    if not parts:
        return None
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


@register.filter
def highlight(text: str, terms, width: int = 220) -> str:
    """An excerpt of ``text`` around the first matched term, matches in <mark>."""
    text = text or ""
    pattern = _term_pattern(terms)
    match = pattern.search(text) if pattern else None
    start = 0
    if match and len(text) > width:
        start = max(0, match.start() - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < match.start() else start
    excerpt = text[start : start + width]
    if start + width < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0]
    out, pos = [], 0
    if pattern:
        for m in pattern.finditer(excerpt):
            out.append(escape(excerpt[pos : m.start()]))
            out.append(f"<mark>{escape(m.group(0))}</mark>")
            pos = m.end()
    out.append(escape(excerpt[pos:]))
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)


@register.filter
def fuzzy_date(interview) -> str:
    """The interview's date only as precisely as it is known."""
    date = getattr(interview, "date", None)
    if not date:
        return ""
    precision = getattr(interview, "date_precision", "day")
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return date.strftime("%B %Y")
    return f"{date.day} {date.strftime('%B %Y')}"


@register.simple_tag
def site_name() -> str:
    return settings.SITE_NAME


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str = "") -> str:
    """An absolute URL: SITE_URL when configured, else the request's own host."""
    base = getattr(settings, "SITE_URL", "")
    if base:
        return base + path
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


@register.filter
def json_ld(data) -> str:
    """A dict as a JSON-LD script body, safe inside <script>."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


@register.filter
def plural(count: int, word: str) -> str:
    """ "1 critique", "3 critiques"."""
    return f"{count} {word}" + ("" if count == 1 else "s")


@register.filter
def participants_by_role(participants) -> list[tuple[str, list]]:
    order = ["subject", "guest", "interviewer", "host"]
    groups: dict[str, list] = {}
    for p in participants:
        groups.setdefault(p.role, []).append(p)
    return [(role, groups[role]) for role in order if role in groups]
