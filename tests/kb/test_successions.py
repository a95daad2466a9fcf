"""A state named in a sentence about years before it existed counts as its predecessor."""

from __future__ import annotations

from bilateral.kb.mentions import find_mentions
from bilateral.text.years import years_in
from tests.documents import document


def _endpoints(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.endpoint) for m in find_mentions(document(text, lang))]


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
