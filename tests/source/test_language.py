"""Non-English articles are named in a note (the extractors' cue words are English), and
English ones are left alone without loading the language identifier."""

import sys

import pytest

from summarizer.source.language import english_share, language_note, other_language

SPANISH = (
    "El ayuntamiento de Málaga aprobó el lunes un plan para reconstruir el puente del río, "
    "que quedó destruido por las inundaciones de la semana pasada. La alcaldesa dijo que las obras "
    "empezarán en primavera y costarán unos doce millones de euros, según el presupuesto municipal. "
    "Los vecinos pidieron que se acelere la reparación porque el puente es la única salida del barrio."
)
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die Brücke über den Fluss wieder aufzubauen, die bei dem "
    "Hochwasser der vergangenen Woche zerstört wurde. Die Bürgermeisterin sagte, die Arbeiten sollen im "
    "Frühjahr beginnen und etwa zwölf Millionen Euro kosten. Die Anwohner fordern eine schnelle Reparatur."
)
ENGLISH = (
    "The city council voted on Monday to rebuild the bridge over the river, which was destroyed by "
    "last week's floods. The mayor said the work would start in the spring and cost about 12 million "
    "dollars, according to the city's budget. Residents asked for the repair to be sped up because the "
    "bridge is the only way out of the neighbourhood."
)


@pytest.mark.parametrize("text, language", [(SPANISH, "Spanish"), (GERMAN, "German")])
def test_an_article_in_another_language_is_named(text, language):
    assert other_language(text) == language
    note = language_note(text)
    assert note is not None and language in note and "English" in note


def test_english_is_told_by_its_common_words_alone(monkeypatch):
    monkeypatch.setitem(sys.modules, "py3langid", None)  # importing it would now fail
    assert english_share(ENGLISH) > 0.3 > english_share(SPANISH)
    assert other_language(ENGLISH) is None and language_note(ENGLISH) is None


def test_text_too_short_to_tell_gets_no_note():
    assert other_language("Hola, ¿qué tal?") is None


def test_thirty_words_are_enough_to_tell_and_twenty_nine_are_not():
    words = SPANISH.split()
    assert other_language(" ".join(words[:29])) is None
    assert other_language(" ".join(words[:30])) == "Spanish"
