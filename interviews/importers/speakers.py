"""Who is who: the people an article names, their roles, genders and short names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lexicon import (
    HANDLE_RE,
    HONORIFIC,
    HONORIFIC_RE,
    NAME,
    NAME2,
    NOT_NAME_WORDS,
    ORG_WORDS,
    REPORTING_VERBS,
    ROLE_ALT,
    SPEECH_VERBS,
    first_name_gender,
    is_role_word,
    preceded,
    strip_possessive,
    title_case_name,
)
from .lexicon import (
    PARTICLE as _PARTICLE,
)
from .types import ParsedSpeaker

Pos = tuple[int, int]  # (paragraph index, character offset)

_NAME2_RE = re.compile(NAME2)
_VERB_AFTER = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:"
    r"sat|spoke|speaks|talked|talks|met|interviewed|interviews|questioned|pressed|joined|"
    + "|".join(
        sorted(
            {v for v in REPORTING_VERBS if v not in ("was", "were", "is")}, key=len, reverse=True
        )
    )
    + r")\b"
)
_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\s+$")
# where a clause's subject may start (not "chief operating officer of Coastline Power,")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,—–(]\s*|\b(?:and|but|while|when)\s+)$")
# a name set off by commas, then a verb of speaking: "His predecessor, Moira Kettleby,
# told …", "Mette Kragh, a shop steward at the depot, asked …", "Martin Okwu, its
# delegate, said …" — only a person speaks so (a firm "said in a statement" is written)
_APPOSED_VERB = re.compile(
    r"^\s*,(?:\s+(?!which\b|that\b)[^,.;:!?()\"“”]{2,80},)?\s+"
    r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|once\s+|had\s+|has\s+)?(?:"
    + "|".join(
        sorted(
            set(SPEECH_VERBS) | {"called", "calls", "described", "describes"}, key=len, reverse=True
        )
    )
    + r")\b(?!\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?statement)"
)
_INTERVIEW_BEFORE = re.compile(
    r"\b(?:conversation|interview|interviewed|chat|talk|talks|talked|talking|discussion|"
    r"sit-down|sat\s+down|spoke|speaking|speaks|session|asked|questioned|"
    r"joined|joins|hosted|moderated|met|meeting)\s+(?:[a-z-]+\s+)?(?:with|to|by)\s+$"
)
_APPOSITION = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?(?P<role>[^,.;:()\"“”]{2,90}?)\s*(?=[,.;:)]|$|\s+who\s)"
)
_PREDICATE = re.compile(r"(?:was|is|were|are|has|had|have|will|would|says|said)\s")
# a role word followed by a verb in the past: the apposition is a clause of its own
_CLAUSE_AFTER_ROLE = re.compile(
    r"\b(?:" + ROLE_ALT + r")\s+"
    r"(?!(?:of|at|for|in|and|to|with|on|from|designate|elect)\b)[a-z]{2,}ed\b"
)
_REPORTER = re.compile(
    r"(?<![\w'’-])([^\W\d_a-z][^\W_]*(?:-[^\W\d_][^\W_]*)*)(?:['’]s)?\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(v for v in REPORTING_VERBS if v not in ("was", "were", "is"))
    + r"|put\s+it)\b"
)
_IN_ORG_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*&\s*$")
_IN_ORG_NAME_AFTER = re.compile(
    r"\s*(?:&\s*[A-Z]|(?:family|brothers|sons|estate|group|ltd|limited|plc|inc)\b)", re.I
)
_MALE_TITLES = {"Mr", "Mr.", "Sir", "Lord"}
_HONORIFIC_BEFORE = re.compile(rf"{HONORIFIC}\s+$")
_TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f"}
_TITLE_GENDER.update({"dame": "f", "lady": "f"})


def _title_key(title: str) -> str:
    return title.split()[-1].rstrip(".").lower()


# Titles that say what someone does ("Sen.", "Mayor", "Judge"), as the role a text may
# later call them by ("the senator"); "Dr", "Ms" and the like say nothing of it.
_TITLE_ROLES = {
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "gov": "governor",
    "governor": "governor",
    "mayor": "mayor",
    "judge": "judge",
    "president": "president",
    "chancellor": "chancellor",
    "cllr": "councillor",
    "councillor": "councillor",
    "councilmember": "councilmember",
    "councilwoman": "councilwoman",
    "councilman": "councilman",
    "alderman": "alderman",
    "alderwoman": "alderwoman",
    "commissioner": "commissioner",
    "coach": "coach",
    "capt": "captain",
    "captain": "captain",
    "insp": "inspector",
    "inspector": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "supt": "superintendent",
    "constable": "constable",
    "prof": "professor",
    "professor": "professor",
    "rabbi": "rabbi",
    "imam": "imam",
    "bishop": "bishop",
    "archbishop": "archbishop",
    "pastor": "pastor",
    "referee": "referee",
}


def _by_title(title: str, cands: list[Person]) -> Person | None:
    """Which of the people who share a surname "Dr Halloway" or "Mr Halloway" is: the one
    introduced with that title; for "Mr"/"Ms", the one whose gender fits, else the one
    introduced with no other title (a panel's "Dr Noor Halloway" and "Ewan Halloway")."""
    key = _title_key(title)
    same = [p for p in cands if key in p.titles]
    if len(same) == 1:
        return same[0]
    gender = _TITLE_GENDER.get(key)
    if gender is None:
        return None

    def hint(p: Person) -> str | None:
        told = {_TITLE_GENDER[t] for t in p.titles if t in _TITLE_GENDER}
        return told.pop() if len(told) == 1 else first_name_gender(p.name)

    fits = [p for p in cands if hint(p) == gender]
    if len(fits) == 1:
        return fits[0]
    plain = [p for p in cands if hint(p) in (gender, None) and not p.titles - _TITLE_GENDER.keys()]
    return plain[0] if len(plain) == 1 else None


_GENDERED_TITLE = re.compile(r"\b(Mr\.?|Sir|Lord|Mrs\.?|Ms\.?|Miss|Dame|Lady)\s+$")
# a family word set before a name: "His older sister, Tamsin Penhallow, …", "her son Kit"
_KIN_BEFORE = re.compile(
    r"\b(?:(?:older|younger|elder|twin|big|little|late|kid)\s+)?(?:(?P<f>sister|mother|daughter|"
    r"wife|aunt|niece|grandmother|granddaughter|mum|mom)|(?P<m>brother|father|son|husband|uncle|"
    r"nephew|grandfather|grandson|dad))\s*,?\s+$",
    re.I,
)
# a capitalised word right before a surname, not a title: another person's first name
_NOT_FIRST_NAMES = {"said", "says", "asked", "like", "unlike", "ask", "dear", "thanks", "tell"}
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,15})\s+$")
# "The company's chief executive, Ana Ruiz", "Her sous-chef of seven years, Kwabena …"
_ROLE_COMMA_BEFORE = re.compile(
    r"(?:\b[\w'’]+\s+){0,3}?([a-z][\w-]*|[A-Z]{2,4})"
    r"(?:\s+(?:of|for|at|since)\s+(?:[\w'’&-]+\s+){0,3}[\w'’&-]+)?,\s*$"
)
_MODEL_WORDS = {"Mini", "Pro", "Max", "Plus", "Lite", "Ultra", "Air", "Nano", "Turbo", "Edge"}
_MONTHS = set(
    "january february march april may june july august september october november december".split()
)
_WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
_WHEN_WORDS = {"Last", "Next", "Early", "Late", "Every", "Each", "Come", "By", "Mid"}
# someone the text gives only a first name, after who they are, before a verb of speech
_FIRST_NAME_ONLY = re.compile(
    r"(?:^|[.!?]\s+)(?:A|An|One)\s+[^,.;\"“”]{2,40},\s+(?P<name>[A-Z][a-z]{2,15})"
    r"(?:\s*\([^()]{1,80}\))?,?\s+(?:said|says|told|asked|added|explained)\b"
)
# names listed after a plural role: "hosts Devon Ashby-Rhodes, Marisa Quintanar and …"
_AFTER_PLURAL_ROLE = re.compile(
    r"\b(?P<role>(?i:hosts|co-hosts|presenters|panell?ists|anchors|moderators))\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},?\s+(?:and\s+)?)*$"
)
# "Her producer, Casimir Vautrin,": the role belongs to a "she" who is someone else
_OWNED_ROLE_BEFORE = re.compile(r"(?:^|[.!?]\s+)(Her|His)\s+[^,.!?]{1,60},\s*$")
_AGENT_APPOSITION = re.compile(
    r"^\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:er|or|ist|ian|ant|ent|ive)\b"
)
# the show a person hosts, named after them: "Linnea Vasquez-Thorne's *Devlog After Dark*
# livestream", "Dana Whitlock's podcast"
_HOSTS_SHOW = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME})['’]s\s+"
    r"(?:[*_“\"‘]?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}[*_”\"’]?\s+)?"
    r"(?:weekly\s+|daily\s+|nightly\s+|late-night\s+|morning\s+)?"
    r"(?:livestream|podcast|show|programme|program|stream|channel|talk\s+show|radio\s+show)\b"
)
# the post someone holds, said of them: "… has been mayor of Port Ellery since 2020"
_HOLDS_ROLE = re.compile(
    r"^\s+(?:has\s+been|is|was|became|serves\s+as)\s+(?:(?:the|a|an)\s+)?"
    # an optional word before the role ("chief executive"), never a participle
    r"(?P<role>(?:(?![a-z]+ed\b)[a-z]+\s+(?!of\b)(?=[a-z]))?(?P<word>[a-z]+)"
    # and what it is of: "of Port Ellery"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?)\b"
)
# an age after the name: "Kieran Mbatha-Loughlin, 19, joined …"
_AGE_APPOSITION = re.compile(r"^\s*,\s*\d{1,3}\s*,")
# someone's relation or helper before the name: "Her apprentice, Kieran …,", "his wife, Ana,"
_RELATION_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\band\s+)(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*),\s*$"
)
# what such a phrase names when it is not a person: "Her shop, Ransome & Hound,"
_THING_NOUNS = set(
    """
    company firm shop business brand label band team book novel album record film show
    podcast club school charity startup group store restaurant cafe café studio agency
    bakery farm website newsletter series project song debut app product house home town
    village city street dog cat horse puppy
    """.split()
)
_WHO_CLAUSE = re.compile(r"^\s*,\s*(?:who|whose)\s+(?:[a-z]+\s+){0,3}[a-z]")
# a pronoun in the words after a name, of the gender its first name has
_OWN_PRONOUN = {
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
    "m": re.compile(r"\b(?:he|his|him|himself)\b", re.I),
}
_PRONOUN_NEXT = re.compile(r"^\s*[^.!?]{0,200}?[.!?]\s+(?:He|She|His|Her)\b")
_DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "with",
    "and",
    "of",
    "to",
    "by",
    "for",
    "as",
    "at",
    "in",
    "on",
    "former",
    "new",
}
_ORG_STOP = {"The", "A", "An"}
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
# A sentence whose subject is a role ("The minister chose …") is about another person.
# Also after an opening phrase: "In a bruising exchange with X, the finance minister declined"
_ROLE_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:The|the)\s+(?:[a-z]+\s+)?(?:" + ROLE_ALT + r")\b(?!\s*,)"
)
# "him"/"her" after a verb is its object: someone other than the sentence's subject
# ("Quigley pressed her on …").
# a question put to someone about another person: the person asked about is not "she"
_ASKED_ABOUT_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:Asked|Pressed|Questioned|Quizzed|Challenged)\s+(?:about|on|over|regarding)"
    r"\s+$"
)
_ASKED_ABOUT = re.compile(r"^\s*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b", re.I)
_ASKING_WHETHER = re.compile(
    r"\b(?:ask|asks|asked|asking|wondered|wondering)\s+(?:\w+\s+){0,3}(?:whether|if)\b"
)
# Whoever puts a question is not the "he" or "she" of the answer that follows:
# "Frostrup put to him that … He conceded", "“…?” Lindgren asked. / “…,” he said",
# "Asked by Whitcombe whether …, he named two areas".
# The one asked, when the clause names them ("pressed her"), is whom a pronoun of that
# gender means; "Trask pressed her on it. ‘…,’ he said" is still Trask's.
_ASKER_AFTER = re.compile(
    r"\s*(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|again\s+|first\s+)?(?:"
    # "a figure Wendt questioned.": a claim doubted at the sentence's end, no one asked
    r"asked|asks|pressed|presses|(?:questioned|questions|challenged|challenges)(?!\s*[.;])|"
    r"quizzed|quizzes|"
    r"(?:pushed|pushes)(?!\s+back)|puts?\s+(?:(?:it|that|this)\s+|(?:the|these|those)\s+\w+\s+)?"
    r"to|wanted\s+to\s+know|"
    r"wants\s+to\s+know|interrupted|interrupts|"
    r"(?:opened|opens|began|begins|started|starts|closed|closes|ended|ends)\s+by\s+asking)\b"
    r"(?:\s+(?P<obj>him|her)\b)?"
)
_ASKER_BEFORE = re.compile(
    r"\b(?i:asked|pressed|questioned|quizzed|challenged|pushed|interrupted)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}by\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# a name that is the object of a preposition or a verb: "spent an hour with Orme",
# "he tells Lowe" ("sat down with presenter Robin Ketterly", "talking to the host Hattie
# Lowe": a word in lower case may stand between)
_OBJECT_LEAD = re.compile(
    r"\S\s+(?:to|with|by|for|from|about|against|told|tells|asked|asks|met|meets|thanked|"
    r"interviewed|interviews)\s+(?:(?:the\s+)?[a-z][\w-]*\s+)?(?:[A-Z][\w-]*\s+){0,3}$"
)
# "him", or "her" where it cannot be a possessive ("put that to her.", "told her that")
_OBJECT_PRONOUN = {
    "male": re.compile(r"\bhim\b", re.I),
    "female": re.compile(r"\bher\b(?=\s*[.,;:!?]|\s+(?:that|whether|if|about|again)\b)", re.I),
}
_OBJECT_AFTER = re.compile(
    r"(?:\b\w+ed|\b(?:told|tells|asked|asks|gave|gives|met|meets|let|lets|made|makes|showed|"
    r"shows|sent|took|brought|got|thanks|joined|joins|calls|urged|urges|praised|pressed|"
    r"presses|interrupted|interrupts|reminded|reminds|hired|fired|backed|thanked|for|to|with|"
    # prepositions: "an electrician who has crewed with her for 15 years … without her"
    r"without|against|about|from|beside|behind|alongside|around|towards?|than|under|beyond|"
    # irregular pasts: "has bought her a pint every February since"
    r"bought|buys|caught|taught|left|kept|paid|pays|saw|sees|found|heard|held|led|lent|lost|"
    r"won|beat|hit|owed|owes|sold|sells|put|brings|takes|gets|keeps|leaves|finds))"
    r"\s+$",
    re.I,
)


_DEPUTY_OF = re.compile(r"\b(?:deputy|vice|assistant|former|acting|ex|associate)[\s-]+$")


def _at(person: Person, word: str) -> int:
    return person.role.lower().find(word) if person.role else 0


@dataclass
class Person:
    name: str
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    male: int = 0
    female: int = 0
    known: bool = False
    evidence: int = 0
    titles: set[str] = field(default_factory=set)  # "dr" for "Dr Noor Halloway"
    org: str | None = None  # "Quillbyte" for "Quillbyte's Lena Varga"
    # "f" for "Her producer, Casimir Vautrin": someone else is the "she" around them
    other_than: str | None = None

    @property
    def gender(self) -> str | None:
        if self.male > self.female:
            return "m"
        if self.female > self.male:
            return "f"
        return first_name_gender(self.name)  # the text's pronouns do not tell

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


# Letters after a name: "Harriet Mabuza KC", "Dame Ann Ruiz DBE", "Tom Berg Jr."
_POSTNOMINALS = re.compile(
    r"(?:,?\s+(?:KC|QC|SC|MP|MSP|MEP|MLA|TD|OBE|MBE|CBE|KBE|DBE|FRS|PhD|MD|Jr\.?|Sr\.?|II|III|IV))+$"
)


def clean_name(name: str) -> str:
    name = _POSTNOMINALS.sub("", HONORIFIC_RE.sub("", name.strip()))
    if HANDLE_RE.fullmatch(name):
        return name[2:]  # "u/velvetgoblin" is velvetgoblin: the prefix only marks a handle
    name = strip_possessive(name)
    return title_case_name(name)


class Registry:
    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[tuple[Pos, int]] = []
        self._mention_keys: list[Pos] = []
        # mentions of someone putting a question, with the gender of the one asked if said
        self.askers: dict[Pos, str | None] = {}
        # mentions of someone the sentence asks about, never the "he" who answers
        self.topics: set[Pos] = set()

    # --- building ---------------------------------------------------------------
    def add(self, name: str, role: str | None = None, *, known: bool = False) -> Person:
        name = clean_name(name)
        existing = self.resolve(name)
        if existing is None and len(name.split()) > 1:
            # "Nwachukwu" or "De Vries", seen alone before the text gave the full name
            toks = name.lower().split()
            surnames = {toks[-1]} | {
                " ".join(toks[i:]) for i in range(1, len(toks)) if re.fullmatch(_PARTICLE, toks[i])
            }
            existing = next((p for p in self.persons if p.name.lower() in surnames), None)
        if existing and (
            existing.name.lower() == name.lower() or len(name.split()) < len(existing.name.split())
        ):
            if role and not existing.role:
                existing.role = role
            return existing
        if existing and len(name.split()) > len(existing.name.split()):
            # a fuller form of a name seen only in part ("Zuckerberg" then "Mark Zuckerberg")
            existing.aliases.add(existing.name)
            existing.name = name
            existing.aliases.add(name.split()[-1])
            if role and not existing.role:
                existing.role = role
            return existing
        person = Person(name=name, role=role, known=known)
        if len(name.split()) > 1:
            person.aliases.add(name.split()[-1])
            toks = name.split()
            for i, tok in enumerate(toks[1:-1], start=1):
                if re.fullmatch(_PARTICLE, tok, re.I):
                    # "Pieter de Graaf" is "De Graaf" at the start of a sentence
                    surname = " ".join(toks[i:])
                    person.aliases.update({surname, surname[:1].upper() + surname[1:]})
                    break
        self.persons.append(person)
        return person

    def resolve(self, ref: str | None) -> Person | None:
        if not ref:
            return None
        hon = HONORIFIC_RE.match(ref.strip())
        ref = clean_name(ref)
        low = ref.lower()
        for p in self.persons:
            if p.name.lower() == low:
                return p
        if hon and " " not in low:
            sharing = self._sharing(low)
            if len(sharing) > 1:
                return _by_title(hon.group(0), sharing)
        # a person this article names wins a shared surname over one only known from
        # earlier imports ("Kwame Moreau … Moreau argued" is not last year's Jonas Moreau)
        for p in sorted(self.persons, key=lambda p: p.known):
            if low in (a.lower() for a in p.aliases):
                return p
        toks = low.split()
        if len(toks) == 1:
            firsts = [p for p in self.persons if p.name.lower().split()[0] == low]
            if len(firsts) == 1:
                return firsts[0]
        elif toks:
            # "Dr Ana Ruiz" / "Ana Ruiz-Soto": same surname and first initial
            cands = [
                p
                for p in self.persons
                if p.name.lower().split()[-1] == toks[-1] and p.name.lower()[0] == low[0]
            ]
            if len(cands) == 1:
                return cands[0]
        return None

    def _sharing(self, surname: str) -> list[Person]:
        """The people this article names whose short name is ``surname``."""
        return [
            p
            for p in self.persons
            if not p.known and surname in (a.lower() for a in p.aliases) and " " in p.name
        ]

    def by_role_word(self, word: str, before: Pos | None = None) -> Person | None:
        word = word.lower()
        cands = [p for p in self.persons if p.role and word in p.role.lower()]
        # "the governor" is not the deputy governor when someone else may be the governor
        plain = [p for p in cands if not _DEPUTY_OF.search(p.role.lower(), 0, _at(p, word))]
        if cands and not plain and len(self.persons) > len(cands):
            return None
        cands = plain or cands
        if len(cands) == 1:
            return cands[0]
        if cands and before is not None:
            ids = {id(p) for p in cands}
            for _, pi in reversed(self.mentions[: bisect.bisect_left(self._mention_keys, before)]):
                if id(self.persons[pi]) in ids:
                    return self.persons[pi]
        return cands[0] if cands else None

    # --- mentions and pronouns ---------------------------------------------------
    def index_mentions(self, texts: list[str], excluded: dict[int, list[tuple[int, int]]]) -> None:
        forms: dict[str, int] = {}
        owners: dict[str, list[Person]] = {}
        for i, p in enumerate(self.persons):
            for form in {p.name, *p.aliases}:
                forms.setdefault(form, i)
                if form != p.name and not p.known:
                    owners.setdefault(form, []).append(p)
        # a surname two people here share ("Dr Halloway", "Mr Halloway"): the title says whose
        shared = {f: ps for f, ps in owners.items() if len(ps) > 1}
        joined = "\n".join(texts)
        for form, ps in shared.items():
            # with no title, the surname alone is the one the text names in full first (a
            # profile's subject, "Penhallow"), not his sister introduced later ("Tamsin")
            named = [(joined.find(q.name), i) for i, q in enumerate(self.persons) if q in ps]
            named = [(at, i) for at, i in named if at >= 0]
            if named:
                forms[form] = min(named)[1]
        # a first name names its person when no one else here has it ("Daniel said …")
        firsts: dict[str, list[int]] = {}
        for i, p in enumerate(self.persons):
            toks = p.name.split()
            if len(toks) > 1 and toks[0].lower() not in NOT_NAME_WORDS and len(toks[0]) > 2:
                firsts.setdefault(toks[0], []).append(i)
        for first, owners in firsts.items():
            if len(owners) == 1:
                forms.setdefault(first, owners[0])
        if not forms:
            return
        pattern = re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            + r")(?![\w])"
        )
        # "snack maker Pellam's", "advising Pellam's;": a family name that is a firm's
        # name too; there "Pellam's products" is the firm's, not Ruth Ann Pellam's
        single = sorted((f for f in forms if " " not in f), key=len, reverse=True)
        brands = _possessed_as_firm(single, joined)
        mentions: list[tuple[Pos, int]] = []
        for pi, text in enumerate(texts):
            spans = excluded.get(pi, [])
            for m in pattern.finditer(text):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                if m.group(0) in brands and text[m.end() : m.end() + 2] in ("'s", "’s"):
                    continue
                if " " not in m.group(0) and _IN_ORG_NAME_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()
                ):
                    continue  # "Calder & Finch", "the Finch family": not the person
                if " " not in m.group(0) and _IN_ORG_NAME_AFTER.match(text, m.end()):
                    continue
                person = self.persons[forms[m.group(0)]]
                before = text[max(0, m.start() - 30) : m.start()]
                index = forms[m.group(0)]
                if m.group(0) in shared:
                    hon = _HONORIFIC_BEFORE.search(before)
                    chosen = _by_title(hon.group(0), shared[m.group(0)]) if hon else None
                    if chosen is not None:
                        person, index = chosen, self.persons.index(chosen)
                title = _GENDERED_TITLE.search(before)
                if title:  # "Ms Mabuza", "Mr Lomond"
                    attr = "male" if title.group(1) in _MALE_TITLES else "female"
                    setattr(person, attr, getattr(person, attr) + 3)
                kin = _KIN_BEFORE.search(before)
                if kin and " " in m.group(0):  # "his older sister, Tamsin Penhallow"
                    attr = "female" if kin.group("f") else "male"
                    setattr(person, attr, getattr(person, attr) + 3)
                other = _FIRST_NAME_BEFORE.search(before)
                if (
                    other
                    and " " not in m.group(0)
                    and not HONORIFIC_RE.match(other.group(1) + " ")
                    and other.group(1).lower() not in NOT_NAME_WORDS | _NOT_FIRST_NAMES
                    and other.group(1) != person.name.split()[0]
                ):
                    continue  # "Kyle Tremayne" is not Lisa Tremayne, whose surname it shares
                mentions.append(((pi, m.start()), index))
                if _ASKED_ABOUT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    self.topics.add((pi, m.start()))  # "Asked about Fairlie, he …"
                asks = _ASKER_AFTER.match(text, m.end())
                if asks or _ASKER_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    asked = asks.group("obj") if asks else None
                    self.askers[(pi, m.start())] = pronoun_gender(asked) if asked else None
        mentions.sort()
        self.mentions = mentions
        self._mention_keys = [pos for pos, _ in mentions]
        self._count_genders(texts, excluded)

    def _count_genders(self, texts: list[str], excluded: dict[int, list[tuple[int, int]]]) -> None:
        for pi, text in enumerate(texts):
            spans = excluded.get(pi, [])
            for rx, attr in ((_MALE, "male"), (_FEMALE, "female")):
                for m in rx.finditer(text):
                    if any(s <= m.start() < e for s, e in spans):
                        continue
                    if m.group(0).lower() in ("him", "her") and _OBJECT_AFTER.search(
                        text, max(0, m.start() - 20), m.start()
                    ):
                        continue
                    k = bisect.bisect_left(self._mention_keys, (pi, m.start())) - 1
                    if k >= 0 and self.asks_other(self._mention_keys[k], attr[0]):
                        continue  # the pronoun is the answerer's, not the asker's
                    if k >= 0 and self._mention_keys[k][0] >= pi - 1:
                        mpi, mstart = self._mention_keys[k]
                        between = text[: m.start()] if mpi == pi else texts[mpi][mstart:] + text
                        if mpi == pi:
                            between = between[mstart:]
                        if _ROLE_SUBJECT.search(between):
                            continue  # "The minister chose …, she said": someone else
                        if mpi == pi and _ASKED_ABOUT.search(
                            text[max(0, text.rfind(". ", 0, mstart) + 1) : mstart]
                        ):
                            continue  # "Pressed on whether Mbeki-Stroud …, she smiled"
                        if _ASKING_WHETHER.search(between):
                            continue  # "Orme ended by asking whether he would resign": not Orme
                        if _OBJECT_PRONOUN[attr].search(between):
                            continue  # "Orme put that to him. ‘…,’ he said": the one put to
                        mtext = texts[mpi]
                        sent = max(0, mtext.rfind(". ", 0, mstart) + 1)
                        person = self.persons[self.mentions[k][1]]
                        if _OBJECT_LEAD.search(mtext[sent:mstart]) and not (
                            # "Kilbracken asked Dunstervale whether …. She said …": the one
                            # asked answers, not the asker
                            k >= 1 and self.asks_other(self._mention_keys[k - 1], attr[0])
                        ):
                            # "X spent an hour with Orme, the longest interview he has
                            # given", "he told Orme. … he answered": a pronoun after someone
                            # named only as an object is about the sentence's subject, the
                            # one named before it in that sentence
                            if k < 1 or self._mention_keys[k - 1] < (mpi, sent):
                                continue
                            person = self.persons[self.mentions[k - 1][1]]
                        # a pronoun in the paragraph that names the person counts double
                        prior = first_name_gender(person.name)
                        if person.other_than == attr[0]:
                            continue  # "Her producer, Casimir Vautrin, …. ‘…,’ she recalled"
                        if prior is not None and prior != attr[0]:
                            # "Genevieve Ostrowski … asked whether he understood": the
                            # pronoun is someone else's
                            continue
                        setattr(person, attr, getattr(person, attr) + (2 if mpi == pi else 1))

    def asks_other(self, pos: Pos, gender: str | None) -> bool:
        """Whether the mention at ``pos`` puts a question to someone a pronoun of
        ``gender`` (any, when None) may mean."""
        if pos not in self.askers:
            return False
        asked = self.askers[pos]
        return asked is None or gender is None or asked == gender

    def last_mentioned(
        self,
        before: Pos,
        gender: str | None = None,
        *,
        besides: Person | None = None,
        skip_askers: bool = True,
    ) -> Person | None:
        """The person a pronoun of ``gender`` most likely means at ``before``; never
        ``besides`` (the one spoken to: '“…,” she told the chair')."""
        k = bisect.bisect_left(self._mention_keys, before)
        unknown: Person | None = None
        unk_para = -1
        asking: list[Person] = []
        for j in range(k - 1, max(-1, k - 40), -1):
            pos, pi = self.mentions[j]
            if pos[0] < before[0] - (6 if gender is None else 12):
                break
            person = self.persons[pi]
            if person is besides or person in asking or (gender is not None and pos in self.topics):
                continue
            if skip_askers and gender is not None and self.asks_other(pos, gender):
                asking.append(person)  # who just put the question does not answer it
                continue
            if gender is None or person.gender == gender:
                # a person of unknown gender named in this or the previous paragraph, after
                # the match, is the nearer antecedent ("Speaking on Monday, Ruiz was …: 'she …'")
                if unknown is not None and unk_para >= before[0] - 1 and unk_para > pos[0]:
                    return unknown
                return person
            if person.gender is None and unknown is None and person.other_than != gender:
                unknown, unk_para = person, pos[0]
        if gender is not None and unknown is not None and unk_para < before[0] - 2:
            return None  # "she", paragraphs after anyone who could be she: look further
        return unknown

    def last_named(
        self, text: str, gender: str | None = None, *, besides: str | None = None
    ) -> Person | None:
        """The person named last in ``text`` (by name or alias), of ``gender`` or of no
        known gender when one is given, never the one called ``besides``: whom a "he said"
        inside a quotation means, or who posts under a handle."""
        best, at = None, -1
        for person in self.persons:
            if person.name == besides or (gender and person.gender not in (None, gender)):
                continue
            for form in (person.name, *person.aliases):
                starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}\b", text)]
                if starts and starts[-1] > at:
                    best, at = person, starts[-1]
        return best

    def mentioned_in(self, para: int, start: int, end: int) -> list[Person]:
        lo = bisect.bisect_left(self._mention_keys, (para, start))
        hi = bisect.bisect_left(self._mention_keys, (para, end))
        out: list[Person] = []
        for _, pi in self.mentions[lo:hi]:
            if self.persons[pi] not in out:
                out.append(self.persons[pi])
        return out


# --- reading people out of the text ---------------------------------------------


_ROLE_LEAD = re.compile(
    r"^.*\b(?:the|a|an|its|his|her|their|our|[\w-]+['’]s)\s+"  # "in particular the manager"
    r"|^(?:and|or|but|with|including|especially|particularly|notably|plus|then)\s+",
    re.I,
)


def _role_phrase(words: str) -> str:
    """The role in the words before a name and its comma: after the last determiner or
    possessive ("The firm's finance director" → "finance director", "and in particular
    the manager" → "manager"), without a linking word ("and club captain")."""
    return _ROLE_LEAD.sub("", words.strip(" ,"))


def _normalise_role(role: str, org: str | None) -> str:
    role = re.sub(r"^(?:the|a|an|its|their|our)\s+", "", role.strip(), flags=re.I)
    if org and " of " not in role and " at " not in role:
        return f"{role} of {org}"
    return role


def peel(candidate: str, before: str = "") -> tuple[str, str | None, bool]:
    """Split "Nvidia CEO Jensen Huang" into ("Jensen Huang", "CEO of Nvidia")."""
    tokens = candidate.split()
    rejected = False
    poss_at = [i for i, t in enumerate(tokens[:-1]) if re.search(r"['’]s?$", t)]
    while tokens and (tokens[0].lower().strip(".") in NOT_NAME_WORDS and len(tokens) > 1):
        if tokens[0] in _ORG_STOP and not poss_at:
            rejected = True
        tokens.pop(0)
    # A lower-case role right before the name ("head coach Dean Varley") already says
    # what the person does: a capitalised role word after it is a first name.
    role_before = re.search(r"(?<![\w'’])[a-z][\w-]*\s+$", before)
    role_before = bool(role_before and is_role_word(role_before.group(0).strip()))
    cut = -1
    for i, tok in enumerate(tokens[:-1]):
        if re.search(r"['’]s?$", tok) or (is_role_word(tok) and not role_before):
            cut = i
    role: str | None = None
    if cut >= 0:
        prefix, tokens = tokens[: cut + 1], tokens[cut + 1 :]
        org = None
        role_words = prefix
        poss = [i for i, t in enumerate(prefix) if re.search(r"['’]s?$", t)]
        if poss:
            org = strip_possessive(" ".join(prefix[: poss[-1] + 1]))
            role_words = prefix[poss[-1] + 1 :]
        elif len(prefix) > 1 and prefix[-1].isupper() and len(prefix[-1]) <= 4:
            org, role_words = " ".join(prefix[:-1]), prefix[-1:]
        if role_words and any(is_role_word(w) for w in role_words):
            role = _normalise_role(" ".join(role_words), org)
    if role is None:
        # lower-case role words right before the name: "research engineer Sam Okoro"
        m = re.search(r"(?<![\w'’])((?:[a-z][\w-]*\s+){1,3})$", before)
        if m:
            ws = m.group(1).split()
            if ws and is_role_word(ws[-1]):
                keep = []
                for w in reversed(ws):
                    if w in _DETERMINERS or w in SPEECH_VERBS or w in _CLAUSE_WORDS:
                        # "told host Jorge Almeida", "what happened when director Anselm
                        # …": the role is "host", "director"
                        break
                    keep.insert(0, w)
                org = None
                pm = re.search(
                    r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+$", before[: m.start()] + " "
                )
                if pm and len(keep) == len(ws):
                    org = pm.group(1)
                if keep:
                    role = _normalise_role(" ".join(keep), org)
    return " ".join(tokens), role, rejected


# Where people work, not people: "managers at Orrin Polymers", "a spokesperson for Halden
# Bank", "who left Orrin Polymers in 2022".
_EMPLOYER = re.compile(
    r"\b(?:(?i:work(?:s|ed|ing)?|jobs?|staff|managers?|employees?|engineers?|executives?|"
    r"officials?|directors?|workers?|colleagues|shareholders?|investors?|"
    r"spokes(?:person|man|woman)|representatives?)\s+(?:at|for|of)|who\s+(?:left|joined))\s+"
    rf"({NAME2})(?!\s*,\s*\d)"
)
# a company named by the title of someone who runs it: "Corvane CEO Anselm Varga", "Corvane's
# chief executive"; a capitalised pair it opens ("Corvane Lens") is its product, not a person
# (found by shape first, the role word checked after: a role alternation tried at every
# word of the text cost more than the rest of reading the people)
_ORG_BEFORE_ROLE = re.compile(r"\b([A-Z][\w&-]+)(?:['’]s)?\s+([A-Za-z-]+)\s+[A-Z]")
# "the co-founder and chief executive of Patchwork, the code-hosting company"
_ROLE_OF_ORG = re.compile(r"\b([A-Za-z-]+)\s+(?:of|at)\s+([A-Z][\w&-]+)(?=[,.;]|\s+[a-z(])")


def _companies(texts: list[str]) -> set[str]:
    """Companies the text names by the title of someone who runs them."""
    out = set()
    for text in texts:
        out.update(m.group(1) for m in _ORG_BEFORE_ROLE.finditer(text) if is_role_word(m.group(2)))
        out.update(m.group(2) for m in _ROLE_OF_ORG.finditer(text) if is_role_word(m.group(1)))
    return out


_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+$")
# a programme, after its channel: "appeared on HBT’s First Trade" (one is on a show, not a person)
_SHOW_ON = re.compile(r"\bon\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+" rf"({NAME2})")


_OPENING_VERBS = set(
    "starting speaking looking turning talking asking reflecting describing explaining "
    "responding following building running working making taking coming going growing "
    "moving leaving joining asked pressed reached interviewed recalling writing".split()
)
_PAREN_ROLE = re.compile(r"\s*\(([^()\n]{2,80})\)")


# words that open a clause: a role before a name never runs back over them
_CLAUSE_WORDS = set(
    """
    when where what while whether which who after before because if though although since
    until unless as than that and or but so then once
    """.split()
)


def _shares_surname(toks: list[str], texts: list[str]) -> bool:
    """Whether someone else in the text has this surname ("Her elder daughter, Signe
    Kettleby, 24," beside Maren Kettleby): family, whom the surname alone does not mean."""
    other = re.compile(rf"\b(?!{re.escape(toks[0])}\b)[A-Z][a-z]+\s+{re.escape(toks[-1])}(?![\w-])")
    return any(other.search(text) for text in texts)


def read_people(texts: list[str], known: Iterable[ParsedSpeaker] = ()) -> Registry:
    reg = Registry()
    for sp in known:
        p = reg.add(sp.name, sp.role, known=True)
        p.aliases.update(a for a in sp.aliases if a)
    candidates: dict[str, int] = {}
    shared: dict[tuple[str, str], bool] = {}

    def shares_surname(toks: list[str]) -> bool:
        # read once for each first name and surname: a long text names people many times
        key = (toks[0], toks[-1])
        if key not in shared:
            shared[key] = _shares_surname(toks, texts)
        return shared[key]

    employers = {
        clean_name(m.group(1))
        for text in texts
        for rx in (_EMPLOYER, _SHOW_ON)
        for m in rx.finditer(text)
    }
    companies = _companies(texts)
    # names a text gives with a version number: "Tilewright 4", "Halcyon 5"
    numbered = {
        m.group(1)
        for text in texts
        for m in re.finditer(r"\b([A-Z][\w-]+) \d{1,2}(?:\.\d)?\b(?![,.]?\d)", text)
        if m.group(1).lower() not in _MONTHS
    }
    for text in texts:
        for m in _NAME2_RE.finditer(text):
            before = text[max(0, m.start() - 120) : m.start()]
            after = text[m.end() : m.end() + 160]
            name, role, rejected = peel(m.group(0), before)
            name = clean_name(name)
            toks = name.split()
            if rejected or not toks or any(t.isupper() and len(t) > 1 for t in toks):
                continue
            if "I" in toks:
                continue  # "Later I understood …": the pronoun is no one's surname
            if toks[0] in _WHEN_WORDS and toks[-1].lower() in _MONTHS | _WEEKDAYS:
                continue  # "Last August, a compressor failed": a time, not a person
            the_before = re.search(r"\bthe\s+$", before) and not HONORIFIC_RE.match(m.group(0))
            if the_before or any(t in ORG_WORDS for t in toks) or name in employers:
                continue  # "the United States", "Atlas Design Journal": not people
            if re.search(r"[\"“‘«]$", before) and re.match(r"[,.]?[\"”’»]", after):
                continue  # a quoted name is a title, not a person
            if len(toks) == 1:
                known_one = reg.resolve(name)
                if known_one and role and not known_one.role:
                    known_one.role = role
                continue
            if toks[0].lower() in NOT_NAME_WORDS or toks[0].lower() in _OPENING_VERBS:
                continue  # "Starting Fernhill …", "Speaking Friday …": not a first name
            if toks[0] in companies and not role:
                continue  # "Corvane Lens" after "Corvane CEO Anselm Varga": a product
            if len(toks) == 2 and toks[1] in _MODEL_WORDS and toks[0] in numbered:
                continue  # "Tilewright Mini" beside "Tilewright 4": a model of a product
            if _PLACE_BEFORE.search(before) and not re.match(r"['’]s\b", after):
                continue  # "We meet in a café in Porto Lúmio": a place
            evidence = 0
            if role:
                evidence += 2
            app = _APPOSITION.match(after)
            if app and _CLAUSE_AFTER_ROLE.search(app.group("role")):
                app = None  # "at Quarry Lane, the Rovers manager walked in": a new clause
            if app and _PREDICATE.match(app.group("role")):
                app = None  # "Her father, Ivor Rhys, was an engineer …": what he was, a clause
            if app and any(is_role_word(w) for w in app.group("role").split()[:4]):
                app_role = app.group("role").strip()
                role = role or _normalise_role(app_role, None)
                evidence += 2
            if _VERB_AFTER.match(after) or _VERB_BEFORE.search(before):
                evidence += 2
            elif _APPOSED_VERB.match(after) and _CLAUSE_OPENS.search(before):
                evidence += 2
            if re.search(rf"{HONORIFIC}\s+$", before) or HONORIFIC_RE.match(m.group(0)):
                evidence += 2
            if _INTERVIEW_BEFORE.search(before):
                evidence += 2
            listed = _AFTER_PLURAL_ROLE.search(before)
            if listed:
                evidence += 2  # "with hosts Devon Ashby-Rhodes, Marisa Quintanar and Tobi …"
            rb = _ROLE_COMMA_BEFORE.search(before)
            if rb and is_role_word(rb.group(1)) and re.match(r"\s*,", after):
                evidence += 2  # "The company's chief executive, Ana Ruiz, said"
                # the role with what follows it ("coxswain of the day"), the words before
                # it as _role_phrase trims them ("The firm's finance director")
                head = _role_phrase(before[rb.start() : rb.end(1)])
                role = role or _normalise_role(f"{head}{before[rb.end(1) : rb.end()]}", None)
                role = role.rstrip(" ,")
            paren = _PAREN_ROLE.match(after)
            if paren and any(is_role_word(w) for w in re.findall(r"[\w-]+", paren.group(1))):
                # "Sophie Brandauer (COO, Brandauer Components)"
                evidence += 2
                role = role or _normalise_role(paren.group(1).split(",")[0].strip(), None)
            held = _HOLDS_ROLE.match(after)
            if held and is_role_word(held.group("word")):
                # "Augustin Ferreira-Maddox has been mayor of Port Ellery since 2020"
                role = role or held.group("role")
                evidence += 2
            if _AGENT_APPOSITION.match(after):
                evidence += 2  # "Lena Ostrow, a glassblower, …"
            related = _RELATION_BEFORE.search(before)
            relation = bool(related) and related.group("noun") not in _THING_NOUNS
            relation = relation and after[:1] == ","
            if (_AGE_APPOSITION.match(after) or relation) and not shares_surname(toks):
                evidence += 2  # "Her apprentice, Kieran Mbatha-Loughlin, 19, joined …"
                if relation and not role:
                    role = related.group("noun")  # "Her father, Ivor Rhys,": her father
            if _WHO_CLAUSE.match(after):
                evidence += 2  # "Ana Ruiz, who runs …, is one of …": "who" names a person
            if re.search(r"(?:^|\n|[”\"])\s*[-–—]{1,2}\s*$", before):
                evidence += 2
            if _PRONOUN_NEXT.match(after) and re.search(r"(?:^|[.!?]\s+)$", before):
                evidence += 2
            gender = first_name_gender(toks[0])
            if (
                gender
                and _OWN_PRONOUN[gender].search(after[:120])
                and not re.search(r"['’]s$", m.group(0))  # "Agnes Tullibardine’s novel … her"
                and not shares_surname(toks)
            ):
                evidence += 1  # "Hester Rhys is counting the steps from her door …"
            if listed and not role and not listed.group("role").lower().startswith("panel"):
                role = listed.group("role").lower().removesuffix("s")  # "host"
            if len(toks) > 4:
                continue
            if evidence >= 1:
                p = reg.resolve(name)
                if p is None or len(toks) >= len(p.name.split()):
                    p = reg.add(name, role)
                elif role and not p.role:
                    p.role = role
                p.evidence += evidence
                owner = _OWNED_ROLE_BEFORE.search(before)
                if owner and (rb and p.gender is None or relation):
                    p.other_than = "f" if owner.group(1).lower() == "her" else "m"
                hon = HONORIFIC_RE.match(m.group(0)) or _HONORIFIC_BEFORE.search(before)
                if hon and len(toks) > 1:
                    p.titles.add(_title_key(hon.group(0)))
                    # "State Sen. Odalys Bergquist-Amari" is the one "the senator" means
                    p.role = p.role or _TITLE_ROLES.get(_title_key(hon.group(0)))
            else:
                candidates[name] = candidates.get(name, 0) + 1
    for text in texts:
        for m in _HOSTS_SHOW.finditer(text):
            name = clean_name(m.group("name"))
            if len(name.split()) >= 2 and name not in companies and not reg.resolve(name):
                reg.add(name, "host").evidence += 2
    # A capitalised pair seen without context is a person when its surname alone
    # later reports speech ("Mark Zuckerberg shared…" … "Zuckerberg argues").
    reporters = set()
    for text in texts:
        reporters.update(m.group(1) for m in _REPORTER.finditer(text))
    joined = "\n".join(texts)
    who_surnames = _surnames_before_who(joined)
    for name in candidates:
        if reg.resolve(name):
            continue
        if f"the {name}" in joined or f"The {name}" in joined:
            continue  # "the Homes Pledge": a scheme, a place or a firm, never a person
        if _employs(name.split()[0], joined):
            continue  # "Keelhaul Rows" when the text says "Keelhaul chief executive X": a product
        of_role = re.search(rf"\b([a-z]+) of {re.escape(name)}\b", joined)
        if of_role and is_role_word(of_role.group(1)):
            continue  # "mayor of Port Ellery": the place or the body someone serves
        surname = name.split()[-1]
        if (
            surname in reporters
            or _named_again(surname, joined)
            or preceded(surname, joined, _HONORIFIC_BEFORE, window=40)  # "… Ms Mabuza"
            or _called_by_first_name(name, reporters, joined)
            or surname in who_surnames
        ):
            reg.add(name)
    for m in _FIRST_NAME_ONLY.finditer(joined):
        # "A mother of three, Bethany (who asked that her last name not be used), said …"
        if m.group("name").lower() not in NOT_NAME_WORDS and not reg.resolve(m.group("name")):
            reg.add(m.group("name"))
    _add_handles(reg, joined)
    for person in reg.persons:
        if person.role is None:
            person.role = _role_beside_surname(person, joined)
    return reg


# the handle a person named before posts under: "Posting as u/Hollow_Priya, she answered …"
_OWN_HANDLE_BEFORE = re.compile(
    r"\b(?i:(?:posting|posts|posted|writing|writes|going|goes|went|known)\s+(?:as|by|under)"
    r"|(?:user\s?name|handle|account)(?:\s+is)?)\s+$"
)


def _add_handles(reg: Registry, text: str) -> None:
    """Forum users named by their handles ("u/velvetgoblin asked …") are people; the
    handle someone is said to post under is that person's, the last one named before it."""
    for m in HANDLE_RE.finditer(text):
        handle = clean_name(m.group(0))
        if reg.resolve(handle):
            continue
        if _OWN_HANDLE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            owner = reg.last_named(text[: m.start()])
            if owner is not None:
                owner.aliases.add(handle)
                continue
        reg.add(handle)


def _role_beside_surname(person: Person, text: str) -> str | None:
    """ "Sethi, a professor of architectural conservation, …": a role set beside the
    surname alone, later in the piece."""
    for alias in person.aliases:
        if " " in alias:
            continue
        at = text.find(alias)
        while at >= 0:
            end = at + len(alias)
            app = _APPOSITION.match(text[end : end + 160])  # (its "^" wants a slice)
            if (
                app
                and not (at and _NAME_CHAR.match(text, at - 1))
                and any(is_role_word(w) for w in app.group("role").split()[:4])
            ):
                return _normalise_role(app.group("role").strip(), None)
            at = text.find(alias, at + 1)
    return None


def _called_by_first_name(name: str, reporters: set[str], text: str) -> bool:
    """ "Evander Quist and Jory Maddick have been in the band …" and then "says Evander",
    "Jory laughs": two people introduced together and then called by first name only.
    The first name speaks, and the full name stands in a pair with another full name;
    not a name the text writes as a firm's ("at Harrowgate Digital", "Tollund Freight’s
    Brevik", "the company she founded, Kestrel Silicon,")."""
    first = name.split()[0]
    if len(first) < 3 or first.lower() in NOT_NAME_WORDS or first in ORG_WORDS:
        return False
    if first not in reporters and not preceded(first, text, _SPEECH_VERB_BEFORE, window=20):
        return False
    if preceded(name, text, _FIRM_BEFORE, window=60) or _after_name(name, text, _FIRM_AFTER):
        return False
    return preceded(name, text, _PAIRED_BEFORE, window=40) or _after_name(name, text, _PAIRED_AFTER)


def _after_name(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Whether ``after`` matches right after some occurrence of ``name``."""
    at = text.find(name)
    while at >= 0:
        if after.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_FIRM_BEFORE = re.compile(
    r"(?:\b(?:of|at|for|from|joined|joins|left|founded|co-founded|runs|ran|built|builds|"
    r"bought|acquired)\s+(?:the\s+)?"
    r"|\b(?:company|firm|startup|start-up|business|studio|brand|label|maker|venture)\b"
    r"[^.;:!?]{0,40},\s+)$"
)
# "Tollund Freight’s Brevik", "Kestrel Silicon’s lab": the name owns a person or a workplace
_FIRM_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]+(?=\s+[a-z])|(?:[a-z-]+\s+)?(?:lab|labs|office|offices|"
    r"headquarters|shares|board|staff|factory|plant|site|depot|team|customers|workers))\b"
)
# one of two full names joined by "and": "Evander Quist and Jory Maddick"
_PAIRED_BEFORE = re.compile(
    r"[A-Z][\w'’-]+\s+(?:[“\"‘][^”\"’]{1,20}[”\"’]\s+)?[A-Z][\w'’-]+\s+and\s+$"
)
_PAIRED_AFTER = re.compile(r"\s+and\s+[A-Z][\w'’-]+\s+(?:[“\"‘][^”\"’]{1,20}[”\"’]\s+)?[A-Z]")
_SPEECH_VERB_BEFORE = re.compile(r"\b(?:says|said|asks|asked|adds|added|replies|replied)\s+$")


def _employs(word: str, text: str) -> bool:
    """Whether the text writes ``word`` as a firm before a job and a name ("Keelhaul
    chief executive Marcus Oyelaran")."""
    at = text.find(word)
    while at >= 0:
        if not (at and _NAME_CHAR.match(text, at - 1)):
            job = _JOB_THEN_NAME.match(text, at + len(word))
            if job and is_role_word(job.group(1)):
                return True
        at = text.find(word, at + 1)
    return False


# After a firm's name: a job (one or two words, or an acronym such as "CEO") and a name.
_JOB_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z-]+|[A-Z]{2,4})\s+[A-Z]")
_NAME_CHAR = re.compile(r"[\w'’-]")
# A possessive that reads as a firm's ("Pellam's products;", "Pellam's is …").
_FIRM_POSSESSIVE = re.compile(
    r"['’]s(?:\s*[;,.:)]|\s+(?:for|is|has|was|will|and|to|in|on|said|says)\b)"
)


def _possessed_as_firm(forms: list[str], text: str) -> set[str]:
    """The one-word names among ``forms`` that the text writes as a firm's possessive.
    Found from each possessive back to the name before it, rather than by a pattern
    compiled for the article's names; ``forms`` longest first."""
    found: set[str] = set()
    for m in _FIRM_POSSESSIVE.finditer(text):
        at = m.start()
        for form in forms:
            start = at - len(form)
            if (
                start >= 0
                and text.startswith(form, start)
                and not (start and _NAME_CHAR.match(text, start - 1))
            ):
                found.add(form)
                break
    return found


def _surnames_before_who(text: str) -> set[str]:
    """Surnames standing alone before ", who": "Strachan-Boyle, who left the practice in
    2019, …" takes "who", as people do ("Lisa Tremayne, whose brother …" is someone else
    of that name, so a capitalised word right before the surname does not count)."""
    return {
        m.group(1)
        for m in _SURNAME_WHO.finditer(text)
        if not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30) : m.start()])
    }


_SURNAME_WHO = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+),\s+who(?:se)?\s")


def _named_again(surname: str, text: str) -> bool:
    """A surname that stands alone again and again, with "he" or "she" right after it
    ("Agnes Thorvald" … "Thorvald sorts through a drawer … She laughs"), is how the
    piece refers to a person; a club, a firm or a place is not "she"."""
    if len(surname) < 3 or surname in ORG_WORDS or text.count(surname) < 2:
        return False
    found, at = 0, text.find(surname)
    while at >= 0:
        m = None
        if not (at and _NAME_CHAR.match(text, at - 1)):
            m = _PRONOUN_AFTER.match(text, at + len(surname))
        if m:
            found += 1
            if found == 2:
                return True
            at = text.find(surname, m.end())
        else:
            at = text.find(surname, at + 1)
    return False


_NAME_CHAR = re.compile(r"[\w'’-]")
# after a surname standing alone: a pronoun in the same or the next sentence
_PRONOUN_AFTER = re.compile(
    r"(?:['’]s)?(?![\w-])(?!\s+[A-Z])"
    r"[^.!?]{0,120}[.!?]?[”\"’]?\s*[^.!?]{0,40}?\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b"
)


def add_label(reg: Registry, label: str) -> Person | None:
    if not re.fullmatch(NAME, label):
        return None
    return reg.add(label)


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    if w in ("he", "him", "his"):
        return "m"
    if w in ("she", "her", "hers"):
        return "f"
    return None


__all__ = [
    "Person",
    "Registry",
    "add_label",
    "clean_name",
    "peel",
    "pronoun_gender",
    "read_people",
]
