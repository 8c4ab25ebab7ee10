"""The dependency parse (`text.parse`): sentences parsed together in one pass of the model get
the very parse each gets alone, and are then found parsed."""

import subprocess
import sys

from summarizer.text import parse as parsing


def _reading(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc]


SENTENCES = [
    "The harbour board closed the ferry terminal on Monday after a storm damaged the pier.",
    "Crews worked overnight.",
    "Mayor Ines Okafor, who chairs the board, said repairs would cost about $2 million and take a month.",
    "Residents were not told.",
]


def test_sentences_parsed_together_read_as_each_alone():
    alone = [_reading(parsing.pipeline(parsing._PARSER)(sentence)) for sentence in SENTENCES]
    parsing.parse_together([*SENTENCES, SENTENCES[0]])
    for sentence, reading in zip(SENTENCES, alone, strict=True):
        assert sentence in parsing._PARSED
        assert _reading(parsing.parse(sentence)) == reading


def test_parses_kept_are_bounded_least_recently_used_first(monkeypatch):
    monkeypatch.setattr(parsing, "_PARSED", type(parsing._PARSED)())
    monkeypatch.setattr(parsing, "_KEPT", 2)
    first = parsing.parse(SENTENCES[1])
    parsing.parse(SENTENCES[3])
    assert parsing.parse(SENTENCES[1]) is first  # used again: now the most recent
    parsing.parse(SENTENCES[0])
    assert list(parsing._PARSED) == [SENTENCES[1], SENTENCES[0]]


def test_the_model_stores_the_tokenizer_spacy_builds_from_the_english_defaults():
    # `pipeline` skips the stored copy (the same rules loaded twice): safe only while they are equal.
    import spacy

    stored = spacy.load(parsing.MODEL, exclude=list(parsing._ALL_COMPONENTS)).tokenizer
    built = parsing.pipeline(parsing._PARSER).tokenizer
    # The rules, prefixes, suffixes, infixes and special cases; not the vocabulary, which grows
    # with every text the pipeline has read.
    assert stored.to_bytes(exclude=["vocab"]) == built.to_bytes(exclude=["vocab"])
    text = "Dr. Smith's U.S.-made car didn't start at 9 a.m. (Mon.)"
    assert [t.text for t in stored(text)] == [t.text for t in built(text)]


def test_the_tagger_loaded_ahead_is_the_one_the_entity_finder_asks_for():
    from summarizer.extract.model_kinds import tagged_names

    parsing.load_entity_tagger()
    loaded = parsing._loaded.cache_info().misses
    text = "Harbour master Ines Okafor spoke to Radio Kestrel on Monday."
    tagged_names(text, [(0, len(text))])
    assert parsing._loaded.cache_info().misses == loaded  # found loaded, not loaded again


def test_only_the_tagger_and_parser_read_the_shared_tok2vec():
    # `pipeline` leaves the shared tok2vec out of a pipeline without a listener of it: safe only
    # while the model's config wires it so (the entity recogniser embeds its own).
    from spacy.util import load_config

    from summarizer.text.parse import _loaded

    config = load_config(_loaded(parsing._PARSER).path / "config.cfg")

    def architecture_of_tok2vec(component: dict) -> str:
        return ((component.get("model") or {}).get("tok2vec") or {}).get("@architectures", "")

    listeners = {
        name
        for name, component in config["components"].items()
        if architecture_of_tok2vec(component).startswith("spacy.Tok2VecListener")
    }
    assert listeners == parsing._TOK2VEC_LISTENERS


def test_the_entity_tagger_finds_the_same_names_without_the_shared_tok2vec_and_with_a_shared_vocabulary_and_tokenizer():
    import spacy

    with_shared = spacy.load(parsing.MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    parser = parsing.pipeline(parsing._PARSER)
    tagger = parsing.pipeline(("tok2vec", "ner"))
    assert tagger.pipe_names == ["ner"]
    assert tagger.vocab is parser.vocab  # read once, for both
    assert tagger.tokenizer is parser.tokenizer  # built once
    text = "Harbour master Ines Okafor told Radio Kestrel in Port Elsin that Maren Shipping would close."
    names = [(e.start_char, e.end_char, e.label_) for e in tagger(text).ents]
    assert names == [(e.start_char, e.end_char, e.label_) for e in with_shared(text).ents]
    assert len(names) >= 2


def test_a_parser_loaded_after_the_tagger_parses_as_one_loaded_alone(monkeypatch):
    # Whichever pipeline comes first lends the other its vocabulary and tokenizer.
    import spacy

    alone = spacy.load(parsing.MODEL, exclude=["ner", "senter"])
    monkeypatch.setattr(parsing, "_FIRST_LOADED", [])
    parsing._loaded.cache_clear()
    try:
        tagger = parsing.pipeline(("tok2vec", "ner"))
        parser = parsing.pipeline(parsing._PARSER)
        assert parser.tokenizer is tagger.tokenizer
        for sentence in SENTENCES:
            assert _reading(parser(sentence)) == _reading(alone(sentence))
    finally:
        parsing._loaded.cache_clear()  # the next caller loads afresh, as the first one did


def test_a_typographic_apostrophe_keeps_the_negation_and_the_offsets():
    # the model learnt "n't" with a straight apostrophe; with "’" it may lose the negation
    text = "Officials admit the 2011 plan “didn’t work,” and the town has become poorer."
    doc = parsing.parse(text)
    work = next(t for t in doc if t.lower_ == "work")
    assert any(c.dep_ == "neg" for c in work.children)
    assert [t.idx for t in doc] == [t.idx for t in parsing.parse(text.replace("’", "'"))]
    assert work.idx == text.index("work")


def test_spacy_is_imported_without_its_command_line_which_still_works_when_asked_for():
    # In a fresh interpreter: this one may have imported spaCy already.
    script = (
        "import sys\n"
        "from summarizer.text.parse import import_spacy, pipeline\n"
        "spacy = import_spacy()\n"
        "print(sorted(name for name in ('spacy.cli', 'typer', 'click', 'weasel') if name in sys.modules))\n"
        "print(len(pipeline(('tok2vec', 'ner'))('Ines Okafor met Tom Reyes in Lagos.').ents) > 0)\n"
        "import spacy.cli\n"
        "print(spacy.cli.info.__module__, callable(spacy.info))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["[]", "True", "spacy.cli.info True"]
