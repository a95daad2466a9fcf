from bilateral.text.paragraphs import split_paragraphs


def _texts(text):
    return [(text[p.start : p.end], p.kind) for p in split_paragraphs(text)]


def test_lines_are_paragraphs_and_short_unpunctuated_lines_are_headings():
    text = "Defence ties\n\nThe two states signed a pact in 2004.\nA second line ends here.\n"
    assert _texts(text) == [
        ("Defence ties", "heading"),
        ("The two states signed a pact in 2004.", "body"),
        ("A second line ends here.", "body"),
    ]


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    text = (
        "The ministry said on Monday that the first batch of the\n"
        "missiles would arrive before the end of the year, officials added.\n\nNext one."
    )
    paragraphs = _texts(text)
    assert len(paragraphs) == 2
    assert paragraphs[0][0].startswith("The ministry") and paragraphs[0][0].endswith("added.")
    assert paragraphs[0][1] == "body"


def test_spans_are_trimmed_and_in_order():
    text = "   Title line  \n\n\n  Body sentence one.   \n"
    spans = split_paragraphs(text)
    assert [(text[p.start : p.end]) for p in spans] == ["Title line", "Body sentence one."]
    assert spans[0].end <= spans[1].start


def test_empty_text_has_no_paragraphs():
    assert split_paragraphs("\n \n\t\n") == []
