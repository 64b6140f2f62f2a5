"""More transcript layouts: a club's press-conference page, a cable-news transcript and
a film site's Q&A, with the page furniture around them. Short invented texts; no
database."""

from __future__ import annotations

from interviews.importers import parse_article
from interviews.importers.furniture import is_furniture


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = parse_article(text)
    return [(q.speaker, " ".join(q.text.split())) for q in art.quotes if q.kind == "direct"]


def _content(text: str) -> list[str]:
    art = parse_article(text)
    return [q.text for q in art.quotes] + [c.text for c in art.commentary]


# A club's post-match page: a result strap and a fixture line in the header and footer,
# "Q." for unnamed reporters, the coach labelled with her job.
PRESSER = """KELLBY GULLS
Tickets | Fixtures | Squad | News

Postgame notes: Coach Varga after the win over Dunmere

March 3, 2026

FINAL: Gulls 74, Dunmere Otters 69
Okafor: 21 PTS, 8 REB | Varga-Lind: 12 PTS, 5 AST

Gulls head coach Ilona Varga and forward Tamsin Okafor spoke to reporters after Friday's win.

COACH VARGA: I liked the way we defended late. We were patient and we were loud.

Q. (Inaudible) the second half, when Dunmere closed the gap?

COACH VARGA: I stopped it and told them, "Nobody here is tired, so stop acting tired." Done.

(Tamsin Okafor joins the podium.)

Q. Tamsin, what did the coach say at the break?

TAMSIN OKAFOR: Coach pulled me aside and said, "Shoot the next one without looking at me." So I did.

COACH VARGA: I did say that. Thanks, everyone.

Transcript provided by Harbourline Transcription. Edited for clarity.

NEXT GAME: Gulls at Brayfield Kites, Sunday, March 8, 3:00 PM | Buy tickets
Download the Gulls app for live scores and video.

© 2026 Kellby Gulls. All rights reserved.
"""


def test_result_strap_and_next_fixture_are_not_turns():
    content = _content(PRESSER)
    assert not any("Dunmere Otters 69" in t for t in content)
    assert not any("Brayfield Kites" in t for t in content)
    assert not any("Gulls app" in t for t in content)


def test_stage_note_between_turns_is_furniture():
    assert not any("joins the podium" in t for t in _content(PRESSER))


def test_box_score_is_no_heading():
    art = parse_article(PRESSER)
    assert not any("PTS" in s.heading for s in art.sections)
    assert is_furniture("Okafor: 21 PTS, 8 REB | Varga-Lind: 12 PTS, 5 AST")
    assert not is_furniture("Okafor: 21 points was the most she has ever scored.")


def test_result_strap_is_furniture():
    assert is_furniture("FINAL: Gulls 74, Dunmere Otters 69")
    assert is_furniture("NEXT GAME: Gulls at Brayfield Kites, Sunday, March 8, 3:00 PM")


def test_transcript_credit_closes_no_turn():
    quotes = _quotes(PRESSER)
    assert ("Ilona Varga", "I did say that. Thanks, everyone.") in quotes
    assert is_furniture("Transcript provided by Harbourline Transcription. Edited for clarity.")


def test_inaudible_is_no_asker():
    quotes = _quotes(PRESSER)
    speakers = {s for s, _ in quotes}
    assert "Inaudible" not in speakers
    assert any(t.startswith("(Inaudible) the second half") for _, t in quotes)


def test_who_spoke_to_reporters_asks_nothing():
    art = parse_article(PRESSER)
    assert "Tamsin Okafor" not in art.interviewers
    assert (None, "Tamsin, what did the coach say at the break?") in _quotes(PRESSER)


def test_coach_as_a_name_in_a_turn_is_the_coach():
    quotes = _quotes(PRESSER)
    assert ("Ilona Varga", "Shoot the next one without looking at me.") in quotes


# A cable-news transcript: a site's "Transcripts" masthead and the show's line above the
# segment's headline, a guest labelled with her rank, and "END" at the foot.
CABLE = """NRX Transcripts
Home | Shows | Transcripts | Live TV

THE LATE DESK WITH OREN BALFOUR

Ferry Operator Grilled Over Winter Cancellations; Crews Push Back

Aired January 12, 2026 - 23:00   ET

[23:00:05] OREN BALFOUR, NRX ANCHOR: Good evening, I'm Oren Balfour. No ferries ran all week.

[23:00:40] ANCHOR: Joining me now is Petra Lindqvist-Mora, who runs Saltway Ferries. Why a week?

[23:00:52] LINDQVIST-MORA: Two hulls failed inspection on the same day. That is the whole story.

[23:01:10] ANCHOR: With us too is Captain Hal Brennick of the Ferry Officers Guild. Captain?

[23:01:15] CAPT. HAL BRENNICK, CHAIR, FERRY OFFICERS GUILD: It isn't. The refits were due in May.

[23:01:40] LINDQVIST-MORA: The refits were booked, Hal.

[23:01:44] BRENNICK: Booked and then cancelled.

[23:01:50] ANCHOR: We'll leave it there. Thank you both.

END

Copyright 2026 NRX Network. All Rights Reserved.
"""


def test_transcripts_masthead_and_show_line_are_not_the_title():
    art = parse_article(CABLE)
    assert art.title == "Ferry Operator Grilled Over Winter Cancellations; Crews Push Back"


def test_rank_in_capitals_before_a_label_name():
    quotes = _quotes(CABLE)
    assert (
        "Hal Brennick",
        "It isn't. The refits were due in May.",
    ) in quotes
    assert not any("CAPT." in t for _, t in quotes)


def test_end_line_is_furniture():
    quotes = _quotes(CABLE)
    assert ("Oren Balfour", "We'll leave it there. Thank you both.") in quotes


# A film site's Q&A: surname labels, a viewer's words nested in an answer, a release
# line, the writer's bio and a newsletter prompt at the foot.
FILM_QA = """Ada Brell on the slow, strange making of 'Low Tide Hotel'

Interview by Niamh Osei-Carver
April 2, 2026

Ada Brell's second feature, Low Tide Hotel, is set in a seaside hotel in winter.

Q: What did audiences say?

Brell: Mostly kind. The oddest thing anyone said to me after it was "I want to live there." I froze.

Q: What's next?

Brell: Something set in a city. Anywhere with no sea.

This interview has been edited and condensed.

Low Tide Hotel opens in theaters nationwide on May 9.

Niamh Osei-Carver is a staff writer at Reel Notes. She lives in Leeds.

Get our weekly newsletter, Second Reel, for interviews every Friday.
"""


def test_cleft_said_nests_the_words_of_someone_unnamed():
    quotes = _quotes(FILM_QA)
    assert (None, "I want to live there.") in quotes


def test_release_bio_and_newsletter_lines_are_furniture():
    content = _content(FILM_QA)
    assert ("Ada Brell", "Something set in a city. Anywhere with no sea.") in _quotes(FILM_QA)
    assert not any("opens in theaters" in t for t in content)
    assert not any("staff writer" in t for t in content)
    assert not any("newsletter" in t for t in content)


def test_a_sponsor_read_inside_a_hosts_turn_is_furniture():
    text = (
        "Shelf Life, episode 88: Priya Tal of Kettle Goods\n\n"
        "Arlo Vance: We're going to take a quick break.\n\n"
        "This episode of Shelf Life is brought to you by Tallyforge. Tallyforge connects your "
        "warehouse and your storefront. Listeners get three months free.\n\n"
        "Arlo Vance: Okay, we're back. Why did you say no to Hollister's?\n\n"
        "Priya Tal: Because they wanted everything, and we had only so much to give.\n"
    )
    art = parse_article(text)
    assert ("Arlo Vance", "We're going to take a quick break.") in [
        (q.speaker, q.text) for q in art.quotes
    ]
    assert any(d.startswith("This episode of Shelf Life is brought") for d in art.dropped)


TRADE_QA = """<html><body><article>
<h1>Halden Freight&rsquo;s COO on the winter that rewired the company</h1>
<p class="byline">By Mira Castellane | March 4, 2025</p>
<p>Last winter a failed boiler at Halden Freight&rsquo;s depot in Leith cost the firm two
accounts. Tomas Berg, Halden&rsquo;s chief operating officer, says it changed everything.</p>
<h2>The winter</h2>
<p><strong>Depot Weekly: Walk me through the first night.</strong></p>
<p>The call came at two in the morning. By the time we looked, the depot was at minus ten.</p>
<p><strong>Depot Weekly: You lost two accounts anyway.</strong></p>
<p>We did. One buyer told me, &ldquo;I care what my thermometer says.&rdquo; She was right.</p>
<p><strong>Depot Weekly: Is zero failures realistic?</strong></p>
<p>Zero is a goal, not a forecast. I promise no alarm will go to one phone again.</p>
<h2>Next</h2>
<p><strong>Depot Weekly: Why robots in the freezer?</strong></p>
<p>Because that&rsquo;s where we can&rsquo;t hire. Nobody wants eight hours at minus twenty.</p>
<p><strong>Depot Weekly: What keeps you up at night?</strong></p>
<p>Power. Every building is a refrigerator plugged into an old grid.</p>
</article></body></html>
"""


def test_a_trade_qa_whose_bold_prompts_carry_the_publications_label_reads_as_turns():
    art = parse_article(TRADE_QA)
    asked = [q.text for q in art.quotes if q.speaker == "Mira Castellane"]
    answered = [q.text for q in art.quotes if q.speaker == "Tomas Berg" and q.kind == "direct"]
    assert asked[:2] == ["Walk me through the first night.", "You lost two accounts anyway."]
    assert len(asked) == 5 and len(answered) == 5
    # the company the headline gives a COO is no person, and not the one answering
    assert art.subjects == ["Tomas Berg"]
    assert "Halden Freight" not in [s.name for s in art.speakers]
    # an unnamed buyer's words inside an answer are listed, with no speaker
    assert [q.speaker for q in art.quotes if q.text == "I care what my thermometer says."] == [None]


def test_a_qa_under_a_headline_quoting_its_subject_gives_the_answers_to_them():
    art = parse_article(
        "<html><body><article>"
        "<h1>Lucius Scarisbrook-Obi: &ldquo;I wrote the flood before I understood it&rdquo;</h1>"
        "<p>In his new novel a village keeps a record of every tide. The author talks about "
        "research and grief.</p>"
        "<h3>Where did the tide register come from?</h3>"
        "<p>From a box in my grandmother&rsquo;s attic, honestly.</p>"
        "<h3>Did you know the flood would come?</h3>"
        "<p>No, and that&rsquo;s the strange part. I wrote it before I understood it.</p>"
        "<h3>What are you writing next?</h3>"
        "<p>Something dry. A novel set entirely in a library in the desert.</p>"
        "</article></body></html>"
    )
    answers = [q.speaker for q in art.quotes if not q.text.endswith("?")]
    assert answers == ["Lucius Scarisbrook-Obi"] * 3
