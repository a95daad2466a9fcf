"""The extraction lexicons (`lang/<code>/triggers.yaml`, `cues.yaml`) are valid data:
known keys and types, role frames the engine can fill, classes that exist, no
duplicated words, and prefixes (`word*`) long enough to mean something."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral import lang
from bilateral.extract.lexicon import MARKERS, MODALITY_CUES, SYMMETRIC, TYPES
from bilateral.kb.normalize import no_spaces, normalize

CODES = [lang.SHARED, *lang.codes()]
ENTRY_KEYS = {"t", "source", "target", "with", "modality", "negative_context"}
ROLES = {"subject", "object", "to", "from", "by", "at"}
MODALITIES = {"planned", "requested", "offered", "alleged"}
CUE_KEYS = set(MARKERS) | set(MODALITY_CUES) | {"negative_endings", "postpositions"}
POSTPOSITION_SLOTS = {"to", "from", "by", "between", "at"}
MIN_PREFIX = 4  # docs/lexicons.md: never a prefix of fewer than 4 letters


def _words(value: Any, where: str) -> list[str]:
    assert isinstance(value, list) and value, f"{where}: a non-empty list of words"
    assert all(isinstance(w, str) and w.strip() == w and w for w in value), where
    return value


def _prefix_ok(word: str) -> bool:
    stem = word.rstrip("*")
    return not word.endswith("*") or len(stem) >= MIN_PREFIX or no_spaces(stem[:1])


def _duplicates(words: list[str]) -> set[str]:
    seen: set[str] = set()
    twice: set[str] = set()
    for word in words:
        key = normalize(word)
        (twice if key in seen else seen).add(key)
    return twice


def _classes(code: str) -> set[str]:
    names: set[str] = set()
    for c in {lang.SHARED, code}:
        names |= set((lang.load_data(c, "triggers.yaml") or {}).get("classes") or {})
    return names


@pytest.mark.parametrize("code", CODES)
def test_triggers_file(code):
    data = lang.load_data(code, "triggers.yaml") or {}
    assert set(data) <= set(TYPES) | {"classes"}, set(data) - set(TYPES)
    classes = _classes(code)
    for name, words in (data.get("classes") or {}).items():
        assert not _duplicates(_words(words, f"{code} class {name}")), (code, name)
    for type_name in TYPES:
        words_of_type: list[str] = []
        for number, entry in enumerate(data.get(type_name) or [], 1):
            where = f"{code}/{type_name}#{number}"
            assert isinstance(entry, dict) and set(entry) <= ENTRY_KEYS, where
            words = _words(entry.get("t"), where)
            assert all(_prefix_ok(w) for w in words), (
                where,
                [w for w in words if not _prefix_ok(w)],
            )
            words_of_type += words
            if type_name in SYMMETRIC:
                assert "source" not in entry and "target" not in entry, f"{where}: symmetric"
            for role in ("source", "target"):
                assert entry.get(role) in ROLES | {None}, (where, entry.get(role))
            assert entry.get("with") in classes | {None}, (where, entry.get("with"))
            assert entry.get("modality") in MODALITIES | {None}, (where, entry.get("modality"))
            if "negative_context" in entry:
                _words(entry["negative_context"], f"{where} negative_context")
        assert not _duplicates(words_of_type), (code, type_name, _duplicates(words_of_type))


@pytest.mark.parametrize("code", CODES)
def test_cues_file(code):
    data = lang.load_data(code, "cues.yaml") or {}
    assert set(data) <= CUE_KEYS, set(data) - CUE_KEYS
    for name in set(MARKERS) | set(MODALITY_CUES):
        if data.get(name):
            words = _words(data[name], f"{code} {name}")
            assert not _duplicates(words), (code, name, _duplicates(words))
            assert all(_prefix_ok(w) for w in words), (code, name)
    for ending, negative in (data.get("negative_endings") or {}).items():
        assert isinstance(ending, str) and isinstance(negative, str) and ending and negative
    postpositions = data.get("postpositions") or {}
    assert set(postpositions) <= POSTPOSITION_SLOTS, (code, set(postpositions))
    for slot, words in postpositions.items():
        _words(words, f"{code} postpositions {slot}")


def test_the_validation_sees_mistakes():
    assert not _prefix_ok("ab*") and _prefix_ok("abcd*") and _prefix_ok("軍*")
    assert _duplicates(["Sold", "sold", "bought"]) == {"sold"}
    with pytest.raises(AssertionError):
        _words(["ok", " padded"], "test")
