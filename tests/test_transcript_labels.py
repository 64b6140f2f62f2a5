"""Transcript layouts: speaker labels the importer reads as turns, and the furniture
around them. Short invented texts; no database."""

from __future__ import annotations

from interviews.importers import parse_article
from interviews.importers.normalize import to_blocks


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = parse_article(text)
    return [(q.speaker, " ".join(q.text.split())) for q in art.quotes if q.kind == "direct"]


# An earnings call: "Operator:" and "Name -- Title" labels on lines of their own, a turn
# running over several paragraphs, and the list of participants at the foot.
CALL = """Northgate Pumps (NGP) Q1 2026 Earnings Call Transcript

Opening Remarks:

Operator:
Good day, and welcome to the Northgate Pumps first-quarter call. I will now hand over to Mira Lund.

Mira Lund -- Head of Investor Relations
Thanks, everyone. With me is Oskar Brandt, our chief executive.

Oskar Brandt -- Chief Executive Officer
Thank you, Mira. Orders rose in every region we sell in.

The water business did best. It grew faster than the rest of the group.

Mira, can you open the line?

Questions and Answers:

Operator:
Our first question comes from Pia Selvik with Harrow Brothers.

Pia Selvik-Arnesen -- Harrow Brothers Securities -- Analyst
Hi. How much of the growth was price?

Oskar Brandt -- Chief Executive Officer
About a third of it. The rest was volume.

Operator:
This concludes today's call.

Call participants:
Mira Lund -- Head of Investor Relations
Oskar Brandt -- Chief Executive Officer
Pia Selvik-Arnesen -- Harrow Brothers Securities -- Analyst

Is Northgate a buy today? Our team has named five pump makers it likes more. See them »

This article is a transcript of this call produced for Pumpwatch. It may contain errors.

Pumpwatch has no position in any of the stocks mentioned.
"""


def test_dash_title_labels_are_turns():
    quotes = _quotes(CALL)
    mira = "Thanks, everyone. With me is Oskar Brandt, our chief executive."
    assert ("Mira Lund", mira) in quotes
    assert ("Pia Selvik-Arnesen", "Hi. How much of the growth was price?") in quotes
    assert ("Oskar Brandt", "About a third of it. The rest was volume.") in quotes


def test_dash_title_turn_runs_over_paragraphs():
    quotes = _quotes(CALL)
    assert (
        "Oskar Brandt",
        "Thank you, Mira. Orders rose in every region we sell in. The water business did best. "
        "It grew faster than the rest of the group. Mira, can you open the line?",
    ) in quotes


def test_call_labels_give_roles_as_written_in_prose():
    roles = {s.name: s.role for s in parse_article(CALL).speakers}
    assert roles["Pia Selvik-Arnesen"] == "analyst at Harrow Brothers Securities"
    assert roles["Mira Lund"] == "Head of Investor Relations"


def test_operator_is_no_named_speaker():
    quotes = _quotes(CALL)
    assert (None, "This concludes today's call.") in quotes
    assert all(speaker != "Operator" for speaker, _ in quotes)


def test_call_participants_list_is_furniture():
    art = parse_article(CALL)
    content = [q.text for q in art.quotes] + [c.text for c in art.commentary]
    assert not any("participants" in t.lower() for t in content)
    assert not any("Head of Investor Relations" in t for t in content)
    assert not any(w in t for t in content for w in ("See them", "Pumpwatch"))
    headings = [s.heading.rstrip(":") for s in art.sections]
    assert "Questions and Answers" in headings
    assert not any("--" in h for h in headings)


# A radio phone-in: labels in capitals with the speaker's job after a comma (commas in
# it too), the line they are on in brackets, callers named in brackets after "CALLER".
PHONE_IN = """The Lunch Line: the harbour master answers your calls

BRIONY TESS, PRESENTER: Welcome to The Lunch Line. With me is Colm Varley, the harbour master.

COLM VARLEY, HARBOUR MASTER, PORT OF ELSBY: Thanks, Briony. Good to be here.

TESS: First caller, please.

NORA ADEYEMI, KEEP ELSBY AFLOAT (ON THE PHONE): The dredging is late again, Colm.

CALLER (WYN, CARMEL BAY): Hello, Briony. Why are the moorings dearer this year?

VARLEY: Because the pontoons were rebuilt, Wyn.

CALLER (WYN, CARMEL BAY): Rebuilt for whom, though?

PRESENTER: We'll have to leave it there.
"""


def test_capitals_label_with_comma_role():
    quotes = _quotes(PHONE_IN)
    assert ("Colm Varley", "Thanks, Briony. Good to be here.") in quotes


def test_capitals_label_with_role_and_bracket():
    quotes = _quotes(PHONE_IN)
    assert ("Nora Adeyemi", "The dredging is late again, Colm.") in quotes


def test_caller_named_in_brackets():
    quotes = _quotes(PHONE_IN)
    assert ("Wyn", "Hello, Briony. Why are the moorings dearer this year?") in quotes
    assert ("Wyn", "Rebuilt for whom, though?") in quotes


def test_role_only_label_is_the_named_presenter():
    quotes = _quotes(PHONE_IN)
    assert ("Briony Tess", "We'll have to leave it there.") in quotes


# Quotations inside a turn: listed with whoever said them.
NESTED = """The Harbour Hour: the council leader on the new ferry

HOST: You told the board, and I'm quoting you here, 'the ferry will run by June.' Why not?

ELLA MARSH: The pontoon failed. A surveyor told us, 'Nothing sails from this until it is rebuilt.'

HOST: I have a text from Tom in Quay, who says, "Why does my council tax pay for a ferry?"

ELLA MARSH: I said to him once, "Come and ride it with me." He still might.
"""


def test_quote_in_a_turn_of_an_unnamed_person():
    art = parse_article(NESTED)
    quotes = [(q.speaker, q.text) for q in art.quotes]
    assert (None, "Nothing sails from this until it is rebuilt.") in quotes


def test_quote_in_a_turn_of_the_one_addressed():
    art = parse_article(NESTED)
    quotes = [(q.speaker, q.text) for q in art.quotes]
    assert ("Ella Marsh", "the ferry will run by June.") in quotes


def test_quote_read_out_from_a_text_stays_in_the_turn_and_the_speakers_own_is_hers():
    # the speaker's own earlier words are listed as hers, as in prose ("I said, ‘…’"); the
    # annotated sets 24 to 29 list them, set 20 alone does not
    art = parse_article(NESTED)
    quotes = [(q.speaker, q.text) for q in art.quotes]
    assert not any(t.startswith("Why does my council tax") for _, t in quotes)
    assert ("Ella Marsh", "Come and ride it with me.") in quotes


def test_a_letter_drawn_sentences_before_does_not_make_the_speakers_words_written():
    text = (
        "Type talk: Solveig Amund\n\n"
        "MARGIN: Do you use the new tools?\n\n"
        "SOLVEIG AMUND: I still draw every letter in pencil, because the pencil is slow. "
        "When my students tell me they want to go faster, I say, “Faster to where?”\n\n"
        "MARGIN: And do they answer?\n\n"
        "SOLVEIG AMUND: Rarely.\n"
    )
    quotes = [(q.speaker, q.text) for q in parse_article(text).quotes]
    assert ("Solveig Amund", "Faster to where?") in quotes


def test_texts_read_out_one_after_another_are_all_written():
    text = (
        "The phone-in: hosepipes\n\n"
        "BRIONY QUAYE: Let me read a couple of texts. Sue in Marl has texted: “We've had a "
        "ban for a week and the golf course is green.” And Pete in Harton says: “Ban the "
        "hose, fine, but fix the pipes first.” Callum, the golf course?\n\n"
        "CALLUM REES: The course uses its own borehole.\n\n"
        "BRIONY QUAYE: Does that convince anyone?\n\n"
        "CALLUM REES: It should.\n"
    )
    quotes = parse_article(text).quotes
    assert not any(
        q.kind == "direct" and q.text.startswith(("We've had", "Ban the hose")) for q in quotes
    )


def test_he_said_inside_a_turn_is_the_one_the_turn_named():
    text = (
        "Type talk: Solveig Amund\n\n"
        "MARGIN: Who taught you?\n\n"
        "SOLVEIG AMUND: Aurelio Benn, mostly. He took my drawing of an R, turned it upside "
        "down and said, “Draw the white, not the black.” My father said nothing. Then he "
        "said, “Do what makes you happy.”\n\n"
        "MARGIN: And now?\n\n"
        "SOLVEIG AMUND: Now I draw in pencil.\n"
    )
    quotes = [(q.speaker, q.text) for q in parse_article(text).quotes]
    assert ("Aurelio Benn", "Draw the white, not the black.") in quotes
    # "My father … Then he said": someone unnamed since, whose words are listed with no speaker
    assert (None, "Do what makes you happy.") in quotes


# A live blog's entries start with the time and its zone: "11:52 BST: …" is no turn
# of someone called "BST".
LIVE = """Harbour Games live: every result from the regatta

12:04 BST: That's all from the quay. The trophy went to Elsby, and the crowd went home wet.

11:52 BST: Skipper Jon Tarr said the Elsby crew "rowed like they owed the sea money" today.

11:31 BST: Rain again. The judges have moved the start line twice this morning.

11:05 GMT: Tarr, asked about the weather, said: "We row in worse every Tuesday."
"""


def test_live_blog_times_are_no_labels():
    art = parse_article(LIVE)
    assert all(q.speaker != "BST" for q in art.quotes)
    assert not any(q.text.startswith("That's all from the quay") for q in art.quotes)
    quotes = [(q.speaker, q.text) for q in art.quotes if q.kind == "direct"]
    assert ("Jon Tarr", "We row in worse every Tuesday.") in quotes


# A Q&A of bold questions and plain answers: the answers are those of the person the
# headline names, even when the introduction gives someone else a job title first.
BOLD_QA = """<html><body><article>
<h1>Nora Vell Wants Every Roof to Grow Moss</h1>
<p class="byline">By Ada Quist</p>
<p>I met Nora Vell on a wet roof in Dunmere. The firm she started with the chemist
Ivo Brandt now greens forty buildings a year.</p>
<p><strong>Why moss, of all things?</strong></p>
<p>Because it holds water and asks for nothing. I fell for it at university.</p>
<p><strong>Does it survive a dry summer?</strong></p>
<p>It goes brown and sulks, then comes back with the first rain.</p>
<p><strong>Who pays for it?</strong></p>
<p>Mostly councils, which surprised me. They save on drains.</p>
<p class="note">A version of this interview appears in the June issue of Roofline under
the headline “Green Tops.”</p>
</article></body></html>
"""


def test_bold_qa_answers_are_the_headlined_subjects():
    quotes = _quotes(BOLD_QA)
    answers = [s for s, t in quotes if t.startswith(("Because it holds", "It goes brown"))]
    assert answers == ["Nora Vell", "Nora Vell"]


def test_a_version_of_this_interview_appears_in_is_furniture():
    art = parse_article(BOLD_QA)
    assert not any("A version of this interview" in c.text for c in art.commentary)
    assert not any("A version of this interview" in q.text for q in art.quotes)


def test_quote_in_a_turn_of_someone_described_not_named():
    text = NESTED + (
        "\nHOST: And the first passengers?\n\nELLA MARSH: We ran a trial in May, and the "
        "first skipper we hired for it took one look and said, 'Where are the lifejackets?'\n"
    )
    quotes = [(q.speaker, q.text) for q in parse_article(text).quotes]
    assert (None, "Where are the lifejackets?") in quotes


def test_series_note_is_furniture():
    text = NESTED + (
        "\nThis interview is part of The Quay's Leaders series. Read the previous "
        "installment with harbour pilot Ros Maine.\n"
    )
    art = parse_article(text)
    content = [q.text for q in art.quotes] + [c.text for c in art.commentary]
    assert not any("Leaders series" in t for t in content)


# The same layout with single hyphens and a bare "Operator" line.
CALL_HYPHENS = """Lintel Foods Q2 2026 Earnings Call

Operator
Welcome to the Lintel Foods call. Over to Joss Amadi.

Joss Amadi - Chief Executive Officer
Thanks. Sales were flat, margins were up.

Operator
Our first question comes from Bea Holm.

Bea Holm - Kestrel Capital - Analyst
Why were sales flat?

Joss Amadi - Chief Executive Officer
Because we walked away from the worst contracts.
"""


def test_hyphen_labels_and_a_bare_operator_line():
    quotes = _quotes(CALL_HYPHENS)
    assert ("Joss Amadi", "Thanks. Sales were flat, margins were up.") in quotes
    assert ("Bea Holm", "Why were sales flat?") in quotes
    assert (None, "Our first question comes from Bea Holm.") in quotes


# An answer running on to a paragraph where the speaker recalls what someone else said.
RECALLED = """Ruth Pell on twenty years of the village ferry

Q: How did it start?

A: By accident. The old ferryman retired and nobody else wanted the job.

I went down to the slip with my father, and he said, "Somebody has to row the thing." So I did.

Q: Any regrets?

A: Only the winters.
"""


def test_answer_goes_on_where_the_speaker_recalls_a_he_said():
    quotes = _quotes(RECALLED)
    assert any(t.startswith("By accident.") and t.endswith("So I did.") for _, t in quotes), quotes


def test_he_said_after_an_unnamed_person_is_listed_without_a_speaker():
    quotes = _quotes(RECALLED)
    assert (None, "Somebody has to row the thing.") in quotes


def test_investment_disclaimer_is_furniture():
    text = CALL + (
        "\nDisclaimer: This article is for information purposes only and does not "
        "constitute investment advice. Pumpwatch writers may hold shares.\n"
    )
    art = parse_article(text)
    content = [q.text for q in art.quotes] + [c.text for c in art.commentary]
    assert not any("investment advice" in t for t in content)


def test_prose_line_with_a_dash_is_no_label():
    text = (
        "Harbour notes\n\n"
        "Jane Roe - Chair since 2019, who took over in a rush and\n"
        "has run it ever since, says the pontoon will be rebuilt by spring.\n\n"
        "Jane Roe - Chair of the Harbour Board\nWe rebuild in spring.\n\n"
        "Tom Hale - Harbour Master\nAnd we paint in summer.\n\n"
        "Jane Roe - Chair of the Harbour Board\nQuite right.\n"
    )
    quotes = _quotes(text)
    assert ("Tom Hale", "And we paint in summer.") in quotes
    assert not any(t.startswith("has run it ever since") for _, t in quotes)
    # the wrapped paragraph stays one
    assert any("in a rush and has run it" in b.text for b in to_blocks(text))


def test_everyone_whose_turns_are_mostly_questions_is_on_the_asking_side():
    text = (
        "Flood briefing: the minister takes questions\n\n"
        "DELIA FAIRWEATHER: The river peaked at 4.2 metres overnight. Two hundred homes are "
        "flooded and the rest centre at Holm is open.\n\n"
        "HAMISH TEY: When will the barrier be finished?\n\n"
        "DELIA FAIRWEATHER: Next spring, if the contractor keeps to the schedule.\n\n"
        "PRIYA ANAND: Why were residents not warned sooner?\n\n"
        "DELIA FAIRWEATHER: They were warned at six. I accept it should have been earlier.\n\n"
        "PRIYA ANAND: Will there be compensation?\n\n"
        "DELIA FAIRWEATHER: There will be a fund. Details on Monday.\n"
    )
    parsed = parse_article(text)
    assert set(parsed.interviewers) == {"Hamish Tey", "Priya Anand"}
    assert parsed.subjects == ["Delia Fairweather"]


def test_an_analyst_whose_question_ends_on_a_follow_up_asks():
    # the question sits mid-turn, and a bare thank-you turn does not make him a subject
    text = (
        "Harrow Mills Q2 call\n\n"
        "OSKAR BRANDT: Orders rose in every region. Water did best, as it has all year.\n\n"
        "PIA SELVIK: Hi, thanks. Is the price rise holding?\n\n"
        "OSKAR BRANDT: It is holding, and we see no sign of it slipping.\n\n"
        "TOM HALE: Good morning. Oskar, how much of the margin was mix and how much was "
        "price? And then a quick follow-up for Ruth on capex.\n\n"
        "OSKAR BRANDT: Mostly mix. Ruth will take capex.\n\n"
        "TOM HALE: Very helpful. Thank you.\n\n"
        "ULLA BERG: Can I come back on water? Because I think the framing is slightly off. "
        "Everyone quotes the headline figure, but per pump the water division earns less "
        "than the industrial one, and it has done for three years. That is where I would "
        "look first if I were you, and I would say so to the board as well.\n"
    )
    parsed = parse_article(text)
    assert set(parsed.interviewers) == {"Pia Selvik", "Tom Hale"}
    # a speaker who opens with a question and then argues at length is not an asker
    assert "Ulla Berg" in parsed.subjects and "Tom Hale" not in parsed.subjects


NUMBERED = """3 questions with Professor Ines Tarrow on the melt

By Kit Orme, University News

Ines Tarrow has worked on the Brask Glacier since 2010. She answered three questions from Kit Orme.

1. How bad was this summer?

The glacier lost more ice than in any year we have measured. We beat the record by weeks.

2. What do you do on the ice all day?

We drill stakes and read them. It is less glamorous than people think.

3. What comes next?

We spend the winter on the data. Then we go back up.

Tarrow's group presents its findings in November.
"""


def test_numbered_questions_answered_in_the_first_person_are_a_qa():
    art = parse_article(NUMBERED)
    quotes = [(q.speaker, q.text) for q in art.quotes if q.kind == "direct"]
    assert ("Kit Orme", "How bad was this summer?") in quotes
    assert (
        "Ines Tarrow",
        "We drill stakes and read them. It is less glamorous than people think.",
    ) in quotes
    assert ("Ines Tarrow", "We spend the winter on the data. Then we go back up.") in quotes
    assert not any("presents its findings" in t for _, t in quotes)


def test_numbered_questions_the_writer_answers_are_no_interview():
    text = (
        NUMBERED.replace(
            "The glacier lost more ice than in any year we have measured. We beat",
            "The glacier lost more ice than ever measured. It beat",
        )
        .replace(
            "We drill stakes and read them. It is less",
            "The team drills stakes and reads them. It is less",
        )
        .replace(
            "We spend the winter on the data. Then we go back up.", "The data will take the winter."
        )
    )
    art = parse_article(text)
    assert not any(q.kind == "direct" for q in art.quotes)


def test_a_pull_quote_lifted_from_inside_an_answer_is_no_second_quote():
    text = (
        "# Solveig Amund on type\n\n"
        "**Margin:** How does Halden look to you now?\n\n"
        "**Amund:** It was drawn for trains. Every letter you draw is an argument with the "
        "one before it, and I lost a few of those.\n\n"
        "> **“Every letter you draw is an argument with the one before it.”**\n\n"
        "So when I see it on a glossy box, it looks wrong to me.\n\n"
        "**Margin:** And now?\n\n"
        "**Amund:** Now I draw in pencil.\n"
    )
    quotes = _quotes(text)
    assert not any(
        t == "Every letter you draw is an argument with the one before it." for _, t in quotes
    )


def test_someone_else_between_i_and_the_verb_said_it():
    text = (
        "Freight talk\n\n"
        "Q: Why is it slow?\n\n"
        "A: Paperwork. I had a customer tell me, “We thought it would be like shipping to "
        "Ohio.” It is not.\n\n"
        "Q: And you?\n\n"
        "A: When people ask me, I say, “Give it five years.”\n"
    )
    quotes = [(q.speaker, q.text) for q in parse_article(text).quotes]
    assert not any(s and t.startswith("We thought it would be") for s, t in quotes)


def test_host_and_guest_labels_stand_for_the_people_the_host_introduces_on_air():
    art = parse_article(
        "MIDDAY LINE | TRANSCRIPT\n"
        "The harbour chief takes your calls\n\n"
        "HOST: This is Midday Line on Coast Radio. I'm Maeve Dunleavy. My guest for the hour "
        "is Tom Brenner, the harbour's chief executive. Tom, welcome.\n\n"
        "GUEST: Thanks, Maeve. Glad to be here.\n\n"
        "HOST: Why close the north quay?\n\n"
        "GUEST: Because the wall is failing, and we cannot fix it with boats tied to it.\n"
    )
    speakers = [q.speaker for q in art.quotes]
    assert speakers == ["Maeve Dunleavy", "Tom Brenner", "Maeve Dunleavy", "Tom Brenner"]
    assert art.interviewers == ["Maeve Dunleavy"]
    assert art.subjects == ["Tom Brenner"]


def test_words_of_someone_a_turn_names_beside_their_relation_are_theirs():
    art = parse_article(
        "Zero to Ship: Keziah Mabon\n\n"
        "**Obadiah Kent:** What would you tell a founder starting today?\n\n"
        "**Keziah Mabon:** Charge earlier than feels comfortable. My co-founder, Ruth, used to "
        'say, "Free users give you opinions. Paying users give you a roadmap." She was right.\n\n'
        "**Obadiah Kent:** Thank you.\n"
    )
    speakers = {q.text: q.speaker for q in art.quotes}
    assert speakers["Free users give you opinions. Paying users give you a roadmap."] == "Ruth"


def test_capital_labels_give_cased_names_and_roles_and_a_bare_caller_is_no_one():
    art = parse_article(
        "Harbour cuts: your calls\n\n"
        "HOST: I'm Maeve Dunleavy. My guest is Tom Brenner, the harbour's chief executive.\n\n"
        "CORINNA VASQUEZ-HALE, LRT BOARD CHAIR: Nobody on this board wants to cut service.\n\n"
        "GUEST: We may. I'd like to.\n\n"
        "CALLER: Hi. I drive for the port, and I'm not saying which depot.\n\n"
        "GUEST: I'd like to talk to you after the show.\n"
    )
    roles = {s.name: s.role for s in art.speakers}
    assert roles.get("Corinna Vasquez-Hale") == "LRT board chair"
    assert "Caller" not in roles
    assert [q.speaker for q in art.quotes if q.text.startswith("Hi. I drive")] == [None]


def test_callers_labelled_by_first_name_and_town_are_callers_not_the_stations():
    art = parse_article(
        "Tallis Tonight with Bronwen Tallis\n\n"
        "BRONWEN TALLIS, PRESENTER: We're talking about the bus cuts. Cormac, welcome.\n\n"
        "CORMAC HEATHERINGTON, DIRECTOR OF SERVICES: Thanks, Bronwen.\n\n"
        "TALLIS: Doreen is in Halifax. Doreen, you're on.\n\n"
        "DOREEN, in Halifax: The 576 is my only bus. So what am I meant to do?\n\n"
        "HEATHERINGTON: Doreen, I'm genuinely sorry.\n\n"
        "DOREEN: You said that in the consultation, Mr Heatherington.\n\n"
        "TALLIS: Kev, in Wakefield, you've been holding.\n\n"
        "KEV, in Wakefield: Is anybody actually in charge of the buses?\n"
    )
    speakers = {q.text: q.speaker for q in art.quotes}
    assert speakers["The 576 is my only bus. So what am I meant to do?"] == "Doreen"
    assert speakers["You said that in the consultation, Mr Heatherington."] == "Doreen"
    assert speakers["Is anybody actually in charge of the buses?"] == "Kev"
    assert speakers["Kev, in Wakefield, you've been holding."] == "Bronwen Tallis"


def test_a_turn_run_into_the_question_before_it_is_a_turn_of_its_own():
    # A broadcaster's transcript page that lost some paragraph breaks: the answer's
    # label follows the question in the same paragraph, after a few spaces.
    quotes = _quotes(
        "Full Transcript: Dana Whitlock and Governor Amos Perrine\n\n"
        "DANA WHITLOCK: Governor, thanks for doing this.\n\n"
        "AMOS PERRINE: Glad to be here.\n\n"
        "DANA WHITLOCK: What was the hardest decision you made?    AMOS PERRINE: The bridge "
        "closure. I chose the option that cost me the election.\n\n"
        "DANA WHITLOCK: Would you make it again? AMOS PERRINE: Yes.\n"
    )
    assert quotes[2:] == [
        ("Dana Whitlock", "What was the hardest decision you made?"),
        ("Amos Perrine", "The bridge closure. I chose the option that cost me the election."),
        ("Dana Whitlock", "Would you make it again?"),
        ("Amos Perrine", "Yes."),
    ]


def test_a_name_in_capitals_inside_a_sentence_does_not_split_a_turn():
    quotes = _quotes(
        "DANA WHITLOCK: Governor, thanks for doing this.\n\n"
        "AMOS PERRINE: Glad to be here. The sign said NO ENTRY: we went in anyway.\n\n"
        "DANA WHITLOCK: And then?\n"
    )
    assert quotes[1] == (
        "Amos Perrine",
        "Glad to be here. The sign said NO ENTRY: we went in anyway.",
    )


def test_a_podcast_transcript_labels_turns_with_the_name_and_the_time():
    # "Name (00:01:12) words", a paragraph opening with the time alone going on with the
    # turn, and the page's table of contents over its chapters
    art = parse_article(
        "Transcript for Orrin Vale: Robots and Reactors | Podcast #512\n\n"
        "This is a transcript of the Hallam Dyer Podcast #512 with Orrin Vale.\n\n"
        "Table of Contents\nIntroduction\nRobots\nReactors\n\n"
        "Introduction\n\n"
        "Hallam Dyer (00:00:00) The following is a conversation with Orrin Vale.\n\n"
        "Robots\n\n"
        "Hallam Dyer (00:01:12) When did you first think robots would work in homes?\n\n"
        "Orrin Vale (00:01:20) Not until 2019. Before that, the hands were hopeless.\n\n"
        "(00:01:41) The hands are still the hard part.\n\n"
        "Hallam Dyer (00:02:05) What changed?\n\n"
        "Reactors\n\n"
        "Orrin Vale (00:10:04) I think fusion is a ten-year bet.\n"
    )
    quotes = [(q.speaker, " ".join(q.text.split())) for q in art.quotes]
    assert quotes == [
        ("Hallam Dyer", "The following is a conversation with Orrin Vale."),
        ("Hallam Dyer", "When did you first think robots would work in homes?"),
        (
            "Orrin Vale",
            "Not until 2019. Before that, the hands were hopeless. "
            "The hands are still the hard part.",
        ),
        ("Hallam Dyer", "What changed?"),
        ("Orrin Vale", "I think fusion is a ten-year bet."),
    ]
    assert [s.heading for s in art.sections] == ["Introduction", "Robots", "Reactors"]
    assert art.dropped[:5] == [
        "This is a transcript of the Hallam Dyer Podcast #512 with Orrin Vale.",
        "Table of Contents",
        "Introduction",
        "Robots",
        "Reactors",
    ]
    assert art.commentary == []
    # the host's "a conversation with Orrin Vale" names the guest, not one who asks
    assert (art.subjects, art.interviewers) == (["Orrin Vale"], ["Hallam Dyer"])


def test_a_chapter_heading_with_its_time_is_still_a_heading():
    art = parse_article(
        "Fernhill's founders on the record\n\n"
        "The Margin Question (11:40)\n\n"
        '"We will break even this year," Mei-Lin Zhao said.\n'
    )
    assert [s.heading for s in art.sections] == ["The Margin Question (11:40)"]


def test_names_on_lines_of_their_own_label_the_turns_under_them():
    # with the time after the name ("Hallam Dyer 00:00:06") or under it, or the name alone
    # in bold
    for label in ("**{}** *00:00:0{}*", "**{}**", "{}\n00:00:0{}"):
        lines = ["# Orrin Vale on robots"]
        turns = [
            ("Hallam Dyer", "Today I'm talking with Orrin Vale. Orrin, welcome."),
            ("Orrin Vale", "Thanks for having me."),
            ("Hallam Dyer", "When did you think robots would work?"),
            ("Orrin Vale", "Not until 2019.\n\nThe hands are still the hard part."),
            ("Hallam Dyer", "What changed?"),
        ]
        for n, (who, said) in enumerate(turns):
            lines += [label.format(who, n), said]
        quotes = _quotes("\n\n".join(lines) + "\n")
        assert quotes == [(who, " ".join(said.split())) for who, said in turns], label


def test_a_qa_that_names_its_two_people_only_in_its_first_turns():
    # "Hallam Dyer:" and "Orrin Vale:" open; bold questions and plain answers follow, a
    # two-word question among them
    qa = [
        ("When did you first think robots would work in homes?", "Not until 2019."),
        ("What changed?", "Cheap sensors. The skin got good."),
        ("Which matters more, the hands or the brain?", "The hands, for now."),
        ("Will you sell them in Europe first?", "Probably Japan."),
    ]
    html = (
        "<h1>Orrin Vale on robots and reactors</h1>"
        "<p><strong>Hallam Dyer:</strong> Today I'm talking with Orrin Vale. Welcome.</p>"
        "<p><strong>Orrin Vale:</strong> Thanks for having me.</p>"
        + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in qa)
    )
    quotes = _quotes(f"<html><body>{html}</body></html>")
    expected = [("Hallam Dyer", "Today I'm talking with Orrin Vale. Welcome.")]
    expected.append(("Orrin Vale", "Thanks for having me."))
    for q, a in qa:
        expected += [("Hallam Dyer", q), ("Orrin Vale", a)]
    assert quotes == expected
    assert parse_article(html).interviewers == ["Hallam Dyer"]


def test_a_transcription_services_labels_with_the_time_stand_over_each_turn():
    quotes = _quotes(
        "Orrin Vale Interview Transcript\n\n"
        "Hallam Dyer (00:00:03):\nToday I'm talking with Orrin Vale. Orrin, welcome.\n\n"
        "Orrin Vale (00:00:07):\nThanks for having me.\n\n"
        "Hallam Dyer (00:00:09):\nWhen did you first think robots would work in homes?\n\n"
        "Orrin Vale (00:00:14):\nNot until 2019.\n"
    )
    assert quotes[2:] == [
        ("Hallam Dyer", "When did you first think robots would work in homes?"),
        ("Orrin Vale", "Not until 2019."),
    ]


PLAIN_QA = """Orrin Vale: 'The hands were the hard part'

The Brightfold founder on robots, reactors and rivals. Interview by Tessa Grint.

Why did you start Brightfold?

Because I was tired of folding laundry. That's the honest answer.

When did you think robots would work in homes?

Not until 2019. Before that, the hands were hopeless.

What changed?

Cheap sensors.

Your rivals say you are overpromising. Are you?

Probably a little. We just ship more.
"""


def test_a_qa_pasted_without_its_bold_is_still_a_qa():
    # the questions are plain paragraphs put to "you"; the writer the opening names asks
    quotes = _quotes(PLAIN_QA)
    assert quotes == [
        ("Tessa Grint", "Why did you start Brightfold?"),
        ("Orrin Vale", "Because I was tired of folding laundry. That's the honest answer."),
        ("Tessa Grint", "When did you think robots would work in homes?"),
        ("Orrin Vale", "Not until 2019. Before that, the hands were hopeless."),
        ("Tessa Grint", "What changed?"),
        ("Orrin Vale", "Cheap sensors."),
        ("Tessa Grint", "Your rivals say you are overpromising. Are you?"),
        ("Orrin Vale", "Probably a little. We just ship more."),
    ]


def test_a_writers_own_questions_answered_in_prose_are_no_qa():
    art = parse_article(
        "Why robots fail\n\n"
        "What went wrong at Brightfold?\n\n"
        "The company shipped too early, and the hands broke.\n\n"
        "Why did investors stay?\n\n"
        "The founder's record, mostly.\n\n"
        "What comes next?\n\n"
        "A second model, due in the spring.\n"
    )
    assert art.quotes == []


def test_a_question_and_its_answer_in_one_list_item_are_two_turns():
    art = parse_article(
        "# Highlights from Orrin Vale's AMA\n\n"
        "Orrin Vale, Brightfold's founder, answered questions on the forum on Tuesday.\n\n"
        "- **Q:** When will the robot ship? **A:** Spring, if the hands pass certification.\n"
        "- **Q:** Will it work in small flats? **A:** Yes. We designed it in a small flat.\n"
        "- **Q:** What about privacy? **A:** Nothing leaves the house unless you say so.\n"
    )
    turns = [(q.speaker, q.text) for q in art.quotes if q.kind == "direct"]
    assert turns == [
        (None, "When will the robot ship?"),
        ("Orrin Vale", "Spring, if the hands pass certification."),
        (None, "Will it work in small flats?"),
        ("Orrin Vale", "Yes. We designed it in a small flat."),
        (None, "What about privacy?"),
        ("Orrin Vale", "Nothing leaves the house unless you say so."),
    ]


def test_an_automatic_transcripts_numbered_voices_are_host_and_introduced_guest():
    art = parse_article(
        "Brightfold interview transcript\n\n"
        "Speaker 1: Welcome to the show. Today we have Orrin Vale.\n\n"
        "Speaker 2: Thanks for having me.\n\n"
        "Speaker 1: When will the robot ship?\n\n"
        "Speaker 2: Spring, if the hands pass certification.\n\n"
        "Speaker 1: And the price?\n\n"
        "Speaker 2: Less than a used car.\n"
    )
    turns = [(q.speaker, q.text) for q in art.quotes]
    assert turns[2:4] == [
        (None, "When will the robot ship?"),
        ("Orrin Vale", "Spring, if the hands pass certification."),
    ]
    assert art.subjects == ["Orrin Vale"]
    # the host is no one the page names: the editor is told, by the page's own label
    assert any("“Speaker 1:”" in w for w in art.warnings)


def test_a_markdown_qa_with_its_questions_in_italics():
    # one "#" headline and questions set in italics make the page Markdown; the one the
    # headline names answers
    quotes = _quotes(
        "# Orrin Vale on robots and reactors\n\n"
        "The Brightfold founder spoke to Tessa Grint.\n\n"
        "*Why did you start Brightfold?*\n\n"
        "Because I was tired of folding laundry.\n\n"
        "*When did you think robots would work in homes?*\n\n"
        "Not until 2019.\n\n"
        "*Your rivals say you overpromise. Do you?*\n\n"
        "Probably a little. We just ship more.\n"
    )
    assert quotes == [
        ("Tessa Grint", "Why did you start Brightfold?"),
        ("Orrin Vale", "Because I was tired of folding laundry."),
        ("Tessa Grint", "When did you think robots would work in homes?"),
        ("Orrin Vale", "Not until 2019."),
        ("Tessa Grint", "Your rivals say you overpromise. Do you?"),
        ("Orrin Vale", "Probably a little. We just ship more."),
    ]


def test_a_reporter_label_is_the_reporter_who_signs_off_the_package():
    art = parse_article(
        "Cascade 7 News at Six\n\n"
        "ANCHOR: Good evening, I'm Renata Szymborska. We begin east of Sisters, where a fire "
        "has forced 900 people from their homes.\n\n"
        "REPORTER (voice-over): By mid-afternoon the parking lot looked like a campground.\n\n"
        "GRETCHEN VOSKUIJLEN, INCIDENT COMMANDER: That wind shift bought us a night.\n\n"
        "REPORTER (on camera): Volunteers have served six hundred meals. Reporting from "
        "Sisters, Dashiell Okafor-Lindgren, Cascade 7 News.\n\n"
        "ANCHOR: Dashiell, when can people go home?\n\n"
        "REPORTER: Renata, the honest answer is nobody knows.\n"
    )
    speakers = {q.text: q.speaker for q in art.quotes}
    assert speakers["By mid-afternoon the parking lot looked like a campground."] == (
        "Dashiell Okafor-Lindgren"
    )
    assert speakers["Renata, the honest answer is nobody knows."] == "Dashiell Okafor-Lindgren"
    assert speakers["Dashiell, when can people go home?"] == "Renata Szymborska"


def test_a_label_giving_the_shows_own_name_is_its_host_who_wrote_the_page():
    quotes = _quotes(
        "<html><body><header><p>The Long Fade</p>"
        "<p>Long conversations with people who make records</p></header>"
        "<h1>Juno Haverkamp-Silva: “Play it to somebody who isn’t paid to like it”</h1>"
        "<p>By Caspian Oyelaran-Birch · 6 October 2025</p>"
        "<p>This week I’m joined by Juno Haverkamp-Silva, whose second album came out.</p>"
        "<p><strong>The Long Fade:</strong> Juno, welcome. What happened?</p>"
        "<p><strong>Juno Haverkamp-Silva:</strong> It nearly didn’t come out.</p>"
        "<p><strong>The Long Fade:</strong> And then?</p>"
        "<p><strong>Juno:</strong> And then Tobias heard it.</p>"
        "</body></html>"
    )
    assert quotes == [
        ("Caspian Oyelaran-Birch", "Juno, welcome. What happened?"),
        ("Juno Haverkamp-Silva", "It nearly didn’t come out."),
        ("Caspian Oyelaran-Birch", "And then?"),
        ("Juno Haverkamp-Silva", "And then Tobias heard it."),
    ]
