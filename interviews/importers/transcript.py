"""Q&A transcripts: turns labelled "Name:", "Q:"/"A:", "[00:01:02] Name:", "NAME:"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .commentary import cue_of
from .lexicon import (
    HONORIFIC_RE,
    NAME,
    NAME2,
    NAMED_IN_APPOSITION,
    NOT_NAME_WORDS,
    ORG_WORDS,
    QUOTE_OPEN,
    STAMPED_LABEL,
    TIME_LEAD,
    closing_mark,
    first_name_gender,
    is_role_word,
)
from .speakers import Registry
from .structure import Para

# a time's zone or half of the day: "11:52 BST:" opens a live blog's entry, not a turn
_ZONE = r"(?:[ap]\.?m\.?|[ECMP][SD]?T|GMT|BST|UTC|CES?T|AES?T|AEDT|IST|JST)(?![\w'’])"
_LABEL = re.compile(
    rf"^\s*(?:[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[\])]|(?:\s*{_ZONE})?(?!\s*{_ZONE}))\s*[-–—]?\s*)?"
    # a rank or title abbreviated in capitals, which a name in capitals cannot hold:
    # "CAPT. HAL BRENNICK, CHAIR, FERRY OFFICERS GUILD:"
    r"(?P<rank>[A-Z]{2,5}\.\s+(?=[A-Z]{2}))?"
    rf"(?:(?P<qa>Q|A)\s*(?:\.|\s[-–—])\s+|(?P<label>Q|A|Question|Answer|Interviewer|INTERVIEWER|"
    # someone the transcript does not name
    r"(?:Audience|AUDIENCE)\s+(?:member|MEMBER|question|QUESTION)(?:\s+\d)?|"
    # an automatic transcript's voices: "Speaker 1:", "SPEAKER 2:"
    r"(?:Speaker|SPEAKER)\s+\d{1,2}|"
    r"(?:Unidentified|UNIDENTIFIED)\s+(?:[a-z]+|[A-Z]+)|"
    rf"[A-Z](?:[A-Z]|&|\.(?=[A-Z])){{1,5}}\.?(?![\w'’])|{NAME})"
    # a broadcast transcript's "DEV RAMAN, CHANNEL 9 HOST:": the name, then what they are
    # ("…, CHIEF EXECUTIVE, EASTMERE WATER"), then where they are ("(ON THE LINE)")
    r"(?:,\s*(?P<lrole>[A-Z0-9][A-Z0-9 .,&'’-]{1,60}?))?(?:\s*\((?P<prole>[^()\n]{1,60})\))?"
    # a caller and where they ring from: "DOREEN, in Halifax:"
    r"(?:,\s*(?:in|from|on)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
    r"\s*:\s+)(?P<rest>\S.*)$",
    re.S,
)
# "[00:00:12] LEON ABARA — Good morning": a label set off by a dash instead of a colon.
# Only a timestamp or a run of such lines makes one: "PARIS — The company …" is a dateline.
_DASH_LABEL = re.compile(
    r"^\s*(?P<ts>[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?"
    r"(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})"
    r"(?:\s*\((?P<prole>[^()\n]{1,60})\))?\s+[—–]\s+(?P<rest>\S.*)$",
    re.S,
)
# an italic or parenthesised aside by the author between turns ("*She laughs.*")
_ASIDE = re.compile(r"^(?:\*[^*\n]+\*|_[^_\n]+_|\([^()\n]+\))$")


_RECORD = re.compile(
    r"\baccording to\b|\bpublished (?:figures|tariff|data|accounts|results)\b|"
    r"\b(?:figures|data|records|accounts|filings) (?:show|suggest)\b|\bin fact\b",
    re.I,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|our|us|my|me)\b", re.I
)


@dataclass
class Turn:
    label: str
    paras: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    shown: str = ""  # the label as the page prints it, when ``label`` stands for a part


@dataclass
class Transcript:
    turns: list[Turn]
    in_turn: set[int]
    interjections: set[int]
    # labels of people who ring in, named in brackets ("CALLER (DENISE, LEEDS):")
    callers: set[str] = field(default_factory=set)


# Labels with which the writer marks their own words between turns.
_AUTHOR_LABELS = {"aside", "postscript", "ps", "addendum", "footnote", "sidebar", "clarification"}
# a fact-check's own labels: "Claim 1: …", "What she said: …", "The facts: …", "Verdict: …"
_AUTHOR_LABELS |= {"claim", "facts", "fact", "verdict", "rating", "ruling", "what", "bottom"}
_OPENS_QUOTE = re.compile(r"^[\"“]")
_DOUBLE_MARK = re.compile(r"[\"“”]")


def unquoted(texts: list[str]) -> list[str]:
    """A turn set in quotation marks ('A: “Closer than …”'): the words inside them. Over
    several paragraphs the opening mark repeats on each and the closing one may stand at
    the end only. Anything else (a title in quotes, then more words) is left as it is."""
    if not texts or not all(_OPENS_QUOTE.match(t) for t in texts):
        return texts
    out = []
    for k, text in enumerate(texts):
        body = text[1:].rstrip()
        if body[-1:] in ('"', "”") and not _DOUBLE_MARK.search(body[:-1]):
            out.append(body[:-1].strip())
        elif k < len(texts) - 1 and not _DOUBLE_MARK.search(body):
            out.append(body.strip())
        else:
            return texts
    return out


# a label for someone who rings or writes in, named (if at all) in brackets after it
_CALLER = re.compile(r"^(?i:caller|listener|viewer|texter|reader|questioner)(?:\s+\d{1,2})?$")
_BRACKET_NAME = re.compile(rf"^\s*(?P<who>{NAME})\s*(?:(?P<comma>,)|$)")

_WORD_FIRST_NAMES = {"june", "april", "may", "august", "will", "mark", "grace", "hope", "dawn"}


def label_of(text: str, callers: set[str] | None = None) -> tuple[str, str] | None:
    """A turn's label and its words; a caller named in brackets is added to ``callers``."""
    m = _LABEL.match(text)
    if not m:
        return _stamped_label(text)
    label = (m.group("qa") or m.group("label")).strip()
    rest = m.group("rest").strip()
    if m.group("rank") and (m.group("qa") or not HONORIFIC_RE.match(m.group("rank").title())):
        return None  # "ST. IVES:" is no rank before a name
    if m.group("prole") and _CALLER.match(label):
        # "CALLER (DENISE, LEEDS):": the caller is the one named in the brackets
        named = _BRACKET_NAME.match(m.group("prole"))
        if named and named.group("who").split()[0].lower() not in NOT_NAME_WORDS:
            if named.group("comma") or first_name_gender(named.group("who")):
                label = named.group("who")
                if callers is not None:
                    callers.add(label)
    if m.group("place") and callers is not None:
        callers.add(label)  # "DOREEN, in Halifax:": a caller, named by where they ring from
    label = re.sub(r"^(?i:the)\s+", "", label)  # "THE MODERATOR:"
    if label.lower() == "interviewer":
        label = "Q"
    if label in ("Q", "Question"):
        # a press conference's "Q. (Harriet Dole, Leyton Bridge Echo) Talk us through …"
        asker = re.match(rf"^\((?P<who>{NAME})(?:,[^)]*)?\)\s*(?P<rest>\S.*)$", rest, re.S)
        # "Q. (Inaudible) the third quarter …": a transcriber's note, not the asker
        if asker and asker.group("who").split()[0].lower() not in NOT_NAME_WORDS:
            return asker.group("who"), asker.group("rest").strip()
    first = label.split()[0].lower().rstrip("'’s")
    if first in _AUTHOR_LABELS:
        return None  # "Aside: …", "Postscript: …": the writer's own note between turns
    if (
        label not in ("Q", "A", "Question", "Answer")
        and first in NOT_NAME_WORDS
        # "JUNE ESSLER:", "MAY OKAFOR:": a month that is a first name, before a surname
        and not (len(label.split()) == 2 and first in _WORD_FIRST_NAMES)
    ):
        return None
    if len(label.split()) > 4:
        return None
    return label, rest


def _stamped_label(text: str) -> tuple[str, str] | None:
    m = STAMPED_LABEL.match(text)
    if not m or m.group("label").split()[0].lower() in NOT_NAME_WORDS:
        return None
    if len(m.group("label").split()) > 4:
        return None
    return m.group("label"), (m.group("rest") or "").strip()


def _dash_labels(paras: list[Para]) -> dict[int, tuple[str, str]]:
    """Turns labelled "NAME — …": each with a timestamp, or three or more of them."""
    found = {}
    for p in paras:
        m = _DASH_LABEL.match(p.text)
        if m and m.group("label").split()[0].lower() not in NOT_NAME_WORDS:
            found[p.index] = (m.group("label").strip(), m.group("rest").strip(), m.group("ts"))
    stamped = sum(1 for *_, ts in found.values() if ts)
    if stamped < 2 and len(found) < 3:
        return {}
    return {i: (lab, rest) for i, (lab, rest, ts) in found.items() if ts or stamped < 2}


# a paragraph that is one quotation and nothing else: “A sentence is …”
_PULL_QUOTE = re.compile(r"[\"“‘']([^\"“”]{12,300}?)[.!?]?[\"”’']")


def find_transcript(paras: list[Para], reg: Registry) -> Transcript | None:
    labels: dict[int, tuple[str, str]] = {}
    callers: set[str] = set()
    for p in paras:
        lab = label_of(p.text, callers)
        if "label" in p.notes:  # the layout said who asks ("**cinderkid77: …?**")
            rest = "" if p.notes.get("alone") else p.text.partition(":")[2].strip() or p.text
            lab = (p.notes["label"], rest)
        if lab is None and p.text.endswith(":") and len(p.text) <= 80:
            # "PRIYA CASTELLANE, HOST:" on a line of its own: the turn is the next paragraph
            lab = label_of(p.text + " …")
            lab = (lab[0], "") if lab else None
        if lab:
            labels[p.index] = lab
    if not labels:
        labels = _dash_labels(paras)
    counts = Counter(lab for lab, _ in labels.values())
    qa = counts["Q"] + counts["Question"] >= 1 and counts["A"] + counts["Answer"] >= 1
    # "DEV RAMAN:" then "RAMAN:" is one speaker: count labels by their last word
    by_person = Counter(lab.split()[-1].lower() for lab, _ in labels.values())
    recurring = [lab for lab, n in by_person.items() if n >= 2]
    if not qa and not (len(counts) >= 2 and recurring and sum(counts.values()) >= 3):
        return None
    names = {lab for lab in counts if lab not in ("Q", "A", "Question", "Answer")}
    surnames = {n.split()[-1].lower() for n in names if not n.isupper()}
    surnames |= {n.split()[-1].lower() for n in names if n.isupper()}
    surnames |= {p.surname.lower() for p in reg.persons}
    # In a Q:/A: transcript the answering person is named only in the introduction
    # ("Naledi Baptiste has worked …"); the author's closing words name her again.
    first_turn = min(labels) if qa and not names else -1
    for p in paras:
        if p.index >= first_turn:
            break
        for m in re.finditer(NAME2, p.text):
            toks = m.group(0).split()
            # a person's name, not "a Supraglacial Lake" in a paper's title
            if toks[0].lower() not in NOT_NAME_WORDS and toks[-1] not in ORG_WORDS:
                surnames.add(toks[-1].lower().rstrip("'’s"))
    for p in reg.persons:
        if any(p.name.lower().split()[-1] == s for s in surnames) and p.role:
            surnames |= {w.lower() for w in p.role.split() if is_role_word(w)}
    turns: list[Turn] = []
    in_turn: set[int] = set()
    interjections: set[int] = set()
    current: Turn | None = None
    prev_section = None
    for p in paras:
        if p.section != prev_section:
            current = None
            prev_section = p.section
        if p.index in labels:
            label, rest = labels[p.index]
            current = Turn(label=label, paras=[p.index], texts=[rest] if rest else [])
            turns.append(current)
            in_turn.add(p.index)
            continue
        if current is None:
            continue
        if not current.texts:  # the paragraph under a label that stands alone
            current.paras.append(p.index)
            current.texts.append(p.text)
            in_turn.add(p.index)
            continue
        if p.kind == "bq":
            current = None  # a pull quote set in a block quote is not the answer going on
            continue
        pulled = _PULL_QUOTE.fullmatch(p.text.strip())
        if pulled and any(pulled.group(1).strip() in t for t in current.texts):
            continue  # a sentence of the answer set again in marks: a pull quote
        if _OPENS_QUOTE.match(current.texts[0]) and not _OPENS_QUOTE.match(p.text):
            # answers given in quotation marks: a paragraph outside them is the writer's
            current = None
            continue
        if _interjection(p.text, current, surnames):
            interjections.add(p.index)
            current = None
            continue
        current.paras.append(p.index)
        current.texts.append(TIME_LEAD.sub("", p.text))
        in_turn.add(p.index)
    turns = [t for t in turns if t.texts]
    if not turns:
        return None  # labels over nothing: a damaged page, not a transcript
    return Transcript(
        turns=turns,
        in_turn=in_turn,
        interjections=interjections,
        callers=callers,
    )


_NARRATED = re.compile(
    r"\b(?:[Ss]he|[Hh]e) (?:says|said|insists|insisted|adds|added|tells me|told me|replies|"
    r"replied|laughs|laughed)\b"
)


_RECOUNTED = re.compile(
    r"\b(?:my|our|a|an|the|one)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*,?\s+(?:and\s+)?"
    r"(?:he|she|they)\s+(?:said|told|replied|asked)\b"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


_AUTHOR_OPENING = re.compile(
    r"^(?:(?:Her|His|Their)\s+(?:answer|reply|response|voice|tone)\s+(?:is|was)\b"
    r"|(?:On|By|Since)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),)"
)


def _interjection(text: str, turn: Turn, words: set[str]) -> bool:
    """A paragraph inside a run of turns that is the author's, not the speaker's."""
    t = text.strip()
    if (t.startswith("[") and t.endswith("]")) or _ASIDE.match(t):
        return True
    if re.match(
        r"^(?:[A-Z][\w'’ ]{0,30}\s)?(?:note|notes|update|correction|context|background|analysis"
        r"|fact[- ]check|insight|take)(?:\s*,\s*[^:,]{1,30}|\s*\([^)]{1,40}\))?\s*:",
        t,
        re.I,
    ):
        return True
    # the author narrating the speaker, quotation marks and all: 'At the barrier she says:
    # “Tell them it's a thriller.”' — no one quotes themselves as "she says"
    if _NARRATED.search(t) and re.search(r"[“\"]", t):
        # unless the speaker recalls someone else in it: "I went down with my father, and
        # he said, “…”" is the answer going on
        if not (_RECOUNTED.search(t) and _FIRST_PERSON.search(_QUOTED.sub("", t))):
            return True
    # "Her answer is characteristic …", "On Aug. 21, two weeks after this broadcast, …"
    if _AUTHOR_OPENING.match(t) and not _FIRST_PERSON.search(t):
        return True
    # "That figure is roughly double what Inkwell reported …": the writer checks the answer
    if not _FIRST_PERSON.search(t) and cue_of(t.split(". ")[0])[1] == "strong":
        return True
    # the author checks a claim against the record, in no one's first person
    if _RECORD.search(t) and not _FIRST_PERSON.search(t):
        return True
    # the author names the speaker in the third person ("Mwangi's claim…", "the mayor says");
    # a speaker who goes on talking about "the mayor's office" still says "I" or "my"
    if _FIRST_PERSON.search(t):
        return False
    lowered = re.findall(r"[\w'’-]+", t.lower())
    for w in lowered:
        base = re.sub(r"['’]s$", "", w)
        if base in words and len(base) > 2:
            return True
    return False


# Within a turn, words in quote marks that someone is said to have said: "a supervisor
# told us, 'Don't log it.'", "you told the council, and I'm quoting you here, '…'".
_SENTENCE_START = re.compile(r"(?:^|[.!?]['’\"”)]?\s+|\n)(?=\S)")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|tell|asked|asks|replied|replies|goes|went)\b"
)
# the verb, then at most a few words and a comma or colon right before the mark:
# "told us, '", "said to me was, “"; not "a sign that says “…”", a slogan or a title
_LEAD_IN = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}[\w'’-]*\s*[,:]?\s*$")
# or the words said are what a "thing" someone said "was": "The worst thing anyone said to
# me after the premiere was “…”" (the head before the verb, "was" right before the mark)
_CLEFT_HEAD = re.compile(
    r"\b(?:thing|things|words?|lines?|remark|comment|compliment|question|what)\s+"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.I,
)
_CLEFT_TAIL = re.compile(r"^[^,.;:!?\"“”]{0,50}\s(?:was|is)\s*[,:]?\s*$")
# "you said that the plan was “dead in the water”": the one addressed, in reported speech
_THAT_CLAUSE = re.compile(r"\bthat\b")
# "and I'm quoting," only vouches for the words: the one quoted is named before it
_QUOTING = re.compile(r",?\s*(?:and\s+)?I['’]m\s+quoting(?:\s+(?:you|him|her|them))?(?:\s+here)?,?")
# words read out from something written: a text, an email, a sign
_WRITTEN = re.compile(
    r"\b(?:texts?|texted|e-?mails?|e-?mailed|messages?|messaged|letters?|tweets?|tweeted|"
    r"wrote|written|headline|essay|titled|sign|placard|banner|statement|order|notice)\b",
    re.I,
)
# a noun phrase right before a pronoun: the pronoun opens a relative clause
_NOUN_PHRASE_END = re.compile(
    r"\b(?i:the|a|an|one|my|our|their|his|her|your|some|every|each)\s+[^,;]*$"
)
# the clause before ends on someone it does not name: "… with my neighbour, and he said"
_UNNAMED_BEFORE = re.compile(
    r"\b(?i:my|our|his|her|their|a|an|the|one)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*[,;]\s+"
    r"(?:and|but|so)\s+$"
)
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|so)\s+|;\s+")
_SUBJECT = re.compile(
    rf"(?P<i>\bI\b)|(?P<you>\b[Yy]ou\b)|(?P<pro>\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b)|(?P<name>{NAME})"
)


def quotes_in_turn(text: str) -> list[tuple[int, str, str | None]]:
    """The quotations a turn reports someone else saying: (offset, words, who), who being
    "you" (the one the turn is put to), a name or a role as written, or None for someone
    the turn does not name ("a supervisor told us, '…'", "the worst thing anyone said to
    me was '…'"), "I" for the speaker's own earlier words ("I said, '…'"), "he" or "she"
    for someone the turn may have named before."""
    out: list[tuple[int, str, str | None]] = []
    taken = 0
    written_end = -1000  # where the last quotation the turn reads out as written ends
    for mark in QUOTE_OPEN.finditer(text):
        i = mark.start()
        if i < taken:
            continue
        end = closing_mark(text, i)
        if end < 0:
            continue
        inner = text[i + 1 : end].strip()
        taken = end + 1
        if len(inner.split()) < 3:
            continue
        para_start = text.rfind("\n", 0, i) + 1
        window = max(para_start, i - 300)
        starts = [m.end() for m in _SENTENCE_START.finditer(text, window, i)]
        if _WRITTEN.search(text, starts[-1] if starts else window, i) or (
            # the next of the texts read out: "Sue has texted: '…' And Pete says: '…'"
            0 <= i - written_end < 60
        ):
            written_end = end
            continue  # "she texted me, '…'"; not a letter drawn two sentences before
        lead = _QUOTING.sub("", text[starts[-1] if starts else window : i])
        verbs = list(_SPEECH_VERB.finditer(lead))
        if not verbs:
            continue
        who = _teller(lead, verbs[-1].start())
        if who == "":
            continue  # "we said", "she told me" after an unnamed father: no one to credit
        after = lead[verbs[-1].end() :]
        cleft = _CLEFT_TAIL.match(after) and _CLEFT_HEAD.search(lead, 0, verbs[-1].start())
        if (
            not _LEAD_IN.match(after)
            and not cleft
            and not (who == "you" and _THAT_CLAUSE.search(after))
        ):
            continue
        out.append((i + 1, inner.rstrip(), who))
    return out


# someone else right before the verb says it: "I had a customer tell me, “…”" (not "I
# called a timeout and said, “…”")
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:a|an|the|my|our|his|her|their|one|some)\s+(?:[\w'’-]+\s+)?"
    r"(?!(?:and|or|but|then)\b)[\w'’-]+|someone|somebody)\s*$"
)
# a word that makes a role a common noun again: "our CFO", "the coach"
_DETERMINED = re.compile(r"\b(?i:the|a|an|my|our|his|her|their|your|its|one|every|each)\s+$")


def _teller(lead: str, verb_at: int) -> str | None:
    """Who the clause before a speech verb says spoke: "you", a name as written (a role
    capitalised as a name too: "Coach said"), None for someone it does not name ("the
    first grower we showed it to"), "" for the speaker themself or a "he" or "she" this
    cannot resolve."""
    named = NAMED_IN_APPOSITION.search(lead, 0, verb_at)
    if named:
        return named.group("name")  # "My co-founder, Ruth, used to say, “…”"
    clauses = [m.end() for m in _NEW_CLAUSE.finditer(lead, 0, verb_at)]
    start = clauses[-1] if clauses else 0
    found = []
    for m in _SUBJECT.finditer(lead, start, verb_at):
        name = m.group("name")
        if name and is_role_word(name) and not _DETERMINED.search(lead, start, m.start()):
            found.append(m)  # "Coach pulled me aside and said": a role used as a name
            continue
        if name and (name.split()[0].lower() in NOT_NAME_WORDS or is_role_word(name)):
            continue  # "One customer", "our CFO": no one by name
        found.append(m)
    if len(found) > 1 and found[0].group("name") and " " not in found[0].group("name"):
        if not lead[start : found[0].start()].strip():
            found.pop(0)  # "Last year you told …": a capital that only opens the clause
    if not found:
        return None
    if found[-1].group("i") and re.fullmatch(r"\s*(?:\w+ly\s+)?", lead[found[-1].end() : verb_at]):
        return "I"  # "When my students tell me they want to go faster, I say, “…”"
    first = found[0]
    if first.group("name"):
        return first.group("name")
    if first.group("you"):
        return "you"
    if _NOUN_PHRASE_END.search(lead, start, first.start()):
        return None  # "the first grower we showed it to … said": the grower, unnamed
    if clauses and first.group("pro") and _UNNAMED_BEFORE.search(lead, 0, start):
        return None  # "I went down with my father, and he said": the father, unnamed
    if (
        first.group("i")
        and len(found) == 1
        and not _SOMEONE_ELSE.search(lead[first.end() : verb_at])
    ):
        return "I"  # "At one point I turned to her and said, “…”"
    if first.group("pro") and first.group("pro").lower() in ("he", "she"):
        return first.group("pro").lower()  # whoever the turn named before it, if anyone
    return ""
