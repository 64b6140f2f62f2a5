"""The writer's own voice against the speaker's: cue rules of interviews/importers/commentary.py
(and the furniture they must not mistake for commentary), on short invented passages."""

from __future__ import annotations

import pytest

from interviews.importers import parse_article

TRANSCRIPT_HEAD = (
    "Mayor Tom Brenner on the harbour wall\n\n"
    "Presenter Ada Lusk spoke to Mayor Tom Brenner on The Late Desk.\n\n"
    "ADA LUSK: Mayor, the harbour wall is failing. Who pays?\n\n"
    "TOM BRENNER: The council does, and the port pays its share.\n\n"
    "ADA LUSK: How much?\n\n"
    "TOM BRENNER: About four million pounds over two years.\n\n"
)


@pytest.mark.parametrize(
    "cue",
    [
        "(BEGIN VIDEO CLIP)",
        "(END VIDEO CLIP)",
        "(COMMERCIAL BREAK)",
        "[END OF SEGMENT]",
        "[End of transcript]",
        "[NEWS AND TRAVEL]",
        "(Applause)",
        "(SOUNDBITE OF MUSIC)",
    ],
)
def test_a_broadcast_cue_on_its_own_line_is_furniture_not_commentary(cue):
    art = parse_article(
        TRANSCRIPT_HEAD + f"{cue}\n\n"
        "ADA LUSK: And the ferry?\n\n"
        "TOM BRENNER: The ferry will run next spring.\n"
    )
    stripped = cue.strip("()[]").lower()
    assert not any(stripped in c.text.lower() for c in art.commentary)
    assert not any(stripped in q.text.lower() for q in art.quotes)
    assert "The ferry will run next spring." in [q.text for q in art.quotes]


def test_a_dated_producers_note_after_a_break_is_the_writers_not_the_last_turn():
    art = parse_article(
        TRANSCRIPT_HEAD + "[NEWS AND TRAVEL]\n\n"
        "Producer's note, 24 July: the council has since told us the figure given on air "
        "was for last year.\n"
    )
    assert any(c.text.startswith("the council has since told us") for c in art.commentary)
    assert not [q.text for q in art.quotes if "since told us" in q.text]


INTRO = "Ana Ruiz runs a bakery in Leith and spoke to us about flour.\n\n"


def assert_writers(paragraph: str, start: str, lead: str = "“We bake at four,” Ruiz said.") -> None:
    """The paragraph, after a lead paragraph, yields commentary opening with `start`, and no
    quotation or paraphrase does."""
    art = parse_article(INTRO + lead + "\n\n" + paragraph + "\n")
    assert any(c.text.startswith(start) for c in art.commentary)
    assert not any(q.text.startswith(start) for q in art.quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's a clever framing, and one the whole trade has leaned on.",
        "It’s a neat trick.",
        "It's an old argument.",
    ],
)
def test_it_is_a_judgement_spelled_with_a_contraction_is_commentary(sentence):
    art = parse_article(INTRO + sentence + " “We never waste a loaf,” Ruiz said.\n")
    assert any(c.text.startswith(sentence[:20]) for c in art.commentary)


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "Ruiz is a better interviewee than most of her peers: she is specific, "
            "and she concedes points.",
            "Ruiz is a better interviewee",
        ),
        (
            "Head baker Tom Lusk, who sat in on the interview, was blunter than his boss.",
            "Head baker Tom Lusk",
        ),
        (
            "For comparison, Tom Lusk, who runs the city's largest chain, said last month "
            "that he sells bread at a loss.",
            "For comparison, Tom Lusk",
        ),
    ],
)
def test_a_comparison_the_writer_makes_before_a_reporting_clause_is_commentary(paragraph, start):
    assert_writers(paragraph, start, lead="Ruiz said flour prices had doubled.")


def test_a_comparison_inside_what_was_reported_stays_reported_speech():
    art = parse_article(
        INTRO + "Ruiz said her loaves were cheaper than most of her rivals' and sold out by noon.\n"
    )
    assert not art.commentary
    assert any(q.kind == "paraphrase" and q.text.startswith("Ruiz said") for q in art.quotes)


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "Ruiz said her bakery's sales grew by a fifth last year, supermarket bread "
            "notwithstanding. She did not name Crumbwell, and she didn't have to.",
            "She did not name Crumbwell",
        ),
        (
            "Ruiz said the chain was no threat. She never mentioned its prices, but she needn't.",
            "She never mentioned its prices",
        ),
        (
            "Lusk was noticeably more cautious about prices in person than he has been "
            "online. “A post is forty words,” he said.",
            "Lusk was noticeably more cautious",
        ),
    ],
)
def test_the_writers_aside_and_a_speaker_set_against_their_own_record(paragraph, start):
    art = parse_article(
        "Ana Ruiz and Tom Lusk run rival bakeries in Leith.\n\n"
        "“We bake at four,” Ruiz said.\n\n" + paragraph + "\n"
    )
    assert any(c.text.startswith(start) for c in art.commentary)
    assert not any(start in q.text for q in art.quotes)


def test_a_reported_comparison_with_the_speakers_past_is_not_the_writers():
    art = parse_article(
        INTRO + "Ruiz said the shop was more profitable than it had been in years.\n"
    )
    assert not art.commentary


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "Ruiz said the shop would not open a second site this year. She was vague on the "
            "cost. Asked about a sale, she said no one had offered.",
            "She was vague on the cost.",
        ),
        (
            "Lusk sat down with a trade magazine last week. Lusk is fluent, confident and "
            "quotable. He also got two figures wrong.",
            "Lusk is fluent, confident and quotable.",
        ),
        (
            "A penny a loaf is modest. Over a year it comes to about £40 a household.",
            "A penny a loaf is modest.",
        ),
    ],
)
def test_the_writers_verdict_on_an_answer_or_a_figure_is_commentary(paragraph, start):
    art = parse_article(INTRO + paragraph + "\n\n“We bake at four,” Ruiz said.\n")
    assert any(start in c.text for c in art.commentary)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz said the tax rules were vague and the forms worse.",
        "The new oven is large. It arrived in March.",
    ],
)
def test_a_reported_complaint_or_a_plain_description_is_not_a_verdict(paragraph):
    art = parse_article(INTRO + paragraph + "\n\n“We bake at four,” Ruiz said.\n")
    assert not art.commentary


def test_a_market_movement_the_writer_adds_is_context():
    art = parse_article(
        INTRO + "Flour prices have fallen by roughly a third since the spring, and rye by more. "
        "“We still pay too much,” Ruiz said.\n"
    )
    assert any(
        c.kind == "context" and c.text.startswith("Flour prices have fallen")
        for c in art.commentary
    )


def test_a_market_movement_the_speaker_reports_stays_reported_speech():
    art = parse_article(INTRO + "Ruiz said flour prices have fallen by a third since the spring.\n")
    assert not art.commentary


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "The plan has not gone down well. More than 300 customers have signed a petition, "
            "and Lusk said last week that the price was “too high by half”.",
            "The plan has not gone down well.",
        ),
        (
            "Reviewers have tended to file Ruiz under “rustic”, a word she has stopped arguing "
            "with. “It pays the rent,” she said.",
            "Reviewers have tended to file Ruiz",
        ),
        (
            "Unions have welcomed the pledge but have asked for it in writing. “They will get "
            "it,” Ruiz said.",
            "Unions have welcomed the pledge",
        ),
        (
            "The morning after the episode aired, Ruiz posted on her shop's page: “Some of my "
            "comments were clumsy.”",
            "The morning after the episode aired",
        ),
        (
            "The bigger news, at least for home bakers, is the flour. Ruiz confirmed the mill "
            "will sell direct from May.",
            "The bigger news, at least for home bakers",
        ),
        (
            "There was one moment where Ruiz sounded like she meant it. Asked about her father, "
            "she said: “He taught me everything.”",
            "There was one moment where Ruiz",
        ),
        (
            "Ruiz said the mill would sell direct. Given how much the shop relies on "
            "wholesale, that looks less like generosity than strategy.",
            "Given how much the shop relies",
        ),
    ],
)
def test_the_writers_own_cues_hold_where_no_reporting_clause_comes_first(paragraph, start):
    assert_writers(paragraph, start)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz said the price rise had not gone down well with regulars.",
        "Ruiz said reviewers have tended to ignore small bakeries.",
        # an attribution trailing the sentence after a comma reports all of it
        "The new loaf looks more like a brioche than a baguette, Ruiz said.",
        "The price rise has not gone down well with regulars, Ruiz said.",
    ],
)
def test_the_same_cues_inside_what_someone_reports_stay_reported_speech(paragraph):
    art = parse_article(INTRO + paragraph + "\n")
    assert not art.commentary
    assert [q.speaker for q in art.quotes if q.kind == "paraphrase"] == ["Ana Ruiz"]


def test_a_comparison_with_the_one_built_elsewhere_is_the_writers():
    assert_writers(
        "The new oven is smaller than the one Crumbwell installed last year. “It is enough for "
        "us,” Ruiz said.",
        "The new oven is smaller",
    )


def test_a_figure_the_company_has_not_broken_down_is_a_fact_check():
    art = parse_article(
        INTRO + "Ruiz said the shop had sold 40,000 loaves since January, a figure the bakery "
        "has not broken down by branch.\n"
    )
    assert any("has not broken down by branch" in c.text for c in art.commentary)


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "The two bakeries are partners on paper and rivals in practice. “We share a mill,” "
            "Ruiz said.",
            "The two bakeries are partners on paper",
        ),
        (
            "The question of the moment in baking is whether sourdough has peaked. "
            "“It hasn't,” Ruiz said.",
            "The question of the moment",
        ),
        (
            "Every few years, the trade rediscovers rye. “This time it stays,” Ruiz said.",
            "Every few years, the trade",
        ),
        (
            "A levain is the baker's equivalent of a pension fund. “You feed it for decades,” "
            "Ruiz said.",
            "A levain is the baker's equivalent",
        ),
        (
            "Comparisons with the great Paris bakeries are inevitable and mostly wrong. "
            "“I make bread for Leith,” Ruiz said.",
            "Comparisons with the great Paris bakeries",
        ),
        (
            "In that sense the shop has more in common with a library than with a café. "
            "“People stay for hours,” Ruiz said.",
            "In that sense the shop has more in common",
        ),
        (
            "It was the first time the two owners had given a joint interview, and it showed. "
            "“We disagree about rye,” Ruiz said.",
            "It was the first time the two owners",
        ),
        # the writer grading a moment
        (
            "The closing quick-fire round produced a few gems. Asked for her favourite loaf, "
            "Ruiz named “anything still warm.”",
            "The closing quick-fire round produced a few gems.",
        ),
        (
            "It was a good moment, and it went round the trade press. “I meant it,” Ruiz said.",
            "It was a good moment",
        ),
        (
            "Something less quotable and more honest. “I don't know,” Ruiz said.",
            "Something less quotable and more honest.",
        ),
        # a characterisation by denial, and the writer's impression
        (
            "The Leith shop is not a large bakery. The chain's flagship bakes ten times as "
            "much, but Ruiz bakes what she calls “the loaves nobody misses until they are "
            "gone”.",
            "The Leith shop is not a large bakery.",
        ),
        (
            "The question on the menu was “Who pays?”, and for most of the "
            "hour the answer seemed to be: somebody else. “Not me,” Ruiz said.",
            "The question on the menu was",
        ),
    ],
)
def test_the_writers_framing_of_a_field_or_a_comparison_is_commentary(paragraph, start):
    assert_writers(paragraph, start)


def test_a_closing_pointer_to_the_highlights_is_furniture_not_commentary():
    pointer = "Below are the highlights, with timestamps so you can jump to the right part."
    art = parse_article(
        f"{INTRO}It was the first time the two owners had given a joint interview, and it "
        f"showed. {pointer}\n\n“We bake at four,” Ruiz said.\n"
    )
    bodies = [c.text for c in art.commentary]
    assert bodies and bodies[0].startswith("It was the first time")
    assert all(pointer not in b for b in bodies)


def test_a_judgement_holding_a_short_partial_quote_is_still_the_writers():
    assert_writers(
        "“We will keep both ovens,” Ruiz said. It was a notable softening from an owner who, "
        "in March, described the second oven as “an indulgence”.",
        "It was a notable softening",
    )


def test_a_sentence_that_is_mostly_a_quotation_is_not_the_writers_judgement():
    art = parse_article(
        INTRO + "But “we should never have bought the second oven, it was a luxury we could "
        "not afford,” Ruiz said.\n"
    )
    assert not art.commentary


def test_a_plain_description_with_not_is_not_a_characterisation():
    art = parse_article(INTRO + "The shop is not open on Mondays. “We rest,” Ruiz said.\n")
    assert not art.commentary


def test_the_writers_bracketed_aside_inside_a_paragraph_is_commentary():
    assert_writers(
        "Ruiz said she had tried to buy the old mill back. (She built a new one instead.) "
        "“Every baker tries,” she said.",
        "(She built a new one instead.)",
    )


def test_a_short_stage_direction_in_brackets_is_not_an_aside():
    art = parse_article(INTRO + "“We bake at four.” (Laughs.) “Every day,” Ruiz said.\n")
    assert not art.commentary


@pytest.mark.parametrize(
    "sentence",
    [
        "Compare the approach of Marta Ibsen, who runs the rival firm and publishes every figure.",
        "Contrast that with the way the company spoke about hiring last spring.",
        "Read side by side, the two interviews do not describe the same company.",
    ],
)
def test_the_writers_imperative_to_compare_is_a_comparison(sentence):
    art = parse_article(
        "Two interviews, one executive\n\n"
        "Ruth Vos, chief executive of Larkmoor, spoke to two papers this month.\n\n"
        "“We will not cut jobs,” Vos told the Herald.\n\n" + sentence + "\n"
    )
    assert [c.kind for c in art.commentary if c.text.startswith(sentence[:20])] == ["comparison"]


def test_an_opinion_columns_first_paragraph_is_the_writers_case_not_a_lede():
    text = (
        "OPINION\n\n"
        "Why the minister's numbers should worry us\n\n"
        "By Fen Gray\n\n"
        "Aurel Quinn has never been comfortable in front of an audience, and his novels "
        "have arguably always been better than his interviews. This one was no exception.\n\n"
        "His interviewer, the critic Nadia Ferr, asked him why he wrote the book.\n\n"
        "“I write to find out what I think,” Quinn said.\n"
    )
    starts = [c.text[:20] for c in parse_article(text).commentary]
    assert "Aurel Quinn has neve" in starts
    # the same paragraph opening a news report is its lede, not commentary
    news = text.replace("OPINION\n\n", "")
    assert "Aurel Quinn has neve" not in [c.text[:20] for c in parse_article(news).commentary]


@pytest.mark.parametrize(
    "verdict",
    [
        "Dougie Fenn’s frustration is understandable, but the replay does not help his case.",
        "Nor does the club’s complaint stand up especially well.",
        "On the evidence of this interview, the chief executive is comfortable with that.",
        "This is the most honest framing of the debate I’ve heard from a lab leader this year.",
        "Dom Asare has problems of his own.",
        "No plans for redundancies is, again, not the same thing as no fewer drivers.",
        "It is hard to tell how much of this is a bit.",
        "Given ten minutes with him, I’d ask why the penalty data was never published.",
    ],
)
def test_the_writers_weighing_of_a_position_is_commentary(verdict):
    text = (
        "Rovers manager Dougie Fenn spoke to reporters after the 2-1 defeat.\n\n"
        "Fenn said the referee had made two poor decisions in the second half.\n\n"
        f"{verdict} The league will review the incident next week.\n\n"
        "“We move on,” he said.\n"
    )
    assert verdict[:30] in [c.text[:30] for c in parse_article(text).commentary]


def test_a_markdown_footnote_is_the_writers_note():
    text = (
        "# Oriel's chief on scaling\n\n"
        "Oriel chief executive Teodora Vask spoke at the summit on Friday.\n\n"
        "She said the model can hold “a million tokens in its head”,[^2] and that the "
        "harness would be published.\n\n"
        "[^2]: The published model card lists a context window of 256,000 tokens.\n"
    )
    parsed = parse_article(text)
    notes = [c.text for c in parsed.commentary]
    assert "The published model card lists a context window of 256,000 tokens." in notes
    # the reference mark is not part of anyone's words
    assert not any("[^2]" in q.text for q in parsed.quotes)


FACT_CHECK = """Fact check: the mayor's claims on buses

By Rae Pollit
Published March 3, 2025 | Updated March 4, 2025

Mayor Tom Brenner spent twenty minutes on Radio Quay defending the bus budget.

Claim 1: Fares

What he said: "Fares have not gone up in three years."

The facts: Council papers show fares rose by 10p in 2023.

Verdict: False. The rise was small, but it was a rise.

Claim 2: Routes

What he said: "We have added four routes since 2022."

The facts: The timetable lists three new routes and one extended one.

Verdict: Mostly accurate. Three of the four are new.

HOW WE RATE CLAIMS
Accurate: The claim is correct and needs no context.
Misleading: The numbers may be real, but the claim leaves a false impression.

Spotted a claim you want checked? Email checks@quay.example.

Editor's note, March 4, 2025: An earlier version of this article gave the wrong fare.
"""


def test_a_fact_checks_labels_are_the_writers_not_speakers():
    art = parse_article(FACT_CHECK)
    speakers = {q.speaker for q in art.quotes}
    assert speakers == {"Tom Brenner"}
    assert art.subjects == ["Tom Brenner"]
    found = {c.text: c.kind for c in art.commentary}
    assert found["False. The rise was small, but it was a rise."] == "fact-check"
    assert found["Council papers show fares rose by 10p in 2023."] == "fact-check"
    # the label stands before the quotation only: nothing is reported besides it
    assert not any(q.kind == "paraphrase" for q in art.quotes)


def test_a_rating_legend_a_tip_line_and_a_dated_correction_are_furniture():
    art = parse_article(FACT_CHECK)
    content = " ".join([q.text for q in art.quotes] + [c.text for c in art.commentary])
    for line in ("needs no context", "false impression", "Spotted a claim", "earlier version"):
        assert line not in content
        assert any(line in d for d in art.dropped)


@pytest.mark.parametrize(
    "paragraph, start",
    [
        (
            "Her rye is, to my mind, the best in the city, and she is still shy about it.",
            "Her rye is, to my mind",
        ),
        ("The pricing segment was weaker. Ruiz said flour costs had doubled.", "The pricing"),
        ("I laughed out loud at that. Ruiz did not.", "I laughed out loud"),
        (
            "It is also a genuinely useful way to think about small shops: costs come first.",
            "It is also a genuinely useful way",
        ),
        (
            "Her prices are in line with what other bakers have charged this year.",
            "Her prices are in line",
        ),
        ("The sourdough is the best thing Ruiz has made.", "The sourdough is the best"),
        ("The tart is the finest work of her career.", "The tart is the finest"),
        (
            "Readers of her earlier books will know the method. It is closer in spirit to "
            "a diary than to a cookbook.",
            "Readers of her earlier books",
        ),
        (
            "Her loaf, it turns out, sells out by nine. Ruiz said the ovens could not do more.",
            "Her loaf, it turns out",
        ),
        ("This is the U-turn in our headline. The price stays.", "This is the U-turn"),
        ("That promise may not survive contact with the winter.", "That promise may not survive"),
        ("That's a welcome pledge, and one the mill has conspicuously not made.", "That's a"),
        (
            "This week's Crumb was the best episode I've heard in months. Ruiz was on for an hour.",
            "This week's Crumb",
        ),
    ],
)
def test_the_writers_ranking_reaction_and_asides_are_commentary(paragraph, start):
    # after reported speech, not after a quotation (which any paragraph may comment on)
    assert_writers(paragraph, start, lead="Ruiz said the shop opened in May.")


@pytest.mark.parametrize(
    "paragraph",
    [
        # the speaker's own ranking, and her finding out, are reported speech
        "Ruiz said the sourdough was the best thing she has made.",
        "Ruiz said it turns out the ovens could do more.",
    ],
)
def test_a_ranking_the_speaker_reports_stays_reported_speech(paragraph):
    art = parse_article(INTRO + paragraph + "\n")
    assert not art.commentary


@pytest.mark.parametrize(
    "paragraph, start",
    [
        ("That's a striking thing to hear from a baker who sells mostly bread.", "That's a"),
        ("The mill across town has gone the opposite way, selling only flour.", "The mill across"),
        ("She was less sure-footed on wages.", "She was less sure-footed"),
        ("She has said versions of this before, but never this bluntly.", "She has said versions"),
        ("Compare Brennan's, which sells half as much at twice the price.", "Compare Brennan's"),
        ("It is the second round of job cuts at the mill in a year.", "It is the second round"),
        ("This is the story Ruiz tells most often, and it is polished.", "This is the story Ruiz"),
        ("What she is less keen to dwell on is the debt.", "What she is less keen"),
        ("The comments echo remarks last month by the union's leader.", "The comments echo"),
    ],
)
def test_the_writers_framing_of_a_record_or_a_rival_is_commentary(paragraph, start):
    assert_writers(paragraph, start, lead="Ruiz said the shop opened in May.")


def test_a_speaker_who_reports_the_opposite_way_stays_reported_speech():
    art = parse_article(INTRO + "Ruiz said the mill had gone the opposite way.\n")
    assert [q.speaker for q in art.quotes if q.kind == "paraphrase"] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "There is a particular tone Ruiz reaches for when she is about to say something that "
        "isn't quite true. I counted it eleven times.",
        "The figure she gave was not entirely accurate, and the bakery's accounts show why.",
    ],
)
def test_a_qualified_denial_of_the_truth_is_the_writers_critique(paragraph):
    assert_writers(paragraph, paragraph[:30], lead="Ruiz said the shop opened in May.")


def test_a_qualified_denial_reported_from_someone_stays_theirs():
    art = parse_article(
        INTRO + "Ruiz said the shop opened in May.\n\n"
        "She later said her first account was not entirely accurate.\n"
    )
    assert not any(c.text.startswith("She later said") for c in art.commentary)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Her “best loaf in Leith” line is doing a lot of heavy lifting.",
        "The fix is simple. She should print the prices on the board.",
        "She calls it a pivot. I would call it a retreat, which is not the same thing.",
    ],
)
def test_the_writers_idioms_of_judgement_are_critique(paragraph):
    start = "I would call it" if paragraph.startswith("She calls") else paragraph[:25]
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert any(c.text.startswith(start) and c.kind == "critique" for c in art.commentary)


def test_the_writers_sentence_after_a_quotation_that_ends_its_own_sentence_is_split_off():
    paragraph = (
        "She turned down two supermarket contracts because, she says, ‘they wanted the "
        "sourdough to be frozen, and I’m not selling frozen bread.’ It is hard to tell how "
        "much of this is a bit."
    )
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert any(c.text.startswith("It is hard to tell") for c in art.commentary)
    assert any(q.kind == "paraphrase" and q.text.startswith("She turned down") for q in art.quotes)


def test_a_sentence_going_on_about_the_speaker_after_her_quotation_is_no_commentary():
    paragraph = (
        "She said flour costs would double, which she called “a very expensive kind of "
        "optimism.” Her argument is that the mills cannot absorb the energy bill."
    )
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert not any(c.text.startswith("Her argument") for c in art.commentary)


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("That number deserves some context: a single tap counts as a visit.", "critique"),
        ("For those keeping track, the bakery has never published its sales.", "fact-check"),
        ("The takings are impossible to verify, since the till roll is private.", "fact-check"),
        ("That line works equally well as a motto and as an advert.", "critique"),
        ("It’s one of the more revealing interviews Ruiz has given this year.", "critique"),
        ("As competitors like Greggan take more cautious paths, the bet looks bold.", "comparison"),
        ("The comments come a week after rival Greggan cut its prices.", "context"),
        ("The post stops short of ruling out a second shop.", "critique"),
        ("That request is likely to be a hard sell at the council.", "insight"),
    ],
)
def test_more_of_the_writers_cues_seen_in_seed_like_recaps(paragraph, kind):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:25])] == [kind]


def test_a_request_reported_as_a_hard_sell_by_someone_stays_theirs():
    art = parse_article(
        INTRO + "Ruiz said the shop opened in May.\n\n"
        "She said the loan was likely to be a hard sell at the bank.\n"
    )
    assert not any(c.text.startswith("She said the loan") for c in art.commentary)


def test_the_question_the_interviewer_did_not_put_is_the_writers_critique():
    art = parse_article(
        INTRO + "Anchor Greta Vasilakis asked Ruiz whether prices would rise. Ruiz said they "
        "would not.\n\n"
        "Vasilakis didn't ask about the departure of the bakery's manager in May, and Ruiz "
        "didn't volunteer it.\n"
    )
    assert any(c.text.startswith("Vasilakis didn't ask") for c in art.commentary)


def test_an_outside_fact_after_a_quotation_that_ends_its_sentence_is_context():
    art = parse_article(
        INTRO + "Ruiz would not talk about money, saying only that the bakery had “enough "
        "flour for a year.” Greggan Bakeries last raised in 2021, a £4m round led by Fenbrook.\n"
    )
    assert [c.kind for c in art.commentary if c.text.startswith("Greggan Bakeries last")] == [
        "context"
    ]


def test_what_the_speaker_goes_on_to_say_after_a_quotation_stays_reported():
    art = parse_article(
        INTRO + "Ruiz would not talk about money, saying only that the bakery had “enough "
        "flour for a year.” She said it opened a second oven in 2021.\n"
    )
    assert not any(c.text.startswith("She said it opened") for c in art.commentary)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Then came the “rebrand.” Ruiz used the word six times in ten minutes.",
        "The likeness to her mother's shop is hard to miss all the same.",
        "Ruiz, for all her charm, dodged the question about rent.",
    ],
)
def test_the_writers_irony_concession_and_obvious_likeness_are_critique(paragraph):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:20])] == ["critique"]


def test_a_likeness_someone_reports_as_hard_to_miss_stays_reported():
    art = parse_article(INTRO + "Ruiz said the queue outside was hard to miss on Saturdays.\n")
    assert not art.commentary


def test_an_official_statistic_the_writer_adds_is_context():
    art = parse_article(
        INTRO + "Ruiz said the shop opened in May.\n\n"
        "Around one in five shops in the county fails within two years, according to the "
        "Fenshire Statistics Office.\n"
    )
    assert [c.kind for c in art.commentary if c.text.startswith("Around one in five")] == [
        "context"
    ]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "Public grant records tell a slightly different story, putting the loan at £90,000.",
            "fact-check",
        ),
        ("The bakery's own filings back up the turnaround she describes.", "fact-check"),
        ("Greggan's own notice to customers in March, though, cited flour costs.", "fact-check"),
        ("Ruiz is hardly the only baker to discover the virtues of rye.", "comparison"),
        ("It is also roughly where most of the industry has landed.", "comparison"),
        (
            "As Greggan and Fenbrook race to open shops of their own, prices will tell.",
            "comparison",
        ),
        ("If you haven't been following along: the bakery sells bread to six cafés.", "context"),
        ("This is the first time the company has confirmed the closure.", "context"),
        ("What she is describing, really, is the method of the whole shop.", "insight"),
        ("That may not please the early investors.", "insight"),
        ("The bakery employs about 40 people, most of them part-time.", "context"),
    ],
)
def test_the_writers_record_rivals_and_reading_where_no_one_is_reported(paragraph, kind):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:25])] == [kind]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz said the records back up the turnaround she describes.",
        "She said most of the industry has landed on rye.",
    ],
)
def test_the_same_words_in_what_someone_reports_stay_reported(paragraph):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert not art.commentary


def test_an_outside_fact_about_a_group_is_context_inside_reported_speech():
    art = parse_article(
        INTRO + "Ruiz said she would open two more shops in May. The bakery employs about 40 "
        "people, most of them part-time.\n"
    )
    assert [c.kind for c in art.commentary if c.text.startswith("The bakery employs")] == [
        "context"
    ]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "In a press release in March, however, the bakery said it would open “by midyear.”",
            "fact-check",
        ),
        (
            "In the shop's leaflet, Ruiz calls the loaf “bread in which nothing is added,” which "
            "is clever and not quite right.",
            "critique",
        ),
    ],
)
def test_the_record_and_the_verdict_set_against_reported_words_are_the_writers(paragraph, kind):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:20])] == [kind]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        (
            "The decision to close on Sundays was the turning point, and not in her favour.",
            "critique",
        ),
        (
            "It is also a sharp contrast with last year, when the shop opened every day.",
            "comparison",
        ),
    ],
)
def test_the_writers_turning_point_and_contrast_are_commentary(paragraph, kind):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:20])] == [kind]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("It was the most useful thing I watched all month.", "critique"),
        ("If you run a small bakery, watch the hour from 40:00.", "critique"),
        ("The interview is mostly a victory lap.", "critique"),
        ("Host Dana Whitlock used the time well, returning to the prices twice.", "critique"),
        ("Ruiz was calmer and better prepared than in the first interview.", "comparison"),
        ("The annual report complicates that.", "fact-check"),
        ("Customers who have watched prices rise may wonder when the pledge starts.", "insight"),
        (
            "The last time the sides met at the Foundry Ground, in March, Albion drew 2-2.",
            "comparison",
        ),
        ("It was a clearer message than the one customers got on Wednesday.", "comparison"),
    ],
)
def test_the_writers_ranking_advice_and_doubt_are_commentary(paragraph, kind):
    art = parse_article(INTRO + "Ruiz said the shop opened in May.\n\n" + paragraph + "\n")
    assert [c.kind for c in art.commentary if c.text.startswith(paragraph[:20])] == [kind]


def test_a_pointer_to_the_timestamps_closing_a_paragraph_is_furniture():
    art = parse_article(
        INTRO + "It was the most useful thing I watched all month. Timestamps below link to "
        "the VOD.\n\nRuiz said the shop opened in May.\n"
    )
    assert "Timestamps below link to the VOD." in art.dropped
    assert not any("Timestamps" in c.text for c in art.commentary)


def test_when_she_said_it_reports_no_words_and_the_aside_is_the_writers():
    art = parse_article(
        "Saskia Van Heerden-Oduya spoke on stage.\n\n"
        "“We do not comment on rumors, and I am not about to start now.”\n\n"
        "She was smiling when she said it, though. Make of that what you will.\n"
    )
    assert [c.text for c in art.commentary] == [
        "She was smiling when she said it, though. Make of that what you will."
    ]
    assert not any(q.kind == "paraphrase" for q in art.quotes)


def test_the_writers_judgement_ending_in_a_colon_over_a_list_is_commentary():
    art = parse_article(
        INTRO + "“We bake at four,” Ruiz said.\n\n"
        "If I got ten minutes with Ruiz, I’d ask three things:\n\n"
        "- What does a loaf cost to make?\n"
        "- Who buys the rye?\n"
        "- Why close on Sundays?\n"
    )
    assert any(c.text.startswith("If I got ten minutes") for c in art.commentary)


def test_a_lead_in_with_a_colon_over_a_quotation_is_not_commentary():
    art = parse_article(
        INTRO + "Asked about Sundays, she did not hesitate, and I'd ask the same again:\n\n"
        "“We close because we are tired,” Ruiz said.\n"
    )
    assert not any(c.text.startswith("Asked about Sundays") for c in art.commentary)


RECAP_HEAD = (
    "Zuckerberg on the future of AI\n\n"
    "In this podcast episode, Mark Zuckerberg discussed Meta's AI plans with host Dana "
    "Whitlock.\n\n"
    "Zuckerberg said Meta AI now has nearly a billion monthly users.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The timing is no coincidence: the announcement came days before earnings.", "critique"),
        ("Investors seem unconvinced.", "critique"),
        ("In other words, Meta wants to own the platform.", "insight"),
        ("This marks a sharp departure from Meta's earlier stance on open models.", "comparison"),
        ("Meta's track record here is mixed at best.", "critique"),
        ("The subtext was clear: Meta is playing catch-up.", "insight"),
        ("Few executives would say this out loud.", "critique"),
        ("This is classic Zuckerberg.", "critique"),
        ("The numbers don't quite add up.", "critique"),
        ("Meta has been here before.", "critique"),
        ("The elephant in the room is regulation.", "critique"),
        ("Put simply, Meta is betting the company on AI.", "insight"),
        ("That's easier said than done.", "critique"),
        ("For now, that remains a promise.", "critique"),
        ("Time will tell.", "critique"),
        ("This is where things get interesting.", "critique"),
        ("This isn't the first time Zuckerberg has made such claims.", "context"),
        ("Google has taken a similar approach with Gemini.", "comparison"),
        ("That's roughly twice what Microsoft spent in the same period.", "comparison"),
    ],
)
def test_the_writers_gloss_and_verdict_are_commentary(sentence, kind):
    art = parse_article(RECAP_HEAD + sentence + "\n")
    assert [(c.text, c.kind) for c in art.commentary] == [(sentence, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zuckerberg said the results were mixed at best.",
        "He said investors seemed unconvinced at first.",
        "He said the numbers did not add up.",
    ],
)
def test_the_same_words_reported_from_the_speaker_are_not_commentary(sentence):
    art = parse_article(RECAP_HEAD + sentence + "\n")
    assert art.commentary == []
