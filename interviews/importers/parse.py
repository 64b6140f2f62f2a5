"""parse_article: text in, ParsedArticle out. Orchestrates the other modules."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from .commentary import Piece, read_paragraph, reporting_regex
from .lexicon import (
    HONORIFIC_RE,
    NAME,
    NAME2,
    NATIONALITIES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTICLE,
    UNNAMED_PERSON,
    first_name_gender,
    is_role_word,
    mostly_asks,
    preceded,
    title_case_name,
)
from .meta import is_podcast_intro, podcast_guests, read_meta
from .normalize import detect_format, to_blocks
from .quotes import DASH_LINE, Found, choose_spans, classify_spans, nested_quotes, shorten
from .speakers import Registry, add_label, clean_name, pronoun_gender, read_people
from .structure import Para, analyse
from .transcript import Transcript, find_transcript, quotes_in_turn, unquoted
from .types import ParsedArticle, ParsedCommentary, ParsedQuote, ParsedSpeaker

_QA = {"Q", "Question", "A", "Answer"}
_CITE_LINE = re.compile(rf"^(?P<who>{NAME})(?:\s*,\s*(?P<role>[^\n\"“”]{{2,120}}?))?\s*\.?$")
# Labels that name a part in the conversation, not a person: the words that introduce
# whoever plays it ("presenter Maeve Dunleavy"); the asking parts fall back to the interviewer.
_PART_LABELS = {
    "host": ("host", "presenter", "anchor"),
    "presenter": ("presenter", "host", "anchor"),
    "anchor": ("anchor", "presenter", "host"),
    "interviewer": ("interviewer",),
    "moderator": ("moderator", "chair", "host"),
    "chair": ("chair", "moderator"),
    "guest": ("guest",),
    "reporter": ("reporter", "correspondent"),
    "correspondent": ("correspondent", "reporter"),
}
_ASKING_PARTS = {"host", "presenter", "anchor", "interviewer", "moderator", "chair"}


# labels for someone the transcript does not name
_UNNAMED = re.compile(
    r"^(?:audience\s+(?:member|question)|unidentified\s+\w+|anonymous(?:\s+caller)?|caller"
    r"|(?:conference\s+)?operator)(?:\s+\d)?$",
    re.I,
)
_STATION_WORDS = {"fm", "am", "radio", "tv", "news", "podcast", "show", "live", "desk"}


def _is_part_label(label: str) -> bool:
    """A label for a part, or for the outlet that asks ("TIDELINE FM:", "GAZETTE:")."""
    words = label.lower().split()
    return label.lower() in _PART_LABELS or bool(
        words and (set(words) & _STATION_WORDS or title_case_name(label).split()[-1] in ORG_WORDS)
    )


def parse_article(text: str, *, known_speakers: Iterable[ParsedSpeaker] = ()) -> ParsedArticle:
    art = ParsedArticle()
    fmt = detect_format(text)
    skeleton = analyse(to_blocks(text), art, fmt)
    paras = skeleton.paras
    texts = [p.text for p in paras]
    # the standfirst under the headline, and the headline, name people too
    standfirst = [art.standfirst] if art.standfirst else []
    # "The founder on rivals. Interview by Tessa Grint.", under the headline
    by = next((m for t in [*standfirst, *texts[:2]] if (m := _STANDFIRST_BY.search(t))), None)
    if by and not art.byline:
        art.byline = by.group("name")
    reg = read_people([*texts, *standfirst], list(known_speakers))
    with_title = [art.title or "", *standfirst, *texts]  # "Quillbyte's Lena …"
    _add_nicknames(reg, with_title)
    headliner = _TITLE_SPEAKER.match(art.title or "")
    if headliner:
        # "Inês Calafate-Rosmaninho: ‘I write about houses …’": the headline quotes her
        # ("Brackwater's Sunniva Tallowfield: ‘…’": her, not her company)
        name = re.split(r"['’]s\s+", headliner.group("name"))[-1]
        if len(name.split()) >= 2 and not reg.resolve(name):
            reg.add(name)
    _add_relatives(reg, texts)
    _add_children(reg, texts)
    _note_employers(reg, with_title)
    _note_parts(reg, texts)
    for member in skeleton.cast:
        person = reg.resolve(member.name) or reg.add(member.name, member.role)
        person.role = person.role or member.role
        person.aliases.update(member.aliases)
    tr = find_transcript(paras, reg)
    if tr:
        _numbered_voices(tr)
    # labels for a part rather than a person ("HOST:", "LONGSHOT:"), decided once
    # the page's own name, in its masthead: "The Long Fade:" asks on the show's behalf
    page = {_bare_title(t) for t in [*art.dropped, skeleton.masthead or ""] if len(t.split()) <= 6}
    parts = _part_labels(tr, reg, texts, page) if tr else set()
    initials = _initials_labels(tr, texts) if tr else set()
    if tr:
        for turn in tr.turns:
            if turn.label not in _QA and turn.label not in parts and not _UNNAMED.match(turn.label):
                if turn.label in initials and not reg.resolve(title_case_name(turn.label)):
                    continue  # "SA:", "R&FR:" name no one by themselves
                # a label's full name may stand in the headline, the text or the byline
                named_in = [*with_title, art.byline or ""]
                add_label(reg, _full_name_of(title_case_name(turn.label), reg, named_in))
    in_turn = tr.in_turn if tr else set()
    dash_lines = {}
    for k, p in enumerate(paras):
        m = DASH_LINE.match(p.text.strip())
        if not m and p.kind == "bq" and k and paras[k - 1].kind == "bq":
            # a block quote signed on its own line with no dash (HTML's <cite>)
            m = _CITE_LINE.match(p.text.strip())
        if m and len(p.text.split()) <= 14 and p.index not in in_turn:
            dash_lines[p.index] = m
    spans = choose_spans(paras, in_turn | set(dash_lines), art.warnings)
    excluded: dict[int, list[tuple[int, int]]] = {}
    for sp in spans:
        for pi, s, e in sp.parts:
            excluded.setdefault(pi, []).append((max(0, s - 1), e + 1))
    for pi in in_turn:
        excluded.setdefault(pi, []).append((0, len(texts[pi])))
    reg.index_mentions(texts, excluded)
    found = classify_spans(
        spans, paras, reg, dash_lines, art.warnings, art.byline, title=art.title or ""
    )
    found.extend(_bare_blockquotes(paras, spans, dash_lines, reg))
    for f in found:
        # a block quote signed by an account ("— @DervlaQuistMP, 9.42am") is a post
        nxt = f.end_para + 1
        if nxt < len(paras) and paras[nxt].kind == "bq" and _HANDLE_LINE.match(texts[nxt]):
            f.kind = "written"

    # a transcript's introduction is everything before its first turn
    intro_len = max(2, min(5, min(t.paras[0] for t in tr.turns))) if tr else 2
    interviewers, outlet, event = read_meta(
        texts[:intro_len],
        reg,
        art.byline,
        skeleton.outlet_hints,
        body=texts[intro_len:],
        programme=skeleton.programme,
        masthead=skeleton.masthead,
    )
    for line in art.dropped:
        m = re.search(rf"\b(?i:interview(?:ed)?\s+by)\s+({NAME})", line)
        if m:
            person = reg.resolve(m.group(1).strip()) or reg.add(m.group(1).strip())
            if person.name not in interviewers:
                interviewers.append(person.name)
    if not interviewers:
        # the host the programme's masthead names ("The Overnight Brief with Roland Vierstra")
        hosts = [m for m in skeleton.cast if m.role == "host"]
        interviewers = [(reg.resolve(m.name) or reg.add(m.name)).name for m in hosts[:1]]
    art.interviewers, art.outlet, art.event = interviewers, outlet, event
    guests = [g for g in podcast_guests(texts[:2], reg) if g not in interviewers]
    intro_paras = {p.index for p in paras[:2] if is_podcast_intro(p.text)}

    statements: list[tuple[tuple[int, int], ParsedQuote]] = []
    guessed: set[int] = set()  # ids of the quotes whose speaker is only a guess
    for f in found:
        q = ParsedQuote(text=f.text, speaker=f.speaker, kind=f.kind, section=paras[f.para].section)
        statements.append(((f.para, f.start), q))
        if f.guessed:
            guessed.add(id(q))
        if f.kind == "direct":
            # what comes before it: this paragraph, and the one before for a "he said"
            # whose person this paragraph does not name
            previous = paras[f.para - 1].text if f.para else ""
            before = f"{previous}\n{paras[f.para].text[: f.start]}"
            for at, text, who in nested_quotes(f.text, f.speaker, reg, before):
                inner = ParsedQuote(text=text, speaker=who, kind="direct", section=q.section)
                statements.append(((f.para, f.start + at), inner))
    if tr:
        statements.extend(
            _turn_statements(tr, paras, reg, interviewers, texts, art, parts, initials)
        )

    opinion = any(_OPINION_LABEL.match(line) for line in art.dropped)
    pieces = _prose_pieces(paras, reg, found, tr, dash_lines, opinion)
    pieces = [p for p in pieces if p.is_commentary or p.para not in intro_paras]
    for piece in pieces:
        if not piece.is_commentary and piece.speaker:
            q = ParsedQuote(
                text=piece.text,
                speaker=piece.speaker,
                kind="paraphrase",
                section=paras[piece.para].section,
            )
            statements.append(((piece.para, piece.start), q))
    statements.sort(key=lambda item: item[0])
    kept = _without_repeats(statements, guessed, [p.text for p in paras])
    # a repeat (a pull quote) is gone: so is the warning about whom it was given to
    gone = {id(q) for _, q in statements} - {id(q) for _, q in kept}
    stale = {f"“{shorten(q.text)}”" for _, q in statements if id(q) in gone and id(q) in guessed}
    art.warnings[:] = [w for w in art.warnings if not any(s in w for s in stale)]
    statements = kept
    art.quotes = [q for _, q in statements]
    keys = [pos for pos, _ in statements]
    for piece in pieces:
        if not piece.is_commentary or not piece.text:
            continue
        section = paras[piece.para].section
        idx = None
        if section not in skeleton.conclusion_sections:
            k = bisect.bisect_left(keys, (piece.para, piece.start))
            idx = k - 1 if k else None
        art.commentary.append(
            ParsedCommentary(text=piece.text, kind=piece.kind, quote=idx, section=section)
        )
    if guests and not art.subjects:
        art.subjects = guests
    _fill_people(art, reg, texts)
    return art


# a headline that gives a person's words after their name
# the writer named at the end of the standfirst or the opening paragraph: "The founder on
# robots and rivals. Interview by Tessa Grint."
_STANDFIRST_BY = re.compile(
    rf"(?:^|[.!?]\s+)(?i:interview(?:ed)?|words|text|reporting|story)\s+(?i:by)\s+(?P<name>{NAME})"
    r"\.?$"
)
_TITLE_SPEAKER = re.compile(rf"^(?P<name>{NAME}):\s*[‘'“\"]")

# the page files the piece as the writer's view: "OPINION", "Opinion > Politics", "Comment"
_OPINION_LABEL = re.compile(r"(?i:opinion|comment|column)\s*(?:$|[>|/›»:])")

# 'Rafael "Rafa" Quintero': a nickname in quote marks inside a person's name
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<first>[A-Z][\w'’-]+)\s+[\"“‘'](?P<nick>[A-Z][\w'’.-]*)[\"”’']\s+"
    rf"(?P<last>(?:{PARTICLE}\s+){{0,2}}[A-Z][\w'’-]+)\b"
)


# "Mathias Kjellberg-Nwosu, the captain known to everybody as “Kells,”", "McCorquodale-Reyes
# — “Tav” on the team sheet —": a nickname the text gives someone it has named
_KNOWN_AS = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME})(?:,[^.;“”\"]{{0,80}}?\b(?:known|called|nicknamed|dubbed)"
    r"\b[^.;“”\"]{0,40}?\bas|\s+[—–]|\s+--)\s+[\"“‘'](?P<nick>[A-Z][\w'’.-]*)[,.]?[\"”’']"
)


def _add_nicknames(reg: Registry, texts: list[str]) -> None:
    """Register a person named with a nickname, answering to it too ("Rafa Quintero")."""
    for text in texts:
        for m in _NICKNAMED.finditer(text):
            if m.group("first").lower() in NOT_NAME_WORDS:
                continue
            name = f"{m.group('first')} {m.group('last')}"
            person = reg.resolve(name) or reg.add(name)
            person.aliases.update({m.group("nick"), f"{m.group('nick')} {m.group('last')}"})
        for m in _KNOWN_AS.finditer(text):
            name, nick = clean_name(m.group("name")), m.group("nick")
            if nick.lower() in NOT_NAME_WORDS or reg.resolve(nick):
                continue
            # someone the text gives a nickname is a person, named in full or known already
            person = reg.resolve(name) or (reg.add(name) if len(name.split()) >= 2 else None)
            if person:
                person.aliases.add(nick)


# "sisters Orla and Niamh Madigan": two people, one surname
_RELATIVES = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+(?P<last>[A-Z][\w'’-]+)\b"
    r"(?!\s+[A-Z])"
)
_FAMILY_BEFORE = re.compile(
    r"\b(?i:sisters|brothers|twins|siblings|cousins|couple|spouses|husband and wife|"
    r"father and son|mother and daughter|father and daughter|mother and son)\s+$"
)


# "Her daughter, Tegan, now 29 and a paramedic, …": a relative introduced by first name
# alone, with an age or a description that brings them into the story (not "His older
# brother, Tam, died in 2019")
_RELATIVE_NAMED = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:(?:elder|eldest|older|younger|youngest|twin|"
    r"adult|teenage)\s+)?(?P<rel>daughter|son|wife|husband|partner|sister|brother|mother|father|"
    r"niece|nephew|granddaughter|grandson|cousin|aunt|uncle)\s*,\s+(?P<first>[A-Z][a-z'’-]{2,}),"
    r"\s+(?:(?:now|aged)\s+)?(?:\d{1,3}\b|an?\s+[a-z])"
)


def _add_relatives(reg: Registry, texts: list[str]) -> None:
    joined = "\n".join(texts)
    for m in _RELATIVE_NAMED.finditer(joined):
        first = m.group("first")
        if first.lower() not in NOT_NAME_WORDS and reg.resolve(first) is None:
            reg.add(first, m.group("rel"))
    for text in texts:
        for m in _RELATIVES.finditer(text):
            firsts = (m.group("a"), m.group("b"))
            if any(f.lower() in NOT_NAME_WORDS for f in firsts) or m.group("last") in ORG_WORDS:
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            if not _FAMILY_BEFORE.search(before):
                # at a sentence's or clause's start, and one of them named alone later:
                # "Ray and Dolores Pettibone … Ray, 71, …"
                if before.strip() and not re.search(r"(?:[.!?]|,)\s+$", before):
                    continue
                if not any(
                    re.search(rf"(?<![\w'’-]){f}\b(?!\s+(?:and\s+)?[A-Z])", joined) for f in firsts
                ):
                    continue
            for first in firsts:
                name = f"{first} {m.group('last')}"
                person = reg.resolve(first)
                if person is not None and len(person.name.split()) == 1:
                    person.aliases.add(person.name)  # "Orla" was all the text had said
                    person.name = name
                elif person is None or person.name != name:
                    reg.add(name).aliases.add(first)


# "Thorvald’s daughter, Sunniva, appears briefly": a child named by first name only
_CHILD_NAMED = re.compile(
    r"(?<![\w'’-])(?P<last>[A-Z][\w'’-]+)['’]s\s+(?:daughter|son|granddaughter|grandson)"
    r"\s*,\s+(?P<first>[A-Z][a-z]+)\s*,"
)


def _add_children(reg: Registry, texts: list[str]) -> None:
    """A son or daughter introduced by first name after a parent's surname shares it:
    "Thorvald’s daughter, Sunniva," is Sunniva Thorvald."""
    for text in texts:
        if "daughter" not in text and "son" not in text:
            continue
        for m in _CHILD_NAMED.finditer(text):
            parent, first = reg.resolve(m.group("last")), m.group("first")
            if parent is None or first.lower() in NOT_NAME_WORDS or reg.resolve(first):
                continue
            reg.add(f"{first} {parent.surname}").aliases.add(first)


_ORG_POSSESSIVE = re.compile(rf"(?<![\w'’-])(?P<org>[A-Z][\w&.-]+)['’]s\s+(?P<name>{NAME2})")


# "The session was chaired by Margaret Olufemi-Shaw": the part a person plays
_PLAYED_BY = re.compile(
    rf"\b(?P<verb>chaired|hosted|moderated|presented|anchored)\s+by\s+(?P<who>{NAME2})"
)
_PART_OF_VERB = {
    "chaired": "chair",
    "hosted": "host",
    "moderated": "moderator",
    "presented": "presenter",
    "anchored": "anchor",
}


def _note_parts(reg: Registry, texts: list[str]) -> None:
    for text in texts:
        if "ed by " not in text:
            continue
        for m in _PLAYED_BY.finditer(text):
            person = reg.resolve(m.group("who")) or reg.add(m.group("who"))
            person.role = person.role or _PART_OF_VERB[m.group("verb")]


def _note_employers(reg: Registry, texts: list[str]) -> None:
    """ "Quillbyte's Lena Varga": the firm a person speaks for, so that "the Quillbyte
    CEO" finds her when no one is called CEO."""
    for text in texts:
        for m in _ORG_POSSESSIVE.finditer(text):
            words = m.group("name").split()
            # in a title's capitals the name runs on: "Quillbyte's Lena Varga Thinks Your …"
            person = next(
                (p for n in range(len(words), 1, -1) if (p := reg.resolve(" ".join(words[:n])))),
                None,
            )
            if person and not person.org and m.group("org").lower() not in NOT_NAME_WORDS:
                person.org = m.group("org")


# nothing of a word just before: with ``preceded``, a name standing as whole words
_WORD_START = re.compile(r"(?<!\w)$")
_HANDLE_LINE = re.compile(r"^\s*[-–—]{1,2}\s*@\w{2,30}\b")


def _bare_blockquotes(
    paras: list[Para], spans: list, dash_lines: dict, reg: Registry
) -> list[Found]:
    """A block quote without quote marks, signed on the next line ("— Name")."""
    with_marks = {pi for sp in spans for pi, _, _ in sp.parts}
    out = []
    for k, p in enumerate(paras):
        if p.kind == "bq" and p.index not in with_marks and p.index + 1 in dash_lines:
            m = dash_lines[p.index + 1]
            person = reg.resolve(m.group("who")) or reg.add(m.group("who"))
            # the paragraphs of the same block quote above it, signed once at its end
            first = k
            while (
                first > 0
                and paras[first - 1].kind == "bq"
                and paras[first - 1].index not in with_marks
                and paras[first - 1].index not in dash_lines
                and paras[first - 1].index + 1 not in dash_lines
                and paras[first - 1].section == p.section
            ):
                first -= 1
            quoted = paras[first : k + 1]
            out.append(
                Found(
                    " ".join(q.text for q in quoted),
                    person.name,
                    "direct",
                    quoted[0].index,
                    0,
                    p.index,
                    len(p.text),
                    [(q.index, 0, len(q.text)) for q in quoted],
                )
            )
    return out


# A turn this short without a question mark only acknowledges ("Very helpful. Thank you.")
_ACKNOWLEDGEMENT_WORDS = 6


def _turn_statements(
    tr: Transcript,
    paras: list[Para],
    reg: Registry,
    interviewers: list[str],
    texts: list[str],
    art: ParsedArticle,
    parts: set[str],
    initials: set[str],
) -> list[tuple[tuple[int, int], ParsedQuote]]:
    named = {
        title_case_name(t.label)
        for t in tr.turns
        if t.label not in _QA | parts and not _UNNAMED.match(t.label)
    }
    if not interviewers:
        # the participant who asks (turns ending in "?") is the interviewer
        asks = Counter(
            title_case_name(t.label)
            for t in tr.turns
            if t.label not in _QA and t.texts[-1].rstrip().endswith("?")
        )
        if asks:
            person = reg.resolve(asks.most_common(1)[0][0])
            if person:
                interviewers.append(person.name)
        if interviewers:
            # more than one asks: the analysts of an earnings call, the reporters at a
            # briefing; whoever's turns are mostly questions is on the asking side. An
            # analyst's question may end on its follow-up ("…? And then a quick one for
            # Ruth on capex."), and a bare "Very helpful. Thank you." weighs neither way.
            turns: Counter[str] = Counter()
            questions: Counter[str] = Counter()
            for t in tr.turns:
                if t.label in _QA:
                    continue
                body = " ".join(t.texts)
                if "?" not in body and len(body.split()) <= _ACKNOWLEDGEMENT_WORDS:
                    continue
                turns[title_case_name(t.label)] += 1
                questions[title_case_name(t.label)] += mostly_asks(body)
            for label, n in sorted(questions.items()):
                person = reg.resolve(label)
                if (
                    person
                    and n
                    and person.name not in interviewers
                    and 2 * n >= turns[label]
                    and not _UNNAMED.match(label)
                ):
                    interviewers.append(person.name)
    if any(t.label in ("A", "Answer") for t in tr.turns):
        # the answers are the subject's; whoever is named and only asks is on the other
        # side ("**Tomas (moderator): …?**", "**honeybadger42: …?**" in a readers' Q&A)
        for label in sorted(named):
            own = [t for t in tr.turns if title_case_name(t.label) == label]
            if own and all(t.texts[-1].rstrip().endswith("?") for t in own):
                person = reg.resolve(label)
                who = person.name if person else label
                if who not in interviewers:
                    interviewers.append(who)
    pair = _opening_pair(tr, named, reg, art.title or "")
    if pair and not interviewers:
        interviewers.append(pair[0])
    asking = [
        t
        for t in tr.turns
        if t.label in ("Q", "Question")
        or (t.label in parts and not _is_guest_label(t.label))
        or (t.label in initials and not _by_initials(t.label, reg, art.byline))
    ]
    first_turn = min(t.paras[0] for t in tr.turns)
    if not interviewers and any(t.label in parts for t in asking):
        # "ANCHOR:" or "THE GAZETTE:" facing "BRASK:": the one other person the
        # introduction names is the one who asks
        full = [reg.resolve(_full_name_of(n, reg, [art.title or "", *texts])) for n in named]
        labelled = [p for p in full if p]
        others = []
        for pi in range(first_turn):
            for person in reg.mentioned_in(pi, 0, len(texts[pi])):
                if person not in labelled and person not in others:
                    others.append(person)
        if len(others) == 1 and labelled:
            interviewers.append(others[0].name)
    if not interviewers and art.byline and asking:
        # unlabelled questions with no interviewer named: the write-up's author asks them
        by = art.byline.strip()
        if re.fullmatch(NAME, by):
            person = reg.resolve(by) or reg.add(by)
            interviewers.append(person.name)
    subject = None
    for pi in range(first_turn):
        for person in reg.mentioned_in(pi, 0, len(texts[pi])):
            if person.name not in interviewers:
                subject = subject or person.name
    # the headline names whom the interview is with ("… Ysolde Brannagh answers your
    # questions"), when the introduction names others first
    titled = [
        p.name
        for p in reg.persons
        if p.name not in interviewers
        and art.title
        and preceded(p.name, art.title, _WORD_START, window=1)
    ]
    if subject and len(titled) == 1 and subject not in titled:
        subject = titled[0]
    answered = any(t.label in ("A", "Answer") for t in tr.turns)
    if answered and not titled and art.title:
        # "Adaeze Morrow-Lindqvist Wants Robots …" over "I first met Adaeze Morrow-Lindqvist
        # …, the company she co-founded with the engineer Tomas Reddaway": the one the
        # headline names answers, though only the engineer came with a job to register her
        headlined = _headlined(art.title, texts[:first_turn], interviewers)
        if headlined:
            subject = (reg.resolve(headlined) or reg.add(headlined)).name
    if subject is None and pair and pair[0] in interviewers:
        subject = pair[1]
    if subject is None and answered:
        subject = _introduced_subject(art.title or "", texts[:first_turn], reg, interviewers)
    introduced = _introduced_parts(tr, parts, reg)
    out = []
    with_title = [art.title or "", *texts, art.byline or ""]  # where a label's full name may stand
    for turn in tr.turns:
        if turn.label in ("Q", "Question"):
            speaker = interviewers[0] if interviewers else None
        elif turn.label in ("A", "Answer"):
            speaker = subject
        elif turn.label in parts:
            speaker = introduced.get(turn.label) or _part_player(turn.label, reg, interviewers)
            if speaker and not interviewers and turn in asking:
                interviewers.append(speaker)  # "ANCHOR:" played by the show's host
        elif _UNNAMED.match(turn.label):
            out.append(_turn_quote(turn, paras, None))  # "Audience member:": no one named
            continue
        else:
            label = _full_name_of(title_case_name(turn.label), reg, with_title)
            person = reg.resolve(label)
            if person is None and turn.label in initials:
                person = _by_initials(turn.label, reg, art.byline)
                if person is None:  # the outlet's initials ("R&FR:") ask on its behalf
                    speaker = _part_player(turn.label, reg, interviewers)
                    out.append(_turn_quote(turn, paras, speaker))
                    continue
            speaker = person.name if person else label
        if speaker is None:
            art.warnings.append(
                f"The transcript turn labelled “{turn.shown or turn.label}:” "
                f"(“{turn.texts[0][:50]}…”) could "
                "not be matched to a named person; set its speaker by hand."
            )
        out.append(_turn_quote(turn, paras, speaker))
    out.extend(_reported_in_turns(out, reg))
    guests = [who for label, who in introduced.items() if _is_guest_label(label)]
    if guests and not art.subjects:
        art.subjects = guests  # "My guest for the hour is Emeka Rosewall", callers aside
    elif named and not art.subjects:
        for label in sorted(named):
            person = reg.resolve(label) or (
                _by_initials(label, reg) if _is_initials(label) else None
            )
            if person and person.name not in interviewers:
                art.subjects.append(person.name)
    elif subject:
        art.subjects = [subject]
    return out


def _opening_pair(
    tr: Transcript, named: set[str], reg: Registry, title: str
) -> tuple[str, str] | None:
    """The asker and the answerer of a Q&A whose opening turns carry the two names
    ("Hallam Dyer: Today I'm talking with Orrin Vale." "Orrin Vale: Thanks …") and whose
    later turns are unlabelled questions and answers: the one the headline names
    answers; failing that, the first to speak asks."""
    if len(named) != 2 or not any(t.label in ("A", "Answer") for t in tr.turns):
        return None  # reporters' "Q:" put to a coach and a player answering by name
    order = []
    for t in tr.turns:
        label = title_case_name(t.label)
        if label in named and label not in order:
            order.append(label)
    people = [reg.resolve(label) for label in order]
    if not all(people):
        return None
    host, guest = people
    if preceded(host.name, title, _WORD_START, window=1) and not preceded(
        guest.name, title, _WORD_START, window=1
    ):
        host, guest = guest, host
    return host.name, guest.name


def _reported_in_turns(
    turns: list[tuple[tuple[int, int], ParsedQuote]], reg: Registry
) -> list[tuple[tuple[int, int], ParsedQuote]]:
    """The quotations inside the turns: "I said, ‘…’" is the speaker's, "you told …" the
    words of the one the turn is put to (the next speaker), a name the person's, a role
    ("Coach said") its holder's; words of someone the turn does not name ("a customer told
    us") are listed with no speaker."""
    out = []
    for k, ((para, _), turn) in enumerate(turns):
        for at, words, who in quotes_in_turn(turn.text):
            if who == "I":
                name = turn.speaker
            elif who in ("he", "she"):
                # "Aurelio Benn taught lettering … he turned it upside down and said, “…”"
                before = turn.text[:at]
                person = reg.last_named(before, pronoun_gender(who), besides=turn.speaker)
                name = person.name if person else None
                if name is None:
                    name = _full_name_before(before[-300:], turn.speaker, reg)
                if name is not None and _unnamed_since(before, name):
                    name = None  # "a grocery buyer" since: someone unnamed said them
            elif who == "you":
                others = [q.speaker for _, q in turns[k + 1 : k + 2] + turns[max(0, k - 1) : k]]
                name = next((s for s in others if s and s != turn.speaker), None)
            else:
                person = reg.resolve(who) if who else None
                if person is None and who and is_role_word(who):
                    person = reg.by_role_word(who)  # "Coach said": whoever is the coach
                elif person is None and who and re.search(rf",\s+{re.escape(who)},", turn.text):
                    person = reg.add(who)  # "My co-founder, Ruth, used to say": Ruth
                name = person.name if person else None
            quote = ParsedQuote(text=words, speaker=name, kind="direct", section=turn.section)
            out.append(((para, at), quote))
    return out


def _unnamed_since(text: str, name: str) -> bool:
    """Whether the text mentions someone unnamed after it last names ``name``."""
    named = max((text.rfind(part) for part in name.split()), default=-1)
    unnamed = [m.start() for m in UNNAMED_PERSON.finditer(text)]
    return bool(unnamed) and unnamed[-1] > named


def _full_name_before(text: str, speaker: str | None, reg: Registry) -> str | None:
    """The last full name a turn gives before a "he said" ("Aurelio Benn, mostly. He took
    my drawing … and said"): someone the article names only there."""
    for m in reversed(list(re.finditer(NAME2, text))):
        toks = clean_name(m.group(0)).split()
        while toks and toks[0].lower() in NOT_NAME_WORDS:
            toks = toks[1:]  # "From Aurelio Benn, mostly."
        name = " ".join(toks)
        if 2 <= len(toks) <= 3 and toks[-1] not in ORG_WORDS and name != speaker:
            return (reg.resolve(name) or reg.add(name)).name
    return None


def _role_case(role: str | None) -> str | None:
    """A role read from a label in capitals, as a sentence gives it: "LRT BOARD CHAIR" ->
    "LRT board chair"; short words (LRT, MNN, CEO) stay acronyms."""
    if not role or not role.isupper():
        return role
    words = []
    for w in role.split():
        bare = w.strip(",.")
        acronym = bare.lower() not in _NOT_ACRONYMS and (
            len(bare) <= 3 or (len(bare) == 4 and not is_role_word(bare))
        )
        words.append(w if acronym else w.lower())  # "CEO", "LRT" stay; "HOST" does not
    return " ".join(words)


# short words a role in capitals spells that are no acronym: "HEAD OF SALES", "LEAD ANCHOR"
_NOT_ACRONYMS = {"of", "at", "for", "the", "and", "on", "in", "to", "a", "an", "head", "lead"}


def _part_labels(
    tr: Transcript, reg: Registry, texts: list[str], page: set[str] = frozenset()
) -> set[str]:
    """The labels that stand for a part or a publication, not a person (``page``: the
    names the page gives itself, in its masthead)."""
    return {
        t.label
        for t in tr.turns
        if t.label not in _QA
        and t.label not in tr.callers
        and (_is_part_label(t.label) or _asks_for_outlet(t.label, tr, reg, texts, page))
    }


def _bare_title(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _asks_for_outlet(
    label: str, tr: Transcript, reg: Registry, texts: list[str], page: set[str] = frozenset()
) -> bool:
    """ "LONGSHOT:" — one capitalised word that names no one in the text and only asks:
    the publication's own label for its interviewer."""
    words = title_case_name(label).split()
    if len(words) > 3 or reg.resolve(title_case_name(label)):
        return False
    if not label[:1].isupper() or any(ch.isdigit() for ch in label):
        return False  # a reader's user name ("cinderkid77:"), not a publication's label
    if len(words) == 1 and first_name_gender(words[0]):
        return False  # "DOREEN:": a caller's first name
    if (
        len(words) > 1
        and words[-1] not in ORG_WORDS
        and not _named_as_outlet(label, texts)
        and _bare_title(title_case_name(label)) not in page
    ):
        return False  # "Gideon Marr:" asks as a person; "Field Notes:" as a publication
    if _full_name_of(title_case_name(label), reg, texts) != title_case_name(label):
        return False
    turns = [t for t in tr.turns if t.label == label]
    asks = sum(t.texts[-1].rstrip().endswith("?") for t in turns)
    return len(turns) >= 2 and asks * 2 >= len(turns)


def _named_as_outlet(label: str, texts: list[str]) -> bool:
    """Whether the text names the label as a publication: "Rui Lobo of Jornal da
    Ribeira", "first published in Jornal da Ribeira"."""
    name = title_case_name(label)
    return any(preceded(name, text, _AS_OUTLET) for text in texts)


_AS_OUTLET = re.compile(
    rf"(?:{NAME}\s*,?\s+(?:of|from|for|at)|published\s+(?:in|by)|(?i:writing|reporting)"
    r"\s+for)\s+(?:the\s+)?$"
)


def _turn_quote(turn, paras: list[Para], speaker: str | None):
    text = "\n\n".join(unquoted(turn.texts))
    quote = ParsedQuote(
        text=text, speaker=speaker, kind="direct", section=paras[turn.paras[0]].section
    )
    return ((turn.paras[0], 0), quote)


def _initials_labels(tr: Transcript, texts: list[str]) -> set[str]:
    """The labels made of initials ("BQ:", "R&FR:"); not a short name the text also
    writes as a name ("DES:" for the caller it calls Des)."""
    labels = {t.label for t in tr.turns if _is_initials(t.label) and t.label not in tr.callers}
    return {
        label
        for label in labels
        if not any(re.search(rf"\b{re.escape(label.title())}\b", text) for text in texts)
    }


def _is_initials(label: str) -> bool:
    """ "SA", "R&FR", "J.D.": letters standing for a name or an outlet."""
    letters = re.sub(r"[&.]", "", label)
    return (
        label.isupper()
        and " " not in label
        and 1 < len(letters) <= 5
        and (
            len(letters) <= 3 or "&" in label or "." in label or not re.search(r"[AEIOU]", letters)
        )
    )


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()


def _by_initials(label: str, reg: Registry, byline: str | None = None):
    """The one person whose initials the label spells ("SA" for Selin Aydın); the
    byline's writer ("JC" for "Words: Jude Carrow") when no one else does."""
    letters = re.sub(r"[&.]", "", label).upper()
    found = [p for p in reg.persons if _initials(p.name) == letters]
    if len(found) == 1:
        return found[0]
    if not found and byline and re.fullmatch(NAME, byline) and _initials(byline) == letters:
        return reg.resolve(byline) or reg.add(byline)
    return None


# How the one who plays a part says who they are, or whom they have with them, on air:
# "I'm Lorna Penrice.", "My guest for the hour is Emeka Rosewall, …", "Joining me now is …"
_SELF_INTRODUCED = re.compile(rf"(?:\bI['’]m|\bI am|\b[Mm]y name is)\s+(?P<who>{NAME2})\b")
_GUEST_INTRODUCED = re.compile(
    r"(?:\b[Mm]y guests? (?:\w+ ){0,4}(?:is|are)|\b[Jj]oining (?:me|us) (?:\w+ ){0,3}(?:is|are)|"
    r"\bI['’]m joined (?:\w+ ){0,3}by|\b[Ww]ith (?:me|us) (?:\w+ ){0,4}(?:is|are)|"
    r"\b(?:[Tt]oday|[Tt]onight|[Tt]his week),? (?:we have|I have"
    r"|I['’]m (?:talking|speaking) (?:with|to)|we['’]re (?:talking|speaking) (?:with|to))"
    r"|\b[Ww]elcome(?: back)?,?)\s+"
    rf"(?:(?:the|a|an) [^,.;]{{1,50}}?,?\s+)?(?P<who>{NAME2})\b"
)


_VOICE = re.compile(r"^speaker\s+\d{1,2}$", re.I)


def _numbered_voices(tr: Transcript) -> None:
    """An automatic transcript's two voices, "Speaker 1:" and "Speaker 2:": the one whose
    turns are mostly questions is the host, the other the guest, each then named as the
    turns introduce them ("Today we have Orrin Vale")."""
    voices = {t.label for t in tr.turns if _VOICE.match(t.label)}
    if len(voices) != 2:
        return
    asks = Counter(t.label for t in tr.turns if t.label in voices and "?" in " ".join(t.texts))
    host = max(sorted(voices), key=lambda v: asks[v])
    if 2 * asks[host] < sum(1 for t in tr.turns if t.label == host):
        return  # neither mostly asks: leave the voices unnamed
    for t in tr.turns:
        if t.label in voices:
            t.shown, t.label = t.label, "HOST" if t.label == host else "GUEST"


def _is_guest_label(label: str) -> bool:
    return label.lower() == "guest"


def _introduced_parts(tr: Transcript, parts: set[str], reg: Registry) -> dict[str, str]:
    """Who plays each part label, as the parts introduce themselves in their first turns:
    "HOST: … I'm Lorna Penrice. … My guest for the hour is Emeka Rosewall" makes HOST:
    Lorna Penrice and GUEST: Emeka Rosewall."""
    out: dict[str, str] = {}

    def person(m: re.Match) -> str | None:
        name = clean_name(m.group("who"))
        toks = name.split()
        if len(toks) < 2 or toks[0].lower() in NOT_NAME_WORDS or toks[-1] in ORG_WORDS:
            return None
        return (reg.resolve(name) or reg.add(name)).name

    guest = next((label for label in parts if _is_guest_label(label)), None)
    for turn in tr.turns[:4]:
        if turn.label not in parts or _is_guest_label(turn.label):
            continue
        text = turn.texts[0]
        if turn.label not in out and (m := _SELF_INTRODUCED.search(text)):
            if who := person(m):
                out[turn.label] = who
        if guest and guest not in out and (m := _GUEST_INTRODUCED.search(text)):
            if who := person(m):
                out[guest] = who
    for turn in tr.turns:
        # a reporter signs off a package: "Reporting from Sisters, Dashiell Okafor-Lindgren,
        # Cascade 7 News."
        if turn.label in parts and turn.label.lower() in ("reporter", "correspondent"):
            for text in turn.texts:
                signed = (rx.search(text) for rx in _SIGNED_OFF)
                if turn.label not in out and (m := next((m for m in signed if m), None)):
                    if who := person(m):
                        out[turn.label] = who
    return out


_SIGNED_OFF = (
    re.compile(rf"\b[Rr]eporting(?: live)? (?:from|in) [^,.]{{1,40}},\s+(?P<who>{NAME2})\b"),
    re.compile(
        rf"(?:^|[.!?]\s+)(?P<who>{NAME2}),\s+(?:[A-Z][\w&'’-]*\s+){{0,3}}"
        r"(?:News|TV|Television|Radio)\b[^.]{0,40}\.\s*$"
    ),
)


def _part_player(label: str, reg: Registry, interviewers: list[str]) -> str | None:
    """Who plays a part such as "HOST:": the person introduced in that role, else the
    interviewer when the part is the one that asks."""
    part = _PART_LABELS.get(label.lower())
    for word in part or ("presenter", "host", "anchor", "interviewer"):
        person = reg.by_role_word(word)
        if person:
            return person.name
    if (part is None or label.lower() in _ASKING_PARTS) and interviewers:
        return interviewers[0]  # an outlet's own label asks on its behalf
    return None


def _full_name_of(label: str, reg: Registry, texts: list[str]) -> str:
    """A one-word label ("MUIR:") as the full name the text gives it ("Agnes Muir"),
    wherever that stands, turns included."""
    words = label.split()
    if len(words) == 2 and (is_role_word(words[0]) or HONORIFIC_RE.match(words[0] + " ")):
        # "MINISTER FAIRWEATHER:", "DR NWACHUKWU:": the person after the title
        full = _full_name_of(words[1], reg, texts)
        if full != words[1] or reg.resolve(words[1]):
            return full
    known = reg.resolve(label) if len(words) == 1 else None
    if len(words) != 1 or (known and len(known.name.split()) > 1):
        return label
    # a first name ("Kwame:" for Kwame Asante), then a surname ("MUIR:" for Agnes Muir)
    after = re.compile(rf"\b{re.escape(label)}[ \t]+([A-Z][\w'’-]+)\b(?![ \t]+[A-Z])")
    for text in texts:
        for m in after.finditer(text):
            if m.group(1).lower() not in NOT_NAME_WORDS and m.group(1) not in ORG_WORDS:
                return f"{label} {m.group(1)}"
    rx = re.compile(rf"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+{re.escape(label)}\b")
    for text in texts:
        for m in rx.finditer(text):
            before = HONORIFIC_RE.sub("", m.group(1) + " ").strip()  # "Dr Amara" → "Amara"
            while before and is_role_word(before.split()[0]):  # "CEO Teodor" → "Teodor"
                before = before.partition(" ")[2]
            if before and before.split()[0].lower() not in NOT_NAME_WORDS:
                if not is_role_word(before.split()[-1]):
                    return f"{before} {label}"
    return label


def _headlined(title: str, intro: list[str], interviewers: list[str]) -> str | None:
    """The first full name the introduction gives that the headline gives too."""
    for text in intro:
        for m in _NAME2_RX.finditer(text):
            name = clean_name(m.group(0))
            toks = name.split()
            if len(toks) < 2 or toks[0].lower() in NOT_NAME_WORDS or name in interviewers:
                continue
            if any(t in ORG_WORDS for t in toks) or any(
                is_role_word(m.group(1))
                for text in (title, *intro)
                for m in re.finditer(re.escape(name) + r"['’]s\s+([\w-]+)", text)
            ):
                continue  # "Ferncliff Cold Chain’s COO on the recall": a company has a COO
            if preceded(name, title, _WORD_START, window=1):
                return name
    return None


_NAME2_RX = re.compile(NAME2)
_WITH_NAME = re.compile(rf"\b(?:with|meets?|talks\s+to|interview(?:ing)?)\s+({NAME2})")


_NAME_COLON_QUOTE = re.compile(rf"^(?P<who>{NAME2})\s*:\s*[“\"‘']")
_NAME_ON = re.compile(
    rf"^(?P<who>{NAME2})\s+(?:on|talks|speaks|explains|says|answers|reflects|opens\s+up)\s"
)


def _introduced_subject(
    title: str, intro: list[str], reg: Registry, interviewers: list[str]
) -> str | None:
    """Who answers in a Q:/A: transcript that never names its labels: the person the
    title puts the questions to ("A Q&A with Dr Naledi Baptiste"), else the first
    person the introduction names."""
    candidates = [m.group(1) for m in _WITH_NAME.finditer(title)]
    # the headline that quotes the one answering: "Lucius Scarisbrook-Obi: “I wrote …”"
    candidates += [m.group("who") for m in [_NAME_COLON_QUOTE.match(title)] if m]
    # "Orrin Vale on robots and reactors", "Orrin Vale talks hands and hype"
    candidates += [m.group("who") for m in [_NAME_ON.match(title)] if m]
    introduced = [m.group(0) for text in intro for m in re.finditer(NAME2, text)]
    # a name the headline gives and the introduction repeats ("volcanologist Ysolde
    # Brannagh answers your questions"), before others the introduction names first
    candidates += [n for n in (m.group(0) for m in re.finditer(NAME2, title)) if n in introduced]
    candidates += introduced
    for name in candidates:
        cleaned = clean_name(name)
        toks = cleaned.split()
        if len(toks) < 2 or toks[0].lower() in NOT_NAME_WORDS or cleaned in interviewers:
            continue
        if any(t in ORG_WORDS or (t.isupper() and not cleaned.isupper()) for t in toks):
            continue  # "Fieldnotes AMA", "Kessrin FM": a programme, not a person
        return (reg.resolve(cleaned) or reg.add(cleaned)).name
    return None


def _prose_pieces(
    paras: list[Para],
    reg: Registry,
    found: list[Found],
    tr: Transcript | None,
    dash_lines: dict,
    opinion: bool = False,
) -> list[Piece]:
    """The paragraphs outside quotations and turns, split into reported speech and the
    writer's commentary. In an ``opinion`` column the first paragraph is the writer's
    own case already, not a news lede."""
    rep_rx = reporting_regex(reg)
    ranges: dict[int, list[tuple[int, int, str | None]]] = {}
    direct_paras: set[int] = set()
    first_speaker: dict[int, str | None] = {}
    for f in found:
        for pi, s, e in f.parts:
            ranges.setdefault(pi, []).append(
                (max(0, s - 1), min(len(paras[pi].text), e + 1), f.speaker)
            )
            first_speaker.setdefault(pi, f.speaker)
        if f.kind == "direct":
            direct_paras.add(f.end_para)
    in_turn = tr.in_turn if tr else set()
    interjections = tr.interjections if tr else set()
    first_statement = min([f.para for f in found] + list(in_turn) + [len(paras)])
    pieces: list[Piece] = []
    after_quote = False
    section = object()
    for k, p in enumerate(paras):
        if p.section != section:
            section, after_quote = p.section, False
        if p.index in in_turn:
            after_quote = True
            continue
        if p.index in dash_lines:
            continue
        nxt = paras[k + 1].index if k + 1 < len(paras) else None
        got, info = read_paragraph(
            p,
            reg,
            rep_rx,
            sorted(ranges.get(p.index, [])),
            after_quote=after_quote,
            next_speaker=first_speaker.get(nxt) if nxt is not None else None,
            next_quoted=nxt in first_speaker or nxt in in_turn or nxt in dash_lines,
            interjection=p.index in interjections,
            lede=k == 0 and p.index < first_statement and not opinion,
        )
        pieces.extend(got)
        if p.index in direct_paras or p.index in interjections:
            after_quote = True
        elif info.reporting or not any(g.is_commentary for g in got):
            after_quote = False
    return pieces


def _quote_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\"'“”‘’«»„…—–.,;:!?()\[\]-]", " ", text)
    return " ".join(text.split())


def _without_repeats(
    statements: list[tuple[tuple[int, int], ParsedQuote]],
    guessed: set[int] = frozenset(),
    texts: list[str] = (),
) -> list[tuple[tuple[int, int], ParsedQuote]]:
    """A pull quote repeats a direct quote already in the text: keep the first one only,
    taking the repeat's speaker if the first has none or only a guessed one (a pull quote
    set above the paragraph that attributes it). Short words said once and set in quote
    marks again with no speaker ("“Not this” is doing a lot of work there") are the
    writer's mention of them, not a new quotation."""
    seen: dict[str, ParsedQuote] = {}
    out = []
    for pos, q in statements:
        key = _quote_key(q.text) if q.kind == "direct" else ""
        if key and key in seen and (len(key) >= 20 or not q.speaker):
            first = seen[key]
            if q.speaker and (not first.speaker or (id(first) in guessed and id(q) not in guessed)):
                first.speaker = q.speaker
            continue
        if key:
            seen.setdefault(key, q)
        out.append((pos, q))
    # a pull quote that lifts a sentence out of a longer answer: a paragraph of its own
    # with no speaker ("> **“Every letter you draw is an argument with the one before
    # it.”**"), not the words of someone unnamed that an answer quotes
    keys = [_quote_key(q.text) for _, q in out if q.kind == "direct"]

    def lifted(pos: tuple[int, int], q: ParsedQuote) -> bool:
        key = _quote_key(q.text)
        return (
            q.kind == "direct"
            and (not q.speaker or id(q) in guessed)
            and len(key) >= 30
            and pos[0] < len(texts)
            and key in (own := _quote_key(texts[pos[0]]))
            and len(own) <= len(key) + 2
            and any(len(k) > len(key) and key in k for k in keys)
        )

    def mentioned(pos: tuple[int, int], q: ParsedQuote) -> bool:
        """Words the page already gave without quote marks, in running text (a pasted
        post, a transcript excerpt), set in marks again: 'Emberlight has not said what it
        means by "crowd noise and one-line NPCs,"' is the writer's mention of them."""
        phrase = q.text.strip().rstrip(",.;:!?")
        if q.kind != "direct" or len(phrase.split()) < 3:
            return False
        for text in texts[: pos[0]]:
            at = text.find(phrase)
            if at >= 0 and len(text) >= 2 * len(phrase) and text[at - 1 : at] not in _MARKS:
                return True
        return False

    return [(pos, q) for pos, q in out if not lifted(pos, q) and not mentioned(pos, q)]


_MARKS = set("\"'“”‘’«»")


# an institution's name, whose last words alone read like a person's: "the Department of
# Health and Care said" is not someone called Care
_INSTITUTION_HEAD = (
    r"(?:Department|Ministry|Office|Bureau|Board|Institute|University|School|College|Society"
    r"|Association|Council|Commission|Museum|Federation|Union|League|Secretary|Agency|Authority"
    r"|Chamber|Academy|Centre|Center|Friends|Bank|Court|Service|Trust|Foundation|Committee)"
)
_INSTITUTION_WORD = r"[A-Z][\w&'’-]*"


def _institution_of(name: str, texts: list[str]) -> str | None:
    """The institution a speaker's name is only ever the end of, as the text writes it."""
    if not any(f"{w} {name}" in text for text in texts for w in ("of", "for", "and", "&")):
        return None  # never the end of "… of X", "… and X": no institution's name
    tail = re.compile(
        rf"(?:{_INSTITUTION_WORD}\s+){{0,3}}{_INSTITUTION_HEAD}\s+(?:of|for)\s+(?:the\s+)?"
        rf"(?:{_INSTITUTION_WORD}\s+(?:(?:and|&)\s+)?){{0,4}}{re.escape(name)}\b"
    )
    alone = re.compile(rf"(?<![\w'’-]){re.escape(name)}\b")
    full = None
    for text in texts:
        spans = [(m.start(), m.end()) for m in tail.finditer(text)]
        for m in alone.finditer(text):
            if not any(s <= m.start() < e for s, e in spans):
                return None
        full = full or next((text[s:e] for s, e in spans), None)
    return re.sub(r"^The\s+", "", full) if full else None


def _no_speaker(name: str) -> bool:
    """A word the attribution took for a name: "That", "I", "J", "Above", "Portuguese"
    ("Portuguese readers can recite it by heart: “…”")."""
    return " " not in name and (
        len(name) == 1 or name.lower() in NOT_NAME_WORDS or name.lower() in NATIONALITIES
    )


def _tidy_speakers(art: ParsedArticle, reg: Registry, texts: list[str]) -> None:
    renamed: dict[str, str | None] = {}
    for name in {q.speaker for q in art.quotes if q.speaker}:
        if _no_speaker(name):
            renamed[name] = None
        elif len(name.split()) <= 3 and (institution := _institution_of(name, texts)):
            renamed[name] = institution
    if not renamed:
        return
    for q in art.quotes:
        if q.speaker in renamed:
            q.speaker = renamed[q.speaker]
    for person in reg.persons:
        if renamed.get(person.name):
            person.name = renamed[person.name]
    art.interviewers = [n for n in art.interviewers if n not in renamed]
    art.subjects = [n for n in art.subjects if n not in renamed]


def _fill_people(art: ParsedArticle, reg: Registry, texts: list[str]) -> None:
    _tidy_speakers(art, reg, texts)
    counts = Counter(q.speaker for q in art.quotes if q.speaker)
    if not art.subjects and counts:
        top, n = counts.most_common(1)[0]
        if n >= 2 and top not in art.interviewers:
            art.subjects = [top]
            # everyone else whose spoken words are quoted by name speaks for the piece too
            spoken = Counter(q.speaker for q in art.quotes if q.speaker and q.kind == "direct")
            art.subjects += [
                name
                for name, n_spoken in spoken.most_common()
                if name != top
                and name not in art.interviewers
                and " " in name
                and 2 * n_spoken >= spoken[top]
            ]
    wanted = set(counts) | set(art.interviewers) | set(art.subjects)
    for person in reg.persons:
        if person.name in wanted:
            art.speakers.append(
                ParsedSpeaker(
                    name=person.name, role=_role_case(person.role), aliases=sorted(person.aliases)
                )
            )
    # the rest who speak under a name that is no one's full name ("honeybadger42")
    listed = {s.name for s in art.speakers}
    for name in dict.fromkeys([*counts, *art.interviewers, *art.subjects]):
        if name not in listed:
            art.speakers.append(ParsedSpeaker(name=name))
    art.subjects = list(dict.fromkeys(art.subjects))
    art.interviewers = [n for n in dict.fromkeys(art.interviewers) if n not in art.subjects]
