from summarizer.text.spans import find_all, fold, strip_quote_marks


def test_curly_and_straight_quotes_match_each_other():
    text = "She said \u201cwe\u2019re ready\u201d and left."
    [(start, end)] = find_all(text, "\"we're ready\"")
    assert text[start:end] == "\u201cwe\u2019re ready\u201d"


def test_whitespace_runs_and_line_breaks_count_as_one_space():
    text = 'He said: "We will not\n   give up, not now."'
    [(start, end)] = find_all(text, "We will not give up, not now.")
    assert text[start:end] == "We will not\n   give up, not now."


def test_repeated_phrase_gives_every_span():
    text = "Stay calm. Then again: stay calm. Stay calm!"
    spans = find_all(text, "Stay calm", ignore_case=True)
    assert [text[s:e] for s, e in spans] == ["Stay calm", "stay calm", "Stay calm"]


def test_case_matters_unless_asked():
    assert find_all("The Senate voted.", "the senate") == []
    assert find_all("The Senate voted.", "the senate", ignore_case=True) == [(0, 10)]


def test_whole_words_only():
    assert find_all("Austinville is quiet.", "Austin") == []
    assert find_all("Mr. Austin's office.", "Austin") == [(4, 10)]


def test_not_found_and_empty_phrase():
    assert find_all("Nothing here.", "something") == []
    assert find_all("Nothing here.", "   ") == []


def test_fold_and_strip_quote_marks():
    assert fold("  \u201cA\u00a0 b\u201d\n") == '"A b"'
    assert strip_quote_marks(' \u201cWe will,\u201d ') == "We will,"
