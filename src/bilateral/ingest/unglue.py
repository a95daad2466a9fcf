"""Put back the spaces that went missing when a page's links were stripped.

Copying a wiki page as text often drops the space between two link texts
(``Anh QuốcHoa Kỳ``), between a year and the next word (``2001كانت``) or
after a closing parenthesis (``(cũ)trong``). `glue_points` finds where a
space belongs; the cleaning stage inserts it through its `TextBuilder` so
the offset map stays exact.

The rules are deliberately conservative (a wrong split is worse than a
missed one): a lower→Upper change splits only when the left part has at
least two letters and is not a surname prefix (``McDonald``, ``DeSantis``)
or part of a known camel-case word (``YouTube``); a digit→letter change
splits before an uncased script word (Arabic, Devanagari, Hebrew) and
before a capitalised Latin/Cyrillic/Greek word of three or more letters
(``2006Pakistan``) but never before CJK (``2001年``) or units and
designations (``1980s``, ``21st``, ``81mm``, ``F-16C``). Arabic-script
words glued to each other are left alone. Chunks that look like URLs,
e-mail addresses, hashtags or handles are never touched. Exceptions are
data: ``lang/xx/unglue.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bilateral.lang import SHARED, load_data

# Blocks of scripts written without spaces: Han, Kana, CJK punctuation,
# full-width forms (Hangul is written with spaces and is not listed).
_CJK_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x30FF),
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
)
# Uncased scripts where a digit glued to a word is always a lost space.
_UNCASED_SPLIT = (
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0x0900, 0x0DFF),
)
_NO_WORD_START = {0x0621, 0x0640}  # hamza alone (Urdu "1971ء"), tatweel


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _CJK_RANGES)


def _ranges(codepoints: list[int]) -> str:
    """A character-class body (no brackets) for a sorted list of code points."""
    out: list[str] = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        lo, hi = codepoints[i], codepoints[j]
        out.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        i = j + 1
    return "".join(out)


@cache
def letter_class(categories: str, cjk: bool = True) -> str:
    """Character-class body for the Basic Multilingual Plane characters whose
    Unicode category starts with one of the space-separated `categories`
    (e.g. ``"Lu"``, ``"Ll"``, ``"L"``, ``"L M"``); `cjk=False` leaves out
    Han, Kana and full-width forms."""
    prefixes = tuple(categories.split())
    cats = _categories()
    points = [o for o in range(0x10000) if cats[o].startswith(prefixes)]
    if not cjk:
        excluded = {o for lo, hi in _CJK_RANGES for o in range(lo, hi + 1)}
        points = [o for o in points if o not in excluded]
    return _ranges(points)


@cache
def _categories() -> tuple[str, ...]:
    return tuple(unicodedata.category(chr(o)) for o in range(0x10000))


def _block_class(
    ranges: tuple[tuple[int, int], ...], categories: tuple[str, ...], skip: set[int] | None = None
) -> str:
    points = [
        o
        for lo, hi in ranges
        for o in range(lo, hi + 1)
        if _categories()[o].startswith(categories) and o not in (skip or set())
    ]
    return _ranges(points)


@dataclass(frozen=True, slots=True)
class _Exceptions:
    prefixes: frozenset[str]
    words: frozenset[str]
    suffixes: frozenset[str]


@cache
def _exceptions() -> _Exceptions:
    data = load_data(SHARED, "unglue.yaml") or {}
    return _Exceptions(
        prefixes=frozenset(data.get("prefixes", [])),
        words=frozenset(data.get("words", [])),
        suffixes=frozenset(data.get("suffixes", [])),
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """lower→Upper, digit→word, closing bracket→letter (three regexes: `re`
    scans each of them faster than one alternation)."""
    ll, lu = letter_class("Ll"), letter_class("Lu")
    word_start = _block_class(_UNCASED_SPLIT, ("Lo",), _NO_WORD_START)
    word_rest = _block_class(_UNCASED_SPLIT, ("L", "M"), {0x0640})
    return (
        re.compile(rf"[{ll}](?=[{lu}])"),
        re.compile(rf"\d(?=[{word_start}][{word_rest}]|[{lu}][{ll}]{{2}})"),
        re.compile(rf"[)\]](?=[{letter_class('L', cjk=False)}])"),
    )


_SKIP_CHUNK = re.compile(r"://|^www\.|@|^#|\.(?:com|org|net|gov)\b", re.IGNORECASE)


def _chunk(text: str, i: int, lo: int, hi: int) -> str:
    """The whitespace-delimited chunk of text[lo:hi] around position i."""
    start = i
    while start > lo and not text[start - 1].isspace():
        start -= 1
    end = i
    while end < hi and not text[end].isspace():
        end += 1
    return text[start:end]


def _split_case(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether to split before the uppercase letter at i (text[i-1] is lowercase)."""
    start = i
    while start > lo and text[start - 1].isalpha():
        start -= 1
    end = i
    while end < hi and text[end].isalpha():
        end += 1
    left, right = text[start:i], text[i:end]
    if len(left) < 2:  # iPad, eBay, eKTP
        return False
    exc = _exceptions()
    if left in exc.prefixes or right in exc.suffixes:
        return False
    if len(left) == 2 and right.rstrip("s").isupper():  # MoD, DoD, MoFA, PhD, MiG
        return False
    word, cut = text[start:end], i - start
    return not any(_inside(word, known, cut) for known in exc.words)


def _inside(word: str, known: str, cut: int) -> bool:
    """Whether `known` occurs in `word` across the position `cut`."""
    at = word.find(known)
    while at >= 0:
        if at < cut < at + len(known):
            return True
        at = word.find(known, at + 1)
    return False


def _split_close(text: str, i: int, lo: int) -> bool:
    """Whether to split after the bracket at i-1: its content has ≥ 2 characters."""
    opener = "(" if text[i - 1] == ")" else "["
    at = text.rfind(opener, max(lo, i - 60), i - 1)
    return at < 0 or i - 1 - at - 1 >= 2  # "(s)he" keeps its bracket


def glue_points(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in `text[start:end]` before which a space should be inserted."""
    hi = len(text) if end is None else end
    case, digit, close = _patterns()
    points: list[int] = []
    for m in case.finditer(text, start, hi):
        i = m.end()
        if _split_case(text, i, start, hi) and not _SKIP_CHUNK.search(_chunk(text, i, start, hi)):
            points.append(i)
    for m in digit.finditer(text, start, hi):
        i = m.end()
        if not _SKIP_CHUNK.search(_chunk(text, i, start, hi)):
            points.append(i)
    for m in close.finditer(text, start, hi):
        i = m.end()
        if _split_close(text, i, start) and not _SKIP_CHUNK.search(_chunk(text, i, start, hi)):
            points.append(i)
    return sorted(points) if len(points) > 1 else points


def unglue(text: str) -> str:
    """`text` with the missing spaces inserted (for tests and tools)."""
    points = glue_points(text)
    if not points:
        return text
    parts: list[str] = []
    prev = 0
    for p in points:
        parts.append(text[prev:p])
        prev = p
    parts.append(text[prev:])
    return " ".join(parts)
