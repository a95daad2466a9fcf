from importlib import resources

import pytest

from bilateral import lang

REQUIRED = {
    "en",
    "ar",
    "fr",
    "es",
    "ru",
    "zh",
    "vi",
    "ur",
    "hi",
    "fa",
    "tr",
    "de",
    "pt",
    "id",
    "ja",
    "ko",
}  # the 16 languages the project promises (issue scope), checked once here


def test_manifest_covers_the_promised_languages():
    assert set(lang.codes()) >= REQUIRED


def test_manifest_entries_are_well_formed():
    codes = lang.codes()
    assert len(codes) == len(set(codes))
    known_scripts = {"Latin", "Arabic", "Cyrillic", "Devanagari", "Han", "Kana", "Hangul"}
    for entry in lang.languages():
        assert len(entry.code) == 2 and entry.code.islower()
        assert entry.scripts and set(entry.scripts) <= known_scripts
        assert entry.order in {"SVO", "SOV", "VSO"}, entry


def test_every_language_has_a_data_folder():
    root = resources.files("bilateral.lang")
    for code in lang.codes():
        assert root.joinpath(code).is_dir(), code


def test_unknown_language_is_a_clear_error():
    with pytest.raises(KeyError, match="unsupported language"):
        lang.get("xx-unknown")
