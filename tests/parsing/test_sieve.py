"""Speaker attribution in the sieve: one small hand-written case per rule or fix."""

from __future__ import annotations

from factcheck.parsing import Quote, extract_quotes


def _quote(text: str, starts: str) -> Quote:
    """Return the quote in marks of ``text`` whose words begin with ``starts``."""
    found = [q for q in extract_quotes(text) if q.kind != "indirect" and q.text.startswith(starts)]
    assert found, f"no quote starting {starts!r} in {text!r}"
    return found[0]


def test_direct_quote_after_a_clause_with_no_cue_takes_its_subject() -> None:
    text = (
        "The council met on Monday to vote on the budget.\n\n"
        'The mayor\'s letter began, "We have run out of money for the bridge and the school."'
    )
    q = _quote(text, "We have run out")
    assert q.speaker_mention == "The mayor's letter"
    assert q.rule == "sentence-subject"


def test_a_new_subject_beats_the_previous_speaker() -> None:
    text = (
        '"We will not close the road," Anna Berg said. Tom Kranz sent back a note with one '
        'line, "The road is closed already."'
    )
    assert _quote(text, "The road is closed").speaker == "Tom Kranz"


def test_a_bare_label_before_a_colon_is_the_speaker() -> None:
    text = (
        "The survey covered nine towns.\n\n"
        'More from the report: "Most of the roads were built before 1960."\n\n'
        'Then, last week on the radio: "Nobody has asked us about the roads."'
    )
    q = _quote(text, "Most of the roads")
    assert (q.speaker_mention, q.rule) == ("the report", "colon-label")
    assert _quote(text, "Nobody has asked").rule != "colon-label"  # a time and place, no source


def test_quote_after_a_sentence_of_its_paragraph_takes_that_subject() -> None:
    text = (
        '"The ferry is late again," Tom Kranz said.\n\n'
        "Mayor Lena Ostrova (Ind.), who won the vote in May, named the bridge as her first "
        'task. "We will rebuild it before the winter comes."'
    )
    q = _quote(text, "We will rebuild")
    assert (q.speaker, q.rule) == ("Lena Ostrova", "previous-sentence-subject")


def test_my_is_a_determiner_of_a_speaker() -> None:
    q = _quote('"We live on borrowed time," my grandfather often said.', "We live")
    assert q.speaker_mention == "my grandfather"


def test_a_fronted_subordinate_clause_gives_way_to_the_main_clause() -> None:
    text = (
        "Once in my early 20s, when my brother mentioned the storm to me while driving on the "
        'highway, I laughed and said, "I am not afraid of rain."'
    )
    assert _quote(text, "I am not afraid").speaker_mention == "I"


def test_he_has_said_is_a_cue_not_a_possessive() -> None:
    text = (
        "Ever since Ann Holm announced her plan, she's said the same thing at every stop: "
        '"It is about the town, not about me."'
    )
    assert _quote(text, "It is about the town").speaker_mention == "she"


def test_sentence_name_skips_places_and_adjectives_and_takes_a_relative() -> None:
    text = (
        "Hastily politicizing the flood in Dover, Tom Kranz cast the blame on the "
        '"open floodgates" of the council.\n\n'
        "The first taste the Mexican audience gets of the show is Ann Holm on a giant screen, "
        'calling them "cowards" on stage.\n\n'
        'Eva Berg, who has styled herself as the "mayor of the people," took a hard line.'
    )
    assert _quote(text, "open floodgates").speaker == "Tom Kranz"
    assert _quote(text, "cowards").speaker == "Ann Holm"
    q = _quote(text, "mayor of the people")
    assert (q.speaker, q.speaker_mention) == ("Eva Berg", "who")


def test_went_on_to_say_keeps_its_subject() -> None:
    text = 'The vote was close.\n\nAnna Berg went on to say:\n\n"We will rebuild the bridge."'
    q = _quote(text, "We will rebuild")
    assert (q.speaker, q.rule) == ("Anna Berg", "colon-paragraph")


def test_coordinated_cue_shares_the_subject_of_its_sentence() -> None:
    text = (
        "In an interview on Thursday, the Danish minister criticized the plan and said farmers "
        'wanted to know if the state is "still on their side."'
    )
    assert _quote(text, "still on their side").speaker_mention == "the Danish minister"


def test_time_phrase_is_not_a_subject() -> None:
    text = 'But a few days later, Tom Kranz reversed himself again on the "parking rules" here.'
    assert _quote(text, "parking rules").speaker == "Tom Kranz"


def test_according_to_a_title_case_source() -> None:
    text = 'According to The Courier, the men wore shirts that read "Vote for Anna."'
    assert _quote(text, "Vote for Anna").speaker_mention == "The Courier"


def test_quote_paragraph_after_a_paragraph_with_no_cue_takes_its_subject() -> None:
    text = (
        '"The harbour is a mess," Tom Kranz said.\n\n'
        "The council met on Monday to discuss the repairs, the budget and the ferry.\n\n"
        "Anna Berg praised the new mayor and her record in a heavily Democratic state.\n\n"
        '"We need someone who gets things done."'
    )
    q = _quote(text, "We need someone")
    assert (q.speaker, q.rule) == ("Anna Berg", "previous-paragraph-subject")


def test_time_and_place_between_subject_and_cue() -> None:
    text = 'Anna Berg, during a town hall in Dover, Kent, said she was "going to fix the roads."'
    q = _quote(text, "going to fix")
    assert (q.speaker, q.speaker_role) == ("Anna Berg", None)


def test_talk_is_a_reporting_verb() -> None:
    text = (
        "The council has protested Tom Kranz's plans when he talks of the town "
        '"selling its soul to the developers."'
    )
    assert _quote(text, "selling its soul").speaker_mention == "he"


def test_a_verb_coordinated_before_the_cue_keeps_the_subject() -> None:
    text = (
        "Anna Berg runs the ferry.\n\n"
        "Over the years, she said, the ferry has helped her stay in touch with her son, "
        'although at the mention of the ferry Berg laughed and admitted "boats can be a curse."'
    )
    q = _quote(text, "boats can be")
    assert q.speaker_mention == "Berg"


def test_relative_pronoun_without_comma() -> None:
    text = (
        "The harbour plan won support from groups like Greenpeace which charged that the plan "
        'risked "corporate greed" in the bay.'
    )
    q = _quote(text, "corporate greed")
    assert (q.speaker, q.speaker_mention) == ("Greenpeace", "which")


def test_a_relative_clause_after_the_quote_does_not_speak_it() -> None:
    text = (
        "Declaring that he alone can fix the roads, the mayor offered himself as a "
        '"law and order" candidate and made an appeal to voters who have felt left behind.'
    )
    assert _quote(text, "law and order").speaker_mention == "the mayor"


def test_words_after_an_inverted_cue_start_a_name_only_after_titles() -> None:
    text = (
        'Tom Kranz is telling a town hall in Salem that the tax is "peanuts," compared to what '
        "Harbour Board members are doing.\n\n"
        'The council blocked the bill because of "poison pill" measures added by Republicans on '
        "other issues."
    )
    assert _quote(text, "peanuts").speaker == "Tom Kranz"
    assert _quote(text, "poison pill").speaker == "Republicans"


def test_a_fragment_in_a_reported_clause_is_the_reporter_s() -> None:
    text = 'Rep. Anna Berg said the mayor called on members to be "closely coordinated."'
    q = _quote(text, "closely coordinated")
    assert q.speaker == "Anna Berg"
    direct = 'Anna Berg said the mayor told her: "We will be closely coordinated from now on."'
    assert _quote(direct, "We will be").speaker_mention == "the mayor"


def test_he_prefers_the_subject_of_its_sentence() -> None:
    text = (
        "Tom Kranz went after Paul Olsen at the meeting, refusing to back down, when he called "
        'the plan "a disgrace."'
    )
    q = _quote(text, "a disgrace")
    assert (q.speaker_mention, q.speaker) == ("he", "Tom Kranz")


def test_a_surname_alone_is_the_latest_full_name_before_it() -> None:
    text = (
        "Anna Holm runs the ferry.\n\n"
        '"The bridge can wait," Holm said.\n\n'
        'Her husband, Peter Holm, was not convinced. "The ferry is older," Holm said.\n\n'
        'Thursday Holm added that the bridge was "a waste of money."'
    )
    assert _quote(text, "The bridge can wait").speaker == "Anna Holm"
    assert _quote(text, "The ferry is older").speaker == "Peter Holm"
    assert _quote(text, "a waste of money").speaker == "Peter Holm"


def test_a_pronoun_sentence_between_two_quotes_names_the_speaker() -> None:
    text = (
        '"We will build the bridge," Tom Kranz added. He then had a question for the crowd.\n\n'
        '"Who is going to pay for it?"'
    )
    q = _quote(text, "Who is going")
    assert (q.speaker_mention, q.speaker, q.rule) == ("He", "Tom Kranz", "gap-subject")


def test_a_participle_on_an_object_is_the_agent_s() -> None:
    text = (
        "The council was glad of the vote. Her campaign quickly sent out an email to supporters "
        'stating, "The harbour is saved for good."'
    )
    assert _quote(text, "The harbour is saved").speaker_mention == "Her campaign"
    text = 'A May exchange between Kranz and Holm has Kranz saying, "We must sell the ferry."'
    assert _quote(text, "We must sell").speaker_mention == "Kranz"


def test_a_time_phrase_between_subject_and_cue() -> None:
    text = (
        "Tom Kranz in recent days has suggested Berg is on drugs, talked of a "
        '"stolen vote" and called Berg the "Devil."'
    )
    assert _quote(text, "stolen vote").speaker == "Tom Kranz"


def test_a_title_case_modifier_without_a_cue_is_a_label() -> None:
    text = (
        'Anna Berg strode onstage to the "Harbour Lights" theme song.\n\n'
        'Anna Berg has framed herself as the "Harbour Queen" of the town.'
    )
    found = [q.text for q in extract_quotes(text) if q.kind != "indirect"]
    assert "Harbour Lights" not in found
    assert "Harbour Queen" in found


def test_a_fragment_whose_only_subject_is_it_is_no_quote() -> None:
    dropped = (
        'Tom Kranz was silent on Monday. It took him a day to deliver an "apology" to the town.'
    )
    assert not [q for q in extract_quotes(dropped) if q.kind != "indirect"]
    kept = (
        "The Transport Ministry said on Monday that the port was ready. It has framed its plans "
        'as a "belt" of prosperity.'
    )
    q = _quote(kept, "belt")
    assert (q.speaker_mention, q.speaker) == ("It", "Transport Ministry")


def test_a_capital_only_at_the_sentence_start_is_no_name() -> None:
    text = (
        "The district held its vote in May.\n\n"
        'Perhaps older members prefer Ruth Okafor\'s plan for "slow change" on the river.'
    )
    assert _quote(text, "slow change").speaker == "Ruth Okafor"
    text = (
        "The budget grew again.\n\nGenerous health care and pensions, trips disguised as "
        '"fact-finding tours" and more.'
    )
    assert all(q.speaker != "Generous" for q in extract_quotes(text))


def test_the_title_of_a_work_is_no_quote() -> None:
    cases = [
        'Nora Vance, whose first film, "Harbor Lights," won a prize, said little.',
        'The mayor told "Good Morning Riverside" that the bridge would open.',
        'Last year Paul Ortiz self-published "The Long Road Home" and sold it online.',
        'Ann Lee said the firm would soon publish "Iron Summer," a biography of the senator.',
        'Critics read "Open Doors: How Cities Grew Again" for hints of her plans.',
        'Tom Kranz said the station stopped broadcasting his "River Talk" last year.',
    ]
    for text in cases:
        assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == [], text
    # a Title Case slogan that is chanted is still a quote
    text = 'Anna Berg rallied the crowd, which chanted "Fix The Bridge" for ten minutes.'
    assert _quote(text, "Fix The Bridge").speaker


def test_a_title_opening_its_paragraph_as_a_subject_is_no_quote() -> None:
    text = (
        '"We wanted people to laugh," said Lena Park, who wrote the play.\n\n'
        '"River of Kings" opens in the old theatre next month.'
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == [
        "We wanted people to laugh,"
    ]


def test_labels_in_double_single_marks_are_no_quotes() -> None:
    cases = [
        "Mrs. Berg has more in common with the old ''Keep Left'' campaign than with her rivals.",
        "Tom Kranz and his friends wore ''We are Riverside'' T-shirts to the vote.",
    ]
    for text in cases:
        assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == [], text


def test_a_cue_in_a_later_when_or_since_clause_does_not_speak_the_quote() -> None:
    text = 'What "go slow" means for the bridge is unclear, since Anna Berg spoke only briefly.'
    assert all(q.speaker != "Anna Berg" for q in extract_quotes(text) if q.kind != "indirect")
    text = 'The crowd managed little more than "oh, wow" when Anna Berg accused him of lying.'
    assert _quote(text, "oh, wow").speaker != "Anna Berg"
    # "as X said" still speaks it
    text = 'The plan is "a fresh start for the river," as Anna Berg said on Monday.'
    assert _quote(text, "a fresh start").speaker == "Anna Berg"


def test_a_title_joined_to_a_dropped_title_is_no_quote() -> None:
    text = (
        'Lena Park, who has acted in "Harbor Lights" and "Cold River Blues," said she would '
        "run for the council."
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_text_after_the_end_of_a_markup_attribute_is_no_quote() -> None:
    text = (
        'Anna Berg posted about it on Monday.\n\n<tweet tweet-author="@annaberg" '
        'tweet-date="May 2, 2016\n">We fixed the bridge at last</tweet>\n\n'
        'She said it had been "a long year."'
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == ["a long year."]


def test_a_short_fragment_as_the_object_of_a_verb_of_doing_is_a_term() -> None:
    text = 'The 2019 count ended in a "dead heat" between Anna Berg and Tom Kranz.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
    text = 'Tom Kranz gave large sums to "river trusts" over the years.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
    # a verb of doing in "for making ..." tells what was said: still a quote
    text = 'Anna Berg faulted Tom Kranz for making "rash promises" on the bridge.'
    assert _quote(text, "rash promises").speaker == "Anna Berg"


def test_a_fragment_whose_only_name_is_a_place_has_no_speaker() -> None:
    text = "The club meets at the old mill. Its name, ''Lobos'' -- Spanish for ''wolves'' -- stuck."
    assert all(q.speaker != "Spanish" for q in extract_quotes(text))


def test_a_pseudonym_is_no_quote() -> None:
    text = 'Tom Kranz wrote letters to the paper under the pseudonym "River Rat" for years.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_a_single_quoted_letter_is_no_quote() -> None:
    text = 'Many voters in Eastport simply tick the box for "R," or "D," Anna Berg said.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
    text = 'The inspectors gave the harbour wall an "F" in their spring review.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
    # a short word is still a quote
    text = 'Anna Berg said the plan was "bad" for the islands.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == ["bad"]


def test_a_term_bought_for_a_sum_is_no_quote() -> None:
    text = (
        "The campaign spent heavily on mail, according to a Reuters analysis.\n\nThe printer "
        "also does business with the mayor. It owed Harlow Partners $84,500 for “survey work” "
        "through the end of June."
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
    # a term after a verb of saying stays a quote
    text = (
        "The campaign spent heavily on mail, according to a Reuters analysis.\n\nThe printer "
        "also does business with the mayor. It called the bill “a scandal” in June."
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == ["a scandal"]


def test_a_term_joined_to_a_dropped_term_is_no_quote() -> None:
    text = (
        "The campaign spent heavily on mail, according to a Reuters analysis.\n\nThe printer "
        "also does business with the mayor. It owed Harlow Partners $84,500 for “survey work” "
        "and “list building” through the end of June."
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_a_gestured_word_is_no_quote() -> None:
    text = (
        'Mayor Lind spoke for an hour. At one point, she gestured "stop" with both hands and '
        "went on with her speech."
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_a_state_abbreviation_is_no_speaker_of_a_fragment() -> None:
    text = (
        'At a rally in Erie, Pa., over the weekend that was meant to be a "final push" for the '
        "ticket, the crowds were thin."
    )
    assert all(q.speaker != "Pa" for q in extract_quotes(text))


def test_a_place_before_where_is_no_speaker_of_a_fragment() -> None:
    text = (
        'But in the old port of Valletta, where hundreds of self-styled "sea wolves" gathered '
        "this week, the mood was calm."
    )
    assert all(q.speaker != "Valletta" for q in extract_quotes(text))


def test_a_title_before_a_site_page_is_a_label() -> None:
    text = (
        'Many growers are torn, including the Orchard Guild, whose members run a "Farmers for '
        'Hale" Facebook page with 900 followers.'
    )
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_a_course_name_is_no_quote() -> None:
    text = 'Dr. Amal Reyes said she posted the "Tides and Us" syllabus on her website last week.'
    assert [q.text for q in extract_quotes(text) if q.kind != "indirect"] == []
