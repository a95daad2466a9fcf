"""Text normalisation for name matching, with a way back to the original offsets.

Names and text are compared after: case folding, dashes and every kind of
space made one plain space, Arabic letter variants unified (alef forms,
yeh/alef maqsura and the Persian/Urdu yeh, kaf and keheh, teh marbuta and
heh), Arabic-Indic and Persian digits made ASCII, and Arabic diacritics
and tatweel removed. Everything but the removal is one character for one
character, done by `str.lower` and a few replacements; only text that holds a
removable character (or is not NFC) takes the slower path that records
where each normalised character came from.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache, lru_cache

from bilateral.text.chars import CharMap

# Characters removed outright: Arabic harakat, superscript alef, tatweel,
# Quranic marks, and format characters that hide inside names.
_REMOVED = re.compile(
    r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u00AD\u200B\u200E\u200F]"
)
_SPACE_LIKE = (
    "\t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200c\u200d\u2028\u2029\u202f\u205f\u3000"
)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_ARABIC_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ۍ": "ي",
    "ئ": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ؤ": "و",
}
_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"


@cache
def _folds() -> CharMap:
    """What `str.lower` leaves to do: every kind of space and dash → " ", Arabic
    letter variants, native digits, quotes, and the final sigma made plain."""
    folds = dict.fromkeys(_SPACE_LIKE + _DASHES, " ")
    folds.update(_ARABIC_FOLDS)
    folds.update({char: str(i % 10) for i, char in enumerate(_DIGITS)})
    folds.update(dict.fromkeys("’‘ʼ`´", "'"))
    folds["ς"] = "σ"
    return CharMap(folds)


def _fold(text: str) -> str:
    """Case, spaces, dashes, Arabic letters, digits, quotes: one character for one,
    at C speed. "İ" goes first ("İ".lower() is two characters; ẞ lowers to ß)."""
    return _folds()(text.replace("İ", "i").lower())


SHORT = 64  # names and phrases, normalised again and again: cached up to this length


def normalize(text: str) -> str:
    """The normalised form of a name or a text (no offsets kept)."""
    return _normalize_short(text) if len(text) <= SHORT else normalize_with_offsets(text)[0]


@lru_cache(maxsize=1 << 16)
def _normalize_short(text: str) -> str:
    return normalize_with_offsets(text)[0]


class Deletions:
    """Where characters were deleted: normalised offset → original offset by segments."""

    __slots__ = ("norm_starts", "orig_starts")

    def __init__(self, norm_starts: list[int], orig_starts: list[int]) -> None:
        self.norm_starts = norm_starts
        self.orig_starts = orig_starts

    def to_original(self, position: int) -> int:
        i = bisect.bisect_right(self.norm_starts, position) - 1
        return self.orig_starts[i] + position - self.norm_starts[i]

    def end_to_original(self, end: int) -> int:
        """An exclusive end: marks deleted right after the span belong to it."""
        k = bisect.bisect_left(self.norm_starts, end)
        if k < len(self.norm_starts) and self.norm_starts[k] == end and k > 0:
            return self.orig_starts[k]
        return self.to_original(end - 1) + 1


Mapping = Deletions | list[tuple[int, int]] | None


def normalize_with_offsets(text: str) -> tuple[str, Mapping]:
    """(normalised text, mapping back): None when aligned 1:1, `Deletions` when
    characters were only removed, else per-character original spans (text
    that was not NFC)."""
    if unicodedata.is_normalized("NFC", text):
        removed = list(_REMOVED.finditer(text))
        if not removed:
            return _fold(text), None
        pieces, norm_starts, orig_starts = [], [0], [0]
        cursor = length = 0
        for match in removed:
            pieces.append(text[cursor : match.start()])
            length += match.start() - cursor
            cursor = match.end()
            norm_starts.append(length)
            orig_starts.append(cursor)
        pieces.append(text[cursor:])
        return _fold("".join(pieces)), Deletions(norm_starts, orig_starts)
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    index, length = 0, len(text)
    while index < length:
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1  # a letter with its combining marks is one cluster
        cluster = _REMOVED.sub("", text[index:end])
        for piece in unicodedata.normalize("NFC", cluster):
            chars.append(_fold(piece))
            spans.append((index, end))
        index = end
    return "".join(chars), spans


def original_span(mapping: Mapping, start: int, end: int) -> tuple[int, int]:
    """Original [start, end) of the normalised span [start, end)."""
    if mapping is None:
        return start, end
    if isinstance(mapping, Deletions):
        return mapping.to_original(start), mapping.end_to_original(end)
    return mapping[start][0], mapping[end - 1][1]


def is_word_char(char: str) -> bool:
    """A letter, digit or combining mark: Devanagari vowel signs and virama are part
    of a word (प्रतिबंध does not end before ि), though `str.isalnum` says no."""
    return char.isalnum() or (char > "\u02ff" and unicodedata.category(char)[0] == "M")


def no_spaces(char: str) -> bool:
    """Kana, Han, Hangul: scripts written without spaces between words, where a name
    needs no word boundary and particles follow it unspaced."""
    return (
        "\u3040" <= char <= "\u30ff"
        or "\u3400" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
    )
