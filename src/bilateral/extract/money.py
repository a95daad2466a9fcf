"""Money and counts of a fact from its sentence.

Money: a number with an optional scale word and a currency written after it
(`amounts.yaml` words: "4,2 tỷ USD", "52億ユーロ") or before it (a symbol of
`lang/xx/amounts.yaml`, an ISO code, or a language's `before_number` words:
"$4.2 billion", "USD 10 million", "Rp156 triliun"). A vague amount
("hàng triệu dollar", "عشرات المليارات") gives an order of magnitude only.
Counts: the number before an equipment name ("22 xe tăng", "22辆坦克") or,
in languages that count with classifiers after the noun, the number and
classifier after it ("戦闘機24機", "전투기 24대").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from bilateral import lang as manifest
from bilateral.extract.lexicon import Lexicon
from bilateral.extract.phrases import Found
from bilateral.extract.timex import _BARE_YEAR, prepare
from bilateral.kb.normalize import normalize_with_offsets, original_span
from bilateral.text.chars import CharMap

SHARED = "xx"
MONEY_WINDOW = 40  # characters after a number where its scale and currency may stand
CURRENCY_GAP = 12  # characters between a number (or its scale) and its currency
COUNT_BEFORE = 40  # characters before an equipment name where its count may stand
COUNT_AFTER = 30  # characters after an equipment name's start for a classifier count
# Digits, grouped or not, with a decimal part: "1,500", "1.500.000", "4.2", "4,2".
_NUMBER = re.compile(r"(?<![0-9])(?<![0-9][.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_ISO = re.compile(r"(?<![A-Za-z])([A-Z]{3})\s?$")
_NAME_BEFORE = re.compile(r"[A-Za-z\-]")
_CLAUSE_END = re.compile(r"[.;:!?。；！？،؛]")


@dataclass(frozen=True, slots=True)
class _Amounts:
    """What money reading needs of one language beyond its lexicon."""

    separators: CharMap  # decimal separators → ASCII
    before: re.Pattern[str] | None  # symbols and words written before a number
    before_iso: dict[str, str]  # normalised word before a number → ISO code
    iso_codes: frozenset[str]
    classifiers: re.Pattern[str] | None  # counters after a number (辆, 機, 대)
    count_words: int = 3  # words that may stand between a count and the name


def find_money(text: str, lex: Lexicon) -> dict[str, Any] | None:
    """The first amount of money in `text`: {amount, currency, text} or a vague magnitude."""
    data = _amounts(lex.code)
    prepared = data.separators(prepare(text))
    norm, mapping = normalize_with_offsets(text)
    scales = _spans(lex.scales.find(norm), mapping)
    currencies = _spans(lex.currencies.find(norm), mapping)
    for m in _NUMBER.finditer(prepared):
        iso, start = _currency_before(prepared, m.start(), data)
        if iso is None and _NAME_BEFORE.match(prepared, max(0, m.start() - 1)) and m.start():
            continue  # "F-16", "Su30", "歼-10": part of a name
        near = [s for s in scales if m.end() <= s.start <= m.end() + 3]
        scale = max(near, key=lambda s: s.end - s.start) if near else None  # 万亿 over 万
        after = scale.end if scale else m.end()
        currency = next(
            (
                c
                for c in currencies
                if after <= c.start <= min(after + CURRENCY_GAP, m.end() + MONEY_WINDOW)
                and not re.search(r"\d", prepared[after : c.start])
            ),
            None,
        )
        iso = iso or (currency.payload if currency else None)
        if iso is None:
            continue
        amount = _number(m[1], m[2], bool(scale)) * 10 ** (scale.payload if scale else 0)
        end = max(m.end(), currency.end if currency else 0, scale.end if scale else 0)
        return {"amount": amount, "currency": iso, "text": text[start:end].strip()}
    return _vague(text, lex, norm, mapping, currencies)


def _vague(
    text: str, lex: Lexicon, norm: str, mapping: Any, currencies: list[Found[str]]
) -> dict[str, Any] | None:
    """An order of magnitude: "billions of dollars", "عشرات المليارات"."""
    hits = _spans(lex.vague.find(norm), mapping)
    for vague in sorted(hits, key=lambda h: (h.start, h.start - h.end)):  # longest first
        # the currency may be part of the phrase ("اربوں ڈالر") or follow it
        currency = next((c for c in currencies if vague.start <= c.start <= vague.end + 20), None)
        return {
            "amount": None,
            "magnitude": 10**vague.payload,
            "currency": currency.payload if currency else None,
            "text": text[vague.start : max(vague.end, currency.end if currency else 0)],
        }
    return None


def _spans(found: list[Found[Any]], mapping: Any) -> list[Found[Any]]:
    """Phrase hits moved from normalised to original offsets."""
    return [Found(*original_span(mapping, f.start, f.end), f.payload) for f in found]


def _currency_before(prepared: str, start: int, data: _Amounts) -> tuple[str | None, int]:
    """(ISO code, where the amount's text starts) of a currency written before a number."""
    head = prepared[max(0, start - 8) : start]
    if data.before:
        found = data.before.search(head)
        if found:
            return data.before_iso[found[1].casefold()], start - len(found[0])
    iso = _ISO.search(head)
    if iso and iso[1] in data.iso_codes:
        return iso[1], start - len(iso[0])
    return None, start


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


def find_quantity(text: str, before: int, lang: str | None = None) -> int | None:
    """The count of the equipment named at `before`: "22 Al-Khalid tanks", "22辆坦克",
    or with a classifier after the noun, "戦闘機24機" / "전투기 24대"."""
    data = _amounts(lang)
    prepared = prepare(text)
    classifier = rf"(?:{data.classifiers.pattern})?" if data.classifiers else ""
    window = prepared[max(0, before - COUNT_BEFORE) : before]
    # the count nearest the name, with only words (no other number) between
    m = re.search(
        rf"(?<![0-9A-Za-z.,$\-])(\d{{1,5}})(?![.,]\d)\s*{classifier}\s*"
        rf"(?:[^\W\d][\w'-]*\s+){{0,{data.count_words}}}$",
        window,
    )
    if m and not _BARE_YEAR.fullmatch(m[1]):
        return int(m[1])
    if data.classifiers:
        ahead = prepared[before : before + COUNT_AFTER]
        ahead = _CLAUSE_END.split(ahead, 1)[0]
        for found in re.finditer(
            rf"(?<![0-9A-Za-z.,\-])(\d{{1,5}})\s*(?:{data.classifiers.pattern})", ahead
        ):
            return int(found[1])
    return None


@cache
def _amounts(code: str | None) -> _Amounts:
    """Symbols, separators and classifiers of `code` merged with the shared ones."""
    codes = [SHARED] + ([code] if code and code in manifest.codes() else [])
    data = [manifest.load_data(c, "amounts.yaml") or {} for c in codes]
    separators: dict[str, str] = {}
    before: dict[str, str] = {}
    iso_codes: set[str] = set()
    classifiers: list[str] = []
    count_words = 3
    for d in data:
        separators.update({str(k): str(v) for k, v in (d.get("separators") or {}).items()})
        before.update({str(k): str(v) for k, v in (d.get("symbols") or {}).items()})
        before.update({str(k): str(v) for k, v in (d.get("before_number") or {}).items()})
        iso_codes.update(str(iso) for iso in d.get("currencies") or {})
        classifiers += [str(c) for c in d.get("classifiers") or []]
        count_words = int(d.get("count_words") or count_words)
    words = sorted(before, key=len, reverse=True)
    pattern = "|".join(re.escape(w) for w in words)
    return _Amounts(
        separators=CharMap(separators),
        before=re.compile(rf"(?<![\w$])({pattern})\s?$", re.I) if words else None,
        before_iso={w.casefold(): iso for w, iso in before.items()},
        iso_codes=frozenset(iso_codes),
        classifiers=re.compile("|".join(map(re.escape, classifiers))) if classifiers else None,
        count_words=count_words,
    )
