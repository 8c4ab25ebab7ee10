"""Words said in other words (`grounding.synonyms`, through `Passage.holds`): a claim is
credited for a synonym of its evidence's word, or a more general word, never a more specific
one; and the error checks (an invented event, a negation, an opposite) stay as strict."""

from summarizer.grounding.claims import coverage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.synonyms import names_a_person, needs_object, related_lemmas

SOURCE = (
    "The city council banned the sale of fireworks within city limits last year. "
    "Firefighters rescued a girl from the burning house on Main Street. "
    "The police received several reports of provocative posts by the public."
)


def test_wordnet_gives_synonyms_and_the_words_above():
    assert {"prohibit", "forbid"} <= related_lemmas("ban")
    assert "equine" in related_lemmas("horse")  # the word above "horse"
    assert "equine" not in related_lemmas("horse", wider=False)
    assert related_lemmas("qzxv") == frozenset()


def test_a_claim_may_say_its_evidence_in_other_words():
    assert check_claim("The council prohibited the sale of fireworks within city limits.", SOURCE).supported
    assert check_claim("Firefighters saved a girl from the burning house.", SOURCE).supported


def test_a_claim_may_be_more_general_than_its_evidence_never_more_specific():
    general = parse_source("The horse escaped from its stable.").windows[0]
    specific = parse_source("The equine escaped from its stable.").windows[0]
    assert coverage(parse_claim("The equine escaped from its stable."), general) == 1.0
    assert coverage(parse_claim("The horse escaped from its stable."), specific) < 1.0


def test_other_words_excuse_no_invented_event():
    claim = parse_claim("Police arrested several people over provocative posts.")
    passage = parse_source(SOURCE).windows[-1]
    assert coverage(claim, passage) > coverage(claim, passage, other_words=False)  # "people": "public"
    verdict = check_claim(claim.text, SOURCE)
    assert not verdict.supported
    assert verdict.reason == "the event ('arrested') is not in the evidence"


def test_negations_and_opposites_stay_refused():
    allowed = check_claim("The council allowed the sale of fireworks within city limits.", SOURCE)
    assert not allowed.supported and "'ban' in the evidence" in allowed.reason
    negated = check_claim("The council did not prohibit the sale of fireworks.", SOURCE)
    assert not negated.supported and negated.reason.startswith("the negation 'not'")


def test_wordnet_antonyms_are_opposites_unless_the_claim_says_both():
    source = "The ministry said the letters sent to voters were false."
    verdict = check_claim("The ministry said the letters sent to voters were genuine.", source)
    assert not verdict.supported and verdict.reason == "'genuine' here, but 'false' in the evidence"
    assert check_claim("The ministry said the letters sent to voters were untrue.", source).supported
    # "stop" is the antonym of "start", which the claim says too: no contradiction
    games = "Rita Moss made 30 saves in her fifth start of the season."
    assert check_claim("Moss stopped 30 shots in her fifth start of the season.", games).supported


def test_a_word_for_a_kind_of_person_is_known_as_one():
    assert names_a_person("striker") and names_a_person("novelist") and names_a_person("veteran")
    assert not names_a_person("unit") and not names_a_person("company") and not names_a_person("city")


def test_titles_alike_reads_a_title_in_its_sense_of_a_person() -> None:
    from summarizer.grounding.synonyms import titles_alike

    assert titles_alike("head", "leader")  # "head" as a person, not the body part
    assert titles_alike("president", "chairman")
    assert not titles_alike("head", "treasurer")
    assert not titles_alike("candidate", "director")


def test_a_synset_line_is_found_from_the_lines_found_before_it():
    """`_line_start` starts each search past the lines found so far (each CR LF moves a line by
    one byte): in any order of look-ups, it finds the line a search from the synset's own
    number finds, and nothing for a number no line has."""
    import random

    from summarizer.grounding import synonyms

    data = synonyms._file("data.verb")
    numbers = [int(line[:8]) for line in data[:].split(b"\n") if line[:8].isdigit()]
    picked = random.Random(7).sample(numbers, 400)
    for number in picked + [n + 1 for n in picked[:50]]:
        expected = data.find(b"\n%08d " % number, max(0, number - 1)) + 1
        assert synonyms._line_start(data, "verb", number) == expected


def test_wordnet_verb_frames_say_which_verbs_must_take_an_object():
    # no sense of these has a frame with the subject alone ("Somebody ----s")
    assert needs_object("claim") and needs_object("include") and needs_object("announce")
    # these can stand alone: "the owners paid", "he left", "they won"
    assert not needs_object("pay") and not needs_object("leave") and not needs_object("win")
    # a word WordNet has no verb for says nothing
    assert not needs_object("table-top") and not needs_object("quickly")
