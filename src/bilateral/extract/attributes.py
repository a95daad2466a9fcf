"""A fact's attributes from its sentence: time, money, quantity, equipment.

Time: full dates and months (CLDR patterns, `text/dateline.py`), ranges
("2004 tới 2006", "1993-2001"), decades ("the 1980s", "thập niên 1980",
"1980-х", "1980年代") and bare years. Four-digit numbers that are money,
quantities or part of a name-like token ("Shark '08", "F-16") are not years.
Money: a number with a scale word and a currency in the language's words
(`amounts.yaml`) or a symbol (`lang/xx/amounts.yaml`); vague amounts
("hàng triệu dollar", "عشرات المليارات") give an order of magnitude only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bilateral.extract.lexicon import Lexicon
from bilateral.kb.normalize import normalize
from bilateral.text.dateline import dates_in

_DIGIT = re.compile(r"\d")
_NOT_BEFORE_YEAR = r"(?<![0-9A-Za-z'’$€£.,/-])"  # CJK or Arabic letters may touch a year
_YEAR = re.compile(_NOT_BEFORE_YEAR + r"(1[89]\d\d|20\d\d)(?![\d])")
_DECADE = re.compile(_NOT_BEFORE_YEAR + r"(1[89]\d0|20\d0)(?:'?s\b|-(?:е|х|ых|ые)\b|年代| के दशक)")
_RANGE = re.compile(
    r"(?<![\w$])(1[89]\d\d|20\d\d)\s*(?:[-–—]|\s(?:to|until|and|tới|đến|đến năm|tới năm|"
    r"إلى|الى|حتى|до|по|至|到|से|bis|à|a|au|hasta|até|hingga|sampai|ile)\s)\s*(1[89]\d\d|20\d\d)"
    r"(?!\d)"
)
# not after a Latin letter or a dash: "F-16", "歼-10C" are names, not amounts
_NUMBER = re.compile(r"(?<![0-9A-Za-z.,\-])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_SYMBOL = re.compile(r"(US\$|R\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|₩|₺|₫)\s?(?=\d)")
_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₫": "VND",
}
MONEY_WINDOW = 40  # characters after a number where its scale and currency may stand


@dataclass(frozen=True, slots=True)
class Time:
    text: str
    start: str
    end: str
    precision: str

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
        }


def find_time(text: str, lang: str | None, near: int = 0) -> Time | None:
    """The time expression of a sentence (the one nearest `near`, a trigger offset)."""
    candidates = time_candidates(text, lang)
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c[0] - near))[1]


@lru_cache(maxsize=256)
def time_candidates(text: str, lang: str | None) -> tuple[tuple[int, Time], ...]:
    """Every time expression of `text` with its offset (cached: facts of one
    sentence share them)."""
    if not _DIGIT.search(text):
        return ()
    candidates: list[tuple[int, Time]] = []
    taken: list[tuple[int, int]] = []
    for start, end, iso in dates_in(text, lang):
        precision = "day" if len(iso) == 10 else "month"
        candidates.append((start, Time(text[start:end], iso, iso, precision)))
        taken.append((start, end))
    for m in _RANGE.finditer(text):
        if _free(m.span(), taken) and int(m[1]) < int(m[2]):
            candidates.append((m.start(), Time(m[0], m[1], m[2], "range")))
            taken.append(m.span())
    for m in _DECADE.finditer(text):
        if _free(m.span(), taken):
            first = int(m[1])
            candidates.append((m.start(), Time(m[0], str(first), str(first + 9), "decade")))
            taken.append(m.span())
    for m in _YEAR.finditer(text):
        if _free(m.span(), taken) and not _money_or_count(text, m.end()):
            candidates.append((m.start(), Time(m[0], m[1], m[1], "year")))
    return tuple(candidates)


def _free(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return not any(s < span[1] and span[0] < e for s, e in taken)


def _money_or_count(text: str, end: int) -> bool:
    """A four-digit number followed by a unit word is a quantity, not a year."""
    after = text[end : end + 12].lstrip()
    return bool(re.match(r"(?:mm|km|tấn|tons?|troops|soldiers|binh sĩ|người|%)", after))


def find_money(text: str, lex: Lexicon) -> dict[str, Any] | None:
    """The first amount of money in `text`: {amount, currency, text} or a vague magnitude."""
    norm = normalize(text)
    scales = lex.scales.find(norm)
    currencies = lex.currencies.find(norm)
    for m in _NUMBER.finditer(text):
        symbol = _symbol_before(text, m.start())
        window_end = m.end() + MONEY_WINDOW
        near = [s for s in scales if m.end() <= s.start <= m.end() + 3]
        scale = max(near, key=lambda s: s.end - s.start) if near else None  # 万亿 over 万
        after = scale.end if scale else m.end()
        currency = next(
            (c for c in currencies if after <= c.start <= min(after + 12, window_end)), None
        )
        iso = symbol or (currency.payload if currency else None)
        if iso is None:
            continue
        amount = _number(m[1], m[2], bool(scale)) * 10 ** (scale.payload if scale else 0)
        end = max(m.end(), currency.end if currency else 0, scale.end if scale else 0)
        written = _SYMBOL_BEFORE.search(text[: m.start()]) if symbol else None
        start = m.start() - (len(written[0]) if written else 0)
        return {"amount": amount, "currency": iso, "text": text[start:end].strip()}
    for vague in lex.vague.find(norm):
        currency = next((c for c in currencies if vague.end <= c.start <= vague.end + 20), None)
        return {
            "amount": None,
            "magnitude": 10**vague.payload,
            "currency": currency.payload if currency else None,
            "text": text[vague.start : currency.end if currency else vague.end],
        }
    return None


_SYMBOL_BEFORE = re.compile(r"(US\$|R\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|₩|₺|₫)\s?$")


def _symbol_before(text: str, start: int) -> str | None:
    found = _SYMBOL_BEFORE.search(text[max(0, start - 4) : start])
    return _SYMBOLS.get(found[1]) if found else None


def _number(whole: str, fraction: str | None, scaled: bool) -> float:
    """Read '4.2', '4,2', '1,500', '1.500.000' (a scale word makes '4.2' a decimal)."""
    digits = re.sub(r"[.,\s]", "", whole)
    if fraction is not None and (scaled or len(fraction) != 3):
        value = float(f"{digits}.{fraction}")
    elif fraction is not None:
        value = float(digits + fraction)
    else:
        value = float(digits)
    return int(value) if value.is_integer() else value


def find_quantity(text: str, before: int) -> int | None:
    """A count written just before an equipment name ("22 Al-Khalid tanks", "22 xe tăng")."""
    m = re.search(r"(?<![\w.,$])(\d{1,4})\s+(?:\w+\s+){0,3}$", text[max(0, before - 40) : before])
    if m and not _YEAR.fullmatch(m[1]):
        return int(m[1])
    return None
