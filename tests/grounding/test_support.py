from summarizer.grounding.prose import check_claim, check_support
from summarizer.text.sentences import split_sentences

SOURCE = (
    "Defense chiefs urged North Korea to withdraw about 10,000 troops from Russia. "
    "The United Nations said it could not verify the reports."
)


def test_paraphrase_close_to_one_passage_is_supported():
    assert check_support("Defense chiefs urged North Korea to withdraw its troops from Russia.", SOURCE).supported


def test_invented_event_name_and_figure_are_not():
    assert not check_support("The United Nations called for an immediate ceasefire.", SOURCE).supported
    assert "12,000" in check_support("About 12,000 troops are in Russia.", SOURCE).reason
    assert "Security Council" in check_support("The Security Council Chief urged calm.", SOURCE).reason


def test_split_sentences():
    assert split_sentences("One thing. Two things! \u201cThree?\u201d Four") == [
        "One thing.",
        "Two things!",
        "\u201cThree?\u201d",
        "Four",
    ]


def test_a_claim_carries_the_span_of_its_evidence():
    claim = "Defense chiefs urged North Korea to withdraw its troops from Russia."
    verdict = check_claim(claim, SOURCE)
    assert verdict.supported and verdict.evidence
    start, end = verdict.evidence[0]
    assert "withdraw" in SOURCE[start:end]


def test_a_wrong_citation_falls_back_to_the_whole_article_and_a_right_one_is_kept():
    claim = "Defense chiefs urged North Korea to withdraw its troops from Russia."
    start = SOURCE.index("urged")
    sentence = (SOURCE.rfind(".", 0, start) + 1, SOURCE.index(".", start) + 1)
    assert check_claim(claim, SOURCE, cited=[sentence]).evidence == (sentence,)
    wrong = (0, 5)
    verdict = check_claim(claim, SOURCE, cited=[wrong])
    assert verdict.supported and verdict.evidence != (wrong,)
    assert not check_claim("The United Nations called for an immediate ceasefire.", SOURCE, cited=[sentence]).supported


def test_a_plan_the_evidence_never_states_is_invented():
    source = (
        "A judge criticised the station on Friday for playing games with its members. "
        "The station had refused to share the members' e-mail addresses with the group."
    )
    verdict = check_claim(
        "The station said it would appeal the judge's ruling on the members' e-mail addresses.", source
    )
    assert not verdict.supported and "'appeal'" in verdict.reason
    planned = source + " The station said it was going to challenge the ruling in a higher court."
    assert check_claim("The station said it would appeal the ruling in a higher court.", planned).supported
