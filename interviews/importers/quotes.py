"""Finding quotations and who said them.

An article is either double-quote style (straight, curly, guillemets) or, when it
has no double-quoted quotation at all, single-quote style (British ‘…’ or straight
'…'). In single-quote style a mark is read by its context, so apostrophes
("don’t", "the users’ data", "’90s", "rock ’n’ roll") are never quote marks; in
double-quote style single marks are never delimiters, so a nested ‘…’ stays part of
the outer quotation's text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import (
    NAME,
    NAMED_IN_APPOSITION,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    QUOTE_OPEN,
    ROLE_ALT,
    SPEECH_ING,
    SPEECH_VERBS,
    UNNAMED_PERSON,
    WRITTEN_NOUNS,
    WRITTEN_VERB_SET,
    WRITTEN_VERBS,
    closing_mark,
    is_role_word,
    mostly_asks,
    split_sentences,
    words,
)
from .speakers import Person, Registry, peel, pronoun_gender
from .structure import Para

OPENERS = "“«„"
CLOSERS = "”»"
_OPEN_CTX = set(" \t\n([{—–-/“‘'")
_CLOSE_CTX = set(" \t\n.,;:!?)]}—–-…”’'")


@dataclass
class Span:
    parts: list[tuple[int, int, int]]  # (paragraph index, start, end) of the words inside the marks
    unclosed: bool = False

    @property
    def para(self) -> int:
        return self.parts[0][0]

    @property
    def start(self) -> int:
        return self.parts[0][1]

    @property
    def end_para(self) -> int:
        return self.parts[-1][0]

    @property
    def end(self) -> int:
        return self.parts[-1][2]


@dataclass
class Found:
    """A quotation the parser accepted as a statement."""

    text: str
    speaker: str | None
    kind: str
    para: int
    start: int
    end_para: int
    end: int
    parts: list[tuple[int, int, int]] = field(default_factory=list)
    guessed: bool = False  # no attribution: given to the last person named before it


_S_OPENERS = "‘"
_S_CLOSERS = "’"
_DECADE = re.compile(r"\d\d?s\b")


def _single_role(text: str, i: int, is_open: bool) -> str:
    """'open', 'close' or '' (an apostrophe) for a single quote mark at text[i]."""
    ch = text[i]
    n = len(text)
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < n else " "
    if prev.isalnum() and nxt.isalnum():
        return ""  # don’t, O’Brien
    if text[max(0, i - 2) : i + 1] in ("’n’", "'n'") or text[i : i + 3] in ("’n’", "'n'"):
        return ""  # rock ’n’ roll
    if _DECADE.match(text, i + 1):
        return ""  # ’90s
    opens = prev in _OPEN_CTX and (nxt.isalpha() or (ch in _S_OPENERS and not nxt.isspace()))
    if not is_open or ch in _S_OPENERS:
        return "open" if opens and ch not in _S_CLOSERS else ""
    if prev.isspace() or nxt not in _CLOSE_CTX:
        return ""
    if prev in "sz" and nxt == " " and re.match(r" [a-z]", text[i + 1 : i + 3]):
        # the users’ data: a possessive, unless an attribution follows
        # … or a verb follows: "‘Bleach the Bones’ is built on drones" closes a title
        # … or a preposition or conjunction, where a possessive needs its noun: "European
        # ‘champions’ in semiconductors"
        if not re.match(
            r" (?:he|she|they|says|said|adds|added|asks|asked|is|was|are|were|has|had|will|"
            r"would|remains|became|sold|won|in|on|at|of|for|to|from|with|by|and|or|but|as|"
            r"than|that|which|who|because|into|across|over|under|about)\b(?!-)",
            text[i + 1 :],
        ):
            return ""
    return "close"


_SINGLE_MARK = re.compile("[‘’']")
# "runnin’ about", "nothin’ to lose": a dropped g, when a mark later in the sentence
# closes the quotation instead
_DROPPED_G = re.compile(r"(?<![^\W\d_])[a-z]{3,}in$")


def _elided(text: str, i: int) -> bool:
    """Whether the closing-looking mark at ``text[i]`` is an apostrophe for a dropped
    letter: "swearin’,’ she says" (a closing mark right after it), or "runnin’ about
    since six,’ she says" (a dropped g, then words and the quotation's own closing mark)."""
    if re.match(r"[,.!?;]?[’']", text[i + 1 : i + 3]) and text[i + 1 : i + 2] != text[i]:
        return True
    dropped_g = _DROPPED_G.search(text, max(0, i - 30), i)
    if not (dropped_g and re.match(r" [a-z]", text[i + 1 : i + 3])):
        return False
    # the quotation's own closing mark, after its punctuation, before the sentence ends
    later = re.search(r"[,.!?][’'](?![^\W_])|[‘\"“]|[.!?]\s", text[i + 1 : i + 300])
    return bool(later and later.group(0)[-1] in "’'")


def scan_single_spans(paras: list[Para], skip: set[int]) -> list[Span]:
    """Single-quote style spans: ‘…’ or '…' read by context, one paragraph or several."""
    spans: list[Span] = []
    carried: list[tuple[int, int, int]] = []
    for p in paras:
        if p.index in skip:
            carried = []
            continue
        text = p.text
        open_at: int | None = None
        if carried:
            if text[:1] in "‘'":
                open_at = 1
            else:
                carried = []
        for qm in _SINGLE_MARK.finditer(text):
            i = qm.start()
            if open_at is not None and i < open_at:
                continue
            role = _single_role(text, i, open_at is not None)
            if role == "close" and _elided(text, i):
                role = ""
            if role == "open":
                if open_at is not None:
                    carried = []
                open_at = i + 1
            elif role == "close" and open_at is not None:
                spans.append(Span(carried + [(p.index, open_at, i)]))
                open_at, carried = None, []
        if open_at is not None:
            carried = carried + [(p.index, open_at, len(text))]
        else:
            carried = []
    return spans


def choose_spans(paras: list[Para], skip: set[int], warnings: list[str]) -> list[Span]:
    """Double-quote spans, or single-quote ones when the article quotes that way."""
    own: list[str] = []
    spans = scan_spans(paras, skip, own)
    single = scan_single_spans(paras, skip)
    if single:
        # The style that attributes more quotations is the article's: a British article
        # quotes in single marks and keeps double ones for titles inside them.
        by_index = {p.index: p.text for p in paras}
        attributed = sum(_attributed(sp, by_index) for sp in single)
        if attributed and attributed > sum(_attributed(sp, by_index) for sp in spans):
            return single
        # a double-quote article's one quotation in single marks, said by someone
        # ("‘We’ve never had a complaint. Not one,’ he said."), outside any double quote
        taken = [part for sp in spans for part in sp.parts]
        for sp in single:
            if _attributed(sp, by_index) and not any(
                pi == qi and s < qe and qs < e for pi, s, e in sp.parts for qi, qs, qe in taken
            ):
                spans.append(sp)
        spans.sort(key=lambda sp: (sp.para, sp.start))
    warnings.extend(own)
    return spans


def _attributed(span: Span, texts: dict[int, str]) -> bool:
    first, last = texts[span.para], texts[span.end_para]
    inner = first[span.start : span.end] if span.para == span.end_para else first[span.start :]
    if len(words(inner)) < 3:
        return False
    after = last[span.end + 1 : span.end + 220]
    before = first[_sentence_start(first, max(0, span.start - 1)) : max(0, span.start - 1)]
    return bool(
        _AFTER_DASH.match(after)
        or _AFTER_SUBJ.match(after)
        or _AFTER_VERB.match(after)
        or _BEFORE_VERB.search(before)
        or _BEFORE_COLON.search(before)
        or _BEFORE_OWN.search(before)
    )


_DOUBLE_MARK = re.compile(f'["{OPENERS}{CLOSERS}]')


def scan_spans(paras: list[Para], skip: set[int], warnings: list[str]) -> list[Span]:
    spans: list[Span] = []
    open_at: tuple[int, int] | None = None
    carried: list[tuple[int, int, int]] = []
    for k, p in enumerate(paras):
        if p.index in skip:
            if open_at:
                warnings.append(_unbalanced(paras, open_at))
            open_at, carried = None, []
            continue
        text = p.text
        n = len(text)
        skip_first = False
        if open_at is not None and open_at[1] == -1:
            open_at, skip_first = (p.index, 1), True
        for qm in _DOUBLE_MARK.finditer(text):
            i = qm.start()
            ch = text[i]
            if skip_first and i == 0:
                continue
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            can_open = prev in _OPEN_CTX and not nxt.isspace()
            can_close = nxt in _CLOSE_CTX and not prev.isspace()
            if open_at is None:
                if (
                    ch in OPENERS
                    or (ch == '"' and (can_open or not can_close))
                    or (ch in CLOSERS and can_open and not can_close)
                ):
                    open_at = (p.index, i + 1)
                else:
                    warnings.append(
                        f"A closing quote mark in “{_excerpt(text, i)}” has no opening mark; "
                        "check whether a quotation starts earlier."
                    )
            elif (
                ch in CLOSERS
                or (ch == '"' and (can_close or not can_open))
                or (ch == "“" and can_close and not can_open)
            ):
                if open_at[0] == p.index:
                    spans.append(Span(carried + [(p.index, open_at[1], i)]))
                carried, open_at = [], None
            else:
                warnings.append(_unbalanced(paras, open_at))
                carried, open_at = [], (p.index, i + 1)
        if open_at is not None:
            nxt_para = paras[k + 1] if k + 1 < len(paras) else None
            if (
                nxt_para is not None
                and nxt_para.index not in skip
                and nxt_para.text[:1] in ('"',) + tuple(OPENERS)
            ):
                # a quotation running over paragraphs repeats its opening mark on each one
                carried.append((p.index, open_at[1], n))
                open_at = (nxt_para.index, -1)  # resolved at the next paragraph's first mark
                continue
            warnings.append(_unbalanced(paras, open_at))
            open_at, carried = None, []
    return spans


def _excerpt(text: str, i: int) -> str:
    return text[max(0, i - 30) : i + 30].strip()


def _unbalanced(paras: list[Para], open_at: tuple[int, int]) -> str:
    text = paras[open_at[0]].text if 0 <= open_at[0] < len(paras) else ""
    at = max(0, open_at[1])
    return (
        f"An opening quote mark is never closed near “{text[at : at + 60].strip()}…”; "
        "the quotation's extent is unclear, so it was not imported as a quote."
    )


# --- attribution -----------------------------------------------------------------

# (and a few more ways of saying things aloud than the shared lexicon lists)
_LOUD = {"mutters", "muttered", "murmurs", "murmured", "shouts", "whispers", "yells", "yelled"}
_VERBS = "|".join(sorted(set(SPEECH_VERBS) | set(WRITTEN_VERBS) | _LOUD, key=len, reverse=True))
# "“Miss what?” She laughs.": the one who gestures right after a quotation said it
_GESTURES = (
    "laughs|laughed|smiles|smiled|shrugs|shrugged|nods|nodded|sighs|sighed|grins|grinned|"
    "winces|winced|chuckles|chuckled|"
    # a turn cut off: "“That's not true —” Vantongeren-Diaz began."
    "began|begins|started|starts|cut\\s+in|broke\\s+in"
)
# verbs of speaking only: "Ruiz warned" names who is talking, "Ruiz wrote" does not
_SPOKEN_VERBS = "said|says|added|adds|noted|notes|told|tells|argued|argues|insisted|insists|"
_SPOKEN_VERBS += "explained|explains|warned|warns|admitted|admits|conceded|concedes|joked|jokes|"
_SPOKEN_VERBS += "described|describes|called|calls|dismissed|dismisses|offered|offers|promised|"
_SPOKEN_VERBS += "promises|pledged|vowed|replied|replies|answered|answers"
_WHO = (
    rf"(?P<who>{NAME}|[Hh]e|[Ss]he|[Tt]hey|"
    r"(?:the|his|her|their|its|our|[Tt]he)\s+(?:[a-z][\w-]*(?:\s+(?!(?:he|she|they|I|had|has|have|was|is|were|would|will|could|also|"
    r"but|and|or|then|yet|so|who|which|that)\b)"
    r"[a-z][\w-]*)?|[A-Z]{2,5}\b|[A-Z][\w&'’-]+\s+[a-z][\w-]*))"
)
# after a quotation the speaker may come with a long title: '"…," Harwick Chief Executive
# Colette Ambrose told analysts' (the resolver peels the title off)
# someone present whom the text does not single out: '“Twelve years,” one of them said'
_UNNAMED_WHO = (
    r"(?:[Oo]ne|[Ee]ach|[Ee]ither|[Nn]either)\s+of\s+(?:them|us|the\s+[a-z]+)|"
    r"[Ss]omeone|[Ss]omebody|[Aa]\s+voice|[Aa]nother"
)
_UNNAMED_WHO_RE = re.compile(rf"(?:{_UNNAMED_WHO})$")
# someone the text does not name opening the sentence: "One speaker, a retired bus
# driver who did not give his name, drew applause when he told the board, …"
_UNNAMED_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?P<det>One|A|An|Another|My|Our|His|Her|Their)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*)\b(?P<rest>[^.!?]*)$"
)


def _most_quoted(found: list[Found]) -> str | None:
    counts: dict[str, int] = {}
    for f in found:
        if f.speaker and not f.guessed:
            counts[f.speaker] = counts.get(f.speaker, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _unnamed_subject(head: str, *, owned: bool = False) -> bool:
    """Whether the sentence ending ``head`` opens with someone unnamed ("One speaker, …",
    "A retired teacher …") and names no one before its pronoun: the pronoun is theirs.
    With ``owned``, someone's relative too ("My brother was there, and he said"): inside
    a quotation, where the speaker's family is no one the article names."""
    m = _UNNAMED_OPENING.search(head)
    if not m or (not owned and m.group("det") in ("My", "Our", "His", "Her", "Their")):
        return False
    noun = m.group("noun")
    return (noun in PERSON_NOUNS or is_role_word(noun)) and not re.search(NAME, m.group("rest"))


_TITLED_WHO = (
    rf"(?P<who>(?:(?:[a-z-]+\s+){{0,2}}(?:{ROLE_ALT})\s+)?(?:[A-Z][\w&.-]*\s+){{0,3}}{NAME}"
    rf"|[Hh]e|[Ss]he|[Tt]hey|I(?=\s+(?:ask|asked)\b)|{_UNNAMED_WHO}|"
    r"(?:the|his|her|their|its|our|[Tt]he)\s+(?:[a-z][\w-]*(?:\s+(?!(?:he|she|they|I|had|has|have|was|is|were|would|will|could|also|"
    r"but|and|or|then|yet|so|who|which|that)\b)"
    r"[a-z][\w-]*)?|[A-Z]{2,5}\b|[A-Z][\w&'’-]+\s+[a-z][\w-]*))"
)
_AFTER_SUBJ = re.compile(
    rf"^[\s,]*{_TITLED_WHO}"
    # where they are from: "the first-term senator from Duluth told …"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
    rf"(?:\s*,\s*(?P<role>[^,.;:!?\"“”]{{2,80}}),)?\s+(?:[a-z]+ly\s+)?"
    r"(?:has\s+|had\s+|later\s+|then\s+|also\s+|once\s+)?"
    rf"(?P<verb>{_VERBS}|put\s+it|{_GESTURES})\b"
)
# what may follow the verb before the next quotation keeps its speaker: "…," Ruiz told
# Hale. "…" — the person or the outlet spoken to
# how and when, after the verb or the one spoken to: "Pellow told Haverford early on.",
# "Petrakis said by phone.", "she said later, quietly."
_HOW_WHEN = (
    r"(?:early\s+on|later(?:\s+on)?|afterwards|afterward|again|once|then|too|at\s+one\s+point|"
    # "she said, to laughter.", "he said to applause from the floor."
    r"to\s+(?:laughter|applause|cheers|groans|jeers|murmurs)(?:\s+from\s+[^.!?\"“”]{1,40})?|"
    r"by\s+(?:phone|telephone|e-?mail|video(?:\s+link)?|text(?:\s+message)?)|"
    r"(?:over|on)\s+the\s+phone|last\s+\w+|this\s+\w+|yesterday|today|recently|earlier|"
    r"[a-z]+ly)"
)
_TOLD_WHOM = re.compile(
    r"^[\s,]*(?:(?:(?:[a-z]+\s+){0,2}[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}|reporters|journalists|"
    r"the\s+\w+(?:\s+\w+)?|"
    # "the crowd of about 4,000"
    r"the\s+\w+\s+of\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?[\d,]+(?:\s+\w+)?|"
    r"him|her|them|us|me|the\s+audience"
    # or when and where: "…," she says at around the four-minute mark. "…"
    r"|(?:at|in|on|during|after|before|around|near|over|from)\b[^.!?\"“”]{0,60})"
    r"(?:\s+(?:at|in|on|during|after|before|over|from)\b[^.!?\"“”]{0,60})?"
    rf"|{_HOW_WHEN})(?:,?\s+{_HOW_WHEN})*\s*[.;]?\s*$"
)
# verbs of an answer to the quotation before
_REPLYING = {"replied", "replies", "answered", "answers", "responded", "responds", "retorted"}
# verbs that go on with what the last speaker said
_CONTINUING = {"added", "adds", "continued", "continues", "went", "goes"}
_ADDING = re.compile(r"\b(?:adding|continuing|going on)\b")
_GESTURE_CLAUSE = re.compile(r"\s*,\s*[a-z]+ing\b[^.!?\"“”]{0,120}(?=[.;]?\s*$)")
_POSSESSIVE_WHO = re.compile(r"[^\s'’]+['’]s\s")
_SUBJ_VERB = re.compile(rf"(?<![\w'’]){_WHO}\s+(?:[a-z]+ly\s+)?(?:{_SPOKEN_VERBS})\b")
_AFTER_VERB = re.compile(
    rf"^[\s,]*(?P<verb>{_VERBS})\s+(?:(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLE_ALT})\s+"
    # "said Pinecrest's attorney, Beatrix Vandermolen-Oyelaran,": the name after the role
    rf"|(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{ROLE_ALT}),\s+)?"
    rf"(?P<who>{NAME}|he|she|they)"
    r"(?:\s*,\s*(?P<role>[^.;\"“”]{2,120}))?"
)
# where a line of a book or a film comes from, as a dash attribution gives it
_IN_A_WORK = re.compile(
    r"^(?:in|from)\s+(?:(?:The|A|An)\s+[A-Z]|(?:his|her|their|the)\s+(?:novel|book|memoir|play"
    r"|poem|essay|song|film|screenplay)\b)"
)
_AFTER_DASH = re.compile(
    rf"^\s*[-–—]{{1,2}}\s*(?P<who>{NAME})(?:\s*,\s*(?P<role>[^\n\"“”]{{2,120}}?))?\s*\.?\s*$"
)
DASH_LINE = re.compile(
    rf"^[-–—]{{1,2}}\s*(?P<who>{NAME})(?:\s*,\s*(?P<role>[^\n\"“”]{{2,120}}?))?\s*\.?$"
)
_BEFORE_VERB = re.compile(
    rf"\b(?:{_VERBS}|{'|'.join(SPEECH_ING)}|put\s+it|asked|told\s+\w+(?:\s+\w+)?)"
    r"(?:\s+(?:that|this|simply|bluntly|firmly|flatly|later|then))?\s*[:,]?\s*$"
)
_BEFORE_COLON = re.compile(r":\s*$")
# "by her own account, “…”", "in his words, “…”", "in Calder's own words: “…”"
_BEFORE_OWN = re.compile(
    rf"\b(?:[Bb]y|[Ii]n)\s+(?:(?P<poss>his|her|their)|(?P<who>{NAME})['’]s?)\s+(?:own\s+)?"
    r"(?:\w+\s+)?(?:account|words|telling|phrase|estimate|reckoning|admission|description)"
    r"\s*[,:]?\s*$"
)
_POSS_PRONOUN = {"his": "he", "her": "she", "their": "they"}
# "a spokesperson for the Department of Transport said": the organisation speaks
_SPOKES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman|"
    r"spokespeople|representative|press\s+officer)\s+(?:for|at|from|of)\s+(?:the\s+)?"
    r"(?P<org>[^\W\d_a-z][\w&.’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[^\W\d_a-z][\w&.’'-]*)*)"
)
_SENTENCE_VERB = re.compile(rf"\b(?:{_VERBS}|{'|'.join(SPEECH_ING)})\b")
_NAMING = re.compile(
    r"(?:\b(?:called|call|calls|calling|dubbed|dubs|so-called|named|titled|entitled|term|word|"
    r"phrase|label|slogan|motto|nicknamed|known\s+as|labelled|labeled|branded|coined|as|"
    r"hashtag|headline|book|film|album|song|show|series|novel|project|programme|program|"
    r"campaign|initiative|codenamed|code-named)\s*$)",
    re.I,
)
_NAMING_NEAR = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labelled|labeled|brand|"
    r"brands|branded|describe|describes|described|term|terms|termed|consider|considers|"
    r"rate|rates|rated|rating|grade|grades|graded)\b"
    r"(?:\s+[\w'’]+){0,3}\s*$",
    re.I,
)
_NAMING_AFTER = re.compile(
    r"^[,.]?\s*,?\s*as\s+(?:\w+\s+){0,2}(?:have\s+|has\s+)?(?:called|dubbed|put|termed|"
    r"described|labelled|labeled|nicknamed)\b",
    re.I,
)
_IN_A_BOOK_RE = (
    r"\bin\s+(?:the|its|her|his|their)\s+(?:\w+\s+)?(?:chapter|novel|prologue|epilogue|"
    r"screenplay|libretto)\b|\bin\s+chapter\s+\w+|\bon\s+page\s+\d+"
    # "the only line of dialogue in its thirty pages belongs to Hester's father: “…”"
    r"|\blines?\s+of\s+dialogue\b|\bin\s+(?:its|the|her|his|their)\s+(?:\w+\s+)?pages\b"
)
_IN_A_BOOK = re.compile(_IN_A_BOOK_RE, re.I)
_UP_TO_NEXT_QUOTE = re.compile(r"[\"“‘.!?]")
_WRITTEN_NOUN = "|".join(re.escape(w) for w in WRITTEN_NOUNS + ["release", "filing", "submission"])
# Where words come from a text, not a voice: "in a statement", "the letter read", "posted
# on X", "wrote", "an emailed statement". A written noun that is only talked about ("the
# governor's message was “clearly hawkish”") does not make a quotation written.
# a document opening the sentence as its subject: "The audit, published in October by
# the oversight office, found … and called for a “full review …”"
_DOCUMENT_SUBJECT = (
    r"(?:^|[.!?]\s+)(?:the|an?|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:audit|report|"
    r"study|survey|filing|ruling|judgment|judgement|prospectus|manifesto|white\s+paper|review|"
    r"inquiry|assessment|guidance|complaint|lawsuit|indictment)\b"
    r"[^.!?\"“”]{0,200}?\b(?:call(?:ed|s)\s+for|found|finds|concluded|concludes|recommended|"
    r"recommends|warned|warns|stated|states|noted|notes|described|describes|urged|urges)\b"
)
_DOCUMENT_SPEAKS = re.compile(_DOCUMENT_SUBJECT, re.I)
_WRITTEN_CTX = re.compile(
    r"\b(?:wrote|writes|tweeted|posted|emailed|texted|blogged|emailed\s+statement)\b"
    # "The Echo's critic, writing after the first preview, called it ‘…’"
    r"|,\s*writing\s+(?:in|on|for|after|about|last|this|from)\b"
    # "According to court filings, the company says …": what the papers of a case say
    r"|\b(?:according\s+to|in)\s+(?:(?:the|its|his|her|their)\s+)?(?:court\s+)?(?:filings|papers"
    r"|documents|records|court\s+documents|the\s+complaint|the\s+lawsuit)\b"
    r"|\bby\s+(?:text(?:\s+message)?|e-?mail|letter)\b"
    # "describing the transfers in emails to the trustees as ‘…’"
    r"|\b(?:in|via)\s+(?:[\w-]+\s+)?(?:e-?mails|letters|memos|posts|tweets|text\s+messages)\b"
    rf"|\b(?:in|on|via|by|from)\s+(?:a|an|the|his|her|its|their|our|[A-Z][\w'’]+['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?:{_WRITTEN_NOUN})\b"
    rf"|\b(?:{_WRITTEN_NOUN})\s+(?:said|says|read|reads|stated|states|added|adds|continued)\b"
    rf"|\b(?:{_WRITTEN_NOUN})\s*(?:from\s+[^:]{{1,60}})?:\s*$"
    # a written thing opens the sentence the colon ends: "A slide in his deck summed it up:"
    rf"|^\s*(?:an?|the|his|her|their|its|one)\s+(?:\w+\s+)?(?:{_WRITTEN_NOUN})\b[^\"“”]{{0,80}}:\s*$"
    # a critic's review: "When the critic Perdita Vanstone reviewed it, she called it ‘…’"
    r"|\b(?:critic|reviewer)\b[^.!?\"“”]{0,80}\breviewed\b"
    # a book's own words: "It opens with a sentence that readers can recite by heart:"
    r"|\b(?:opens|begins|ends|closes)\s+with\s+(?:a|the|this|its)\s+(?:\w+\s+)?"
    r"(?:sentence|line|paragraph|passage)\b"
    r"|\bon\s+(?:social\s+media|X|Instagram|Facebook|LinkedIn|Threads|Bluesky|TikTok|"
    r"(?:its|their|his|her|the\s+\w+['’]s)\s+website)"
    r"|\b(?:official|social(?:\s+media)?)\s+(?:account|statement|post)\b|\bpress\s+release\b"
    r"|\bin\s+(?:a|the|his|her|its|their)\s+(?:\w+\s+)?(?:report|review|filing|submission|"
    r"release|judgment|ruling)\b"
    rf"|{_DOCUMENT_SUBJECT}"
    # a character's line in a book: "Sefa tells her niece in the first chapter"
    rf"|{_IN_A_BOOK_RE}"
    # a written thing as the subject: "whose open letter in March said …", "the company's
    # marketing has promised …"
    rf"|\b(?:{_WRITTEN_NOUN}|marketing|advertising|adverts?|brochures?|slogans?|website)\b"
    r"[^.!?\"“”]{0,60}\b(?:said|says|promised|promises|claimed|claims|described|describes|"
    r"called|calls|read|reads|stated|states|warned|warns|argued|argues|quoted|quotes|"
    r"claiming|saying|promising|reading)\b",
    re.I,
)


# A recap of an online Q&A ("a Reddit AMA", "in the subreddit"): its posts are the
# conversation, quoted as the askers' and the guest's words, unless the page says the
# answers were given in writing ("She answered questions in writing").
_ONLINE_QA = re.compile(r"\bAMAs?\b|\b(?i:ask\s+me\s+anything|subreddit)\b")
_IN_WRITING = re.compile(r"\b(?i:in\s+writing|written\s+(?:answers|replies|responses))\b")
# what only names the Q&A's own posts: "she wrote", "elsewhere in the thread"
_FORUM_POSTING = re.compile(
    r"(?i:wrote|writes|posted|posts|(?:in|on)\s+(?:the|this|that)\s+(?:\w+\s+)?"
    r"(?:thread|post|comments?|replies))"
)
_FORUM_VERBS = {"wrote", "writes", "posted", "posts"}
# a person who reads words out speaks them ("“…,” Nyquist-Ocampo read."); a text that
# "reads" is written because of what it is ("the letter read"), not because of the verb
_READ_OUT = {"read", "reads"}
_PERSON_WHO = re.compile(rf"(?:{NAME}|he|she|they)$")


def online_qa(title: str, texts: list[str]) -> bool:
    """Whether the page recaps an online Q&A whose posts count as spoken words."""
    lead = " ".join([title, *texts[:3]])
    return bool(_ONLINE_QA.search(lead)) and not any(_IN_WRITING.search(t) for t in texts)


def _written_cue(text: str, forum: bool) -> bool:
    """Whether words name a written source; in an online Q&A (``forum``) the posts of
    the Q&A itself are none."""
    return any(
        not (forum and _FORUM_POSTING.fullmatch(m.group(0))) for m in _WRITTEN_CTX.finditer(text)
    )


# the sentence before names a written thing: "… read a prepared statement from X."
_WRITTEN_BEFORE = re.compile(rf"\b(?:{_WRITTEN_NOUN})\b[^.!?\"“”]*[.!?]\s*$", re.I)


_STARTS_CACHE: dict[int, tuple[str, list[int]]] = {}


_ORG_ROLE = re.compile(rf"\b[Tt]he\s+(?:[A-Z][\w&'’.-]*\s+){{1,3}}((?i:{ROLE_ALT}))\b")
_LEAD_PRONOUN = re.compile(
    r"^\s*(He|She|They)\b|^\s*(His|Her|Their)\s+(?:\w+\s+)?(?:reply|answer|response|verdict|"
    r"retort|message|advice|view|explanation|riposte|question|point|take|line)\b"
)
_ROLE_CLAUSE = re.compile(
    rf"(?:^|[.!?;]\s+|,\s+)[Tt]he\s+(?:[a-z]+\s+|[A-Z][\w&.-]*\s+)?((?i:{ROLE_ALT}))\b(?!\s*,)"
)
_ROLE_SUBJECT_AT = re.compile(rf"^\s*The\s+({ROLE_ALT})\b")
_ROLE_REF = re.compile(r"\b[Tt]he\s+(" + ROLE_ALT + r")\b")


def _sentence_start(text: str, at: int) -> int:
    cached = _STARTS_CACHE.get(id(text))
    if cached is None or cached[0] is not text:
        cached = (text, [s for s, _ in split_sentences(text)])
        _STARTS_CACHE.clear()
        _STARTS_CACHE[id(text)] = cached
    starts = cached[1]
    k = bisect.bisect_right(starts, at) - 1
    return starts[k] if k >= 0 else 0


class Attributor:
    def __init__(self, paras: list[Para], reg: Registry, writer: str | None = None) -> None:
        self.paras = {p.index: p for p in paras}
        self.reg = reg
        self.writer = writer  # the byline's name: "“Do you miss him?” I ask."

    def text(self, i: int) -> str:
        return self.paras[i].text

    def _previous_subject(self, pos: tuple[int, int]) -> Person | None:
        """The person a sentence of the paragraph before opens with, for "the striker said"
        after "Ojo, who had not scored since August, met Carraway's cross …\"."""
        before = pos[0] - 1
        if before not in self.paras:
            return None
        text = self.text(before)
        return _sentence_subject(self.reg, text, (before, len(text)), None)

    def _after_writers_question(self, pos: tuple[int, int]) -> bool:
        """Whether the paragraph before is the writer's question naming no one ("I ask
        whether …"), and this one opens with the answer."""
        before = pos[0] - 1
        if before not in self.paras or pos[1] > 2:
            return False
        text = self.text(before)
        return bool(_WRITER_ASKS.match(text)) and not self.reg.mentioned_in(before, 0, len(text))

    def _opens_section(self, pos: tuple[int, int], pronoun: str) -> bool:
        """Whether the quotation stands in a section's first paragraph, which opens with
        the same pronoun and names no one before it: after a heading, "She says she wrote
        almost nothing …" goes back to whom the piece is about."""
        para = self.paras[pos[0]]
        before = self.paras.get(pos[0] - 1)
        return (
            para.section is not None
            and before is not None
            and before.section != para.section
            and para.text.split(None, 1)[0].lower() == pronoun
            and not self.reg.mentioned_in(pos[0], 0, pos[1])
        )

    def _first_named(self, gender: str, *, known: bool = False) -> Person | None:
        """The first person of ``gender`` the text names: whom a profile is about (with
        ``known``, only someone whose gender the text gives)."""
        genders = (gender,) if known else (gender, None)
        for _, pi in self.reg.mentions:
            if self.reg.persons[pi].gender in genders:
                return self.reg.persons[pi]
        return None

    def _previous_reporter(self, pos: tuple[int, int]) -> Person | None:
        """The "he" or "she" whose speech the last sentence of the paragraph before
        reports ("He told Sokolova-Hart it has quietly been cut down.")."""
        before = pos[0] - 1
        if before not in self.paras:
            return None
        text = self.text(before).rstrip()
        if not text:
            return None
        start = _sentence_start(text, len(text) - 1)
        m = _PRONOUN_REPORTS.match(text, start)
        if not m:
            return None
        person, written = self.resolve(m.group(1), (before, start))
        return None if written else person

    def _role_reference_after(
        self, person: Person, pos: tuple[int, int], gender: str
    ) -> Person | None:
        """Someone other than ``person`` whom this paragraph refers to by role ("the
        judge") after its last mention of ``person``, before ``pos``."""
        refs = list(_ROLE_REF.finditer(self.text(pos[0]), 0, pos[1]))
        if not refs:
            return None
        other = self.reg.by_role_word(refs[-1].group(1).lower(), pos)
        if other is None or other is person or other.gender not in (gender, None):
            return None
        reg = self.reg
        lo = bisect.bisect_left(reg._mention_keys, (pos[0], 0))
        hi = bisect.bisect_left(reg._mention_keys, pos)
        last = max(
            (at for (_, at), pi in reg.mentions[lo:hi] if reg.persons[pi] is person), default=-1
        )
        return other if refs[-1].start() > last else None

    def _last_role_reference(self, pos: tuple[int, int], gender: str) -> Person | None:
        """The person last referred to by role ("the minister …") whose gender fits, for a
        pronoun when no one named nearby does."""
        for pi in range(pos[0], max(-1, pos[0] - 7), -1):
            if pi not in self.paras:
                continue
            text = self.paras[pi].text[: pos[1]] if pi == pos[0] else self.paras[pi].text
            for m in reversed(list(_ROLE_REF.finditer(text))):
                person = self.reg.by_role_word(m.group(1).lower())
                if person is not None and person.gender in (gender, None):
                    return person
        return None

    def _subject_over_object(
        self, person: Person, pos: tuple[int, int], gender: str, besides: Person | None
    ) -> Person:
        """A pronoun goes on with the subject of the sentences before, not with someone
        they only mention: 'Varnholt said she had not spoken to Minister Odile Kasprzak
        …. “…,” she said.' is Varnholt's."""
        reg = self.reg
        k = bisect.bisect_left(reg._mention_keys, pos)
        seen_person = False
        for j in range(k - 1, max(-1, k - 12), -1):
            (mp, ms), pi = reg.mentions[j]
            if mp < pos[0] - 1 or mp not in self.paras:
                break
            text = self.text(mp)
            lead = text[_sentence_start(text, ms) : ms]
            subject = (
                not lead.strip()
                or bool(_SUBJECT_LEAD.fullmatch(lead))
                # "…, and Desmond smiled": a clause of its own
                or bool(_CLAUSE_AND.search(lead) and _NAME_THEN_VERB.match(text, ms))
            )
            other = reg.persons[pi]
            if other is person:
                if _REPORTED_THAT.search(lead):
                    # "He told the hosts that … and that head coach Harlan Pruitt was the
                    # reason": named in what someone else reports
                    seen_person = True
                    continue
                if subject or not _OBJECT_LEAD.search(lead):
                    return person  # the nearest one of that gender is a subject too
                seen_person = True
            elif seen_person and subject and other is not besides and other.gender == gender:
                if mp == pos[0]:
                    between = text[ms : pos[1]]
                else:
                    between = text[ms:] + " " + self.text(pos[0])[: pos[1]]
                if _ROLE_SUBJECT_IN.search(between):
                    return person  # "The CEO said he …": a role names whom the pronoun follows
                return other
        return person

    def resolve(
        self,
        who: str | None,
        pos: tuple[int, int],
        besides: Person | None = None,
        answer: bool = True,
    ) -> tuple[Person | None, bool]:
        """(person, written-source) for an attribution phrase; a pronoun never means
        ``besides``, the person spoken to, nor, for a quotation that is no question
        (``answer``), someone just named putting a question."""
        if not who:
            return None, False
        w = who.strip()
        if _UNNAMED_WHO_RE.match(w):
            return None, False  # a quotation, but no one in particular said it
        if w == "I":  # the writer asks: '“Do you miss him?” I ask.'
            if self.writer and re.fullmatch(NAME, self.writer):
                return self.reg.resolve(self.writer) or self.reg.add(self.writer), False
            return None, False
        if w.isupper() and is_role_word(w):
            w = "the " + w  # "CEO told host Jorge Almeida": the CEO, whoever that is
        low = w.lower()
        if low in ("he", "she") and _unnamed_subject(self.text(pos[0])[: pos[1]]):
            return None, False  # "One speaker, a retired bus driver, … when he told …"
        if low in ("he", "she", "they"):
            gender = pronoun_gender(low)
            person = self.reg.last_mentioned(pos, gender, besides=besides, skip_askers=answer)
            if person is not None and gender and answer and self._after_writers_question(pos):
                # "I ask whether putting her father into the novel … felt like a betrayal."
                # then "‘…,’ she says": the one the piece is about answers
                person = self._first_named(gender) or person
            elif person is not None and gender and answer and self._opens_section(pos, low):
                person = self._first_named(gender, known=True) or person
            if person is not None and gender:
                # "…, the judge cut in. “…,” he said.": the one the text has just called by
                # their role, after the last mention of anyone by name
                person = self._role_reference_after(person, pos, gender) or person
            if person is not None and gender:
                person = self._subject_over_object(person, pos, gender, besides)
            if person is None and gender:
                person = self._last_role_reference(pos, gender)
            if person is None:
                # genders read from the text can be wrong; the person a sentence of this
                # paragraph opens with ("Baptiste, reached by phone, kept it brief.") is
                # still the likeliest speaker
                person = _sentence_subject(
                    self.reg, self.text(pos[0]), pos, None, answer, pronoun=gender
                )
            if person is None and gender:
                # long after the last mention (a transcript's closing scene): the one
                # person of that gender in the piece
                fits = [p for p in self.reg.persons if p.gender == gender]
                person = fits[0] if len(fits) == 1 else None
            return person, False
        m = re.match(r"(?:the|his|her|their|its|our)\s+(.+)$", low)
        if m:
            noun = m.group(1).split()[-1]
            if noun in WRITTEN_NOUNS:
                return self.reg.last_mentioned(pos), True
            if is_role_word(noun) or noun in ("company", "firm"):
                return (
                    _by_org(self.reg, w)
                    or self.reg.by_role_word(noun, pos)
                    # no one named by that role: the one this paragraph is about, else the
                    # one the piece is about
                    or _sentence_subject(self.reg, self.text(pos[0]), pos, None)
                    or self._previous_subject(pos)
                    or _chief_without_role(self.reg)
                    or self.reg.last_mentioned(pos)
                ), False
            return None, False
        person = self.reg.resolve(w)
        if person is None:
            # "Chief Financial Officer Raymond Ostrowski", "Harwick Chief Executive Colette
            # Ambrose": the person after their title
            name, role, rejected = peel(w)
            if name != w and not rejected and len(name.split()) >= 1:
                person = self.reg.resolve(name) or self.reg.add(name, role)
        if (
            person is None
            and w.split()
            and w.split()[0].lower() not in NOT_NAME_WORDS | {"i", "we"}
        ):
            person = self.reg.add(w)  # a name the text gives only here
        return person, False


# what stands before a sentence's subject ("Finance Minister", "On Tuesday,") and before a
# name that is an object ("spoken to Finance Minister", "a letter from")
_SUBJECT_LEAD = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,3}|\s*[A-Z][^,.;:!?\"“”]{0,40},\s*")
_ROLE_SUBJECT_IN = re.compile(rf"(?:^|[.!?]\s+)The\s+(?:[a-z]+\s+)?(?i:{ROLE_ALT})\b")
# a clause of its own after a comma: "…, and Desmond smiled", "…, but Ruiz shrugged"
_CLAUSE_AND = re.compile(r",\s+(?:and|but|then|while)\s+$")
_NAME_THEN_VERB = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+[a-z]{3,}")
# a name inside what someone reports: "He told Voss that … and that coach Harlan Pruitt"
_REPORTED_THAT = re.compile(
    rf"\b(?:{'|'.join(SPEECH_VERBS)})\b[^.;:!?]*\bthat\s+(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){{0,5}}$"
)
_OBJECT_LEAD = re.compile(
    r"\b(?:to|with|by|for|from|about|against|on|at|of|and|told|asked|met|thanked|called|"
    r"criticised|criticized|praised|blamed|named|replaced|succeeded)\s+(?:[A-Z][\w-]*\s+){0,3}$"
)


# a label over a quotation: "Key quote:", "Best line of the night:", "Quote of the day:"
_QUOTE_LABEL = re.compile(
    r"^\W*(?:(?:the\s+)?(?:key|best|top|favou?rite|notable|standout|memorable|money)\s+)?"
    r"(?:quotes?|lines?|moments?|soundbites?|exchange|takeaway)"
    r"(?:\s+(?:of|from)\s+the\s+(?:\w+\s+){0,2}\w+)?\s*:\s*$",
    re.I,
)


# the subject of the clause that ends in the colon before a quotation
_CLAUSE_SUBJECT = re.compile(
    rf"(?:^|[,;”\"’]\s+)(?P<who>{NAME}|he|she|they)"
    # "Quintero's answer was blunt:", "Whitlock, to his credit, didn't let it go:"
    r"(?:['’]s\s+(?:answer|reply|response|verdict|message|view|take|line|explanation)"
    r"|\s*,[^,:;\"“”]{1,40},)?"
    r"\s+[a-z][^,;:\"“”]{0,60}:\s*$"
)


_WHOLE_SENTENCE = re.compile(r"[A-Z][^\n]*[.!?…]")
_PREVIOUS_SUBJECT = re.compile(
    rf"^\s*(?:[A-Z][^,.:;\"“”]{{0,90}},\s+)?(?P<who>He|She|They|he|she|they|I|{NAME})\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+"
)


def classify_spans(
    spans: list[Span],
    paras: list[Para],
    reg: Registry,
    dash_lines: dict[int, re.Match[str]],
    warnings: list[str],
    writer: str | None = None,
    title: str = "",
) -> list[Found]:
    att = Attributor(paras, reg, writer)
    forum = online_qa(title, [p.text for p in paras])
    # what the headline sets in quote marks: "“Who pays for soil?” Notes from the panel"
    headline = {_bare(m.group(1)) for m in _HEADLINE_QUOTE.finditer(title)}
    found: list[Found] = []
    used_dash: set[int] = set()
    carry: dict[int, tuple[str | None, str | None, str | None]] = {}
    i = 0
    while i < len(spans):
        span = spans[i]
        first_text = att.text(span.para)
        last_text = att.text(span.end_para)
        inner = "\n\n".join(att.text(pi)[s:e] for pi, s, e in span.parts)
        inner = inner.strip()
        after = last_text[span.end + 1 : span.end + 220]
        sent0 = _sentence_start(first_text, max(0, span.start - 1))
        before = first_text[sent0 : max(0, span.start - 1)]
        who, verb, role, explicit, merged = None, None, None, False, [span]
        carried = None  # the attribution the quotation before passed on to this one
        attributed_after = False  # the attribution follows the quotation: "…," X read.
        m = _AFTER_DASH.match(after)
        if i in carry and not m and not _attributes_back(after, inner):
            # "…," she said. "Next sentence." — the new quotation keeps the speaker
            who, verb, role = carried = carry.pop(i)
            attributed_after = True
            explicit = True
        elif m:
            who, role, explicit = m.group("who"), m.group("role"), True
        elif span.end_para + 1 in dash_lines and not after.strip(" .,"):
            dm = dash_lines[span.end_para + 1]
            who, role, explicit = dm.group("who"), dm.group("role"), True
            used_dash.add(span.end_para + 1)
        else:
            m = _AFTER_SUBJ.match(after) or _AFTER_VERB.match(after) or _ACCORDING_WHO.match(after)
            if m and _BEFORE_COLON.search(before) and re.search(r"[.!?]\W*$", inner):
                # 'X was blunt: “… a slide.” He said the bet is …' — the colon introduced
                # the quotation; the sentence after it reports something new
                m = None
            if m:
                who, verb, explicit = m.group("who"), m.group("verb"), True
                who = _OBJECT_TO_SUBJECT.get(who, who)  # "according to him": he
                attributed_after = True
                role = m.groupdict().get("role")
                # a split quotation: "…," she said, "…" is one quotation
                while i + 1 < len(spans) and spans[i + 1].para == span.end_para:
                    nxt = spans[i + 1]
                    between = last_text[span.end + 1 : max(span.end + 1, nxt.start - 1)]
                    mm = _AFTER_SUBJ.match(between) or _AFTER_VERB.match(between)
                    rest = between[mm.end() :] if mm else "x."
                    if (
                        mm
                        and len(between) < 200
                        and re.fullmatch(r"[^.!?\"“”]*,\s*", rest or between.rstrip() + " ")
                        and between.rstrip().endswith(",")
                        # "…," Holloway says, and then, when I ask whether …, "Yes, …" is a
                        # second answer, not the sentence going on
                        and (
                            len(rest.split()) <= 6 or last_text[nxt.start : nxt.start + 1].islower()
                        )
                        # '“…,” she said, adding, “For everyone else …”': a second sentence
                        and not (
                            _ADDING.search(rest) and last_text[nxt.start : nxt.start + 1].isupper()
                        )
                    ):
                        # only a sentence interrupted by its attribution continues:
                        # "…," she said, "and …" — never "…," she said. "New sentence."
                        merged.append(nxt)
                        i += 1
                        span = nxt
                    else:
                        rest = between[mm.end() :] if mm else ""
                        # "…," he told Whitlock, knocking on it. "…": a gesture after the verb
                        rest = _GESTURE_CLAUSE.sub("", rest)
                        if (
                            mm
                            and len(between) < 200
                            and (not rest.strip(" .;") or _TOLD_WHOM.match(rest))
                        ):
                            carry[i + 1] = (who, verb, role)
                        break
            elif om := _BEFORE_OWN.search(before):
                explicit = True
                who = _POSS_PRONOUN[om.group("poss")] if om.group("poss") else om.group("who")
            elif _QUOTE_LABEL.search(before):
                # "Key quote: “…”": a label over the quotation, not its speaker; the
                # quotation stands as if alone
                before = ""
            elif _BEFORE_VERB.search(before) or _BEFORE_COLON.search(before):
                explicit = True
                named = reg.mentioned_in(span.para, sent0, span.start)
                lead = _LEAD_PRONOUN.match(before)
                said = list(_SUBJ_VERB.finditer(before))
                org_role = list(_ORG_ROLE.finditer(before))
                asker = _ASKER_CLAUSE.match(before)
                answer = (
                    re.search(r",\s+(he|she|they)\s+[a-z]", before[asker.end() :])
                    if asker
                    else None
                )
                if answer:  # "When Whitcombe asked whether …, she smiled and said, “…”"
                    who = answer.group(1)
                elif said:  # "Speaking to reporters after the vote, the minister said: “…”"
                    who = _person_of(said[-1], before)
                elif org_role:  # "Asked about reactors, the Corvane chief was blunt: “…”"
                    who = "the " + org_role[-1].group(0).split(None, 1)[1]
                elif lead:  # "He has a simple explanation for why Ferrand's jackets sell: “…”"
                    # "Her reply, an hour later, drew cheers: “…”" is hers
                    who = lead.group(1) or _POSS_PRONOUN[lead.group(2).lower()]
                elif (cm := _CLAUSE_SUBJECT.search(before)) and (
                    cm.group("who") in ("he", "she", "they")
                    or cm.group("who").split()[0].lower() not in NOT_NAME_WORDS
                ):
                    # "Speaking to anchor Dana Whitcombe, Ferrante put it bluntly: “…”";
                    # "Asked by X what he would say, he paused and then said: “…”"
                    who = cm.group("who")
                elif by_role := _role_subject(before, reg, (span.para, span.start)):
                    who = by_role.name
                elif not named and found and found[-1].para == span.para and found[-1].speaker:
                    who = found[-1].speaker  # "Then, after a pause: “…”": the same speaker
                else:
                    who = named[0].name if named else _subject_in(before)
                # the verb nearest the quotation introduces it: "read the line and asked:"
                vms = list(_SENTENCE_VERB.finditer(before))
                verb = vms[-1].group(0) if vms else None
        if not explicit and not who and not before.strip():
            # the sentence before says who: "… she laughs. ‘Ask me on a bad day.’", "Ostrowski
            # put that to him directly. “…?”"
            prev = first_text[_sentence_start(first_text, max(0, sent0 - 2)) : sent0]
            pm = _PREVIOUS_SUBJECT.match(prev)
            if (
                pm
                and (
                    pm.group("who").lower() in ("he", "she", "they")
                    or reg.resolve(pm.group("who"))
                    # "I put this to him. ‘Do you think you’re frightening?’": the writer's
                    # question; after "I ask about his brother." the answer is not theirs
                    or (pm.group("who") == "I" and inner.rstrip("’”\"'").endswith("?"))
                )
                and not re.search(r"[\"“”‘’]", prev.replace("’s", "").replace("’t", ""))
            ):
                who = pm.group("who")
                # "He glances at Baird. ‘Present company excepted.’", "She laughed. “She
                # stayed.”": a whole sentence, however short, is what that person says next
                explicit = bool(_WHOLE_SENTENCE.fullmatch(inner))
                if _ASKED_OPENING.match(prev) and who.lower() in ("he", "she"):
                    who = _questioned(found, att, who, (span.para, span.start)) or who
        if not explicit and not who:
            # "“…,” a spokesperson for Harlow Rail said.": the organisation speaks
            sm = _SPOKES.match(after.lstrip(" ,")) and _SPOKES.search(
                re.split(r"[.!?](?:\s|$)", after)[0]
            )
            if sm:
                explicit = True
                who = re.sub(r"['’]s?$", "", sm.group("org").rstrip(".,"))
        elif explicit:
            sm = _SPOKES.search(before) or _SPOKES.search(re.split(r"[.!?](?:\s|$)", after)[0])
            if sm and (
                not who
                or who.split()[0].lower() in ("a", "an", "the", "one")
                or who in sm.group("org")
                or not reg.resolve(who)
            ):
                who = re.sub(r"['’]s?$", "", sm.group("org").rstrip(".,"))
        if len(merged) > 1:
            inner = " ".join(
                "\n\n".join(att.text(pi)[s:e] for pi, s, e in sp.parts).strip() for sp in merged
            )
        pos = (merged[0].para, merged[0].start)
        question = inner.rstrip("”\"’' ").endswith("?")
        speech = _is_speech(inner, before, after, explicit, first_text, merged[0]) or (
            # a paragraph that is nothing but a reply to the question before it:
            # '“Was it the worst decision?” asked Lomax. ¶ “Next question.”'
            not before.strip()
            and not after.strip()
            and not question
            and _WHOLE_SENTENCE.fullmatch(inner.strip()) is not None
            and _answering(found, reg, pos) is not None
        )
        if not speech:
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if (
                carried
                and nxt is not None
                and nxt.para == span.end_para
                and not last_text[span.end + 1 : nxt.start - 1].strip(" .,;")
            ):
                # '“…,” she told Dominic Ferrier on HBN’s “First Trade.” “A price war …”':
                # the title is no quotation; the next one goes on in her voice
                carry[i + 1] = carried
            i += 1
            continue
        sentence_after = after.split(".")[0] if not explicit else after[:120]
        verb_word = verb.split()[0].lower() if verb else ""
        # "expects them to write “the majority of the new code”": what the agents will
        # write is what he said they would
        infinitive = bool(verb and re.search(rf"\bto\s+{re.escape(verb)}\W*$", before))
        written = bool(
            (
                verb_word in WRITTEN_VERB_SET
                and not infinitive
                and not (forum and verb_word in _FORUM_VERBS)
                and not (attributed_after and verb_word in _READ_OUT and _PERSON_WHO.match(who))
            )
            or _written_cue(before, forum)
            or (who and _written_cue(who, forum))
            # an epigraph: "“…” / — Amparo, in The House of Low Tides"
            or bool(role and _IN_A_WORK.match(role.strip()))
            or (not explicit and _written_cue(sentence_after, forum))
            # "“…,” Sefa tells her niece in the first chapter": the attribution after it
            or (explicit and _IN_A_BOOK.search(_UP_TO_NEXT_QUOTE.split(after, 1)[0]))
            # "The third-quarter report complicates that. It says Pennant “…”": a document
            # speaking, whose words are written
            or (
                bool(_IT_SAYS.match(before))
                and _DOCUMENT_BEFORE.search(first_text, max(0, sent0 - 300), sent0) is not None
            )
            # "… a prepared statement from Mr Mossop. In it, he said he had ‘…’"
            or (
                before.lstrip().startswith("In it,")
                and _WRITTEN_BEFORE.search(first_text, max(0, sent0 - 300), sent0) is not None
            )
        )
        if not who and not explicit:
            # "Kittering’s answers were …" is a possessive and a noun, no one speaking
            said = [m for m in _SUBJ_VERB.finditer(before) if not _POSSESSIVE_WHO.match(m[0])]
            named = reg.mentioned_in(merged[0].para, sent0, merged[0].start)
            that_pronoun = re.findall(r"\bthat\s+(he|she)\b", before)
            if said:  # "Industrial chips, she added, were “…”": whoever speaks in the sentence
                who = _person_of(said[-1], before)
                if who.lower() in ("he", "she", "they"):
                    # "He said …, and joked that Voss and Tildy should “…”": the pronoun
                    # means someone named before it, not the people after it
                    pos = (merged[0].para, sent0 + said[-1].start())
            elif by_role := _role_subject(before, reg, pos):
                who = by_role.name
            elif that_pronoun:
                # "Fennimore reminded him that he had once called branches ‘…’": he did
                who = that_pronoun[-1]
            elif named:
                # "Asked by Hemsworth how many …, Wren-Mbeki declined …, saying only that it
                # was “…”": the one asked answers, not the one asking
                answering = [
                    p for p in named if not _asks_in(reg, p, merged[0].para, sent0, pos[1])
                ]
                if opener := _SPOKEN_TO_OPENER.match(before):
                    # "Speaking to anchor Felicity Odunsi-Marr on “…,” Ilunga also said …
                    # “…”": the one spoken to is not the one speaking
                    rest = before[opener.end() :]
                    answering = [
                        p for p in answering if any(f in rest for f in (p.name, *p.aliases))
                    ] or answering
                pronoun = re.search(r",\s+(he|she|they)\s+[a-z]", before)
                if not answering and not question and pronoun:
                    # "Asked by Cardew-Mensah whether …, she declined … but said it would
                    # cost “…”": only the asker is named; the pronoun answers
                    who = pronoun.group(1)
                else:
                    who = (answering if answering and not question else named)[0].name
            elif (pronoun := re.search(r",\s+(he|she|they)\s+[a-z]", before)) and re.match(
                r"\s*(?:Asked|Pressed|Questioned)\s+by\b", before
            ):
                who = pronoun.group(1)  # the same, when the asker is no one the text knows
            else:
                who = _subject_in(before)
        lead_para = ""
        if not who and not before.strip() and span.para - 1 in att.paras:
            lead_para = att.text(span.para - 1).rstrip()
            lead_para = lead_para[_sentence_start(lead_para, len(lead_para) - 1) :]
        if not who and lead_para.endswith(":") and _TRANSLATING.search(lead_para):
            # "… she talks for a long time, Ferrandi translating in pieces:" ¶ ‘…’
            cm = _CLAUSE_SUBJECT.search(lead_para)
            who, before = (cm.group("who"), lead_para) if cm else (who, before)
        if who and _TRANSLATING.search(before):
            # "Ferrandi waits a beat before giving it to me in English: ‘…’": the words
            # are still those of whom he translates, the last other person quoted
            translated = next(
                (
                    f.speaker
                    for f in reversed(found[-6:])
                    if f.speaker
                    and f.para >= merged[0].para - 6
                    and getattr(reg.resolve(who), "name", who) != f.speaker
                ),
                None,
            )
            who = translated or who
        previous = found[-1] if found and found[-1].para == merged[0].para else None
        if who in ("I", "we", "We") and previous is not None and previous.speaker:
            # 'Then, as I go through: “…”' — the writer moves; the speaker goes on
            who = previous.speaker
        elif (
            who
            and who.lower() in ("he", "she")
            and verb
            and verb.split()[0].lower() in _REPLYING
            and (answerer := _answerer(found, reg, pronoun_gender(who.lower())))
        ):
            # '“Did you raise it?” she asked. / “No,” he replied.': the one who answers is
            # who was being questioned, the last of that gender to speak before the question
            who = answerer.name
        if (
            who
            and who.lower() in ("he", "she")
            and verb
            and verb.split()[0].lower() in _CONTINUING
            and previous is not None
            and previous.speaker
            and (person := reg.resolve(previous.speaker)) is not None
            and person.gender in (pronoun_gender(who.lower()), None)
        ):
            # '… said Wren had "…". "…," he added': whoever spoke last in the paragraph
            who = person.name
        elif who and who.lower() in ("he", "she"):
            # "The chief was candid …: “…,” he said": the sentence's own subject
            subject = _ROLE_SUBJECT_AT.match(before)
            if not subject and not before.strip():
                # "The executive was emphatic. ‘…,’ he said": the sentence before
                first_text = att.text(span.para)
                sent0 = _sentence_start(first_text, max(0, span.start - 1))
                prev = first_text[_sentence_start(first_text, max(0, sent0 - 2)) : sent0]
                subject = _ROLE_SUBJECT_AT.match(prev)
            if subject:
                candidate = reg.by_role_word(subject.group(1).lower(), pos)
                if candidate and candidate.gender in (pronoun_gender(who), None):
                    who = candidate.name
            else:
                # "Sam Havili, whose saves …, insisted …. “…,” he said": the person the
                # paragraph is about, named at the start of one of its sentences
                candidate = _sentence_subject(
                    reg, att.text(pos[0]), pos, pronoun_gender(who.lower()), not question
                )
                if candidate:
                    who = candidate.name
        spoken_to = _addressee(verb, after, reg, pos) or _asker(before, reg)
        person, written_src = att.resolve(who, pos, besides=spoken_to, answer=not question)
        if person is not None and who and who.lower() in ("he", "she") and _names(inner, person):
            # "“Kasper is the best defender I have worked with,” he said": whoever "he" is,
            # it is not Kasper, whom the words talk about
            other, _ = att.resolve(who, pos, besides=person, answer=not question)
            person = other if other is not None and not _names(inner, other) else person
        written = written or written_src
        nxt = carry.get(i + 1)
        if (
            nxt
            and person is not None
            and ((nxt[0] or "").lower() in ("he", "she", "they") or (who and nxt[0] == who))
        ):
            # '"…," he told Whitlock. "…"', '"…," the first-term senator told Onwuachi-Lund.
            # "…"': the next quotation is the same person's, whoever the pronoun or the
            # role would point to by then
            carry[i + 1] = (person.name, *nxt[1:])
        if person is None and who is None and _bare(inner) in headline:
            # the panel's or the book's name the headline gives, set in quote marks again
            # in the body with no one saying it: not a quotation
            i += 1
            continue
        # a document's own words ("The review also notes that “…”", "It says: “…”")
        # are no one's: there is no speaker to guess or to ask the editor for
        document = written and (
            who == "It" or (who is None and bool(_DOCUMENT_SPEAKS.search(before)))
        )
        guessed = person is None and who is None and not document
        if guessed:
            person = None if question else _answering(found, reg, pos)
            why = "to whom the question before it was put"
            if person is None and not question and span.start <= 1:
                # "Frisk … asked what happened when the director found out." then the
                # answer on its own: the one who has been answering, not the one asking
                person = _reported_question_answerer(att, found, reg, pos)
                why = "who answers the question the paragraph before reports"
            opener = None if question or span.start > 1 else att._previous_subject(pos)
            if (
                person is None
                and opener is not None
                and any(f.speaker == opener.name for f in found)
            ):
                # "Fairbairn-Osei was less forgiving of referee Callum Stroud's decision …
                # a challenge on Lindqvist." and then a quotation on its own: his, the one
                # the paragraph before is about and who has spoken, not the last name in it
                person, why = opener, "whom the paragraph before is about"
            if person is None and not question and span.start <= 1:
                # "He told Sokolova-Hart it has quietly been cut down." and then a quotation
                # on its own: his, the one reporting, not the one he told
                person = att._previous_reporter(pos)
                why = "who speaks in the sentence before it"
            if person is None and not question:
                person = _continued(found, att, pos)
                why = "who is quoted just before it, in the same sentence's attribution"
            if person is None:
                last = reg.last_mentioned(pos) if question else _last_not_asking(reg, pos)
                person, why = last, "the last person named before it"
                main = _most_quoted(found)
                if (
                    last is not None
                    and last.other_than
                    and main not in (None, last.name)
                    and not any(f.speaker == last.name for f in found)
                ):
                    # "Her father, Dennis Quayle, closed the shop …" and then a quotation
                    # on its own: hers, whom the piece quotes, not the relative she names
                    person = reg.resolve(main) or person
                    why = "whom the piece quotes most"
            if person is not None:
                warnings.append(
                    f"The quotation “{shorten(inner)}” has no attribution; it was given to "
                    f"{person.name}, {why} — check the speaker."
                )
        if person is not None and role and not person.role:
            person.role = re.sub(r"^(?:the|a|an)\s+", "", role.strip().rstrip("."), flags=re.I)
        if person is None and not document:
            warnings.append(
                f"No speaker found for the quotation “{shorten(inner)}”"
                + (f" (attributed to “{who}”, which could not be resolved)" if who else "")
                + "; set the speaker by hand."
            )
        found.append(
            Found(
                text=inner,
                speaker=person.name if person else None,
                kind="written" if written else "direct",
                para=merged[0].para,
                start=merged[0].start,
                end_para=span.end_para,
                end=span.end,
                parts=[pt for sp in merged for pt in sp.parts],
                guessed=guessed,
            )
        )
        i += 1
    return found


_HEADLINE_QUOTE = re.compile(r"[\"“‘']([^\"“”‘’']{3,200})[\"”’']")


_TRANSLATING = re.compile(r"\b(?:translat\w*|interpret(?:s|ed|ing)|in English)\b")


def _bare(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


_ADDRESSEE = re.compile(
    rf"^[^.!?\"“”]{{0,40}}?\b(?:told|tells|asked|asks)\s+(?:the\s+(\w+)|({NAME}))"
)


def _addressee(verb: str | None, after: str, reg: Registry, pos) -> Person | None:
    """Whom a speaker addresses after the quotation: '“…,” she told the chair'."""
    if not verb or verb.split()[0].lower() not in ("told", "tells", "asked", "asks"):
        return None
    m = _ADDRESSEE.match(after)
    if not m:
        return None
    if m.group(1):
        return reg.by_role_word(m.group(1).lower(), pos) if is_role_word(m.group(1)) else None
    return reg.resolve(m.group(2))


# a question put at a press event, the pronoun the one who answers: "Asked by the Ashby
# Courier whether …, he shook his head."
_ASKED_OPENING = re.compile(r"^\s*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b")


def _questioned(found: list[Found], att: Attributor, pronoun: str, pos) -> str | None:
    """Who answers a question the sentence before puts ("Asked by … whether …, he shook
    his head."): the one answering questions so far, not a player named in between who
    has not said a word ("… but Callum Odeyemi levelled on 58 minutes.")."""
    usual, _ = att.resolve(pronoun, pos)
    spoke = [f.speaker for f in found[-8:] if f.kind == "direct" and f.speaker]
    if usual is None or usual.name in spoke:
        return None
    gender = pronoun_gender(pronoun.lower())
    for name in reversed(spoke):
        person = att.reg.resolve(name)
        if person is not None and person.gender == gender:
            return person.name
    return None


_REPORTED_QUESTION = re.compile(
    rf"(?P<who>{NAME})(?:,[^,]{{1,80}},)?\s+(?:then\s+|also\s+)?(?:asked|wondered|wanted\s+to\s+"
    r"know)\s+(?:her\s+|him\s+|them\s+)?(?:what|whether|how|why|when|if|who)\b[^.!?]*[.?]\s*$"
)


def _continued(found: list[Found], att: Attributor, pos: tuple[int, int]) -> Person | None:
    """The speaker of the quotation just before, in the same paragraph, when only its own
    attribution stands between them: '“…,” Dunstervale told anchor Ewart Kilbracken on
    Thursday, after the results. “They'll skip the new sofa …”' goes on quoting her."""
    if not found or found[-1].end_para != pos[0] or not found[-1].speaker:
        return None
    person = att.reg.resolve(found[-1].speaker)
    between = att.text(pos[0])[found[-1].end : pos[1]]
    if person is None or not re.search(rf"^\W*{re.escape(person.surname)}\b", between):
        return None
    if re.search(r"[.!?]\s+[A-Z]", between.rstrip()[:-1]):
        return None  # a sentence of its own came between: "Kilbracken laughed."
    return person


def _reported_question_answerer(
    att: Attributor, found: list[Found], reg: Registry, pos: tuple[int, int]
) -> Person | None:
    """The last one to speak who is not the asker, when the paragraph before ends on a
    question put in reported form."""
    if pos[0] - 1 not in att.paras:
        return None
    m = _REPORTED_QUESTION.search(att.text(pos[0] - 1))
    asker = reg.resolve(m.group("who")) if m else None
    if m is None or asker is None:
        return None
    for f in reversed(found[-8:]):
        person = reg.resolve(f.speaker) if f.speaker else None
        if person is not None and person is not asker:
            return person
    return None


def _answerer(found: list[Found], reg: Registry, gender: str | None) -> Person | None:
    """Who answers a question: among the last few speakers before the one who asked it,
    the most recent whose gender fits the pronoun."""
    if not found or not found[-1].text.rstrip("”\"’' ").endswith("?"):
        return None
    asker = found[-1].speaker
    for f in reversed(found[-8:-1]):
        person = reg.resolve(f.speaker) if f.speaker and f.speaker != asker else None
        if person is not None and person.gender == gender:
            return person
    return None


def _answering(found: list[Found], reg: Registry, pos: tuple[int, int]) -> Person | None:
    """Who gives an unattributed answer to the question just before it ('“Did you
    apologise?” Lowe asked. / “To some of them.”'): the last other person to speak,
    else the last other person named."""
    if not found or found[-1].para < pos[0] - 1 or not found[-1].speaker:
        return None
    if not mostly_asks(found[-1].text):  # "Battle pass? Be honest." asks too
        return None
    asker = found[-1].speaker
    for f in reversed(found[-8:-1]):
        if f.speaker and f.speaker != asker and (person := reg.resolve(f.speaker)):
            return person
    return reg.last_mentioned(pos, besides=reg.resolve(asker))


def _asks_in(reg: Registry, person: Person, para: int, start: int, end: int) -> bool:
    """Whether ``person`` is named putting a question between ``start`` and ``end``."""
    lo = bisect.bisect_left(reg._mention_keys, (para, start))
    hi = bisect.bisect_left(reg._mention_keys, (para, end))
    return any(reg.persons[pi] is person and at in reg.askers for at, pi in reg.mentions[lo:hi])


def _last_not_asking(reg: Registry, pos: tuple[int, int]) -> Person | None:
    """The last person named before an answer at ``pos``, passing over those last named
    putting a question: after "u/quietharbor asked how she keeps going. The answer was
    long:" the quotation is the answer, not the asker's."""
    k = bisect.bisect_left(reg._mention_keys, pos)
    asking: set[int] = set()
    for at, pi in reversed(reg.mentions[max(0, k - 40) : k]):
        if at[0] < pos[0] - 6:
            break
        if at in reg.askers:
            asking.add(pi)
        elif pi not in asking:
            return reg.persons[pi]
    return reg.last_mentioned(pos)


_ASKER_CLAUSE = re.compile(
    rf"^\s*(?:When|After|As|Once)\s+(?P<who>{NAME})\s+(?:asked|pressed|questioned|challenged|put)\b"
)


def _asker(before: str, reg: Registry) -> Person | None:
    """The one who asks in the clause before: "When Whitcombe asked whether …, she said"
    is the answer, not Whitcombe's."""
    m = _ASKER_CLAUSE.match(before)
    return reg.resolve(m.group("who")) if m else None


def _by_org(reg: Registry, phrase: str) -> Person | None:
    """ "the Quillbyte CEO": the one person the text names as Quillbyte's."""
    words = set(re.findall(r"\b[A-Z][\w&.-]+", phrase)) - {"The"}
    found = [p for p in reg.persons if p.org and p.org.split()[-1] in words]
    return found[0] if len(found) == 1 else None


def _role_subject(before: str, reg: Registry, pos: tuple[int, int]) -> Person | None:
    """The person the clause before a quotation names by role, with no name after it:
    "In an exchange with presenter X, the minister declined …, insisting that
    households would “…”" is the minister's."""
    roles = list(_ROLE_CLAUSE.finditer(before))
    if not roles or re.search(NAME, before[roles[-1].end() :]):
        return None
    return (
        _by_org(reg, roles[-1].group(0))
        or reg.by_role_word(roles[-1].group(1).lower(), pos)
        or _chief_without_role(reg)
    )


def _chief_without_role(reg: Registry) -> Person | None:
    """Whom "the minister" or "the founder" means when no one is introduced by that role:
    the person the piece is chiefly about, named far more often than anyone else, if the
    text gives them no other role."""
    counts: dict[int, int] = {}
    for _, pi in reg.mentions:
        counts[pi] = counts.get(pi, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 4:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    person = reg.persons[ranked[0][0]]
    return person if person.role is None else None


def _person_of(said: re.Match[str], text: str) -> str:
    """The speaker a "… said" match names: the person, not the firm they are from
    ("Bernadette Cho of Whitlow Research said")."""
    who = said.group("who")
    if who.split()[-1] in ORG_WORDS:
        m = re.search(rf"({NAME})\s*,?\s+(?:of|at|from)\s+$", text[: said.start("who")])
        if m:
            return m.group(1)
    return who


def _sentence_subject(
    reg: Registry,
    text: str,
    pos: tuple[int, int],
    gender: str | None,
    answer: bool = True,
    pronoun: str | None = None,
):
    """The last person named at the start of a sentence of this paragraph before ``pos``
    whose gender fits the pronoun."""
    found, found_at = None, -1
    for person in reg.mentioned_in(pos[0], 0, pos[1]):
        if gender is not None and person.gender not in (gender, None):
            continue
        head = text[: pos[1]]
        starts = [_last_opening(form, head) for form in {person.name, *person.aliases}]
        at = max(starts)
        # "Quarrie asked twice. Twice he said …": the one who asks is not the one answering
        if at > found_at and not (answer and reg.asks_other((pos[0], at), pronoun or gender)):
            found, found_at = person, at
    return found


_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _last_opening(form: str, text: str) -> int:
    """Where ``form`` last opens a sentence of ``text`` as a whole word and not as a
    possessive ("Whitcombe's co-host, Gil Sorensen, …" is not Whitcombe speaking); -1 if
    it never does."""
    last = -1
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        before = text[:at]
        if (
            # after a full stop, or after a quotation that ended its sentence ('…centers."')
            (not before or (before[-1].isspace() and _SENTENCE_END.search(before.rstrip())))
            and _word_end(text, end)
            and not _POSSESSIVE_S.match(text, end)
        ):
            last = at
        at = text.find(form, at + 1)
    return last


def _word_end(text: str, at: int) -> bool:
    """Whether a word boundary (regex ``\\b``) falls at ``at``."""
    left = at > 0 and _WORD.match(text, at - 1) is not None
    right = at < len(text) and _WORD.match(text, at) is not None
    return left != right


_WORD = re.compile(r"\w")
_POSSESSIVE_S = re.compile(r"['’]s\b")


def shorten(text: str) -> str:
    """A quotation cut to sixty characters, as messages to an editor give it."""
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


_SUBJECT = re.compile(rf"(?:^|[\s,(])({NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z][\w-]*)\b")
_NOT_SUBJECT = {
    "when",
    "asked",
    "after",
    "in",
    "on",
    "at",
    "while",
    "as",
    "despite",
    "with",
    "for",
    "a",
    "an",
    "this",
    "that",
    "but",
    "and",
    "yet",
    "then",
    "still",
    "later",
    "earlier",
    "last",
    "next",
    "if",
    "within",
    "speaking",
    "talking",
    "writing",
    "pressed",
    "reached",
    "contacted",
    "questioned",
    "interviewed",
    "during",
    "before",
    "across",
    "around",
    "among",
    "under",
    "over",
    "through",
    "by",
    "it",
    "there",
    "today",
    "meanwhile",
    *"""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split(),
}


_DOCUMENT_BEFORE = re.compile(
    rf"\b(?:{_WRITTEN_NOUN}|report|filings?|prospectus|document|study|paper|survey|website"
    r"|guidance|terms|policy|notice|ruling|judgment|motion|complaint|lawsuit|manual|contract"
    r"|agreement|bill|law|rules?)\b[^.!?\"“”]*[.!?]\s*$",
    re.I,
)
_WRITER_ASKS = re.compile(r"\s*I\s+(?:ask|asked)\b")
_PRONOUN_REPORTS = re.compile(
    r"\s*(He|She)\s+(?:told|tells|said|says|added|adds|explained|insisted|argued|admitted)\b"
)
_IT_SAYS = re.compile(r"\s*It\s+(?:says|said|states|stated|notes|noted|reads|adds)\b")
_SPOKEN_TO_OPENER = re.compile(
    r"\s*(?:(?:Speaking|Talking|Chatting)\s+(?:to|with)|In\s+an?\s+(?:interview|conversation)"
    r"\s+with|Sitting\s+down\s+with)\b[^.!?]{0,120}?,[\"”’]?\s+(?=[A-Z])"
)


def _subject_in(before: str) -> str | None:
    """The first person-like subject in a clause ("Osei", "she", "the founder")."""
    for m in _SUBJECT.finditer(before):
        cand = m.group(1)
        if cand in ("The", "the"):
            continue  # a bare article: "The bank …" names no one
        first = cand.split()[0].lower()
        while first in _NOT_SUBJECT and len(cand.split()) > 1 and cand[:1].isupper():
            cand = " ".join(cand.split()[1:])  # "In January Brenner …": the name after it
            first = cand.split()[0].lower()
        if cand.lower().startswith("the "):
            if is_role_word(cand.split()[-1]):
                return cand
            continue
        toks = cand.split()
        acronyms = [i for i, t in enumerate(toks) if t.isupper() and len(t) > 1]
        if acronyms and acronyms[-1] < len(toks) - 1:
            cand = " ".join(toks[acronyms[-1] + 1 :])  # "Brightline CEO Marguerite Osei"
            first = cand.split()[0].lower()
        if (
            first not in _NOT_SUBJECT
            and not any(t.isupper() and len(t) > 1 for t in re.split(r"[\s-]", cand))
            and cand.split()[-1] not in ORG_WORDS  # "When Pinecrest Airways melted down"
        ):
            return cand
    return None


# the writer's clock, no verb of writing: "as of this writing, the store page still lists"
_WRITERS_CLOCK = re.compile(r"\b(?i:as\s+of|at\s+the\s+time\s+of|at)\s+(?i:this\s+)?writing\b")


def _is_speech(inner: str, before: str, after: str, explicit: bool, text: str, span: Span) -> bool:
    ws = words(inner)
    if not ws:
        return False
    before = _WRITERS_CLOCK.sub("", before)
    call = _WHAT_THEY_CALL.search(before)
    if (
        call
        and call.group(0)[:1].lower() in "at"
        and re.search(r"\bcalls?\s*$", before)
        and ws[0].lower() in ("the", "a", "an")
    ):
        # 'a notebook he calls “the book of the dead”': the name he always gives a thing;
        # 'a finding she called “the one bit of good news”' is what she said of it
        return False
    if call and not all(w[:1].isupper() for w in ws):
        return True  # 'what she called “pilot purgatory”': her phrase, in her words
    if (
        len(ws) >= 2
        and ws[0].lower() not in ("the", "a", "an", "my", "our", "his", "her", "their", "its")
        and all(w[:1].islower() for w in ws)
        and _CALLED_THING.search(before)
    ):
        return True  # 'She called the red card “harsh but fair”': her verdict on it
    if len(ws) >= 3 and inner.lstrip("“\"'‘")[:1].islower() and _DESCRIBES_AS.search(before):
        return True  # "He describes her, not kindly, as ‘the most patient person I know’"
    if (
        len(ws) <= 4
        and _DETERMINER_BEFORE.search(before)
        and _NOUN_AFTER.match(after)
        and not _WHAT_THEY_CALL.search(before)
        and not _REPORTING_CLAUSE.search(re.split(r"[,;:]", before)[-1])
    ):
        # 'the cast’s “no stunt doubles” commitment': words used as a modifier ('she said
        # inflation remained the ‘most stubborn’ part' reports hers)
        return False
    if _partial_clause_quote(inner, ws, before, after) or _short_partial_quote(ws, before):
        return True
    if _AS_THEY_PUT_IT.match(after) or (len(ws) >= 3 and _ACCORDING_WHO.match(after)):
        # 'the “wave”, as she put it, arrives around 2032': her word; 'will have “well over
        # a trillion parameters,” according to Varga'
        return True
    # a few words in title case: a name, a title, a slogan
    title_case = len(ws) <= 6 and all(w[:1].isupper() or w.lower() in _SMALL for w in ws)
    if _HYPOTHETICAL.search(before):
        return False  # 'He could have said, “We broke it …”': words never spoken
    if (
        len(ws) >= 3
        and not title_case
        and _FIRST_PERSON_WORD.search(inner)
        and _CALLS_IT.search(before)
    ):
        # 'introducing Ilunga as “the only sponsor at our first Assemble who …”', 'Ilunga
        # called it “the worst decision I've signed in ten years”': someone's own words
        return True
    if _NAMING.search(before) or _NAMING_AFTER.match(after):
        return False
    if title_case and _TOLD_TO.search(before):
        return False  # 'spent six years telling us to “Fly Like You Mean It.”': a slogan
    if len(ws) <= 5 and _NAMING_NEAR.search(before):
        return False
    first = inner.lstrip("“\"'‘(…. ")[:1]
    title_like = title_case and not re.search(r"[.!?,]$", inner.strip())
    if title_like and not (explicit and len(ws) > 2):
        return False
    if title_case and ws[0][:1].isupper() and _ON_A_WORK.search(before):
        return False  # a programme or a work: 'Speaking on "The Closing Print," Ferrante …'
    if explicit:
        return len(ws) >= 1
    whole = inner.strip()
    # the end of a sentence, or of a quotation inside it ("… and said, ‘I need to …’")
    # its full stop may stand outside the marks, after the time it was said ("…" (00:14:20).)
    sentence_like = (
        first.isupper()
        and len(ws) >= 5
        and (re.search(r"[.!?,…][’'”\"]?$", whole) or _ENDS_AFTER_MARK.match(after))
    )
    if sentence_like:
        return True
    # a partial quotation inside reported speech: she wrote that the firm would "stop …"
    if len(ws) >= 3 and _SENTENCE_VERB.search(before) and _subject_in(before):
        return True
    return False


_ENDS_AFTER_MARK = re.compile(r"[”\"’']?\s*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?\s*[.!?](?:\s|$)")


# "Ilunga called it", "introducing Ilunga as": words about someone or something, in the
# speaker's own first person
_CALLS_IT = re.compile(
    r"\b(?:called|calls|calling|introduc(?:ed|es|ing)|describ(?:ed|es|ing)|dubbed)\b"
    r"[^.!?\"“”]{0,60}$"
)
_FIRST_PERSON_WORD = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|our|us)\b"
)
# before a programme's or a work's title: "on", "in HBN’s", "from the BBC's"
_ON_A_WORK = re.compile(
    r"\b(?i:on|in|from|of|for)\s+(?:(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*"
    r"(?:['’]s|s['’])\s+)?$"  # "on HBN’s", "on KVM Markets' "
)
_ACCORDING_WHO = re.compile(
    rf"^[,.]?\s*,?\s*(?P<verb>according\s+to)\s+(?P<who>{NAME}|him|her|them)\b"
)
_OBJECT_TO_SUBJECT = {"him": "he", "her": "she", "them": "they"}
_REPORTING_CLAUSE = re.compile(
    rf"^\s*(?:but\s+|and\s+)?that\b|\b(?:{_VERBS}|told|tells|insisted|argued|claimed)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\w['’]s)\s*$")
# a noun right after the closing mark: “no stunt doubles” commitment, “pilot purgatory” problem
_NOUN_AFTER = re.compile(
    r"^[”\"’']?\s+(?!(?:and|or|but|as|he|she|they|said|says|is|was|are|were|that|to|in|on|for"
    r"|of|at|with|from|by|when|which|who|it|this|the|a|an)\b)[a-z]{3,}\b"
)
_AS_THEY_PUT_IT = re.compile(
    rf"^[,.]?\s*,?\s*as\s+(?:he|she|they|{NAME})\s+(?:put\s+it|puts\s+it|said|says)\b"
)
# a verdict given to a thing named before it, once: "She called Mansell's red card “…”"
# ("Vane calls the trend ‘…’", in the present, is his habitual label for it)
_CALLED_THING = re.compile(
    r"(?:\b(?:he|she|they|[A-Z][\w'’-]+)\s+called|,\s+calling)\s+(?!it\b|them\b|this\b|that\b)"
    r"(?:[\w'’-]+\s+){1,6}$"  # "…, calling the discounting war among EV makers “…”"
)
# "He describes her, not kindly, as ‘…’", "Her former colleague remembers her as “…”"
_DESCRIBES_AS = re.compile(
    r"\b(?:describes|described|remembers|remembered|recalls|recalled)\b[^.\"“”]{0,60}\bas"
    r"(?:\s+[a-z]+ing)?\s*$"  # "He described the goal as serving “as many people as …”"
)
_TOLD_TO = re.compile(
    r"\b(?:telling|told|urging|urged|asking|asked)\s+(?:us|you|people|customers|passengers|"
    r"viewers)\s+to\s*$"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|should|might|would|must)(?:\s+simply)?\s+have\s+(?:said|told|asked|admitted|"
    r"replied|answered)\b[^.!?\"“”]{0,30}$"
    # words someone kept from saying: 'to avoid saying “we will miss it”', 'never once said'
    r"|\b(?:avoid|avoids|avoided|avoiding|without|never|(?:refus|declin)(?:e|es|ed|ing)\s+to|"
    r"stopp?(?:ed|ing|s)?\s+short\s+of|did\s+not|didn['’]t|would\s+not|wouldn['’]t)"
    r"(?:\s+once)?\s+(?:say|saying|said|admit|admitting|utter|uttering)\s*[:,]?\s*$"
)
_WHAT_THEY_CALL = re.compile(
    r"\b(?:what|which|(?:a|an|the)\s+\w+(?:\s+\w+)?)\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:called|calls|"
    r"call|termed|terms|describes\s+as|described\s+as|likes\s+to\s+call)\s*$"
)
_PARTIAL_VERB = re.compile(
    rf"\b(?:{_VERBS}|saying|calling|called|calls|describing|insisting|adding|warning)\b", re.I
)
_LABEL_BEFORE = re.compile(
    r"\b(?:what|so-called|as)\s+(?:\w+\s+){0,2}(?:called|calls|call|dubbed|dubs|describes|"
    r"described|terms|termed|likes to call)\s*$",
    re.I,
)


def _partial_clause_quote(inner: str, ws: list[str], before: str, after: str) -> bool:
    """A clause-final quoted phrase after a speech verb: `Vane called the plan "a costly
    lesson."`, `saying his focus was "entirely on the club."` — the person's own words. A
    label ("so-called “…”"), a title or a short noun phrase is not ("what he called “…”" is
    his phrase: _WHAT_THEY_CALL)."""
    whole = inner.strip()
    if not whole[:1].islower():
        return False
    if not (re.search(r"[.!?]$", whole) or re.match(r"\s*[.!?;]", after)):
        return False
    # two words close the sentence only with its full stop inside the marks: 'anyone with
    # a university address would get “double that.”'
    if len(ws) < 2 or (
        len(ws) == 2
        and (
            not re.search(r"[.!?]$", whole)
            # "what they called the “smart glasses.”": a term, set after its article
            or re.search(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s*$", before, re.I)
        )
    ):
        return False
    if _LABEL_BEFORE.search(before):
        return False
    if not (_PARTIAL_VERB.search(before) or _ACCORDING_TO.search(before)):
        return False  # "According to Wren-Mbeki, the rest will be reviewed “in batches …”"
    # a named subject, a pronoun, or an epithet ("The Croatian … , saying his focus was")
    return bool(
        _subject_in(before)
        or re.search(r"\b(?:he|she|his|her|him)\b", before, re.I)
        or re.match(r"\s*The\s+[A-Z][\w-]+\b", before)
    )


_NAMED_BEFORE = re.compile(
    r"\b(?:called|named|dubbed|so-called|nicknamed|titled|entitled|codenamed|code-named|"
    r"hashtag|(?:the|a|an|his|her|their|its)\s+(?:word|term|phrase|label|slogan|motto|book|"
    r"film|album|song|show|series|novel|project|programme|program|campaign|initiative|"
    r"headline|brand|name|nickname|title|theme|motion))\s*$",
    re.I,
)
_OPENS_WORDS = re.compile(
    r"\b(?:was|were|is|are|be|been|being|as|to|it|them|only|simply|merely|just|"
    r"said|says|told|added|adds|"
    # "Varga remained “deeply involved”"
    r"remained|remains|stayed|stays|became|becomes|seemed|seems|felt|feels|"
    # what someone would do, in their words: 'she would “look seriously” at it', 'would
    # “thin out” frequencies'
    r"would|will|could|should|might|must|can)\s*$",
    re.I,
)
# "she had “no complaints”", "he has ‘no interest’": what someone has, in their words (not
# "has “promised, twice”", a tense)
_HAS_BEFORE = re.compile(r"\b(?:had|has|have)\s*$", re.I)
_HAS_WHAT = {"no", "a", "an", "the", "some", "every", "any", "nothing", "little", "enough"}
# a quoted phrase that opens with a preposition or an adverb of degree is a complement the
# sentence needs: 'would stay closed “for now”', 'complaints “most mornings”'
_COMPLEMENT_START = {
    "for",
    "by",
    "until",
    "till",
    "within",
    "at",
    "in",
    "on",
    "over",
    "from",
    "since",
    "after",
    "before",
    "most",
    "only",
    "never",
    "almost",
    "about",
    "around",
    "roughly",
    "nearly",
    "not",
    "well",
    "far",
    "much",
    "more",
    "less",
    "still",
    "like",
}
_SHORT_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|described|describes|describing|"
    r"insisted|insists|warned|warns|admitted|admits|conceded|concedes|promised|promises|"
    r"pledged|vowed|dismissed|dismisses|added|adds|argued|argues|claimed|claims|suggested|"
    r"suggests|explained|explains|noted|notes|acknowledged|acknowledges|maintained|"
    r"maintains|stressed|stresses|replied|replies|answered|answers|complained|complains|"
    r"predicted|predicts|recalled|recalls|agreed|agrees|confirmed|confirms|assured|assures|"
    r"saying|arguing|insisting|adding|warning|telling|explaining|admitting)\b",
    re.I,
)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:critics|commentators|observers|people|some|many|others|analysts|experts|"
    r"residents|fans|users|readers|officials|campaigners|opponents|supporters)\s*$",
    re.I,
)


_ACCORDING_TO = re.compile(rf"\b[Aa]ccording to (?:{NAME}|him|her)\b")
_CALLED = re.compile(
    rf"(?<![\w'’]){_WHO}\s+(?:[a-z]+ly\s+|also\s+|then\s+)?called\s+(?:[\w’'-]+\s+){{1,10}}$"
)


def _short_partial_quote(ws: list[str], before: str) -> bool:
    """A few of a person's own words inside the author's sentence, governed by that
    person's speech verb: `he described the factory only as “mature”`, `Amberley said he
    had listened to "every word"`. Not a label ("what she calls", "so-called"), not a
    passive ("has been called"), not the words of an unnamed crowd ("critics call it")."""
    if len(ws) > 12 or _LABEL_BEFORE.search(before) or _NAMED_BEFORE.search(before):
        return False
    if all(w[:1].isupper() or w.lower() in _SMALL for w in ws):
        return False  # a title or a name: "The Salt Road", "Kestrel"
    clause = re.split(r"[;:]\s|[.!?]\s+", before)[-1]
    # "Weld called the idea “well-meaning but mostly theater”": a person's verdict on a
    # thing, in their words (a name given with "called" alone is refused above)
    call = _CALLED.search(clause)
    verbs = list(_SHORT_VERB.finditer(clause))
    if _ACCORDING_TO.search(clause) and _OPENS_WORDS.search(before):
        return True  # "According to Reyes, yields are “nowhere near where they need to be”"
    if call and len(ws) == 1 and ws[0].islower():
        # "Haddad called the targets “timid”": a one-word verdict, in her word
        who = call.group("who")
        return not _GENERIC_SUBJECT.search(who) and bool(
            who.lower() in ("he", "she", "they") or _subject_in(who)
        )
    if call and len(ws) >= 2:
        verb = call
    # Otherwise someone's words complete the clause ("was …", "as …", "to …"); after a
    # determiner, a possessive or an adjective they are a term the author borrows.
    elif not verbs or not (
        _OPENS_WORDS.search(before)
        or (ws[0] in _COMPLEMENT_START and len(ws) <= 6)
        or (ws[0].lower() in _HAS_WHAT and _HAS_BEFORE.search(before))
    ):
        return False
    elif re.search(r"\bas\s*$", before, re.I) and not re.search(
        r"\bdescrib\w*\s+(?:[\w’'-]+\s+){0,6}as\s*$", before, re.I
    ):
        return False  # "known as", "such as": only "described … as" quotes someone
    else:
        verb = verbs[-1]
    if len(clause[verb.end() :].split()) > 28:
        return False
    subject = clause[: verb.start()]
    if re.search(r"\b(?:been|be|being|is|are|was|were)\s+(?:\w+ly\s+)?$", subject, re.I):
        return False  # "has been called …": no one in particular said it
    subject = re.sub(r"\s+(?:\w+ly|also|then|later|once|had|has|have)\s*$", " ", subject)
    if _GENERIC_SUBJECT.search(subject.rstrip(", ")):
        return False
    return bool(
        re.search(r"\b(?:he|she)\s+(?:\w+\s+){0,2}$", subject, re.I)
        or re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}(?:" + ROLE_ALT + r")\b", subject)
        or _subject_in(subject)
    )


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "vs"}


# A quotation inside a quotation, introduced by whoever said it: "Arthur turned round and
# said, “…”", "My manager, Keith Lomond, said to me, ‘…’", "At one point I said, ‘…’"
# someone the text does not name, as the subject of the verb: "my head of people read it
# and said,", "a customer told me,"
_UNNAMED_SAID = re.compile(
    r"(?:(?:^|[.!?]\s+|,\s+|\band\s+)(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne|[Tt]he)"
    r"\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:[a-z]+\s+(?:it\s+)?and\s+)?"
    r"(?:(?:said|says)(?:\s+to\s+(?:me|us|him|her|them))?|replied"
    # "My daughter asked me last week, ‘…’"
    r"|asked(?:\s+(?:me|us|him|her|them))?(?:\s+(?:last|this|one|the\s+other)\s+\w+)?"
    r"|told\s+(?:me|us|him|her|them)|used\s+to\s+say|would\s+say"
    r"|always\s+said),?\s*$"
    # "I think about what they told us afterwards: “…”"
    r"|\b[Tt]hey\s+(?:said|told\s+(?:me|us))(?:\s+(?:afterwards|later|then|once))?[:,]?\s*$)"
)
# "“…” He said it about storms": the words' speaker named right after them
_SAID_AFTER_INNER = re.compile(
    r"\s*(?P<who>He|She)\s+(?:said|used\s+to\s+say|would\s+say)\s+(?:it|that|this)\b"
)
# a parent, by what their children call them, saying the words: "Dad would … and say,"
_PARENT_SAID = re.compile(
    r"\b(?P<who>Dad|Daddy|Father|Papa|Mum|Mam|Mom|Mummy|Mother|Mama)\b[^.!?\"“”‘’]{0,80}?"
    r"\b(?:said|says|say|told\s+(?:us|me)|used\s+to\s+say),?\s*$"
)
_PARENTS = {
    **dict.fromkeys(("dad", "daddy", "father", "papa"), "father"),
    **dict.fromkeys(("mum", "mam", "mom", "mummy", "mother", "mama"), "mother"),
}
_INNER_SAID = re.compile(
    # the last possible speaker before the verb ("In January you told …" is "you")
    rf"(?s:.*)(?:^|[\s(—–])(?P<who>I|[Hh]e|[Ss]he|{NAME}),?\s+(?:[a-z]+\s+){{0,5}}?"
    r"(?:(?:said|says|asked|replied|kept\s+saying|keeps\s+saying|would\s+say|used\s+to\s+say)"
    r"(?:\s+to\s+(?:me|us|him|her))?,?"
    # "you told the county council, and I'm quoting you here, ‘…’"
    r"|(?:told|tell|tells)\s+(?:me|us|him|her|them|the\s[^.!?\"“”]{1,60}?)"
    # "Kells told me before overtime, ‘…’": when, after the one told
    r"(?:\s+(?:before|after|during|at|on|in|once|then|later|afterwards|earlier)"
    r"(?:\s+[a-z][\w-]*){0,2})?,?)\s*$"
)


def _attributes_back(after: str, inner: str) -> bool:
    """Whether the words after a quotation attribute it. After a finished sentence
    ("…a demo.”") a name and a verb that go on to report something else ("Korvald, asked
    about battery life, said the next model would …") open new reported speech."""
    m = _AFTER_SUBJ.match(after) or _AFTER_VERB.match(after)
    if not m:
        return False
    finished = re.search(r"[.!?]\W*$", inner) is not None
    return not (finished and re.match(r"\s+(?:that\s+)?[a-z]", after[m.end() :]))


def _names(words: str, person: Person) -> bool:
    """Whether words speak of the person by name ("Kasper is the best …"), not as the one
    introducing themself ("I'm Kasper")."""
    forms = {person.name, *person.aliases, person.name.split()[0]}
    for form in forms:
        for m in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", words):
            if not re.search(
                r"\b(?:I['’]m|I am|my name is|this is|call me)\s*$", words[: m.start()], re.I
            ):
                return True
    return False


def nested_quotes(
    text: str, speaker: str | None, reg: Registry, before: str = ""
) -> list[tuple[int, str, str]]:
    """The quotations a quotation itself reports, with who said them: the people this
    article names, or the speaker themself for "I said", or for "he said" the last other
    person named in the paragraph so far (``before`` is its text up to the quotation).
    Words someone unnamed said ("my head of people read it and said, ‘…’") are listed
    with no speaker, as in a transcript's turns; a "he said" after someone unnamed is not.
    (A transcript's turns have their own reading: ``transcript.quotes_in_turn``.)"""
    out: list[tuple[int, str, str]] = []
    for mark in QUOTE_OPEN.finditer(text):
        i = mark.start()
        said = _INNER_SAID.match(text, max(0, i - 120), i)
        if said and said.group("who").lower() in NOT_NAME_WORDS - {"i", "he", "she"}:
            said = None  # "My head of sales once told me, “…”": no name, someone unnamed
        parent = None if said else _PARENT_SAID.search(text, max(0, i - 160), i)
        if parent:
            # "Dad would come in off a long crossing and say, “…”": the father the article
            # names ("Her father, Ivor Rhys,"), if it does
            end = closing_mark(text, i)
            inner = text[i + 1 : end].strip() if end > i else ""
            person = reg.by_role_word(_PARENTS[parent.group("who").lower()])
            if len(inner.split()) >= 3 and person is not None and person.name != speaker:
                out.append((i + 1, inner, person.name))
            continue
        unnamed = None if said else _UNNAMED_SAID.search(text, max(0, i - 120), i)
        if not said and not unnamed:
            end = closing_mark(text, i)
            inner = text[i + 1 : end].strip() if end > i else ""
            later = _SAID_AFTER_INNER.match(text, end + 1) if end > i else None
            if later and len(inner.split()) >= 3:
                # "The one I grew up with was, “If you can count it, …” He said it about
                # storms": the he who said it, named before
                context = f"{before} {text[:i]}"
                who_said = later.group("who").lower()
                person = reg.last_named(context, pronoun_gender(who_said), besides=speaker)
                if person is not None:
                    out.append((i + 1, inner, person.name))
            continue
        end = closing_mark(text, i)
        inner = text[i + 1 : end].strip() if end > i else ""
        if len(inner.split()) < 3:
            continue
        if unnamed:
            # "my head of people read it and said, ‘You sound like a robot.’": words someone
            # said, though no one the article names
            out.append((i + 1, inner, None))
            continue
        who = said.group("who")
        if who == "I":
            name = speaker
        elif who.lower() in ("he", "she"):
            # "I told Coach Pruitt I was done … And he just looked at me and said, ‘…’"
            context = f"{before} {text[: said.start('who')]}"
            person = None
            if not _unnamed_subject(text[: said.start("who")], owned=True):
                person = reg.last_named(context, pronoun_gender(who), besides=speaker)
            if person is None:
                # "My brother was there too, and he said, ‘…’", "A man in Ennis rang my
                # office … He told me, ‘…’": words someone unnamed said; with no one
                # unnamed before it, the "he" may be someone the reader cannot place
                if UNNAMED_PERSON.search(context[-400:]):
                    out.append((i + 1, inner, None))
                continue
            name = person.name
        else:
            person = reg.resolve(who)
            name = person.name if person is not None else None
            named = NAMED_IN_APPOSITION.search(text, 0, said.end("who") + 2)
            if name is None and named and named.group("name") == who:
                name = who  # "Our producer, Marguerite, kept saying, ‘…’": her first name
        if name:
            out.append((i + 1, inner, name))
    return out
