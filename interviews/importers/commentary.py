"""Reported speech (paraphrases) and the author's commentary, sentence by sentence."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import REPORTING_VERBS, ROLE_ALT, split_sentences
from .normalize import MD_FOOTNOTE
from .speakers import Person, Registry, pronoun_gender
from .structure import Para


@dataclass
class Piece:
    """A paraphrase or a commentary item, located in the article."""

    kind: str  # "paraphrase" or a commentary kind
    text: str
    para: int
    start: int
    speaker: str | None = None
    is_commentary: bool = False


try:  # the stdlib's own regex parser, used only to index patterns by their first letters
    from re import _constants as _sre_c
    from re import _parser as _sre_p
except ImportError:  # pragma: no cover - another Python: every pattern is simply always run
    _sre_c = _sre_p = None

_KEY = 4  # patterns are indexed by up to four first letters; " " marks a word's end


def _first_keys(items: list, need: int = _KEY) -> set[str] | None:
    """The lower-case first letters (up to `need`, " " for a word that ends sooner) a match of
    this parsed pattern can start with at a word start; None when they cannot be told."""
    if need == 0:
        return {""}
    started = need < _KEY
    if not items:
        return {""}
    op, av = items[0]
    rest = list(items[1:])
    c = _sre_c
    if op is c.AT:
        if av not in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return None
        return {" "} if started and av is c.AT_BOUNDARY else _first_keys(rest, need)
    if op is c.LITERAL:
        ch = chr(av).lower()
        if not (ch.isalnum() or ch == "_"):
            return {" "} if started else None
        tail = _first_keys(rest, need - 1)
        return None if tail is None else {ch + k for k in tail}
    if op is c.SUBPATTERN:
        return _first_keys(list(av[-1].data) + rest, need)
    if op is c.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            got = _first_keys(list(b.data) + rest, need)
            if got is None:
                return None
            out |= got
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, item = av
        if hi == 1:  # an optional item: it and what follows, or what follows alone
            once = _first_keys(list(item.data) + rest, need)
            if once is None:
                return None
            out = set(once)
        else:
            once = _first_keys(list(item.data), 1 if not started else need)
            if once is None:
                return None
            # one letter of a repeated item is all that is sure
            out = {k[:1] for k in once}
        if lo == 0:
            skip = _first_keys(rest, need)
            if skip is None:
                return None
            out |= skip
        return out
    if op is c.IN:
        if not started:
            chars = [chr(v).lower() for o, v in av if o is c.LITERAL]
            if len(chars) == len(av) and all(ch.isalnum() for ch in chars):
                return set(chars)
            return None
        if all(o is c.CATEGORY and v is c.CATEGORY_SPACE for o, v in av) or all(
            o is c.LITERAL and not chr(v).isalnum() for o, v in av
        ):
            return {" "}
        return {""}
    return {""} if started else None


_WORD4 = re.compile(r"\b\w{1,4}")
_W4_CACHE: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}


def _word_cues(w4: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The indexed patterns a word can start ("the " for "the", "clos" for "closer")."""
    got = _W4_CACHE.get(w4)
    if got is None:
        got = tuple(item for n in range(1, len(w4) + 1) for item in _INDEX.get(w4[:n], ()))
        _W4_CACHE[w4] = got
    return got


def _keys_of(pattern: str) -> set[str] | None:
    if _sre_p is None:
        return None
    try:
        keys = _first_keys(list(_sre_p.parse(pattern).data))
    except Exception:  # noqa: BLE001 - an unindexable pattern is always run
        return None
    if not keys or any(not k.strip() for k in keys):
        return None
    return keys


class _Cues:
    """Case-insensitive cue patterns, indexed by the letters their match starts a word with:
    a sentence runs only the patterns whose first letters start one of its words (one
    dictionary look-up per word), and the rest of the set as one alternation."""

    _next_id = 0

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.id = _Cues._next_id
        _Cues._next_id += 1
        always = []
        for p in patterns:
            keys = _keys_of(p)
            if keys is None:
                always.append(p)
                continue
            rx = re.compile(p, re.I)
            for k in keys:
                _INDEX.setdefault(k, []).append((self.id, rx))
        _W4_CACHE.clear()  # a cue set made after others were used: forget their look-ups
        if "_candidates" in globals():
            _candidates.cache_clear()
        # the rest run on every sentence, or only where a literal they need occurs
        self.needs = tuple(
            (lit, re.compile(p, re.I)) for p in always if (lit := _required_literal(p))
        )
        rest = [p for p in always if not _required_literal(p)]
        self.always = re.compile("|".join(f"(?:{p})" for p in rest), re.I) if rest else None

    def first(self, text: str) -> int | None:
        """Where the earliest match of the set starts, or None."""
        _low, cands = _candidates(text)
        rxs = [rx for _lit, rx in self.needs] + list(cands.get(self.id, ()))
        if self.always is not None:
            rxs.append(self.always)
        starts = [m.start() for rx in rxs if (m := rx.search(text))]
        return min(starts) if starts else None

    def search(self, text: str) -> bool:
        if self.always is not None and self.always.search(text):
            return True
        low, cands = _candidates(text)
        if any(lit in low and rx.search(text) for lit, rx in self.needs):
            return True
        return any(rx.search(text) for rx in cands.get(self.id, ()))


def _required_literal(pattern: str) -> str | None:
    """The longest run of plain letters every match of the pattern contains (4 or more)."""
    if _sre_p is None:
        return None
    try:
        items = list(_sre_p.parse(pattern).data)
    except Exception:  # noqa: BLE001
        return None
    best, run = "", ""
    for op, av in items:
        if op is _sre_c.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            best = max(best, run, key=len)
        else:
            run = ""
    return best if len(best) >= 4 else None


_INDEX: dict[str, list[tuple[int, re.Pattern[str]]]] = {}


@functools.lru_cache(maxsize=4096)
def _candidates(text: str) -> tuple[str, dict[int, list[re.Pattern[str]]]]:
    out: dict[int, list[re.Pattern[str]]] = {}
    low = text.lower()
    for w in set(_WORD4.findall(low)):
        for cid, rx in _word_cues(w if len(w) == _KEY else w + " "):
            out.setdefault(cid, []).append(rx)
    return low, out


def _rx(*patterns: str) -> _Cues:
    return _Cues(patterns)


# Cues that the author, not the speaker, is talking. "strong" cues hold even inside
# reported speech; "medium" ones only outside a reporting sentence; "weak" ones only
# in a paragraph that reports nobody.
STRONG = {
    "fact-check": _rx(
        # the record against the claim: "In a press release in March, however, Nordvane said
        # the chip would be …"
        r"^in (?:a|an|its|the|their|his|her) (?:[\w-]+ ){0,3}(?:press release|statement|filing|"
        r"annual report|report|investor presentation|earnings release|prospectus|letter|memo)\b"
        r"[^.;]{0,40}\b(?:however|though|but)\b",
        # "For those keeping track, X has never disclosed …, so the comparison is impossible
        # to verify"; "worth setting against the record"
        r"\b(?:impossible|hard|difficult) to (?:verify|check|confirm)\b",
        r"^for those keeping (?:track|score)\b",
        r"\bworth setting against\b",
        r"\bin fact\b",
        r"\bactually\b",
        r"\baccording to (?:data|figures|records|filings|"
        r"official|public|the (?:company|firm|club|council|department)['’]?s? own|"
        r"its own|their own|"
        r"the latest|a \d{4})",
        r"\b(?:that|the|this) (?:\w+ )?figure\b",
        r"\bdeserves? (?:scrutiny|a closer look|closer scrutiny|scepticism|skepticism|caution|"
        r"a (?:healthy )?dose of (?:caution|scepticism|skepticism|salt))\b",
        r"^no (?:analyst|one|reporter|journalist|interviewer|host)s? (?:asked|pressed|raised)\b",
        r"\bnobody (?:asked|pressed|raised)\b",
        r"\bis (?:not |in)accurate\b",
        r"\bholds up\b",
        r"\b(?:accounts|data|figures|records|filings|numbers) (?:show|suggest)\b",
        r"\bfigure (?:she|he|they) cite",
        r"\bmatch(?:es)? (?:the|those|that)\b",
        r"\b(?:measurements?|figures?|accounts?|data|numbers|records?) (?:agrees?|match)",
        r"\bcontradict",
        r"\bcould not be (?:independently )?(?:checked|verified|confirmed)\b",
        r"\b(?:makes|made|contains|says|said) no such\b",
        r"\b(?:is|was) a (?:stretch|leap|reach|simplification|exaggeration|misreading)\b",
        r"\bundercut",
        r"\boverstat",
        r"\bunderstat",
        r"\bputs? (?:its|the|their) \w+ (?:at|near)\b",
        r"\b(?:annual|own) report\b",
        r"\brisk register\b",
        r"\bnewer estimate\b",
        r"\bborne out\b",
        r"\bdoes not survive\b",
        r"\b(?:does not|doesn['’]t|do not|don['’]t) (?:stand|hold) up\b",
        # "Nor does the complaint stand up especially well."
        r"\b(?:stand|stands|hold|holds) up (?:especially |particularly |very |all that |terribly )?"
        r"(?:well|badly|poorly)\b",
        r"\b(?:a )?close(?:r)? look at\b",
        r"\b(?:the|official|industry|public) (?:data|figures|statistics|numbers) "
        r"(?:show|suggest|tell)",
        r"\b(?:its|their|the \w+['’]s) own (?:\w+ ){0,2}(?:survey|report|figures|data|accounts|"
        r"records|study|review|audit|filings?)\b",
        r"\bI (?:could not|couldn['’]t|cannot|can['’]t) find (?:any|a|the)\b",
        r"\b(?:the )?(?:numbers|figures|data|records) back (?:him|her|them|this|that|it) up\b",
        r"\b(?:did not|didn['’]t|does not|doesn['’]t) (?:publish|disclose|"
        r"break (?:down|out)|release)\b",
        r"\b(?:has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t) (?:yet )?(?:published|"
        r"disclosed|broken (?:it |them |that |this )?(?:down|out)|released)\b",
        r"\b(?:accounts|data|figures|records|filings|numbers)\b[^.]{0,40}\b(?:do|does|did) "
        r"(?:not )?(?:show|suggest|support)\b",
        r"\b(?:has|have|had) a (?:fair |reasonable |good )?point\b",
        r"\baccording to [A-Z][\w&-]+ (?:data|figures|estimates|records)\b",
    ),
    "context": _rx(
        # the writer's disclosure of an interest
        r"\bdiscount (?:my|our) (?:enthusiasm|praise|optimism|view)\b",
        r"^for (?:those|readers|anyone) (?:unaware|unfamiliar|who (?:missed|has not|hasn['’]t|"
        r"have not|haven['’]t|does not|doesn['’]t))\b",
        r"^for context\b",
        r"^for the record\b",
        r"\bsubject of (?:much |some |intense )?(?:speculation|debate|controversy)\b",
        r"\b(?:reported|revealed) (?:last|earlier this) (?:week|month|year)\b",
        r"\bthe first (?:\w+ ){0,2}interview (?:he|she|they) (?:has|have|had) given\b",
        r"^(?:the reason|why) (?:any of )?(?:this|it|that) matters\b",
        r"\b[A-Z][\w-]+['’]s own (?:party|company|firm|team|government|side|record|board)\b",
        r"^(?:some|a little|a bit of|first,? some) (?:context|background)\b",
        r"^there is (?:also )?(?:some |good |little |no |strong |growing )?evidence\b",
        r"^(?:editor['’]s note|note|background|context)\s*:",
        # outside facts about the person: "Ruiz's 2021 book …", "It is worth remembering …"
        r"^[A-Z][\w-]+['’]s? (?:(?:first|last|latest|earlier|previous) )?(?:19|20)\d\d "
        r"(?:book|memoir|paper|essay|film|album|report|speech|campaign|season|bid|novel)\b",
        r"\b(?:worth remembering|worth recalling) (?:where|how|that|what)\b",
        # outside evidence and record-setting facts the author brings in
        r"\b(?:industry|independent|official|government|recent|published) "
        r"(?:surveys?|studies|research|statistics|audits?)\b",
        r"\b(?:largest|biggest|smallest|highest|lowest|longest|only) \w+(?: \w+){0,3} "
        r"(?:has|had|have) ever\b",
        r"\bone of the (?:least|most) (?:\w+ )?(?:understood|misunderstood|studied|"
        r"contested|expensive|common|successful)\b",
        # what happened after the conversation: "two weeks after this broadcast, …"
        r"\b(?:days?|weeks?|months?|a day|a week|a month|shortly|soon) after (?:this|the|our) "
        r"(?:broadcast|interview|episode|conversation|recording|show|programme|program)\b",
        # the record the news joins: "It is the second round of job cuts at Harrowgate"
        r"\bthe (?:second|third|fourth|fifth|latest) (?:round|wave|set) of (?:job cuts|layoffs|"
        r"redundancies|cuts|closures|price rises|increases)\b",
        r"\bsince (?:this|the|our) (?:interview|conversation|broadcast|episode) "
        r"(?:was recorded|aired|took place|was published)\b",
    ),
    "comparison": _rx(
        # against the last meeting: "The last time the sides met at the Foundry Ground, …"
        r"^the last time (?:the (?:sides|teams|two (?:sides|teams|clubs|men|women))|they) met\b",
        # against an earlier message: "a clearer message than the one residents got on
        # Wednesday"
        r"\b(?:\w+er|more \w+|less \w+) (?:\w+ )?than the one (?:\w+ ){0,3}"
        r"(?:got|gave|had|made|issued|sent|received|heard)\b",
        # against an earlier outing: "calmer and better prepared than in the first debate"
        r"\b(?:\w+er|more|less)(?: \w+){0,3} than (?:in|at|during) (?:the|his|her|their|its) "
        r"(?:first|last|previous|earlier|opening) (?:debate|interview|round|game|match|hearing|"
        r"appearance|meeting|season|episode|outing|bout)\b",
        # "As competitors like Ferrocline take more cautious paths"
        r"^as (?:competitors|rivals|peers)\b",
        r"^comparisons? (?:with|to)\b",
        r"\b(?:has|have|had|shares?|shared) (?:more|less|little|much|a lot|something) in common "
        r"with\b",
        r"\b(?:other )?companies like\b",
        r"\bsimilar to (?:how|what)\b",
        r"\bin contrast\b",
        r"\bby contrast\b",
        # "It is also a sharp contrast with last season"
        r"\b(?:a |the )?(?:sharp|stark|marked|striking|telling) contrast (?:with|to)\b",
        r"\bunlike\b",
        r"\bmirrors\b",
        r"\bresembles?\b",
        r"\bis not alone\b",
        r"^nor is [A-Z][\w'’-]+ alone\b",
        r"^like many\b",
        r"\bcompared (?:with|to)\b",
        r"\bcompetitive standpoint\b",
        r"\bmore than most\b",
        r"\bsomewhat similar\b",
        r"\bsimilar boycotts?\b",
        r"\blarger rivals\b",
        r"\bmost of its rivals\b",
        r"\bcommon among\b",
        r"\b(?:more|less|\w+er) (?:\w+ )?than most\b",
        r"\bmatch(?:es|ed)? what (?:happened|was seen|others)\b",
        r"\bwhat happened elsewhere\b",
        r"\b(?:is|was|are|were) (?:typical|unusual|rare) (?:for|among|in)\b",
        r"\bhead start\b",
        r"\b(?:more|less) \w+ than (?:his|her|their|its) (?!own\b)\w+",
        r"^compare (?:it|this|that|these|those) (?:with|to)\b",
        # the writer's imperative: "Compare the approach of X, who …", "Contrast that with …"
        r"^(?:compare|contrast) (?:the|his|her|their|its|this|that|what|how)\b",
        # "Compare Tessarine, which has a smaller valuation but …"
        r"^(?:compare|contrast) (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)*,",
        # "Pulsegram has gone the opposite way", "The comments echo remarks last month by …"
        r"\b(?:gone|went|go|goes|taken|took|take|takes) (?:in )?the opposite (?:way|direction|"
        r"approach|tack|route)\b",
        r"\becho(?:es|ed)? (?:remarks|comments|warnings|concerns|statements|complaints|what)\b",
        r"^(?:read|taken|set|placed|put) side by side\b",
        r"^for comparison\b",
        r"\bfollows? similar (?:moves|cuts|decisions|announcements)\b",
        r"\b(?:broadly |roughly |largely )?in line with (?:those|that|the figures|its|their|"
        r"what)\b",
        # "closer in spirit to Fanshawe's novel than to anything she has published before"
        r"\b(?:closer|nearer) (?:in (?:spirit|tone|feel) )?to\b[^.;]{1,80}\bthan to\b",
        # "Readers of her earlier books will recognise the method"
        r"^(?:readers|fans|viewers|listeners|followers|admirers) of (?:his|her|their|its|the) "
        r"(?:earlier|previous|first|last|other|older|early)\b",
        r"\b(?:is|was|are|were) not the first (?:\w+ ){0,2}to\b",
        r"\b(?:makes|made|is|was) (?:[A-Z][\w’'-]+ )?the (?:second|third|fourth|fifth|latest) "
        r"(?:\w+ ){0,3}(?:business|company|shop|firm|club|team|school|store|venue|restaurant)\b",
        r"\b(?:has|have) been (?:far |much )?(?:less|more) (?:philosophical|forthcoming|candid|"
        r"cautious|willing|vocal|careful|optimistic|pessimistic|aggressive|direct|open|relaxed|"
        r"sanguine|enthusiastic|impressed|convinced)\b",
        r"\b(?:well|far|much|slightly|comfortably) (?:above|below)\b[^.]{0,80}\b(?:average|"
        r"typical|norm|median)\b",
        r"\bdifferent\b[^.]{0,40}\bfrom (?:the|a|an|his|her|their|its|most)\b",
        r"\b(?:more|less) \w+ (?:answer|response|account|line|position|version) than\b",
        r"\b\w{3,}er than (?:his|her|their|its) (?:coach|boss|predecessor|successor|rivals?|"
        r"colleagues?|counterparts?|peers?|manager|team-?mates?|party|government)\b",
        # "Ashdown was more careful.": one speaker set against the other
        r"^[A-Z][\w'’-]+ (?:was|were|is|sounded|seemed) (?:far |much |a little )?(?:more|less) "
        r"(?:careful|cautious|guarded|candid|measured|forthcoming|specific|direct|convincing)\.?$",
        r"\banswers diverged\b|\b(?:views|positions|answers|accounts) diverge\b",
        # "The scheme is smaller than the one Brightmoor built last year"
        r"\b(?:(?!rather\b|other\b)\w{3,}er|more \w+|less \w+) than the (?:one|ones)\b",
        # one speaker against their own record: "more cautious in person than he has been online"
        r"\b(?:more|less) \w+\b[^.;:]{0,50}? than (?:he|she|they) (?:has|have|had) "
        r"(?:ever )?been\b",
    ),
    "critique": _rx(
        # the writer ranking what they watched: "It was the most useful thing I watched all
        # month.", "the best interview I've heard this year"
        r"\b(?:(?:most|least) \w+|best|worst) "
        r"(?:thing|interview|episode|conversation|hour|podcast|talk|panel)s?"
        r" I(?:['’]ve| have)? (?:watched|heard|read|seen|listened to|sat through)\b",
        # the writer's advice to the reader: "If you make games …, watch the hour from 40:00."
        r"^if you [^.!?]{3,80}, (?:watch|listen to|read|skip|start with|go straight to)\b",
        # the writer's verdict on the whole piece: "The episode is mostly a victory lap"
        r"^the (?:episode|interview|conversation|segment|appearance|session|chat|hour|panel) "
        r"(?:is|was) (?:mostly|largely|essentially|basically|little more than|more of)\b",
        r"\bvictory lap\b",
        # the writer's verdict on how the interviewer used the time
        r"\bused the time (?:well|badly|poorly|wisely)\b",
        # the writer's verdict on the words just quoted: "… calls the film “a thriller in which
        # nothing happens,” which is clever and not quite right."
        r"[”\"’],?\s+which\s+(?:is|was|sounds|seems)\s+(?:\w+\s+(?:and|but)\s+)?(?:not\s+quite|"
        r"only\s+half|half|hardly|not\s+entirely|a\s+stretch|generous|misleading|overstated)\b",
        # "That number deserves some context", "It also deserves far more scrutiny"
        r"\b(?:deserves?|merits?|needs?) (?:some |a little |more |far more |much more )?"
        r"(?:context|scrutiny|a footnote|an asterisk|caveats?)\b",
        # "That line works equally well as …", "It's one of the more revealing interviews …"
        r"^(?:that|this) (?:line|quote|phrase|remark|answer|soundbite) "
        r"(?:works|reads|sounds|lands)\b",
        r"^(?:it|this)(?: is|['’]s| was) one of the (?:more|most|better|best|least) \w+",
        r"\bremains to be seen\b",
        r"\b(?:right|correct|true|fair),? up to a point\b",
        r"\b(?:it|that|this) is the (?:best|worst|strongest|weakest) (?:line|answer|moment)\b",
        r"\ba more (?:honest|candid|accurate|useful|convincing) (?:answer|response|reply)\b",
        r"\b(?:we|I)(?: have|['’]ve) heard (?:this|that|it|the [^.]{1,60}) before\b",
        r"\braises (?:\w+ )?(?:questions|concerns|doubts)\b",
        r"\blikely due to\b",
        r"\bcritics\b",
        r"\bskeptic",
        r"\bis another matter\b",
        r"\bnot without its\b",
        r"^(?:and |but |yet |still,? )?it['’]?s (?:crucial|worth|important|unclear|hard to)\b",
        r"^whether\b",
        r"\bby another name\b",
        r"\bless optimistic\b",
        r"\bmatters more\b",
        r"\bhard to (?:sustain|believe|square|imagine|picture|see how)\b",
        r"\bby the standards of\b",
        r"\bfraught\b",
        r"\bmodest pitch\b",
        r"\bis more than\b",
        r"\bbegs the question\b",
        r"\bto be fair\b",
        r"^in fairness\b",
        r"\bI['’]m not (?:fully |entirely |totally |quite |yet )?(?:convinced|sold|persuaded)\b",
        r"\bI['’]ll explain why\b",
        r"^[A-Z][\w'’-]+ could (?:easily |surely )?have (?:done|said|admitted|answered|"
        r"apologi[sz]ed|explained)\b",
        r"\b(?:doesn['’]t|does not|didn['’]t|did not) (?:dodge|duck|sidestep|evade|"
        r"shy away from)\b",
        r"\b(?:small|minor|one|my|a|the) (?:gripe|quibble|complaint|niggle)\b",
        r"\blet (?:him|her|them) (?:off the hook|skate|slide|get away)\b",
        r"\bhard not to (?:admire|like|notice|wonder|feel|see)\b",
        r"^[A-Z][\w-]+['’]s (?:position|stance|answer|explanation|defence|defense|excuse|case) "
        r"(?:is|was)\b",
        # the author evaluates what was said: "That claim …", "The comparison flatters …"
        r"^(?:that|this|the|such an?|both|his|her|their|its|[A-Z][\w-]+['’]s?)\s+(?:\w+\s+)?"
        r"(?:claim|claims|story|mechanism|evidence|comparison|argument|reading|readings|"
        r"pitch|promise|endorsement|framing|narrative|logic|reasoning|assertion|boast)\b"
        r"(?!\s+(?:that|about|of)\s+(?:he|she|they)\b)",
        r"^(?:that|this)(?:['’]s| is| was| seems| looks| sounds| may be| might be) "
        r"(?:a|an|not|also|more|less|"
        r"probably|plausible|fair|true|debatable|optimistic|generous|unusual|striking|telling)\b",
        r"^(?:it|this)(?: is|['’]s) (?:also |still )?(?:a|an) (?:\w+ ){0,2}(?:story|kind|case|bet|"
        r"argument|claim|gamble|idea|vision|pitch|company|business|approach|piece|read|book|listen|watch|"
        r"interview|conversation|episode|framing|answer|dodge|deflection|trick|move|way|lens|"
        r"reminder|lesson)\b",
        r"\bflatter(?:s|ed|ing)?\b",
        r"\bcan (?:both )?be true\b",
        r"\bhistorically (?:struggled|been|had)\b",
        r"\bthe evidence (?:for|behind) (?:it|this|that) is\b",
        # "optimistic" is left out: "Zuckerberg is optimistic about …" reports his stance.
        r"\b(?:is|are|looks?) (?:thin|weak|shaky|flimsy|overstated)\b",
        r"\bplausible\b",
        r"\b(?:a|the) caveat\b",
        # the author's own evaluation, even of a named person: "She clearly believes …",
        # "The analogy is revealing", "It is a familiar promise", "The problem is …"
        r"\b(?:clearly|evidently|surely|tellingly|conveniently|curiously|ironically|"
        r"conspicuously)\b",
        r"\b(?:is|are|was|were) (?:\w+ )?(?:revealing|telling|instructive|striking|"
        r"remarkable|ironic|familiar|unconvincing|convenient)\b",
        r"\bfamiliar (?:promise|story|argument|refrain|line|claim|pattern|pitch|tune|trope|"
        r"shape|ring|script|playbook)\b",
        r"\b(?:is|are|remains?|was|were) (?:still |hotly |deeply )?(?:contested|disputed|"
        r"unproven|untested|debatable)\b",
        r"\bin the (?:narrowest|loosest|strictest|broadest) sense\b",
        r"\bthe irony\b",
        # "He's said versions of this before, but never this bluntly."
        r"\bnever (?:this|so|quite so) (?:bluntly|clearly|plainly|directly|openly|candidly|"
        r"forcefully|explicitly)\b",
        # "This is the story Okonedo-Reid tells most often", "What he is less keen to dwell on"
        r"^(?:this|that|it) is the (?:story|anecdote|line|joke) "
        r"(?:(?-i:[A-Z])[\w'’-]+|he|she|they) "
        r"(?:tells|likes to tell|uses|reaches for)\b",
        r"^what (?:he|she|they|(?-i:[A-Z])[\w'’-]+) (?:is|was|are|were) (?:less|not|rather less) "
        r"(?:keen|eager|willing|quick|inclined) to\b",
        r"\bnot lost on\b",
        r"\bworth (?:your|the) (?:hour|time|money|listen|read|watch|while)\b",
        r"\bat (?:his|her|their|its) (?:most|least) (?:\w+)\b",
        r"\bat (?:his|her|their|its) (?:best|worst|weakest|strongest)\b",
        r"\bby (?:some|a long|a wide) (?:distance|margin|way)\b",
        r"\bif anything\b",
        r"\b(?:is|was|are|were) (?:hardly|scarcely|not exactly) (?:new|novel|unique|original)\b",
        r"\bsits? (?:a little |rather |somewhat |slightly )?(?:oddly|awkwardly|uneasily|"
        r"uncomfortably) (?:with|beside|next to)\b",
        r"\bit (?:has|must) to be said\b|\bit must be said\b",
        r"\b(?:unusually|surprisingly|refreshingly|disappointingly|frustratingly) (?:good|bad|"
        r"poor|strong|weak|sharp|candid|thin|vague|frank|dull)\b",
        # the reviewer's voice: standing, credit, the telling moment, the open question
        r"\bto (?:his|her|their|its) credit\b",
        r"\bfor all (?:his|her|their|its) (?:faults|flaws|failings)\b",
        r"\bon (?:weaker|firmer|shakier|stronger|safer|thinner) ground\b",
        r"\bthe (?:most|least) (?:striking|revealing|interesting|telling|candid|important|"
        r"memorable|persuasive|convincing|awkward)\b",
        r"\bworth (?:replaying|rewatching|rereading|hearing|watching|noting|dwelling on)\b",
        r"\bthe (?:harder|bigger|real|larger|deeper|more interesting|open|unanswered) question\b",
        r"\b(?:only|first|one) (?:straight|honest|direct|clear) answer\b",
        r"\bhad the (?:honesty|grace|courage|decency)\b",
        r"\bdress(?:ed|es)? (?:it|this|that|his|her|their|them) up\b",
        r"\bput it more (?:plainly|bluntly|simply)\b",
        r"\bunguarded\b",
        r"^there(?: is|['’]s) a (?:particular |certain |familiar )?(?:kind|sort|type) of\b",
        r"\bcharacteristically\b",
        r"\bthe (?:clearest|best|fullest|most (?:detailed|complete|candid)) (?:account|explanation|"
        r"case|picture|answer) (?:yet|so far)\b",
        r"\b(?:refreshing|welcome|odd|strange|curious|telling) (?:stance|position|admission|"
        r"answer|change|candour|candor|omission|commitment|pledge|promise|concession|step)\b",
        # the publication itself: "This is the walk-back in our headline."
        r"\b(?:in|of) our (?:headline|story|report|reporting|coverage|review)\b",
        # a part of the interview graded: "The housing segment was weaker."
        r"^the (?:\w+ )?(?:segment|section|part|half|exchange|stretch|portion|answer|chapter|"
        r"bit|discussion) (?:was|is) (?:(?:much|far|a little|a lot) )?(?:weaker|stronger|better|"
        r"worse|thinner|duller|livelier|sharper|flatter|less \w+|more \w+)\b",
        # the writer's reaction to what was said: "I laughed out loud at that."
        r"^I (?:laughed|winced|smiled|cringed|groaned|sighed|snorted|chuckled)(?: out loud| aloud)?"
        r" (?:at|when|because)\b",
        r"\b(?:neatly |conveniently )?(?:sidestepped|sidesteps|dodged|dodges|ducked|ducks|evaded|"
        r"evades|skirted|skirts)\b",
        r"^be (?:careful|wary|sceptical|skeptical|cautious)\b",
        r"^start with the obvious\b",
        r"^here(?:['’]s| is) (?:my|the) (?:problem|issue|worry|concern|question|catch|thing)\b",
        r"^none of this (?:makes|means)\b",
        r"\b(?:the )?most surprising\b",
        r"\bis (?:less|more) (?:confident|convincing|persuasive|certain|solid) than\b",
        r"\b(?:a )?(?:better|worse|sharper|clearer|weaker) (?:communicator|interviewee|speaker|"
        r"salesman|saleswoman|operator|answer) than\b",
        r"\bmasterclass in\b",
        r"\b(?:more|less) (?:forthcoming|interesting|candid|evasive|convincing|guarded)\b",
        r"\bone of the (?:better|best|worse|worst|weaker|stronger) \w+",
        r"\b(?:slower|stranger|bolder|darker|quieter|weaker|stronger) and (?:slower|stranger|"
        r"bolder|darker|quieter|weaker|stronger)\b",
        r"\bto [A-Z][\w'’-]+['’]s credit\b",
        r"\bif I (?:got|had|were)\b",
        r"\b(?:will|would) be welcome, but\b",
        # the author in the first person, outside any quotation
        r"\bI(?:['’]d| would)? (?:think|believe|doubt|wonder|worry|hope|want|take|find|"
        r"suspect|realise|realize)\b",
        r"\bI (?:don['’]t|do not) (?:want|mean) to\b",
        # a sentence opened by the writer's own adverb: "Notably, he does not say …"
        r"^(?:interestingly|notably|tellingly|strikingly|curiously|ironically|crucially|"
        r"admittedly|frankly|unsurprisingly|predictably|oddly|revealingly)\b",
        r"\bin my (?:view|opinion|experience|reading)\b",
        r"\b(?:to my mind|for my money|in my book)\b",
        r"\bwhat (?:worries|bothers|troubles|strikes|puzzles) me\b",
        r"^notice (?:the|how|that|what)\b",
        r"\blooks (?:generous|impressive|good|bold|sensible|cheap|modest|ambitious)\b[^.]{0,20}"
        r"\bbut\b",
        r"^some of (?:it|this|that|what (?:he|she|they) said) (?:was|were|sounded|felt|seemed|"
        r"read)\b",
        r"^if you (?:only )?(?:listen to|watch|read)\b",
        r"\bwhich is (?:honestly|probably|surely|arguably|easily|exactly what|what (?:every|most|"
        r"all))\b",
        r"\b(?:the )?\w+est (?:part|moment|stretch|exchange|section|answer|question|line) of the "
        r"(?:whole )?(?:interview|conversation|episode|hour|show|session|talk|evening)\b",
        r"^so,? yeah\b",
        r"\b(?:has|have) had (?:better|worse|easier|harder|quieter) (?:years|weeks|months|days|"
        r"seasons)\b",
        r"\b(?:with|take) a (?:pinch|grain) of salt\b",
        r"^which is (?:true|fair|right|correct|odd|telling|convenient)\b",
        r"\beasily (?:the|one of the)\b",
        r"\bharder to dismiss\b",
        r"\b(?:is|was) worth exactly\b",
        r"^(?:it|this) is (?:also |still )?(?:a|an) (?:\w+ ){0,2}(?:promise|refrain|tale|trope|"
        r"line|pattern|paradox|irony)\b",
        r"^(?:the|this|that|his|her|their) (?:analogy|metaphor|comparison|image|framing) "
        r"(?:is|was)\b",
        r"\bwants? (?:you|us|readers|the reader|listeners|viewers|the audience) to\b",
        # At the start only: "He believes it is important …" is reported speech.
        r"^(?:and |but |yet |still,? )?it is (?:worth|crucial|important|unclear|hard to|fair to|"
        r"tempting to)\b",
        r"\bworth (?:remembering|recalling|noting|asking|pointing out)\b",
        r"\bthe (?:problem|trouble|catch|difficulty|irony|question) (?:is|was|here)\b",
        r"^what (?:\w+ ){1,3}(?:does not|doesn['’]t|did not|didn['’]t|never|cannot|can['’]t) "
        r"(?:say|mention|address|explain|acknowledge|admit|answer|offer|provide|give)\b",
        r"^at no point\b",
        r"\bis (?:persuasive|convincing|compelling|impressive|articulate|charming|fluent)\b"
        r"[^.]{0,40}\bbut\b",
        r"\bmade (?:that|the|this|her|his|their) (?:case|point|argument) (?:well|badly|"
        r"convincingly|poorly|persuasively)\b",
        r"\ba (?:generous|kind|charitable|polite|diplomatic|convenient) way (?:to|of) "
        r"(?:describe|put|say|characteri[sz]e)\b",
        r"\band it show(?:s|ed)\b",
        r"\bdid (?:little|nothing) to (?:settle|answer|address|dispel|ease|resolve)\b",
        r"\bhas a gift for\b",
        r"\bI (?:don['’]t|do not) doubt\b",
        r"^if [A-Z][\w'’-]+ wants? to be (?:taken|treated|seen)\b",
        r"\band (?:she|he|they) knows? it\b",
        r"\btends? to look (?:a lot |very much |rather )?like\b",
        r"\bI(?:['’]ve| have) (?:heard|seen|read) (?:that|this|the same)\b",
        r"^this is the part\b",
        r"^(?:most|much|all) of it was\b",
        r"\b(?:is|are|was|were) right that\b",
        r"\ba (?:little|bit) rich\b",
        r"\btelling anyone who (?:would|will) listen\b",
        r"^that(?: is|['’]s|was) (?:quite |some )?an? (?:\w+ )?(?:turnaround|change of heart|shift|"
        r"departure|reversal|u-turn)\b",
        r"^(?:it['’]?s |it is )?hard to argue with\b",
        r"^(?:it|this|that) (?:is|was) an? (?:unusual|odd|rare|brave|bold|strange|curious|risky) "
        r"(?:position|stance|choice|thing|line|argument)\b",
        r"^that(?: is|['’]s|was) the (?:best|worst|most \w+|detail|line|moment|part) (?:that|he|"
        r"she|they|thing|of|in)\b",
        r"\bstayed with me\b",
        r"^when I (?:reviewed|interviewed|met|spoke|first|last)\b",
        r"^this is the (?:standard|usual|familiar|classic|stock) (?:\w+ )?(?:answer|line|"
        r"defen[cs]e|argument|response)\b",
        r"^(?:does|do|did|is|are|was|were|can|could|will|would|should|how|why|who|what)\b"
        r"[^\"“”]*\?\s*$",
    ),
    "insight": _rx(
        # "She was smiling when she said it, though. Make of that what you will."
        r"\bmake of (?:that|this|it) what you (?:will|like|want)\b",
        r"^insight\s*:",
        # the writer's aside closing a sentence: "She did not name Rows, and she didn't have to."
        r"\b(?:and|but) (?:he|she|they|it|nobody|no one) (?:(?:didn['’]t|did not|doesn['’]t|"
        r"does not|don['’]t|do not|never) (?:have|need|needed|had) to|needn['’]t|need not)"
        r"\s*[.!]?$",
        r"\bnor (?:did|does|do) (?:he|she|they) (?:have|need) to\s*[.!]?$",
        r"^I came away\b",
        r"^(?:analysis|our take|takeaway)\s*:",
        # the author's own forecast or hunch
        r"\b(?:my|our) (?:guess|bet|hunch|suspicion|sense|expectation|prediction)(?: is\b|\s*:)",
        r"\b(?:I|we) (?:suspect|would bet|would guess|expect that|predict)\b",
        r"^if [^,]{5,80} (?:hold|holds) up\b",
        r"^it is rare (?:to|for)\b",
        r"^it would be easy to\b",
        r"^for [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:that|this|it) (?:may|might|could|would) "
        r"(?:well )?(?:count|be|prove|pass|look)\b",
    ),
}
# The writer's verdict on an answer or a figure, outside any reporting clause: "She was vague
# on the cost.", "Aldine is fluent, confident and quotable.", "Six pounds a tonne is modest."
_ANSWER_FAULTS = (
    r"vague|evasive|cagey|coy|non-?committal|woolly|wooly|hazy|fuzzy|slippery|glib|unconvincing|"
    r"unpersuasive|thin on detail|light on (?:detail|specifics)|short on (?:detail|specifics)"
)
_TRAITS = (
    r"fluent|articulate|confident|quotable|charming|funny|witty|specific|polished|engaging|"
    r"persuasive|plausible|evasive|vague|guarded|defensive|combative|prickly|glib|slick|likeable|"
    r"likable|self-deprecating|disarming|relentless|on-message|rehearsed|smooth"
)
_VERDICT = (
    r"modest|generous|steep|hefty|paltry|meagre|meager|trivial|negligible|ambitious|unrealistic|"
    r"implausible|far-fetched|a stretch|a lot|not nothing|small beer|no small thing|no small sum|"
    r"cheap at the price|a bargain|expensive|pricey"
)
# Cues of the writer's own voice that a reporting clause before them takes over ("She said
# the plan had not gone down well" reports it): they hold where no one is reported, or where
# they stand before or in the reporting clause.
GATED = {
    "insight": _rx(
        # a forecast: "That request is likely to be a hard sell in the legislature."
        r"\b(?:is|will be|would be) (?:likely to be |going to be )?"
        r"a (?:hard|tough|difficult) sell\b",
        # the writer unsure what to make of it: "It is hard to tell how much of this is a bit."
        r"\b[Ii]t(?: is|['’]s) (?:hard|difficult|impossible|too early) to (?:tell|say|know|judge) "
        r"(?:how|whether|if|what|who|why|yet)\b",
        # what the writer would ask: "If I got ten minutes with Vance, I'd ask three things:"
        r"\bI['’]d (?:ask|want to know|press (?:him|her|them))\b",
        # the writer's reading of the whole exchange: "On the evidence of this interview, …"
        r"^on the (?:evidence|strength) of (?:this|that|the|today['’]s|last \w+['’]s) "
        r"(?:interview|conversation|exchange|appearance|performance|hour|session|episode)\b",
        r"^the (?:bigger|biggest|real|more interesting|more important|main|other) (?:news|story|"
        r"headline|surprise|takeaway|revelation)\b",
        r"\b(?:sounded|seemed|looked) (?:like|as if|as though) (?:he|she|they) "
        r"(?:really |actually |genuinely )?(?:meant|believed) it\b",
        # the writer naming what the speaker is doing: "What she is describing, really, is …"
        r"^what (?:he|she|they) (?:is|are|was|were) (?:really )?(?:describing|proposing|"
        r"saying|asking for|arguing)\b",
        # the reader's doubt the writer voices: "Investors who have watched … may wonder when"
        r"\b(?:may|might|will) (?:well )?wonder (?:when|whether|why|how|if|what)\b",
        # a forecast of a reaction: "That may not please the early investors."
        r"\b(?:may|might) not (?:please|reassure|satisfy|sit well with)\b",
        r"^the next time\b",
        # the writer's gloss on what was said: "In other words, Meta wants to own the
        # platform", "The subtext was clear: …", "Reading between the lines, …"
        r"^in other words\b",
        r"\bthe (?:sub-?text|unspoken message|message between the lines)\b",
        r"^reading between the lines\b",
        r"^(?:put simply|simply put|to put it (?:simply|bluntly|plainly))\b",
    ),
    "fact-check": _rx(
        # "The third-quarter report complicates that."
        r"^the [\w-]+(?: [\w-]+)? (?:report|filing|filings|figures|numbers|data|record|results"
        r"|accounts) (?:complicates?|undercuts?|contradicts?) "
        r"(?:that|this|the claim|the picture)\b",
        # the record set against the claim: "Public funding records tell a slightly different
        # story", "Ferncliff’s own reports to its lenders back up the turnaround he describes",
        # "Cobaltfir's own notice to customers in March, though, cited …"
        r"\btells? (?:a |an )?(?:slightly |somewhat |rather |very |quite )?"
        r"(?:different|more complicated|less flattering|fuller) (?:story|picture)\b",
        r"\b(?:less|more) (?:complete|flattering|rosy|optimistic|accurate) picture than\b",
        r"\b[\w-]+['’]s own (?:[\w-]+ ){0,2}(?:notices?|filings?|reports?|records?|figures|data|"
        r"website|page|numbers|disclosures?|documents?)\b",
        r"\b(?:reports?|records?|figures|filings?|data|numbers|accounts)\b[^.;]{0,60}\b"
        r"(?:back(?:s|ed)? up|bears? out|bore out|contradict(?:s|ed)?|undercut(?:s)?)\b",
    ),
    "comparison": _rx(
        # "Osterhagen is hardly the only AI executive to …", "… roughly where most of the
        # industry has landed", "As Pallisade and Arclamp race to ship agents of their own"
        r"\b(?:is|was|are|were) (?:hardly|not|far from|by no means) the only\b",
        r"\bmost of the (?:industry|sector|market|field|competition)\b",
        r"^as (?-i:[A-Z])[\w-]+ and (?-i:[A-Z])[\w-]+ (?:race|rush|scramble|compete|push|move)\b",
        # a rival doing the like, or a figure set against another's: "Google has taken a
        # similar approach with Gemini", "roughly twice what Microsoft spent"
        r"\b(?:has|have|had) (?:taken|adopted|followed|tried) (?:a |the )?(?:similar|same) "
        r"(?:approach|strategy|tack|path|route|playbook|line)\b",
        r"\b(?:twice|three times|four times|half|double|triple) (?:what|as much as) "
        r"(?:[\w'’-]+ ){0,3}(?:spent|spends|earned|earns|made|makes|paid|pays|raised|raises|"
        r"charged|charges|lost|loses)\b",
        # "This marks a sharp departure from Meta's earlier stance"
        r"\bmarks? (?:a|an) (?:[\w-]+ )?(?:departure|shift|break|reversal|turnaround|u-turn|"
        r"change of course) (?:from|for|in)\b",
    ),
    "context": _rx(
        # "This isn't the first time Zuckerberg has made such claims"
        r"\b(?:is not|isn['’]t|was not|wasn['’]t) the first time\b",
        # "If you haven’t been following along: Brightcoil sells …"
        r"^if you (?:haven['’]t|have not|missed|don['’]t know|aren['’]t familiar)\b",
        # "This is the first time the company has confirmed the size of those layoffs."
        r"\bthe first time (?:that )?(?:the|this|its) (?:company|firm|government|club|agency|"
        r"bank|minister|ministry|board|council|group|studio|startup) (?:has|had)\b",
        # when the remarks came: "The comments come a week after rival Brisa cut its prices"
        r"^the (?:comments|remarks|interview|announcement|appearance) (?:come|came|comes)\b",
        # how a thing was received: "The review has not gone down well.", "Reviewers have tended
        # to file her under 'difficult'", "Unions have welcomed the pledge"
        r"\b(?:has|have|had)(?: not|n['’]t) (?:gone down|landed|played) well\b",
        r"\b(?:went|gone) down (?:badly|poorly|well|like a)\b",
        r"^(?:reviewers|reviews|critics|commentators|observers|investors|analysts|economists|unions)"
        r"\b[^.;]{0,80}?\b(?:have|has) (?:\w+ly |long |so far )?(?:tended|been|called|welcomed|"
        r"dismissed|compared|described|filed|labell?ed|treated|questioned|warned)\b",
        # what came after the interview: "The morning after the episode aired, she posted …"
        r"\b(?:morning|day|evening|night|week|hours?|days?) after (?:the|this|that) (?:episode|"
        r"interview|broadcast|show|programme|program|podcast|video|segment|conversation) "
        r"(?:aired|was broadcast|went out|was published|was released|came out)\b",
        r"^within (?:hours|minutes|a day|days) of (?:the|this) (?:episode|interview|broadcast|show|"
        r"programme|program|podcast|video)\b",
        # the writer's framing of a field: "partners on paper and competitors in practice",
        # "the question of the moment", "Every few years, the industry rediscovers …", "A surge
        # is the glacial equivalent of a landslide"
        r"\b(?:on paper|in theory|in principle)\b[^.;]{0,60}\bin (?:practice|reality)\b",
        r"^the (?:question|debate|argument|buzzword|fashion) of the "
        r"(?:moment|day|year|hour|decade)\b",
        r"^every (?:few|couple of|other|ten|five|twenty) (?:years|decades|seasons|cycles)\b",
        r"\bis the (?:[\w'’-]+ )?equivalent of (?:a|an)\b",
    ),
    "critique": _rx(
        # the writer's reading of a match or a meeting: "The decision to withdraw Vaskelainen
        # was the turning point"
        r"\b(?:was|proved|became) (?:the )?(?:turning point|decisive moment|moment it turned)\b",
        # the writer's ironic marks on the next act: "Then came the “project.”"
        r"^then came (?:the |his |her |their |its )?[“\"‘']",
        # "The resemblance is hard to miss all the same."
        r"\b(?:is|was|are|were) hard to (?:miss|ignore|overlook)\b",
        # a concession before the verdict: "Ashcombe, for all their spirit, rode their luck."
        r"\bfor all (?:his|her|their|its) [\w'’-]+,",
        # the question nobody put: "Vasilakis didn't ask about the departure of the CFO"
        r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:didn['’]t|did not|never) "
        r"(?:ask|press|push|follow up)\b",
        # "It's not obvious the market shares her squeamishness, though."
        r"^(?:it['’]s|it is|it was) not (?:obvious|clear|at all clear) (?:that |whether )?",
        # "She's wearing a Lumarc hoodie, which feels like a choice given the month …"
        r"\bwhich (?:feels|seems|looks|reads|sounds) like (?:a|an)\b",
        # "The post … stops short of an apology"
        r"\bstops? short of\b",
        # "The timing is no coincidence", "Meta's track record here is mixed at best",
        # "Investors seem unconvinced", "Few executives would say this out loud"
        r"\b(?:is|was|was hardly|is hardly) (?:no|not a|hardly a) coincidence\b",
        r"\btrack record\b[^.;]{0,40}\b(?:mixed|patchy|poor|spotty|uneven|not good|shaky)\b",
        r"\b(?:mixed|patchy|modest|optimistic|premature|generous) at best\b",
        r"\b(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked|remain|remains|"
        r"remained) (?:largely |mostly |decidedly |far from )?(?:unconvinced|unimpressed|"
        r"unpersuaded|sceptical|skeptical)\b",
        r"^few (?:[\w-]+ ){0,2}(?:executives|ceos|founders|bosses|leaders|politicians|people|"
        r"companies|firms) would\b",
        # "This is classic Zuckerberg", "The numbers don't quite add up", "Meta has been here
        # before", "easier said than done", "that remains a promise", "Time will tell"
        r"^(?:this|that|it)(?: is|['’]s| was) classic (?-i:[A-Z])",
        r"\b(?:don['’]t|doesn['’]t|do not|does not|didn['’]t|did not) (?:quite )?add up\b",
        r"^[^.;]{1,40}\b(?:has|have|had) been here before\b",
        r"\bthe elephant in the room\b",
        r"\beasier said than done\b",
        r"\bremains? (?:a|an|just a|only a|little more than a) (?:promise|hope|aspiration|pledge"
        r"|wish)\b",
        r"^time will tell\b",
        r"^this is where (?:things|it) gets? (?:interesting|tricky|complicated|murky)\b",
        # "Her “profitable by Christmas” line is doing a lot of heavy lifting."
        r"\bis doing (?:a lot of|most of the|all (?:of )?the|much of the) (?:heavy )?"
        r"(?:lifting|work)\b",
        # the writer's remedy or own word for it: "The fix is simple.", "I would call it …"
        r"^the (?:fix|solution|remedy|cure) (?:is|was|would be) (?:simple|obvious|easy|"
        r"straightforward)\b",
        r"\bI(?: would|['’]d) call (?:it|this|that)\b",
        # "… when he is about to say something that isn't quite true"
        r"\b(?:is|was|are|were)(?: not|n['’]t) (?:quite|entirely|strictly|wholly|altogether) "
        r"(?:true|accurate|correct|the case)\b",
        r"\b(?:looks|sounds|seems|reads) (?:less|more) like\b[^.;]{1,80}\bthan\b",
        # a distinction the speaker blurs: "No plans for redundancies is, again, not the same
        # thing as no fewer drivers."
        r"\bnot the same thing as\b",
        # the writer weighing a reaction or a position: "His frustration is understandable,
        # but the replay does not help his case.", "Asare has problems of his own."
        r"\b(?:is|was|seems|feels) (?:entirely |perfectly |completely |quite )?understandable\b",
        r"\b(?:does not|doesn['’]t|did not|didn['’]t|will not|won['’]t) help (?:his|her|their|its) "
        r"(?:case|cause|argument)\b",
        r"\b(?:has|have) (?:problems|troubles|difficulties|questions to answer) of "
        r"(?:his|her|their|its) own\b",
        # a superlative from the writer's own experience: "the most honest framing … I've heard"
        r"\bthe (?:(?:most|least) [\w-]+|best|worst) [^.;\"“”]{0,80}\bI(?:['’]ve| have) (?:ever )?"
        r"(?:heard|seen|"
        r"read)\b",
        # the writer grading a moment: "It was a good moment, and it went round social media",
        # "The closing round produced a few gems", "Something less quotable and more honest."
        r"^(?:it|that|this) (?:was|is) (?:a|an) (?:good|great|fine|rare|strong|weak|nice|lovely|"
        r"awkward|uncomfortable|memorable|revealing|telling) (?:moment|line|answer|exchange|"
        r"question|point)\b",
        r"\b(?:produced|yielded|offered|contained|had) (?:a few|some|several|one or two|the "
        r"occasional) (?:gems|nuggets|highlights|surprises|revelations)\b",
        r"^something (?:less|more) \w+(?: and (?:less|more) \w+)?\s*[.!]?$",
        # the writer's ranking of a work: "The chapter is the best thing Kallistrand has
        # written", "it's the best work of her career"
        r"\bthe (?:best|finest|strongest|weakest|worst) (?:\w+ )?(?:thing|work|book|film|album|"
        r"record|performance|episode|chapter|novel|song|role|interview)s? (?:[\w'’-]+ ){0,3}"
        r"(?:has|have|had) (?:ever )?(?:written|made|done|recorded|directed|produced|given|"
        r"published|shot)\b",
        r"\bthe (?:best|finest|strongest|weakest|worst) (?:\w+ ){0,2}of (?:his|her|their|its) "
        r"career\b",
        # an idea that will not last: "That may not survive contact with the transfer window."
        r"\b(?:may|might|could|will|would|won['’]t) (?:not |never )?survive contact with\b",
    ),
}
MEDIUM = _rx(
    # a short characterisation by denial, closing the sentence: "Cobbinshaw is not a large vault."
    r"^[^,;:]{3,40}? (?:is|was|are|were) not (?:a |an )?(?:particularly |especially |very |"
    r"terribly |exactly )?(?:large|big|huge|major|small|famous|glamorous|obvious|typical|"
    r"natural|easy|simple|cheap) [\w-]+\s*[.!]?$",
    r"\bseemed to be\b",
    # the writer finding out: "That “double-entry grief”, it turns out, runs both ways."
    r"\bit turns out\b",
    rf"\b(?:was|were|is|are|sounded|seemed|remained|stayed) (?:\w+ly )?(?:{_ANSWER_FAULTS})\b",
    # how well someone did, not where they stand: "He was less sure-footed on moderation."
    r"\b(?:was|were|is|are|seemed|sounded|looked) (?:much |far |a little |rather |noticeably )?"
    r"(?:less|more) (?:sure-footed|convincing|comfortable|assured|persuasive|fluent|at ease|"
    r"polished|coherent|impressive)\b",
    rf"\b(?:is|was|are|were|sounded|came across as) (?:{_TRAITS})(?:, (?:{_TRAITS}))*,? and "
    rf"(?:{_TRAITS})\b",
    rf"^[^,;:]{{3,50}}? (?:is|was|are|were|looks|seems|sounds) (?:\w+ly |hardly |not |far from )?"
    rf"(?:{_VERDICT})\s*[.!]?$",
    r"\bappears? to (?:be|have)\b",
    r"\b(?:notable|notably|remarkably)\b",
    r"\bhowever\b",
    r"^yet\b",
    r"^but\b",
    r"\bthis seems\b",
    r"\bseems\b",
    r"\bshould\b",
    r"\bmust\b",
    r"\?\s*$",
    r"\bwhich suggests\b",
    r"\bas some have called\b",
    r"\balthough\b",
    r"\bnot yet\b",
    r"\bso far\b",
)
_FACTS = (
    r"\b(?:19|20)\d\d\b",
    # an official statistic: "…, according to the Ridgeshire Statistics Office"
    r"\baccording to (?:the )?(?:(?-i:[A-Z])[\w&'’-]+ ){1,4}(?-i:Office|Bureau|Agency|Institute|"
    r"Authority|Commission|Survey|Department|Ministry)\b",
    # how big a firm is: "software used by roughly 1,900 rural clinics", "The agency employs
    # about 9,800 people", "operates 27 warehouses", "which is privately held"
    r"\b(?:used|relied on|trusted) by (?:roughly|about|around|some|nearly|almost|more than|"
    r"over) [\d,.]+\b",
    r"\b(?:employs|operates) (?:roughly |about |around |some |nearly |almost |"
    r"more than |over )?[\d,.]+\b",
    r"\b(?:privately held|publicly (?:traded|listed))\b",
    # a record: "Mabry-Stokes averaged 24.1 points and 8.7 assists last season"
    r"\baveraged [\d.,]+ (?:\w+ )?(?:points|goals|runs|yards|rebounds|assists|wickets|"
    r"minutes|hours|days)\b",
    r"\b\d[\d,.]*\s*(?:%|per ?cent|percent)",
    r"\b(?:ran|lasted|runs) for (?:\w+ ){0,2}(?:days|weeks|months|years)\b",
    r"^when (?:the )?(?:\w+ ){0,8}(?:was|were) "
    r"(?:published|announced|released|launched|reported)\b",
    r"^most (?:\w+ ){0,3}(?:is|are) (?:now )?\w+",
    # a market's or a firm's movement up to now: "Hourly rates have fallen by a third since
    # autumn", "Prices have roughly doubled since the spring"
    r"\b(?:has|have) (?:\w+ly )?(?:fallen|risen|dropped|climbed|doubled|halved|tripled|grown|"
    r"shrunk|slumped|soared|surged|jumped|declined|increased|decreased|slipped|crept up)\b"
    r"[^.;]{0,50}\bsince\b",
)
WEAK = _rx(
    *_FACTS,
    r"\bcould\b",
    r"\bmight\b",
    r"\bmay\b",
    r"\bperhaps\b",
    r"\barguably\b",
    r"\blikely\b",
    r"\bindeed\b",
    r"\bpromises\b",
    r"\bcompelling\b",
    r"\bgame-changer\b",
    r"\bsignificant\b",
    r"\bprofound\b",
    r"\bhighlights\b",
    r"\breflects\b",
    r"\brepresents\b",
    r"\bemphasizes\b",
    r"\bemphasises\b",
    r"\bimportance\b",
    r"\bimplications?\b",
    r"\bfor decades\b",
    r"\bhave long\b",
    r"\blong before\b",
    r"\bfounded in\b",
    r"\bhas raised\b",
    r"\bhas been studied\b",
    r"\bwas built\b",
    r"\bwidely\b",
)
_CONTEXT_WEAK = _rx(
    *_FACTS,
    r"\bfor decades\b",
    r"\bhave long\b",
    r"\blong before\b",
    r"\bfounded in\b",
    r"\bhas raised\b",
    r"\bhas been studied\b",
    r"\bwas built\b",
    r"^like many\b",
)
_CRITICAL = _rx(
    r"\bhowever\b",
    r"\bbut\b",
    r"\byet\b",
    r"\bcould\b",
    r"\bmight\b",
    r"\braises\b",
    r"\bconcerns?\b",
    r"\brisks?\b",
    r"\bcritic",
    r"\?",
    r"\bnot without\b",
    r"\bcrucial\b",
    r"\bchallenges?\b",
    r"\bslower\b",
    r"\bcostlier\b",
    r"\brarely\b",
    r"\bnot a\b",
    r"\bless\b",
    r"\bmodest\b",
    r"\bwhether\b",
)
_SPLIT_MARKERS = _rx(
    r"^in fact\b",
    r"^for (?:those|readers) unaware\b",
    r"^in contrast\b",
    r"^by contrast\b",
    r"^similarly\b",
    r"^insight\s*:",
)
_LABEL_PREFIX = re.compile(
    r"^\[?\s*(?:insight|analysis|our take|my take|takeaway|editor['’]s note|note|background|"
    r"context|fact[- ]?check|reality check|verdict|(?:the )?facts|(?:our )?(?:rating|ruling)|"
    r"[A-Z][\w'’ ]{0,20} notes?)"
    r"(?:\s*,\s*[^:,]{1,30}|\s*\([^)]{1,40}\))?\s*:\s*",
    re.I,
)
_NO_ONE = re.compile(r"\s*(?:Nobody|No one|No-one|Nobody else)\b")
# A paragraph the writer labels as their own ("Fact check: the page …") is commentary
# whatever it reports, of the kind its label names.
_OWN_LABEL = re.compile(
    r"^[*_]*\[?\s*(?P<label>fact[- ]?check|reality check|analysis|context|background|my take|"
    r"our take|insight|verdict|(?:the )?facts|(?:our )?(?:rating|ruling))[*_]*\s*:",
    re.I,
)
_LABEL_KIND = {"context": "context", "background": "context"}
_LABEL_KIND |= dict.fromkeys(
    ("fact", "reality", "verdict", "facts", "rating", "ruling"), "fact-check"
)

_VERBS = "|".join(
    sorted((v for v in REPORTING_VERBS if v not in ("was", "were", "is")), key=len, reverse=True)
)
_COPULA_PHRASES = (
    r"(?:was|is|were)\s+(?:open|optimistic|pessimistic|asked|blunter|candid|clear|"
    r"adamant|unapologetic|frank|keen|quick|careful|cautious|dismissive|emphatic)"
)


# What follows a reporting subject: an optional apposition, adverbs, then the verb.
_REPORT_TAIL = re.compile(
    r"(?:['’]s)?(?:\s*,[^,.]{1,80},)?\s+(?:[a-z]+ly\s+)?(?:also\s+|then\s+|later\s+|further\s+|"
    r"has\s+|had\s+|did\s+not\s+|didn['’]t\s+|does\s+not\s+|doesn['’]t\s+)?"
    rf"(?:{_VERBS}|{_COPULA_PHRASES}|touch(?:es|ed)?\s+on|beg(?:an|ins)\s+by|open(?:ed|s)\s+(?:by|with)|concluded\s+by)\b"
)
_SAID_IT_WHEN = re.compile(r"\b(?:when|while|before|after|because)\s+$")
_IT_AFTER = re.compile(r"\s+(?:it|that|this|so)\b\s*(?:[,.;!?]|$)")
_PRONOUN_WHO = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?:{ROLE_ALT}))\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")


@functools.lru_cache(maxsize=256)
def _names_rx(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not forms:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")\b")


class _Hit:
    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._start = start
        self._end = end

    def start(self) -> int:
        return self._start

    def group(self, _n: int = 0) -> str:
        return self._text

    def end(self) -> int:
        return self._end


class Reporting:
    """Finds a reporting clause ("Ruiz said", "the founder, who …, argued", "according to
    her"). The verb and role alternations are compiled once; only the (small) alternation
    of the article's names is compiled per article, and cached."""

    def __init__(self, forms: tuple[str, ...]) -> None:
        self.names = _names_rx(forms)

    def _who_at(self, text: str, at: int) -> re.Match[str] | None:
        if self.names is not None:
            m = self.names.match(text, at)
            if m:
                return m
        return _PRONOUN_WHO.match(text, at)

    def search(self, text: str) -> _Hit | None:
        starts: list[tuple[int, int, re.Match[str]]] = []
        if self.names is not None:
            starts.extend((m.start(), 0, m) for m in self.names.finditer(text))
        starts.extend((m.start(), 1, m) for m in _PRONOUN_WHO.finditer(text))
        starts.extend((m.start(), 2, m) for m in _ACCORDING.finditer(text))
        starts.sort(key=lambda t: (t[0], t[1]))
        for start, kind, m in starts:
            if kind == 2:
                who = self._who_at(text, m.end())
                if who:
                    return _Hit(text[start : who.end()], start, who.end())
                continue
            tail = _REPORT_TAIL.match(text, m.end())
            if tail and _SAID_IT_WHEN.search(text, 0, start) and _IT_AFTER.match(text, tail.end()):
                continue  # "She was smiling when she said it, though.": no words reported
            if tail:
                return _Hit(text[start : tail.end()], start, tail.end())
        return None


def reporting_regex(reg: Registry) -> Reporting:
    forms = sorted({f for p in reg.persons for f in (p.name, *p.aliases)}, key=len, reverse=True)
    return Reporting(tuple(forms))


@functools.lru_cache(maxsize=4096)
def cue_of(sentence: str) -> tuple[str | None, str]:
    """(kind, strength) of the strongest commentary cue in a sentence."""
    s = sentence.strip().lstrip("[")
    for kind in ("insight", "context", "fact-check", "comparison", "critique"):
        if STRONG[kind].search(s):
            return kind, "strong"
    for kind in ("insight", "context", "fact-check", "comparison", "critique"):
        if GATED[kind].search(s):
            return kind, "gated"
    if MEDIUM.search(s):
        return "critique", "medium"
    if WEAK.search(s):
        return ("context" if _CONTEXT_WEAK.search(s) else None), "weak"
    return None, ""


def kind_of(text: str) -> str:
    sentences = [text[s:e] for s, e in split_sentences(text)] or [text]
    first, _ = cue_of(sentences[0])
    if first in ("insight", "context", "fact-check", "comparison"):
        return first
    for s in sentences:
        kind, strength = cue_of(s)
        if strength == "strong" and kind != "critique":
            if kind in ("fact-check", "comparison"):
                return kind
    if any(_CRITICAL.search(s) for s in sentences):
        return "critique"
    for s in sentences:
        kind, _ = cue_of(s)
        if kind:
            return kind
    return "insight"


@dataclass
class ParaInfo:
    reporting: bool
    has_quote: bool
    speakers: list[str]


_SPEAKER_PRONOUN_OPENS = re.compile(r"(?:He|She|They|His|Her|Their|Him|Them)\b")
_CLOSED = re.compile(r"[.!?][”\"’']$")


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


def _outside_fact(sentence: str) -> bool:
    """A fact from outside the conversation, with no pronoun of the speaker: "The club
    was founded in 1904.", "Tallgrass last raised in 2030, a $48m Series B"."""
    kind, strength = cue_of(sentence)
    return strength == "weak" and kind == "context" and not _PERSON_PRONOUN.search(sentence)


def _outside(text: str, s: int, e: int, prot: list[tuple[int, int]]) -> str:
    """The words of text[s:e] outside its quotations."""
    out = text[s:e]
    for qs, qe in prot:
        if qs < e and qe > s:
            out = out.replace(text[max(qs, s) : min(qe, e)], " ")
    return out


def _after_closing_quotes(
    text: str, sents: list[tuple[int, int]], prot: list[tuple[int, int]], rep_rx: Reporting
) -> list[tuple[int, int]]:
    """A quotation that ends its own sentence ("… fake sheep.’") protects its marks, so the
    sentence runs on past them; the writer's judgement after it ("It is hard to tell how
    much of this is a bit.") is a sentence of its own, unless it attributes the quotation
    ("Lindgren asked.")."""
    out = []
    for s, e in sents:
        cut = next(
            (
                qe
                for _, qe in prot
                if s < qe < e
                and _CLOSED.search(text, 0, qe)
                and text[qe:e].strip()[:1].isupper()
                # "Her argument is that …" goes on reporting her
                and not _SPEAKER_PRONOUN_OPENS.match(text[qe:e].strip())
                and (cue_of(text[qe:e])[1] in ("strong", "gated") or _outside_fact(text[qe:e]))
                and not rep_rx.search(text[qe:e])
                # a sentence the writer opens as theirs stays whole: "One correction …: X
                # puts it at “about a third.” The survey …"
                and cue_of(_outside(text, s, e, prot))[1] != "strong"
            ),
            None,
        )
        if cut is None:
            out.append((s, e))
        else:
            rest = cut + len(text[cut:e]) - len(text[cut:e].lstrip())
            out += [(s, cut), (rest, e)]
    return out


_WHOLLY_QUOTED = re.compile(r"[\"“‘'][^\"“”]{3,400}[\"”’']")


def read_paragraph(
    para: Para,
    reg: Registry,
    rep_rx: Reporting,
    quote_ranges: list[tuple[int, int, str | None]],
    *,
    after_quote: bool,
    next_speaker: str | None,
    interjection: bool,
    next_quoted: bool = True,
    lede: bool = False,
) -> tuple[list[Piece], ParaInfo]:
    """Split a paragraph into reported speech and the author's commentary.

    ``lede``: the paragraph sets the story up before anyone is quoted; there an
    outside fact or a hedge is the story itself, and only a clear cue makes it the
    author's commentary."""
    text = para.text
    prot = [(s, e) for s, e, _ in quote_ranges]
    if not prot and _WHOLLY_QUOTED.fullmatch(text.strip()):
        # words in quotation marks and nothing else, taken for no one's statement (a pull
        # quote repeating the headline): not the writer's voice either
        return [], ParaInfo(reporting=False, has_quote=False, speakers=[])
    sents = _after_closing_quotes(text, split_sentences(text, prot), prot, rep_rx)
    labels: list[str] = []
    speakers: list[str | None] = []
    judged = False  # a sentence carries a strong cue of the writer's judgement
    for s, e in sents:
        sentence = text[s:e]
        in_quote = any(qs < e and qe > s for qs, qe in prot)
        outside = sentence
        for qs, qe in prot:
            if qs < e and qe > s:
                outside = outside.replace(text[max(qs, s) : min(qe, e)], " ")
        rep = rep_rx.search(outside)
        if rep and _NO_ONE.match(outside):
            rep = None  # "Nobody had asked him to apologise …": no one's words are reported
        kind, strength = cue_of(outside)
        judged = judged or strength == "strong"
        if rep and (
            (kind == "comparison" and strength == "strong")
            or (strength == "gated" and kind is not None)
        ):
            # "Ruiz said sales beat most rivals'" reports a comparison; "Varga is a better
            # interviewee than most: she concedes points" and "Ruane was blunter than his
            # coach" make one, the comparison standing before or in the reporting clause
            cues = STRONG[kind] if strength == "strong" else GATED[kind]
            at = cues.first(outside)
            trailing = outside[: rep.start()].rstrip().endswith(",") and bool(
                _TRAILING_ATTRIBUTION.match(outside, rep.end())
            )
            if at is not None and at < rep.end() and not trailing:
                rep = None
            elif strength == "strong":
                # a judgement in the same sentence still holds: "If X wants to be taken
                # seriously, it could answer the question Y asked, not the easier one"
                other = next(
                    (
                        k
                        for k in ("insight", "context", "fact-check", "critique")
                        if STRONG[k].search(outside)
                    ),
                    None,
                )
                kind = other or kind
        if strength == "gated":
            strength = "" if rep else "strong"
            judged = judged or strength == "strong"
        aside = (
            s > 0
            and not in_quote
            and not rep
            and bool(_ASIDE_SENTENCE.match(sentence.strip()))
            and len(sentence.split()) >= 3
        )
        if (
            (strength == "strong" and not (rep and kind == "comparison"))
            or (strength == "medium" and not rep and not _mostly_quoted(s, e, prot))
            or aside
        ):
            labels.append("C")
            speakers.append(None)
        elif in_quote and (
            not rep or sentence.lstrip()[:1] in "\"“«‘'" or _LEAD_IN_ONLY.match(outside)
        ):
            labels.append("Q")  # a quotation's own sentence: the quote is the statement
            speakers.append(None)
        elif rep:
            labels.append("R")
            speakers.append(_speaker_of(rep.group(0), reg, para.index, s))
        else:
            # an outside fact with no pronoun of the speaker ("The club was founded in
            # 1904.") is the author's context, even inside reported speech
            fact = not lede and not in_quote and _outside_fact(outside)
            labels.append("C" if fact else "W" if strength == "weak" and not lede else "N")
            speakers.append(None)
    reporting = any(lb == "R" for lb in labels)
    info = ParaInfo(reporting=reporting, has_quote=bool(prot), speakers=[])
    pieces: list[Piece] = []
    whole = bool(sents) and not reporting and not prot
    own = _OWN_LABEL.match(text)
    if note := MD_FOOTNOTE.match(text):
        # a footnote is the writer's own note on the text: "[^2]: The model card lists …"
        body = text[note.end() :].strip()
        return [Piece(kind_of(body), body, para.index, note.end(), is_commentary=True)], info
    if interjection and not own and sents and _all_logistics(text, sents):
        return [], info  # an aside that only gives hours and places: "The clinic is open …"
    if interjection or own:
        body = _LABEL_PREFIX.sub("", text.strip().strip("*_")).rstrip("]").strip()
        if body.startswith("(") and body.endswith(")"):
            body = body[1:-1].strip()
        offset = text.find(body[:20]) if body else 0
        kind = kind_of(text)
        if own:
            words = own.group("label").lower().split()
            word = words[-1] if words[0] in ("the", "our") else words[0]  # "The facts:"
            kind = _LABEL_KIND.get(word.split("-")[0], kind)
        return [Piece(kind, body, para.index, max(0, offset), is_commentary=True)], info
    if whole:
        lead_in = (
            next_speaker is not None and next_speaker.split()[-1] in text and "C" not in labels
        ) or (text.rstrip().endswith(":") and (next_quoted or "C" not in labels))
        # what happens next is information, unless the writer plainly judges it
        # and a news report's own narrative: an organisation's statement, "declined to
        # comment", "did not respond to a request for comment"
        logistics = not judged and _all_logistics(text, sents)
        if ("C" in labels or "W" in labels or after_quote) and not lead_in and not logistics:
            pieces.extend(_commentary_items(text, sents, para.index))
        return pieces, info
    # a paragraph that reports speech: paraphrase runs and commentary runs
    i = 0
    while i < len(sents):
        lb = labels[i]
        if lb == "R":
            j = i + 1
            while (
                j < len(sents)
                and labels[j] != "C"
                and not (labels[j] == "R" and speakers[j] and speakers[j] != speakers[i])
            ):
                j += 1
            s0, e0 = sents[i][0], sents[j - 1][1]
            who = speakers[i] or _fallback_speaker(reg, para.index, s0)
            pieces.append(Piece("paraphrase", text[s0:e0], para.index, s0, speaker=who))
            if who:
                info.speakers.append(who)
            i = j
        elif lb == "C":
            # the hedged sentences just before a judgment lead into it ("The board
            # appears to be betting … That reading is consistent with …")
            k = i
            while k > 0 and labels[k - 1] == "W" and not _taken(pieces, sents[k - 1]):
                k -= 1
            j = i + 1
            while j < len(sents) and labels[j] in ("C", "N", "W"):
                j += 1
            pieces.extend(_commentary_items(text, sents[k:j], para.index))
            i = j
        else:
            i += 1
    return pieces, info


# A sentence that is a quotation and its short lead-in only ("What she said: “…”"): the
# quotation is the statement, and there is nothing reported besides.
_LEAD_IN_ONLY = re.compile(r"^\s*(?:\S+\s+){1,5}?\S*:\s*[.,;!?]?\s*$")


# The writer's aside in brackets within a paragraph: "(She couldn't. She re-recorded four
# songs instead.)"; a stage direction ("(Laughs.)") has fewer words
_ASIDE_SENTENCE = re.compile(r"^\(\s*[A-Z][^()]*\)$")


# "…, she said." or "…, he added, …": after a comma, an attribution that only trails what it
# reports
_TRAILING_ATTRIBUTION = re.compile(r"\s*(?:[,.;:!?]|$)")


# Dates, venues and tickets: what happens next is information, not the author's view.
_LOGISTICS = re.compile(
    r"\b(?:takes place|will take place|meets|will meet|continues|runs until|runs from|"
    r"runs through|opens|"
    r"closes|is open to the public|will be (?:streamed|broadcast|published|shown)|tickets|"
    r"starting at|from \d{1,2} (?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)|(?:on|until|from) (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|at \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)"
    # a service's hours: "The walk-in clinic … is open 10am–8pm …", "No appointment is needed."
    r"|is open (?:from|daily|every|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)?)"
    r"|[Nn]o (?:appointments?|bookings?|referrals?|tickets?) "
    r"(?:is |are )?(?:needed|necessary|required))\b"
)


_NEWS_NARRATIVE = re.compile(
    r"\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t) (?:immediately )?"
    r"(?:respond|reply|return)\b[^.]{0,40}\b(?:requests?|messages?|calls?|emails?|inquir)"
    r"|\bdeclined to (?:comment|say|elaborate|discuss|give|specify|name|be interviewed)\b"
    r"|\bcould not (?:immediately )?be reached\b"
    # an organisation or its spokesperson speaking: "The U.S. Consumer Product Safety
    # Commission said it had received 14 reports", "A spokeswoman for the agency … said"
    r"|^(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,5}(?-i:Commission|Agency|Department|Ministry|"
    r"Council|Authority|Board|Bureau|Office|Service|Institute|Association|Union|Police|Court|"
    r"Administration|Regulator)\s+(?:said|says|told|announced|reported|confirmed|added|stated)\b"
    r"|^(?:An?|The)\s+(?:company\s+|agency\s+)?spokes(?:wo)?(?:man|person)\b[^.]{0,80}"
    r"\b(?:said|says|told|confirmed|added)\b",
    re.I,
)


def _all_logistics(text: str, sents: list[tuple[int, int]]) -> bool:
    """Whether every sentence is information (hours, dates, tickets) or the report's own
    narrative ("declined to comment"), with no judgement in it."""
    return all(
        (_LOGISTICS.search(text[s:e]) or _NEWS_NARRATIVE.search(text[s:e]))
        and cue_of(text[s:e])[1] != "strong"
        for s, e in sents
    )


def _mostly_quoted(s: int, e: int, prot: list[tuple[int, int]]) -> bool:
    """Whether quoted words make up more than a word or two of the sentence: a partial
    quote ("who, in November, called the closures “unavoidable”") leaves it the writer's."""
    quoted = sum(max(0, min(qe, e) - max(qs, s)) for qs, qe in prot)
    return quoted > 25 or quoted * 3 > e - s


def _taken(pieces: list[Piece], sentence: tuple[int, int]) -> bool:
    return any(p.start <= sentence[0] < p.start + len(p.text) for p in pieces)


def _commentary_items(text: str, sents: list[tuple[int, int]], para: int) -> list[Piece]:
    groups: list[list[tuple[int, int]]] = []
    for s, e in sents:
        if groups and not _SPLIT_MARKERS.search(text[s:e]):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    out = []
    for g in groups:
        body = text[g[0][0] : g[-1][1]]
        label = _LABEL_PREFIX.match(body)
        start = g[0][0]
        kind = kind_of(body)
        if label:
            body = body[label.end() :]
            start += label.end()
        out.append(Piece(kind, body.strip(), para, start, is_commentary=True))
    return out


def _speaker_of(match: str, reg: Registry, para: int, at: int) -> str | None:
    first = match.split()[0] if match.split() else ""
    if first.lower() in ("he", "she"):
        person = reg.last_mentioned((para, at + 1), pronoun_gender(first))
        return person.name if person else None
    if first.lower() == "according":
        rest = match.split()[2:] if len(match.split()) > 2 else []
        return _speaker_of(" ".join(rest) + " x", reg, para, at) if rest else None
    if first.lower() == "the":
        person = reg.by_role_word(match.split()[1], (para, at)) if len(match.split()) > 1 else None
        return person.name if person else None
    person: Person | None = None
    for k in range(min(4, len(match.split())), 0, -1):
        cand = re.sub(r"['’]s$", "", " ".join(match.split()[:k]))
        person = reg.resolve(cand)
        if person:
            break
    return person.name if person else None


def _fallback_speaker(reg: Registry, para: int, at: int) -> str | None:
    person = reg.last_mentioned((para, at + 1))
    return person.name if person else None
