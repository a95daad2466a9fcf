"""The boilerplate data files: present for every language, valid, and their helpers."""

from __future__ import annotations

import re

import pytest

from bilateral.ingest import boilerplate
from bilateral.lang import SHARED, codes, data_file, load_data

# -- the boilerplate data ------------------------------------------------------------------


def test_every_language_has_a_boilerplate_file():
    for code in [SHARED, *codes()]:
        assert data_file(code, boilerplate.FILE) is not None, code


@pytest.mark.parametrize("code", [SHARED, *codes()])
def test_boilerplate_file_is_valid(code):
    data = load_data(code, boilerplate.FILE)
    assert boilerplate.validate(data, code) == []
    for key, entries in data.items():
        spec = boilerplate.SCHEMA[key]
        for entry in entries:
            if spec.kind == "regex":
                re.compile(boilerplate.expand_classes(entry))
            else:
                re.compile(boilerplate.literal_regex(entry), re.IGNORECASE)


def test_validation_catches_mistakes():
    problems = boilerplate.validate(
        {
            "banners": ["A", "a"],
            "nonsense": ["x"],
            "copyright": ["(unclosed", "[Ss]tarts with a class"],
            "bylines": ["(?P<name>x)"],
            "navigation": "not a list",
        },
        "test",
    )
    text = " | ".join(problems)
    assert "duplicate" in text and "unknown key 'nonsense'" in text
    assert "must start with a literal" in text and "named group" in text
    assert "must be a list" in text and "missing )" in text


def test_literal_and_class_helpers():
    assert re.fullmatch(boilerplate.literal_regex("Voir aussi :"), "Voir aussi:")
    assert re.fullmatch(boilerplate.literal_regex("[sửa | sửa mã nguồn]"), "[ sửa|sửa mã nguồn ]")
    assert re.fullmatch(boilerplate.expand_classes(r"\p{Lu}[\p{Ll}-]+"), "Émile-zola")
    assert boilerplate.normalize_line("  References :  ") == "references"
