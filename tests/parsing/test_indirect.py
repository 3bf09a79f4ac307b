"""Reported speech without quote marks: one sentence per rule of factcheck/parsing/indirect.py."""

from __future__ import annotations

import pytest

from factcheck.parsing import extract_quotes

CASES = [
    # (sentence, rule, speaker mention, start of the content)
    (
        "Kremlin spokesperson Dmitry Peskov said earlier today that Putin would discuss it.",
        "indirect-that",
        "Dmitry Peskov",
        "Putin would discuss",
    ),
    (
        "Former Attorney General Michael Mukasey told delegates at the convention that the "
        "server should disqualify her.",
        "indirect-that",
        "Michael Mukasey",
        "the server",
    ),
    (
        "As the bloc gains weight, its ambitions also expand, CNN reports.",
        "indirect-trailing",
        "CNN",
        "As the bloc gains weight",
    ),
    (
        "The losses would outstrip the gains for some families, said Lily Batchelder.",
        "indirect-inverted",
        "Lily Batchelder",
        "The losses would",
    ),
    (
        "According to the trade ministry, shipments of steel dropped by 12 percent in May.",
        "indirect-according",
        "the trade ministry",
        "shipments of steel",
    ),
    (
        "The state faced a backlash from business leaders who say the law targets gay people.",
        "indirect-relative",
        "business leaders",
        "the law targets",
    ),
    (
        "Marley Anderson, 21, a junior from Las Vegas, said she turned out to support Sanders.",
        "indirect-appositive",
        "Marley Anderson",
        "she turned out",
    ),
    (
        "The Arizona Republican survived five years in prison and says such techniques are "
        "inhumane.",
        "indirect-coordinated",
        "The Arizona Republican",
        "such techniques",
    ),
    (
        "In the end, Mr. Rosenthal said, union voters almost always vote for Democrats.",
        "indirect-parenthetical",
        "Mr. Rosenthal",
        "In the end",
    ),
    (
        "He vowed to put her in prison if he won the election.",
        "indirect-to",
        "He",
        "to put her",
    ),
    (
        "Early results of an entrance poll show Clinton backed by a majority of women.",
        "indirect-finding",
        "entrance poll",
        "Clinton backed",
    ),
    (
        "Mr. Ailes denied the charges through his lawyer.",
        "indirect-object",
        "Mr. Ailes",
        "the charges",
    ),
    (
        "Voters rejected Trump's claim that the election was rigged against him.",
        "indirect-noun",
        "Trump",
        "that the election",
    ),
    (
        "The billionaire real estate magnate says a violent hit now draws a penalty.",
        "indirect-description",
        "The billionaire real estate magnate",
        "a violent hit",
    ),
]


@pytest.mark.parametrize("sentence,rule,mention,content", CASES, ids=[c[1] for c in CASES])
def test_rule(sentence: str, rule: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert found, f"no reported speech in {sentence!r}"
    q = found[0]
    assert q.rule == rule
    assert q.speaker_mention is not None and q.speaker_mention.endswith(mention)
    assert q.text.startswith(content)
    assert sentence[q.start : q.end] == q.text


def test_participle_adds_a_second_statement_of_the_same_speaker() -> None:
    text = (
        "In May, a U.S. District Court judge sided with the Democrats, saying the law violated "
        "the Constitution."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.rule for q in found][-1] == "indirect-participle"
    assert found[-1].text.startswith("the law violated")
    assert "U.S. District Court" in (found[-1].speaker_mention or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "His crude comments on the video were not the only problem he faced.",
        "Michigan, a trade-sensitive state, voted for him in the end.",
        "Those around him acknowledge that it will be hard, but nobody says so in public",
    ],
)
def test_no_reported_speech_where_a_noun_or_subordinate_clause_misleads(sentence: str) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert all(q.rule != "indirect-trailing" for q in found), found
    if sentence.startswith(("His crude", "Michigan")):
        assert not found, found


def test_reported_speech_never_repeats_a_quote_in_marks() -> None:
    text = 'Gill said: "It creates various kinds of problems for the organization."'
    quotes = extract_quotes(text)
    assert [q.kind for q in quotes] == ["direct"]


def test_a_second_said_starts_a_second_statement_of_the_same_speaker() -> None:
    text = (
        "The mayor said the bridge would reopen in June and added that tolls would stay the same."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "the bridge would reopen in June",
        "tolls would stay the same",
    ]
    assert [q.rule for q in found] == ["indirect-that", "indirect-coordinated"]
    assert all(q.speaker_mention == "The mayor" for q in found)


@pytest.mark.parametrize(
    "sentence,mention,content",
    [
        (
            "The senator criticized the new tariff on steel during a town hall in Ohio.",
            "The senator",
            "the new tariff on steel",
        ),
        (
            "Mrs. Ortega hopes her message will reach young voters.",
            "Mrs. Ortega",
            "her message will reach young voters",
        ),
        ("The union endorsed Maria Lopez for mayor.", "The union", "Maria Lopez for mayor"),
        ("I see him as a threat to the party.", "I", "him as a threat to the party"),
        (
            "While the council debated the budget, the mayor criticized the cost of the stadium.",
            "the mayor",
            "the cost of the stadium",
        ),
        ("On Tuesday, the governor endorsed her.", "the governor", "her"),
        (
            "Anna Lopez, Mark Brown and Ruth Kim have all criticized the tax as unfair to renters.",
            "Anna Lopez, Mark Brown and Ruth Kim",
            "the tax as unfair to renters",
        ),
        (
            "But the veteran reporter, who is promoting her new book, downplayed her influence "
            "in the city.",
            "the veteran reporter",
            "her influence in the city",
        ),
        (
            "And Ms. Reyes, to her credit, refuses to attack the mayor on his record.",
            "Ms. Reyes",
            "attack the mayor on his record",
        ),
        ("Since then, he's sought to protect the tax breaks.", "he", "protect the tax breaks"),
        ("Two teachers unions have endorsed the mayor.", "Two teachers unions", "the mayor"),
        (
            "The senator called for an inquiry into the port contracts.",
            "The senator",
            "an inquiry into the port contracts",
        ),
        (
            "Ms. Reyes took issue with the timing of the vote.",
            "Ms. Reyes",
            "the timing of the vote",
        ),
        (
            "The union leaders remain confident they can win the vote in May.",
            "The union leaders",
            "they can win the vote in May",
        ),
        ("The mayor is deeply critical of the port deal.", "The mayor", "the port deal"),
        (
            "Ms. Reyes cast the mayor as a friend of developers.",
            "Ms. Reyes",
            "the mayor as a friend of developers",
        ),
        (
            "The club manager voiced his doubts about the plan.",
            "The club manager",
            "his doubts about the plan",
        ),
        (  # the reporter's own "as"-clause is not the content
            "The minister refused to reopen the pay deal as unions threatened strikes.",
            "The minister",
            "reopen the pay deal",
        ),
    ],
)
def test_stance_verb_reports_its_complement(sentence: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention, q.text) for q in found] == [
        ("indirect-stance", mention, content)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega has known them since 1992.",  # cognition verb with a plain object
        "Democrats supporting the bill met on Monday.",  # a participle modifying the subject
        "Paris attacks test the strategy of the mayor.",  # a plural noun
        "The couple would want a bigger house in the suburbs.",  # hypothetical
        "The candidates who want the job met in Denver on Sunday.",  # relative clause
        "If she hopes to win, she will need the suburbs.",  # subordinate clause
        "Mayor backs new bus lanes",  # a headline
    ],
)
def test_no_stance_outside_a_main_clause(sentence: str) -> None:
    assert not [q for q in extract_quotes(sentence) if q.kind == "indirect"]


def test_no_stance_in_the_title_line() -> None:
    text = "Moscow rejected the accusations on Wednesday.\n\nThe talks went on for hours."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence,content",
    [
        (
            "After the vote, the mayor's team appeared stunned by the result.",
            "the mayor's team appeared stunned by the result",
        ),
        (
            "The race for the open seat seems to be tightening, with two weeks to go.",
            "The race for the open seat seems to be tightening",
        ),
    ],
)
def test_evidential_verb_reports_its_clause_with_no_speaker(sentence: str, content: str) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker) for q in found] == [("indirect-evidential", content, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It seems the meeting went well for both sides.",  # "it seems": a parenthetical
        "The senator, who appeared tired after the long debate, left early.",  # relative
    ],
)
def test_no_evidential_in_a_parenthetical_or_relative_clause(sentence: str) -> None:
    assert not [q for q in extract_quotes(sentence) if q.rule == "indirect-evidential"]


def test_stance_before_a_coordinated_report_of_the_same_speaker() -> None:
    text = "Ms. Wilson praised the plan for the harbor and said the city can pay for it."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-stance", "the plan for the harbor"),
        ("indirect-coordinated", "the city can pay for it"),
    ]
    assert all(q.speaker_mention == "Ms. Wilson" for q in found)


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        (
            "The governor endorsed Ms. Reyes on Friday, citing her long record on schools.",
            ("indirect-stance", "Ms. Reyes"),
            ("indirect-participle", "her long record on schools"),
        ),
        (
            "Ms. Reyes spoke at the rally for an hour, criticizing the plan to close the port.",
            None,
            ("indirect-participle", "the plan to close the port"),
        ),
    ],
)
def test_stance_participle_is_a_statement_of_the_subject(sentence, first, second) -> None:
    found = [(q.rule, q.text) for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert found == [x for x in (first, second) if x]


def test_according_to_after_an_open_clause_reports_what_follows() -> None:
    text = "She moved to the city after, according to her, the factory closed its doors."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-according", "the factory closed its doors", "her")
    ]


def test_calling_someone_a_name_reports_the_naming() -> None:
    text = "Ms. Reyes called the mayor a coward on Friday."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-object", "the mayor a coward", "Ms. Reyes")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The chairman called the meeting to order.", "She called him on Monday about the vote."],
)
def test_calling_without_naming_is_no_report(sentence: str) -> None:
    assert not [q for q in extract_quotes(sentence) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Asked whether the plan would pass, the mayor said the council would approve it in "
            "May.",
            [
                ("indirect-asked", "whether the plan would pass", None),
                ("indirect-that", "the council would approve it in May", "the mayor"),
            ],
        ),
        (
            "When asked by a reporter if she would run again, Ms. Reyes smiled.",
            [("indirect-asked", "if she would run again", None)],
        ),
    ],
)
def test_the_question_put_is_reported_and_the_answer_follows_it(sentence, expected) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == expected


def test_finding_of_a_poll_with_modifiers() -> None:
    text = "A statewide poll conducted in May found that most voters back the new stadium."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["most voters back the new stadium"]
    assert (found[0].speaker_mention or "").startswith("A statewide poll")


def test_no_finding_in_a_fronted_with_clause() -> None:
    text = "With national polls showing her ahead, the senator spent the day in Ohio."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-finding"]


def test_a_topic_is_not_a_report() -> None:
    text = "Lang also spoke about the new testing centres on Friday."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_no_stance_for_an_impersonal_it() -> None:
    text = "It was clear that the council would approve the budget."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-stance"]


def test_participle_after_a_quote_shares_the_quote_speaker() -> None:
    text = '"We will win this state," she said on Monday, arguing that turnout would favor her.'
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-participle", "turnout would favor her", "she")
    ]


def test_say_with_a_subject_set_off_by_dashes() -> None:
    text = (
        "Ms. Kall -- co-editor of a book on the debates -- said the candidate liked to make "
        "announcements there."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-that", "the candidate liked to make announcements there", "Ms. Kall")
    ]


def test_according_to_mid_sentence_after_a_full_clause_reports_the_clause() -> None:
    text = (
        "Rents increased by 9 percent last year, according to the city housing office, more "
        "than twice the national rate."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-according", "Rents increased by 9 percent last year")
    ]


@pytest.mark.parametrize(
    "text,mention,content",
    [
        ("Ortega: the port deal is a disgrace to the city.", "Ortega", "the port deal"),
        (
            "Intro.\n\nMAYOR REYES: We will open the new bridge in June.",
            "MAYOR REYES",
            "We will open the new bridge in June",
        ),
    ],
)
def test_speaker_label_at_a_paragraph_start(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.rule for q in found] == ["indirect-colon"]
    assert found[0].speaker_mention == mention
    assert found[0].text.startswith(content)


@pytest.mark.parametrize(
    "text",
    ["The Latest: Candidates make a last push in the state.", "Note: the figures are rounded."],
)
def test_a_rubric_is_not_a_speaker_label(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-colon"]


def test_stance_after_continue_to_has_the_subject_of_continue() -> None:
    text = "Ms. Reyes continues to insist that the port deal was legal."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-stance", "the port deal was legal", "Ms. Reyes")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was weeks before the mayor would announce her bid for a second term.",
        "Voters feel so let down that they will stay home in November.",
        "If it sells, he'll promote it at every stop on the tour.",
    ],
)
def test_no_report_for_what_would_be_said_or_a_result_clause(sentence: str) -> None:
    assert not [q for q in extract_quotes(sentence) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence,mention,content",
    [
        (
            "Twenty-four percent said they were more likely to vote for him.",
            "Twenty-four percent",
            "they were more likely to vote for him",
        ),
        ("About 6 in 10 white men supported the mayor.", "About 6 in 10 white men", "the mayor"),
    ],
)
def test_a_share_of_voters_is_a_source(sentence: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(sentence) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


def test_a_share_before_support_is_a_noun_phrase() -> None:
    text = "His 32 percent support gives him a lead over his closest rival."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_stance_in_a_relative_clause_ends_with_the_clause() -> None:
    text = (
        "Ms. Reyes, who sees herself as the voice of the harbor workers, spoke first at the "
        "meeting."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker) for q in found] == [
        ("indirect-stance", "herself as the voice of the harbor workers", "Reyes")
    ]


def test_no_stance_in_a_progressive_relative_clause() -> None:
    text = "Mr. Lee, who is challenging the senator in May, spoke next at the meeting."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_a_slide_or_paper_reports_a_finding() -> None:
    text = "Another slide shows that most of the limes sold in the city come from Mexico."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-finding", "most of the limes sold in the city come from Mexico")
    ]


def test_cast_without_as_is_no_stance() -> None:
    text = "Ms. Reyes cast her ballot at the school on Monday morning."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_trailing_finding_of_a_study() -> None:
    text = (
        "Students in the district take 40 tests before they graduate, a study by the city "
        "council found."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-finding", "Students in the district take 40 tests before they graduate")
    ]


def test_a_capitalised_name_before_notes_makes_it_a_verb() -> None:
    text = "The Heritage Foundation notes the minimum wage is mostly paid to new workers."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the minimum wage is mostly paid to new workers"]


def test_any_noun_phrase_can_tell() -> None:
    text = "City hall insiders recently told reporters they planned to delay the vote."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker_mention) for q in found] == [
        ("they planned to delay the vote", "City hall insiders")
    ]


def test_told_that_someone() -> None:
    text = "The agency told reporters that someone had reprogrammed the sign overnight."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["someone had reprogrammed the sign overnight"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mill will reopen in the spring with half its staff, longtime workers said.",
            "longtime workers",
        ),
        ("The bridge has been closed since the flood in March, the mayor told them.", "the mayor"),
        (
            "The county has no money left for the repairs, said one budget officer in the room.",
            "one budget officer in the room",
        ),
        (
            "The ferry was late twice this week, her deputy, Ann Holt, told The Courier.",
            "her deputy, Ann Holt",
        ),
    ],
)
def test_loose_trailing_say(text: str, speaker: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention) for q in found] == [("indirect-trailing", speaker)]
    assert text.startswith(found[0].text)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Ortiz, 52, a nurse raised in Ohio, said she wanted a change in the county.",
        "While the council has argued for talks, Smith told reporters this was the last chance.",
    ],
)
def test_no_loose_trailing_without_a_subject(text: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-trailing"]
    assert found == []


def test_told_members_is_not_told_me() -> None:
    text = "In a letter, the chairman told members of the board that the plant would close in May."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker_mention) for q in found] == [
        ("the plant would close in May", "the chairman")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked about the strike, the mayor said he is not worried.", "he is not worried"),
        ("The county clerks said they would not.", "they would not"),
    ],
)
def test_three_word_clause_with_a_pronoun(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert [q.text for q in found] == [content]


def test_three_words_without_a_pronoun_are_too_short() -> None:
    # three words are a report only as noun + "be" + complement ("said business was slow")
    assert [
        q for q in extract_quotes("The mayor said business went slowly.") if q.kind == "indirect"
    ] == []


def test_a_share_of_those_polled_says_and_however_ends_the_content() -> None:
    text = (
        "In the spring, 52 percent said they would back the levy, however that number has "
        "since dropped to 40 percent."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker_mention) for q in found] == [
        ("they would back the levy", "52 percent")
    ]


def test_say_in_a_while_clause_ends_at_its_comma() -> None:
    text = (
        "While the mayor has said the pool will reopen in June, the council says the money "
        "is not there."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-subordinate", "the pool will reopen in June", "the mayor"),
        ("indirect-that", "the money is not there", "the council"),
    ]


def test_say_in_an_although_clause_with_a_plain_subject() -> None:
    text = "Although most residents say the road is dangerous, the county has no plan to fix it."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [("indirect-subordinate", "the road is dangerous")]


def test_if_clause_reports_nothing() -> None:
    text = "If the mayor says the pool will reopen in June, the council will pay for it."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_content_stops_before_the_addressee() -> None:
    text = "Smith insisted that he never saw the letter to the radio talk show host."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["he never saw the letter"]


def test_while_critics_argue_reports_the_clause() -> None:
    text = "While critics argue that the plan is too costly, the council approved it on Monday."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-subordinate", "the plan is too costly", "critics")
    ]


def test_asked_opening_a_sentence() -> None:
    text = (
        "The rally ended early. Asked if she believed the mill would reopen, the mayor said "
        "she was not going to guess."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-asked", "if she believed the mill would reopen"),
        ("indirect-that", "she was not going to guess"),
    ]


def test_a_fronted_poll_reports_the_clause() -> None:
    text = "In a county survey released Monday, the mayor led her rival by nine points."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        (
            "indirect-finding",
            "the mayor led her rival by nine points",
            "a county survey released Monday",
        )
    ]


def test_a_fronted_poll_leaves_an_inner_report_alone() -> None:
    text = "In a county survey released Monday, most backed the levy while 40 percent said no."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(q.speaker_mention != "a county survey released Monday" for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The host asked the mayor whether the pool would reopen, but she declined.",
            "whether the pool would reopen",
        ),
        (
            "She toured the plant and asked workers if they planned to strike.",
            "if they planned to strike",
        ),
    ],
)
def test_asked_someone_a_question(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But small dairy farmers and local cheese makers say they cannot match the price.",
            "small dairy farmers and local cheese makers",
        ),
    ],
)
def test_a_long_subject_of_say(text: str, speaker: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.speaker_mention for q in found] == [speaker]


def test_no_long_subject_with_a_relative_clause() -> None:
    text = "Managers who run the depots almost always say the trucks are late."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(q.speaker_mention != "Managers who run the depots almost always" for q in found)


@pytest.mark.parametrize(
    ("title", "content"),
    [
        ("Harbour chief rejects plan to close ferry terminal.", "plan to close ferry terminal"),
        ("Council pledges quick repairs as flood waters fall.", "quick repairs"),
        ("Port union dismisses mayor's plan for night shifts.", "mayor's plan for night shifts"),
    ],
)
def test_a_headline_reports_its_verb_object(title: str, content: str) -> None:
    text = title + "\n\nThe rest of the story follows here, in a sentence of its own.\n"
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [("indirect-headline", content)]


@pytest.mark.parametrize(
    "title",
    [
        "Why the mayor's attacks on the council could backfire.",
        "Howard Dean tells Democratic convention.",
        "Harbour Chief Rejects Plan To Close Ferry Terminal",  # Title Case: noise to the layout
    ],
)
def test_no_headline_report(title: str) -> None:
    text = title + "\n\nThe rest of the story follows here, in a sentence of its own.\n"
    assert [q for q in extract_quotes(text) if q.rule == "indirect-headline"] == []


def test_only_the_first_paragraph_is_a_headline() -> None:
    text = "The story opens here.\n\nHarbour chief rejects plan to close ferry terminal.\n"
    assert [q for q in extract_quotes(text) if q.rule == "indirect-headline"] == []


def test_referring_to_after_a_quote() -> None:
    text = '"We will finish it before the winter," the mayor said, referring to the new bridge.'
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker_mention) for q in found] == [
        ("indirect-participle", "the new bridge", "the mayor")
    ]


def test_telling_whom_before_a_quote_is_no_report() -> None:
    text = 'He thanked the crowd, telling the volunteers, "You built this town."'
    assert [q for q in extract_quotes(text) if q.rule == "indirect-participle"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Senators vowed to block the nominee, Judge Ann Lee, meaning the seat stays empty.",
            "to block the nominee, Judge Ann Lee",
        ),
        (
            "Ms. Ortiz urged the board to raise the floor to $51,000, which it was in 1975.",
            "to raise the floor to $51,000",
        ),
        (
            "She urged the council to fix the roads, hire more staff, open the pool.",
            "to fix the roads, hire more staff, open the pool",
        ),
    ],
)
def test_an_infinitive_content_ends_where_the_reporter_takes_over(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-to"]
    assert [q.text for q in found] == [content]


def test_a_second_predicate_after_a_stance_object_is_its_own_report() -> None:
    text = "The mayor called for an audit of the port and vowed to sell the old ferry."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-stance", "an audit of the port"),
        ("indirect-coordinated", "to sell the old ferry"),
    ]


def test_an_object_then_and_said() -> None:
    text = 'He called her "weak" in the debate and said she had no plan for the mills.'
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found][-1] == "she had no plan for the mills"


def test_a_second_verb_after_an_infinitive_content() -> None:
    text = "Ms. Ortiz urged the board to close the old pier, proposed that the fees be cut."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text) for q in found] == [
        ("indirect-to", "to close the old pier"),
        ("indirect-coordinated", "the fees be cut"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Diaz hopes to get the book out before the election.",
            "get the book out before the election",
        ),
        (
            "Ms. Diaz agreed to lend him $5 million, and the union also stepped in.",
            "lend him $5 million",
        ),
    ],
)
def test_a_stance_infinitive_is_a_clause(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


def test_a_stance_object_keeps_its_examples() -> None:
    text = "Ms. Diaz wants a larger budget for the schools, including new buses and books."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "a larger budget for the schools, including new buses and books"
    ]


def test_and_with_an_adjective_in_ed_is_no_second_verb() -> None:
    text = "Ms. Diaz praised the plan for cheap and advanced buses in the city."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.rule for q in found] == ["indirect-stance"]


def test_a_stance_that_clause_is_not_an_object() -> None:
    text = "Ms. Diaz is worried that the new pier, the city's largest, will not open in May."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the new pier, the city's largest, will not open in May"]


def test_that_as_a_determiner_after_a_stance_verb() -> None:
    text = "Judge Ann Lee rejected that argument in a ruling released Thursday."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all("released Thursday" not in q.text for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The budget, which the mayor has said was a mistake, was passed in May.",
            "which the mayor has said was a mistake",
        ),
        (
            "Critics attacked the fee, which residents say was set far too high for families.",
            "which residents say was set far too high for families",
        ),
    ],
)
def test_a_relative_with_a_say_verb_reports_from_its_antecedent(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert content in [q.text for q in found]


def test_a_transcript_turn_runs_to_its_paragraph_end() -> None:
    text = (
        "The interview ran long.\n\nHOST: How is the harbour doing?\n\n"
        "MAYOR: The harbour is busy again. We hired forty people this spring.\n\nIt ended."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-colon"]
    assert "The harbour is busy again. We hired forty people this spring" in [q.text for q in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor answered the council by saying she would not sign the budget.",
            "The mayor",
            "she would not sign the budget",
        ),
        (
            "Ms. Okafor closed the meeting after telling the staff that the harbour would reopen.",
            "Ms. Okafor",
            "that the harbour would reopen",
        ),
    ],
)
def test_a_participle_after_by_or_after_reports_the_subject(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        # a passive: who argues is not said
        "The plan is often justified by arguing that the harbour needs the money.",
        # a relative clause between the subject and the participle: its subject is someone else
        "The mayor thanked the clerk who resigned by saying she would miss her.",
    ],
)
def test_a_participle_after_by_needs_one_clause_from_its_subject(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.rule == "indirect-participle"] == []


def test_a_reported_clause_around_a_partial_quote_is_reported_speech() -> None:
    text = (
        'Mr. Coleman said he had a hard time imagining that "our standard-bearer talking like '
        'that is going to appeal to most voters."'
    )
    found = extract_quotes(text)
    partial = [q for q in found if q.kind == "partial"]
    reported = [q for q in found if q.kind == "indirect"]
    assert [q.text for q in partial] == [
        "our standard-bearer talking like that is going to appeal to most voters."
    ]
    assert [q.speaker_mention for q in reported] == ["Mr. Coleman"]
    assert reported[0].text.startswith("he had a hard time imagining that")


def test_a_reported_clause_that_is_all_quote_is_no_second_claim() -> None:
    text = 'The mayor said that "the harbour will reopen in the spring."'
    assert [q.kind for q in extract_quotes(text)] == ["partial"]


def test_a_day_with_an_apostrophe_opens_the_content() -> None:
    text = "Ms. Berg said Thursday's speeches have led her to count two candidates out."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "Thursday's speeches have led her to count two candidates out"
    ]


def test_a_place_in_an_appositive_is_not_the_speaker() -> None:
    text = (
        "Rachel Berg, a philanthropist from Monsey, New York, said the speeches have led her "
        "to count two candidates out."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker, q.speaker_role) for q in found] == [
        ("Rachel Berg", "a philanthropist from Monsey, New York")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As Mr. Obama said last week, the economy is growing faster than expected.",
            "Mr. Obama",
            "the economy is growing faster than expected",
        ),
        (
            "The port is busy again, and as the harbour master noted, the fleet has doubled.",
            "the harbour master",
            "the fleet has doubled",
        ),
        (
            "The economy is growing faster than expected, as the minister said.",
            "the minister",
            "The economy is growing faster than expected",
        ),
    ],
)
def test_a_source_in_an_as_clause(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text, q.rule) for q in found] == [
        (speaker, content, "indirect-parenthetical")
    ]


def test_as_with_a_say_verb_inside_a_clause_is_no_source() -> None:
    text = "The council met as the mayor said it would, in the spring."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"] == []


def test_a_three_word_clause_after_and_said() -> None:
    text = "The mayor called on the council to pass the budget and said funding is needed."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-coordinated"]
    assert [q.text for q in found] == ["funding is needed"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Two emails have been placed in secure storage, Patrick Kennedy wrote in a memo to "
            "the inspector general of the State Department.",
            "Patrick Kennedy",
            "Two emails have been placed in secure storage",
        ),
        (
            "The mayor leads the race by three points, according to the average of recent polls "
            "compiled by the city paper.",
            "the average of recent polls compiled by the city paper",
            "The mayor leads the race by three points",
        ),
        (
            "The port's owners have said repeatedly they do not want to sell the docks.",
            "The port's owners",
            "they do not want to sell the docks",
        ),
    ],
)
def test_reports_with_long_adjuncts_and_sources(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_a_passive_cue_with_a_long_adjunct_is_no_trailing_report() -> None:
    text = (
        "At a town hall in the harbour district earlier this month, the mayor was asked about "
        "the budget for the new ferry terminal."
    )
    assert [q for q in extract_quotes(text) if q.rule == "indirect-trailing"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor is defending her budget.", "The mayor", "her budget"),
        (
            "A spokesman for Mayor Frank Jackson defended the march route.",
            "A spokesman for Mayor Frank Jackson",
            "the march route",
        ),
        ("Ms. Okafor was criticizing the council.", "Ms. Okafor", "the council"),
    ],
)
def test_stances_in_the_progressive_and_of_a_role_held_for_a_name(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text, q.rule) for q in found] == [
        (speaker, content, "indirect-stance")
    ]


def test_a_passive_stance_is_still_no_report() -> None:
    assert extract_quotes("The mayor was criticized by the council.") == []


def test_a_stance_of_joined_subjects_with_a_person_among_them() -> None:
    text = "Ms. Okafor spoke first. Okafor and the council rejected the allegation."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [
        ("Okafor and the council", "the allegation")
    ]


def test_a_share_of_voters_holds_a_stance() -> None:
    text = "About three-quarters support a temporary ban on new parking permits."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["a temporary ban on new parking permits"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Many experts suspect those losses were generated by tax breaks.",
            "those losses were generated by tax breaks",
        ),
        (
            "She's hoping the spring vote will set her on a clear path.",
            "the spring vote will set her on a clear path",
        ),
    ],
)
def test_a_cognition_verb_with_a_bare_clause(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


def test_a_cognition_verb_with_a_plain_object_is_no_report() -> None:
    assert extract_quotes("Mr. Peck has known the owners since 1992.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "There is serious concern about the voting machines, the mayor's longtime adviser "
            "Roger Stone stated.",
            "the mayor's longtime adviser Roger Stone",
            "There is serious concern about the voting machines",
        ),
        (
            "The mayor has said about 20 people have shown an interest in the seat.",
            "The mayor",
            "about 20 people have shown an interest in the seat",
        ),
        (
            "More than half of respondents in the city poll said the harbour needs a new pier.",
            "More than half of respondents in the city poll",
            "the harbour needs a new pier",
        ),
        (
            'The ferry will not run this winter, she said Wednesday on WNYC\'s "Morning Edition."',
            "she",
            "The ferry will not run this winter",
        ),
    ],
)
def test_long_sources_and_a_count_opening_the_clause(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In the fall of last year, the SEIU endorsed the harbour plan.",
            "the SEIU",
            "the harbour plan",
        ),
        (
            "The Lantern Guild hope their new hall will draw younger members.",
            "The Lantern Guild",
            "their new hall will draw younger members",
        ),
        (
            "And while the council was glad to hear the mayor's pledge on the new ferry routes, "
            "Devine made it clear that his group wanted something firmer.",
            "Devine",
            "his group wanted something firmer",
        ),
        (
            "The ferry union is already claiming a victory of sorts in the harbour talks.",
            "The ferry union",
            "a victory of sorts in the harbour talks",
        ),
        (
            "Progressives tend to favor spending projects.",
            "Progressives",
            "spending projects",
        ),
    ],
)
def test_stance_after_an_article_a_fronted_clause_an_adverb_or_a_catenative(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "After the vote, the Harbour Authority backed out.",
        "The October report exceeded every forecast.",
        "It’s implied that the mayor will not run again.",
        "Mr. Grey, in his 2008 campaign against Ms. Lott, lost more towns than he won.",
        "Smith and Jones held their seats, but the spring primary threatens to unseat them.",
    ],
)
def test_no_stance_of_a_noun_a_passive_or_a_clause_before_the_verb(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The fund drew money from Ann Lowe, a Denver investor who had previously backed "
            "the mayor.",
            "the mayor",
        ),
        ("That is up from the 1 percent who favored the plan.", "the plan"),
        ("It is still a rare candidate who hopes to win the county without a bus tour.", None),
    ],
)
def test_stance_of_a_restrictive_relative_clause(text: str, content: str | None) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.speaker_mention for q in found] == ["who"]
    if content is not None:
        assert found[0].text == content


@pytest.mark.parametrize(
    "text",
    [
        "A dozen mayors who want the job squared off in Denver.",
        "The fund drew money from those who want lower fares.",
    ],
)
def test_no_stance_of_a_relative_in_the_subject_or_with_no_person(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor praised her “harbour first plan,” promising to rebuild every pier.",
            "rebuild every pier",
        ),
        (
            "The director defended the “open studio,” saying that the classes had grown.",
            "the classes had grown",
        ),
    ],
)
def test_stance_participle_after_a_comma_inside_quote_marks(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-participle"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The county saw a rise in new voters, which officials say could help the mayor.",
            "officials",
            "which officials say could help the mayor",
        ),
        (
            "The council passed rules on street vendors that some say target immigrants.",
            "some",
            "that some say target immigrants",
        ),
        (
            "The paper kept back some details that the police said would harm the inquiry.",
            "the police",
            "that the police said would harm the inquiry",
        ),
    ],
)
def test_a_relative_clause_with_no_subject_after_the_say_verb(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor opened the bridge that his father said on the radio he had built.",
        "He told the crowd that the campaign believes if the vote is close it will sue.",
    ],
)
def test_a_relative_say_verb_before_a_subject_or_adjunct_is_no_gap(text: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-relative"]
    assert found == []


def test_a_stance_before_a_relative_report() -> None:
    text = (
        "The mayor praised the new library, a project that even residents say will revive the town."
    )
    found = [(q.rule, q.speaker_mention, q.text) for q in extract_quotes(text)]
    assert found == [
        ("indirect-stance", "The mayor", "the new library"),
        ("indirect-relative", "residents", "that even residents say will revive the town"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor said on the radio that for now, the bridge will stay closed to trucks.",
            "The mayor",
            "that for now, the bridge will stay closed to trucks",
        ),
        (
            "The governor tells the union leaders that teachers will get a raise next year.",
            "The governor",
            "that teachers will get a raise next year",
        ),
    ],
)
def test_that_after_an_object_or_adjunct_before_any_clause(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_a_contrast_with_whereas_ends_a_report_and_may_hold_another() -> None:
    text = (
        "The mayor said the bridge is safe for trucks, whereas the engineer admitted that the "
        "cables are badly worn."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text)]
    assert found == [
        ("The mayor", "the bridge is safe for trucks"),
        ("the engineer", "the cables are badly worn"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Turnout was low, and none has said they want a recount of the ballots.",
            "none",
            "they want a recount of the ballots",
        ),
        (
            "The bill passed even as some of the lawmakers have said they oppose the fuel tax.",
            "some of the lawmakers",
            "they oppose the fuel tax",
        ),
        (
            "Cement makers, for instance, say that imports grew to 40 percent of the market.",
            "Cement makers",
            "that imports grew to 40 percent of the market",
        ),
        (
            "Those close to the mayor say he would have to pick a running mate soon.",
            "Those close to the mayor",
            "he would have to pick a running mate soon",
        ),
    ],
)
def test_a_say_verb_subject_inside_the_sentence_or_before_an_aside(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_joined_subjects_are_not_split_at_and() -> None:
    text = (
        "The rule is so narrow that many economists and reform advocates say it is easy to evade."
    )
    assert all(q.speaker_mention != "reform advocates" for q in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor has not decided whether to run again, people close to the mayor say.",
            "people close to the mayor",
            "The mayor has not decided whether to run again",
        ),
        (
            "Two boxes of files have been moved to a locked room, Jane K. Miller, the clerk of "
            "the court, wrote in a letter to the county board.",
            "Jane K. Miller",
            "Two boxes of files have been moved to a locked room",
        ),
        (
            "The tax is a burden on small farms, as Tom Reed noted in The Gazette.",
            "Tom Reed",
            "The tax is a burden on small farms",
        ),
        (
            "The mayor now says, however, that in his view the bridge must be rebuilt.",
            "The mayor",
            "that in his view the bridge must be rebuilt",
        ),
    ],
)
def test_trailing_sources_and_asides_around_a_say_verb(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Most voters say they follow the race closely; many others say they have not been "
            "paying much attention.",
            [
                ("Most voters", "they follow the race closely"),
                ("many others", "they have not been paying much attention"),
            ],
        ),
        (
            "When the paper asked Smith about the fire, the fire chief said he needed to see the "
            "report first.",
            [
                ("the paper", "Smith about the fire"),
                ("the fire chief", "he needed to see the report first"),
            ],
        ),
    ],
)
def test_a_new_clause_after_a_report_may_hold_another(text: str, found: list) -> None:
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text)] == found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Just 28 percent of voters said they had a positive view of the mayor, compared with "
            "33 percent last month.",
            "28 percent of voters",
            "they had a positive view of the mayor",
        ),
        (
            "However, while the party says it is on track to reach its goal, it has lost several "
            "big donors.",
            "the party",
            "it is on track to reach its goal",
        ),
        (
            "Even as the mayor has said that he opposes new taxes, his budget raises a levy.",
            "the mayor",
            "he opposes new taxes",
        ),
    ],
)
def test_the_reporters_comparison_or_main_clause_ends_a_report(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_a_pronoun_and_a_second_say_verb_start_a_second_statement() -> None:
    text = (
        "The mayor said she would not raise the bus fares this year, but she said the city "
        "might review them in the spring."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.rule) for q in found] == [
        ("she would not raise the bus fares this year", "indirect-that"),
        ("the city might review them in the spring", "indirect-coordinated"),
    ]


def test_a_label_addressing_readers_is_no_speaker() -> None:
    text = (
        "The council met on Monday.\n\nDEAR READERS: What happened at your polling place? "
        "The newsroom would like to hear every story from the primary."
    )
    assert [q for q in extract_quotes(text) if q.rule == "indirect-colon"] == []


def test_a_finding_between_commas_before_an_apposition_reports_what_comes_before() -> None:
    text = (
        "Most voters oppose closing the rural clinics, a new state university poll finds, a "
        "question that the legislature will take up next week."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == ["Most voters oppose closing the rural clinics"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor visited the harbour on Friday and praised the dock workers.",
            "The mayor",
            "the dock workers",
        ),
        (
            "Ms. Grant has spoken at every county fair this year, and criticized the new toll "
            "for its cost.",
            "Ms. Grant",
            "the new toll for its cost",
        ),
        (
            "She considers the bridge plan too costly, but views the ferry as a fair deal.",
            "She",
            "the ferry as a fair deal",
        ),
        (
            "Local farm groups fought the levy but praised the senators who held it up.",
            "Local farm groups",
            "the senators who held it up",
        ),
        (
            "Mr. Cole joined the town meeting and refused to pass the budget, though it cost "
            "him his seat.",
            "Mr. Cole",
            "pass the budget",
        ),
    ],
)
def test_stance_coordinated_with_an_earlier_verb_of_the_subject(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        # the coordinated verb belongs to a subordinate or relative clause
        "After the mayor visited the harbour and praised the workers, the crowd went home.",
        "The council met the donors who funded the pier and praised the new design.",
        # the first verb of that tense is not the main clause's
        "If the mayor visited the harbour and praised the workers, nobody noticed it.",
        # no tense shared: a plural noun or an infinitive
        "The mayor visited the harbour and plans for the pier were shown.",
    ],
)
def test_no_coordinated_stance_outside_the_main_clause(text: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found if "workers" in q.text or "design" in q.text] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor called the plan “a disgrace,” and threatened to cut its funds.",
            "to cut its funds",
        ),
        (
            "The chief blamed the delay on the weather but later apologized for the late trains.",
            "for the late trains",
        ),
        (
            "She proposes a new levy on trucks, and plans to cut the fare for students.",
            "to cut the fare for students",
        ),
    ],
)
def test_second_predicate_after_a_comma_but_or_in_the_present(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-coordinated"]
    assert [q.text for q in found] == [content]
    assert found[0].speaker_mention in ("The mayor", "The chief", "She")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the new pier, and crowds gathered on the quay.",
        "The mayor praises the new pier, and officials opened it to the public.",
    ],
)
def test_no_second_predicate_of_another_subject_or_tense(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.rule == "indirect-coordinated"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor is touring the harbour this week and urging residents to vote.",
            "residents to vote",
        ),
        (
            "The mayor was walking the pier and praising the workers when the storm hit.",
            "the workers",
        ),
    ],
)
def test_stance_participle_coordinated_with_a_progressive(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [("The mayor", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents living near the harbour and opposing the levy met on Monday.",
        "After the mayor was touring the pier and praising the workers, the storm hit.",
    ],
)
def test_no_coordinated_participle_outside_a_main_progressive(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The demonstrators intend to march past the convention hall.",
            "The demonstrators",
            "march past the convention hall",
        ),
        (
            "Offstage, the local farmers agree with the new levy.",
            "the local farmers",
            "the new levy",
        ),
        ("Taxi drivers argue that the fares are too low.", "Taxi drivers", "the fares are too low"),
    ],
)
def test_stance_of_a_plural_noun_of_people(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["The plans favor the new harbour.", "The new payments support the harbour budget."],
)
def test_no_stance_of_a_plural_noun_of_things(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor appeared on Friday with dock workers at the harbour to praise the new pier.",
            "The mayor",
            "the new pier",
        ),
        ("Ms. Lowe used her speech to call for a new ferry.", "Ms. Lowe", "a new ferry"),
        (
            "The mayor waved Hall’s plan away as “a folly” and warned of the cost to the town.",
            "The mayor",
            "the cost to the town",
        ),
    ],
)
def test_stance_in_a_purpose_infinitive_or_after_x_as_y(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "After the mayor went to the harbour to praise the workers, the crowd left.",
        "The ferry crossed the bay to support the rescue.",
    ],
)
def test_no_purpose_stance_outside_the_main_clause_or_after_other_verbs(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The senator, who had said he would vote for the bill, criticized the governor on "
            "two points.",
            [("who", "he would vote for the bill"), ("The senator", "the governor on two points")],
        ),
        (
            "The mayor - who previously said she would veto the budget - said at a meeting on "
            "Monday that the city should hire more teachers.",
            [
                ("who", "she would veto the budget"),
                ("The mayor", "the city should hire more teachers"),
            ],
        ),
        (
            "Ms. Lopez, who estimated that half of the workers were undecided, said she voted for "
            "the governor in 2012.",
            [
                ("who", "that half of the workers were undecided"),
                ("Ms. Lopez", "she voted for the governor in 2012"),
            ],
        ),
        (
            "Still, Mr. Green, who thinks the count was rigged, called the new rules fair.",
            [("who", "the count was rigged")],
        ),
    ],
)
def test_a_report_in_a_relative_clause_ends_where_the_main_predicate_starts(
    text: str, found: list
) -> None:
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in got] == found


def test_a_relative_clause_on_an_object_keeps_its_whole_report() -> None:
    text = "The union backed Ms. Diaz, who said the new contract, signed last week, was fair."
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    # the main clause's stance ("backed Ms. Diaz") is a second report beside the relative one
    assert [q.text for q in got] == ["Ms. Diaz", "the new contract, signed last week, was fair"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A few weeks after the governor announced that he would close the plant, the company "
            "laid off 300 workers.",
            [("the governor", "he would close the plant")],
        ),
        (
            "When the mayor said she would cut the budget, the council voted against it.",
            [("the mayor", "she would cut the budget")],
        ),
        (
            "After the mayor argued the tax should be cut, the governor said only that he would "
            "study it.",
            [("the mayor", "the tax should be cut"), ("the governor", "he would study it")],
        ),
        (
            "When the senator noted that the bill had passed twice -- as it had in 2010 and 2012 "
            "-- the crowd cheered.",
            [("the senator", "the bill had passed twice")],
        ),
        (
            "Days before the senator said he would retire, his aides were looking for new jobs.",
            [("the senator", "he would retire")],
        ),
    ],
)
def test_a_report_in_a_fronted_clause_of_time_ends_with_the_clause(text: str, found: list) -> None:
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in got] == found
    assert got[0].rule == "indirect-subordinate"


def test_a_fronted_time_phrase_before_a_comma_opens_no_clause() -> None:
    text = "After the meeting, the mayor said the budget would be cut by ten percent."
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text, q.rule) for q in got] == [
        ("the mayor", "the budget would be cut by ten percent", "indirect-that")
    ]


def test_an_infinitive_report_in_a_fronted_concessive_clause_ends_with_the_clause() -> None:
    text = (
        "While the senator has pledged to support the nominee, his aides suggested that it "
        "would not be an easy process."
    )
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in got] == [
        ("the senator", "to support the nominee"),
        ("his aides", "it would not be an easy process"),
    ]


def test_an_infinitive_report_in_a_main_clause_keeps_its_list() -> None:
    text = "The senator has pledged to support the nominee, Governor Smith and the party."
    got = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in got] == ["to support the nominee, Governor Smith and the party"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor threw her support behind the ferry plan.", "The mayor", "the ferry plan"),
        ("Ms. Lowe spoke out sharply against the new levy.", "Ms. Lowe", "the new levy"),
        (
            "The dock workers have sided overwhelmingly with the mayor.",
            "The dock workers",
            "the mayor",
        ),
        (
            "Mr. Hall called on the council to close the pier.",
            "Mr. Hall",
            "the council to close the pier",
        ),
        (
            "The mayor took offense at the remarks about the harbour.",
            "The mayor",
            "the remarks about the harbour",
        ),
        ("Ms. Lowe made no mention of the ferry.", "Ms. Lowe", "the ferry"),
        (
            "Ms. Lowe called on voters to “stand up” for the town.",
            "Ms. Lowe",
            "voters to “stand up” for the town",
        ),
        (
            "Mr. Hall is doubling down on his plan for the pier.",
            "Mr. Hall",
            "his plan for the pier",
        ),
        ("The governor has come out in support of the levy.", "The governor", "the levy"),
        ("Ms. Lowe took a swipe at her rival's record.", "Ms. Lowe", "her rival's record"),
    ],
)
def test_phrasal_stance_with_a_possessive_an_adverb_or_a_particle(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The nurse called on the patients in the morning ward.",
    ],
)
def test_no_phrasal_stance_for_a_subordinate_clause_or_a_visit(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The dock workers are already furious with the mayor.", "The dock workers", "the mayor"),
        ("Ms. Lowe was all too happy to cut the ribbon.", "Ms. Lowe", "cut the ribbon"),
        ("Mr. Hall is so strongly opposed to the levy.", "Mr. Hall", "the levy"),
        ("Still, they’re hopeful that the ferry will return.", "they", "the ferry will return"),
        ("Now she’s confident that the pier will open.", "she", "the pier will open"),
        ("The mayor later referred to the harbour plan.", "The mayor", "the harbour plan"),
        ("Ms. Lowe agreed with the council on the levy.", "Ms. Lowe", "the council on the levy"),
    ],
)
def test_stance_adjective_after_a_contracted_copula_or_a_degree_word(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["Mr. Hall’s critical remarks upset the crowd.", "It’s clear that the pier will open."],
)
def test_no_stance_adjective_after_a_possessive_or_it(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor slammed the new levy on ferries.", "The mayor", "the new levy on ferries"),
        (
            "Ms. Lowe has denounced the plan to close the pier.",
            "Ms. Lowe",
            "the plan to close the pier",
        ),
        ("Mr. Hall condemned the attack on the harbour.", "Mr. Hall", "the attack on the harbour"),
        (
            "The governor echoed the mayor's warning about the tides.",
            "The governor",
            "the mayor's warning about the tides",
        ),
        ("Ms. Lowe is panning the levy in an op-ed in the local paper.", "Ms. Lowe", "the levy"),
        (
            "The mayor slammed Mr. Hall as reckless for proposing the levy.",
            "The mayor",
            "Mr. Hall as reckless",
        ),
    ],
)
def test_stance_verbs_of_judgement_and_their_object(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The slammed door woke the dock workers.",
        "Mr. Hall would condemn any levy on the ferries.",
    ],
)
def test_no_stance_of_a_judgement_verb_as_a_modifier_or_in_a_subordinate_clause(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mr. Hall praised the port, but has denied he owes the town any money.",
            "Mr. Hall",
            "he owes the town any money",
        ),
        (
            "The mayor thanked Ms. Lowe, who announced she is leaving the council.",
            "Ms. Lowe",
            "she is leaving the council",
        ),
        (
            "The union held a rally on Monday and announced it would strike at the harbour, "
            "where its members work.",
            "The union",
            "it would strike at the harbour",
        ),
    ],
)
def test_announce_or_deny_a_pronoun_clause_after_a_relative_or_a_conjunction(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect" and q.text == content]
    assert [q.speaker_mention for q in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor thanked Ms. Lowe, who denied the ferry its permit.",
        "The union held a rally and announced the strike.",
    ],
)
def test_no_clause_report_of_announce_or_deny_without_a_pronoun_clause(text: str) -> None:
    kinds = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert not any(r in ("indirect-relative", "indirect-coordinated") for r, _ in kinds), kinds


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mr. Hall is suggesting he won the vote because the port backed him.",
            "Mr. Hall",
            "he won the vote because the port backed him",
        ),
        ("The mayor is insisting she is winning.", "The mayor", "she is winning"),
        (
            "Ms. Lowe’s campaign is already claiming victory in the harbour ward.",
            "Ms. Lowe’s campaign",
            "victory in the harbour ward",
        ),
    ],
)
def test_a_progressive_participle_reports_a_clause_without_that(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The fast-evolving thinking is to check in on the ferry owners.",
        "The town council countered by suggesting four other nights.",
    ],
)
def test_no_bare_clause_after_a_participle_without_be(text: str) -> None:
    assert [q.rule for q in extract_quotes(text) if q.kind == "indirect"] != ["indirect-that"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The levy was cut, but economists agreed it was still a heavy burden.",
            "economists",
            "it was still a heavy burden",
        ),
        (
            "The mayor brags she has held more than 100 town halls.",
            "The mayor",
            "she has held more than 100 town halls",
        ),
        (
            "The three engineers agreed there are safer sites for the pier.",
            "The three engineers",
            "there are safer sites for the pier",
        ),
    ],
)
def test_agree_and_brag_report_a_clause_without_that(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect" and content in q.text]
    assert [q.speaker_mention for q in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    ["The council agreed to the plan on Monday.", "Mr. Hall agreed with the mayor on the levy."],
)
def test_no_clause_report_of_agree_with_a_preposition(text: str) -> None:
    assert [q.rule for q in extract_quotes(text) if q.rule == "indirect-that"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor talked about how the city would pay for the new bridge.",
            "The mayor",
            "how the city would pay for the new bridge",
        ),
        (
            "Ms. Lowe spoke passionately about closing the harbour to cruise ships.",
            "Ms. Lowe",
            "closing the harbour to cruise ships",
        ),
        (
            "Supporters of the levy speak of building a new school by next year.",
            "Supporters of the levy",
            "building a new school by next year",
        ),
        (
            "Mr. Hall often talks about what the ferry means to the island.",
            "Mr. Hall",
            "what the ferry means to the island",
        ),
    ],
)
def test_talking_about_a_clause_or_a_gerund_is_a_stance(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor talked about the new bridge at the meeting.",
        "Ms. Lowe spoke of her childhood on the island.",
        "Mr. Hall talked about nothing else all week.",
    ],
)
def test_talking_about_a_noun_phrase_is_a_topic(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ms. Lowe believes in the power of the ferry union.",
            "Ms. Lowe",
            "the power of the ferry union",
        ),
        ("The mayor worries about the cost of the bridge.", "The mayor", "the cost of the bridge"),
    ],
)
def test_a_phrase_of_a_cognition_verb_takes_an_object(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The residents worried about the levy stayed home.",
        "Mr. Hall believes the harbour.",
    ],
)
def test_no_stance_of_a_cognition_verb_in_ed_or_with_a_bare_object(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor is proposing $40 million for the new bridge.",
            "The mayor",
            "$40 million for the new bridge",
        ),
        (
            "The council asked for £2 million to repair the pier.",
            "The council",
            "£2 million to repair the pier",
        ),
    ],
)
def test_a_stance_object_may_open_with_a_sum(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_no_stance_object_of_a_sign_alone() -> None:
    text = "The mayor is proposing # changes to the plan."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The woman disputes the claim that the pier is unsafe.",
            "The woman",
            "the claim that the pier is unsafe",
        ),
        ("One Republican threatened to block the levy.", "One Republican", "block the levy"),
        (
            "Then someone urged the council to close the pier.",
            "Then someone",
            "the council to close the pier",
        ),
    ],
)
def test_a_person_noun_or_a_source_noun_in_the_singular_holds_a_stance(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["The new harbour wall supports the old pier.", "The woman would support the levy."],
)
def test_no_stance_of_a_thing_or_under_a_modal(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a statement, the Ohio Democrat on Tuesday dismissed the plan to close the pier.",
            "the Ohio Democrat",
            "the plan to close the pier",
        ),
        (
            "The Maine Republican last week praised the new ferry timetable.",
            "The Maine Republican",
            "the new ferry timetable",
        ),
    ],
)
def test_a_day_between_the_opening_subject_and_its_stance_verb(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_no_stance_of_a_thing_with_a_day_before_the_verb() -> None:
    text = "After the storm, the harbour wall on Sunday supported the old pier."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor disagreed with the council on the levy.",
            "The mayor",
            "the council on the levy",
        ),
        ("Ms. Lowe disagreed strongly with the harbour plan.", "Ms. Lowe", "the harbour plan"),
    ],
)
def test_disagreed_with_is_a_phrasal_stance(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_no_stance_of_disagreed_with_under_a_modal() -> None:
    text = "The mayor would have disagreed with the council."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The city council is expected to approve the new budget on Thursday.",
            "The city council is expected to approve the new budget on Thursday",
        ),
        (
            "Mayor Ana Ruiz opened the fair. Ms. Ruiz is not expected to seek a third term, "
            "despite her high ratings.",
            "Ms. Ruiz is not expected to seek a third term",
        ),
        (
            "In the coming weeks, the governor is widely expected to sign the bill.",
            "the governor is widely expected to sign the bill",
        ),
    ],
)
def test_expected_to_reports_a_forecast_with_no_source(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm is expected to weaken by Tuesday.",  # a thing, not an agent
        "After the summit, Norway is expected to take over the chair.",  # a lone name: a country
        "It was not expected to be the smoothest of votes.",
        "The senator, who is expected to run again, left early.",  # a relative clause
    ],
)
def test_no_expected_report_without_an_agent_subject(text: str) -> None:
    assert [q.text for q in extract_quotes(text) if q.rule == "indirect-expected"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But Ms. Ortiz is seen as the favourite of the harbour workers.",
            "Ms. Ortiz is seen as the favourite of the harbour workers",
        ),
        (
            "The levy had generally been viewed as a threat to small farms.",
            "The levy had generally been viewed as a threat to small farms",
        ),
        (
            "The ferry deal was billed as a rescue, but it closed two piers.",
            "The ferry deal was billed as a rescue",
        ),
        (
            "Mr. Hale had been widely considered to have won the first debate.",
            "Mr. Hale had been widely considered to have won the first debate",
        ),
        (
            "The band played on after Ms. Ortiz was declared the winner in the third ward.",
            "Ms. Ortiz was declared the winner in the third ward",
        ),
        (
            "She held her ground, and Mr. Hale — who was regarded as a lightweight — lost.",
            "who was regarded as a lightweight",
        ),
    ],
)
def test_passive_view_reports_its_clause_with_no_source(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the port, which was seen as a warning, on Sunday morning.",  # which
        "It was seen as a warning by the harbour master.",
        "The hall is used as a school on weekdays.",  # not a verb of view
    ],
)
def test_no_passive_view_after_which_or_it(text: str) -> None:
    assert [q.text for q in extract_quotes(text) if q.rule == "indirect-passive"] == []


def test_expected_in_a_subordinate_clause_starts_at_its_subject() -> None:
    text = "The fund raised $16 million, though the committee is expected to report more soon."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [(q.text, q.speaker) for q in found] == [
        ("the committee is expected to report more soon", None)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Delegate Ana Ruiz left early. Ruiz reportedly reacted to the vote by tossing her "
            "badge on the floor.",
            "Ruiz reportedly reacted to the vote by tossing her badge on the floor",
        ),
        (
            "The harbour board has reportedly hired a new pilot for the ferry.",
            "The harbour board has reportedly hired a new pilot for the ferry",
        ),
    ],
)
def test_reportedly_reports_the_clause_of_an_agent_with_no_source(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-reportedly"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


@pytest.mark.parametrize(
    "text",
    [
        "A revolt on the floor reportedly began shortly after noon.",  # an event
        "This reportedly culminated in a meeting at the town hall.",
        "The mayor, who reportedly has been ill, left early.",  # a relative clause
    ],
)
def test_no_reportedly_report_of_an_event(text: str) -> None:
    assert [q.text for q in extract_quotes(text) if q.rule == "indirect-reportedly"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The fishermen seemed equally unperturbed by the storm.",
            "The fishermen seemed equally unperturbed by the storm",
        ),
        (
            "After a year in office, the mayor still seems not to have found her footing.",
            "the mayor still seems not to have found her footing",
        ),
    ],
)
def test_evidential_verb_before_an_adverb(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.text, q.speaker) for q in found] == [("indirect-evidential", content, None)]


def test_no_evidential_of_a_plain_seem_after_a_modal() -> None:
    text = "From afar, the city can appear to be an economic powerhouse."
    assert [q.text for q in extract_quotes(text) if q.rule == "indirect-evidential"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ferry company reported a loss of 3 million pounds in the first quarter.",
            "The ferry company",
            "a loss of 3 million pounds in the first quarter",
        ),
        (
            "Ms. Lowe touted her record on the harbour levy.",
            "Ms. Lowe",
            "her record on the harbour levy",
        ),
        (
            "The mayor tweeted her thanks to the volunteers.",
            "The mayor",
            "her thanks to the volunteers",
        ),
        (
            "The council has questioned the need for a second pier.",
            "The council",
            "the need for a second pier",
        ),
        (
            "Mr. Hall repeated his promise to cut the levy.",
            "Mr. Hall",
            "his promise to cut the levy",
        ),
        (
            "The port authority disclosed the names of its donors.",
            "The port authority",
            "the names of its donors",
        ),
    ],
)
def test_more_speech_verbs_report_their_object(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text, q.rule) for q in found] == [
        (speaker, content, "indirect-object")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour jobs report exceeded expectations.",
        "The quarterly report gives the council a reason to cut the levy.",
        "The ferry owner fired off tweets and letters to the council.",
        "The mayor was questioned about the levy on Monday.",
    ],
)
def test_no_object_report_of_a_noun_or_a_passive_cue(text: str) -> None:
    assert [q.rule for q in extract_quotes(text) if q.rule == "indirect-object"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor pledged her support to the ferry workers.",
            "The mayor",
            "her support to the ferry workers",
        ),
        (
            "Mr. Hall also stated his intention to vote for the levy.",
            "Mr. Hall",
            "his intention to vote for the levy",
        ),
        (
            "Many councillors have proclaimed a need for a second pier.",
            "Many councillors",
            "a need for a second pier",
        ),
        (
            "The union noted several problems with the new ferry timetable.",
            "The union",
            "several problems with the new ferry timetable",
        ),
        (
            "The mayor also stated a day earlier that the pier was safe.",
            "The mayor",
            "the pier was safe",
        ),
        ("Ms. Lowe proposed two weeks ago a new levy.", "Ms. Lowe", "a new levy"),
    ],
)
def test_pledge_state_proclaim_note_report_their_object(
    text: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_no_object_report_of_a_cue_used_as_an_adjective() -> None:
    text = "The figures include pledged delegates and superdelegates."
    assert [q.rule for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Sam Jacobs, the managing editor, explained to CBS why Merkel was selected.",
            "Sam Jacobs",
            "why Merkel was selected",
        ),
        (
            "The mayor explained to the council how the levy would work.",
            "The mayor",
            "how the levy would work",
        ),
        (
            "Ms. Lowe explained to Mr. Hall what the storm had done to the pier.",
            "Ms. Lowe",
            "what the storm had done to the pier",
        ),
    ],
)
def test_an_addressee_with_to_before_a_wh_clause(text: str, speaker: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


def test_no_wh_clause_report_after_a_to_phrase_of_another_verb() -> None:
    text = "The mayor listened to Mr. Hall why the levy was needed."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Two harbour councillors have said they will not back the levy, as has Tom Kranz, "
            "the mayor of Eastport.",
            "they will not back the levy",
        ),
        (
            "Anna Berg said the ferry timetable had failed the islands, as did the port "
            "authority in its spring review.",
            "the ferry timetable had failed the islands",
        ),
    ],
)
def test_a_comparison_with_another_agent_ends_the_report(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "The mayor said the budget was balanced, and 60 percent of residents said the levy "
            "was too high.",
            [
                ("The mayor", "the budget was balanced"),
                ("60 percent of residents", "the levy was too high"),
            ],
        ),
        (
            "Ms. Lowe said the ferry would run on Sundays, while Councillor Hall argued that the "
            "pier needed repairs first.",
            [
                ("Ms. Lowe", "the ferry would run on Sundays"),
                ("Councillor Hall", "the pier needed repairs first"),
            ],
        ),
        (
            "Anna Berg said the harbour plan was sound, but she refused to endorse the new levy.",
            [("Anna Berg", "the harbour plan was sound"), ("she", "endorse the new levy")],
        ),
        (
            "The report found that most residents backed the levy, and 40 percent said they "
            "would pay more for the ferry.",
            [
                ("The report", "most residents backed the levy"),
                ("40 percent", "they would pay more for the ferry"),
            ],
        ),
    ],
)
def test_a_new_subject_and_reporting_verb_inside_a_report_start_a_second_report(
    text: str, reports: list[tuple[str, str]]
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == reports


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the budget was balanced, and the council and the harbour board "
            "agreed to the levy.",
            "the budget was balanced, and the council and the harbour board agreed to the levy",
        ),
        (
            "Rubio said the attacks had gone on too long, and the senator felt he had to answer "
            "them.",
            "the attacks had gone on too long, and the senator felt he had to answer them",
        ),
    ],
)
def test_no_second_report_for_a_joined_non_person_subject_or_a_thought(
    text: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Republicans said the inquiry had been mishandled and Democrats accused the "
            "committee of playing politics with the case.",
            [
                ("Republicans", "the inquiry had been mishandled"),
                ("Democrats", "the committee of playing politics with the case"),
            ],
        ),
        (
            "Ms. Lowe said the ferry would run on Sundays — but she wants to close the pier in "
            "winter.",
            [("Ms. Lowe", "the ferry would run on Sundays"), ("she", "close the pier in winter")],
        ),
    ],
)
def test_a_new_person_subject_after_a_bare_and_starts_a_second_report(
    text: str, reports: list[tuple[str, str]]
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == reports


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The gap between what Mr. Hall says his plan would do and how experts say it would "
            "work has grown.",
            "his plan would do and how experts say it would work has grown",
        ),
        (
            "In the survey, 79 percent of residents said they were satisfied and 60 percent said "
            "they wanted more ferries.",
            "they were satisfied and 60 percent said they wanted more ferries",
        ),
    ],
)
def test_no_second_report_after_a_bare_and_for_a_question_or_a_listed_share(
    text: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "The mayor said the budget was balanced, and the harbour board said the pier was "
            "safe again.",
            [
                ("The mayor", "the budget was balanced"),
                ("the harbour board", "the pier was safe again"),
            ],
        ),
        (
            "Half of the islanders said they were worried about the ferry, and more than 4 in 10 "
            "said the mayor would handle it best.",
            [
                ("Half of the islanders", "they were worried about the ferry"),
                ("more than 4 in 10", "the mayor would handle it best"),
            ],
        ),
    ],
)
def test_an_organisation_or_a_share_that_says_starts_a_second_report(
    text: str, reports: list[tuple[str, str]]
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == reports


def test_no_second_report_for_an_organisation_with_a_stance_verb() -> None:
    text = "The mayor said the budget was balanced, and the harbour board approved the new levy."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "the budget was balanced, and the harbour board approved the new levy"
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Anna Berg said the pier was not in danger, and urged that everyone on the island "
            "stay calm.",
            "Anna Berg",
        ),
        (
            "The billionaire real estate magnate said the pier was not in danger, and urged that "
            "everyone on the island stay calm.",
            "The billionaire real estate magnate",
        ),
    ],
)
def test_a_resumed_verb_with_a_that_clause_is_a_second_report_of_the_speaker(
    text: str, mention: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [
        (mention, "the pier was not in danger"),
        (mention, "everyone on the island stay calm"),
    ]


def test_a_resumed_verb_with_a_plain_object_only_ends_the_report() -> None:
    text = "The billionaire real estate magnate said the pier was not in danger, and urged calm."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the pier was not in danger"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Wells, a Denver architect, who had supported Governor Tom Reyes, said the fund "
            "was too small.",
            [
                ("indirect-stance", "who", "Governor Tom Reyes"),
                ("indirect-that", "Ada Wells", "the fund was too small"),
            ],
        ),
        (
            "The nurses' union, which endorsed Ruiz in May, said that the contract was fair.",
            [
                ("indirect-stance", "which", "Ruiz in May"),
                ("indirect-that", "The nurses' union", "the contract was fair"),
            ],
        ),
        (
            "Senator Tom Reyes has talked about raising the dock fees, and Mayor Ana Ruiz said she "
            "would consider a new tax.",
            [
                ("indirect-stance", "Senator Tom Reyes", "raising the dock fees"),
                ("indirect-that", "Mayor Ana Ruiz", "she would consider a new tax"),
            ],
        ),
    ],
)
def test_stance_in_a_clause_beside_another_report(text: str, expected: list) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention, q.text) for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He urged them, as he explained how hard the job is.",  # a lone pronoun
        "Looking back to 1998, Mayor Ana Ruiz argued that the harbour was cleaner then.",
    ],
)
def test_no_second_stance_of_a_pronoun_or_a_participle(text: str) -> None:
    found = [q.rule for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["indirect-that"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guild, which endorsed Mayor Ana Ruiz in March, is widely regarded as one of the "
            "most militant in the state.",
            [
                (
                    "indirect-passive",
                    None,
                    "The guild, which endorsed Mayor Ana Ruiz in March, is widely regarded as one "
                    "of the most militant in the state",
                ),
                ("indirect-stance", "which", "Mayor Ana Ruiz in March"),
            ],
        ),
        (
            "Shortly after Mayor Ana Ruiz was declared the winner in Ohio, Senator Tom Reyes said "
            "he would not concede.",
            [
                ("indirect-passive", None, "Mayor Ana Ruiz was declared the winner in Ohio"),
                ("indirect-that", "Senator Tom Reyes", "he would not concede"),
            ],
        ),
    ],
)
def test_view_with_no_source_beside_another_report(text: str, expected: list) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention, q.text) for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Reyes, whose narrow loss was widely seen as a setback, said he would run again.",
        "On Monday, Ms. Ruiz refused to endorse Mr. Reyes, in what was seen as a snub.",
    ],
)
def test_no_view_with_no_source_in_a_whose_or_prepositional_clause(text: str) -> None:
    assert [q.text for q in extract_quotes(text) if q.rule == "indirect-passive"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ana Ruiz said the harbour was cleaner than ever and vowed to close the old "
            "pier.",
            [
                ("indirect-that", "Mayor Ana Ruiz", "the harbour was cleaner than ever"),
                ("indirect-coordinated", "Mayor Ana Ruiz", "to close the old pier"),
            ],
        ),
        (
            "Senator Tom Reyes says he respects the governor and calls her a tireless worker.",
            [
                ("indirect-that", "Senator Tom Reyes", "he respects the governor"),
                ("indirect-coordinated", "Senator Tom Reyes", "her a tireless worker"),
            ],
        ),
        (
            "Ms. Ruiz spent the day in Ohio, blaming Mr. Reyes for the closures and accusing him "
            "of ignoring the miners.",
            [
                ("indirect-participle", "Ms. Ruiz", "Mr. Reyes for the closures"),
                ("indirect-coordinated", "Ms. Ruiz", "him of ignoring the miners"),
            ],
        ),
        (
            "Mr. Reyes said he would vote for the bill, while emphasizing it was not an "
            "endorsement.",
            [
                ("indirect-that", "Mr. Reyes", "he would vote for the bill"),
                ("indirect-coordinated", "Mr. Reyes", "it was not an endorsement"),
            ],
        ),
        (
            "Ms. Ruiz has said she wants a new school in Dayton and has expressed support for "
            "higher teacher pay.",
            [
                ("indirect-that", "Ms. Ruiz", "she wants a new school in Dayton"),
                ("indirect-coordinated", "Ms. Ruiz", "support for higher teacher pay"),
            ],
        ),
        (
            "Mr. Reyes said he is fond of the governor but took issue with her plan for the "
            "harbour.",
            [
                ("indirect-that", "Mr. Reyes", "he is fond of the governor"),
                ("indirect-coordinated", "Mr. Reyes", "her plan for the harbour"),
            ],
        ),
    ],
)
def test_second_verb_of_the_same_speaker_ends_the_content(text: str, expected: list) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Ana Ruiz criticized the mayor and the council.",
            "Mayor Ana Ruiz",
            "the mayor and the council",
        ),
        (
            "Mayor Ana Ruiz said taxes would rise and jobs would go.",
            "Mayor Ana Ruiz",
            "taxes would rise and jobs would go",
        ),
        (
            "Mayor Ana Ruiz said she would cut taxes and raise spending on schools.",
            "Mayor Ana Ruiz",
            "she would cut taxes and raise spending on schools",
        ),
        (
            "Mayor Ana Ruiz said the council met on Monday and approved the budget.",
            "Mayor Ana Ruiz",
            "the council met on Monday and approved the budget",
        ),
        (
            "Mayor Ana Ruiz said she could not support the plan but understood why people did.",
            "Mayor Ana Ruiz",
            "she could not support the plan but understood why people did",
        ),
        (
            "Mr. Reyes said the executive arrested and charged with fraud had left the city.",
            "Mr. Reyes",
            "the executive arrested and charged with fraud had left the city",
        ),
        (
            "Mayor Ana Ruiz said her calls and letters were ignored by the council.",
            "Mayor Ana Ruiz",
            "her calls and letters were ignored by the council",
        ),
    ],
)
def test_verb_inside_the_reported_clause_is_not_a_second_report(text, speaker, content) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ana Ruiz acknowledged the new rule, but noted the council does not enforce it.",
            [
                ("indirect-that", "Mayor Ana Ruiz", "the new rule"),
                ("indirect-coordinated", "Mayor Ana Ruiz", "the council does not enforce it"),
            ],
        ),
        (
            "Senator Tom Reyes is insisting he is “winning” and urging his supporters to ignore "
            "the polls.",
            [
                ("indirect-that", "Senator Tom Reyes", "he is “winning"),
                ("indirect-coordinated", "Senator Tom Reyes", "his supporters to ignore the polls"),
            ],
        ),
    ],
)
def test_short_first_content_before_a_second_verb_of_the_speaker(text: str, expected) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.rule, q.speaker_mention, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "Mayor Ana Ruiz's assertion Monday that the bridge is unsafe drew rebukes from the "
            "state engineers.",
            "Mayor Ana Ruiz",
            "that the bridge is unsafe",
        ),
        (
            "Senator Tom Reyes's warning that the budget will collapse went unheeded, and the "
            "mayor said the city would borrow.",
            "Senator Tom Reyes",
            "that the budget will collapse",
        ),
        (
            "The vote was a boost to the state agency's hopes that the dam will be finished "
            "by spring.",
            "the state agency",
            "that the dam will be finished by spring",
        ),
    ],
)
def test_held_noun_reports_its_that_clause(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz's plan that passed in May was modest.",
        "The claim was rejected by the court in May.",
        "The claim that the bridge is unsafe was rejected by the court.",
        "Mayor Ana Ruiz's statement that was read aloud on Monday ran to four pages.",
    ],
)
def test_no_held_noun_report_without_holder_or_clause(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The mayor said the city would borrow; Senator Tom Reyes's threat to sue the "
            "council fits his pattern.",
            "Senator Tom Reyes",
            "to sue the council",
        ),
        (
            "Voters cheered her promise to lower student debt for graduates.",
            "her",
            "to lower student debt for graduates",
        ),
        (
            "The plant faced complaints from its neighbors that the smoke was making children "
            "sick.",
            "its neighbors",
            "that the smoke was making children sick",
        ),
        (
            "The biggest surprise was an allegation from his former partner, Ana Ruiz, that the "
            "firm had hidden its debts.",
            "his former partner",
            "that the firm had hidden its debts",
        ),
    ],
)
def test_held_noun_reports_its_complement(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Voters cheered his decision to retire from the Senate next year.",
        "Her efforts to unify the party drew praise from the union.",
        "The crowd heard her call to the nation on Monday night.",
        "Supporters praised the senator's pledge to voters in the state.",
    ],
)
def test_no_held_noun_report_for_an_act_or_an_addressee(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The mine reopened in May. But environmentalists worry that the river will suffer.",
            "environmentalists",
            "the river will suffer",
        ),
        (
            "The strike is ending. Still, customers and workers hope for a quick deal.",
            "customers and workers",
            "a quick deal",
        ),
        (
            "The two senators met on Monday. Both want a vote on the bill before the recess.",
            "Both",
            "a vote on the bill",
        ),
        (
            "Many voters stayed home. And some interpret the result as a warning.",
            "some",
            "the result as a warning",
        ),
    ],
)
def test_stance_of_a_bare_plural_or_a_quantifier(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The court is divided. Several judges handling the appeals disagree with the ruling.",
        "They met in Ohio. Both are committed progressives.",
        "The bills were filed. But documents worry the staff.",
    ],
)
def test_no_stance_of_a_quantifier_before_a_noun_or_a_thing(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-stance"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "Not surprisingly, Democratic Sen. Ana Ruiz supports the proposal.",
            "Democratic Sen. Ana Ruiz",
            "the proposal",
        ),
        (
            "Outside the campaign, a growing number of Democrats are warning against a "
            "negative race.",
            "a growing number of Democrats",
            "a negative race",
        ),
        (
            "Among young voters, only 40 percent believe that the plan will pass.",
            "only 40 percent",
            "the plan will pass",
        ),
    ],
)
def test_stance_after_a_fronted_adverbial(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


def test_no_stance_of_a_name_in_ly_before_its_appositive() -> None:
    text = "Kelly, the new editor, and the board members support a merger of the two papers."
    assert [q.speaker_mention for q in extract_quotes(text) if q.kind == "indirect"] != [
        "the board members"
    ]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The mayor's campaign countered on Monday by suggesting three other dates.",
            "The mayor's campaign",
            "three other dates",
        ),
        (
            "Senator Tom Reyes struck back by accusing the governor of hiding the report.",
            "Senator Tom Reyes",
            "the governor of hiding the report",
        ),
        (
            "The council went further by proposing that the city close the bridge, a step the "
            "union opposes.",
            "The council",
            "that the city close the bridge",
        ),
        (
            "Governor Ana Ruiz opened her speech by praising the nurses of the city hospital.",
            "Governor Ana Ruiz",
            "the nurses of the city hospital",
        ),
    ],
)
def test_participle_after_by_reports_the_main_subject(
    text: str, mention: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-participle"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Still, the mayor answered by suggesting three other dates.",
        "Although the mayor objected, the council answered by suggesting three other dates.",
        "The bridge was closed by pushing the barriers across the road.",
        "How the council won by praising the nurses is unclear.",
    ],
)
def test_no_participle_after_by_without_a_main_subject(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-participle"]


@pytest.mark.parametrize(
    ("text", "mention", "speaker", "content"),
    [
        (
            "The turning point was Senator Tom Reyes's refusal to endorse the governor.",
            "Senator Tom Reyes",
            "Tom Reyes",
            "to endorse the governor",
        ),
        (
            "Governor Maria Lopez, facing a strong rival, dropped her reluctance to debate on "
            "television.",
            "her",
            "Maria Lopez",
            "to debate on television",
        ),
    ],
)
def test_held_refusal_or_willingness_reports_its_holder(
    text: str, mention: str, speaker: str, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert [(q.speaker_mention, q.speaker, q.text) for q in found] == [(mention, speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Reyes mocked her refusal to release the letters.",
        "Ana Ruiz spoke on Monday. The key was his unwillingness to release the letters.",
    ],
)
def test_no_held_refusal_under_another_report_or_without_its_person(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor praised the budget on Monday, but the governor seemed to reject the idea "
            "of new taxes.",
            "the governor seemed to reject the idea of new taxes",
        ),
        (
            "The council said it would vote on Friday; Ms. Lopez seemed certain to oppose the "
            "plan.",
            "Ms. Lopez seemed certain to oppose the plan",
        ),
    ],
)
def test_evidential_infinitive_beside_another_report(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [(q.speaker, q.text) for q in found] == [(None, content)]


def test_no_evidential_look_beside_another_report() -> None:
    text = "The mayor said the debate went well; the governor appeared rattled at the end."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The aides could not legally tell the group how much money to raise, she stressed.",
            "she",
            "The aides could not legally tell the group how much money to raise",
        ),
        (
            "Long walks can make patients feel stronger, adds therapist Jane Oduya.",
            "Jane Oduya",
            "Long walks can make patients feel stronger",
        ),
        (
            "Boston did not object when the state's budget helped the city, a state official said.",
            "a state official",
            "Boston did not object when the state's budget helped the city",
        ),
    ],
)
def test_trailing_cue_frames_an_earlier_cue(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


def test_trailing_cue_does_not_take_over_a_report_of_its_own() -> None:
    text = "Dana Perez said the ads are answers to attacks, the campaign said."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].speaker_mention == "Dana Perez"


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "The museum will reopen in May, curator Lena Ortiz recently revealed.",
            "curator Lena Ortiz",
            "The museum will reopen in May",
        ),
        (
            "The band's next record is almost finished, lead singer Tom Reyes announced.",
            "lead singer Tom Reyes",
            "The band's next record is almost finished",
        ),
    ],
)
def test_trailing_subject_with_bare_role_words(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


def test_no_trailing_subject_after_a_modal_and_verb() -> None:
    text = "A solid upturn, with a rise in hourly wages, could blunt Republican claims."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-trailing"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "There is little risk of a strike, officials in both unions insist, because the "
            "contract has been extended.",
            "officials in both unions",
            "There is little risk of a strike, officials in both unions insist, because the "
            "contract has been extended",
        ),
        (
            "The appeal of the candidate, farmers and ranchers say, is his stance on water",
            "farmers and ranchers",
            "The appeal of the candidate, farmers and ranchers say, is his stance on water",
        ),
        (
            "As the band played on Friday, the Herald's Ann Porter reported, the mayor left "
            "the stage.",
            "the Herald's Ann Porter",
            "the mayor left the stage",
        ),
    ],
)
def test_parenthetical_cue_after_a_short_noun_phrase(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


def test_no_parenthetical_subject_across_a_verb() -> None:
    text = "The budget was cut last spring, and so the members say, the vote was a formality."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "It is the most reckless plan forward I can imagine.",
            "I",
            "the most reckless plan forward",
        ),
        ("He voted for a tariff that Republicans oppose.", "Republicans", "a tariff"),
        (
            "The mayor dodged the questions she preferred not to answer.",
            "she",
            "the questions she preferred not to answer",
        ),
    ],
)
def test_object_relative_stance(text: str, mention: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-object-relative"]
    assert [(q.speaker_mention, q.text) for q in found] == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "He returned to the house she bought.",
        "The bill that passed was long.",
        "The man I met was tall.",
        "He told the reporters he supported the bill.",
        "Lawsuits would open a process that the firm would surely want to avoid.",
        "Both the mayor and his wife Anna expected to attend the gala.",
    ],
)
def test_no_object_relative_stance(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-object-relative"]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        ("He was told that the vote was rigged in three counties.", None, "the vote was rigged"),
        (
            "Sanders had been told by aides that the campaign was running out of money.",
            "aides",
            "the campaign was running",
        ),
        ("Voters were assured that their ballots would be counted.", None, "their ballots"),
        (
            "The senator was warned by the FBI that foreign agents were targeting his staff.",
            "FBI",
            "foreign agents were",
        ),
        (
            "Mayor Jones told reporters that the budget would be balanced next year.",
            "Mayor Jones",
            "the budget would",
        ),
    ],
)
def test_passive_tell_credits_the_agent_not_the_hearer(
    text: str, mention: str | None, content: str
) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.speaker_mention for q in found] == [mention]
    assert found[0].text.startswith(content)


def test_dateline_not_in_fronted_content() -> None:
    text = (
        "LOS ANGELES, Feb. 2 (UPI) — The band will tour again next summer, frontman Jack Reed said."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker, q.text) for q in found] == [
        ("Jack Reed", "The band will tour again next summer")
    ]


def test_told_addressee_is_not_content() -> None:
    text = (
        "At the harbor on Sunday, Mayor Olga Brandt told the Coastal Gazette she would close "
        "the old pier."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["she would close the old pier"]


def test_told_object_without_clause_is_no_report() -> None:
    text = '"We kept the lights on," Mr. Varga told some of the night nurses.'
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []
    text = '"Thank you all," she told cheering volunteers in Dayton on Friday evening.'
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_told_passive_keeps_clause_subject() -> None:
    text = "The board is split. I'm told Ms. Akers considered quitting the board in March."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["Ms. Akers considered quitting the board in March"]


def test_adjunct_with_commas_before_that() -> None:
    text = (
        "Ms. Lindqvist said Monday during a visit to a brewery in Dayton, Ohio, that the tax "
        "on small brewers should be cut."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the tax on small brewers should be cut"]
    text = "Mr. Obi said he was tired, that he wanted to rest before the vote."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found[0].text.startswith("he was tired")


def test_gapped_relative_after_a_noun_phrase_read_as_subject() -> None:
    text = (
        "The museum closed its east wing during the inquiry — a review the state fire agency "
        "said was still under way in March."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [(q.speaker_mention, q.text) for q in found] == [
        (
            "the state fire agency",
            "a review the state fire agency said was still under way in March",
        )
    ]
    text = "The museum closed its east wing during an audit the fire marshal said was ongoing."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_gapped_relative_with_that_keeps_the_relative() -> None:
    text = (
        "The pastor delivered a sermon on a restless and divided congregation that he argued "
        "was drifting away from its founding charity."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["that he argued was drifting away from its founding charity"]


def test_gapped_relative_object_of_a_verb_ends_at_while() -> None:
    text = (
        "Some coaches were free to pick the players they felt were the most loyal, while "
        "others relied on a fitness test."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the players they felt were the most loyal"]


def test_gapped_relative_negative_main_clause() -> None:
    text = "The mayor said was a strange phrase to hear from anyone at the council."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(not q.text.startswith("The mayor") for q in found)


def test_fronted_condition_is_part_of_the_claim() -> None:
    text = "If the ferry keeps losing money, the mayor said the town would sell it next year."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "If the ferry keeps losing money, the mayor said the town would sell it next year"
    ]


def test_fronted_discourse_if_is_not_a_condition() -> None:
    text = "If anything, analysts say the new levy would make the port busier."
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the new levy would make the port busier"]


def test_report_ends_before_a_colon_and_its_quotation() -> None:
    text = (
        'The coach said he was too tired to review the tapes: "I need a week off. Ask me in '
        'May," he told the club.'
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["he was too tired to review the tapes"]


def test_said_it_best_is_no_report() -> None:
    text = 'Ms. Oduya may have said it best when she posted: "Nobody reads the minutes."'
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_coordinated_report_ends_before_a_colon_and_its_quotation() -> None:
    text = (
        "The chef Ana Ruiz did not apologize, but said her staff was acting out of caution: "
        "“Nobody wanted a sick guest,” Ruiz told the paper."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["her staff was acting out of caution"]


def test_shell_appositive_is_anothers_word_on_the_report() -> None:
    text = (
        "The coach complained that the league had been unfair to his club, a charge that "
        "league officials flatly denied."
    )
    found = [(q.rule, q.speaker_mention, q.text) for q in extract_quotes(text)]
    assert found == [
        ("indirect-that", "The coach", "the league had been unfair to his club"),
        ("indirect-comment", "league officials", "a charge"),
    ]


def test_shell_appositive_without_a_report_verb_only_ends_the_content() -> None:
    text = (
        "The mayor said the levy would fund two new schools, a plan the council has changed "
        "twice since May."
    )
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("indirect-that", "the levy would fund two new schools")]


def test_trailing_source_needs_a_source_clause() -> None:
    text = "Then, on Tuesday, Dana Wirth called."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []
    text = "It was a week before the vote on the dam, and she was already worried about turnout."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []
    text = "The dam will be finished by June, the engineer said."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["The dam will be finished by June"]


def test_relative_report_ends_at_its_closing_dash() -> None:
    text = (
        "Odd as it may sound to planners -- who believe in pricing parking, not giving it "
        "away -- the town may need more free spaces downtown."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-relative"]
    assert all("the town may need" not in t for t in found)
    text = (
        "The ruling follows a suit by several tenants who claim he evicted them–and has now "
        "been fined–his other buildings are being inspected as well."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-relative"]
    assert found == ["he evicted them"]


def test_object_and_reason_is_no_report() -> None:
    text = "Still, I write this because I know the harbor workers better than most."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []
    text = "The mayor said that because the bridge is old, the tolls must rise."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert len(found) == 1 and found[0].endswith("because the bridge is old, the tolls must rise")


def test_contracted_negation_before_the_cue() -> None:
    text = "The governor hasn't said whether she will sign the water bill."
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("The governor", "whether she will sign the water bill")]
    text = "But Mr. Haas didn't feel well and was unable to attend the launch."
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_speaker_resumes_with_an_adjunct_before_that() -> None:
    text = (
        "Ms. Brandt said the pier would close in May, and she insisted at a town meeting "
        "Tuesday that the ferry would keep running."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the pier would close in May", "the ferry would keep running"]


def test_degree_that_inside_the_clause_is_no_complementizer() -> None:
    text = "Ms. Kerr said her own garden has been all that tidy this spring, despite the rain."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].startswith("her own garden has been all that tidy")


def test_source_in_mid_sentence_before_because_is_parenthetical() -> None:
    text = (
        "She was not shocked that the ferry plan failed, her aides said Monday, because she "
        "knows how angry the islanders are."
    )
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert len(found) == 1 and found[0][1].endswith("how angry the islanders are")
    text = "The ferry plan failed, her aides said Monday."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("indirect-trailing", "The ferry plan failed")]


def test_progressive_promise_takes_its_infinitive() -> None:
    text = "The port is silting up, and Governor Ada Kline is promising to rebuild the harbor."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-to", "to rebuild the harbor") in found
    text = "Governor Ada Kline is promising a new harbor."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.rule == "indirect-to"]
    assert found == []


def test_asked_with_place_or_asker_before_the_topic() -> None:
    text = "Asked at a hearing Tuesday about the ferry budget, the mayor declined to comment."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-asked", "about the ferry budget") in found
    text = "Asked by the host to explain the delay, Ms. Rowe blamed the weather."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-asked", "to explain the delay") in found
    text = "Asked at a hearing Tuesday, the mayor declined to comment."
    found = [q.rule for q in extract_quotes(text) if q.kind == "indirect"]
    assert "indirect-asked" not in found


def test_asked_passive_with_an_adverb() -> None:
    text = "She used the same words the mayor used when he was first asked if he would run again."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-asked", "if he would run again") in found


def test_asked_question_holds_its_apposition_and_relative() -> None:
    text = (
        "Asked whether he feared that Ms. Ruiz, the port director, who has called the levy "
        "a mistake, could block the plan, Mr. Oduya shrugged."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-asked"]
    assert found == [
        "whether he feared that Ms. Ruiz, the port director, who has called the levy a "
        "mistake, could block the plan"
    ]
    text = "Asked if he was ever fired, the port director said no."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-asked"]
    assert found == ["if he was ever fired"]


def test_semicolon_list_of_predicates_stays_in_the_report() -> None:
    text = (
        "The nurses said they had testified at budget hearings; organized a march downtown; "
        "and set up a night clinic."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        "they had testified at budget hearings; organized a march downtown; and set up a "
        "night clinic"
    ]
    text = "The nurses said the clinic would open in May; the city has not confirmed it."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the clinic would open in May"]


def test_relative_predicate_goes_on_past_a_coordinated_modifier() -> None:
    text = (
        "She reused the toast from the harbor gala — which even rivals say was the warmest, "
        "and most generous, toast of the season."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-relative"]
    assert found == [
        "which even rivals say was the warmest, and most generous, toast of the season"
    ]


def test_subordinate_report_goes_on_past_an_aside_between_dashes() -> None:
    text = (
        "Because we know from past budgets that the harbor fund is larger - by a wide margin - "
        "than the school fund."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the harbor fund is larger - by a wide margin - than the school fund"]


def test_relative_inside_the_reported_clause_does_not_end_it() -> None:
    text = (
        "The harbor master said the trawler, which ran aground in March, was towed back to "
        "port on Friday."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the trawler, which ran aground in March, was towed back to port on Friday"]
    text = "The harbor master said he spoke to the captain, who sailed home at dawn."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["he spoke to the captain"]


def test_participle_before_a_quotation_is_not_content() -> None:
    text = (
        "The ferry operator said the service would resume in May, adding: “We owe the island "
        "that much.”"
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the service would resume in May"]


def test_gapped_relative_with_who() -> None:
    text = "The feud began with the harbor master, who he claims has been unfair to his crew."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-relative", "who he claims has been unfair to his crew") in found
    text = "The feud began with the harbor master, who has said he would not resign."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(not t.startswith("who") for _, t in found)


def test_finding_ends_before_reporters_contrast() -> None:
    text = (
        "Early surveys showed the mayor was ahead in the suburbs, but early surveys are a poor "
        "guide to turnout in the spring."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == ["the mayor was ahead in the suburbs"]


def test_finding_keeps_contrast_without_new_clause() -> None:
    text = "A 2011 study found gains in reading scores, but no effect on attendance at all."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == [
        "gains in reading scores, but no effect on attendance at all"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "However, the bridge will stay closed until March, according to the county engineer.",
            "the bridge will stay closed until March",
        ),
        (
            "Despite weeks of heavy rain, the reservoir remains half empty, according to the "
            "water board.",
            "Despite weeks of heavy rain, the reservoir remains half empty",
        ),
        (
            "The harvest was poor: farmers lost a third of their wheat, according to the ministry.",
            "farmers lost a third of their wheat",
        ),
        (
            "In Ohio, the governor leads by six points, according to a local survey.",
            "In Ohio, the governor leads by six points",
        ),
    ],
)
def test_according_content_without_reporters_lead(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-according"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ferry stops near the old mill, which, Harriet Cole said, is usually crowded with "
            "painters on Sundays.",
            "which, Harriet Cole said, is usually crowded with painters on Sundays",
        ),
        (
            "His budget, the aides believe, is safe for now, and most of them don't expect a veto "
            "before the summer.",
            "His budget, the aides believe, is safe for now",
        ),
        (
            "The club had a dinner planned for Friday - and the license, its manager said, had "
            "been hard to get.",
            "the license, its manager said, had been hard to get",
        ),
        (
            "Still, the report said, the harbor will reopen in the spring.",
            "Still, the report said, the harbor will reopen in the spring",
        ),
    ],
)
def test_parenthetical_content_is_its_own_clause(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]
    assert [q.text for q in found] == [content]


def test_show_up_is_no_finding() -> None:
    text = "On Monday, the board fined the contractor for failing to show up to the inspection."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-finding"] == []


def test_poll_shows_is_still_a_finding() -> None:
    text = "A county poll shows the levy passing by a wide margin in the spring vote."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == ["the levy passing by a wide margin in the spring vote"]


def test_according_source_in_dashes_keeps_the_sentence() -> None:
    text = (
        "Most farmers - 70 percent in 2019, according to the Farm Bureau report - still "
        "plant winter wheat."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-according"]
    assert [q.text for q in found] == [text.rstrip(".")]


def test_according_to_a_manner_is_no_source() -> None:
    text = "The parade went ahead on Sunday morning, according to plan, and the crowds were large."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-according"] == []
    text = "The children pick their lunches every day according to their own preferences."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-according"] == []


def test_noun_report_ends_before_dash_and() -> None:
    text = (
        "It was a sharp turn from Mayor Ortiz's repeated claim that the tunnel is safe - and one "
        "that left the engineers in the gallery shaking their heads."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-noun"]
    assert [q.text for q in found] == ["that the tunnel is safe"]


def test_noun_report_keeps_dash_aside() -> None:
    text = (
        "The debate turned on Senator Vance's claim that members get a raise - a modest one - "
        "and keep their overtime pay."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-noun"]
    assert [q.text for q in found] == [
        "that members get a raise - a modest one - and keep their overtime pay"
    ]


def test_finding_ends_before_reporters_comparison() -> None:
    text = (
        "Early box office data suggests that the sequel earned about 40 million dollars, less "
        "than half of what the first film made in its opening weekend."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == ["the sequel earned about 40 million dollars"]


def test_finding_keeps_comparison_that_is_a_subject() -> None:
    text = (
        "The audit released Friday showed that in the first year of the program, more than half "
        "of the grants were paid to firms in two counties."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == [
        "in the first year of the program, more than half of the grants were paid to firms in "
        "two counties"
    ]


def test_parenthetical_content_starts_after_but() -> None:
    text = (
        "Few teams win every game, but by then, many coaches think, the Hawks will be very hard "
        "to beat."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]
    assert [q.text for q in found] == [
        "by then, many coaches think, the Hawks will be very hard to beat"
    ]


def test_evidential_runs_on_through_participle() -> None:
    text = (
        "The council seemed to send a clear message on Monday, blocking the developer's plan to "
        "build on the old rail yard."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [text.rstrip(".")]


def test_evidential_stops_before_speech_participle() -> None:
    text = (
        "The mayor seemed to concede the point on Friday, warning that the budget would need "
        "another vote."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == ["The mayor seemed to concede the point on Friday"]


def test_seen_as_keeps_its_with_phrase() -> None:
    text = "For now, Ms. Alvarez is seen as the candidate with the best chance to unite the party."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert [q.text for q in found] == [
        "Ms. Alvarez is seen as the candidate with the best chance to unite the party"
    ]


def test_according_aside_before_main_verb_keeps_the_sentence() -> None:
    text = (
        "The first step they have taken, according to a person close to the board, is to freeze "
        "all new hiring until June."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-according"]
    assert [q.text for q in found] == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Two rival bakers would beat the incumbent in the river wards, according to a new "
            "survey that shows most voters want a change.",
            "Two rival bakers would beat the incumbent in the river wards",
            "a new survey",
        ),
        (
            "Riders still crowd the ferry. (According to the harbor authority, it does not count "
            "passengers on the night crossings.)",
            "it does not count passengers on the night crossings",
            "harbor authority",
        ),
        (
            "Small towns like Ely (80 percent of its homes were heated with wood, according to the "
            "census), Tower and Orr top the list.",
            "80 percent of its homes were heated with wood",
            "census",
        ),
    ],
)
def test_according_source_with_relative_or_in_parentheses(
    text: str, content: str, source: str
) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-according"]
    assert [q.text for q in found] == [content]
    assert source in (found[0].speaker_mention or "")


def test_finding_keeps_relative_on_the_thing_found() -> None:
    text = (
        "And county records show a new warehouse planned for the lot, which at the moment is "
        "home to a car wash."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == [
        "a new warehouse planned for the lot, which at the moment is home to a car wash"
    ]


def test_according_keeps_so_far() -> None:
    text = "So far, the bridge has cost twice its budget, according to the county engineer."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-according"]
    assert [q.text for q in found] == ["So far, the bridge has cost twice its budget"]


def test_reportedly_before_irregular_participle() -> None:
    text = "The company has reportedly taken heat from a tenants' group over the new fees."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-reportedly"]
    assert [q.text for q in found] == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Often, it appeared that the mayor was unable to answer the charge.",
            "that the mayor was unable to answer the charge",
        ),
        (
            "It appears, though, that the final game was not boring to everyone.",
            "that the final game was not boring to everyone",
        ),
        (
            "If the count is right, it would seem as if his plan is to stay in the race.",
            "his plan is to stay in the race",
        ),
        (
            "The guild, which has lost many members this year, seems unlikely to strike again.",
            "The guild, which has lost many members this year, seems unlikely to strike again",
        ),
    ],
)
def test_evidential_it_seems_and_aside(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [content]
    assert found[0].speaker is None


def test_it_seems_needs_a_clause() -> None:
    text = "It seems odd to the neighbors on Elm Street."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-evidential"] == []


def test_expected_with_described_agents() -> None:
    text = (
        "All three Democratic mayoral candidates are expected to speak at the union hall tonight."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [q.text for q in found] == [text.rstrip(".")]
    text = "All three storms are expected to weaken over the cold water tonight."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-expected"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The two ferry lines are both seen as the safest way to cross the bay in winter.",
        "His latest budget plan has been widely condemned as reckless by the county board.",
    ],
)
def test_seen_as_with_both_and_condemned(text: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert len(found) == 1
    assert found[0].speaker is None


def test_expected_in_relative_clause_of_people() -> None:
    text = "The vote picks delegates who are expected to back the governor at the state convention."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [q.text for q in found] == [
        "who are expected to back the governor at the state convention"
    ]
    text = "The vote sets a budget which is expected to grow by two percent next year."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-expected"] == []


def test_as_source_with_pointed_out() -> None:
    text = (
        "And as Dr. Okafor pointed out, the new clinic rules have a lasting effect on rural towns."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]
    assert [(q.text, q.cue) for q in found] == [
        ("the new clinic rules have a lasting effect on rural towns", "pointed out")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The new ferry schedule is expected to cut waiting times on the island.",
            "The new ferry schedule is expected to cut waiting times on the island",
        ),
        (
            "By spring, more than 4,000 nurses are expected to join the strike in the valley.",
            "more than 4,000 nurses are expected to join the strike in the valley",
        ),
        (
            "The shipping magnate was expected to clear the 2,500 votes needed to win the seat.",
            "The shipping magnate was expected to clear the 2,500 votes needed to win the seat",
        ),
    ],
)
def test_expected_of_a_described_thing_or_group(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [q.text for q in found] == [content]
    assert found[0].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "The heavy rain is expected to ease by the weekend in the hills.",
        "After the meeting in Lima, Peru is expected to host the next round of the games.",
    ],
)
def test_no_expected_of_weather_or_a_lone_name(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-expected"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The fishermen don't seem to trust the new harbour rules at all.",
            "The fishermen don't seem to trust the new harbour rules at all",
        ),
        ("Economists seem to agree.", "Economists seem to agree"),
    ],
)
def test_plain_seem_after_people_or_a_do_negation(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "From the hill, the old mill can appear to be a church.",
        "The tax forms seem to be so long that nobody reads them.",
        "The singer is due to appear ready for the final show.",
    ],
)
def test_no_plain_seem_after_a_modal_or_a_thing(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The rebel army, which has lost over 2,000 fighters this year, seems unlikely to "
            "fight again.",
            "The rebel army, which has lost over 2,000 fighters this year, seems unlikely to "
            "fight again",
        ),
        (
            "The new city council, led by Mayor Ortiz, seems ready to approve the tram line.",
            "The new city council, led by Mayor Ortiz, seems ready to approve the tram line",
        ),
        (
            "The union's offer, however, seemed wasted on members who wanted a strike.",
            "The union's offer, however, seemed wasted on members who wanted a strike",
        ),
    ],
)
def test_evidential_subject_before_an_aside(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The goalkeeper seemed lost.", "The goalkeeper seemed lost"),
        (
            "The referee appeared unhappy with the new rule.",
            "The referee appeared unhappy with the new rule",
        ),
        (
            "Counting the spare votes seemed beside the point by then.",
            "Counting the spare votes seemed beside the point by then",
        ),
    ],
)
def test_short_evidential_and_negated_adjectives(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [content]


def test_no_evidential_for_appearing_under_a_name() -> None:
    text = "The goalkeeper appeared under a new name in the team list."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]


def test_title_with_a_speaker_label_reports_its_statement() -> None:
    text = (
        "Ortega: Council Must Act Before the Flood Season.\n\n"
        "Mayor Luis Ortega told the council on Monday that the dikes were too low.\n\n"
        "Ortega has asked for new funds twice this year."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-colon"]
    assert [(q.text, q.speaker) for q in found] == [
        ("Council Must Act Before the Flood Season", "Luis Ortega")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Big Win For Ortega: Council Passes the Flood Budget.",  # a small word: no speaker
        "Harbour Summit: Leaders Agree on New Fishing Quotas.",  # "summit" also lower case
        "River News Daily: Floods Close the Old Bridge.",  # an organisation word
    ],
)
def test_no_statement_from_a_title_without_a_speaker_label(title: str) -> None:
    text = (
        f"{title}\n\n"
        "Mayor Luis Ortega told the summit on Monday that the dikes were too low.\n\n"
        "Ortega has asked for new funds twice this year at the Harbour Summit and the Daily."
    )
    found = extract_quotes(text)
    assert not [q for q in found if q.start < len(title)]


def test_title_case_title_with_a_headline_verb_after_a_name() -> None:
    text = (
        "Luis Ortega Says The River Dikes Are Far Too Low.\n\n"
        "Mayor Luis Ortega told the council on Monday that the dikes needed work.\n\n"
        "Ortega has asked for new funds twice this year."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-headline"]
    assert [(q.text, q.speaker) for q in found] == [
        ("The River Dikes Are Far Too Low", "Luis Ortega")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Minister Rejects Calls To Dredge The Old Port.",  # "minister" also lower case
        "Why Ortega Says The Dikes Are Too Low.",  # a question
    ],
)
def test_no_report_from_a_title_case_title_without_a_named_speaker(title: str) -> None:
    text = (
        f"{title}\n\n"
        "The harbour minister, Luis Ortega, told the council that the port was too shallow.\n\n"
        "Ortega has asked for new funds twice this year, the Minister said."
    )
    assert not [q for q in extract_quotes(text) if q.start < len(title)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The dispute grew sharper after leaked records from the 2009 audit showed the "
            "port had lost millions.",
            "the port had lost millions",
        ),
        (
            "A quick sale seems unlikely, given that county records indicate a second buyer is "
            "already in talks.",
            "a second buyer is already in talks",
        ),
        (
            "Because early surveys in the two towns indicated that the mayor was popular, "
            "there is a sense that she might win.",
            "the mayor was popular",
        ),
    ],
)
def test_finding_in_a_subordinate_clause(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == [content]


def test_no_finding_in_a_relative_clause_after_a_subordinator() -> None:
    text = "The vote came after a poll that shows the mayor ahead by ten points."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-finding"]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "And a large body of work suggests that small classes help slow readers.",
            "small classes help slow readers",
            "a large body of work",
        ),
        (
            "And a long line of cases suggests that judges rarely reverse such rulings.",
            "judges rarely reverse such rulings",
            "a long line of cases",
        ),
    ],
)
def test_finding_of_a_described_thing_with_a_that_clause(
    text: str, content: str, source: str
) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [(q.text, q.speaker_mention) for q in found] == [(content, source)]


def test_no_thing_finding_without_a_that_clause() -> None:
    text = "And a long line of cases suggests a quiet end to the dispute."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-finding"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour strike is considered one of the longest in the port's history.",
            "The harbour strike is considered one of the longest in the port's history",
        ),
        (
            "Rail freight is nonetheless considered a cheap way to move grain.",
            "Rail freight is nonetheless considered a cheap way to move grain",
        ),
        (
            "The old ferry is often described as the slowest boat on the lake.",
            "The old ferry is often described as the slowest boat on the lake",
        ),
    ],
)
def test_seen_as_with_one_of_and_more_adverbs(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert [q.text for q in found] == [content]


def test_no_seen_as_for_considered_one_by_one() -> None:
    text = "The harbour plans were considered later in the week by the board."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-passive"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Much like his rival, the old mayor was criticized for selling the harbour land.",
            "the old mayor was criticized for selling the harbour land",
        ),
        (
            "The closures are widely recognized now as among the worst choices of the decade.",
            "The closures are widely recognized now as among the worst choices of the decade",
        ),
    ],
)
def test_passive_criticism_and_recognition_with_no_source(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


def test_no_passive_criticism_for_a_plain_participle() -> None:
    text = "The old mayor was criticized loudly at the harbour meeting."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-passive"]


def test_evidential_after_and_takes_the_second_clause_subject() -> None:
    text = (
        "The ferry docks there close for repairs on Monday and Ortega appears to have the "
        "harbour to himself."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == ["Ortega appears to have the harbour to himself"]
    text = "In the valley, Mrs. Ortega and Mr. Lind appeared to be locked in a close race."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [
        "Mrs. Ortega and Mr. Lind appeared to be locked in a close race"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It seemed like the committee members had decided to find common ground.",
            "the committee members had decided to find common ground",
        ),
        (
            "It now seems inevitable that the two towns will share one school.",
            "inevitable that the two towns will share one school",
        ),
    ],
)
def test_it_seems_like_and_it_seems_inevitable_that(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]
    assert [q.text for q in found] == [content]


def test_no_it_seems_for_a_plain_adjective() -> None:
    text = "It seems unfair to the farmers who planted early this spring."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-evidential"]


def test_as_source_with_an_adjunct_before_its_comma() -> None:
    text = (
        "But as Ana Ruiz points out in a column on the city paper, small ferries lose money "
        "every winter."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]
    assert [(q.text, q.speaker) for q in found] == [
        ("small ferries lose money every winter", "Ana Ruiz")
    ]


def test_headline_with_a_one_word_object() -> None:
    text = "Harbour workers' union endorses Ortega.\n\nThe union voted on Monday night in the port."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-headline"]
    assert [(q.text, q.speaker) for q in found] == [("Ortega", "Harbour workers' union")]


@pytest.mark.parametrize(
    ("title", "content", "speaker"),
    [
        ("Fishermen rebuke Ortega plan for a new pier.", "Ortega plan for a new pier", "Fishermen"),
        (
            "Some councillors promote the tram plan, hoping to win the vote.",
            "the tram plan",
            "Some councillors",
        ),
    ],
)
def test_headline_with_more_verbs_ends_before_a_participle(
    title: str, content: str, speaker: str
) -> None:
    text = f"{title}\n\nThe council met on Monday night in the old town hall."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-headline"]
    assert [(q.text, q.speaker_mention) for q in found] == [(content, speaker)]


def test_no_headline_report_for_a_storm() -> None:
    text = "Storm hits coast.\n\nThe storm reached the harbour on Monday night."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-headline"]


def test_clickbait_headline_with_just_and_a_past_verb() -> None:
    text = (
        "Ortega Just Announced Who He Would Pick For Harbour Chief – It May Surprise You.\n\n"
        "Mayor Luis Ortega spoke on Monday night in the old town hall."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-headline"]
    assert [(q.text, q.speaker_mention) for q in found] == [
        ("Who He Would Pick For Harbour Chief", "Ortega")
    ]
    text = "Ortega just made history.\n\nMayor Luis Ortega left on Monday night."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-headline"]


def test_title_label_after_a_capitals_rubric() -> None:
    text = (
        "EXCLUSIVE – Luis Ortega: Don’t Trust the New Harbour Plan.\n\n"
        "Mayor Luis Ortega spoke on Monday night. Ortega said the plan was rushed."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-colon"]
    assert [(q.text, q.speaker) for q in found] == [
        ("Don’t Trust the New Harbour Plan", "Luis Ortega")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The board chose to favour Ortega, seen as the safer pair of hands for the port.",
            "the safer pair of hands for the port",
        ),
        (
            "Ortega kept his lead even while being portrayed as a weak manager of the harbour.",
            "a weak manager of the harbour",
        ),
    ],
)
def test_view_in_a_participle_phrase(text: str, content: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-passive"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


def test_no_view_for_as_after_a_plain_participle() -> None:
    text = "The harbour, rebuilt as a marina, opened to boats in the spring."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-passive"]


def test_finding_with_a_long_source_that_opens_with_its_noun() -> None:
    text = (
        "A study by two economists of the University of Leeds and the harbour board of the "
        "old port concluded that small ferries lose money every winter."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.text for q in found] == ["small ferries lose money every winter"]
    text = (
        "The two economists of the University of Leeds and the harbour board of the old port "
        "in their study concluded that small ferries lose money every winter."
    )
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-finding"]


def test_finding_in_a_trailing_with_phrase() -> None:
    text = "The two mayors are locked in a close race, with polls showing her early lead gone."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [(q.text, q.speaker_mention) for q in found] == [("her early lead gone", "polls")]


def test_title_label_whose_name_comes_back_in_transcript_capitals() -> None:
    text = (
        "Mayor Ortega: The Harbour Plan Is ‘Far Too Rushed.’\n\n"
        "Mayor Luis Ortega spoke to the radio on Monday.\n\n"
        "ORTEGA: We need more time for this plan."
    )
    found = [q for q in extract_quotes(text) if q.start < 50 and q.rule == "indirect-colon"]
    assert [(q.text, q.speaker) for q in found] == [
        ("The Harbour Plan Is ‘Far Too Rushed.’", "Luis Ortega")
    ]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "In their view, the harbour could lose its ferries by the end of the decade.",
            "the harbour could lose its ferries by the end of the decade",
            "their",
        ),
        (
            "The only other step, in Professor Lind's view, would be a new tax on fuel.",
            "would be a new tax on fuel",
            "Professor Lind",
        ),
    ],
)
def test_whose_view_a_clause_is(text: str, content: str, mention: str) -> None:
    found = [q for q in extract_quotes(text) if q.rule == "indirect-parenthetical"]
    assert [(q.text, q.speaker_mention) for q in found] == [(content, mention)]


def test_no_view_report_for_a_view_of_the_sea() -> None:
    text = "The hotel rooms in the old town have a view of the sea and the harbour."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_finding_source_drops_a_trailing_evidential() -> None:
    text = "Another email released last month appears to show that the mayor misled the board."
    found = [q for q in extract_quotes(text) if q.rule == "indirect-finding"]
    assert [q.speaker_mention for q in found] == ["Another email released last month"]


def test_expected_of_a_surname_known_only_from_a_possessive() -> None:
    text = (
        "Luis Reyes’ campaign bought radio time on Monday.\n\n"
        "The ads run in the north, where Reyes is expected to win easily."
    )
    found = [q for q in extract_quotes(text) if q.rule == "indirect-expected"]
    assert [q.text for q in found] == ["Reyes is expected to win easily"]


def test_quoted_as_saying_credits_the_person_quoted():
    """ "The paper quoted X as saying ...": X said it; the paper only reports it."""
    text = "The Gazette quoted a senior harbour official as saying the new pier would open in May."
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (q.speaker, q.text) == ("a senior harbour official", "the new pier would open in May")
    text = "The Gazette quoted Mira Holt as saying that the pier would open in May."
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert q.speaker == "Mira Holt"
    # not a quoting verb: the subject is the speaker as before
    text = "Mira Holt was seen as saying too little, the Gazette wrote."
    assert all(q.speaker != "too little" for q in extract_quotes(text))


def _stance_texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text) if q.rule == "indirect-stance"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor views the senator as a reckless spender who has squandered the surplus.",
            "the senator as a reckless spender who has squandered the surplus",
        ),
        (
            "The coach views the defeat as the work of a tired squad.",
            "the defeat as the work of a tired squad",
        ),
        (
            "She hopes to prove that the plan is sound, and that she is just as strong today as "
            "she was in May.",
            "prove that the plan is sound, and that she is just as strong today as she was in May",
        ),
    ],
)
def test_stance_as_complement_is_no_clause(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_stance_ends_before_as_clause() -> None:
    text = "The mayor praised the firefighters as the crews battled the blaze."
    assert _stance_texts(text) == ["the firefighters"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coach thanked his players, his assistants and the fans.",
            "his players, his assistants and the fans",
        ),
        (
            "The tenants objected to the landlord's plans to close the laundry, even for a single "
            "week, without any notice.",
            "the landlord's plans to close the laundry, even for a single week, without any notice",
        ),
    ],
)
def test_stance_object_runs_through_list_and_adjunct(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council questioned the contractor's delays, his invoices and his safety record.",
            "the contractor's delays, his invoices and his safety record",
        ),
        (
            "The panel announced four grants for schools, two for clinics and one for a library, "
            "a result which pleased the mayor.",
            "four grants for schools, two for clinics and one for a library",
        ),
    ],
)
def test_object_report_runs_through_list(text: str, content: str) -> None:
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-object"]
    assert found == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor praised the firefighters, and the council voted to fund them.",
            "the firefighters",
        ),
        ("The union criticized the cuts, and workers walked out.", "the cuts"),
        ("The governor criticized Smith, the state treasurer.", "Smith"),
        ("The senator endorsed Jones, saying he would win.", "Jones"),
        ("The senator opposed the levy, a move his rivals called reckless.", "the levy"),
        ("The senator opposed the levy, despite the pleas of farmers.", "the levy"),
    ],
)
def test_stance_object_stops_before_clause_or_comment(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_stance_object_takes_its_relative_clause() -> None:
    text = "The senator praised Jane Doe, who retired after a long career in the navy."
    assert _stance_texts(text) == ["Jane Doe, who retired after a long career in the navy"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor praised the rebates, which economists say helped families.", "the rebates"),
        ("The mayor thanked the rebels, who have since endorsed the levy.", "the rebels"),
    ],
)
def test_stance_object_leaves_a_relative_clause_that_reports(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor asks at every meeting.",
        "The campaign blasted out a letter to donors.",
        "Her team was contending with a flood of complaints.",
        "The two senators playfully mocked each other.",
        "Despite their feud, the two mayors praised one another.",
    ],
)
def test_no_stance_in_place_sending_struggle_or_reciprocal(text: str) -> None:
    assert _stance_texts(text) == []


def test_stance_blasted_still_criticizes() -> None:
    assert _stance_texts("The senator blasted the council.") == ["the council"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor hopes his new budget for the coming year will pass easily.",
            "his new budget for the coming year will pass easily",
        ),
        (
            "He is hoping that towns, led by Dover, will adopt the plan.",
            "towns, led by Dover, will adopt the plan",
        ),
    ],
)
def test_stance_hope_takes_a_clause_with_a_long_subject(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_participle_saying_takes_a_clause_with_an_aside_in_dashes() -> None:
    text = (
        "The agency responded on Friday, stating state and local police – and not the army – are "
        "in charge of the parade."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-participle"]
    assert found == ["state and local police – and not the army – are in charge of the parade"]


def test_stance_hope_for_an_object_stays_an_object() -> None:
    assert _stance_texts("The senator hopes for a deal.") == ["a deal"]


def test_stance_object_takes_its_appositive_after_a_dash() -> None:
    text = (
        "The mayor discussed one of her favourite projects — the bridge that would link the two "
        "harbours."
    )
    assert _stance_texts(text) == [
        "one of her favourite projects — the bridge that would link the two harbours"
    ]


def test_object_report_takes_its_list_after_a_colon() -> None:
    text = (
        "The coach reiterated his goals: winning the league, keeping the squad fit and finding a "
        "new striker."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-object"]
    assert found == [
        "his goals: winning the league, keeping the squad fit and finding a new striker"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor thanked the crew — stopping short of praising the chief.", "the crew"),
        ("The mayor thanked the crew — the board was absent.", "the crew"),
    ],
)
def test_stance_object_stops_at_a_dash_before_a_participle_or_clause(
    text: str, content: str
) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor thanked the nurses, the doctors and the porters, as well as the volunteers.",
            "the nurses, the doctors and the porters, as well as the volunteers",
        ),
        (
            "The senator cast himself as a friend of farmers when it comes to water rights.",
            "himself as a friend of farmers when it comes to water rights",
        ),
        ("The group, which expects 2,000 to attend, will march on Sunday.", "2,000 to attend"),
        ("The mayor praised the nurses, as the crowd cheered.", "the nurses"),
    ],
)
def test_stance_content_runs_past_as_well_as_a_number_and_when_it_comes_to(
    text: str, content: str
) -> None:
    assert _stance_texts(text) == [content]


def test_stance_object_runs_through_a_list_of_gerunds() -> None:
    text = (
        "Both want the state playing a role in building roads, funding schools and protecting "
        "parks."
    )
    assert _stance_texts(text) == [
        "the state playing a role in building roads, funding schools and protecting parks"
    ]


def test_object_report_list_stops_at_a_dash() -> None:
    text = (
        "The firm reported holdings in firms like Acme Co., Apex Inc. and a bakery — all of them "
        "local."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-object"]
    assert found == ["holdings in firms like Acme Co., Apex Inc. and a bakery"]


def test_stance_object_stops_before_a_participle() -> None:
    text = "The mayor praised the plan, citing its cost and noting its speed."
    assert _stance_texts(text) == ["the plan"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor blasted the mayor on Tuesday over his handling of the flood, hours after "
            "the river crested.",
            "the mayor on Tuesday over his handling of the flood",
        ),
        (
            "The union attacked the firm during the strike for its treatment of drivers.",
            "the firm during the strike for its treatment of drivers",
        ),
        ("The governor blasted the mayor on Tuesday in a long speech.", "the mayor"),
    ],
)
def test_stance_object_takes_its_reason_after_a_time(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Analysts, who pointed out that such a levy - unheard of until now - would hurt "
            "farmers, met the minister.",
            "such a levy - unheard of until now - would hurt farmers",
        ),
        (
            "Analysts pointed out that such a levy - unheard of until now - would hurt farmers.",
            "such a levy - unheard of until now - would hurt farmers",
        ),
    ],
)
def test_stance_that_such_opens_a_clause_with_a_dash_aside(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_stance_object_keeps_its_demonstrative() -> None:
    assert _stance_texts("The senator rejected that argument.") == ["that argument"]


def test_no_object_report_after_its_own() -> None:
    text = "The committee worked late to draft its own recommended list of candidates."
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-object"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Residents fear for their homes and are leaving the valley.", []),
        ("The senator fears the levy will hurt farmers.", ["the levy will hurt farmers"]),
        ("The mayor thanked the crews and was cheered by the crowd.", ["the crews"]),
    ],
)
def test_stance_object_stops_at_a_second_predicate_with_be(text: str, found: list[str]) -> None:
    assert _stance_texts(text) == found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor is seeking to win over voters backed by Smith, who left the race in May.",
            "win over voters backed by Smith, who left the race in May",
        ),
        (
            "The mayor sought to attack Smith on his record, which he needed to do to win.",
            "attack Smith on his record",
        ),
        ("The mayor praised the plan, which he had drafted himself.", "the plan"),
    ],
)
def test_stance_infinitive_takes_a_relative_clause_without_its_own_subject(
    text: str, content: str
) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "I continue to believe that the levy will pass because voters were promised new "
            "schools.",
            "the levy will pass because voters were promised new schools",
        ),
        (
            "The mayor is hopeful that the levy will pass when voters have seen the schools.",
            "the levy will pass when voters have seen the schools",
        ),
        ("The mayor praised the crews because they had worked through the night.", "the crews"),
    ],
)
def test_stance_that_clause_keeps_its_subordinate_clause(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_object_report_ends_at_a_closing_parenthesis() -> None:
    text = "The union praised the deal (the firm called it fair)."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-object"]
    assert found == ["it fair"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Some farmers are so strongly opposed to the levy that they are selling their land.",
            "the levy",
        ),
        (
            "Some farmers are opposed to the levy that the council passed.",
            "the levy that the council passed",
        ),
    ],
)
def test_stance_adjective_after_so_ends_before_the_result_clause(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


def test_object_report_keeps_the_period_it_reports_on() -> None:
    text = (
        "The campaign reported raising about $2 million during the month, most of it from small "
        "donors."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-object"]
    assert found == ["raising about $2 million during the month, most of it from small donors"]


def test_stance_object_ends_before_during_an_event() -> None:
    assert _stance_texts("The mayor praised the crews during the storm.") == ["the crews"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor endorsed Sen. Jane Roe (D-Ohio) Wednesday.", "Sen. Jane Roe (D-Ohio)"),
        (
            "The mayor blamed a fire that hit a depot some 50 meters (yards) away from the "
            "station on faulty wiring.",
            "a fire that hit a depot some 50 meters (yards) away from the station on faulty wiring",
        ),
        ("The mayor praised the crews (and the cooks, who worked all night).", "the crews"),
    ],
)
def test_stance_object_runs_past_a_short_gloss_in_parentheses(text: str, content: str) -> None:
    assert _stance_texts(text) == [content]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        (
            "Last year, Acme Corp. gave $2 million to a group backing Senator Jane Roe of Ohio.",
            "a group",
            "Senator Jane Roe of Ohio",
        ),
        (
            "A super PAC supporting Tom Lee’s campaign for the GOP nomination spent $2 million on "
            "ads.",
            "A super PAC",
            "Tom Lee’s campaign for the GOP nomination",
        ),
        ("The union ran commercials opposing Jane Roe.", "commercials", "Jane Roe"),
    ],
)
def test_stance_of_a_group_or_an_ad_modified_by_a_stance_participle(
    text: str, mention: str, content: str
) -> None:
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [(mention, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Voters backing Roe stayed home.",
        "She was accused of supporting the rebels.",
        "Democrats supporting the bill met on Monday.",
    ],
)
def test_no_modifier_stance_of_people_or_after_a_preposition(text: str) -> None:
    assert _stance_texts(text) == []


def test_modifier_stance_comes_beside_the_main_stance() -> None:
    text = "The union, which ran ads opposing Roe, praised the new tax plan."
    assert _stance_texts(text) == ["Roe", "the new tax plan"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("The mayor knew it was risky.", ["it was risky"]), ("The mayor knew it well.", [])],
)
def test_cognition_verb_takes_a_bare_clause_opening_with_it(text: str, found: list[str]) -> None:
    assert _stance_texts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The governor then addressed the crowd again.", []),
        ("The governor addressed the question of tolls.", ["the question of tolls"]),
    ],
)
def test_addressing_an_audience_is_no_stance(text: str, found: list[str]) -> None:
    assert _stance_texts(text) == found


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        ("The mayor gave a speech attacking the governor.", "a speech", "the governor"),
        (
            "The group ran ads attacking the presumptive Republican nominee.",
            "ads",
            "the presumptive Republican nominee",
        ),
    ],
)
def test_stance_of_a_speech_or_an_ad_attacking(text: str, mention: str, content: str) -> None:
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [(mention, content)]


def test_stance_content_skips_whom_it_was_said_to() -> None:
    text = "Jones claimed in an interview with Channel Four that he’s not backing any candidate."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("Jones", "he’s not backing any candidate")]  # the that-clause's report


def test_report_verb_takes_a_bare_clause_to_its_end() -> None:
    text = "The paper reports the two rivals had a falling out after the vote in May."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["the two rivals had a falling out after the vote in May"]


def test_report_verb_object_still_ends_before_after() -> None:
    text = "The paper reported heavy losses after the flood."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["heavy losses"]


def _subst_reports(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]


def test_stance_in_a_trailing_subordinate_clause() -> None:
    text = "The farmers left the cooperative because they opposed the merger with Delta Feeds."
    assert _subst_reports(text) == [("they", "the merger with Delta Feeds")]


def test_stance_in_a_fronted_subordinate_clause_ends_with_the_clause() -> None:
    text = "Although many farmers oppose the quota, the minister signed the order on Friday."
    assert _subst_reports(text) == [("many farmers", "the quota")]


def test_stance_after_a_temporal_subordinator() -> None:
    text = "Shares of the mill fell sharply after the mayor criticized the lease with Orbis."
    assert _subst_reports(text) == [("the mayor", "the lease with Orbis")]


def test_no_subordinate_stance_for_a_condition_or_an_aside() -> None:
    assert _subst_reports("The levy will pass if the farmers support the deal.") == []
    aside = "As Ms. Orr points out in a column, the ferry is late."
    assert _subst_reports(aside) == [("Ms. Orr", "the ferry is late")]
    assert _subst_reports("The plan failed because it threatens the harbour.") == []


def test_no_subordinate_stance_when_the_cue_is_a_noun() -> None:
    text = "The vote was held when the harbour committee report was finished."
    assert _subst_reports(text) == []


def test_second_predicate_ends_with_a_fronted_subordinate_clause() -> None:
    text = (
        "When the mayor later praised the divers and vowed to rebuild the pier, the crowd cheered."
    )
    assert _subst_reports(text) == [
        ("the mayor", "the divers"),
        ("the mayor", "to rebuild the pier"),
    ]


def test_subordinate_stance_is_its_own_subjects_not_the_opening_phrases() -> None:
    text = "The mayor went to the harbour hours after the governor praised the new pier."
    assert _subst_reports(text) == [("the governor", "the new pier")]


def test_subordinate_stance_of_joined_subjects() -> None:
    text = "The bill stalled while nurses and local doctors warned of a measles outbreak."
    assert _subst_reports(text) == [("nurses and local doctors", "a measles outbreak")]


def test_no_subordinate_stance_across_two_joined_clauses() -> None:
    text = "As the hearing dragged on and Mr. Ames stood by his remark, the room emptied."
    assert all(
        q.speaker_mention != "the hearing dragged on and Mr. Ames" for q in extract_quotes(text)
    )


def test_second_stance_with_a_copula_and_a_stance_adjective() -> None:
    text = "Many growers want a better price and are not confident that the board will listen."
    assert _subst_reports(text) == [
        ("Many growers", "a better price"),
        ("Many growers", "the board will listen"),
    ]


def test_no_second_stance_after_a_copula_without_a_stance_adjective() -> None:
    text = "Many growers want a better price and are tired of waiting for the board."
    assert _subst_reports(text) == [("Many growers", "a better price")]


def test_stance_of_majorities_in_a_place() -> None:
    text = "Majorities in most coastal towns see the new levy as a burden on fishermen."
    assert _subst_reports(text) == [
        ("Majorities in most coastal towns", "the new levy as a burden on fishermen")
    ]


def test_participle_between_a_subject_and_its_report_verb() -> None:
    text = "The Herald, citing court filings, reported that the mayor had sold the pier."
    assert _subst_reports(text) == [
        ("Herald", "court filings"),
        ("Herald", "the mayor had sold the pier"),
    ]


def test_no_participle_report_for_an_aside_that_is_no_stance() -> None:
    text = "The Herald, running short of staff, reported that the mayor had sold the pier."
    assert [q.rule for q in extract_quotes(text)] == ["indirect-that"]


def test_stance_of_a_description_named_in_a_dash_aside() -> None:
    text = "The two engineers -- Ms. Ortiz and Mr. Kamau -- agreed the bridge needs new cables."
    assert _subst_reports(text) == [("The two engineers", "the bridge needs new cables")]


def test_no_subordinate_stance_for_an_occasion_in_a_time_clause() -> None:
    text = "As she welcomed several hundred guests, the senator was also raising money."
    assert _subst_reports(text) == []


def test_stance_after_and_yet_and_a_fronted_place() -> None:
    text = "And yet, across most of the valley, farmers want to limit the new dams."
    assert _subst_reports(text) == [("farmers", "limit the new dams")]


def test_subordinate_stance_of_a_bare_plural_or_a_quantifier() -> None:
    text = "The levy passed when local doctors argued for a lower rate."
    assert _subst_reports(text) == [("local doctors", "a lower rate")]
    text = "While many agreed with the plan, the board delayed it."
    assert _subst_reports(text) == [("many", "the plan")]


def test_no_subordinate_stance_for_a_lone_noun_or_a_singular_after_as() -> None:
    text = "The minister refused to reopen the deal as unions threatened a summer of strikes."
    assert all(q.speaker_mention != "unions" for q in extract_quotes(text))
    text = "Her years as mayor of Linton have shaped the plan."
    assert _subst_reports(text) == []


def test_participle_of_naming_or_joking_after_the_main_clause() -> None:
    text = "The mayor attacked the ferry company, calling its fares a scandal."
    assert ("The mayor", "its fares a scandal") in _subst_reports(text)
    text = "The mayor barely mentioned the budget, joking that nobody reads it anyway."
    assert ("The mayor", "nobody reads it anyway") in _subst_reports(text)


def test_calling_as_a_gerund_does_not_stop_a_later_participle() -> None:
    text = "The mayor mocked Ames for calling himself a reformer, noting that he raised fares."
    assert ("The mayor", "that he raised fares") in _subst_reports(text)


def test_participle_of_an_offer_or_a_list_after_the_main_clause() -> None:
    text = "The minister has been vague about the port, offering few details beyond a memo."
    assert ("The minister", "few details beyond a memo") in _subst_reports(text)


def test_subordinate_clause_fronted_to_a_second_main_clause_ends_at_its_comma() -> None:
    text = "The mayor spoke for an hour, but when he promised to cut the fares, the crowd cheered."
    assert _subst_reports(text) == [("he", "cut the fares")]


def test_subordinate_clause_after_a_fronted_adverbial_ends_at_its_comma() -> None:
    text = "Last year, after the mayor vowed to cut fares, the ferry company sued."
    assert _subst_reports(text) == [("the mayor", "cut fares")]


def test_no_subordinate_stance_for_a_negated_verb_read_as_a_subject() -> None:
    text = "And although many members haven't come out in support of Ames, others did."
    assert all("n't" not in (q.speaker_mention or "") for q in extract_quotes(text))


def test_subordinate_clause_in_a_dash_aside_ends_at_the_dash() -> None:
    text = "Without the levy - as the mayor claims to want - the port would have closed."
    assert _subst_reports(text) == [("the mayor", "want")]


def test_an_interview_with_someone_before_that_is_no_part_of_the_report():
    """ "said in an interview with the Harbour Times that ...": the report starts after "that"."""
    for text in (
        "The mayor said in an interview with the Harbour Times that the levy will pass.",
        "The mayor agreed in a meeting with Channel Four that the levy will pass.",
        "The mayor said in an interview the levy will pass.",
    ):
        found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
        assert found == ["the levy will pass"], text


def test_second_trailing_report_starts_after_the_first() -> None:
    text = (
        "In Dover, farmers lined the road with tractors, WDEL reported, while in Newark the fair "
        "opened with a parade of horses, the Newark Post reported."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        ("WDEL", "In Dover, farmers lined the road with tractors"),
        ("the Newark Post", "in Newark the fair opened with a parade of horses"),
    ]


def test_relative_report_after_according() -> None:
    text = (
        "Acme has reached a deal with the miners who left work in May, according to the "
        "ministry, ending a long strike that company managers said could hurt profits."
    )
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        ("indirect-according", "Acme has reached a deal with the miners who left work in May"),
        ("indirect-relative", "that company managers said could hurt profits"),
    ]
    text = (
        "Acme has reached a deal with the miners who left work in May, according to the "
        "ministry, ending a long strike that cost millions."
    )
    assert [q.rule for q in extract_quotes(text) if q.kind == "indirect"] == ["indirect-according"]


def test_same_subject_report_after_object_report() -> None:
    text = (
        "In May, Acme reported weak sales and higher costs, and said it was still losing money "
        "on every order."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        ("Acme", "weak sales and higher costs"),
        ("Acme", "it was still losing money on every order"),
    ]
    text = (
        "In May, Acme reported weak sales and higher costs, and its rivals gained ground on "
        "every order."
    )
    assert len([q for q in extract_quotes(text) if q.kind == "indirect"]) == 1


def test_subject_before_a_contracted_negation() -> None:
    text = "The county report doesn't mention the rising cost of the bridge repairs."
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("The county report", "the rising cost of the bridge repairs")]
    # the quote after a negated verb is not the subject's own words
    text = "Ortega has criticized the trolls, saying his staff doesn’t want “that junk,” on Monday."
    assert [q.speaker for q in extract_quotes(text) if q.kind == "partial"] == ["Ortega"]


def test_negated_cue_has_no_trailing_content() -> None:
    text = (
        "Even as she praised the new mayor for his budget work, Hale wouldn't directly comment "
        "on the plan for the harbor."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert not any(t.startswith("Even as") for t in found)


def test_said_and_called_split_after_a_first_report() -> None:
    text = (
        "While the builder didn't disclose the price of the new tower in the harbor, she did say "
        "she found the mayor to be very helpful and called the plan a bold step."
    )
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        ("indirect-object", "the price of the new tower in the harbor"),
        ("indirect-that", "she found the mayor to be very helpful"),
        ("indirect-coordinated", "the plan a bold step"),
    ]


def test_lower_case_subject_after_while() -> None:
    text = (
        "While longtime Ohio party hands say there is value in an early visit to the farm towns, "
        "they say the late push in the cities was wasted."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found[0] == (
        "longtime Ohio party hands",
        "there is value in an early visit to the farm towns",
    )
    text = (
        "While new Ohio tax rules say there is value in an early filing for the farm towns, the "
        "late push in the cities was wasted."
    )
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Asked about the error, the campaign manager Kay Dunn did not apologize, but said "
            "the boy was acting out of worry.",
            "Kay Dunn",
        ),
        (
            "Chastened by the reviews, as well as complaints over its costs, Hale revised her "
            "plan, promising to spend more of it on rural schools.",
            "Hale",
        ),
    ],
)
def test_sentence_subject_after_a_fronted_participle(text: str, speaker: str) -> None:
    found = [q for q in extract_quotes(text) if q.kind == "indirect" and q.rule != "indirect-asked"]
    assert [q.speaker_mention for q in found] == [speaker]


def test_subject_before_a_long_aside_in_dashes() -> None:
    text = (
        "Dana Price, director of the advocacy group Voters First, or VF - which was founded by "
        "former Ohio governor Walter Grant after his 2006 presidential campaign and which has "
        "endorsed Hale - said Hale has several options."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == [("Dana Price", "Hale has several options")]


def test_second_report_after_because_without_a_comma() -> None:
    text = (
        "Senators had called the hearing because they felt the agency was hiding its full report "
        "on the spill."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == [("they", "the agency was hiding its full report on the spill")]


def test_report_that_goes_on_in_a_quote_in_lower_case() -> None:
    text = (
        "Lena Park, the fund's chief strategist, said the fund might run ads against the mayor, "
        "“depending on how the race develops and whether he attacks the council first.”"
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert len(found) == 1 and found[0].startswith("the fund might run ads against the mayor")
    text = (
        "Lena Park, the fund's chief strategist, said, “We might run ads against the mayor, "
        "depending on how the race develops and whether he attacks.”"
    )
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_sentence_subject_keeps_its_head_noun() -> None:
    text = (
        "The billionaire businessman was the loudest voice at the dinner, mocking the council's "
        "budget as a fantasy."
    )
    found = [(q.speaker_mention, q.rule) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("The billionaire businessman", "indirect-participle")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rural voters were slightly more likely to say they preferred the governor on farm "
            "policy.",
            "Rural voters",
        ),
        (
            "After a strong showing in the first two counties, she's poised to argue she is in "
            "this race until the very end.",
            "she",
        ),
    ],
)
def test_subject_before_poised_more_likely_to(text: str, speaker: str) -> None:
    found = [q.speaker_mention for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == [speaker]


def test_participle_after_an_adverb() -> None:
    text = (
        "Senator Hale has raised doubts about the audit, falsely suggesting that the county had "
        "hidden its books."
    )
    found = [(q.rule, q.speaker_mention, q.text) for q in extract_quotes(text)]
    assert ("indirect-participle", "Senator Hale", "that the county had hidden its books") in found


def test_opening_subject_before_an_aside_in_horizontal_bars() -> None:
    text = (
        "Other prominent farmers, like Ada Roe, Ben Hale and Carl Ortiz ― three former county "
        "board members ― have also said they’re backing the levy."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("Other prominent farmers", "they’re backing the levy")]


def test_subject_before_a_bare_plural_of_people() -> None:
    text = (
        "Should the plant close, environmentalists worry that the cleanup could fall to taxpayers."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("environmentalists", "the cleanup could fall to taxpayers")]
    text = "Private mills and ordinary Chinese traders say the border trade has slowed for months."
    found = [q.speaker_mention for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["Private mills and ordinary Chinese traders"]
    text = (
        "The crowd booed when one of his warm-up speakers mentioned the senator's name at the fair."
    )
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_subject_before_no_copula_as_infinitive_head() -> None:
    from factcheck.parsing.speakers import subject_before

    text = "The only path is to convince the delegates who have already said they back the mayor."
    sub = subject_before(text, 0, text.index(" said ") + 1)
    assert sub is not None and sub.text == "the delegates who"
    text = "The first woman to run the port says the docks are safe again."
    sub = subject_before(text, 0, text.index(" says ") + 1)
    assert sub is not None and sub.text == "The first woman to run the port"


def test_subject_before_a_bare_plural_role_held_for_a_name() -> None:
    from factcheck.parsing.speakers import subject_before

    text = "Aides to Gov. Hale said the levy was dead."
    sub = subject_before(text, 0, text.index(" said ") + 1)
    assert sub is not None and sub.text == "Aides to Gov. Hale"
    text = "On Monday, Senator Ada Sanders of Ohio, a rival, said the levy was dead."
    sub = subject_before(text, 0, text.index(" said ") + 1)
    assert sub is not None and sub.text.startswith("Senator Ada Sanders")


def test_participle_after_adverbs_in_a_sentence_of_a_quote() -> None:
    quote = (
        '"I guess I will have to get used to a lot of that over the next few months and maybe '
        'for the whole of the year, frankly," she added, '
    )
    found = [
        (q.speaker_mention, q.text)
        for q in extract_quotes(quote + "while also saying that she expects to do well.")
        if q.kind == "indirect"
    ]
    assert found == [("she", "that she expects to do well")]
    found = [q for q in extract_quotes(quote + "while also waving.") if q.kind == "indirect"]
    assert found == []


def test_participle_takes_the_subject_of_the_cue_after_a_quote() -> None:
    text = (
        '"I have no magic answers other than hard work," replied the campaign chair Dana Ruiz, '
        "adding that the team needed to widen its circle of donors."
    )
    found = [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("Dana Ruiz", "the team needed to widen its circle of donors")]


def test_stance_adjective_in_ed_after_a_copula_is_no_passive() -> None:
    content = (
        "leaving the talks with an angry ''No Deal'' faction whose protests could embarrass "
        "the board as it seeks to close the deal"
    )
    text = f"Union leaders are worried about {content}."
    assert ("Union leaders", content) in _subst_reports(text)


def test_a_three_word_clause_with_a_noun_subject_is_reported():
    """ "Traders also say business is poor": noun, "is", complement; not any three words."""
    found = [q.text for q in extract_quotes("Harbour traders also say business is poor.")]
    assert found == ["business is poor"]
    assert not [
        q for q in extract_quotes("Harbour traders also say so too.") if q.kind == "indirect"
    ]


def test_a_plural_of_people_is_a_person_like_subject():
    """ "the respondents who support Ms. Vance": respondents are people, their support a stance."""
    text = (
        "Ms. Vance leads among the young. "
        "More than half of the respondents who support Ms. Vance are under 30."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("the respondents", "Ms. Vance")]
    # a plural of things is no holder of a stance
    text = "Ms. Vance leads. More than half of the tractors that support the crane are old."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_one_word_answer_is_the_report():
    """ "Asked if ..., the mayor said no. But she said ...": "no" is her answer, and the next
    sentence is its own report; "said no immediate decision ..." is a clause, not an answer."""
    text = "Asked if the pier would close, the mayor said no. But she said repairs would take time."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert "no" in found and "repairs would take time" in found
    text = "A lawyer for the port said no immediate decision had been made about the pier."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["no immediate decision had been made about the pier"]


def test_a_magnate_or_a_politician_is_person_like():
    """ "an Arkansas poultry magnate who previously backed X": the magnate's stance."""
    text = "Ada Crane, an Arkansas poultry magnate who previously backed Mr. Hale, gave again."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("an Arkansas poultry magnate", "Mr. Hale") in found


def test_a_fronted_phrase_is_no_subject_of_a_coordinated_stance():
    """ "Along with her husband, ..., she has given ..., but plans to ...": not the husband's
    phrase; no speaker is better than that one."""
    text = (
        "Along with her husband, Tom Reyes, a money manager, she has given to many candidates, "
        "but plans to narrow her support to one."
    )
    assert all(not (q.speaker or "").startswith("Along") for q in extract_quotes(text))


def test_a_verb_joined_inside_a_subordinate_clause_takes_its_subject():
    """ "Workers stood by as he praised the course and said that ...": he said it."""
    text = (
        "Ana Vance toured the links on Friday. Several dozen workers stood with the owner as she "
        "praised the course and said that it would reopen soon."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-coordinated"]
    assert found == [("Ana Vance", "it would reopen soon")]
    text = "The mayor survived the vote and said that the levy would pass."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-coordinated"]
    assert found == [("The mayor", "the levy would pass")]


def test_a_plain_negation_keeps_a_stance():
    """ "Ohio's Rob Harlan has not endorsed Ms. Quist": still his stance; a modal one
    ("would not endorse") is no report."""
    text = "The race went on in Ohio. Among the senators, Rob Harlan has not endorsed Ms. Quist."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("Rob Harlan", "Ms. Quist") in found
    text = "The race went on in Ohio. Rob Harlan would not endorse the levy on imports."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_restrictive_relative_late_in_a_long_clause():
    """ "In the old mill town she campaigned alongside a retired judge who had endorsed her":
    the judge's stance, however long the clause before "who"; not a place's."""
    text = (
        "The race went on in Ohio. In the old mill town she campaigned alongside a retired judge "
        "who had endorsed her."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("a retired judge", "her")]
    text = (
        "The race went on in Ohio. Out in the valley the mayor met with farmers from the county "
        "who had endorsed the levy."
    )
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_questions_about_a_wh_clause_are_reported_with_no_source():
    """ "raised new questions about whether ...": the question's clause, no speaker; a question
    about a topic ("questions about the budget") is none."""
    text = "The board met on Friday. The audit raised new questions about whether the harbour "
    text += "authority had misused its reserve funds."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-question"]
    assert found == [(None, "whether the harbour authority had misused its reserve funds")]
    text = "The board met on Friday. The audit raised new questions about the reserve funds."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_held_noun_with_its_object_is_the_holders_stance():
    """ "Others joined Ms. Quist's call for a recount": her stance, the object only; a noun
    phrase that is the subject ends before its verb."""
    text = "The board met on Friday. Other members joined Ms. Quist's call for a full recount."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert found == [("Quist", "a full recount")]
    text = "The board met on Friday. Mr. Hale's attack on the mayor shows he is worried."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert found == ["the mayor"]
    text = "The board met on Friday. The attack on the harbour left two boats damaged."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_remarks_about_and_a_push_for_are_held_stances():
    """ "his remarks about farmers": the holder's; "his remarks on Tuesday" is none (after
    "on" a day, or a topic: "comments on the video")."""
    text = "The board met on Friday. Voters were angered by Mr. Hale's remarks about farmers."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert found == [("Hale", "farmers")]
    text = "The board met on Friday. Mr. Hale did not mention the levy in his remarks on Tuesday."
    assert [q for q in extract_quotes(text) if q.rule == "indirect-held-noun"] == []


def test_a_question_about_beside_another_report():
    """ "X endorsed Y, raising questions as to whether ...": both are reported."""
    text = (
        "The board met on Friday. Mr. Hale endorsed Ms. Quist, raising questions as to whether "
        "the harbour fund can pay for it."
    )
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-question", "whether the harbour fund can pay for it") in found
    assert ("indirect-stance", "Ms. Quist") in found


def test_a_held_stance_on_a_topic():
    """ "Mr. Hale's stance on tariffs": his; "the stance on tariffs" has no holder."""
    text = "The board met on Friday. Farmers worried about Mr. Hale's stance on tariffs."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-held-noun"]
    assert found == [("Hale", "tariffs")]
    text = "The board met on Friday. Farmers worried about the stance on tariffs."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_stance_not_yet_taken():
    """ "Mr. Hale has yet to endorse Ms. Quist": his stance, as "has not endorsed" is."""
    text = "The race went on in Ohio. Mr. Hale has yet to endorse Ms. Quist for the seat."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("Hale", "Ms. Quist for the seat") in found


def test_an_opening_subordinator_is_no_part_of_the_subject():
    """ "After the Denver Courier endorsed X, the paper's owners received threats": not a stance
    of "After the Denver Courier" running over the main clause."""
    text = (
        "The race went on in Ohio. After the Denver Courier endorsed a Democrat for president, "
        "the paper's owners received threats."
    )
    for q in extract_quotes(text):
        assert not (q.speaker or "").startswith("After")
        assert "received threats" not in q.text


def test_a_name_a_which_follows_is_no_antecedent_of_his():
    """ "other groups, including Al Shabaab, which in his view has gained strength": the view
    is the analyst's, not the group's; a name "who" follows stays a person."""
    text = (
        "Analyst Fred Kagan spoke on Monday. He warned about other radical groups, including "
        "Al Shabaab, which in his view has gained strength in recent years."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("Fred Kagan", "which in his view has gained strength in recent years") in found
    assert all(q.speaker != "Al Shabaab" for q in extract_quotes(text))
    text = (
        "Analyst Fred Kagan met Senator Tom Reed, who chairs the panel. Later he said that the "
        "plan would fail."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("Tom Reed", "the plan would fail")]


def test_a_view_after_another_report_in_its_sentence():
    """ "He insists that ..., including X, which in his view has ...": the view beside the
    report is a second one; a sentence with no view holds only the report."""
    text = (
        "Analyst Fred Kagan said in an interview. But he insists that it must be part of a wider "
        "plan that also focuses on other radical groups, including Al Shabaab, which in his view "
        "has gained strength in recent years."
    )
    rules = [q.rule for q in extract_quotes(text) if q.kind == "indirect"]
    assert "indirect-parenthetical" in rules
    text = text.replace("which in his view has", "which has")
    rules = [q.rule for q in extract_quotes(text) if q.kind == "indirect"]
    assert "indirect-parenthetical" not in rules


def test_a_stance_participle_joined_by_and_to_a_reported_one():
    """ "..., mocking his famous ''Job Done'' speech and pointedly saying ...": the first
    participle is a stance of the same subject too; "shaking hands and saying" holds none."""
    for mark in ("''", '"'):
        text = (
            "Mr. Dunn held a news conference in which he continued his attack on Mr. Platt, "
            f"mocking his famous {mark}Job Done{mark} speech during the flood and pointedly "
            "saying the state was not ready."
        )
        found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
        assert ("indirect-participle", f"his famous {mark}Job Done{mark} speech") in found
        assert ("indirect-participle", "the state was not ready") in found
    text = "Mr. Dunn attacked Mr. Platt, mocking his famous speech and saying the state was weak."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert "his famous speech" in found and "the state was weak" in found
    text = "Senator Ana Ruiz toured the plant, shaking hands and saying that jobs would return."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["that jobs would return"]


def test_what_a_subject_calls_is_its_stance():
    """ "protests against what they call the ''rigged'' nomination of X": the naming is the
    stance of the subject of "call", with scare quotes of either kind or none; "what they
    called for" is no naming."""
    for mark in ("''", '"', ""):
        text = (
            "A week later, an army of Lisa Dorn supporters will be planning protests against "
            f"what they call the {mark}rigged{mark} nomination of Tom Hale."
        )
        found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
        assert any(f.endswith(f"the {mark}rigged{mark} nomination of Tom Hale") for f in found)
    text = (
        "Lisa Dorn has made tax reform and ending what she calls graft in city hall a major "
        "focus of her campaign."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("Lisa Dorn", "what she calls graft in city hall") in found
    text = "Lisa Dorn got what she called for when the board met on Monday."
    assert not [q for q in extract_quotes(text) if q.text.startswith("what")]
    text = "What Mr. Dunn calls a plan is little more than a wish list."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_it_means_the_name_a_which_followed():
    """ "a firm called Vantor Labs, which specializes in building what it calls ...": "it" is
    the firm, not an organisation named earlier."""
    text = (
        "The Daily Ledger first reported the payments. The PACs paid $300,000 to a firm called "
        'Vantor Labs, which specializes in building what it calls "deep" profiles of voters.'
    )
    found = [q.speaker for q in extract_quotes(text) if q.text.startswith("what it calls")]
    assert found == ["Vantor Labs"]


def test_a_say_participle_after_a_quote_that_fills_the_sentence():
    """'"...," Dunn said, adding that Platt is "surely the most honest of them."': the report
    after the comma is the speaker's, though quotes fill most of the sentence; "shrugging" is
    no say-participle."""
    text = '"He stands for the workers," Dunn said, adding that Platt is "surely the most honest."'
    found = [(q.rule, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("indirect-participle", "Dunn")]
    text = text.replace("adding", "shrugging")
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_a_mid_participle_aside_may_hold_quotes():
    """ "Mrs. Dorn, mocking the ''great wall'' plan, said ...", "The Ledger, citing internal
    "memos," reported ...": the aside is the subject's stance with its quotes (the comma may
    stand inside them); "smiling at" is no stance."""
    for mark in ("''", '"'):
        text = f"Mrs. Dorn, mocking the {mark}great wall{mark} plan, said the state would not pay."
        found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
        assert ("indirect-participle", f"the {mark}great wall{mark} plan") in found
    text = "The Ledger, citing internal ''memos,'' reported that the state would not pay."
    found = [(q.rule, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("indirect-participle", "internal ''memos,''") in found
    text = 'Mrs. Dorn, smiling at the "great wall" plan, said the state would not pay.'
    assert not [q for q in extract_quotes(text) if q.rule == "indirect-participle"]


def test_a_place_or_a_group_name_takes_no_he_or_she():
    """ "Ana Ruiz, a pollster working with Voters USA, said ...; she ...": neither "West Ohio"
    nor "Voters USA" nor "Citizens United" is whom "she" means; a person's name still is."""
    text = (
        "Ana Ruiz, a pollster who works with Voters USA, spoke in West Ohio. "
        "She said that the race was close."
    )
    found = [q.speaker for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["Ana Ruiz"]
    text = "Ana Ruiz met Carla Westin on Monday. She said that the race was close."
    found = [q.speaker for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["Carla Westin"]


def test_a_full_name_loses_an_opening_word_and_a_possessive():
    """ "Had Dorn won ...": "Dorn" is Lisa Dorn, not "Had Dorn"; "Dorn’s tax plan": Dorn; the
    Ledger's Ian Pratt is Ian Pratt. A first name that opens the sentence stays."""
    text = (
        "Lisa Dorn spoke on Monday; she had hoped for more. Had Dorn won the vote, the plan "
        "would pass. "
        "Dorn said that the race was close."
    )
    found = [q.speaker for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["Lisa Dorn"]
    text = (
        "Writing on Monday, Daily Ledger's Ian Pratt said that the plan would fail. Pratt added "
        "that it was late."
    )
    found = [q.speaker for q in extract_quotes(text) if q.text == "it was late"]
    assert found == ["Ian Pratt"]
    text = "Mark Pratt spoke on Monday. He said that the plan would fail."
    found = [q.speaker for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["Mark Pratt"]


def test_a_name_after_an_opening_conjunction_is_a_mention():
    """ "But Hale also struck ..., trumpeting what he called ...": "he" is Hale, the subject
    named after "But", not Dorn named later in the sentence."""
    text = (
        "Donald Hale spoke in Ohio. Bernie Dorn spoke too. But Hale also struck populist notes "
        "similar to those Dorn had sounded, trumpeting what he called his self-funded campaign."
    )
    found = [q.speaker for q in extract_quotes(text) if q.text.startswith("what he called")]
    assert found == ["Donald Hale"]


def test_a_report_in_a_free_relative_ends_with_the_relative():
    """ "The gap between what X says her plan would do, and ..., widened": only the relative's
    clause was said."""
    text = (
        "The gap between what Rivera says her housing plan would do, and what it would actually "
        "cost, widened last year after the audit."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == [("Rivera", "her housing plan would do")]


def test_an_object_relative_on_the_reported_noun_stays_in_the_report():
    """ "..., which by Monday had been put back": a relative with its own subject or adjunct is
    part of what was said; "..., which is a common prank" (a comment on it) is not."""
    text = (
        "The ranger said that somebody had moved the trail marker, which by Monday had been put "
        "back in place."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == [
        "somebody had moved the trail marker, which by Monday had been put back in place"
    ]
    text = "The ranger said that somebody had moved the trail marker, which is a common prank."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["somebody had moved the trail marker"]


def test_a_bare_clause_with_a_long_subject_and_an_irregular_past():
    """ "said his band and his collaborator X, known as Y, wrote ...": "wrote" has no "-ed",
    and the clause is the speaker's report, not a report by X."""
    text = (
        "Rossi said his band and his longtime collaborator Tom Ray, known as Blue Fox, wrote a "
        "dozen new tracks for the record."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        (
            "Rossi",
            "his band and his longtime collaborator Tom Ray, known as Blue Fox, wrote a dozen new "
            "tracks for the record",
        )
    ]
    text = "Rossi said goodbye to his longtime collaborator Tom Ray at the gate before he left."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_that_before_an_adverbial_opens_the_reported_clause():
    """ "said in a talk on Monday that given ..., he ...": "that" before "given", "even if" or a
    number opens a clause; "said that to the crew" is a pronoun object."""
    text = (
        "Mara Lind, the director of the harbor trust, said in a talk on Monday that given the "
        "damage from the storm and the flood in the spring and the summer, she was sure the "
        "ferry would run again by June."
    )
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [
        (
            "Mara Lind",
            "that given the damage from the storm and the flood in the spring and the summer, "
            "she was sure the ferry would run again by June",
        )
    ]
    text = "The captain said that to the crew before the ferry left the harbor on Monday."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_relative_on_the_reported_subject_then_a_past_tense_verb():
    """ "said the bridge, which opened in 1990, remained ...": the relative closes and the
    reported clause goes on with its own verb; a relative that ends the clause still ends it."""
    text = "The mayor said the old bridge, which opened in 1990, remained the safest in the county."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["the old bridge, which opened in 1990, remained the safest in the county"]
    text = (
        "The mayor said the old bridge was closed, which angered drivers, commuters and cyclists."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["the old bridge was closed"]


def test_a_concession_after_the_reported_clause_is_the_writers():
    """ "said both coaches were fair to him, despite rumors that ...": the concession frames the
    report; "the levy, despite its cost, would pass" keeps its aside."""
    text = (
        "Okafor said both coaches had been fair to him and his brother, despite rumors in the "
        "local press that the club had favored older players."
    )
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["both coaches had been fair to him and his brother"]
    text = "Okafor said the new levy, despite its cost to farmers, would pass in the spring."
    found = [q.text for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert found == ["the new levy, despite its cost to farmers, would pass in the spring"]


def test_an_inner_report_of_a_pronoun_clause_is_split_off():
    """ "Most nurses said they back the plan, while many doctors said they oppose it": two
    reports, the second three words of a pronoun's clause; "the plan, while ... it" is no
    single content."""
    text = "Most nurses said they back the plan, while many doctors said they oppose it."
    found = [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == [("Most nurses", "they back the plan"), ("many doctors", "they oppose it")]


def test_that_and_a_comma_opens_the_reported_clause():
    """ "found that, on average, ...": "that" then an aside opens the clause; "said that,
    and left" is a pronoun object."""
    text = "The economist found that, on average, rural clinics paid less than the city hospitals."
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["that, on average, rural clinics paid less than the city hospitals"]
    text = "The coach said that, and then he walked out of the crowded gym without a word."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_that_and_a_fronted_phrase_open_the_reported_clause():
    """ "disclosed that from May to June, at least ...": "that", a phrase and its comma open a
    clause; "said that in the locker room, and then ..." is a pronoun object."""
    text = (
        "Lee disclosed that from May to June 2015, at least 4,000 accounts were closed by the site."
    )
    found = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert found == ["that from May to June 2015, at least 4,000 accounts were closed by the site"]
    text = "The coach said that in the locker room, and then he walked out without a word."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []
