"""Who a mention names: roles held at an organisation, and the pronouns that follow them."""

from __future__ import annotations

from factcheck.parsing import extract_quotes

ARTICLE = (
    "Buses were cut last year.\n\n"
    "The station manager at BBC Radio Bristol said listeners had called all morning. "
    "She said the phones never stopped ringing.\n\n"
    "A spokeswoman for Mayor Dan Price said the cuts would be reviewed in May.\n\n"
    "Local councillor Priya Shah told the BBC that the cuts had hurt older residents most. "
    "Councillor Tom Reed said the depot would stay open.\n"
)


def _speaker_of(text: str) -> str | None:
    (q,) = [q for q in extract_quotes(ARTICLE) if text in q.text]
    return q.speaker


def test_a_role_held_at_an_organisation_is_the_speaker_not_the_organisation() -> None:
    assert _speaker_of("listeners had called") == "The station manager at BBC Radio Bristol"


def test_a_role_held_for_a_person_is_not_that_person() -> None:
    assert _speaker_of("the cuts would be reviewed") == "A spokeswoman for Mayor Dan Price"


def test_a_pronoun_after_a_held_role_means_its_holder() -> None:
    assert _speaker_of("the phones never stopped") == "The station manager at BBC Radio Bristol"


def test_a_councillor_is_a_title_not_a_name() -> None:
    assert _speaker_of("hurt older residents") == "Priya Shah"
    assert _speaker_of("the depot would stay open") == "Tom Reed"


def _one(text: str) -> tuple[str | None, str | None]:
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    return q.speaker, q.speaker_mention


def test_an_infinitive_after_the_head_noun_stays_in_the_subject() -> None:
    sentence = "The first woman to run the port says the cranes will be replaced by 2027.\n"
    assert _one(sentence) == ("The first woman to run the port",) * 2


def test_a_relative_pronoun_is_not_part_of_the_source() -> None:
    sentence = "The new rules, which residents say will raise rents, start in May.\n"
    assert _one(sentence)[1] == "residents"


def test_a_name_after_an_organisation_and_a_role_is_the_speaker() -> None:
    text = '"Turnout will decide it," said Marquette pollster Charles Franklin.'
    (q,) = extract_quotes(text)
    assert q.speaker == "Charles Franklin"


def test_a_pronoun_does_not_mean_a_room_or_a_street() -> None:
    text = (
        'Mayor Ana Ortiz spoke in the East Room at City Hall. "We start on Monday," she said. '
        '"The work will take a year," she said on Wall Street.'
    )
    assert {q.speaker for q in extract_quotes(text)} == {"Ana Ortiz"}


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [(q.rule, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]


def test_a_dateline_is_not_the_speaker_the_name_after_it_is() -> None:
    text = (
        "PORTLAND, Maine (AP) — Dana Whitfield toured the mill Tuesday, "
        "saying the plant would reopen by spring.\n"
    )
    assert [s for _, s in _reports(text)] == ["Dana Whitfield"]


def test_a_sentence_opening_adverb_or_participle_is_no_speaker() -> None:
    text = (
        "Mayor Tom Reed spoke first.\n\n"
        "Instead, the governor is sticking to her message, hoping voters will forgive the delay.\n"
    )
    assert [s for _, s in _reports(text)] == [None]
    text = "Chastened by the criticism, Ms. Lane revised her plan, promising to cut fees.\n"
    assert [s for _, s in _reports(text)] == ["Lane"]  # the subject after the participle
    text = "Until Friday, however, the board had declined to back the plan.\n"
    assert all(s != "Until Friday" for _, s in _reports(text))


def test_a_pronoun_does_not_mean_a_sentence_opening_word() -> None:
    text = (
        "The vote is on Tuesday.\n\n"
        "Instead, he is stressing his record, arguing that the deficit has shrunk. "
        "Sen. Mark Dunn spoke next.\n"
    )
    assert all(s != "Instead" for _, s in _reports(text))


def test_a_name_does_not_run_across_a_paragraph_break() -> None:
    text = (
        "The rally was in Fayetteville, N.C.\n"
        "Inside the hall, Kerr on Tuesday dismissed the mayor as weak, arguing that the city "
        "has lost jobs.\n"
    )
    assert all(s not in ("N.C. Inside", "Inside") for _, s in _reports(text))


def test_a_place_after_a_preposition_is_not_the_speaker() -> None:
    text = "Senator Ann Hale of Vermont, who campaigned here, said the bill would pass.\n"
    assert [s for _, s in _reports(text)] == ["Ann Hale"]
    text = "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said the cell was cold.\n"
    assert [s for _, s in _reports(text)] == ["Daniloff"]
    text = "Rachel Berg, a philanthropist from Monsey, N.Y., said the speeches changed her mind.\n"
    assert [s for _, s in _reports(text)] == ["Rachel Berg"]


def test_a_group_of_people_keeps_its_place_out_but_its_number_in() -> None:
    text = "Local officials in Dover say the bridge will close in May.\n"
    assert [s for _, s in _reports(text)] == ["Local officials"]
    text = "In the poll, 26 percent of Democrats say they have not been paying attention.\n"
    assert all(s != "percent" for _, s in _reports(text))


def test_an_organisation_keeps_its_whole_name() -> None:
    text = "Half of all renters pay too much, according to the Bureau of Labor Statistics.\n"
    assert [s for _, s in _reports(text)] == ["Bureau of Labor Statistics"]
    text = "Prices rose again, the University of Michigan reported last week.\n"
    assert [s for _, s in _reports(text)] == ["University of Michigan"]
    text = (
        "A study by the National Academies of Sciences, Engineering and Medicine noted that "
        "more immigrants buy homes.\n"
    )
    assert [s for _, s in _reports(text)] == [
        "National Academies of Sciences, Engineering and Medicine"
    ]
    text = "The Hollywood Chamber of Commerce has announced that it will keep the star.\n"
    assert [s for _, s in _reports(text)] == ["Hollywood Chamber of Commerce"]
    text = "The State Department said it had found the emails.\n"
    assert [s for _, s in _reports(text)] == ["State Department"]
    text = "The White House says the decision was a respectful one.\n"
    assert [s for _, s in _reports(text)] == ["White House"]
    text = "Secretary of State John Kerry said the talks would resume.\n"
    assert [s for _, s in _reports(text)] == ["John Kerry"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_party_nationality_or_quantity_word_opens_a_noun_phrase() -> None:
    text = '"They are in a frenzy," said one Democratic source on the panel.\n'
    assert _speakers(text) == ["one Democratic source"]
    text = '"It will be huge," said one Republican involved in the planning.\n'
    assert _speakers(text) == ["one Republican"]
    text = "Couples raised money for centers never built, according to American regulators.\n"
    assert _speakers(text) == ["American regulators"]
    text = (
        "Republican politicians and their allies speak in one voice, arguing that the agenda "
        "failed.\n"
    )
    assert _speakers(text) == ["Republican politicians"]
    text = (
        "Several dozen workers stood with the owner as he praised the course and said that "
        "most of his staff were local.\n"
    )
    # "he praised the course and said ...": the stance and the joined report are both his
    assert _speakers(text) == ["he", "he"]


def test_a_role_word_before_a_name_is_no_name() -> None:
    text = '"We lost," said Dover resident Ann Tully. "It hurts."\n'
    assert _speakers(text) == ["Ann Tully", "Ann Tully"]
    text = '"We lost," said Clinton ally James Carville.\n'
    assert _speakers(text) == ["James Carville"]
    text = '"We lost," said Rubio’s deputy campaign manager, Rich Beeson, who ran the effort.\n'
    assert _speakers(text) == ["Rich Beeson"]


def test_a_pronoun_with_a_contraction_is_no_name() -> None:
    text = "Jane Roe lost twice. She’ll be eager to prove that her campaign has heard voters.\n"
    assert _speakers(text) == ["Jane Roe"]
    text = "Mark Dunn spoke. I'm told Ryan considered resigning, but this would do little.\n"
    assert _speakers(text) == [None]


def test_a_name_inside_a_whose_clause_is_not_the_speaker() -> None:
    text = (
        "Marco Rubio, whose hometown, Miami, is projected to be underwater as the sea level "
        "rises, argues that government efforts will fail.\n"
    )
    assert [s for _, s in _reports(text)] == ["Marco Rubio"]
    text = "Jane Roe, whose brother, Sam Roe, runs the mill, said the plant would close.\n"
    assert [s for _, s in _reports(text)] == ["Jane Roe"]


def test_a_pronoun_does_not_mean_a_place_an_event_or_a_party() -> None:
    text = (
        "Kate Lee grew up in Ohio, and her views were changed by the Vietnam War. Despite her "
        "upbringing, she said the party had left her behind.\n"
    )
    assert [s for _, s in _reports(text)] == ["Kate Lee"]
    text = (
        "Dan Price met migrants who were crossing into the United States. He said the border "
        "would stay open.\n"
    )
    assert [s for _, s in _reports(text)] == ["Dan Price"]
    text = "Dan Price spoke to an Iowa Republican crowd. He said the border would stay open.\n"
    assert [s for _, s in _reports(text)] == ["Dan Price"]


def test_i_and_we_outside_quotes_are_the_writer_or_a_transcript_label() -> None:
    text = "Mayor Dan Price spoke on Monday. Like Dan Price, I believe the town will recover.\n"
    assert [s for _, s in _reports(text)] == ["I"]
    text = (
        "The teachers union said on Monday that fares would rise. We know that the town will "
        "recover.\n"
    )
    assert [s for _, s in _reports(text)] == ["teachers union", "We"]
    text = (
        "Mayor Dan Price joined Jane Roe on the show.\n\nROE: What next?\n\n"
        "PRICE: The depot matters to Jane Roe. And I think the depot will stay open.\n"
    )
    assert [s for _, s in _reports(text)] == ["PRICE", "Dan Price"]


def test_a_canonical_name_drops_the_titles_and_places_before_it() -> None:
    text = "Texas Sen. Ted Cruz said the depot would stay open.\n"
    assert [s for _, s in _reports(text)] == ["Ted Cruz"]
    text = "House Speaker Paul Ryan said the depot would stay open.\n"
    assert [s for _, s in _reports(text)] == ["Paul Ryan"]


def test_a_gendered_title_gives_the_gender_a_pronoun_needs() -> None:
    text = (
        "Mayor Tom Reed spoke after Assemblywoman Lee Roe. Lee Roe spoke first, and then he "
        "said the depot would stay open.\n"
    )
    assert [s for _, s in _reports(text)] == ["Tom Reed"]


def test_a_title_abbreviation_does_not_end_the_pronouns_sentence() -> None:
    text = (
        "Former Sen. Dan Price backed Tom Reed while the governor was running, he said on Monday.\n"
    )
    assert [s for _, s in _reports(text)] == ["Dan Price"]


def test_a_gendered_title_picks_the_full_name_of_that_gender() -> None:
    text = (
        "Hillary Clinton spoke in Iowa. Bill Clinton spoke in Ohio. "
        '"We will win," Mrs. Clinton said. "It is close," Mr. Clinton said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Hillary Clinton", "Bill Clinton"]


def test_a_who_clause_after_a_named_description_belongs_to_the_name() -> None:
    text = (
        "Ada Wells, a Denver architect, who had supported Governor Tom Reyes, said the fund "
        "was too small."
    )
    found = [(q.rule, q.speaker, q.speaker_role, q.text) for q in extract_quotes(text)]
    assert found == [
        ("indirect-stance", "Ada Wells", None, "Governor Tom Reyes"),
        ("indirect-that", "Ada Wells", "a Denver architect", "the fund was too small"),
    ]


def test_a_who_or_which_clause_without_a_description_keeps_its_antecedent() -> None:
    mike = "Mike Lee, who declared his support, said the fund was too small."
    union = "The union, which endorsed Ruiz, said the fund was too small."
    group = (
        "Tom Reed, the president of the Dock Workers of America, which endorsed Ruiz, said "
        "the fund was too small."
    )
    assert [q.speaker for q in extract_quotes(mike)] == ["Mike Lee"]
    assert [q.speaker for q in extract_quotes(union)] == ["union", "union"]
    # "which" after "the president of <group>" is the group's clause, not Tom Reed's
    stance, said = extract_quotes(group)
    assert (stance.rule, said.speaker) == ("indirect-stance", "Tom Reed")
    assert stance.speaker != "Tom Reed"


def test_a_stray_comma_inside_a_name_leaves_no_one_letter_role():
    """ "said Puti,n, who visited ...": the letter cut off the name is no description."""
    text = '"We discussed this issue at length," said Puti,n, who visited Beijing in May.'
    (q,) = extract_quotes(text)
    assert q.speaker_role is None


def test_plural_and_short_titles_neither_end_a_sentence_nor_stay_in_the_name():
    """ "Pres.", "Sens." are titles: no sentence ends there, and the canonical name drops them."""
    text = (
        "President Lena Park spoke first. Critics said Pres. Park ignored the harbour workers. "
        "Sens. Omar Diaz and Ruth Lee said the bill was dead."
    )
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert ("Critics", "Pres. Park ignored the harbour workers") in [
        (q.speaker, q.text) for q in found
    ]
    assert any(q.text == "the bill was dead" for q in found)


def test_a_possessive_without_s_is_no_part_of_the_name():
    """ "Torres' call for "revolution"": the speaker is Ana Torres, not "Torres'"."""
    text = (
        "Ana Torres leads the race for mayor. "
        'Perhaps young voters prefer Torres\' call for "revolution" over the old plan.'
    )
    (partial,) = [q for q in extract_quotes(text) if q.kind == "partial"]
    assert partial.speaker == "Ana Torres"


def test_a_group_backing_someone_is_the_speaker_not_the_one_it_backs():
    """ "A super PAC supporting Ms. Vance said ...": the PAC said it; Ms. Vance did not."""
    for text, speaker in (
        ("A super PAC supporting Ms. Vance said it would spend more.", "A super PAC supporting"),
        ("House Republicans supporting the bill said the vote was rigged.", "House Republicans"),
        ("Lawyers representing the city argued that the vote was rigged.", "Lawyers representing"),
    ):
        (q,) = [q for q in extract_quotes(text) if q.rule == "indirect-that"]
        assert q.speaker.startswith(speaker), (text, q.speaker)
    # a name with an aside of its own stays the speaker
    text = "Ms. Vance, opposing Mr. Hale, said the vote was rigged."
    (q,) = [q for q in extract_quotes(text) if q.rule == "indirect-that"]
    assert q.speaker == "Vance"
