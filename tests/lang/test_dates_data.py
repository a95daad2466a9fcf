"""Every hand-written dates.yaml is well formed (schema, strings, no duplicates)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from bilateral import lang

KEYS = {"prefixes", "connectors", "ordinals"}
# Times of facts (extract/timex.py): templates, word lists and word → value maps.
TEMPLATES = {"decades": ("{y",), "ranges": ("{start}", "{end")}  # {year}/{yy}, {end}/{end2}
WORDS = {"not_year_units", "since_before", "since_after"}
MAPS = {"decade_words", "relative_years", "relative_months", "events", "months"}
SHARED = "xx"  # lang/xx/dates.yaml: read for every language
CALENDARS = "calendars"  # another calendar's years: [{first, last, offset}]


def _files() -> list[str]:
    root = resources.files("bilateral.lang")
    return sorted(p.name for p in root.iterdir() if p.joinpath("dates.yaml").is_file())


def test_only_manifest_languages_have_dates_data() -> None:
    codes = _files()
    assert codes, "no dates.yaml found"
    assert set(codes) <= set(lang.codes()) | {SHARED}
    assert "en" in codes  # English is read for every language


@pytest.mark.parametrize("code", _files())
def test_dates_yaml_schema(code: str) -> None:
    data = lang.load_data(code, "dates.yaml")
    assert isinstance(data, dict) and data, code
    known = KEYS | set(TEMPLATES) | WORDS | MAPS | {CALENDARS}
    assert set(data) <= known, f"{code}: unknown keys {set(data) - known}"
    for key, values in data.items():
        if key not in KEYS:
            continue
        assert isinstance(values, list) and values, (code, key)
        for value in values:
            # YAML 1.1 reads a bare `on` or `no` as a boolean: quote such words
            assert isinstance(value, str), (code, key, value)
            assert value == value.strip() and value, (code, key, value)
            assert not any(ch.isdigit() for ch in value), (code, key, value)
        folded = [v.casefold() for v in values]
        duplicates = {v for v in folded if folded.count(v) > 1}
        assert not duplicates, f"{code}/{key}: duplicates {duplicates}"


@pytest.mark.parametrize("code", _files())
def test_connectors_and_ordinals_are_single_words(code: str) -> None:
    data = lang.load_data(code, "dates.yaml")
    for key in ("connectors", "ordinals"):
        for value in data.get(key, []):
            assert len(value.split()) == 1, (code, key, value)


@pytest.mark.parametrize("code", _files())
def test_time_templates_and_words(code: str) -> None:
    data = lang.load_data(code, "dates.yaml")
    for key, placeholders in TEMPLATES.items():
        for template in data.get(key) or []:
            assert isinstance(template, str), (code, key, template)
            assert all(p in template for p in placeholders), (code, key, template)
    for key in WORDS:
        values = data.get(key) or []
        assert all(isinstance(v, str) and v == v.strip() and v for v in values), (code, key)
        assert len({v.casefold() for v in values}) == len(values), (code, key)


@pytest.mark.parametrize("code", _files())
def test_time_maps(code: str) -> None:
    data = lang.load_data(code, "dates.yaml")
    for key in MAPS:
        for word, value in (data.get(key) or {}).items():
            assert isinstance(word, str) and word == word.strip() and word, (code, key, word)
            assert "*" not in word, (code, key, word)  # map keys are looked up whole
            if key == "events":  # an ISO date, quoted (YAML would make it a date object)
                assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", value)
            elif key == "months":
                assert isinstance(value, int) and 1 <= value <= 12, (code, word)
            elif key == "decade_words":
                assert isinstance(value, int) and value % 10 == 0, (code, word)
            else:
                assert isinstance(value, int) and -10 <= value <= 10, (code, key, word)


@pytest.mark.parametrize("code", _files())
def test_calendars(code: str) -> None:
    for calendar in lang.load_data(code, "dates.yaml").get(CALENDARS) or []:
        assert set(calendar) == {"first", "last", "offset"}, (code, calendar)
        assert all(isinstance(v, int) for v in calendar.values()), (code, calendar)
        assert calendar["first"] < calendar["last"], (code, calendar)
