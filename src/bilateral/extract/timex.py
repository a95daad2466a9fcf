"""The time of a fact from its sentence: dates, ranges, decades, years, relative
expressions and eras tied to named events.

Full dates and month names come from CLDR (`text/dateline.dates_in`). The rest
is data in `lang/<code>/dates.yaml` and `lang/xx/dates.yaml` (read for every
language, with English): templates with `{year}`, `{start}` / `{end}` and
`{dash}` placeholders for decades and ranges ("thập niên {year}",
"{start}年至{end}年"), decade words without digits ("الثمانينيات": 1980),
relative phrases resolved against the document date ("last year": -1), named
events ("9/11": 2001-09-11) and the words that make an event the start of an
era ("after", "以来"). Native digits (٠-٩, ۰-۹, ०-९) are read as ASCII first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from bilateral import lang as manifest
from bilateral.text.chars import CharMap
from bilateral.text.dateline import dates_in

SHARED, ENGLISH = "xx", "en"
MIN_YEAR, MAX_YEAR = 1800, 2099
# A year must not continue a name, an amount or a citation ("F-2008", "$2008", "'08").
_LEAD = r"(?<![0-9A-Za-z'$€£¥₹.,/\-\[])"
_YEAR_RE = r"[0-9]{4}(?![0-9])"
_DASH = r"\s*[-–—~～〜]\s*"
_BARE_YEAR = re.compile(_LEAD + r"([0-9]{4})(?![0-9])(?!\])")
_ISO_DATE = re.compile(r"(?<![0-9])([0-9]{4})-([01][0-9])-([0-3][0-9])(?![0-9])")
_QUOTES = dict.fromkeys(map(ord, "’‘ʼ"), "'")


@dataclass(frozen=True, slots=True)
class Time:
    """A time expression: ISO `start` / `end` (None: open) and its precision."""

    text: str
    start: str
    end: str | None
    precision: str  # day, month, year, range, decade, after

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The compiled time patterns of one language (with the shared and English ones)."""

    ranges: tuple[re.Pattern[str], ...]
    decades: tuple[re.Pattern[str], ...]
    decade_words: dict[str, int]
    decade_word_re: re.Pattern[str] | None
    relative: dict[str, tuple[int, str]]  # phrase → (offset, "year" | "month")
    relative_re: re.Pattern[str] | None
    events: dict[str, str]  # phrase → ISO date
    event_re: re.Pattern[str] | None
    since_before: re.Pattern[str] | None  # "after " + event
    since_after: re.Pattern[str] | None  # event + " 以来"
    not_years: re.Pattern[str] | None  # a unit after a number makes it a count
    calendars: tuple[tuple[int, int, int], ...] = ()  # (first, last, offset to Gregorian)


def find_time(
    text: str, lang: str | None, near: int = 0, doc_date: str | None = None
) -> Time | None:
    """The time expression of a sentence (the one nearest `near`, a trigger offset)."""
    candidates = time_candidates(text, lang, doc_date)
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c[0] - near))[1]


@lru_cache(maxsize=256)
def time_candidates(
    text: str, lang: str | None, doc_date: str | None = None
) -> tuple[tuple[int, Time], ...]:
    """Every time expression of `text` with its offset (cached: facts of one
    sentence share them). Longer, more precise expressions claim their span first."""
    g = _grammar(lang or ENGLISH)
    prepared = prepare(text)
    found: list[tuple[int, int, Time]] = []

    def add(start: int, end: int, time: Time) -> None:
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, time))

    for start, end, iso in dates_in(text, lang):  # "هجمات 11 سبتمبر 2001": the date itself
        add(start, end, Time(text[start:end], iso, iso, "day" if len(iso) == 10 else "month"))
    for m in _ISO_DATE.finditer(prepared):  # 2004-05-12 in any language
        if _years(m[1], g) and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31:
            add(m.start(), m.end(), Time(text[m.start() : m.end()], m[0], m[0], "day"))
    for start, end, iso in _events(prepared, g):
        add(start, end, _event_time(text, start, end, iso))
    for start, end, first, last in _ranges(prepared, g):
        add(start, end, Time(text[start:end], str(first), str(last), "range"))
    for start, end, first, last in _decades(prepared, g):
        add(start, end, Time(text[start:end], str(first), str(last), "decade"))
    for start, end, iso in _relative(prepared, g, doc_date):
        add(start, end, Time(text[start:end], iso, iso, "month" if len(iso) == 7 else "year"))
    for m in _BARE_YEAR.finditer(prepared):
        years = _years(m[1], g)
        if years and not _count(prepared, m.end(), g):
            written = text[m.start() : m.end()]
            add(m.start(), m.end(), Time(written, str(years[0]), str(years[1]), "year"))
    return tuple((start, time) for start, _, time in sorted(found, key=lambda f: f[0]))


def prepare(text: str) -> str:
    """`text` with native digits made ASCII and quotes unified (same length)."""
    return _digit_map()(text)


@cache
def _digit_map() -> CharMap:
    """Native digits of every language's CLDR data → ASCII, curly quotes → '."""
    mapping = {chr(code): target for code, target in _QUOTES.items()}
    for language in manifest.languages():
        cldr = manifest.load_data(language.code, "cldr.json") or {}
        for digits in cldr.get("digits", {}).values():
            mapping.update({ch: str(i) for i, ch in enumerate(digits)})
    return CharMap(mapping)


def _years(year: str, g: _Grammar) -> tuple[int, int] | None:
    """The Gregorian years a written year covers: itself, or for a year of the
    language's other calendar (Solar Hijri ۱۴۰۲ = March 2023 to March 2024) two."""
    value = int(year)
    if MIN_YEAR <= value <= MAX_YEAR:
        return value, value
    for first, last, offset in g.calendars:
        if first <= value <= last:
            return value + offset, value + offset + 1
    return None


def _century(decade: str) -> str:
    """The century of a two-digit decade: news speaks of the '30s to '90s of the
    last century and of the '00s to '20s of this one."""
    return "19" if int(decade) >= 30 else "20"


def _count(prepared: str, end: int, g: _Grammar) -> bool:
    """A four-digit number followed by a unit word is a quantity, not a year."""
    return bool(g.not_years and g.not_years.match(prepared, end))


def _ranges(prepared: str, g: _Grammar) -> Iterator[tuple[int, int, int, int]]:
    for pattern in g.ranges:
        for m in pattern.finditer(prepared):
            end = m["a"][:2] + m["b"] if len(m["b"]) == 2 else m["b"]
            first, last = _years(m["a"], g), _years(end, g)
            if first and last and first[0] < last[0]:
                yield m.start(), m.end(), first[0], last[1]


def _decades(prepared: str, g: _Grammar) -> Iterator[tuple[int, int, int, int]]:
    for pattern in g.decades:
        for m in pattern.finditer(prepared):
            year = m["a"] if len(m["a"]) == 4 else _century(m["a"]) + m["a"]
            first, last = _years(year, g), _years(str(int(year) + 9), g)
            if first and last and year.endswith("0"):
                yield m.start(), m.end(), first[0], last[1]
    if g.decade_word_re:
        for m in g.decade_word_re.finditer(prepared):
            decade = g.decade_words[_key(m[0])]
            yield m.start(), m.end(), decade, decade + 9


def _relative(prepared: str, g: _Grammar, doc_date: str | None) -> Iterator[tuple[int, int, str]]:
    """'last year', 'năm ngoái', 'в прошлом году' against the document's date."""
    if not (g.relative_re and doc_date and re.match(r"\d{4}", doc_date)):
        return
    year = int(doc_date[:4])
    month = int(doc_date[5:7]) if len(doc_date) >= 7 else None
    for m in g.relative_re.finditer(prepared):
        offset, unit = g.relative[_key(m[0])]
        if unit == "year":
            yield m.start(), m.end(), str(year + offset)
        elif month is not None:
            y, mo = divmod(year * 12 + month - 1 + offset, 12)
            yield m.start(), m.end(), f"{y:04d}-{mo + 1:02d}"


def _events(prepared: str, g: _Grammar) -> Iterator[tuple[int, int, str]]:
    """Named events ("9/11") with the era words around them ("after 9/11")."""
    if not g.event_re:
        return
    for m in g.event_re.finditer(prepared):
        start, end = m.span()
        iso = g.events[_key(m[0])]
        before = g.since_before.search(prepared, 0, start) if g.since_before else None
        after = g.since_after.match(prepared, end) if g.since_after else None
        if before:
            start = before.start()
        if after:
            end = after.end()
        yield start, end, ("+" if before or after else "") + iso


def _event_time(text: str, start: int, end: int, iso: str) -> Time:
    """An event is its day; with "after"/"since" it opens an era with no end."""
    if iso.startswith("+"):
        return Time(text[start:end], iso[1:], None, "after")
    return Time(text[start:end], iso, iso, "day" if len(iso) == 10 else "month")


def _key(phrase: str) -> str:
    return " ".join(phrase.translate(_QUOTES).casefold().split())


def _spaced(char: str) -> bool:
    """Whether `char` is a letter of a script that separates words with spaces."""
    if not char.isalpha():
        return False
    name = unicodedata.name(char, "")
    return not any(s in name for s in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def _literal(text: str) -> str:
    """A template's literal text as a regex: spaces stretch, '*' ends a word."""
    out = []
    for ch in text:
        if ch.isspace():
            out.append(r"\s+")
        elif ch == "*":
            out.append(r"\w*")
        elif ch == "\u200c":  # Persian ZWNJ: also written as a space or nothing
            out.append(r"[\u200c\s]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _template(template: str) -> re.Pattern[str] | None:
    """Compile a decade or range template ("between {start} and {end}")."""
    template = _key(template) if "\u200c" not in template else template.casefold()
    parts = re.split(r"(\{(?:year|yy|start|end2|end|dash)\})", template)
    regex = []
    for i, part in enumerate(parts):
        if part in ("{year}", "{start}"):
            regex.append((_LEAD if i == 1 and not parts[0] else "") + rf"(?P<a>{_YEAR_RE})")
        elif part == "{end}":
            regex.append(rf"(?P<b>{_YEAR_RE})")
        elif part == "{yy}":  # "80年代", "90-х", "the '90s": a decade of two digits
            regex.append(r"(?<![0-9.,])(?P<a>[0-9]0)(?![0-9])")
        elif part == "{end2}":  # "1998-99": the end year's last two digits
            regex.append(r"(?P<b>[0-9]{2})(?![0-9]|[-/.][0-9])")
        elif part == "{dash}":
            regex.append(_DASH)
        else:
            regex.append(_literal(part))
    stripped = template.replace("*", "")
    head = r"(?<!\w)" if stripped and _spaced(stripped[0]) else ""
    tail = r"(?!\w)" if stripped and _spaced(stripped[-1]) and not template.endswith("*") else ""
    try:
        return re.compile(head + "".join(regex) + tail, re.I)
    except re.error:
        return None


def _bounded(phrase: str) -> str:
    """A phrase as a regex, with word boundaries where its script has them."""
    head = r"(?<!\w)" if _spaced(phrase[0]) else ""
    tail = r"(?!\w)" if _spaced(phrase[-1]) else ""
    return head + _literal(phrase) + tail


def _words(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex for phrases matched whole (longest first), case-insensitive."""
    alternatives = sorted({_key(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile("|".join(_bounded(p) for p in alternatives), re.I)


def _suffix_words(phrases: list[str]) -> re.Pattern[str] | None:
    """Words right after a number or an event, maybe after a space ("以来", " troops")."""
    alternatives = sorted({_key(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    tails = "|".join(_literal(p) + (r"(?!\w)" if _spaced(p[-1]) else "") for p in alternatives)
    return re.compile(rf"\s*(?:{tails})", re.I)


def _prefix_words(phrases: list[str]) -> re.Pattern[str] | None:
    """Era words right before an event ("after ", "sau ")."""
    alternatives = sorted({_key(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    heads = "|".join((r"(?<!\w)" if _spaced(p[0]) else "") + _literal(p) for p in alternatives)
    return re.compile(rf"(?:{heads})\s*$", re.I)


@cache
def _grammar(code: str) -> _Grammar:
    """Compile the time patterns of `code` (once per language)."""
    codes = list(dict.fromkeys([SHARED, ENGLISH, code]))
    data = [manifest.load_data(c, "dates.yaml") or {} for c in codes if c in _known()]

    def merged(key: str) -> list[Any]:
        return [x for d in data for x in d.get(key) or []]

    def mapping(key: str) -> dict[str, Any]:
        return {_key(str(k)): v for d in data for k, v in (d.get(key) or {}).items()}

    decade_words = {k: int(v) for k, v in mapping("decade_words").items()}
    relative = {k: (int(v), "year") for k, v in mapping("relative_years").items()}
    relative |= {k: (int(v), "month") for k, v in mapping("relative_months").items()}
    events = {k: str(v) for k, v in mapping("events").items()}
    compiled = [_template(str(t)) for t in merged("ranges")]
    decades = [_template(str(t)) for t in merged("decades")]
    units = merged("not_year_units")
    return _Grammar(
        ranges=tuple(sorted((p for p in compiled if p), key=lambda p: -len(p.pattern))),
        decades=tuple(sorted((p for p in decades if p), key=lambda p: -len(p.pattern))),
        decade_words=decade_words,
        decade_word_re=_words(list(decade_words)),
        relative=relative,
        relative_re=_words(list(relative)),
        events=events,
        event_re=_words(list(events)),
        since_before=_prefix_words([str(w) for w in merged("since_before")]),
        since_after=_suffix_words([str(w) for w in merged("since_after")]),
        not_years=_suffix_words([str(u) for u in units]),
        calendars=tuple(
            (int(c["first"]), int(c["last"]), int(c["offset"])) for c in merged("calendars")
        ),
    )


@cache
def _known() -> frozenset[str]:
    return frozenset([*manifest.codes(), SHARED])
