"""Page furniture: the lines a page wraps around an article (bylines, share
buttons, ads, video pointers, author cards) that must never become content."""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import NAME

# Editorial notes, credits and tip lines; also dropped when they close a paragraph.
_NOTES = r"""(?:
        (?:this|the)\ (?:interview|conversation|transcript|q\s?&\s?a|article|text
        |exchange)
        \ (?:has\ been|was|is|have\ been)\ (?:lightly\ |slightly\ )?(?:condensed|edited|abridged
        |shortened|translated)(?:\ (?:and|&)\ (?:lightly\ )?
        (?:condensed|edited|abridged|shortened))?
        (?:\ (?:for|from)\ [^.!?]{0,50})?\s*[.!]?
      | (?:(?:it|responses|answers|quotes|remarks)\ (?:has|have)\ been\ )?
        (?:lightly\ )?(?:edited|condensed)\ (?:and\ (?:condensed|edited)\ )?
        for\ (?:length|clarity|brevity)
        [^.!?]{0,40}[.!]?
      | (?:show\ notes|notes|research|production|produced|edited|transcribed|transcription|
        audio\ production|mixing|music)\ (?:by|:)\ (?-i:[A-Z][\w'’.-]*(?:\ (?:[A-Z][\w'’.-]*|and|&))
        {0,5})\.?
      | (?:have|got)\ (?:a\ )?(?:story|tip|news\ tip|question|correction)\b.{0,80}
        (?:email|e-mail|contact|write\ to|get\ in\ touch)\b.{0,80}
      | (?:email|e-mail|contact)\ .{0,40}@\S+\ ?\.?
      | (?:update|updated|note|correction|editor['’]s\ note)\s*(?:\(.{0,40}\))?\s*:\s*
        (?:this\ (?:post|article|story|piece|interview)\ (?:was|has\ been)
        \ (?:updated|corrected|amended|changed)
        |an\ earlier\ version)\b.{0,200}
      | (?:this\ (?:post|article|story|piece)\ (?:was|has\ been)
        \ (?:updated|corrected|amended))\b.{0,200}
    )"""
_NOTE_SENTENCE = re.compile(r"(?:^|(?<=[.!?”\"]\s))" + _NOTES + r"\s*$", re.I | re.X)

_FURNITURE_LINE = re.compile(
    r"""^(?:
        image\ info | image | photo | picture | video | videos | audio | gallery
      | share | share\ this.* | share\ on\b.*
      | share\ (?:the|this)\ (?:article|story|post|interview).*
      | (?:tweet|email|print|copy\ link|facebook|twitter|linkedin|whatsapp|reddit)(?:\s*[·|]\s*\w+)*
      | advertisement | advertising | ad | sponsored(?:\ content)?\b.* | promoted\b.*
      | (?:read|see)\ (?:more|also|next)\b.* | related\b.* | more\ from\b.* | recommended\b.*
      | you\ (?:may|might)\ also\ like\b.* | most\ (?:read|popular)\b.* | trending\b.*
      | subscribe\b.* | sign\ up\b.* | newsletter\b.* | join\ (?:our|the)\ (?:newsletter|mailing).*
      | get\ the\ .{0,40}\ (?:newsletter|briefing)\b.* | follow\ us\b.*
      | (?:posted|filed)\ (?:in|under)\b.* | tags?\s*:.* | categor(?:y|ies)\s*:.*
      | topics?\s*:.*
      | ←.* | view\ all\ posts.* | back\ to\ .{0,30} | previous\ (?:post|article).*
      | next\ (?:post|article).* | leave\ a\ (?:comment|reply).* | \d+\ comments?
      | comments? | reply | load\ more.*
      | (?:we\ use\ )?cookies?\b.* | accept(?:\ all)?\ cookies.*
      | .*\bcookie\ (?:policy|settings)\b.*
      | .*©.* | .*\ball\ rights\ reserved\b.* | copyright\b.*
      | \d+\s*(?:min(?:ute)?s?)\ read | \d+\ views?
      | listen\ (?:again|now|on|to\ (?:the|this)\ (?:episode|podcast)).* | download\ the\ app.*
      | (?:full\ )?episode\ (?:summary|notes|transcript) | full\ episode | full\ transcript
      | show\ notes | transcript | chapters | timestamps
      | (?:watch|listen|read)\ (?:the\ )?(?:full|whole|entire)\b.*
      | (?:you\ can\ )?(?:watch|listen\ to|see|view|read|catch)\ the\ (?:full|whole|entire|complete)
        \ (?:interview|episode|video|conversation|session|talk|discussion|briefing|podcast|panel
        |keynote|transcript|chat)\b.*
      | (?:the\ )?(?:full\ )?(?:video|interview|episode|podcast)\ (?:is\ )?(?:below|above|here)\b.*
      | this\ (?:episode|article|post|podcast|show|newsletter|interview)\ (?:is|was)
        \ (?:sponsored|brought\ to\ you|supported|presented)\b.*
      | (?:brought\ to\ you|sponsored|presented|supported)\ by\b.*
      | about\ the\ author | written\ by | words\ by | author | by
      | picture\ of\ .{1,60} | photo\ of\ .{1,60} | (?:image|photo|picture)\ (?:credit|by)\b.*
      | (?:image|photo|photograph|caption|credit|illustration|pictured)\s*:.*
      | home | menu | search | log\ ?in | sign\ in | skip\ to\ content | top
      | """
    + _NOTES
    + r"""
    )$""",
    re.I | re.X,
)

# A closing sentence that only points at a recording ("You can watch the full interview below:").
POINTER_SENTENCE = re.compile(
    r"""(?:you\ can\ |be\ sure\ to\ |make\ sure\ to\ |don'?t\ forget\ to\ )?
        (?:watch|listen\ to|see|view|read|catch|check\ out|find)\ (?:the|our)
        \ (?:full|whole|entire|complete|original)?\s?
        (?:interview|episode|video|conversation|session|talk|discussion|briefing|podcast|panel
        |keynote|transcript|chat|recording|clip)\b[^.!?]{0,80}[.:!]?\s*$""",
    re.I | re.X,
)

# NAME relies on case, so only the label words are case-insensitive.
BYLINE = re.compile(
    rf"^(?i:(?:written|words|story|text|reporting|interview|interviewed|edited|compiled)\s+)?"
    rf"(?i:by):?\s+(?P<name>{NAME})\s*(?:[,|·•–—-].*)?$"
)
_AUTHOR_LABEL = re.compile(rf"^(?i:author|writer|byline)\s*:\s*(?P<name>{NAME})$")

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split()
    )
}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DATE_PATTERNS = [
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),
]
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last\ updated|date|first\ published|on)\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<date>[\w ,.\-]{6,40}?)"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$",
    re.I | re.X,
)


def find_date(text: str) -> dt.date | None:
    for pat in _DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        try:
            if "mnum" in pat.groupindex:
                month = int(m.group("mnum"))
            else:
                month = _MONTHS[_month_key(m.group("mon"))]
            return dt.date(int(m.group("year")), month, int(m.group("day")))
        except (KeyError, ValueError):
            continue
    return None


def _month_key(mon: str) -> str:
    key = mon.lower().rstrip(".")
    return key if key in _MONTHS else key[:3]


def date_line(text: str) -> dt.date | None:
    """The date when the whole line is a dateline ("Published 12 June 2024")."""
    if len(text) > 60:
        return None
    m = _DATE_LINE.match(text.strip())
    if not m:
        return None
    return find_date(m.group("date"))


def byline_name(text: str) -> str | None:
    for part in re.split(r"\s+[|·•]\s+", text.strip()):
        m = BYLINE.match(part.strip()) or _AUTHOR_LABEL.match(part.strip())
        if m and len(part.split()) <= 10:
            return m.group("name")
    return None


def _short_meta_part(part: str) -> bool:
    """A piece of a "By X · Outlet · 5 min read" line."""
    p = part.strip()
    return bool(
        byline_name(p)
        or date_line(p)
        or _FURNITURE_LINE.match(p)
        or (len(p.split()) <= 4 and not re.search(r"[.!?]$", p) and p[:1].isupper())
    )


def is_furniture(text: str) -> bool:
    t = text.strip().strip("*_ ").strip()
    if not t:
        return True
    if _FURNITURE_LINE.match(t) or date_line(t) or byline_name(t):
        return True
    parts = re.split(r"\s+[|·•]\s+", t)
    if len(parts) > 1 and all(_short_meta_part(p) for p in parts):
        return any(byline_name(p) or date_line(p) or _FURNITURE_LINE.match(p) for p in parts)
    return False


def meta_parts(text: str) -> list[str]:
    """Parts of a metadata line that are neither byline, date nor furniture (an outlet name)."""
    out = []
    parts = re.split(r"\s+[|·•]\s+", text.strip().strip("*_ "))
    if len(parts) < 2:
        return out
    for p in parts:
        p = p.strip().strip("*_ ")
        if p and not (byline_name(p) or date_line(p) or _FURNITURE_LINE.match(p)):
            out.append(p)
    return out


def strip_pointer_sentence(text: str) -> tuple[str, str | None]:
    """Remove a closing video/recording pointer or editorial note from the end of a paragraph."""
    m = _NOTE_SENTENCE.search(text)
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), text[m.start() :].strip()
    m = POINTER_SENTENCE.search(text)
    if not m:
        return text, None
    start = m.start()
    before = text[:start].rstrip()
    if before and not before.endswith((".", "!", "?", "”", '"', ":")):
        return text, None
    return before, text[start:].strip()
