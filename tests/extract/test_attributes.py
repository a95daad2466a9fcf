"""Time, money and quantity from sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.extract.attributes import find_money, find_quantity, find_time
from bilateral.extract.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The deal was signed on 9 February 2008 in Islamabad.", "en", ("2008-02-09", "day")),
        ("Tháng 5 năm 2008, hai bên ký hợp đồng.", "vi", ("2008-05", "month")),
        ("Between 2004 and 2006 the kingdom was isolated.", "en", ("2004", "range")),
        ("Trong giai đoạn 2004 tới 2006, Nepal bị cô lập.", "vi", ("2004", "range")),
        ("Arms flowed in during the 1980s.", "en", ("1980", "decade")),
        ("Поставки начались в 1990-х годах.", "ru", ("1990", "decade")),
        ("两国在1980年代开始合作。", "zh", ("1980", "decade")),
        ("The navy bought two frigates in 1994.", "en", ("1994", "year")),
    ],
)
def test_time_expressions(text, lang, expected):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.precision) == expected


def test_range_and_decade_ends():
    assert find_time("from 1993-2001 the ties grew", "en").end == "2001"
    assert find_time("in the 1960s", "en").end == "1969"


@pytest.mark.parametrize(
    "text",
    [
        "The exercise Arabian Shark '08 ended.",
        "After 9/11 aid rose.",
        "It cost $25 million.",
        "Citation [4] follows.",
        "The 1500 troops left.",
    ],
)
def test_not_years(text):
    time = find_time(text, "en")
    assert time is None or time.start not in ("2008", "1911", "2025", "1500")


def test_nearest_time_to_the_trigger_wins():
    text = "In 1999 talks began, and in 2008 the sale was completed."
    assert find_time(text, "en", near=text.index("sale")).start == "2008"


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        ("the aid rose to $4.2 billion in three years", "en", 4.2e9, "USD"),
        ("con số này đã tăng lên $4.2 tỷ", "vi", 4.2e9, "USD"),
        ("một hợp đồng trị giá hơn US$100 triệu", "vi", 1e8, "USD"),
        ("a contract worth 1,500 million dollars", "en", 1.5e9, "USD"),
    ],
)
def test_money_with_scale_words(text, lang, amount, currency):
    value = find_money(text, lexicon(lang))
    assert value is not None
    assert value["amount"] == pytest.approx(amount) and value["currency"] == currency


def test_no_money_without_a_currency():
    assert find_money("They bought 22 tanks in 2008.", lexicon("en")) is None


def test_quantity_before_equipment():
    text = "Pakistan sold 22 Al-Khalid tanks to Sri Lanka."
    assert find_quantity(text, text.index("Al-Khalid")) == 22
    assert find_quantity("In 2008 Al-Khalid tanks", len("In 2008 ")) is None
