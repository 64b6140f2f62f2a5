"""Word lists and small text helpers shared by the parser's modules.

The lists are deliberately generic English journalism vocabulary: nothing here
may name a particular article, person or outlet.
"""

from __future__ import annotations

import re
import unicodedata

# A capitalised word of a name: letters (any script), inner apostrophes and hyphens.
_CAP = r"[^\W\d_a-z][^\W_]*(?:['’-][^\W\d_][^\W_]*)*"
_PARTICLE = r"(?:de|da|das|do|dos|van|von|der|den|del|della|di|du|la|le|bin|ibn|al|el|ter|ten)"
_HONORIFIC = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|Revd|Fr|Capt|"
    r"Col|Lt|Sgt|Supt|Insp|Det|Sen|Rep|Gov|Hon|Rabbi|Imam|Mayor|Senator|Judge|Captain|"
    r"Commander|Inspector|Sergeant|Constable|Bishop|Archbishop|Cardinal|Pastor|Reverend|"
    r"Father|Sister|Sheikh|Coach|Lieutenant|Colonel|Admiral|President|Chancellor|Rector|Provost|Rt|Very|"
    r"Councilmember|Councilwoman|Councilman|Alderman|Alderwoman|Commissioner|Governor|Referee)"
    r"\.?(?=\s)"
)
# A forum user's handle, all a page may give of a person: "u/velvetgoblin" on Reddit.
HANDLE = r"(?<![\w/])u/[^\W_][\w-]{2,29}(?![\w/])"
HANDLE_RE = re.compile(HANDLE)
# One to four capitalised words (an optional honorific first, up to two particles before a
# word: "Ingrid van der Berg"), or a handle; no nested repetition,
# so it stays linear on long inputs.
_NAME_WORD = rf"\s+(?:{_PARTICLE}\s+){{0,2}}{_CAP}"  # a further word, particles before it
NAME = rf"(?:{HANDLE}|(?<![\w'’-])(?:{_HONORIFIC}\s+){{0,3}}{_CAP}(?:{_NAME_WORD}){{0,3}})"
# up to six words, so that "Brightwater Motors CEO Callum Reyes" and "Carrowmere Financial Chief
# Executive Lorenzo Achebe-Strand" keep the whole name
NAME2 = rf"(?<![\w'’-])(?:{_HONORIFIC}\s+){{0,3}}{_CAP}(?:{_NAME_WORD}){{1,5}}"
HONORIFIC = _HONORIFIC
PARTICLE = _PARTICLE
# a time in brackets opening a line: "[00:14:02] The 2019 walkout", "(00:01:41) The hands …"
TIME_LEAD = re.compile(r"^\s*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s+(?=\S)")
# a podcast transcript's turn label: the name and the time in brackets before the words
# ("Hallam Dyer (00:01:12) When did you …?"), or the two alone on a line over the turn's
# paragraphs ("Hallam Dyer 00:00:06"); "The Margin Question (11:40)" heads a chapter
STAMPED_LABEL = re.compile(
    rf"^\s*(?P<label>{NAME})\s+(?:[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]\s+(?P<rest>\S.*)"
    r"|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.S,
)
HONORIFIC_RE = re.compile(rf"^(?:{_HONORIFIC}\s+)+")  # "the Rt Revd Dr …": all of them

SPEECH_VERBS = (
    "said says say told tells added adds noted notes explained explains asked asks replied "
    "replies answered answers insisted insists argued argues stated states recalled recalls "
    "remarked remarks observed observes joked jokes admitted admits conceded concedes "
    "continued continues declared declares warned warns claimed claims acknowledged "
    "acknowledges suggested suggests quipped quips responded responds countered counters "
    "predicted predicts promised promises mused muses confessed confesses agreed agrees "
    "cautioned cautions urged urges recounted recounts reflected reflects emphasized "
    "emphasizes emphasised emphasises stressed stresses concluded concludes offered offers "
    "laughed laughs shrugged sighed smiled whispered shouted interjected interrupted "
    "announced announces confirmed confirms explained revealed reveals added pointed "
    "retorted retorts snapped snaps corrects corrected ask repeated repeats reiterated reiterates"
).split() + ["shot back", "fired back", "hit back", "shoots back", "fires back"]
SPEECH_ING = (
    "saying stating adding noting explaining asking replying answering insisting arguing "
    "recalling remarking observing joking admitting conceding declaring warning claiming "
    "acknowledging suggesting quipping responding countering predicting promising musing "
    "confessing agreeing cautioning urging recounting reflecting emphasizing emphasising "
    "stressing concluding telling writing tweeting posting"
).split()
WRITTEN_VERBS = (
    "wrote writes write tweeted tweets posted posts emailed emails texted texts messaged "
    "messages blogged blogs read reads"
).split()
WRITTEN_NOUNS = (
    "tweet tweets post posts blog blogpost email emails e-mail memo memos letter letters "
    "newsletter op-ed essay message messages statement caption thread note notes column "
    "slide slides placard placards banner sign poster announcement announcements"
).split()
# Reported speech: verbs whose subject is a person and whose object is what they said.
REPORTING_VERBS = sorted(
    set(SPEECH_VERBS)
    | set(
        "envisions envisioned envision believes believed believe highlights highlighted "
        "highlight indicated indicates revealed reveals predicted predicts expects expected "
        "sees saw views viewed describes described defended defends discusses discussed "
        "shared shares expressed expresses addressed addresses touched touches mentioned "
        "mentions advocated advocates reaffirmed reaffirms recognizes recognized recognises "
        "recognised acknowledges outlined outlines laid lays detailed details elaborated "
        "elaborates underscored underscores reiterated reiterates maintained maintains "
        "contended contends thinks thought feels felt hopes hoped wants wanted called calls "
        "criticized criticised dismissed dismisses rejected rejects denied denies disputed "
        "disputes concluded wrapped "
        "considers considered estimates estimated proposed proposes "
        "worries worried fears feared admitted announced "
        "was were is".split()
    )
)
# "was"/"is" only count as reporting in fixed phrases; see commentary.REPORTING_RE.
_COPULAS = {"was", "were", "is"}

WRITTEN_VERB_SET = set(WRITTEN_VERBS)
SPEECH_VERB_SET = set(SPEECH_VERBS) | set(SPEECH_ING)

ROLE_NOUNS = set(
    """
    ceo cto cfo coo cmo cio cso cpo vp evp svp md chair chairman chairwoman chairperson
    president founder co-founder cofounder director head manager minister secretary mayor
    governor senator editor engineer scientist researcher professor teacher lecturer owner
    spokesperson spokesman spokeswoman analyst host presenter anchor correspondent reporter
    counsel barrister solicitor
    journalist author novelist writer poet chef cook coach partner investor officer executive
    lead leader economist designer architect developer physician doctor nurse surgeon lawyer
    attorney judge historian artist musician player captain principal dean chancellor
    commissioner adviser advisor consultant strategist activist campaigner organiser organizer
    entrepreneur ambassador representative mp congressman congresswoman councillor councilor
    chief boss producer filmmaker actor actress singer fellow student farmer pilot astronaut
    curator critic commentator expert specialist official president premier chancellor
    treasurer controller superintendent inspector sergeant detective general colonel admiral
    bishop pastor rabbi imam priest glaciologist meteorologist psychologist physicist chemist
    biologist geologist climatologist epidemiologist economist sociologist anthropologist
    moderator interviewer panelist panellist guest trustee governor deputy assistant
    administrator coordinator supervisor technician scholar diplomat negotiator regulator
    prosecutor defender goalkeeper striker midfielder defender manager trainer athlete
    broadcaster podcaster columnist blogger vintner winemaker brewer baker publisher
    midwife paramedic firefighter seismologist engineer planner surveyor solicitor barrister
    member councilwoman councilman alderman assemblyman assemblywoman
    ceo-designate chairwoman headteacher headmaster headmistress vicar priest minister
    drummer trumpeter frontman frontwoman songwriter singer-songwriter composer conductor
    rapper painter sculptor playwright photographer sommelier winger skipper coxswain
    guard quarterback pitcher bowler jockey sprinter swimmer boxer rower
    translator interpreter illustrator biographer essayist lyricist
    """.split()
)
# the role words as one alternation for patterns, longest first ("ceo-designate" before "ceo")
ROLE_ALT = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))

# People a text may mention without naming: "a retired bus driver", "my brother", "one caller"
PERSON_NOUNS = frozenset(
    """
    man woman boy girl kid guy person speaker resident parent mother father mum mom dad
    brother sister son daughter wife husband partner uncle aunt grandfather grandmother
    friend neighbour neighbor colleague boss manager coach teacher student worker employee
    driver caller listener reader viewer customer client buyer shopper fan supporter
    protester witness passenger patient guest attendee commenter voter local farmer owner
    source
    """.split()
)
# someone mentioned without a name: "A man in Ennis", "my brother", "one caller"
UNNAMED_PERSON = re.compile(
    r"\b(?i:my|our|his|her|their|a|an|the|one|another)\s+(?:[a-z][\w'’-]*\s+)?"
    r"(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r")\b"
)
# someone named beside their relation to the speaker, up to the verb: "My co-founder, Ruth,
# used to", "Our producer, Marguerite, kept"
NAMED_IN_APPOSITION = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+[\w-]+(?:\s+[\w-]+){0,2},\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:[a-z]+\s+){0,3}$"
)
ROLE_SUFFIXES = ("ologist", "ist", "ician")


def is_role_word(word: str) -> bool:
    w = word.lower().strip(".,;:’'")
    # "co-host", "vice-chair", "ex-minister": a role with its prefix
    w = re.sub(r"^(?:co|vice|deputy|ex|former|acting|joint|assistant|then|sous|head)-", "", w)
    # "director-general", "editor-in-chief", "president-elect": the role with its suffix
    w = re.sub(r"-(?:general|in-chief|at-large|elect|designate)$", "", w)
    return w in ROLE_NOUNS or (len(w) > 5 and w.endswith(ROLE_SUFFIXES))


# Capitalised words that begin sentences or name things, never a person's first name.
NOT_NAME_WORDS = set(
    """
    the a an in on at for from to of and or but yet so as by with without into onto about
    this that these those there here then than when where while whether which who whom whose
    what why how if though although because since after before during until unless despite
    near around across behind beside beyond inside outside within throughout toward towards
    upon amid among against along
    however moreover meanwhile today yesterday tomorrow tonight now still also even just only
    it its it's he she they we i you his her their our my your him them us me one some many
    most more much all both each every any no not none other another such
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    insight note update editor photo image picture video watch read listen share subscribe
    related advertisement sponsored tags tag posted filed source credit caption episode
    chapter part section q a question answer interviewer transcript full conclusion summary
    background context correction disclosure warning tip
    ai
    inaudible unintelligible crosstalk laughter applause
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion dozens hundreds thousands
    """.split()
)

ABBREVIATIONS = (
    "dr mr mrs ms mx prof sir st jr sr vs etc inc ltd co corp no nos e.g i.e a.m p.m u.s "
    "u.k u.n approx fig gen gov sen rep col capt lt sgt mt ft"
).split()

_ABBREV_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")|\b[A-Z]|\.\.)\.$",
    re.I,
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_a-z]|\s*$)|\n")


def split_sentences(text: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a boundary never falls inside a protected span."""
    out: list[tuple[int, int]] = []
    start = 0
    prot = sorted(protected)
    pi = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        while pi < len(prot) and prot[pi][1] <= m.start():
            pi += 1
        if pi < len(prot) and prot[pi][0] < end <= prot[pi][1]:
            continue
        if m.group(0) != "\n" and _ABBREV_RE.search(text[max(start, end - 8) : end]):
            # "Dr." "U.S." "Mr." end no sentence, unless the next word clearly starts one
            if not text[end:].lstrip().startswith(("“", '"')):
                continue
        seg = text[start:end]
        if seg.strip():
            s = start + (len(seg) - len(seg.lstrip()))
            out.append((s, start + len(seg.rstrip())))
        start = end
    seg = text[start:]
    if seg.strip():
        s = start + (len(seg) - len(seg.lstrip()))
        out.append((s, start + len(seg.rstrip())))
    return out


def preceded(word: str, text: str, before: re.Pattern[str], window: int = 120) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word right after what ``before``
    (a pattern ending in ``$``) matches, as in "Ms Mabuza". Looked for at each
    occurrence of the word, rather than by a pattern compiled for each word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (end < len(text) and _WORD_CHAR.match(text, end)) and before.search(
            text[max(0, at - window) : at]
        ):
            return True
        at = text.find(word, at + 1)
    return False


_WORD_CHAR = re.compile(r"\w")


_QUESTION_SENTENCE = re.compile(r"[^.?!]*\?")


def mostly_asks(turn: str) -> bool:
    """Whether words are mainly a question: they end on one (a caller's story, then "When
    can they paddle?"), or their questions make up a third of the words or more ("Tavish,
    on pharma, how much of the step-up is mix? And then a quick one for Ruth.", "Battle
    pass? Be honest."), not a panellist's "Can I come in on the numbers?" before a long
    answer."""
    turn = turn.rstrip().rstrip("”\"’'")
    if turn.endswith("?"):
        return True
    asked = sum(len(m.group().split()) for m in _QUESTION_SENTENCE.finditer(turn))
    return 3 * asked >= len(turn.split())


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_][^\W_'’-]*(?:['’-][^\W_]+)*", text)


def strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


def title_case_name(name: str) -> str:
    """'GWEN ADAIR' -> 'Gwen Adair' (labels in capitals name the same person)."""
    if name.isupper():
        # each part of a hyphenated or elided name: "VASQUEZ-HALE" -> "Vasquez-Hale"
        return " ".join(
            re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), w)
            for w in name.split()
        )
    return name


# Capitalised words that end the names of organisations, places and publications.
ORG_WORDS = set(
    """Journal Review Times News Post Magazine Weekly Daily Radio FM TV Television Institute
    University College School Labs Lab Inc Ltd LLC Corp Group Foundation Agency Council
    Ministry Department Bank Press Media Network Studio Studios Estudio Hardware Street Avenue
    Road Square Park Summit Conference Festival Forum Expo Awards Club Town City United FC
    Partners Capital Ventures Holdings Technologies Systems Company Co Association Society
    Party Government Commission Committee Court Centre Center Museum Gallery Hospital
    Services Solutions Energy Motors Airlines Records Books Publishing Broadcasting Podcast
    Show Hour Tonight Today Morning Evening Week Weekend Report Tribune Herald Gazette
    Guardian Telegraph Observer Chronicle Courier Monthly Quarterly Digest Wire Domaine
    Château Chateau Winery Brewery Vineyards Estate Estates Hotel Restaurant Bakery Theatre
    Theater Cathedral Abbey Airport Stadium Arena Trust Assembly Authority Board Clarion
    Examiner Ledger Sentinel Mirror Echo Bulletin Dispatch Inquirer Advertiser Mercury Argus
    Synod Diocese Parliament Senate Congress Tribunal Alliance Union Federation League Blog
    Newsroom Newsletter Robotics Industries Foods Farms Pharma Pharmaceuticals Therapeutics
    Software Games Aerospace Logistics Analytics Biotech Health Healthcare Insurance Airways
    Transcripts Rail Railways Shipping Lines Rovers Athletic Wanderers Rangers Albion Harriers
    Olympic Academy Institute Observatory Laboratory Foundation Automotive Electric Semiconductor
    Semiconductors Robotics Dynamics Creek River Valley Bay Lake Beach Island Islands Mountains
    Notes Management Investments Investors Advisors Advisers Securities Equity Equities Funds
    Fund Markets Trading Brokers Realty Properties Polymers Chemicals Materials Metals Mining
    Oil Gas Utilities Water Telecom Communications Networks Labs Works Cooperative
    Co-op Collective Council Bureau Office Agency Institute Library Archive Archives Research
    Air Optics Devices Electronics Mobility AI Apparel Brands Outfitters
    Consulting Consultancy Strategies Economics Associates Advisory Intelligence Insights
    Sciences Studies Engineering Medicine Humanities Physics Chemistry Biology""".split()
)


# First names that, in English-language writing, almost always belong to one gender: a
# prior for "he"/"she" when the text's own pronouns are few or point elsewhere. Names
# used for both (Alex, Sam, Kim, Dana, Jordan, Robin, …) are left out on purpose.
# Nationalities and languages, which open a sentence as a name would ("Portuguese readers …")
NATIONALITIES = frozenset(
    """
    american british english scottish welsh irish french german italian spanish portuguese
    dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech
    slovak hungarian romanian bulgarian greek turkish russian ukrainian chinese japanese
    korean vietnamese thai indian pakistani bangladeshi iranian iraqi israeli egyptian
    nigerian ghanaian kenyan ethiopian brazilian argentine argentinian chilean mexican
    canadian australian european african asian latin arab arabic hindi mandarin cantonese
    """.split()
)

FEMALE_NAMES = frozenset(
    """
    mary anna ana anne ann emma sarah sara sophie sophia laura lisa julia maria marie elena
    olga ingrid helena helen margaret caroline catherine katherine kate jane jennifer jessica
    rachel rebecca hannah alice clara claire charlotte lucy lucia marta martha nadia priya
    priyanka aisha fatima fatmata chloe zoe grace harriet imogen isabel isabella judith lena
    mei niamh orla siobhan yelena genevieve dolores delia marguerite margarethe miriam moira
    ruth sunniva tess bronwen aoife catalina beatriz marisol maureen nell hester june simone
    lorna colette bernadette fiona joanne imelda fenella coretta delphine akosua mireille
    selin agnes gwen catriona ifeoma corinne rhea naledi susan linda patricia barbara
    elizabeth nancy karen betty dorothy sandra ashley kimberly donna emily michelle amanda
    melissa stephanie nicole heather amy angela anna-lena olivia ava mia amelia isla ella
    freya poppy ruby daisy phoebe eleanor victoria natalie natasha tatiana svetlana irina
    anastasia ekaterina yuki sakura aiko keiko mariko ling xiaoling fatou amina zainab
    chiamaka ngozi adaeze yetunde folake abena ama efua beatrice francesca giulia chiara
    valentina camille amelie aurelie sylvie brigitte greta ursula hilde annika astrid signe
    freja malin karin birgit ines carmen pilar rosa lucía marisa paula teresa veronica
    monica gabriela adriana fernanda juliana isabela leticia renata ines saskia maisie
    agnieszka katarzyna malgorzata joanna magdalena ewa zofia esme tamsin juniper
    """.split()
)
MALE_NAMES = frozenset(
    """
    john james david michael mark paul peter pieter thomas tomas tomasz daniel owen leon
    lucas lucian marcus mateo rafael ibrahim omar kwame hiro jonas theo hamid lars dmitri
    desmond declan keith graham gareth gil tom dean jonah callum colm hamish joel alain ray
    walt kemal stephen steven alan jorge charles dwayne raymond amos luis dane bram emeka
    halvard kieran tobias oskar gideon ansel devlin rui ivo robert william richard joseph
    charles christopher matthew anthony donald kenneth joshua kevin brian george edward
    ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott
    brandon benjamin samuel gregory frank patrick jack dennis jerry tyler aaron henry
    douglas peter harold carl arthur gerald roger lawrence albert joe bruce willie ralph
    roy eugene russell bobby philip louis harry oliver noah liam ethan logan mason elijah
    aiden hugo felix max maximilian lukas jan jens sven nils erik anders bjorn olaf magnus
    giovanni giuseppe marco luca matteo alessandro francesco antonio pablo javier carlos
    miguel jose juan diego alejandro fernando ricardo eduardo sergio andres pedro manuel
    francois pierre jacques jean-luc jean-pierre olivier thierry sebastien vincent
    yusuf ahmed mohammed muhammad ali hassan hussein khalid tariq rashid kofi kwabena yaw
    chinedu emeka obinna tunde olu ade-yemi sanjay rajesh vikram arjun rahul ravi amit
    kenji takeshi hiroshi satoshi wei jun hao ivan sergei alexei nikolai vladimir boris
    andrei mikhail yuri pavel dev lorcan halvard alvaro joao goncalo rodrigo tiago andre
    nuno rui dariusz piotr krzysztof pawel marek jakub wojciech lukasz michal janusz
    bartosz grzegorz
    """.split()
)


def _unaccented(word: str) -> str:
    """ "inês" as "ines", "álvaro" as "alvaro": the lists spell names without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def first_name_gender(name: str) -> str | None:
    """ "f" or "m" for a first name that is almost always one or the other, else None."""
    first = _unaccented(name.split()[0].lower()) if name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


# A quotation mark opening words quoted inside a text, and the mark that closes each
QUOTE_OPEN = re.compile(r"(?<![^\W_])[“‘'\"]")
_QUOTE_CLOSE = {"“": "”", "‘": "’", "'": "'", '"': '"'}


def closing_mark(text: str, i: int) -> int:
    """Where the quotation opened by the mark at ``text[i]`` closes: the next matching mark
    not followed by a letter or digit (the apostrophe of "don't" or "I’d" closes nothing);
    -1 when none does."""
    closer = _QUOTE_CLOSE[text[i]]
    end = i + 1
    while True:
        end = text.find(closer, end)
        if end < 0 or end + 1 >= len(text) or not text[end + 1].isalnum():
            return end
        end += 1
