"""The YAML cache: same objects as parsing, never stale, and harmless when off or unwritable."""

from __future__ import annotations

import pytest

from bilateral import lang

TEXT = "triggers:\n  - {phrase: 'bán', type: ARMS_TRANSFER}\ndate: 2024-03-12\nn: 3\n"


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.setenv("BILATERAL_CACHE", str(tmp_path / "cache"))
    lang._cache_folder.cache_clear()
    yield tmp_path / "cache"
    lang._cache_folder.cache_clear()


def test_a_cached_parse_is_the_parse(cache_in):
    first = lang.parse_yaml(TEXT)
    assert list(cache_in.rglob("*.pickle")), "the first parse writes the cache"
    assert lang.parse_yaml(TEXT) == first == lang._parse(TEXT)


def test_a_changed_text_is_parsed_again(cache_in):
    lang.parse_yaml(TEXT)
    assert lang.parse_yaml(TEXT.replace("n: 3", "n: 4"))["n"] == 4


def test_a_corrupt_cache_file_is_replaced(cache_in):
    lang.parse_yaml(TEXT)
    (cached,) = cache_in.rglob("*.pickle")
    cached.write_bytes(b"not a pickle")
    assert lang.parse_yaml(TEXT)["n"] == 3
    assert lang.parse_yaml(TEXT)["n"] == 3


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("BILATERAL_CACHE", "off")
    lang._cache_folder.cache_clear()
    try:
        assert lang.parse_yaml(TEXT)["n"] == 3
        assert lang._cache_folder() is None
    finally:
        lang._cache_folder.cache_clear()


def test_an_unwritable_folder_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BILATERAL_CACHE", str(blocker / "sub"))  # a folder under a file
    lang._cache_folder.cache_clear()
    try:
        assert lang.parse_yaml(TEXT)["n"] == 3
    finally:
        lang._cache_folder.cache_clear()
