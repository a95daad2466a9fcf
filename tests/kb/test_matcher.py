"""Matcher mechanics on a small KB written for these tests (independent of the built-in data)."""

from __future__ import annotations

import pytest

from bilateral.kb.matcher import Matcher
from bilateral.kb.model import UNIVERSAL, Entity, KnowledgeBase, Name
from bilateral.kb.normalize import normalize, normalize_with_offsets, original_span


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    kb = KnowledgeBase()
    for entity in (
        Entity("PAK", "state", "Pakistan"),
        Entity("AFG", "state", "Afghanistan"),
        Entity("CHN", "state", "China"),
        Entity("USA", "state", "United States"),
        Entity("TUR", "state", "Türkiye"),
        Entity("SAU", "state", "Saudi Arabia"),
        Entity("IND", "state", "India"),
        Entity("GBR", "state", "United Kingdom"),
        Entity("PAK.ISI", "agent", "Inter-Services Intelligence", state="PAK"),
    ):
        kb.entities[entity.id] = entity
    names = [
        ("Pakistan", "en", "PAK", "name"),
        ("Pakistani", "en", "PAK", "demonym"),
        ("Afghanistan", "en", "AFG", "name"),
        ("US", "en", "USA", "name"),
        ("Turkey", "en", "TUR", "name", True),
        ("Indian", "en", "IND", "demonym"),
        ("Indian Ocean", "en", "", "blocker"),
        ("China", "en", "CHN", "name"),
        ("باكستان", "ar", "PAK", "name"),
        ("أفغانستان", "ar", "AFG", "name"),
        ("الصين", "ar", "CHN", "name"),
        ("الباكستانية", "ar", "PAK", "demonym"),
        ("Ả Rập Xê Út", "vi", "SAU", "name"),
        ("Anh", "vi", "GBR", "name", True),
        ("Пакистан", "ru", "PAK", "name"),
        ("中国", "zh", "CHN", "name"),
        ("巴基斯坦", "zh", "PAK", "name"),
        ("미국", "ko", "USA", "name"),
        ("ISI", UNIVERSAL, "PAK.ISI", "agent"),
    ]
    kb.names.extend(Name(n[0], n[1], n[2], n[3], len(n) > 4 and n[4]) for n in names)
    return Matcher(kb)


def found(matcher: Matcher, text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.name.entity) for h in matcher.find(text, [(0, lang)])]


def test_whole_words_only(matcher):
    assert found(matcher, "Pakistani troops left Pakistan.", "en") == [
        ("Pakistani", "PAK"),
        ("Pakistan", "PAK"),
    ]
    assert found(matcher, "Pakistanis", "en") == []  # not listed, not a word boundary


def test_case_carries_meaning(matcher):
    assert found(matcher, "The US sent aid to us.", "en") == [("US", "USA")]
    assert found(matcher, "We ate turkey with friends from Turkey.", "en") == [("Turkey", "TUR")]
    # an ambiguous opener counts before a lower-case word, not as part of a longer name
    assert found(matcher, "Turkey and China met.", "en") == [("Turkey", "TUR"), ("China", "CHN")]
    assert found(matcher, "Turkey Hill sold ice cream in China.", "en") == [("China", "CHN")]


def test_blocker_wins_longest_first(matcher):
    assert found(matcher, "Indian ships crossed the Indian Ocean.", "en") == [("Indian", "IND")]


def test_names_count_in_their_own_language(matcher):
    assert found(matcher, "Anh and China", "en") == [("China", "CHN")]
    assert found(matcher, "Quan hệ với Anh và Ả Rập Xê-út.", "vi") == [
        ("Anh", "GBR"),
        ("Ả Rập Xê-út", "SAU"),
    ]


def test_universal_aliases_count_everywhere(matcher):
    assert found(matcher, "Tình báo ISI của Pakistan", "vi") == [("ISI", "PAK.ISI")]


def test_arabic_proclitics_and_article(matcher):
    text = "زار وفد وباكستان ثم ذهب لباكستان وبالصين وللصين"
    # the mention is the name; the clitics before it are not part of it
    assert found(matcher, text, "ar") == [
        ("باكستان", "PAK"),
        ("باكستان", "PAK"),
        ("الصين", "CHN"),
        ("للصين", "CHN"),
    ]


def test_arabic_glued_names_split_when_both_are_names(matcher):
    assert found(matcher, "الحدود أفغانستانباكستان طويلة", "ar") == [
        ("أفغانستان", "AFG"),
        ("باكستان", "PAK"),
    ]
    assert found(matcher, "كلمةباكستان", "ar") == []  # glued to a word that is no name


def test_arabic_diacritics_map_back_to_the_original_text(matcher):
    text = "البحرية الباكِسْتانِيَّة"
    hits = found(matcher, text, "ar")
    assert hits == [("الباكِسْتانِيَّة", "PAK")]


def test_russian_case_endings_from_matcher_data(matcher):
    assert found(matcher, "Визит в Пакистан и из Пакистана.", "ru") == [
        ("Пакистан", "PAK"),
        ("Пакистана", "PAK"),
    ]


def test_cjk_and_korean_need_no_spaces(matcher):
    assert found(matcher, "中国和巴基斯坦举行演习", "zh") == [("中国", "CHN"), ("巴基斯坦", "PAK")]
    assert found(matcher, "미국은 지원을 발표했다", "ko") == [("미국", "USA")]


def test_lookup_is_normalised(matcher):
    assert [n.entity for n in matcher.lookup("ả rập xê-út")] == ["SAU"]
    assert matcher.lookup("Atlantis") == []


def test_normalisation():
    assert normalize("İSTANBUL – Ả Rập Xê-út") == "istanbul   ả rập xê út"
    assert normalize("إسلام آباد") == normalize("اسلام اباد")
    assert normalize("پاکستانی ۱۹۹۸") == "پاكستاني 1998"
    text = "قالَ"
    norm, spans = normalize_with_offsets(text)
    assert norm == "قال" and original_span(spans, 0, 3) == (0, 4)
