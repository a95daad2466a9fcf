"""A state named in a sentence about years before it existed counts as its predecessor."""

from __future__ import annotations

from bilateral.document import Document, Sentence
from bilateral.kb.mentions import find_mentions
from bilateral.text.paragraphs import split_paragraphs
from bilateral.text.sentences import split_sentences
from bilateral.text.years import years_in


def _endpoints(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(name="t.txt", raw_text=text)
    doc.text = text
    doc.paragraphs = split_paragraphs(text)
    for index, para in enumerate(doc.paragraphs):
        para.lang = lang
        doc.sentences += [
            Sentence(s, e, index, lang)
            for s, e in split_sentences(text, para.start, para.end, lang)
        ]
    return [(m.text, m.endpoint) for m in find_mentions(doc)]


def test_russia_in_the_1970s_is_the_soviet_union():
    assert ("Russia", "SUN") in _endpoints("In 1975 Russia sold tanks to Iraq.", "en")
    assert ("Russia", "RUS") in _endpoints("In 2015 Russia sold tanks to Iraq.", "en")
    assert ("Russia", "RUS") in _endpoints("Russia sold tanks to Iraq.", "en")  # no era given


def test_palestinians_before_statehood_are_the_plo():
    found = _endpoints("Đầu thập niên ‘70, người Palestine giao tranh ở Jordan.", "vi")
    assert ("người Palestine", "PLO") in found


def test_years_in():
    assert years_in("from 1965 to the '80s and 2001") == [1965, 1980, 2001]
    assert years_in("$2001 and 12.2008 are not years") == []
