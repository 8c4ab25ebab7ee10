"""Tables kept in the user cache in marshal form (`text.table_copies`): read back equal to what was
parsed, parsed again when the file they were made from changes, and never a crash when the copy
is corrupt or cannot be written."""

import os

from summarizer.text.table_copies import parsed_once, tables_dir


def _counting_parser(calls, table):
    def parse():
        calls.append(1)
        return table

    return parse


def test_a_table_is_parsed_once_then_read_back_equal(tmp_path):
    source = tmp_path / "words.csv"
    source.write_text("left,leave\n", encoding="utf-8")
    table = {"left": {"VERB": ("leave",), "ADJ": ("left",)}, "cities": frozenset({"toluca", "boca raton"})}
    calls = []
    first = parsed_once("words", source, _counting_parser(calls, table))
    again = parsed_once("words", source, _counting_parser(calls, table))
    assert first == again == table
    assert list(again["left"]) == ["VERB", "ADJ"]  # the order of a dictionary is kept
    assert len(calls) == 1
    assert len(list(tables_dir().glob("words-*.marshal"))) == 1


def test_a_changed_source_is_parsed_again(tmp_path):
    source = tmp_path / "words.csv"
    source.write_text("left,leave\n", encoding="utf-8")
    calls = []
    assert parsed_once("words", source, _counting_parser(calls, {"left": "leave"})) == {"left": "leave"}
    source.write_text("left,leave\nwon,win\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    table = {"left": "leave", "won": "win"}
    assert parsed_once("words", source, _counting_parser(calls, table)) == table
    assert len(calls) == 2


def test_a_corrupt_copy_is_a_miss_and_is_replaced(tmp_path):
    source = tmp_path / "words.csv"
    source.write_text("left,leave\n", encoding="utf-8")
    calls = []
    parsed_once("words", source, _counting_parser(calls, {"left": "leave"}))
    (copy,) = tables_dir().glob("words-*.marshal")
    copy.write_bytes(b"\x00 not marshal")
    assert parsed_once("words", source, _counting_parser(calls, {"left": "leave"})) == {"left": "leave"}
    assert parsed_once("words", source, _counting_parser(calls, {"left": "leave"})) == {"left": "leave"}
    assert len(calls) == 2  # parsed again once, then read from the rewritten copy


def test_a_cache_that_cannot_be_written_only_costs_the_parse(tmp_path, monkeypatch):
    source = tmp_path / "words.csv"
    source.write_text("left,leave\n", encoding="utf-8")
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    calls = []
    for _ in range(2):
        assert parsed_once("words", source, _counting_parser(calls, {"left": "leave"})) == {"left": "leave"}
    assert len(calls) == 2


def test_lemminflect_answers_the_same_from_the_cached_tables():
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    from summarizer.text.lemminflect_tables import getAllLemmas, getInflection

    lemmatizer, inflections = Lemmatizer(), Inflections()
    for singleton, table in ((lemmatizer, "lemma_dict"), (inflections, "infl_dict")):
        if hasattr(singleton, table):  # loaded by an earlier test: load again through the copy
            delattr(singleton, table)
    assert getAllLemmas("left") == {"VERB": ("leave",), "ADJ": ("left",), "NOUN": ("left",), "ADV": ("left",)}
    assert getInflection("arrest", "VBD") == ("arrested",)
    assert list(tables_dir().glob("lemminflect-*.marshal"))  # the copies were made
    delattr(lemmatizer, "lemma_dict")
    delattr(inflections, "infl_dict")
    assert lemmatizer._getLemmaDict() == LemmaLUCodec.load(lemmatizer.lemma_lu_fn)  # read from the copy
    assert inflections._getInflDict() == InflectionLUCodec.load(inflections.infl_lu_fn)
