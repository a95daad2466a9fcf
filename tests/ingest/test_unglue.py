"""Un-gluing words that ran together when a page's links were stripped."""

from __future__ import annotations

import re

import pytest

from bilateral.ingest.unglue import glue_points, is_cjk, letter_class, unglue


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # lower→Upper: two link texts run together
        ("Hà Nội và Tokyo ký với Nhật BảnẤn Độ", "Hà Nội và Tokyo ký với Nhật Bản Ấn Độ"),
        ("quan hệ Hàn QuốcTrung Quốc", "quan hệ Hàn Quốc Trung Quốc"),
        ("supplied by FranceGermany and Italy", "supplied by France Germany and Italy"),
        ("Generals Pervez MusharrafAshfaq Kayani", "Generals Pervez Musharraf Ashfaq Kayani"),
        ("соглашение между РоссиейИндией", "соглашение между Россией Индией"),
        ("Türkiyeİran sınırı", "Türkiye İran sınırı"),
        ("le Maroc et l'AlgérieTunisie", "le Maroc et l'Algérie Tunisie"),
        # digit→letter: a year glued to the next word
        ("في عام 2003وقعت مصر اتفاقية", "في عام 2003 وقعت مصر اتفاقية"),
        ("سال ۱۹۷۹انقلاب", "سال ۱۹۷۹ انقلاب"),
        ("वर्ष 1971में युद्ध", "वर्ष 1971 में युद्ध"),
        ("In 2006Pakistan bought ships", "In 2006 Pakistan bought ships"),
        ("с 2014Украина", "с 2014 Украина"),
        # a closing bracket glued to the next word
        ("Liên Xô (cũ)và Ấn Độ", "Liên Xô (cũ) và Ấn Độ"),
        ("the treaty (1951)was signed", "the treaty (1951) was signed"),
    ],
)
def test_glued_words_are_separated(glued, expected):
    assert unglue(glued) == expected


@pytest.mark.parametrize(
    "text",
    [
        # surname prefixes and known camel-case words
        "McDonald",
        "MacArthur",
        "DeSantis",
        "LeMay",
        "DiCaprio",
        "McChrystal",
        "MacDill",
        "iPhone",
        "eBay",
        "YouTube",
        "PowerPoint",
        "JavaScript",
        "WhatsApp",
        "BrahMos",
        "AgustaWestland",
        "ThyssenKrupp",
        # one-letter left parts and two-letter abbreviations before capitals
        "iPad",
        "eKTP",
        "MoD",
        "DoD",
        "MoU",
        "MoFA",
        "PhD",
        "MiG-29",
        "CoAS",
        # German gender forms
        "SoldatInnen",
        # hyphenated and apostrophe names
        "Al-Khalid",
        "al-Qaeda",
        "O'Neill",
        # numbers with units, ordinals, designations, decades
        "1980s",
        "2nd",
        "21st",
        "10km",
        "81mm",
        "F-16C",
        "Su-30MKI",
        "Т-90С",
        "A400M",
        "5G",
        # digits before CJK and Hangul, and Arabic abbreviation letters
        "2001年",
        "3月",
        "2001년",
        "1971ء",
        "عام 2001م",
        # Arabic-script words glued together are left to the actor matcher
        "أفغانستانباكستان",
        # URLs, e-mail addresses, hashtags, handles
        "https://example.com/PakistanArmy",
        "www.defenceNews.com",
        "press@NavyNews.org",
        "#PakistanArmy",
        "@IndianNavy",
        # one-letter bracket contents
        "(s)he",
        # all-caps tokens
        "AWACS",
        "NATO",
        "UNPROFOR",
    ],
)
def test_conservative_exceptions(text):
    assert unglue(text) == text


def test_known_camel_word_glued_to_the_next():
    assert unglue("on YouTubeVideos") == "on YouTube Videos"


def test_glue_points_respect_bounds():
    text = "xx PakistanTrung yy"
    assert glue_points(text) == [11]
    assert glue_points(text, 0, 10) == []  # the boundary lies outside the slice
    assert glue_points(text, 3, 16) == [11]


def test_character_classes():
    lower = re.compile(f"[{letter_class('Ll')}]")
    upper = re.compile(f"[{letter_class('Lu')}]")
    assert all(lower.fullmatch(c) for c in "aệяçğ") and not lower.search("AỆЯ1-中")
    assert all(upper.fullmatch(c) for c in "AẤЯÇİ") and not upper.search("aấя1-中")
    assert is_cjk("中") and is_cjk("カ") and not is_cjk("한") and not is_cjk("a")
