"""Title, byline, date, furniture and headings: the article's skeleton."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import furniture as furn
from .lexicon import (
    NAME,
    ORG_WORDS,
    ROLE_NOUNS,
    STAMPED_LABEL,
    TIME_LEAD,
    first_name_gender,
    title_case_name,
)
from .normalize import MD_FOOTNOTE, ROLE_LABEL, Block
from .types import ParsedArticle, ParsedSection, ParsedSpeaker


@dataclass
class Para:
    """A body paragraph after furniture and headings were taken out."""

    text: str
    kind: str  # "p" or "bq"
    section: int | None
    index: int = 0
    notes: dict = field(default_factory=dict)


@dataclass
class Skeleton:
    paras: list[Para]
    outlet_hints: list[str]
    conclusion_sections: set[int]
    # the people a programme's credits name ("Presenter: Bernadette Quill (BQ)")
    cast: list[ParsedSpeaker] = field(default_factory=list)
    # the programme a masthead or kicker names with its host ("The Overnight Brief with …")
    programme: str | None = None
    # the publication a masthead or breadcrumb over the headline names ("THE MERIDIAN COURIER")
    masthead: str | None = None


# A broadcast's or transcript's credits: a part, then who plays it, with the initials
# the transcript labels them by and their job ("Guest: Callum Rees-Obi (CRO), operations
# director, Westmere Water"). A turn ("Host: Welcome back.") is a sentence, not a name.
_CAST_LINE = re.compile(
    r"^(?P<part>(?i:presenter|host|co-host|guest|interviewer|interviewee|moderator|chair|"
    r"panell?ist|speaker|anchor|reporter|correspondent))s?\s*:\s+"
    rf"(?P<who>{NAME})(?:\s*\((?P<initials>[A-Z][A-Z&.]{{0,5}})\))?"
    r"(?:\s*,\s*(?P<role>[^.!?:;]{2,100}))?$"
)


# the other facts a transcript's header lists: "Location: Briefing Room 2", "Date: …"
_META_LINE = re.compile(
    r"^(?i:location|venue|place|date|time|recorded|broadcast|aired|duration|running\s+time|"
    r"length|event|occasion|format|language)\s*:\s+\S.{0,150}$"
)


# a short capitalised line ending with a colon: "Call participants:", "Prepared Remarks:"
_LIST_HEAD = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}:$")
_ALONE_LABEL = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}:$")
# a transcription service's label with the time, on a line of its own: "Hallam Dyer (00:00:09):"
_TIMED_LABEL = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]:$"
)
_ROLE_DASH = re.compile(r"\s+(?:--?|[—–])\s+")
# the call's operator on a line of their own, with no colon
_OPERATOR_LINE = re.compile(r"^(?i:(?:conference\s+)?operator)$")


def _role_labels(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """The blocks that are "Name -- Title" labels: three or more, one name recurring
    (a speaker who talks twice), so that a list of headings in that form does not count."""
    found = {}
    for i, b in enumerate(blocks):
        if b.kind == "h" or len(b.text) > 160:
            continue
        m = ROLE_LABEL.match(b.text.strip())
        if m and len(m.group("role").split()) <= 10:
            found[i] = (m.group("who"), _call_role(m.group("role").strip()))
    names = [who for who, _ in found.values()]
    if len(found) < 3 or len(set(names)) == len(names):
        return {}
    for i, b in enumerate(blocks):
        if b.kind == "p" and _OPERATOR_LINE.match(b.text.strip()):
            found[i] = ("Operator", "")
    return found


def _call_role(label: str) -> str:
    """A call label's role as a reader writes it: "Pellham Stroud -- Analyst" is
    "analyst at Pellham Stroud"; "Chief Executive Officer" stays as it is."""
    parts = _ROLE_DASH.split(label)
    if len(parts) == 2:
        firm, title = parts
        if title.lower() in ROLE_NOUNS and firm.split()[-1].lower() not in ROLE_NOUNS:
            return f"{title.lower()} at {firm}"
    return ", ".join(parts)


def _cast_member(text: str) -> ParsedSpeaker | None:
    m = _CAST_LINE.match(text.strip())
    if not m:
        return None
    part = m.group("part").lower()
    role = m.group("role")
    role = f"{part}, {role}" if role and part not in ("guest", "interviewee", "speaker") else role
    initials = [m.group("initials")] if m.group("initials") else []
    return ParsedSpeaker(name=m.group("who"), role=role or part, aliases=initials)


_LABEL_LINE = re.compile(
    r"^\W{0,3}(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?[^\s:]{1,40}(?:\s+[^\s:]{1,40}){0,3}\s*:\s+\S"
)
_CONCLUSION = re.compile(
    r"^(?:conclusion|conclusions|in conclusion|final thoughts|closing thoughts|the bottom line|"
    r"bottom line|summary|in summary|wrapping up|takeaways|key takeaways|the verdict|verdict|"
    r"our take|final word|the takeaway|looking ahead)$",
    re.I,
)
_NAME_LINE = re.compile(rf"^{NAME}$")
_SHOW_WITH_HOST = re.compile(
    r"^(?P<show>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s+(?i:with)\s+"
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$"
)


_SPEAKER_LEAD = re.compile(r"^[A-Z][\w .'’()-]{0,40}?(?::|\s[—–-]\s)")


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.m\.|[AP]\.M\.)")


def _heading_like(text: str, *, strict: bool = True) -> bool:
    t = text.strip()
    stamp = TIME_LEAD.match(t)
    if stamp:
        # "[00:14:02] The 2019 walkout": a podcast recap's chapter, not a turn ("[00:00:51]
        # ABARA — Do you …?") or a line of speech
        rest = t[stamp.end() :]
        return (
            not _SPEAKER_LEAD.match(rest)
            and not rest.rstrip("\"”’'»)").endswith("?")
            and _heading_like(rest, strict=strict)
        )
    if STAMPED_LABEL.match(t):
        return False  # "Hallam Dyer 00:00:06": who speaks next, and when
    if _CLOCK_TIME.fullmatch(t):
        return True  # a live blog's bare time, "10:36 a.m.", heads its entry
    n_words = len(t.split())
    if not t or n_words > 14 or len(t) > 120:
        return False
    if t[0] in '"“«' and t[-1] in '"”»':
        return False  # a quotation on a line of its own
    bare = t.rstrip("\"”’'»)")
    if bare.endswith((".", ",", ";", ":", "!")) or (strict and bare.endswith("?") and n_words > 10):
        return False
    first = t.lstrip("\"'“‘«#*")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if t[0] in "-–—•*>[(":
        return False
    if _LABEL_LINE.match(t) and re.search(r"[.?!]$", t):
        return False
    if re.search(r"(?:--|[-–—…])$", bare) or (
        re.match(r"^[A-Z][A-Z.'’ -]{1,40}:\s", t) and n_words > 3
    ):
        return False  # a turn broken off mid-sentence ("BRANDT: … published within --")
    if re.match(r"(?:Q|A)\s*(?:\.|\s[-–—])\s+\S", t):
        return False  # a "Q." / "A -" transcript turn
    if re.search(r"[”\"]\s*[-–—]\s*\w", t):  # a quote with its dash attribution
        return False
    if re.search(r"[a-z]\.\s+[‘“\"]", t):
        return False  # "I put this to him. ‘Do you think you’re frightening?’": prose
    said = re.match(r"^([^:\"“‘]{1,40}):\s*[\"“‘](.+)[\"”’]$", t)
    if said and (
        "," in said.group(1)
        or (len(said.group(1).split()) == 1 and re.search(r"[.?!,]$", said.group(2)))
    ):
        return False  # 'Thiele, half-joking: “So the vibes are fine?”' is a line of dialogue
    return True


def _pop_chrome(
    kept: list[Block], n: int, art: ParsedArticle, hints: list[str], cast: list[ParsedSpeaker]
) -> tuple[str | None, str | None]:
    """Drop the ``n`` lines above the headline (the masthead, a bar of links, kickers);
    return the masthead and the programme they name. "THE OVERNIGHT BRIEF WITH ROLAND
    VIERSTRA" is the programme and its host."""
    masthead = programme = None
    for _ in range(n):
        line = kept.pop(0).text.strip()
        art.dropped.append(line)
        if _OUTLET_NAME.match(line):
            hints.append(line)
        masthead = masthead or _masthead_name(line)
        show = _SHOW_WITH_HOST.match(title_case_name(line))
        if show:
            programme = programme or show.group("show")
            cast.append(ParsedSpeaker(name=show.group("who"), role="host"))
    return masthead, programme


def _page_chrome(block: Block) -> bool:
    """A short line a page sets above its headline: a bar of links, the brand, a tagline,
    a kicker ("Donate Newsletters Log in", "The Long Fade", "EPISODE 118")."""
    t = block.text.strip()
    return block.kind != "h" and 0 < len(t.split()) <= 12 and not re.search(r"[.!?:]$", t)


def _label_alone(text: str) -> bool:
    """A turn's label on a line of its own, over the turn's words: "Hallam Dyer 00:00:06",
    "Hallam Dyer (00:00:09):"."""
    m = STAMPED_LABEL.match(text.strip())
    return bool(m and not m.group("rest")) or bool(_TIMED_LABEL.match(text.strip()))


_KICKER = re.compile(
    r"^(?:[^\Wa-z][^a-z]{0,60}|(?:[^.!?]|\.\d){0,40}\s[·|•›»/>]\s[^.!?]{0,40}|[A-Z][a-z&-]{2,20}"
    # a section joined with "&" ("Health & Science", "Food and Drink")
    r"|[A-Z][a-z-]{2,20}\s(?:&|and)\s[A-Z][a-z-]{2,20}"
    # a masthead in capitals with its tagline ("CROSSINGS — European local journalism")
    r"|[A-Z][A-Z0-9&'’.]+(?:\s[A-Z0-9&'’.]+){0,3}\s[—–|]\s[^.!?]{3,60}"
    r"|[^.!?]{0,40}\b(?i:episode|ep\.|issue|season|vol\.|volume)\s*\d+[^.!?]{0,30}"
    # a masthead in capitals run together with its tagline and section links
    r"|[A-Z][A-Z&'’.]+(?:\s[A-Z&'’.]+){1,4}\s[^|·]{0,120}(?:\s[|·]\s[^|·]{1,30}){2,}"
    # a match report's result strap: "FT: Fellgate Town 1–3 Ostmere United (…)"
    r"|(?:FT|HT|AET|Full[- ]time|Half[- ]time)\s*:\s.{3,160})$"
)


_OUTLET_NAME = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}(?:" + "|".join(sorted(ORG_WORDS)) + r")$"
)


_CRUMB = re.compile(r"\s+[›»>|·•/]\s+")


def _masthead_name(line: str) -> str | None:
    """The publication a masthead or breadcrumb line opens with: "THE MERIDIAN COURIER",
    "Ashcombe Echo › Sport › Football" (as "The Meridian Courier", "Ashcombe Echo")."""
    first = _CRUMB.split(line.strip().strip("*_#: "))[0].strip()
    if first.isupper():
        first = title_case_name(first)
    return first if len(first.split()) > 1 and _OUTLET_NAME.match(first) else None


_BY_LINE = re.compile(
    rf"^(?:(?:Interview|Interviewed|Words|Written|Story|Text|Reporting)\s+by|By)\s+{NAME}"
)
_EPISODE_TITLE = re.compile(r"^(?:Ep\.?|Episode|No\.|#)\s*\d+\s*[—–:|·-]\s*\S")
_MASTHEAD_LIKE = re.compile(r"^(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}$")
_HANDLE_ONLY = re.compile(r"^@[A-Za-z0-9_]{2,30}$")
_BARE_NAME = re.compile(rf"^{NAME}$")


_ISSUE_PART = re.compile(
    r"\b(?:Vol\.?|Volume|Issue|No\.)\s*\d|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+\d{4}\b"
)


# a tagline of parts: "Supply chain recruiter | Host of the … breakfasts | Ex-Fenmoor Rail"
_CARD_TAGLINE = re.compile(r"\S\s[|·•]\s\S")


def _opens_author_card(blocks: list[Block], bi: int) -> bool:
    """Whether the block is the name on an author card under the headline: a person's
    name over a tagline of parts or a "Published Mar 11, 2025" line, in one run of lines
    (not a newsletter's name over its "Weekly · 8,402 subscribers")."""
    block = blocks[bi]
    text = block.text.strip()
    chunk = block.extra.get("chunk")
    if (
        chunk is None
        or not _BARE_NAME.match(text)
        or len(text.split()) > 4
        or text.isupper()
        or _BY_LINE.match(text)
    ):
        return False
    below = [b for b in blocks[bi + 1 : bi + 3] if b.extra.get("chunk") == chunk]
    if not any(furn.date_line(b.text.strip()) or _CARD_TAGLINE.search(b.text) for b in below):
        return False
    tagline = blocks[bi + 1].text if bi + 1 < len(blocks) else ""
    return bool(first_name_gender(text)) or bool(
        _CARD_TAGLINE.search(tagline)
        and any(w.lower() in ROLE_NOUNS for w in re.findall(r"[A-Za-z-]+", tagline))
    )


def _above_byline(kept: list[Block], byline_at: int | None) -> int:
    """How many lines stand above the headline when the line above the byline reads as
    a headline and everything over it is a masthead or kicker ("The Ledger Lamp")."""
    if byline_at is None or byline_at > len(kept):
        byline_at = next(
            (i for i, b in enumerate(kept[:5]) if _BY_LINE.match(b.text.strip())), None
        )
    if byline_at is None or not 2 <= byline_at <= 5 or byline_at >= len(kept):
        return 0
    head = kept[byline_at - 1]
    dek_below = False
    if (
        byline_at >= 3
        and head.kind == "p"
        and not _title_like(head)
        and len(head.text.split()) >= _STANDFIRST_WORDS
        and kept[byline_at - 2].kind == "p"
        and _title_like(kept[byline_at - 2])
        and not kept[byline_at - 2].text.isupper()  # "LOCAL BUSINESS" is a kicker
    ):
        # the headline, then a paragraph in full sentences (its standfirst, or the lede),
        # then the byline
        dek_below = True
        byline_at -= 1
        head = kept[byline_at - 1]
    if byline_at > 4 or head.kind != "p" or not _title_like(head):
        return 0
    if _standfirst_like(head) and not dek_below:
        return 0
    for k, b in enumerate(kept[: byline_at - 1]):
        t = b.text.strip()
        words = t.split()
        if b.kind != "p" or not (
            _KICKER.match(t)
            or _OUTLET_NAME.match(t)
            or (len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words))
            # the masthead's tagline under it: "Notes on markets, macro and money podcasts"
            or (k == 1 and len(words) <= 10 and not re.search(r"[.!?:\"“”]", t))
            # an issue line: "The magazine of the … Association | Winter 2025 | Vol. 41, No. 4"
            or (_CARD_TAGLINE.search(t) and _ISSUE_PART.search(t))
        ):
            return 0
    return byline_at - 1


def _kicker_lines(kept: list[Block]) -> int:
    """How many masthead or section-kicker lines open the article before its title."""
    n = 0
    while n < min(3, len(kept) - 2):
        t = kept[n].text.strip()
        if kept[n].kind == "h" or not (
            _KICKER.match(t)
            or _OUTLET_NAME.match(t)
            # "The Nightly Manifest with Araminta Pockridge" over the episode's headline
            or _SHOW_WITH_HOST.match(title_case_name(t))
        ):
            break
        n += 1
    return n


# A headline's label for the kind of piece ("Phone-in: …", "Exclusive: …"), not a speaker's.
_TITLE_PREFIX = re.compile(
    r"^(?i:exclusive|interview|the\s+interview|watch|listen|opinion|analysis|review|explainer|"
    r"profile|transcript|phone-in|q&a|in\s+conversation|comment|recap|live|podcast|video|"
    r"(?:\w+\s+)?(?:recap|interview|q&a|review|highlights|notes))\s*:\s"
)
# "LIVE  Bank holds rates – as it happened": the live page's label, not the headline's
_LIVE_LABEL = re.compile(r"^(?:LIVE|BREAKING|UPDATED|EXCLUSIVE|WATCH)\b\s*[:|–—-]?\s+(?=[A-Z])")


def _standfirst_like(block: Block) -> bool:
    """The line under a headline that sums the piece up ("Harbrook's record signing
    talks injury, homesickness and the song that follows her around"): written without
    a full stop, so it reads as a heading, but a sentence too long for one."""
    text = block.text.strip()
    return (
        block.kind == "p"
        and len(text.split()) >= _STANDFIRST_WORDS
        and _heading_like(text)
        and not re.search(r"[\"“”‘’]\s|\s[\"“‘]|^[\"“‘]", text)  # no quotation in it
        and not _NOT_STANDFIRST.search(text)
        and not furn.find_date(text)
    )


_STANDFIRST_WORDS = 10
# A line of page details rather than a summary: "Posted by … | 18 September",
# "Deep Field · 58 min · Season 6", "Photograph by …".
_NOT_STANDFIRST = re.compile(
    r"[|·•]|\d:\d\d|^(?:By|Posted|Published|Updated|Aired)\b|\b(?:Photograph|Screenshot|Picture)\b"
)


def _title_like(block: Block) -> bool:
    t = block.text.strip()
    if block.kind == "h":
        return True
    if len(t.split()) > 25 or len(t) > 220 or t.endswith((".", ",", ";", ":")):
        return False
    if (
        _LABEL_LINE.match(t)
        and not re.match(r"^[\"“]", t)
        and len(t.split(":")[0].split()) <= 3
        and not _TITLE_PREFIX.match(t)
    ):
        # "Felix Amari: Your new survey…" is a turn, not a title; "Lowtide Choir: ‘We
        # wrote it in a caravan’" is a headline quoting its subject
        if re.search(r":\s*[‘“\"'].{3,}[’”\"']$", t):
            return True
        return bool(re.search(r"\w$", t)) and not re.search(r"[.?!]", t)
    first = t.lstrip("\"'“‘«")[:1]
    return first.isupper() or first.isdigit()


def _sentence_headline(text: str) -> bool:
    """A headline in sentences under a kicker: "Bluecrest's CEO had one job on
    television. He didn't do it." — short, and no one is quoted or labelled in it."""
    t = text.strip()
    return (
        len(t.split()) <= 20
        and t.endswith(".")
        and t[:1].isupper()
        and not _LABEL_LINE.match(t)
        and not re.match(r"[\"“‘']", t)
        and not re.search(r"[\"”’']\s*(?:said|says|he|she)\b", t)
    )


def _closes_article(blocks: list[Block], index: int) -> bool:
    """Whether only page furniture follows a block: links, lists, a copyright line."""
    for b in blocks[index + 1 :]:
        t = b.text.strip()
        if _LINK_LIST.match(t.strip("*_#: ")):
            return True  # "More on film": links to other pieces, to the end
        if b.dropped_by_markup or furn.is_furniture(t) or furn.is_author_bio(t):
            continue
        if len(t.split()) <= 12 and not re.search(r"[.!?]$", t):
            continue  # a related headline, a list entry
        return False
    return True


_LINK_LIST = re.compile(
    r"^(?i:most\s+(?:read|popular|viewed|shared)(?:\s+in\s+.{1,30})?|"
    r"related(?:\s+(?:stories|articles|links|reading|content|coverage|posts))?|"
    r"more\s+(?:on\s+.{1,30}|from\s+.{1,40}|stories|like\s+this|reviews|interviews|features|"
    r"episodes|columns|opinion|analysis|coverage|recaps|profiles|podcasts|news)|"
    r"recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|trending(?:\s+now)?|"
    r"latest(?:\s+(?:news|stories))?|read\s+(?:more|next)|popular(?:\s+now)?|"
    r"elsewhere|in\s+other\s+news|also\s+in\s+.{1,40})$"
)


# A label over a paid item; "Advertisement" marks a slot the article flows past, so the
# paragraph after it is the article's.
_SPONSOR_LABEL = re.compile(
    r"^(?i:sponsored(?:\s+(?:content|post|link|links|message))?|promoted(?:\s+(?:content|post))?"
    r"|paid\s+(?:post|content|partnership)|partner\s+content|from\s+our\s+sponsors?"
    # "A word from this week’s sponsor"
    r"|(?:an?\s+)?(?:word|message|note)s?\s+from\s+(?:our|the|today['’]s|this\s+\w+['’]s)"
    r"\s+sponsors?)$"
)
_QUOTE_MARK = re.compile(r"[\"“”‘]")
# A press release's closing label over the organisation's description.
_ABOUT = re.compile(r"^(?i:about)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,7})$")
_THE = re.compile(r"^(?:The|the)\s+")


def _describes(label: str, nxt: str) -> bool:
    """ "About the University of Halvern" over "The University of Halvern is a public …":
    a label and the boilerplate description of the organisation it names."""
    m = _ABOUT.match(label.strip())
    if not m:
        return False
    rest = _THE.sub("", nxt.strip(), count=1)
    org = m.group("org")
    return rest.startswith(org + " ") and rest[len(org) + 1 :].split(" ", 1)[0] in (
        "is",
        "are",
        "was",
    )


def _headline_like(text: str) -> bool:
    """A link in a list of headlines: short, or numbered, and not a sentence of prose."""
    t = re.sub(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s*", "", text.strip())
    return len(t.split()) <= 16 and not re.search(r"[.!]$", t) and "\n" not in t


_SECTION_LABEL = re.compile(r"^(?i:(?:episode|show)\s+(?:notes|summary)|summary|highlights)$")


def _labels_section(blocks: list[Block], index: int) -> bool:
    """ "Episode notes" over the recap it introduces is a heading; alone, it is a button."""
    if not _SECTION_LABEL.match(blocks[index].text.strip().strip("*_#: ")):
        return False
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return bool(nxt and len(nxt.text.split()) > 25 and not nxt.dropped_by_markup)


def _breaks_early(lines: list[str], i: int) -> bool:
    """Whether line i of a block read as wrapped prose stops far short of the width its
    words ran to, so the next word would have fitted: a line of its own."""
    width = max(len(ln) for ln in lines)
    return i + 1 < len(lines) and len(lines[i]) + 1 + len(lines[i + 1].split()[0]) < 0.6 * width


def _trim_joined(block: Block, art: ParsedArticle, at_tail: bool) -> Block | None:
    """A block joined from lines of wrapped prose may carry whole lines of furniture
    at its ends: an embedded post between its header ("Name @handle · 11:16") and its
    counts ("412 replies · 1.1K reposts"), a "Most viewed" label over its headlines; or it
    is a box ("FERRY PASSES: HOW TO APPLY" over a notice and a number to call)."""
    lines = block.extra["lines"]
    if not furn.is_furniture(block.text) and all(furn.is_furniture(ln) for ln in lines):
        # "NEXT GAME: … | Buy tickets" over "Download the … app": lines of furniture set
        # one under the other, whatever their lengths (a byline over its date is read whole)
        art.dropped.extend(lines)
        return None
    if _breaks_early(lines, 0) and (
        _is_box(lines)
        or (
            at_tail
            and _LINK_LIST.match(lines[0].strip("*_#: "))
            and all(_headline_like(ln) for ln in lines[1:])
        )
    ):
        art.dropped.extend(lines)
        return None
    start, end = 0, len(lines)
    while start < end - 1 and _breaks_early(lines, start) and furn.is_furniture(lines[start]):
        start += 1
    # a wrapped sentence's last word ("… and went / home") is no line of its own
    while (
        end - 1 > start
        and not re.search(r"[\w,;:-]$", lines[end - 2])
        and furn.is_furniture(lines[end - 1])
    ):
        end -= 1
    if (start, end) == (0, len(lines)):
        return block
    art.dropped.extend(lines[:start] + lines[end:])
    kept = lines[start:end]
    # what is left of an embedded post is its text, never a heading
    return replace(
        block, text=" ".join(kept), extra={**block.extra, "lines": kept, "trimmed": True}
    )


# A box's label in capitals: "WELL TESTING: WHAT TO DO", "IF YOU NEED HELP"
_BOX_LABEL = re.compile(r"^(?=[^a-z]*[A-Z]{2})[^a-z.!?]{3,60}$")


def _box_lines(blocks: list[Block]) -> set[int]:
    """The blocks of a plain-text info box: a label in capitals with lines set under it
    without a blank line, one of which gives a number or address to contact. A heading
    over its paragraph gives no phone number or email."""
    chunks: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if "chunk" in b.extra:
            chunks.setdefault(b.extra["chunk"], []).append(i)
    out: set[int] = set()
    for idx in chunks.values():
        if _is_box([blocks[i].text for i in idx]):
            out.update(idx)
    return out


_CONTENTS = re.compile(
    r"^(?i:table of contents|contents|on this page|in this (?:article|episode|story|post)"
    r"|jump to(?: a)?(?: section)?|skip to(?: a)? section)\s*:?$"
)


def _contents_lines(blocks: list[Block]) -> set[int]:
    """A table of contents: its label and the lines under it, each the text of a heading
    further down the page."""
    texts = [b.text.strip().casefold() for b in blocks]
    for i, text in enumerate(texts):
        if not _CONTENTS.match(text):
            continue
        end = i + 1
        while end < len(texts) and len(texts[end].split()) <= 12 and texts[end] in texts[end + 1 :]:
            end += 1
        if end - i > 2:
            return set(range(i, end))
    return set()


def _is_box(lines: list[str]) -> bool:
    # a box is a few short lines; a page pasted one paragraph a line, with no blank
    # lines, is one long run that may open with a masthead and end with a contact line
    return (
        len(lines) <= _BOX_LINES
        and sum(len(ln.split()) for ln in lines) <= _BOX_WORDS
        and bool(_BOX_LABEL.match(lines[0].strip()))
        and any(furn.CONTACT.search(ln) for ln in lines[1:])
    )


_BOX_LINES = 10
_BOX_WORDS = 160


def analyse(blocks: list[Block], art: ParsedArticle, fmt: str) -> Skeleton:
    outlet_hints: list[str] = []
    programme: str | None = None
    masthead: str | None = None
    cast: list[ParsedSpeaker] = []
    kept: list[Block] = []
    expect_author_name = False
    card_chunk: int | None = None  # the lines of an author card set under its name
    link_list = False
    byline_at = None  # how many blocks were kept when the first "By …" line came
    dated_at = None  # the same, when the first line giving the date came
    tail_from = len(blocks) - 8  # an author note may sit above related links and a copyright
    signed_off = False
    sponsored = False  # a "Sponsored" label came last: the ad's copy follows
    about_of = False  # an "About Halvern University" label came last: its description follows
    box = _box_lines(blocks) | _contents_lines(blocks)
    role_labels = _role_labels(blocks)
    for bi, block in enumerate(blocks):
        if "lines" in block.extra:
            block = _trim_joined(block, art, at_tail=bi >= tail_from)
            if block is None:
                continue
        text = block.text.strip()
        if role_labels and not block.dropped_by_markup:
            if bi in role_labels:
                who, role = role_labels[bi]
                if role and all(m.name != who for m in cast):
                    cast.append(ParsedSpeaker(name=who, role=role))
                if bi - 1 in role_labels or bi + 1 in role_labels:
                    art.dropped.append(text)  # a list of the call's participants
                else:
                    kept.append(Block(text=text, extra={"label": who, "alone": True}))
                continue
            if bi + 2 in role_labels and bi + 1 in role_labels and _LIST_HEAD.match(text):
                art.dropped.append(text)  # "Call participants:" over that list
                continue
        if signed_off or (text in ("--", "-- ") and bi >= len(blocks) - 12):
            # an email's signature delimiter: what follows is the sender's footer
            signed_off = True
            art.dropped.append(text)
            continue
        if bi >= tail_from and furn.is_author_bio(text) and _closes_article(blocks, bi):
            art.dropped.append(text)  # a closing note about the author
            continue
        if furn.is_release_note(text) and _closes_article(blocks, bi):
            art.dropped.append(text)  # "… is coming to PC in spring 2026." over the links
            continue
        if block.dropped_by_markup or bi in box:
            art.dropped.append(text)
            continue
        if expect_author_name and len(text.split()) <= 5 and _NAME_LINE.match(text):
            art.byline = art.byline or text
            art.dropped.append(text)
            expect_author_name = False
            continue
        expect_author_name = False
        if bi >= tail_from and _LINK_LIST.match(text.strip("*_#: ")):
            art.dropped.append(text)  # "More on film", "RELATED CONTENT": a list of links follows
            link_list = True
            continue
        if link_list and _headline_like(text):
            art.dropped.append(text)  # an entry of a "Most read" or "Related" list
            continue
        link_list = False
        if about_of:
            art.dropped.append(text)  # the description an "About …" label stands over
            about_of = False
            continue
        if _describes(text, blocks[bi + 1].text if bi + 1 < len(blocks) else ""):
            art.dropped.append(text)
            about_of = True
            continue
        if sponsored and len(text.split()) <= 30 and not _QUOTE_MARK.search(text):
            art.dropped.append(text)  # the copy a "Sponsored" label stands over
            sponsored = False
            continue
        sponsored = False
        member = _cast_member(text)
        if member:
            cast.append(member)
            art.dropped.append(text)
            continue
        if _META_LINE.match(text) and not re.search(r"[\"“”]", text):
            art.dropped.append(text)
            art.date = art.date or furn.find_date(text)
            continue
        if bi == 0 and text.startswith("Subject:") and len(text) > 12:
            # an emailed newsletter's subject line is its headline
            art.title = text[len("Subject:") :].strip()
            art.dropped.append(text)
            continue
        if byline_at is None and (
            _BY_LINE.match(text) or (furn.POSTED_BY.match(text) and furn.byline_name(text))
        ):
            byline_at = len(kept)
        nxt_text = blocks[bi + 1].text.strip() if bi + 1 < len(blocks) else ""
        if _HANDLE_ONLY.match(nxt_text) and _BARE_NAME.match(text.strip()):
            art.dropped.append(text)  # an embedded post's header: its author over the handle
            continue
        chunk = block.extra.get("chunk")
        if chunk is not None and chunk == card_chunk and _CARD_TAGLINE.search(text):
            art.dropped.append(text)  # the author card's tagline: "Supply chain recruiter | …"
            continue
        if not art.byline and _opens_author_card(blocks, bi):
            art.byline = text.strip()
            art.dropped.append(text)
            card_chunk = chunk
            byline_at = len(kept) if byline_at is None else byline_at
            continue
        # a footnote that is furniture: "[^2]: Disclosure: I hold no shares in …"
        bare = MD_FOOTNOTE.sub("", text, count=1)
        if (furn.is_furniture(text) or (bare != text and furn.is_furniture(bare))) and not (
            _labels_section(blocks, bi)
        ):
            link_list = bool(_LINK_LIST.match(text.strip().strip("*_#: ")))
            sponsored = bool(_SPONSOR_LABEL.match(text.strip().strip("*_#: ")))
            art.dropped.append(text)
            low = text.lower().strip("*_: ")
            if low in ("written by", "words by", "about the author", "author", "by"):
                expect_author_name = True
            name = furn.byline_name(text)
            if name and not art.byline:
                art.byline = name
            if not art.date:
                # "Interview by Marisol Thackeray-Nwosu · 3 October 2025": the date among parts
                parts = [text, *re.split(r"\s+[|·•]\s+", text)]
                art.date = next((d for part in parts if (d := furn.date_line(part.strip()))), None)
                if art.date and dated_at is None:
                    dated_at = len(kept)  # "Aired August 21, 2025 - 18:00 PT" under a headline
            if not art.date and name:
                art.date = furn.find_date(text)  # "By Tessa Grint July 23, 2026, 10:00 AM UTC"
            m = re.match(rf"^(?:Picture|Photo) of ({NAME})$", text)
            if m and not art.byline:
                art.byline = m.group(1)
            outlet_hints.extend(furn.meta_parts(text))
            continue
        kept.append(block)

    # The title: the first block when it reads as one (a paragraph opening means no title).
    if kept and not art.title:
        first = kept[0]
        h1 = next((i for i, b in enumerate(kept[:8]) if b.kind == "h" and b.level == 1), None)
        if h1 is not None and h1 >= 3 and not all(_page_chrome(b) for b in kept[:h1]):
            h1 = None
        above = _above_byline(kept, byline_at)
        if not above and byline_at is None and dated_at and dated_at < len(kept):
            # the headline over its dateline ("… Bought Us a Night" / "Aired August 21, 2025"),
            # not a label in capitals over a date and the headline ("FOR IMMEDIATE RELEASE")
            if not kept[dated_at - 1].text.isupper() and not _title_like(kept[dated_at]):
                above = _above_byline(kept, dated_at)
        title_at = 0  # where the title stood: the standfirst follows it
        if h1 is not None:
            if (
                h1 >= 3
                or (h1 and all(_page_chrome(b) for b in kept[:h1]) and fmt == "html")
                or (h1 and _kicker_lines(kept) >= h1)
            ):
                # a site's bar, brand, tagline and kicker over the page's <h1> ("EVENTS ·
                # CIVIC STREETS SUMMIT 2025")
                named, show = _pop_chrome(kept, h1, art, outlet_hints, cast)
                masthead, programme = masthead or named, programme or show
                h1 = 0
            art.title = kept.pop(h1).text
            title_at = h1
        elif above:
            # "The Ledger Lamp / Podcast Recaps / <headline> / By …": the headline is the
            # line right above the byline; the short lines over it are masthead and kickers
            named, show = _pop_chrome(kept, above, art, outlet_hints, cast)
            masthead, programme = masthead or named, programme or show
            art.title = kept.pop(0).text
        elif (lead := _kicker_lines(kept)) and (
            _title_like(kept[lead]) or _sentence_headline(kept[lead].text)
        ):
            # "UNDERFOOT · EPISODE 87", "The Dunmore Clarion", "Sport | Societies": the
            # masthead and section kickers above the title
            named, show = _pop_chrome(kept, lead, art, outlet_hints, cast)
            masthead, programme = masthead or named, programme or show
            art.title = kept.pop(0).text
        elif (
            len(kept) > 2
            and _EPISODE_TITLE.match(kept[1].text.strip())
            and _MASTHEAD_LIKE.match(first.text.strip())
        ):
            # "Contribution Margin" over "Ep. 88 — Noor Haddadin-Price, Ferncastle: …": the
            # show's masthead over the episode's title
            art.dropped.append(kept.pop(0).text.strip())
            lines = kept[0].extra.get("lines") or [kept[0].text]
            if len(lines) > 1 and all(furn.is_furniture(ln) for ln in lines[1:]):
                art.dropped.extend(lines[1:])  # the episode's date and length under it
                kept[0] = replace(kept[0], text=lines[0])
            art.title = kept.pop(0).text
        elif _title_like(first) and len(kept) > 1:
            art.title = kept.pop(0).text
        if art.title and _LIVE_LABEL.match(art.title):
            art.title = _LIVE_LABEL.sub("", art.title, count=1)
        if art.title and len(kept) > title_at + 1:
            under = kept[title_at]
            if (under.extra.get("standfirst") and under.kind == "p") or (
                title_at == 0 and _standfirst_like(under)
            ):
                art.standfirst = kept.pop(title_at).text.strip()
        show = _SHOW_WITH_HOST.match(kept[0].text.strip()) if art.title and kept else None
        if show and len(kept) > 1:
            # "Closing Bid with Joelle Ambrose" under the title: the programme and its host
            art.dropped.append(kept.pop(0).text.strip())
            cast.append(ParsedSpeaker(name=show.group("who"), role="host"))
            programme = programme or show.group("show")

    # Headings and body paragraphs.
    is_heading: list[bool] = []
    first_label = next((i for i, b in enumerate(kept) if b.extra.get("alone")), len(kept))
    for i, b in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if b.kind == "h":
            is_heading.append(True)
        elif b.extra.get("alone") or (i and _label_alone(kept[i - 1].text)):
            is_heading.append(False)  # a turn's label, or the words under it
        elif first_label < len(kept) and nxt and b.kind == "p" and _LIST_HEAD.match(b.text):
            # "Questions and Answers:" over the next labelled turn opens a part of the call
            is_heading.append(bool(nxt.extra.get("alone") or _ALONE_LABEL.match(nxt.text)))
        elif first_label < i and b.text.rstrip().endswith("?"):
            is_heading.append(False)  # "Ruth, do you want to take that?" goes on a turn
        elif nxt is None or b.kind == "bq" or "trimmed" in b.extra:
            is_heading.append(False)
        elif fmt == "html":
            is_heading.append(b.bold and _heading_like(b.text))
        else:
            is_heading.append(_heading_like(b.text))

    paras: list[Para] = []
    section: int | None = None
    conclusion: set[int] = set()
    heading_idx: list[int] = []
    for i, b in enumerate(kept):
        if is_heading[i]:
            art.sections.append(ParsedSection(heading=b.text.strip().strip("*_ "), level=1))
            section = len(art.sections) - 1
            heading_idx.append(i)
            if _CONCLUSION.match(art.sections[section].heading):
                conclusion.add(section)
            continue
        text, pointer = furn.strip_pointer_sentence(b.text)
        if pointer:
            art.dropped.append(pointer)
        if text.strip():
            notes = {k: b.extra[k] for k in ("label", "alone") if k in b.extra}
            paras.append(
                Para(text=text.strip(), kind=b.kind, section=section, index=len(paras), notes=notes)
            )

    _assign_levels(art, kept, is_heading, heading_idx)
    return Skeleton(
        paras=paras,
        outlet_hints=outlet_hints,
        conclusion_sections=conclusion,
        cast=cast,
        programme=programme,
        masthead=masthead,
    )


def _assign_levels(
    art: ParsedArticle, kept: list[Block], is_heading: list[bool], heading_idx: list[int]
) -> None:
    declared = [kept[i].level for i in heading_idx]
    if heading_idx and all(lv is not None for lv in declared):
        for sec, lv in zip(art.sections, declared, strict=True):
            sec.level = int(lv)
        return
    # A heading followed at once by another heading opens a group: level 1, and the
    # headings after it are level 2 until the next group opens (or a conclusion).
    opens = [i + 1 < len(kept) and is_heading[i + 1] for i in heading_idx]
    grouped = any(opens)
    in_group = False
    for sec, i, opener in zip(art.sections, heading_idx, opens, strict=True):
        if kept[i].level is not None:
            sec.level = int(kept[i].level)
            continue
        if opener or _CONCLUSION.match(sec.heading):
            sec.level = 1
            in_group = opener
        else:
            sec.level = 2 if (grouped and in_group) else 1
