"""Who was interviewed, by whom, for which outlet, at which event."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import NAME, is_role_word, title_case_name
from .speakers import Registry

_ORG = r"(?<![\w'’-])(?:The\s+)?[^\W\d_a-z][\w&.-]*(?:\s+[^\W\d_a-z][\w&.-]*){0,4}"
_WITH = re.compile(
    rf"\b(?:conversation|interview|chat|talk|talks|talked|discussion|sit-down|sat\s+down|spoke|"
    rf"speaking|session|Q&A)\s+(?:[a-z-]+\s+)?(?:with|to)\s+(?:(?P<org>{_ORG})['’]s\s+)?"
    rf"(?P<who>{NAME})(?:\s+of\s+(?:the\s+)?(?P<org2>{_ORG}))?"
)
# a host introducing the guest: "The following is a conversation with …", "Here's my
# interview with …", "Today's episode is a chat with …"
_GUEST_INTRO = re.compile(
    r"(?i:\b(?:the following is|this is|this was|here['’]s|here is|today['’]s (?:episode|guest)"
    r"|(?:^|\s)(?:my|our))\b)[^.!?]{0,30}$"
)
_HOST = re.compile(
    rf"\b(?:[Cc]o-)?(?:[Hh]ost|[Pp]resenter|[Ii]nterviewer|[Mm]oderator|[Aa]nchor)\s+(?P<who>{NAME})"
)
# the one the subject talks to, by a press role or as the one joined for a chat:
# "in conversation with journalist Corinne Bastable", "joined the investor Dev Anand-Ruiz
# for a forty-minute fireside chat", "joined Samuel Ortega, editor-at-large of X, for a …"
_WITH_PRESS = re.compile(
    r"\bwith\s+(?:the\s+)?(?:journalist|reporter|broadcaster|podcaster|editor|columnist|"
    rf"writer|critic|YouTuber|interviewer)\s+(?P<who>{NAME})"
)
_JOINED_FOR = re.compile(
    rf"\bjoined\s+(?:the\s+[a-z-]+\s+)?(?P<who>{NAME})(?:,[^,.;]{{1,60}},)?\s+for\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:chat|conversation|interview|discussion|session|Q&A)\b"
)
_ASKER = re.compile(
    rf"(?P<who>{NAME})\s+(?:questioned|interviewed|pressed|asked|sat\s+down\s+with|spoke\s+to|"
    rf"spoke\s+with|talked\s+to|talks\s+with|talked\s+with|met|speaks\s+(?:with|to)|"
    rf"talks\s+to|chats\s+(?:with|to)|chatted\s+(?:with|to)|sits\s+down\s+with|"
    rf"(?:is|was)\s+joined\s+by|welcomes|interviews)\s+(?P<obj>\w+(?:['’-]\w+)*)"
)
# the ones who ask at a press conference, unnamed: "spoke to reporters", "met the media"
_PRESS = re.compile(r"(?:the\s+)?(?:reporters|journalists|press|media|newsmen)\b", re.I)
# a podcast or show intro: "In this episode, X speaks with Y" — X hosts
_EPISODE = re.compile(
    r"\b(?:episode|podcast|this\s+week|today['’]s\s+(?:show|programme|program)|"
    r"this\s+week['’]s\s+(?:show|programme|program))\b",
    re.I,
)
_EVENT = re.compile(
    r"\bat\s+(?:the\s+)?(?P<event>[^\W\d_a-z][\w&-]*(?:\s+[^\W\d_a-z][\w&-]*){0,4}"
    r"(?:\s+(?:19|20)\d\d)?)"
)
_EVENT_WORD = re.compile(
    r"(?:19|20)\d\d|Summit|Conference|Festival|Forum|Expo|Triennale|Biennale|Week|Con\b|Awards|"
    r"Congress|Symposium|Meeting|Fair|Show|Convention|Keynote|Assembly"
)
# "spoke to Bloomberg", not "spoke to Carrigmore's harbour master"
_OUTLET_TO = re.compile(
    rf"\b(?:spoke|talked|told|gave\s+\w+\s+\w+)\s+to\s+(?P<org>{_ORG})\b(?!['’]s\b)"
)
_OUTLET_FOR = re.compile(rf"\bfor\s+(?P<org>{_ORG})\s+(?:after|about|at|in|on)\b")


# after the one who asked, the show: "in an interview with Gus Fenmore on HBT’s First Trade"
_ON_SHOW = re.compile(rf"\s+on\s+(?:{_ORG}['’]s\s+)?(?P<show>{_ORG})\b(?!['’]s\b)")


# a programme named as one: "this week's episode of Cold Start", "Episode 112 of The Scrap
# Heap", "on his long-form podcast, The Long Runway,", "her YouTube business show The Ledger
# Room", "Marisa, welcome to Shelf Life."
_SHOW_WORD = r"[A-Z][\w&'’-]*"
_SHOW_TITLE = (
    rf"(?P<show>(?:The\s+)?{_SHOW_WORD}(?:[ \t]+(?:(?:&|of|and)[ \t]+)?{_SHOW_WORD}){{0,4}})"
)
_SHOW_NAMED = re.compile(
    r"(?:\b(?:[Ee]pisode|[Ee]dition|[Ii]nstal?lment)(?:\s+\d+)?\s+of"
    r"|\b(?:podcast|show|programme|program|series|newsletter)(?:,|\s+called)?"
    r"|\b[Ww]elcome\s+(?:back\s+)?to)"
    rf"\s+[\"“‘*_]*{_SHOW_TITLE}[\"”’*_]*"
    r"(?=[,.;:!?)]|\s+(?:on|with|from|this|last|in|to|about|for)\b|$)"
)


def _surname_of_someone(word: str, texts: list[str]) -> bool:
    """ "Tallowfield" when the text has named "Sunniva Tallowfield": a person, no outlet."""
    if " " in word:
        return False
    full = re.compile(rf"\b[A-Z][\w'’-]+\s+{re.escape(word)}\b")
    return any(full.search(text) for text in texts)


# the page itself as the one who spoke to someone: "We spoke with …", "This magazine talked to"
_WE_ASKED = re.compile(
    r"(?:^|\s)(?:[Ww]e|I|[Tt]his\s+(?:magazine|paper|newspaper|site|podcast|show|newsletter))\s*$"
)


_GUEST = re.compile(rf"(?:[a-z][\w-]*\s+){{0,3}}(?P<who>{NAME})")


def is_podcast_intro(text: str) -> bool:
    """ "This week, host X talks to Y …": the show's framing, not the guest's words."""
    for m in _ASKER.finditer(text):
        clause = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
        if _EPISODE.search(clause):
            return True
    return bool(_EPISODE.search(text) and (_HOST.search(text) or _HOST_OBJ.search(text)))


_HOST_OBJ = re.compile(
    rf"(?P<who>{NAME})\s+(?:tells|told|joins|joined)\s+(?:host|presenter)\s+{NAME}"
)


def podcast_guests(intro: list[str], reg: Registry) -> list[str]:
    """The guests a podcast intro names ("X speaks with beekeeper Y")."""
    out: list[str] = []
    for text in intro:
        for m in _ASKER.finditer(text):
            clause = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
            if not _EPISODE.search(clause):
                continue
            g = _GUEST.match(text, m.start("obj"))
            if g:
                person = reg.resolve(g.group("who")) or reg.add(g.group("who"))
                if person.name not in out:
                    out.append(person.name)
        if _EPISODE.search(text):
            for m in _HOST_OBJ.finditer(text):
                if m.group("who").isupper():
                    continue  # "the co-founder and CEO told host …": a title, not a name
                person = reg.resolve(m.group("who")) or reg.add(m.group("who"))
                if person.name not in out:
                    out.append(person.name)
    return out


# Words of page controls and services, which name no outlet ("Save", "Share: Facebook",
# "Manage preferences", "41 reposts", "Privacy ∙ Terms", "Spotify").
_NOT_OUTLET = re.compile(
    r"(?i:\b(?:share|save|print|subscribe|unsubscribe|preferences|privacy|terms|cookies?"
    r"|sign\s+(?:in|up)|log\s+in|facebook|twitter|linkedin|bluesky|threads|whatsapp|reddit"
    r"|mastodon|instagram|tiktok|spotify|apple\s+podcasts|youtube|overcast|pocket\s+casts|rss"
    r"|reposts?|likes?|comments?|follow|listen|watch|download|menu|search|home|copy\s+link"
    r"|episode|issue|season|min(?:ute)?s?|read)\b)|[:∙@#/]|^\W|^\d"
)


def _outlet_like(hint: str) -> bool:
    """A part of a page's metadata lines that names the outlet: a short capitalised name
    ending as publications' names do ("The Lakeshore Review", "Tideline FM"). Other
    parts are as often a section ("Food & Drink"), a credit or a control ("Gift this
    article"), and a wrong outlet is worse than none."""
    words = hint.split()
    return (
        1 < len(words) <= 6
        and hint[:1].isupper()
        and not _NOT_OUTLET.search(hint)
        and words[-1] in _PUBLICATION_WORDS
    )


_PUBLICATION_WORDS = set(
    """Journal Review Times News Post Magazine Weekly Daily Radio FM TV Television Press
    Media Network Podcast Show Hour Report Tribune Herald Gazette Guardian Telegraph
    Observer Chronicle Courier Monthly Quarterly Digest Wire Clarion Examiner Ledger
    Sentinel Mirror Echo Bulletin Dispatch Inquirer Advertiser Mercury Argus Record Notes
    Newsletter Letter Brief Briefing Dispatches Tapes Column Desk Signal Standard Star""".split()
)


def read_meta(
    intro: list[str],
    reg: Registry,
    byline: str | None,
    hints: list[str],
    body: Iterable[str] = (),
    programme: str | None = None,
    masthead: str | None = None,
) -> tuple[list[str], str | None, str | None]:
    """(interviewers, outlet, event) as the opening paragraphs state them, or failing
    that as the page's programme line or the ``body`` does ("an interview with X on
    Y's Show"), or failing that the page's ``masthead``."""
    interviewers: list[str] = []
    outlet: str | None = None
    event: str | None = None

    def add(name: str) -> None:
        person = reg.resolve(name) or reg.add(name)
        if person.name not in interviewers:
            interviewers.append(person.name)

    for text in intro:
        for m in _HOST.finditer(text):
            add(m.group("who"))
        for m in (*_WITH_PRESS.finditer(text), *_JOINED_FOR.finditer(text)):
            add(m.group("who"))
        # "Selin Aydın spoke to Achterberg": the one who speaks to, before the one spoken to
        for m in _ASKER.finditer(text):
            obj = m.group("obj")
            if _outlet_like(m.group("who")) and not reg.resolve(m.group("who")):
                # "Freight Ledger spoke with Tallowfield": the publication asked
                outlet = outlet or m.group("who")
                continue
            if _PRESS.match(text, m.start("obj")):
                continue  # "… spoke to reporters after the game": the one who answered
            clause = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
            if _EPISODE.search(clause) or (
                reg.resolve(m.group("who")) and (obj[:1].islower() or reg.resolve(obj))
            ):
                add(m.group("who"))
        for m in _WITH.finditer(text):
            who, org = m.group("who"), m.group("org")
            poss = re.split(r"['’]s\s+", who)
            if len(poss) > 1:
                org, who = poss[0], poss[-1]
            clause = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
            if any(i.split()[-1] in clause for i in interviewers):
                continue  # "Host X talks with Y": Y is the guest
            if _GUEST_INTRO.search(clause):
                continue  # "The following is a conversation with Y", "my interview with Y"
            if _outlet_like(clause.strip()) or _WE_ASKED.search(clause):
                continue  # "Freight Ledger spoke with Tallowfield": she was asked
            show = _ON_SHOW.match(text, m.end())
            if reg.resolve(who) or (org and len(who.split()) in (2, 3)) or show:
                add(who)
                outlet = outlet or org or m.group("org2") or (show and show.group("show"))
            elif (
                not outlet
                and not re.match(r"(?:He|She|They|Her|Him)$", who)
                and not is_role_word(who.split()[0])  # "spoke with CEO Priya Raman"
                and not _surname_of_someone(who, intro)
            ):
                outlet = who
            tail = text[m.end() : m.end() + 80]
            ev = _EVENT.match(tail.strip()) if tail.strip().startswith("at ") else None
            if ev and _EVENT_WORD.search(ev.group("event")):
                event = event or ev.group("event")
        if not event:
            for ev in _EVENT.finditer(text):
                if _EVENT_WORD.search(ev.group("event")) and not reg.resolve(ev.group("event")):
                    event = ev.group("event")
                    break
        if not outlet:
            m = _OUTLET_TO.search(text) or _OUTLET_FOR.search(text)
            if m and not reg.resolve(m.group("org")) and m.group("org") not in ("The",):
                outlet = m.group("org")
    outlet = outlet or programme
    if not outlet:
        for text in (*intro, *list(body)[:6]):
            m = _SHOW_NAMED.search(text)
            if m and not reg.resolve(m.group("show")) and not _NOT_OUTLET.search(m.group("show")):
                show = m.group("show")
                outlet = title_case_name(show) if show.isupper() else show
                break
    if not outlet:
        # further down: "…,” she said in an interview with Gus Fenmore on HBT’s First Trade."
        for text in body:
            for m in _WITH.finditer(text):
                show = _ON_SHOW.match(text, m.end())
                if show and not m.group("org") and not reg.resolve(show.group("show")):
                    add(m.group("who"))
                    outlet = show.group("show")
                    break
            if outlet:
                break
    if not outlet:
        outlet = next((h for h in hints if _outlet_like(h)), None)
    if not outlet and masthead and not event:
        # the page's own masthead, when the text names no show, broadcast or event where
        # the conversation took place: the publication's own interview
        if not any(_APPEARED_ELSEWHERE.search(t) for t in (*intro, *body)):
            outlet = masthead
    return interviewers, outlet, event


# Where else an interview can have taken place, making the page's masthead no outlet.
_APPEARED_ELSEWHERE = re.compile(
    r"(?i:\b(?:podcast|programme|program|show|radio|broadcast|episode|keynote|livestream|"
    r"on air|on stage|panel|conference|summit|town hall|hearing|press conference|"
    r"(?:earnings|investor|analyst) call|call with (?:analysts|investors)|told reporters|"
    r"interview with)\b)"
)
