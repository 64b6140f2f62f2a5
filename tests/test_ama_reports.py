"""Forum Q&A recaps and news reports: general rules, each on a short invented text."""

from __future__ import annotations

from interviews.importers import parse_article


def _quotes(text: str) -> dict[str, tuple[str | None, str]]:
    return {
        q.text: (q.speaker, q.kind) for q in parse_article(text).quotes if q.kind != "paraphrase"
    }


def _content(text: str) -> list[str]:
    art = parse_article(text)
    return [q.text for q in art.quotes] + [c.text for c in art.commentary]


# --- an online Q&A: users by their handles, the posts as the conversation -------------

AMA = (
    "Orchard Hollow's lead designer Priya Venkataraman-Holt spent Tuesday evening in the "
    "Orchard Hollow subreddit for an AMA about the game's sequel. Posting as "
    "u/Hollow_Priya, she answered around 40 questions.\n\n"
    "Release date\n\n"
    'u/CrumbleKnight asked the obvious one: "Is it out before winter or not?"\n\n'
    '"Not before winter. Spring, on PC first," Venkataraman-Holt wrote. "Consoles after '
    'that, once it runs well."\n\n'
    "Farming\n\n"
    'u/mossbucket wrote: "Slow seasons? Please keep them."\n\n'
    '"The slow seasons stay. We tried speeding them up and hated it."\n\n'
    "Mods\n\n"
    "u/lanternpicker asked about modding, pointing out that the first game's mods are "
    '"most of why people still play it."\n\n'
    "Elsewhere in the thread, Venkataraman-Holt said the studio had doubled in size and "
    'that the soundtrack would be "mostly acoustic, like last time."\n'
)


def test_a_forum_user_named_by_handle_asks_and_is_credited_by_name():
    quotes = _quotes(AMA)
    assert quotes["Is it out before winter or not?"][0] == "CrumbleKnight"
    assert quotes["Slow seasons? Please keep them."][0] == "mossbucket"
    assert quotes["most of why people still play it."][0] == "lanternpicker"
    # the answer with no attribution is still the designer's, not the asker's
    assert quotes["The slow seasons stay. We tried speeding them up and hated it."][0] == (
        "Priya Venkataraman-Holt"
    )


def test_an_unattributed_answer_after_a_reported_question_is_not_the_askers():
    text = (
        "Campaigner Idris Fallowfield-Kane did an AMA with us on Tuesday.\n\n"
        "u/reedwarbler asked how he keeps going. The answer was long:\n\n"
        '"Some weeks I do not. What keeps me going is the Saturday crew and their buckets."\n'
    )
    quotes = _quotes(text)
    assert quotes[
        "Some weeks I do not. What keeps me going is the Saturday crew and their buckets."
    ][0] == ("Idris Fallowfield-Kane")


def test_the_handle_someone_posts_as_is_theirs_not_a_new_person():
    art = parse_article(AMA)
    names = {s.name for s in art.speakers}
    assert "Hollow_Priya" not in names
    designer = next(s for s in art.speakers if s.name == "Priya Venkataraman-Holt")
    assert "Hollow_Priya" in designer.aliases


def test_the_posts_of_an_ama_are_its_conversation_not_written_statements():
    quotes = _quotes(AMA)
    assert quotes["Not before winter. Spring, on PC first,"] == (
        "Priya Venkataraman-Holt",
        "direct",
    )
    assert quotes["Slow seasons? Please keep them."][1] == "direct"
    # "in the thread" is the AMA itself
    assert quotes["mostly acoustic, like last time."] == ("Priya Venkataraman-Holt", "direct")


def test_an_ama_answered_in_writing_keeps_its_answers_written():
    text = AMA.replace("she answered around 40 questions", "she answered questions in writing")
    quotes = _quotes(text)
    assert quotes["Not before winter. Spring, on PC first,"][1] == "written"


def test_as_of_this_writing_is_the_writers_clock_not_a_verb_of_speech():
    text = (
        "Director Odalys Fenwick-Mare spoke to us on Monday.\n\n"
        "As of this writing, Orchard Hollow II's store page still lists "
        '"Split-screen co-op (2 players)" among its features.\n'
    )
    assert "Split-screen co-op (2 players)" not in _quotes(text)


# --- a news report ---------------------------------------------------------------------


def test_a_statement_read_aloud_by_a_person_is_spoken():
    text = (
        "Near the end of the meeting, board chair Tobiah Kellerman-Vance read a statement "
        "on behalf of the trustees.\n\n"
        '"The trustees have made no decision on the library," Kellerman-Vance read. '
        '"We will meet again in March."\n'
    )
    quotes = _quotes(text)
    assert quotes["The trustees have made no decision on the library,"] == (
        "Tobiah Kellerman-Vance",
        "direct",
    )
    assert quotes["We will meet again in March."] == ("Tobiah Kellerman-Vance", "direct")


def test_a_letter_that_reads_stays_written():
    text = (
        "Councillor Imre Dashwood-Pell received a letter from the trust on Friday.\n\n"
        '"We regret that the hall will close," the letter read.\n'
    )
    assert _quotes(text)["We regret that the hall will close,"][1] == "written"


def test_words_after_would_complete_what_someone_said():
    text = (
        "Residents asked Mayor Ottoline Brask-Hay whether the city would match donations.\n\n"
        'The mayor said she would "look hard" at a matching plan.\n'
    )
    assert _quotes(text)["look hard"][0] == "Ottoline Brask-Hay"


def test_according_to_someone_a_clause_final_quotation_is_theirs():
    text = (
        "Founder Jasper Okonedo-Reyes spoke on a livestream on Sunday.\n\n"
        "According to Okonedo-Reyes, half the accounts are cleared, and the rest will be "
        'reviewed "a few at a time, newest last, over the coming fortnight."\n'
    )
    quotes = _quotes(text)
    assert quotes["a few at a time, newest last, over the coming fortnight."][0] == (
        "Jasper Okonedo-Reyes"
    )


def test_asked_by_someone_the_partial_quote_is_the_answerers():
    text = (
        "Investor Maren Quillfeather put viewers' questions to founder Dario Vettering-Olu.\n\n"
        "Asked by Quillfeather how many accounts were affected, Vettering-Olu declined to "
        'give a figure, saying only that it was "a fair number, not most of them."\n'
    )
    assert _quotes(text)["a fair number, not most of them."][0] == "Dario Vettering-Olu"


def test_the_writers_later_mention_of_short_words_already_quoted_is_no_new_quote():
    text = (
        "Founder Dario Vettering-Olu took questions on Sunday.\n\n"
        '"Not yet," Vettering-Olu said. "We are still counting."\n\n'
        'Our view: "Not yet" carries a lot of weight there.\n'
    )
    texts = [q.text for q in parse_article(text).quotes if q.kind == "direct"]
    assert texts.count("Not yet,") == 1
    assert "Not yet" not in texts


def test_a_caption_closed_by_its_photo_credit_is_furniture():
    text = (
        "Residents grill council over library closure\n\n"
        "More than 100 people came to the hall on Monday to question the council.\n\n"
        "Council leader Anselm Brigg-Toller answers questions from residents at Monday's "
        "meeting at Harlow Road Library. Petra Lindqvist/Marlow Gazette\n\n"
        '"We have no money for the roof," Brigg-Toller said.\n'
    )
    assert not any(t.endswith("Petra Lindqvist/Marlow Gazette") for t in _content(text))


def test_the_copy_under_a_word_from_the_sponsor_is_furniture():
    text = (
        "# What the founder said\n\n"
        "Founder Dario Vettering-Olu took questions on Sunday for an hour.\n\n"
        '"We are still counting," Vettering-Olu said.\n\n'
        "**A word from this week’s sponsor**\n\n"
        "**Tallyworks** does your payroll in minutes, not hours. Automatic filings, "
        "year-end reports and a support team on call when you need one. Our readers get 15% "
        "off their first year.\n\n"
        "## The bottom line\n\n"
        "He showed up, and that counts for something.\n"
    )
    assert not any("Tallyworks" in t for t in _content(text))


def test_a_closing_release_note_is_furniture():
    text = (
        "Orchard Hollow II director on the delay\n\n"
        "Director Odalys Fenwick-Mare spoke to us on Monday about the delay.\n\n"
        '"We would rather be late than broken," Fenwick-Mare said.\n\n'
        "The question now is whether spring holds.\n\n"
        "Orchard Hollow II is coming to PC in early access in spring 2027. Console versions "
        "will follow.\n\n"
        "MORE FROM THE SITE\n\n"
        "Tags: Orchard Hollow, Interviews\n"
    )
    assert not any(t.startswith("Orchard Hollow II is coming") for t in _content(text))


def test_a_link_to_more_of_a_sections_pieces_is_furniture():
    from interviews.importers.furniture import furniture_line

    assert furniture_line("More book reviews")
    assert furniture_line("A message from our sponsors")
    assert not furniture_line("More film reviewers are needed, the editor said.")
