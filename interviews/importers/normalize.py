"""Bytes to text, and text (plain, Markdown or HTML) to a flat list of blocks."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from .lexicon import NAME, NOT_NAME_WORDS


class UnreadableArticle(ValueError):
    """The input is not text the importer can read; the message says why, for an editor."""


@dataclass
class Block:
    """One paragraph-like unit of the article.

    ``kind`` is "p" (paragraph), "h" (a heading the markup declared), or "bq"
    (a paragraph inside a block quote).  ``level`` is the declared heading level.
    ``bold`` marks a paragraph that was entirely emphasised (a pseudo-heading).
    """

    text: str
    kind: str = "p"
    level: int | None = None
    bold: bool = False
    dropped_by_markup: bool = False
    extra: dict = field(default_factory=dict)


def decode_article(data: bytes) -> str:
    """Decode an uploaded article.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read; text that is
    not valid UTF-8 is rejected rather than guessed at (a cp1252 guess would
    silently change curly quotes and accented names, which a direct quote must
    keep).  Line endings become ``\\n``.
    """
    if not data or not data.strip():
        raise UnreadableArticle("The file is empty: there is no article text to import.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableArticle(
                "The file starts with a UTF-16 byte-order mark but is not valid UTF-16."
            ) from exc
    else:
        if b"\x00" in data[:4096]:
            raise UnreadableArticle(
                "The file looks binary (it contains NUL bytes); upload the article as "
                "plain text, Markdown or HTML."
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnreadableArticle(
                f"The file is not UTF-8 text (undecodable byte at position {exc.start}); "
                "save it as UTF-8 and import it again."
            ) from exc
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:8192]
    if sample:
        bad = len(_CONTROL.findall(sample))
        if bad / len(sample) > 0.05:
            raise UnreadableArticle(
                "The file is mostly control characters, not text; it does not look like an article."
            )
    if not text.strip():
        raise UnreadableArticle("The file contains only whitespace: there is no article text.")
    return text


# Control characters other than line breaks, tabs and form feeds, and U+FFFD (a byte
# some earlier step could not decode): a text mostly made of them is not an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\ufffd]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean_inline(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def detect_format(text: str) -> str:
    head = text[:20000]
    tags = len(
        re.findall(r"</?(?:p|div|h[1-6]|br|html|body|article|span|a|li)\b[^>]*>", head, re.I)
    )
    if tags >= 3 or re.match(r"\s*<(?:!doctype|html)\b", head, re.I):
        return "html"
    md = len(re.findall(r"(?m)^(?:#{1,6}\s+\S|>\s?|\*\*[^*\n]+\*\*|[-*]\s+\S)", head))
    md += len(re.findall(r"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)", head))
    md += len(MD_FOOTNOTE.findall(head))
    # a "#" heading is Markdown's alone (a hashtag has no space after its "#")
    md += len(re.findall(r"(?m)^#{1,6}[ \t]+\S", head))
    # a line set in italics whole: "*Why did you start Brightfold?*"
    md += len(re.findall(r"(?m)^([*_])(?=[^\s*_])[^*_\n]{2,300}(?<=\S)\1[ \t]*$", head))
    return "markdown" if md >= 2 else "text"


# A static-site generator's header: "---", "key: value" lines, "---".
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n((?:[\w-]+[ \t]*:[^\n]*\n|[ \t]+[^\n]*\n){1,40})---[ \t]*\n"
)


def to_blocks(text: str) -> list[Block]:
    front: list[Block] = []
    m = _FRONT_MATTER.match(text)
    if m:
        # the page's metadata, not its text: listed as dropped; its title leads when the
        # body has no heading of its own
        front = [
            Block(text=line.strip(), dropped_by_markup=True)
            for line in m.group(1).splitlines()
            if line.strip()
        ]
        text = text[m.end() :]
    fmt = detect_format(text)
    if fmt == "html":
        blocks = _bold_questions_to_turns(html_to_blocks(text))
    elif fmt == "markdown":
        blocks = _bold_questions_to_turns(markdown_to_blocks(text))
    else:
        blocks = _bold_questions_to_turns(text_to_blocks(text))
    blocks = _name_lines_to_labels(_split_run_in_turns(blocks))
    if front and not any(b.kind == "h" and b.level == 1 for b in blocks[:5]):
        title = next((b.text for b in front if re.match(r"title\s*:", b.text, re.I)), None)
        if title:
            title = title.split(":", 1)[1].strip().strip("\"'")
            blocks.insert(0, Block(text=title, kind="h", level=1))
    return front + blocks


_NAME_LINE = re.compile(rf"\**({NAME})\**")


_BARE_TIME = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?")


def _name_lines_to_labels(blocks: list[Block]) -> list[Block]:
    """A transcript that sets each speaker's name on a line of its own, with no colon,
    over the turn's paragraphs ("**Hallam Dyer**", then what he said; or the name, the
    time on the next line, then the words): each such line is the label of the turn
    under it, when two or more people take turns that way. The time is dropped."""
    names: dict[int, str] = {}
    times: set[int] = set()
    for i, b in enumerate(blocks[:-1]):
        m = _NAME_LINE.fullmatch(b.text.strip()) if b.kind == "p" else None
        if not m or m.group(1).split()[0].lower() in NOT_NAME_WORDS:
            continue
        under = i + 1
        if _BARE_TIME.fullmatch(blocks[under].text.strip()) and under + 1 < len(blocks):
            times.add(under)
            under += 1
        if blocks[under].kind == "p" and not _NAME_LINE.fullmatch(blocks[under].text.strip()):
            names[i] = m.group(1)
    counts = Counter(names.values())
    if len(counts) < 2 or sorted(counts.values())[-2] < 2:
        return blocks
    out = []
    for i, b in enumerate(blocks):
        if i in names:
            b = replace(b, extra={**b.extra, "label": names[i], "alone": True})
        elif i in times and i - 1 in names:
            b = replace(b, dropped_by_markup=True)
        out.append(b)
    return out


# a speaker's label in capitals opening a paragraph: "DANA WHITLOCK: Thanks for …"
_CAPS_LABEL = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s")


def _split_run_in_turns(blocks: list[Block]) -> list[Block]:
    """A transcript pasted with two turns in one paragraph ("… What is that about?
    AMOS PERRINE: Well, …") is split where a label that opens other paragraphs
    follows the end of a sentence, so that each turn is a paragraph of its own. A
    question and its answer in one paragraph ("Q: When will it ship? A: Spring.") are
    two turns too."""
    blocks = [part for b in blocks for part in _split_question_and_answer(b)]
    counts = Counter(
        m.group(1) for b in blocks if b.kind == "p" and (m := _CAPS_LABEL.match(b.text))
    )
    labels = [lab for lab in counts if len(lab) >= 2]
    if len(labels) < 2 or sum(counts[lab] for lab in labels) < 3:
        return blocks  # no transcript in capitals here
    alternatives = "|".join(re.escape(lab) for lab in sorted(labels, key=len, reverse=True))
    run_in = re.compile(rf"(?<=[.?!…\"”’)\]])\s+(?=(?:{alternatives}):\s)")
    out: list[Block] = []
    for b in blocks:
        parts = run_in.split(b.text) if b.kind == "p" else [b.text]
        out.extend(replace(b, text=part, extra=dict(b.extra)) for part in parts)
    return out


_QUESTION_THEN_ANSWER = re.compile(r"\s*Q\s*:\s+\S.*?[?.!…\"”’)]\s+(?=A\s*:\s+\S)", re.S)


def _split_question_and_answer(b: Block) -> list[Block]:
    m = _QUESTION_THEN_ANSWER.match(b.text) if b.kind == "p" else None
    if not m:
        return [b]
    return [
        replace(b, text=m.group(0).strip(), extra=dict(b.extra)),
        replace(b, text=b.text[m.end() :], extra=dict(b.extra)),
    ]


def _is_question_block(b: Block) -> bool:
    t = b.text.strip()
    return (
        t.endswith("?")
        and 3 <= len(t.split()) <= 60
        and not re.match(r"^[QA]\s*[:.]", t)
        and ((b.kind == "p" and b.bold) or (b.kind == "h" and (b.level or 2) >= 2))
    )


# "1. How bad was this summer, in plain terms?": a numbered question on a line of its own
_NUMBERED_QUESTION = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<q>[A-Z\"“‘'][^\n]{8,300}\?)$")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our)\b", re.I)


def _numbered_questions(blocks: list[Block]) -> dict[int, str]:
    """Questions numbered 1, 2, 3 … each followed by an answer in the first person ("5
    questions with Professor …"): the question of each, without its number. A numbered
    list of questions the writer then answers in prose is no interview."""
    found: dict[int, str] = {}
    for i, b in enumerate(blocks[:-1]):
        m = _NUMBERED_QUESTION.match(b.text.strip())
        if m and int(m.group("n")) == len(found) + 1 and blocks[i + 1].kind == "p":
            found[i] = m.group("q")
    answers = [blocks[i + 1].text for i in found]
    if len(found) < 3 or 2 * sum(bool(_FIRST_PERSON.search(a)) for a in answers) < len(answers):
        return {}
    return found


_SECOND_PERSON = re.compile(r"\b(?:you|your|you['’](?:re|ve|d|ll))\b", re.I)
_ANY_MARK = re.compile(r"[\"“”«»]")
_ANY_LABEL = re.compile(
    r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?"  # "[00:01:12] Selvåg:"
    r"\**(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}|[QA])\s*\**\s*:\s*\**\s+\S"
)


def _plain_questions(blocks: list[Block]) -> dict[int, str]:
    """A Q&A pasted without its bold: questions put to "you", each a plain paragraph of
    its own, answered in the first person by the paragraphs under it. Three or more such
    questions, most put to "you" and most answers in the first person, make an interview
    (a writer's rhetorical question is seldom answered in the first person, and seldom
    three times)."""
    if sum(1 for b in blocks if _ANY_LABEL.match(b.text)) >= 3:
        return {}  # the turns carry labels ("Rask:", "Jornal da Ribeira:"): read as such
    found: dict[int, str] = {}
    for i, b in enumerate(blocks[:-1]):
        t, nxt = b.text.strip(), blocks[i + 1]
        if (
            b.kind == "p"
            and not b.bold
            and t.endswith("?")
            and len(t.split()) <= 60
            and not _ANY_MARK.search(t)
            and not re.match(r"^[QA]\s*[:.]", t)
            and nxt.kind == "p"
            and not nxt.text.rstrip().endswith("?")
        ):
            found[i] = t
    answers = [blocks[i + 1].text for i in found]
    if (
        len(found) < 3
        or 2 * sum(bool(_FIRST_PERSON.search(a)) for a in answers) < len(answers)
        or 2 * sum(bool(_SECOND_PERSON.search(q)) for q in found.values()) < len(found)
    ):
        return {}
    return found


def _bold_questions_to_turns(blocks: list[Block]) -> list[Block]:
    """An interview laid out as bold (or sub-heading), numbered or plain questions, each
    followed by a plain answer paragraph, is a Q&A: the questions become "Q:" turns (or the turns of
    the asker a question names, "**cinderkid77: …?**") and the answers "A:" turns, so that
    neither is mistaken for a section heading or for prose."""
    numbered = _numbered_questions(blocks)
    qs = [
        i
        for i, b in enumerate(blocks)
        if _is_question_block(b)
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "p"
        and not blocks[i + 1].bold
    ]
    if len(qs) >= 3:
        qs = sorted(set(qs) | _prompts_among_questions(blocks, qs))
    emphasised = [b for b in blocks if (b.kind == "p" and b.bold) or b.kind == "h"]
    if len(qs) < 3 or len(qs) * 2 < len(emphasised) - 2:
        numbered = numbered or _plain_questions(blocks)
        if not numbered:
            return blocks
        qs = list(numbered)
    out = list(blocks)
    for i in qs:
        q, a = out[i], out[i + 1]
        if i in numbered:
            q = Block(text=numbered[i], kind="p")
        asker = _ASKER.match(q.text.strip())
        who = asker.group("who").lower() if asker else ""
        if asker and who not in _NOT_ASKERS and who not in NOT_NAME_WORDS:
            # "**cinderkid77: How close have you been?**": a reader asks, by name or handle
            out[i] = Block(text=q.text.strip(), kind="p", extra={"label": asker.group("who")})
        else:
            out[i] = Block(text="Q: " + q.text.strip(), kind="p")
        out[i + 1] = Block(text="A: " + a.text.strip(), kind="p")
    return out


def _prompts_among_questions(blocks: list[Block], qs: list[int]) -> set[int]:
    """The bold lines of a Q&A that prompt without a question mark ("**Supply Lines: You
    lost two accounts anyway.**", "**Walk me through the first 24 hours.**"): those the
    questions' own asker labels, and those put to the one answering ("you", "tell me"),
    when a plain answer in the first person follows; and questions too short to count
    among the others ("**Why?**")."""
    labels = {m.group("who") for i in qs if (m := _ASKER.match(blocks[i].text.strip()))}
    out = set()
    for i, b in enumerate(blocks[:-1]):
        t = b.text.strip()
        after = blocks[i + 1]
        if i in qs or not (b.kind == "p" and b.bold) or after.kind != "p" or after.bold:
            continue
        if len(t.split()) < 3 and t.endswith("?"):
            out.add(i)  # "**What changed?**", "**Why?**": a short question among the others
            continue
        if not 3 <= len(t.split()) <= 60 or re.match(r"^[QA]\s*[:.]", t):
            continue
        asker = _ASKER.match(t)
        if asker and asker.group("who") in labels:
            out.add(i)
        elif not asker and _PUT_TO_YOU.search(t) and _FIRST_PERSON.search(after.text):
            out.add(i)
    return out


# A prompt put to the one answering: "You lost two accounts anyway.", "Tell me about …"
_PUT_TO_YOU = re.compile(
    r"\b(?:you|your|you['’](?:ve|re|d|ll))\b|^(?:tell|walk|talk|take) (?:me|us)\b", re.I
)


# The asker a bold question names before a colon: a name ("Hollis (moderator):") or a
# user name ("cinderkid77:", "@saltreachsam:", "u/ash_fall:").
_ASKER = re.compile(
    r"^(?P<who>(?:@|u/)?[\w.-]{2,30}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:\s+\S"
)
# Words that stand before a colon in a question without naming anyone ("Follow-up: …").
_NOT_ASKERS = {"q", "question", "follow-up", "followup", "bonus", "lightning", "quickfire", "next"}


# --- plain text -----------------------------------------------------------------

_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")")
# A call transcript's label on a line of its own: "Dana Reyes -- Chief Financial Officer",
# "Sam Ito -- Harrow Bank -- Analyst". Its turn is the paragraphs below it.
# The title's words are capitalised but for a few small ones, so that a line of prose
# ("Jane Roe - Chair since 2019, who took over …") is no label.
_TITLE_WORD = r"(?:[A-Z0-9&][\w&'’./-]*|of|and|for|the|at|in|on|to|de|du|da|von|van)"
ROLE_LABEL = re.compile(
    rf"^(?P<who>{NAME})\s+(?:--?|[—–])\s+"
    rf"(?P<role>[A-Z0-9][\w&'’./-]*(?:(?:,?\s+|\s+(?:--?|[—–])\s+){_TITLE_WORD}){{0,12}})$"
)


_DATED_LINE = re.compile(
    r"^(?i:aired|broadcast|recorded|published|posted|updated|filmed|streamed)\b[^.!?]{0,50}"
    r"\b\d{4}\b"
)


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: join it; otherwise every line is its own block."""
    if len(lines) < 2:
        return False
    if any(re.fullmatch(r"(\*\*|__|\*|_)\S.*\S\1[:.]?", ln.strip()) for ln in lines):
        return False  # a whole bold or italic line (a byline, a label) stands alone
    body = lines[:-1]
    if _DATED_LINE.match(lines[-1]):
        return False  # a headline over "Aired Thursday, May 15, 2025, 12:00 p.m. ET"
    if ROLE_LABEL.match(lines[0]) and len(lines[0].split()) <= 16:
        return False  # a speaker's label, the turn on the line below
    if any(len(ln) > 100 for ln in lines):
        return False
    if sum(len(ln) for ln in body) / len(body) < 45:
        return False
    if any(re.match(r"\s*(?:[-–—•*]|\d+[.)]|>|\[)", ln) for ln in lines[1:]):
        return False
    if sum(1 for ln in lines if re.match(r"[A-Z][\w ]{0,24}:\s", ln)) >= 2:
        return False  # "Location: …" / "Date: …" / "Moderator: …": a list of labelled lines
    ended = sum(1 for ln in body if ln.rstrip().endswith(_SENTENCE_END))
    return ended <= len(body) / 2


# A plain-text page's menu: three or more short items set apart by runs of spaces or tabs
# ("News   Sport   Culture   The Shop"), none of them a sentence. Collapsing the spaces
# would leave a line that reads as a headline.
_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")
_MENU_ITEM = re.compile(r"[^\W_][^.!?,;:\"“”]{0,30}")


def _menu_row(line: str) -> bool:
    if len(line) > 160:
        return False
    items = _MENU_GAP.split(line.strip())
    return len(items) >= 3 and all(
        len(item.split()) <= 3 and _MENU_ITEM.fullmatch(item) for item in items
    )


def text_to_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for ci, chunk in enumerate(re.split(r"\n[ \t]*\n", text)):
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if _looks_hard_wrapped(lines):
            joined = [clean_inline(ln) for ln in lines]
            blocks.append(Block(" ".join(joined), extra={"lines": joined}))
        else:
            # lines set without a blank between them belong together (a box, a list)
            extra = {"chunk": ci} if len(lines) > 1 else {}
            blocks.extend(
                Block(clean_inline(ln), dropped_by_markup=_menu_row(ln), extra=dict(extra))
                for ln in lines
            )
    return [b for b in blocks if b.text]


# --- Markdown -------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)")
_MD_REFLINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]*?\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]*)`")
# a footnote's definition, opening its line ("[^2]: The model card lists …"), and a
# reference to it ("… in its head",[^2] and …), which is dropped from the text
MD_FOOTNOTE = re.compile(r"^\[\^[\w-]{1,20}\]:\s*", re.M)
_MD_FOOTNOTE_REF = re.compile(r"\[\^[\w-]{1,20}\](?!:)")


def strip_markdown_inline(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_FOOTNOTE_REF.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REFLINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_BOLD.sub(r"\2", text)
    text = _MD_EM.sub(r"\2", text)
    return clean_inline(text)


def _md_is_bold_line(line: str) -> bool:
    s = line.strip()
    return bool(re.fullmatch(r"(\*\*|__)[^*_\n]+\1[:.]?", s))


def _numbered_section_line(lines: list[str], k: int) -> bool:
    text = lines[k].strip()
    alone = (k == 0 or not lines[k - 1].strip()) and (
        k + 1 == len(lines) or not lines[k + 1].strip()
    )
    return (
        alone
        and len(text.split()) <= 12
        and not text.rstrip("\"”’'»)*_").endswith((".", ",", ";", ":", "!"))
    )


def markdown_to_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    quote: list[str] = []

    def flush_para() -> None:
        if para:
            joined = " ".join(para) if _looks_hard_wrapped(para) else None
            for raw in [joined] if joined else para:
                out = strip_markdown_inline(raw)
                if out:
                    blocks.append(Block(out, bold=_md_is_bold_line(raw)))
            para.clear()

    def flush_quote() -> None:
        if quote:
            current: list[str] = []
            for ln in quote + [""]:
                # a dash line inside a block quote is its attribution: keep it apart
                if not ln or re.match(r"[-–—]{1,2}\s*\S", ln):
                    if current:
                        blocks.append(Block(strip_markdown_inline(" ".join(current)), kind="bq"))
                        current = []
                    if ln:
                        blocks.append(Block(strip_markdown_inline(ln), kind="bq"))
                else:
                    current.append(ln)
            quote.clear()

    lines = text.split("\n")
    for k, raw in enumerate(lines):
        line = raw.rstrip()
        stripped = line.strip()
        m_head = re.match(r"\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if stripped.startswith(">"):
            flush_para()
            quote.append(re.sub(r"^(?:>\s?)+", "", stripped).strip())
            continue
        flush_quote()
        if not stripped:
            flush_para()
        elif m_head:
            flush_para()
            heading = strip_markdown_inline(m_head.group(2))
            if heading:
                blocks.append(Block(heading, kind="h", level=len(m_head.group(1))))
        elif re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
            flush_para()
        elif re.fullmatch(r"=+|-+", stripped) and para:
            # setext heading: the paragraph line above is the heading
            heading = strip_markdown_inline(para.pop())
            flush_para()
            blocks.append(Block(heading, kind="h", level=1 if stripped[0] == "=" else 2))
        else:
            item = re.match(r"(?:[-*+]|\d{1,3}[.)])\s+(.*)", stripped)
            if item and stripped[0].isdigit() and _numbered_section_line(lines, k):
                # "2. Claims are the product" alone between blank lines, short and
                # unpunctuated: a numbered section's title, number and all, not a list
                flush_para()
                blocks.append(Block(strip_markdown_inline(stripped)))
            elif item:
                flush_para()
                para.append(item.group(1))
                flush_para()
            else:
                para.append(stripped)
    flush_para()
    flush_quote()
    return [b for b in blocks if b.text]


# --- HTML -----------------------------------------------------------------------

_HTML_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "head",
}
_HTML_FURNITURE = {"nav", "footer", "aside", "figcaption", "figure"}
_HTML_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "br",
    "hr",
    "body",
    "html",
}
_HTML_FURNITURE_CLASS = re.compile(
    r"\b(?:share|social|related|newsletter|subscribe|cookie|advert|ad-|promo|sponsor|"
    r"byline-card|author-card|author-bio|author-box|bio|breadcrumb|comments?|most-read|"
    r"site-footer|site-header|masthead)\b",
    re.I,
)


_HTML_CONTEXT_BOX = re.compile(
    r"\b(context|background|analysis|explainer|fact-?check|factbox|insight)\b", re.I
)
_BOX_LABELS = {
    "context": "Context",
    "background": "Background",
    "analysis": "Analysis",
    "explainer": "Context",
    "factbox": "Context",
    "factcheck": "Fact check",
    "fact-check": "Fact check",
    "insight": "Insight",
}
# The summary under a headline, as pages mark it: <p class="standfirst">, "dek", "deck" …
_HTML_STANDFIRST_CLASS = re.compile(
    r"\b(?:standfirst|dek|deck|strapline|subtitle|subheadline|sub-headline|article-summary)\b", re.I
)
_BOX_PREFIX = re.compile(r"^(?:context|background|analysis|fact[- ]check|insight)\s*:", re.I)


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.dropped: list[str] = []
        self.buf: list[str] = []
        self.skip = 0
        self.furniture = 0
        self.stack: list[tuple[str, bool, bool]] = []
        self.heading: int | None = None
        self.bq = 0
        self.strong = 0
        self.strong_chars = 0
        self.doc_title: list[str] = []
        self.box_label = ""
        self.in_title = False
        self.standfirst = 0

    def _flush(self) -> None:
        text = clean_inline("".join(self.buf))
        self.buf.clear()
        bold_all = bool(text) and self.strong_chars >= len(text) - 2
        self.strong_chars = 0
        if not text:
            return
        if self.furniture:
            self.dropped.append(text)
            return
        kind = "h" if self.heading else ("bq" if self.bq else "p")
        if self.box_label and kind == "p" and not _BOX_PREFIX.match(text):
            text = f"{_BOX_LABELS[self.box_label]}: {text}"
        block = Block(text, kind=kind, level=self.heading, bold=bold_all)
        if self.standfirst and kind == "p":
            block.extra["standfirst"] = True
        self.blocks.append(block)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            if tag in ("br", "hr"):
                self._flush()
            return
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        furniture = tag in _HTML_FURNITURE or bool(_HTML_FURNITURE_CLASS.search(classes))
        if tag == "footer" and self.bq:
            furniture = False  # a block quote's footer signs it: "— Ines Marchetti-Boyd"
        if tag == "aside" and (box := _HTML_CONTEXT_BOX.search(classes)):
            # a "Context" or "Analysis" box is the author's, not the page's
            furniture = False
            self.box_label = box.group(1).lower()
        skip = tag in _HTML_SKIP
        if tag in _HTML_BLOCK or furniture or skip or tag == "footer":
            self._flush()
        standfirst = bool(_HTML_STANDFIRST_CLASS.search(classes)) and not (furniture or skip)
        self.stack.append((tag, furniture or skip, standfirst))
        self.standfirst += standfirst
        if skip:
            self.skip += 1
        elif furniture:
            self.furniture += 1
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = int(tag[1])
        elif tag == "blockquote":
            self.bq += 1
        elif tag in ("strong", "b"):
            self.strong += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if not any(t == tag for t, *_ in self.stack):
            return
        if tag in _HTML_BLOCK or tag in _HTML_FURNITURE or tag in _HTML_SKIP:
            self._flush()
        while self.stack:
            t, counted, standfirst = self.stack.pop()
            self.standfirst -= standfirst
            if counted:
                if t in _HTML_SKIP:
                    self.skip -= 1
                else:
                    self.furniture -= 1
            if t == "aside":
                self.box_label = ""
            if t in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = None
            elif t == "blockquote":
                self.bq -= 1
            elif t in ("strong", "b"):
                self.strong -= 1
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.doc_title.append(data)
            return
        if self.skip:
            return
        self.buf.append(data.replace("\n", " "))
        if self.strong:
            self.strong_chars += len(data.strip())


def html_to_blocks(text: str) -> list[Block]:
    parser = _BlockParser()
    parser.feed(text)
    parser.close()
    parser._flush()
    blocks = parser.blocks
    for dropped in parser.dropped:
        blocks.append(Block(dropped, dropped_by_markup=True))
    title = clean_inline("".join(parser.doc_title))
    if title and not any(b.kind == "h" and b.level == 1 for b in blocks):
        # the <title> element names the page: use it (without the site suffix) as a heading 1
        title = re.split(r"\s+[|–—-]\s+", title)[0]
        blocks.insert(0, Block(title, kind="h", level=1, extra={"doc_title": True}))
    return blocks
