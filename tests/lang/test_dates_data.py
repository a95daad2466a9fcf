"""Every hand-written dates.yaml is well formed (schema, strings, no duplicates)."""

from __future__ import annotations

from importlib import resources

import pytest

from bilateral import lang

KEYS = {"prefixes", "connectors", "ordinals"}


def _files() -> list[str]:
    root = resources.files("bilateral.lang")
    return sorted(p.name for p in root.iterdir() if p.joinpath("dates.yaml").is_file())


def test_only_manifest_languages_have_dates_data() -> None:
    codes = _files()
    assert codes, "no dates.yaml found"
    assert set(codes) <= set(lang.codes())
    assert "en" in codes  # English is read for every language


@pytest.mark.parametrize("code", _files())
def test_dates_yaml_schema(code: str) -> None:
    data = lang.load_data(code, "dates.yaml")
    assert isinstance(data, dict) and data, code
    assert set(data) <= KEYS, f"{code}: unknown keys {set(data) - KEYS}"
    for key, values in data.items():
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
