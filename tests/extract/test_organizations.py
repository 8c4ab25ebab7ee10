"""Organisations on news no rule was tuned to: general evidence, each rule on hand-made sentences
(issue 15). The names are invented, so no gazetteer or given-name list can answer for the rule."""

from __future__ import annotations

from summarizer.extract.entities import Entity, find_entities


def kinds(text: str) -> dict[str, str]:
    return {entity.name: entity.kind for entity in find_entities(text)}


def by_name(entities: list[Entity], name: str) -> Entity:
    return next(entity for entity in entities if entity.name == name)


def test_two_companies_with_foreign_legal_forms_joined_by_and_stay_two():
    found = kinds("Shares of Velorn AB and Banco Quintero SA rose, while Harvik Oyj and Tessaro SpA fell.")
    assert found["Velorn AB"] == "organization"
    assert found["Banco Quintero SA"] == "organization"
    assert found["Harvik Oyj"] == "organization"
    assert found["Tessaro SpA"] == "organization"


def test_a_name_listed_with_an_organisation_and_its_article_is_one_more():
    found = kinds("Marchers from Quorvane Matters and the Brelling Workers Party filled the square.")
    assert found["Quorvane Matters"] == "organization"
    assert found["Brelling Workers Party"] == "organization"


def test_people_or_a_state_listed_before_a_body_with_its_article_stay_what_they_are():
    text = (
        "What the gangs taught me about Kelvar, Marisol, and the Brelling Workers Party.\n"
        "It was a war between Nazi Germany and the Allies. The Quorvane Relief Act, or QRA, passed.\n"
        "Under the Vantor Care Law, the Democratic platform grew."
    )
    found = kinds(text)
    assert found["Kelvar"] != "organization"
    assert found["Marisol"] != "organization"
    assert found["Nazi Germany"] != "organization"
    assert found["Quorvane Relief Act"] != "organization"  # "X, or ACRONYM" names X again
    assert found["Vantor Care Law"] != "organization"  # "X, the Y": an apposition as often as a list


def test_who_heads_or_belongs_to_a_name_makes_it_a_body():
    text = (
        "The talks went well, said the founder of Quorvane. Ann Tole, president of Brelling, agreed.\n"
        "He is a member of Halvorn. The head of Kestrix left."
    )
    found = kinds(text)
    for name in ("Quorvane", "Brelling", "Halvorn", "Kestrix"):
        assert found[name] == "organization", name
    assert found["Ann Tole"] == "person"


def test_the_head_of_a_country_or_of_a_persons_campaign_names_no_body():
    found = kinds("The president of France met Tom Vance, head of Alma Reyes's campaign.")
    assert found["France"] == "place"
    assert found["Alma Reyes"] == "person"


def test_members_of_a_name_that_modifies_a_noun_belong_to_no_body_of_that_name():
    found = kinds("Gunmen killed members of the Vantari religion. The head of Kestrix community work quit.")
    assert found["Vantari"] != "organization"
    assert found["Kestrix"] != "organization"


def test_the_staff_and_output_of_a_body_name_the_body():
    text = (
        "He is a former Drelling Chase vice president, according to a Quorvane official.\n"
        "A Halvorn article said so. Two Kestrix executives quit."
    )
    found = kinds(text)
    for name in ("Drelling Chase", "Quorvane", "Halvorn", "Kestrix"):
        assert found[name] == "organization", name


def test_staff_of_a_place_or_a_people_and_a_role_before_a_name_make_no_body():
    text = (
        "A Kenyan official and a Texas official agreed. Quorvane official John Smith left. "
        "A Democratic staffer wondered, and so did a Toronto-based reporter."
    )
    entities = find_entities(text)
    found = {entity.name: entity.kind for entity in entities}
    assert found["Texas"] == "place"
    assert found.get("Kenyan") != "organization"
    assert found.get("Democratic") != "organization"  # a party's staff: the adjective names no body
    assert found.get("Toronto-based") != "organization"
    assert by_name(entities, "John Smith").role == "Quorvane official"


def test_an_adjective_that_opens_a_body_name_is_no_body_when_it_only_modifies():
    text = (
        "The claim was reported by the Philippine Star. Philippine lawmaker Joey Salceda spoke, and the "
        "Democratic Party met. In the third Democratic presidential debate, nobody won."
    )
    text += " The Democratic nomination contest goes on."
    found = kinds(text)
    assert found["Philippine Star"] == "organization"
    assert found["Democratic Party"] == "organization"
    assert found["Philippine"] != "organization"
    assert found["Democratic"] not in ("organization", "person")


def test_the_opening_words_of_a_body_used_as_a_noun_still_name_it():
    found = kinds("Leaders of the National Party said National and NZ First would meet. Sumitomo Bank fell.")
    assert found["National"] == "organization"


def test_an_acronym_after_a_preposition_is_the_body_the_tagger_reads():
    text = (
        "Troops from NATO arrived on Monday. He lives in NSW now. They met in DC last week.\n"
        "Trials in the GTA and Vancouver began.\nQUORN, France 1996-12-07\nResults from QUORN follow."
    )
    found = kinds(text)
    assert found["GTA"] == "place"  # listed beside a place
    assert found["QUORN"] == "place"  # a dateline's
    assert found["NATO"] == "organization"
    assert found["NSW"] == "place"
    assert found["DC"] == "place"


def test_a_party_adjective_before_a_role_is_no_body():
    found = kinds("The poll put Tom Vance ahead of Democratic candidate Alma Reyes. Quorvane analyst Ann Lee agreed.")
    assert found["Democratic"] != "organization"
    assert found["Quorvane"] == "organization"  # a body's analyst


def test_a_repeated_name_no_rule_types_is_the_body_the_tagger_reads_in_every_mention():
    text = (
        "An employee of Velmont River Networks deleted the archive. "
        "Velmont River Networks managed the server for two years."
    )
    assert kinds(text)["Velmont River Networks"] == "organization"


def test_a_faith_or_an_idea_is_no_body_though_the_tagger_reads_one():
    text = "Many fear Islam is misread, and Islamophobia came to dominate debate. Islam is a faith. Islamophobia grew."
    found = kinds(text)
    assert found.get("Islam") != "organization"
    assert found.get("Islamophobia") != "organization"


def test_two_bodies_joined_by_and_are_two_but_one_name_with_and_stays_whole():
    text = (
        "The Quorvane Space Agency and JAXA will help, as will Brelling News and Halvorn News.\n"
        "A report in The Globe and Mail Thursday said so. The Ostrander Golf Club and Spa opened."
    )
    found = kinds(text)
    for name in ("Quorvane Space Agency", "JAXA", "Brelling News", "Halvorn News", "The Globe and Mail"):
        assert found.get(name) == "organization", name
    assert "Ostrander Golf Club and Spa" in found


def test_a_city_and_city_on_a_match_line_is_a_club_but_a_town_stays_a_place():
    text = "Manchester City beat Quorvane Rovers 2-1 in the league. Later he flew to Iowa City for the game."
    found = kinds(text)
    assert found["Manchester City"] == "organization"
    assert found["Iowa City"] == "place"


def test_a_name_that_wins_seats_is_a_party():
    text = "The Quorvanes won 40 seats while Brellow took 35, and the Liberal Halvornites gained five."
    found = kinds(text)
    assert found["Brellow"] == "organization"
    assert found["Liberal Halvornites"] == "organization"


def test_international_ends_an_organisation_name():
    assert kinds("On Monday Amnesty Quorvane International criticised the ministry.")[
        "Amnesty Quorvane International"
    ] == ("organization")


def test_a_postal_code_after_a_city_is_a_place_and_keeps_the_next_name_out_of_a_list_of_bodies():
    found = kinds("On Monday at Quorvane University in Lynchburg, VA, Drellow spoke. He studied in Brixby, NY.")
    assert found["VA"] == "place"
    assert found["NY"] == "place"
    assert found.get("Drellow") != "organization"


def test_state_alone_is_the_department_not_a_place():
    found = kinds("The disclosures by the FBI and State came late. She was secretary of State at the time.")
    assert found["State"] == "organization"


def test_the_plural_of_a_persons_surname_is_a_family():
    found = kinds("As for their talks with the Quorvilles, many laughed. Ann Quorville and Tom Quorville smiled.")
    assert found["Quorvilles"] != "organization"


def test_a_town_with_its_state_after_in_is_a_place_though_a_paper_bears_its_name():
    text = "At a meeting in Tolvan Rapids, Iowa, Rubio spoke. Bush wrote in Iowa's Tolvan Rapids Gazette."
    found = kinds(text)
    assert found["Tolvan Rapids"] != "organization"
    assert kinds("He lives in Tolvan Rapids, Iowa. He likes it.")["Tolvan Rapids"] == "place"
    assert found["Tolvan Rapids Gazette"] == "organization"


def test_a_name_heading_a_market_index_names_the_index_in_every_mention():
    found = kinds("The blue-chip QVX index ended down 1.29 points. The QVX fell again on Monday.")
    assert found["QVX"] != "organization"
    found = kinds("Shares of Quorvane Politics rose. He is backed by 34% in the Quorvane Politics average of polls.")
    assert found["Quorvane Politics"] == "organization"  # an average of polls is no index


def test_newspapers_named_in_other_languages_are_bodies():
    found = kinds("He said so in an interview with the Quorvan Keizai Shimbun and the Brellin Zeitung.")
    assert found["Quorvan Keizai Shimbun"] == "organization"
    assert found["Brellin Zeitung"] == "organization"


def test_a_company_whose_name_ends_like_a_nationality_is_still_read_by_the_tagger():
    text = "Ottawa may ban Huawei from its network. Critics say Huawei could help spies. Huawei has denied it."
    assert kinds(text)["Huawei"] == "organization"  # "-i" as in "Israeli", but no people's word


def test_a_capital_written_onto_a_number_is_no_name():
    found = kinds("Ottawa may keep Quorvane from its 5G network, and the shop sells 4K screens.")
    assert "G" not in found
    assert "K" not in found


def test_a_plural_of_people_before_of_opens_the_name_of_a_group():
    text = (
        "Ann Vole, former head of the Guardians of the Quorn, was sentenced. Friends of the Brellin sued.\n"
        "Thousands of Halvornians fled. Shares of Kestrix rose 4 percent. Readers of the Quorvane Post wrote in.\n"
        "Lately the Armenians of Israel protested."
    )
    found = kinds(text)
    assert found["Guardians of the Quorn"] == "organization"
    assert found["Friends of the Brellin"] == "organization"
    assert found["Kestrix"] == "organization"  # what is counted or owned opens no name
    assert "Readers of the Quorvane Post" not in found
    assert "Armenians of Israel" not in found  # a people


def test_papers_named_by_their_head_word_are_bodies():
    found = kinds("Quorn spoke with the Brellin Register editorial board and told the Halvorn Sentinel so.")
    assert found["Brellin Register"] == "organization"
    assert found["Halvorn Sentinel"] == "organization"


def test_the_staff_or_the_head_of_a_town_make_no_body():
    found = kinds("A Tuscaloosa official said so, and the head of Boca Raton agreed.")
    assert found.get("Boca Raton") != "organization"
    assert found.get("Tuscaloosa") != "organization"


def test_a_nationality_before_a_body_every_state_has_is_no_part_of_its_name():
    text = (
        "Quorn said the Chilean Congress would ratify it. The Egyptian Interior Ministry agreed, and the "
        "United States sank the Iraqi Navy in two days.\nThe Palestinian Authority, the European Parliament "
        "and the Brazilian Plastic Surgery Society said nothing."
    )
    found = kinds(text)
    for name in ("Congress", "Interior Ministry", "Navy"):
        assert found.get(name) == "organization", name
    for name in ("Palestinian Authority", "European Parliament", "Brazilian Plastic Surgery Society"):
        assert found.get(name) == "organization", name  # bodies' own names


def test_the_abbreviation_of_a_common_noun_is_no_body():
    found = kinds("He was seen on TV and radio. It is in his political DNA. His potential VP spoke to the BBC.")
    for name in ("TV", "DNA", "VP"):
        assert found.get(name) != "organization", name
    assert found["BBC"] == "organization"


def test_a_body_named_before_on_and_a_day_ends_before_on():
    found = kinds("Graham told Quorvane News on Super Tuesday that the Brellin Council on Foreign Relations agreed.")
    assert found["Quorvane News"] == "organization"
    assert kinds("An online University of Texas poll is out.")["University of Texas"] == "organization"
    assert found["Brellin Council on Foreign Relations"] == "organization"


def test_where_one_studies_is_a_school():
    found = kinds("Both earned their law degrees at Quorvane. She graduated from Brellin in 1990.")
    assert found["Quorvane"] == "organization"
    assert found["Brellin"] == "organization"


def test_a_name_opening_with_a_nationality_is_a_body_by_its_apposition():
    found = kinds(
        "A poll by Latino Quorvanes, a public opinion research firm, found it. Kim Lee met Frenchman Jo Vale."
    )
    assert found["Latino Quorvanes"] == "organization"


def test_political_action_committees_and_the_federal_reserve_are_bodies():
    found = kinds("Ads from Quorvane Solutions PAC ran on Monday, and the Federal Reserve raised rates.")
    assert found["Quorvane Solutions PAC"] == "organization"
    assert found["Federal Reserve"] == "organization"


def test_a_second_degree_murder_of_someone_names_no_school():
    found = kinds("He admitted the second-degree murder of Ann Quorvale, a police officer, in 2015.")
    assert found["Ann Quorvale"] == "person"


def test_the_editor_or_the_owner_of_a_name_makes_it_a_body():
    found = kinds("Ann Lee is the editor of Quorvane Weekly. Tom Vale, the owner of Brellin, said so.")
    assert found["Quorvane Weekly"] == "organization"
    assert found["Brellin"] == "organization"


def test_a_city_listed_with_clubs_on_a_league_line_is_a_club():
    text = "Real Madrid signed the striker. Real Madrid, Barcelona and Brellinus had also bid this season."
    found = kinds(text)
    assert found["Barcelona"] == "organization"
    assert found["Brellinus"] == "organization"  # one more of the list


def test_a_city_listed_with_a_company_or_set_in_the_story_stays_a_place():
    found = kinds(
        "Trade between Quorvane Holdings and Detroit grew.\nShe grew up in Leeds. Leeds and Real Madrid met in the league."
    )
    assert found["Detroit"] == "place"
    assert found["Leeds"] == "place"


def test_a_town_of_the_atlas_named_with_a_bodys_word_is_a_place():
    found = kinds("He lives in Newport News and studies in College Station. The Quorvane News said so.")
    assert found["Newport News"] == "place"
    assert found["College Station"] == "place"
    assert found["Quorvane News"] == "organization"
    assert kinds("An online University of Texas poll is out.")["University of Texas"] == "organization"


def test_a_country_in_brackets_after_a_player_makes_no_organisation():
    text = (
        "Results of the Quorvane Open on Tuesday:\n"
        "Delmar Kasovic (Croatia) and Tarquin Ellesby (CRO) went through in straight sets.\n"
        "Renzo Maltavi (ESP) lost to Olek Braddan (Pakistan) on Monday."
    )
    found = kinds(text)
    for name in ("Delmar Kasovic", "Tarquin Ellesby", "Renzo Maltavi"):
        assert found[name] != "organization", name


def test_an_acronym_that_spells_the_name_in_brackets_makes_an_organisation():
    found = kinds(
        "The Brelling Mercantile Exchange (BREMEX) and the Council for Quorvane Trade and Employment (CQTE) met."
        " Velmor Tarsk Holdings (VTH) stayed away, and so did Orvane Dynamics (OD)."
    )
    assert found["Brelling Mercantile Exchange"] == "organization"
    assert found["Council for Quorvane Trade and Employment"] == "organization"
    assert found["Orvane Dynamics"] == "organization"


def test_an_acronym_spells_a_name_only_with_its_letters_in_order():
    from summarizer.extract.kinds import acronym_fits

    assert acronym_fits("Organisation for Trade and Cooperation in Orvania", "OTCO")
    assert acronym_fits("New Brelling Mercantile Exchange", "NBMEX")
    assert not acronym_fits("Renzo Maltavi", "ESP")
    assert not acronym_fits("Orvane Dynamics Group", "OD")  # a word is left unspelt
    assert not acronym_fits("Orvane Dynamics", "DO")  # out of order


def test_a_name_made_an_adjective_by_a_hyphen_is_no_part_of_the_name_after_it():
    text = (
        "Shares of Velmor-based Orvane Bancorp Inc. rose on Tuesday.\n"
        "Brelling-born Tarsk Quillan signed, and the Quorvane-led Harvik Alliance agreed with Ban Ki-moon."
    )
    names = {entity.name for entity in find_entities(text)}
    assert "Orvane Bancorp Inc." in names
    assert "Harvik Alliance" in names
    assert "Ban Ki-moon" in names  # a hyphenated given name is no modifier
    assert not any("-based" in name or "-born" in name or "-led" in name for name in names)


def test_a_whole_place_of_the_gazetteer_stays_a_place_though_it_ends_on_a_body_word():
    found = kinds("Settlers in the West Bank protested. The Brelling Bank said it would lend more.")
    assert found["West Bank"] == "place"
    assert found["Brelling Bank"] == "organization"


def test_former_opening_a_sentence_is_no_part_of_the_name_after_it():
    names = {entity.name for entity in find_entities("Former Orvania captain Tarsk Quillan retired on Friday.")}
    assert "Former Orvania" not in names
    assert "Orvania" in names


def test_a_two_word_name_beaten_or_lost_to_is_no_team_without_a_plural_nickname():
    text = "Quillan said he would beat Darvel Harrisk in Ohio. She recalled her loss to Tamsin Orvell in 2008."
    found = kinds(text)
    assert found["Darvel Harrisk"] != "organization"
    assert found["Tamsin Orvell"] != "organization"
    assert kinds("Velmor beat the Tarsk Rovers 3-1 on Sunday.")["Tarsk Rovers"] == "organization"


def test_a_plural_after_the_is_a_team_only_where_the_line_speaks_of_a_match():
    assert kinds("Pollsters said the Velmorites would turn out for Quillan.").get("Velmorites") != "organization"
    assert kinds("The Republicans said they would fight.").get("Republicans") != "organization"
    assert kinds("The Velmorites beat Tarsk 2-1 on Sunday.")["Velmorites"] == "organization"
    assert kinds("It was the Velmorites' third win of the season.")["Velmorites"] == "organization"


def test_a_word_in_capitals_names_a_body_only_when_it_is_no_english_word_nor_counted():
    text = (
        "The QVRB said on Monday that the road was BLOCKED, and his ERA was 3.1.\n"
        "Quillan, who won the QVRB title, gave three QVRB interviews."
    )
    found = kinds(text)
    assert found["QVRB"] == "organization"
    assert found.get("BLOCKED") != "organization"
    assert found.get("ERA") != "organization"


def test_a_subject_an_event_or_a_venue_listed_beside_a_body_is_not_made_one():
    for listed in ("Meteorology", "the Velmor Cup", "Tarsk Golf Resort"):
        found = kinds(f"Backers include the Harvik Group, {listed} and the press.")
        assert found["Harvik Group"] == "organization"
        assert found[listed.removeprefix("the ")] != "organization", listed
    assert kinds("Backers include the Harvik Group, Brellix and the press.")["Brellix"] == "organization"


def test_a_town_with_a_player_of_its_side_is_the_club():
    text = (
        "Cornwall batsman Tarsk Quillan made 80 as the county chased 250 in the last innings.\n"
        "Quillan joined Bristol for five million pounds before the season began.\n"
        "The Bristol club said he would stay."
    )
    found = kinds(text)
    assert found["Cornwall"] == "organization"
    assert found["Bristol"] == "organization"


def test_a_town_whose_club_is_named_in_full_stays_a_place_beside_a_player():
    text = (
        "The Bristol Hawks won the final on Sunday.\n"
        "Bristol pitcher Tarsk Quillan threw the last out.\n"
        "Bristol celebrated until dawn."
    )
    found = kinds(text)
    assert found["Bristol"] == "place"
    assert found["Bristol Hawks"] == "organization"


def test_a_town_with_a_mayor_or_moved_to_off_the_pitch_stays_a_place():
    text = (
        "Quillan moved to Bristol in 1990 and opened a bakery there.\n"
        "Bristol's Tarsk Velmor, the mayor, cut the ribbon."
    )
    assert kinds(text)["Bristol"] == "place"


def test_an_acronym_may_spell_a_longer_name_whose_tail_is_the_candidate():
    entities = find_entities(
        "Officials at Harvik, Tarsk and Velmor Citizenship Quorvane (HTVCQ) agreed. HTVCQ said the rules would change."
    )
    body = by_name(entities, "Velmor Citizenship Quorvane")
    assert body.kind == "organization"
    assert [m.text for m in body.mentions].count("HTVCQ") == 2


def test_a_legal_form_ends_a_company_name_before_of_and_its_country():
    names = {
        e.name: e.kind
        for e in find_entities("Shares of Harvik Motor Corp of South Korea rose. Tarsk Brewing Inc of Ohio fell.")
    }
    assert names.get("Harvik Motor Corp") == "organization"
    assert names.get("Tarsk Brewing Inc") == "organization"
    assert names.get("South Korea") == "place"


def test_a_present_participle_after_a_hyphen_makes_a_modifier_too():
    names = {e.name for e in find_entities("The Quorvane-winning director Tarsk Quillan spoke with Xi Jin-ping.")}
    assert not any("-winning" in name for name in names)
    assert "Xi Jin-ping" in names


def test_in_and_a_place_join_a_body_name_when_an_acronym_or_a_repetition_says_so():
    found = kinds(
        "The Council for Trade and Security in Europe (CTSE) met. Harvik Holdings in London disagreed.\n"
        "Tarsk Friends in Ohio wrote; a week later Tarsk Friends in Ohio wrote again."
    )
    assert found["Council for Trade and Security in Europe"] == "organization"
    assert "Harvik Holdings in London" not in found
    assert found["London"] == "place"
    assert "Tarsk Friends in Ohio" in found


def test_a_name_with_a_player_of_its_side_after_it_is_a_team():
    text = "The goal came when former Quorvane playmaker Tarsk Velmor headed in. In the ninth, Harvik shortstop Dan Orr erred."
    found = kinds(text)
    assert found["Quorvane"] == "organization"
    assert found["Harvik"] == "organization"


def test_a_name_called_a_rival_or_champion_on_a_line_about_a_match_is_a_team():
    found = kinds("Title rivals Quorvane closed in on victory, and champions Tarsk won by nine wickets.")
    assert found["Quorvane"] == "organization"
    assert found["Tarsk"] == "organization"
    assert kinds("His political rivals Quorvane and Tarsk said they would vote.").get("Quorvane") != "organization"


def test_a_side_after_v_on_a_line_about_a_match_is_a_team():
    assert kinds("The match v Quorvane was drawn after rain.")["Quorvane"] == "organization"


def test_the_first_example_of_a_plural_organisation_noun_is_a_body():
    found = kinds("Multinational firms including Brellix, Quorvane and Tarsk were attracted to the port.")
    assert found["Brellix"] == "organization"
    assert found["Quorvane"] == "organization"


def test_an_english_word_opening_a_sentence_before_an_organisation_noun_is_no_body():
    text = "Officials left early.\nLocal hospital officials said two were hurt. Fire department crews came."
    found = kinds(text)
    assert found.get("Local") != "organization"
    assert found.get("Fire") != "organization"
    assert kinds("Analysts agreed. Brellix group shares fell.")["Brellix"] == "organization"


def test_an_organisation_noun_of_an_office_or_after_a_reporting_verb_names_the_person_after_it():
    text = "Speaker of parliament Tarsk Velmoran arrived. Prices held, said broker Quill Harvane."
    found = kinds(text)
    assert found["Tarsk Velmoran"] != "organization"
    assert found["Quill Harvane"] != "organization"
    assert kinds("Shares of the brewer Zorvatek rose.")["Zorvatek"] == "organization"


def test_a_place_and_an_adjective_before_a_title_name_no_body():
    names = {e.name: e.kind for e in find_entities("Brelling Financial Secretary Tarsk Quillan spoke on Friday.")}
    assert names.get("Brelling Financial") != "organization"
    assert names.get("Tarsk Quillan") == "person"


def test_and_joins_two_candidates_into_one_body_when_the_acronym_spells_both():
    found = kinds("The order came from the Velmor Post and Harvik Administration (VPHA) on Monday.")
    assert found["Velmor Post and Harvik Administration"] == "organization"
    assert "Velmor Post" not in found
    listed = kinds("The order came from the Velmor Post and Harvik Administration (HA) on Monday.")
    assert "Velmor Post and Harvik Administration" not in listed  # the acronym spells the last alone


def test_a_plural_possessive_inside_a_body_name_keeps_the_name_whole():
    text = (
        "The Velmor Bond Traders' Association said rates would rise.\n"
        "Tarsk Harvans wrote to Harvans' Senate office."  # the apostrophe of a person's name ends it
    )
    found = kinds(text)
    assert found["Velmor Bond Traders' Association"] == "organization"
    assert "Harvans' Senate" not in found


def test_english_words_opening_a_sentence_before_a_role_name_no_body():
    text = "Voters were tired.\nPresidential candidate Tarsk Quillan spoke. Celebrated author Dana Velm agreed."
    found = kinds(text)
    assert found.get("Presidential") != "organization"
    assert found.get("Celebrated") != "organization"
    assert kinds("It rained. Brellix chairman Dana Velm spoke.")["Brellix"] == "organization"


def test_the_sides_of_a_result_line_are_teams_whatever_their_shape():
    text = (
        "Results of cup matches on Saturday:\n"
        "Velmorsk 2 Harvik Rovers United 0\n"
        "Tarsk Quillan (Brellia) 92 Orvane (Dastia) 81\n"
        "Boasting 108,000 residents, the town grew."
    )
    found = kinds(text)
    assert found["Velmorsk"] == "organization"
    assert found["Harvik Rovers United"] == "organization"
    assert found["Tarsk Quillan"] == "organization"
    assert found["Orvane"] == "organization"
    assert "Boasting" not in found


def test_a_place_taken_for_a_club_but_listed_beside_a_country_is_a_national_side():
    text = (
        "West Indies batsman Tarsk Quillan failed again.\n"
        "Both West Indies and Australia played down the row.\n"
        "Bristol batsman Dan Orr scored 80 as Bristol and Devon drew."
    )
    found = kinds(text)
    assert found["West Indies"] == "place"
    assert found["Bristol"] == "organization"  # a county beside it is no country


def test_the_name_after_a_competitor_and_country_in_a_results_line_is_the_team():
    text = "Leading placings:\n1. Tarsk Quillan (Italy) Brellix 4 hours 48 mins\n2. Dana Velm (U.S.), Orvane Dynamo, 54.483"
    found = kinds(text)
    assert found["Brellix"] == "organization"
    assert found["Orvane Dynamo"] == "organization"
    assert found["Tarsk Quillan"] != "organization"


def test_place_and_two_word_nickname_on_a_match_line_is_a_club():
    text = "The Portland Gray Hawks blanked the Tulsa Red Sox 1-0 on Friday.\n"
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert {"Portland Gray Hawks", "Tulsa Red Sox"} <= set(orgs)


def test_place_and_two_plural_words_off_a_match_line_is_no_club():
    text = "Asia Rubber Markets were quiet on Friday, dealers said.\n"
    assert "Asia Rubber Markets" not in [e.name for e in find_entities(text) if e.kind == "organization"]


def test_club_nickname_alone_names_the_club():
    text = "The Tulsa Red Sox beat Omaha 4-2 in the ninth inning.\nThe Red Sox have won five straight games.\n"
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get("Red Sox") == "organization"


def test_team_after_a_rider_and_country_opening_a_results_line():
    text = "Stage results:\n1. Olaf Lindqvist (Germany) Telekom 4 hours 10 minutes\n"
    assert "Telekom" in [e.name for e in find_entities(text) if e.kind == "organization"]


def test_competitor_listed_after_another_with_a_country_is_no_team():
    """In a list of competitors, the name after a country is the next competitor."""
    text = (
        "Leaders after the third round:\n"
        "68 Ian Woosley, Bernd Langmaier (Germany), Rulon Rafferson, Mats Hellberg (Sweden)\n"
        "Scorers: 2 - Miladin Becker (Lille), Enzio Scalfi (Monaco), Jean Roux (Nantes)\n"
    )
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Rulon Rafferson" not in orgs
    assert "Enzio Scalfi" not in orgs


def test_names_joined_by_ampersand_are_one_firm():
    text = "Dorrance & Lomasey shares rose on the merger news, said an analyst at A.G. Edlund & Sons.\n"
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Dorrance & Lomasey" in orgs
    assert "A.G. Edlund & Sons" in orgs
    assert "Dorrance" not in orgs and "Lomasey" not in [e.name for e in find_entities(text)]


def test_and_between_two_people_still_splits():
    text = "Paul Dorrance and Mary Lomasey said on Friday they would appeal.\n"
    people = [e.name for e in find_entities(text) if e.kind == "person"]
    assert {"Paul Dorrance", "Mary Lomasey"} <= set(people)


def test_contest_named_with_a_body_word_or_a_place_is_no_body():
    text = (
        "Mitchell, who finished fourth at the Atlanta Games, won on Friday.\n"
        "Mauritania drew 0-0 with Benin in their African Nations Cup match.\n"
    )
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Atlanta Games" not in orgs
    assert "African Nations Cup" not in orgs


def test_body_of_a_contest_stays_a_body():
    text = "The Federation of Cup Winners said on Friday the Dallas Cowboys would play.\n"
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Dallas Cowboys" in orgs


def test_nationality_and_federation_or_republic_is_a_state_not_a_body():
    text = "Moscow wants to keep Chechnya within the Russian Federation, the Russian Football Federation said.\n"
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get("Russian Federation") == "place"
    assert kinds.get("Russian Football Federation") == "organization"


def test_treasury_and_fed_are_bodies():
    text = (
        "Prices of U.S. Treasury securities fell on Friday after the data.\n"
        "Dealers said fears of a Fed tightening next month had resurfaced.\n"
    )
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "U.S. Treasury" in orgs
    assert "Fed" in orgs


def test_newspaper_named_with_its_weekday_keeps_the_day():
    text = "The Sunday Telegraph quoted Majorie Orrin as saying so, and Prensa Latina published it.\n"
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Sunday Telegraph" in orgs
    assert "Prensa Latina" in orgs


def test_weekday_before_a_place_is_still_a_date():
    text = "He said on Sunday Times Square was full.\n"
    assert "Times Square" in [e.name for e in find_entities(text)]


def test_initials_of_a_place_named_in_full_are_that_place():
    text = "HK has the infrastructure in place, Hong Kong's financial secretary said.\n"
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get("HK") == "place"


def test_acronym_spelling_no_place_of_the_story_stays_a_body():
    text = "HK said on Friday it would list its shares, a spokesman for the firm in London said.\n"
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get("HK") == "organization"


def test_town_after_a_side_word_on_a_match_line_is_its_club():
    text = (
        "Leaders Leicestershire won by an innings, while title rivals Essex closed in on victory in the championship.\n"
    )
    orgs = [e.name for e in find_entities(text) if e.kind == "organization"]
    assert "Essex" in orgs


def test_town_after_a_side_word_off_a_match_line_stays_a_place():
    text = "Nato leaders met in Brussels, and their rivals Essex farmers protested outside.\n"
    assert "Essex" not in [e.name for e in find_entities(text) if e.kind == "organization"]


def test_a_town_a_player_scores_or_makes_a_debut_for_is_its_side():
    text = "Ruiz hit his 21st homer for Milwaukee on Friday.\nTanner made his county debut for Hampshire."
    found = kinds(text)
    assert found["Milwaukee"] == "organization" and found["Hampshire"] == "organization"
    # a town a fund is "for" is no side
    assert kinds("The mayor raised funds for Milwaukee last year.")["Milwaukee"] == "place"


def test_words_before_an_office_in_a_headline_in_capitals_are_no_body():
    text = "SOCCER - DUNMORE SACK COACH EMON.\nPERTH 1996-08-29\nDunmore United on Thursday parted with coach Albert Emon.\n"
    assert "DUNMORE SACK" not in [e.name for e in find_entities(text)]


def test_words_before_an_office_ending_on_no_body_word_name_no_body():
    assert "EU Farm" not in [e.name for e in find_entities("EU Farm Commissioner Franz Fischler said the ban stays.\n")]
    assert "Supreme Allied" not in [e.name for e in find_entities("Supreme Allied Commander George Joulwan flew in.\n")]
    # a body's own word, the central bank, or the same words named alone elsewhere, still make a body
    kinds = {e.name: e.kind for e in find_entities("Interior Ministry spokesman Karel Vrba said it was calm.\n")}
    assert kinds["Interior Ministry"] == "organization"
    kinds = {e.name: e.kind for e in find_entities("Traders awaited Federal Reserve Chairman Alan Greenspan.\n")}
    assert kinds["Federal Reserve"] == "organization"
    text = "Oxbridge Farm spokesman Tom Dale said the Oxbridge Farm harvest failed.\n"
    assert {e.name: e.kind for e in find_entities(text)}.get("Oxbridge Farm") == "organization"


def test_a_hospital_or_a_museum_is_the_place_things_happen_in():
    assert (
        kinds("The boy was taken to Halvorsen Memorial Hospital on Friday.")["Halvorsen Memorial Hospital"] == "place"
    )
    assert kinds("The mask is on show at the Quarren Museum.")["Quarren Museum"] == "place"
    # a body whose name only holds the word is still a body
    assert (
        kinds("Doctors of the Brelling Hospital Trust said it was full.")["Brelling Hospital Trust"] == "organization"
    )


def test_a_newsroom_is_a_body_though_a_given_name_opens_it():
    assert (
        kinds("Prices were steady on Friday.\n-- Sydney Newsroom 61-2 9373-1800")["Sydney Newsroom"] == "organization"
    )


def test_a_club_word_or_acronym_before_a_town_on_a_line_about_a_match_is_a_club():
    found = kinds("Quorvane Amsterdam opened their title defence with a 1-0 win over QVK Breda on Wednesday.")
    assert found["Quorvane Amsterdam"] == "organization"
    assert found["QVK Breda"] == "organization"  # Breda only the atlas knows: after an acronym


def test_a_name_before_a_town_is_no_club_off_a_match_line_or_when_the_town_is_a_surname():
    assert kinds("Quorvane Amsterdam, a painter, opened the exhibition on Friday.").get("Quorvane Amsterdam") != (
        "organization"
    )
    # a town only the atlas knows, after no club word, is a surname as often: "Castilla"
    assert kinds("Vinny Castilla homered twice in the game on Friday.").get("Vinny Castilla") != "organization"


def test_a_body_named_by_its_head_at_a_sentence_start_keeps_its_first_word():
    text = (
        "Germany said on Thursday it had received assurances.\n"
        "Foreign Ministry spokesman Martin Erdmann said the talks went well.\n"
        "Erdmann is the political director of the foreign ministry."
    )
    assert kinds(text).get("Foreign Ministry") == "organization"
    # an English word that only a sentence start capitalised, before no body's head, still goes
    assert "Foreign" not in kinds("Foreign investors fled. The foreign press said so.")


def test_a_division_of_a_league_is_no_body():
    found = kinds("The Quorvanes lead the Brelling League Central by two games, and the Tessaros the QL East.")
    assert found["Brelling League Central"] == "other"
    assert found["QL East"] == "other"  # an acronym and a compass word on a line about a match
    assert kinds("Brelling League said on Friday it would expand.")["Brelling League"] == "organization"


def test_a_sports_measure_or_a_scan_in_capitals_is_no_body():
    found = kinds("Kelvar Brosz went 3-for-4 with three RBI as the Quorvane Tigers won, then had an MRI.")
    assert found.get("RBI") != "organization"
    assert found.get("MRI") != "organization"


def test_initials_before_a_surname_that_is_a_town_are_a_person_not_a_club():
    found = kinds("They acquired Kelvar Brosz from the Quorvane Tigers and P.J. Tucker from the Suns in the 2-1 trade.")
    assert found["P.J. Tucker"] == "person"


def test_a_bearing_a_strip_or_a_county_named_first_make_a_place():
    assert kinds("The church in Karvin, 30 km (19 miles) north of Quorzad, was destroyed.")["Quorzad"] == "place"
    assert kinds("Israel will keep the Quorvane Strip, officials said on Monday.")["Quorvane Strip"] == "place"
    assert kinds("Members of a County Quorvane family were driven into exile.")["County Quorvane"] == "place"
    assert kinds("The County Commission said on Monday it would vote.")["County Commission"] == "organization"


def test_a_counted_abbreviation_before_a_clause_is_a_measure_but_alone_may_be_a_body():
    found = kinds("Kelvar Brosz went 3-for-4 with three QBI as the Quorvane Tigers won 13-9.")
    assert found.get("QBI") != "organization"
    assert kinds("India's central bank QBI said on Friday it would cut rates.").get("QBI") == "organization"


def test_a_name_listed_after_a_place_a_preposition_opens_is_one_more_place():
    assert kinds("Police will cancel opposition rallies in Ljubljana and Quorzad on Friday.")["Quorzad"] == "place"
    # no preposition of place opens the list: a name beside a town may be anything
    assert kinds("He met Zagreb and Quorzad officials on Friday.")["Quorzad"] != "place"
    # a given name's words stay a person's
    assert kinds("Police will cancel rallies in Ljubljana and Kelvar Brosz said so.")["Kelvar Brosz"] != "place"


def test_a_plural_organisation_noun_before_a_list_makes_bodies_of_it():
    found = kinds("Talks went on with the German retailers Brellix, Quorvane and Tarsk on Friday.")
    assert found["Brellix"] == "organization"
    assert found["Tarsk"] == "organization"
    assert kinds("Officials fined two airlines, Zorvatek and Quellin, on Monday.")["Zorvatek"] == "organization"


def test_a_plural_of_people_before_a_name_makes_no_body():
    assert kinds("The leaders Tarsk Velmoran and Quill Harvane met.").get("Tarsk Velmoran") != "organization"


def test_examples_a_plural_organisation_noun_includes_are_bodies():
    assert kinds("Other activist groups include the Velmoran Circle.")["Velmoran Circle"] == "organization"
    found = kinds("Other activist groups include Quorvane, Brellix and Tarsk.")
    assert found["Quorvane"] == "organization"
    assert found["Tarsk"] == "organization"
    assert kinds("Other games include Quorvane, a race.").get("Quorvane") != "organization"


def test_a_club_nickname_shaped_like_a_people_names_the_club_the_story_names_in_full():
    text = (
        "Greer lifted the Portland Rangers to a 10-8 win over the Denver Indians.\nThe Indians have lost eight games."
    )
    assert kinds(text)["Indians"] == "organization"


def test_another_plural_nickname_with_its_article_in_a_story_of_clubs_is_a_club():
    text = "The Denver Hawks beat the Portland Rangers 5-3.\nThe Hawks trail the Herons by two games."
    assert kinds(text)["Herons"] == "organization"
    assert kinds("The Hawks trail the Herons by two games.").get("Herons") != "organization"
    text = "The Denver Hawks beat the Portland Rangers 5-3.\nThe Democrats and the Kurds watched."
    found = kinds(text)
    assert found.get("Democrats") != "organization"
    assert found.get("Kurds") != "organization"


def test_the_names_heading_bulleted_stories_of_a_press_review_are_papers():
    text = (
        "Following are highlights of stories in the press.\n"
        "VELMORAN ZORVATEK\n- The minister met the union on Friday.\n"
        "THE EVENING BELL\n- Prices rose in the capital.\n"
        "FRANCE\n- Rain fell.\n"
    )
    found = kinds(text)
    assert found["VELMORAN ZORVATEK"] == "organization"
    assert found["THE EVENING BELL"] == "organization"
    assert found.get("FRANCE") != "organization"
    found = kinds("Highlights.\nDIARIO 16\n- The minister met the union.\nEL ZORVATEK\n- Prices rose.\n")
    assert found["DIARIO 16"] == "organization"
    assert "DIARIO" not in found


def test_section_heads_made_only_of_english_words_name_no_paper():
    found = kinds("Highlights.\nFRONT PAGE\n- The minister met the union.\nKEY POINTS\n- Prices rose.\n")
    assert found.get("FRONT PAGE") != "organization"
    assert found.get("KEY POINTS") != "organization"


def test_a_wire_agency_opening_a_sentence_is_named_though_its_name_is_a_cue_word():
    found = kinds("Highlights of the press follow.\nReuters has not verified these stories.")
    assert found.get("Reuters") == "organization"
    assert "University" not in kinds("University spokesman Tarsk Velmoran said so.")


def test_a_town_owning_a_score_or_placed_in_a_table_is_its_side():
    assert kinds("He scored twice in Strasbourg's 3-1 home victory.")["Strasbourg"] == "organization"
    assert kinds("Essex trail third-placed Surrey by one point this season.")["Surrey"] == "organization"
    assert kinds("Then Quorvane's 2-1 away win lifted them.")["Quorvane"] == "organization"
    assert kinds("He was a former player for Quorvane.")["Quorvane"] == "organization"
    assert kinds("Strasbourg's 3 percent rise in rents surprised nobody.").get("Strasbourg") != "organization"


def test_the_desk_of_a_closing_contact_line_is_an_organisation_and_its_reporter_a_person():
    found = kinds("Prices fell on Friday, dealers said.\n-- Tarsk Velmoran, Quorvane Newsroom +301 3311812-4\n")
    assert found["Quorvane Newsroom"] == "organization"
    assert found["Tarsk Velmoran"] == "person"
    found = kinds("Prices fell in Toronto.\n-- Q Harvane, New York Power Desk +1 212 859 1622\n")
    assert found["New York Power Desk"] == "organization"
    assert found["Q Harvane"] == "person"
    assert "New York" not in found


def test_a_fax_number_after_a_phone_number_names_no_desk():
    found = kinds("Prices fell.\n-- Quorvane newsroom +31 20 504 5000, Fax +31 20 504 504\n")
    assert found.get("Fax") != "organization"


def test_champions_or_newcomers_on_a_line_about_a_draw_or_a_point_are_a_side():
    assert kinds("Reigning champions Quorvane had to settle for a goalless draw.")["Quorvane"] == "organization"
    assert kinds("They faced the newcomers Zorvatek, one point behind.")["Zorvatek"] == "organization"
    assert kinds("The newcomers Zorvatek and Quill signed the lease.").get("Zorvatek") != "organization"


def test_a_column_named_with_a_body_word_is_no_body():
    found = kinds("Zorvatek shares rose.\nThe Press Digest of Monday was short, and the Market Roundup longer.")
    assert found.get("Press Digest") != "organization"
    assert found.get("Market Roundup") != "organization"
    assert kinds("The Quorvane Press said so on Monday.")["Quorvane Press"] == "organization"


def test_a_given_name_an_organisation_noun_or_a_players_position_names_is_a_body():
    assert kinds("The official news agency Petra said talks would go on.")["Petra"] == "organization"
    assert kinds("The official spokesman Petra Velmoran said talks would go on.")["Petra Velmoran"] == "person"
    assert kinds("Doctors treated Chelsea defender Tarsk Velmoran.")["Chelsea"] == "organization"
    assert kinds("Chelsea said she would come back on Monday.").get("Chelsea") != "organization"


def test_a_concern_a_publication_or_a_newsletter_before_a_name_is_a_body():
    assert kinds("Engineering concern Zorvatek started the day well.")["Zorvatek"] == "organization"
    assert kinds("Output fell, according to its newsletter Quorvane Weekly.")["Quorvane Weekly"] == "organization"


def test_one_word_closing_on_bank_is_a_bank_unless_english_has_it():
    assert kinds("The size of the Quorvabank's rate cut surprised dealers.")["Quorvabank"] == "organization"
    assert kinds("They sat on the Riverbank at noon, Tarsk Velmoran said.").get("Riverbank") != "organization"


def test_a_peoples_possessive_inside_a_name_keeps_the_body_whole():
    found = kinds("The Quorvane People's Party won the vote, the official People's Daily said.")
    assert found["Quorvane People's Party"] == "organization"
    assert found["People's Daily"] == "organization"
    assert "Quorvane People" not in found
    assert kinds("It is the people's choice, Tarsk Velmoran said.").get("Tarsk Velmoran") == "person"


def test_a_day_after_a_shared_public_body_does_not_break_it():
    found = kinds("The Quorvane and Exchange Commission Wednesday approved rules.")
    assert found.get("Quorvane and Exchange Commission") == "organization"


def test_a_person_heading_bulleted_facts_is_no_paper():
    text = "The candidates.\nJoe Zorvatek\n- Age: 78\nTHE EVENING BELL\n- Prices rose.\nVELMORAN\n- Rain fell.\n"
    assert kinds(text).get("Joe Zorvatek") != "organization"
