from summarizer.grounding.prose import check_support
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
