"""Sentence spans of a paragraph, from per-language data.

Every later stage reads one sentence at a time, so a boundary missed here
glues two facts together and a false boundary cuts one in half. The rules
are conservative: when in doubt (an abbreviation, an initial, an acronym)
the sentence goes on. What differs between languages (terminators,
abbreviations, ordinals) is data in `lang/<code>/sentences.yaml`, added to
the shared `lang/xx/sentences.yaml`; this module only holds the mechanics.

Speed matters (whole corpora go through here), so one compiled regex finds
candidate boundaries and Python looks only at those, never at every char.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from bilateral import lang as langdata

DATA_FILE = "sentences.yaml"
LIST_KEYS = (
    "terminators",
    "glued_terminators",
    "closers",
    "openers",
    "non_starters",
    "bullets",
    "abbreviations",
    "numeric_abbreviations",
    "quote_continuations",
)
SCALAR_KEYS: dict[str, type] = {
    "ordinal_dot": bool,
    "number_dot_number": bool,
    "glued_min_word": int,
    "max_length": int,
}
_CHAR_LISTS = ("terminators", "glued_terminators", "closers", "openers", "non_starters")

_WS = re.compile(r"\s*")
_BLANK_LINE = re.compile(r"[^\S\n]*\n")
_ACRONYM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # U.S, e.g, т.е, z.B
# "3." "2.1." "1-1." "IV." "a." opening a list item or a numbered heading
_ENUMERATOR = re.compile(r"\d{1,3}(?:[.-]\d{1,3})*|[IVXivx]{1,4}|[^\W\d_]")
_SPACES = (" ", "\n", "\t", "\u00a0", "\u3000")  # where an over-long sentence may be cut


def check_data(data: Any, where: str) -> dict[str, Any]:
    """Validate one parsed sentences.yaml; a typo in data should fail loudly, not split badly."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    for key, value in data.items():
        if key in SCALAR_KEYS:
            kind = SCALAR_KEYS[key]
            if type(value) is not kind:
                raise ValueError(f"{where}: {key} must be {kind.__name__}, got {value!r}")
        elif key in LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: {key} must be a list of non-empty strings")
            if len(set(value)) != len(value):
                dups = sorted({v for v in value if value.count(v) > 1})
                raise ValueError(f"{where}: duplicate entries in {key}: {dups}")
            if key in _CHAR_LISTS and any(len(v) != 1 for v in value):
                raise ValueError(f"{where}: {key} entries must be single characters")
        else:
            raise ValueError(f"{where}: unknown key {key!r}")
    return data


@dataclass(frozen=True, slots=True)
class Rules:
    """The merged, compiled rules of one language (or of the shared data alone)."""

    candidates: re.Pattern[str]
    glued: frozenset[str]
    openers: frozenset[str]
    non_starters: frozenset[str]
    bullet: re.Pattern[str]
    abbreviations: dict[str, tuple[tuple[str, int], ...]]
    numeric: frozenset[str]
    continuations: tuple[str, ...]
    ordinal_dot: bool
    number_dot_number: bool
    glued_min_word: int
    max_length: int


@cache
def rules(lang: str | None) -> Rules:
    """Compile the rules of `lang` once; an unknown or missing language gets the shared ones."""
    shared = check_data(langdata.load_data(langdata.SHARED, DATA_FILE), "xx/" + DATA_FILE)
    missing = [key for key in (*LIST_KEYS, *SCALAR_KEYS) if key not in shared]
    if missing:
        raise ValueError(f"xx/{DATA_FILE} must define every key; missing {missing}")
    merged: dict[str, Any] = {key: list(shared[key]) for key in LIST_KEYS}
    merged.update({key: shared[key] for key in SCALAR_KEYS})
    own = langdata.load_data(lang, DATA_FILE) if lang in langdata.codes() else None
    if own is not None and lang is not None:
        for key, value in check_data(own, f"{lang}/{DATA_FILE}").items():
            merged[key] = merged[key] + value if key in LIST_KEYS else value
    terms = set(merged["terminators"]) | set(merged["glued_terminators"])
    candidates = re.compile(
        f"(?P<t>{_char_class(terms)}+)(?P<c>{_char_class(merged['closers'])}*)"
        r"(?P<r>(?:\[\d{1,3}\])*)|\n"
    )
    bullet = re.compile(
        rf"[^\S\n]*(?:{_char_class(merged['bullets'])}|\(?(?:\d{{1,3}}|[^\W\d_])[.)])\s"
    )
    return Rules(
        candidates=candidates,
        glued=frozenset(merged["glued_terminators"]),
        openers=frozenset(merged["openers"]),
        non_starters=frozenset(merged["non_starters"]),
        bullet=bullet,
        abbreviations=_abbreviation_index(merged["abbreviations"], terms),
        numeric=frozenset(merged["numeric_abbreviations"]),
        continuations=tuple(merged["quote_continuations"]),
        ordinal_dot=merged["ordinal_dot"],
        number_dot_number=merged["number_dot_number"],
        glued_min_word=merged["glued_min_word"],
        max_length=merged["max_length"],
    )


def _char_class(chars: Any) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _abbreviation_index(
    abbreviations: list[str], terms: set[str]
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Index abbreviations by the word that ends at each of their terminators.

    A candidate terminator is compared by its word ("z." for the first dot of
    "z. B.", "ق۔" for "ق۔م"); the index gives the whole abbreviation and the
    offset of that word in it, so one dict lookup decides most candidates.
    """
    index: dict[str, list[tuple[str, int]]] = {}
    for full in abbreviations:
        word_start = 0
        for pos, char in enumerate(full):
            if char.isspace():
                word_start = pos + 1
            elif char in terms:
                entry = (full, word_start)
                bucket = index.setdefault(full[word_start : pos + 1], [])
                if entry not in bucket:
                    bucket.append(entry)
    return {key: tuple(value) for key, value in index.items()}


def split_sentences(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets into `text`) covering text[start:end], each trimmed of surrounding whitespace, none empty."""  # noqa: E501
    r = rules(lang)
    spans: list[tuple[int, int]] = []
    last = start
    for m in r.candidates.finditer(text, start, end):
        boundary = _boundary(text, m, last, end, r)
        if boundary is not None and boundary > last:
            _emit(text, last, boundary, r.max_length, spans)
            last = boundary
    _emit(text, last, end, r.max_length, spans)
    return spans


def _boundary(text: str, m: re.Match[str], last: int, end: int, r: Rules) -> int | None:
    """Where the sentence ends if candidate `m` is a boundary, else None."""
    term = m.group("t")
    stop = m.end()
    if term is None:  # a newline with no terminator before it: hard-wrapped text goes on
        if r.bullet.match(text, stop, end) or _BLANK_LINE.match(text, stop, end):
            return m.start()
        return None
    nxt = _skip_space(text, stop, end)
    if not r.glued.isdisjoint(term):  # 。 ۔ । : no space needed
        if m.group("c") and r.continuations and text.startswith(r.continuations, stop, end):
            return None
        return None if _not_an_end(text, m.start(), last, nxt, end, r, glued=True) else stop
    if stop >= end or nxt >= end:
        return stop
    if nxt == stop:  # something glued to the terminator
        return stop if _glued_break(text, m, last, end, r) else None
    first = text[nxt]
    if "\n" not in text[stop:nxt] and (first.islower() or first in r.non_starters):
        return None
    if term == "." and _not_an_end(text, m.start(), last, nxt, end, r, glued=False):
        return None
    return stop


def _skip_space(text: str, i: int, end: int) -> int:
    m = _WS.match(text, i, end)  # always matches; the check is for the type checker
    return m.end() if m else i


def _token_start(text: str, lo: int, dot: int, openers: frozenset[str]) -> int:
    """Start of the word before the terminator at `dot`, opening quotes/brackets skipped."""
    tail = text[lo:dot].rsplit(None, 1)  # C-speed split on any whitespace
    t = dot - len(tail[-1]) if tail and not text[dot - 1].isspace() else dot
    while t < dot and text[t] in openers:
        t += 1
    return t


def _not_an_end(
    text: str, dot: int, last: int, nxt: int, end: int, r: Rules, *, glued: bool
) -> bool:
    """Whether the word before the terminator at `dot` keeps the sentence going."""
    t = _token_start(text, max(last, dot - 64), dot, r.openers)
    word = text[t:dot]
    key = text[t : dot + 1]
    for full, offset in r.abbreviations.get(key, ()):
        s = t - offset
        e = s + len(full)
        if (
            s >= last
            and text.startswith(full, s, end)
            and (s == 0 or not text[s - 1].isalnum())
            and (e >= end or not text[e].isalnum())
        ):
            return True
    following_digit = nxt < end and text[nxt].isdigit()
    if key in r.numeric and following_digit:
        return True
    if glued:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "A. Q. Khan"
        return True
    if _ACRONYM.fullmatch(word):  # "U.S." "e.g." "т.е."
        return True
    if word.isdigit() and (
        (r.ordinal_dot and len(word) <= 3) or (r.number_dot_number and following_digit)
    ):
        return True
    # a list enumerator opening the sentence: "1. Introduction", "IV. Results"
    return _skip_space(text, last, end) == t and bool(_ENUMERATOR.fullmatch(word))


def _glued_break(text: str, m: re.Match[str], last: int, end: int, r: Rules) -> bool:
    """Whether a terminator with no space after it still ends the sentence.

    Only before an upper-case letter, and only in forms that are hard to
    misread: "..Word", "...Word", "…Word", ".[4]Word", and "word.Word" where
    the word before is lower case (so not "U.S.Army", "4.2", "J.F.K").
    """
    stop = m.end()
    if not text[stop].isupper():
        return False
    term = m.group("t")
    if m.group("r"):
        return True
    if m.group("c"):
        return False
    if "…" in term or (len(term) >= 2 and set(term) == {"."}):
        return True
    if term != ".":
        return False
    dot = m.start()
    t = _token_start(text, max(last, dot - 64), dot, r.openers)
    word = text[t:dot]
    return (
        len(word) >= r.glued_min_word
        and word.isalpha()
        and word.islower()
        and stop + 1 < end
        and text[stop + 1].islower()
        and text[t : dot + 1] not in r.abbreviations
    )


def _emit(text: str, s: int, e: int, max_length: int, out: list[tuple[int, int]]) -> None:
    """Append [s, e) trimmed, cut into pieces of at most `max_length` at whitespace."""
    while True:
        s = _skip_space(text, s, e)
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            return
        if e - s <= max_length:
            out.append((s, e))
            return
        cut = max(text.rfind(c, s + 1, s + max_length + 1) for c in _SPACES)
        if cut <= s:
            cut = s + max_length
        piece_end = cut
        while piece_end > s and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append((s, piece_end))
        s = cut
