"""Finding lexicon phrases (triggers, cues) in text, on word boundaries.

Phrases are normalised like KB names (`kb/normalize.py`) and matched with
one Aho-Corasick automaton per language. A phrase ending in `*` is a
prefix: it matches up to the end of the word (`поставк*` → поставками).
Arabic proclitics before a phrase are accepted as for names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick_rs

from bilateral.kb.normalize import is_word_char, no_spaces, normalize

T = TypeVar("T")
_PROCLITICS = frozenset("وفبلك")


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    start: int  # offsets into the normalised text searched
    end: int
    payload: T


class PhraseSet(Generic[T]):
    """Phrases with a payload each; `find` returns them on word boundaries."""

    def __init__(self, phrases: Iterable[tuple[str, T]], min_chars: int = 2) -> None:
        keyed: dict[str, list[tuple[bool, T]]] = {}
        for phrase, payload in phrases:
            prefix = phrase.endswith("*")
            key = normalize(phrase.rstrip("*")).strip()
            if len(key) >= min_chars or (key and no_spaces(key[0])):
                keyed.setdefault(key, []).append((prefix, payload))
        self._keys = list(keyed)
        self._payloads = [keyed[k] for k in self._keys]
        self._automaton = ahocorasick_rs.AhoCorasick(self._keys) if self._keys else None

    def __bool__(self) -> bool:
        return self._automaton is not None

    def find(self, norm: str, start: int = 0, end: int | None = None) -> list[Found[T]]:
        """Phrases in norm[start:end] (a normalised text), overlapping ones included."""
        if self._automaton is None:
            return []
        stop = len(norm) if end is None else end
        window = norm[start:stop]
        found: list[Found[T]] = []
        for index, m_start, m_end in self._automaton.find_matches_as_indexes(
            window, overlapping=True
        ):
            if not _left_ok(window, m_start):
                continue
            for prefix, payload in self._payloads[index]:
                word_end = _word_end(window, m_end) if prefix else m_end
                if prefix or _right_ok(window, m_end):
                    found.append(Found(start + m_start, start + word_end, payload))
        return found


def _left_ok(text: str, start: int) -> bool:
    if start == 0 or not is_word_char(text[start - 1]) or no_spaces(text[start]):
        return True
    if no_spaces(text[start - 1]):  # "…はNATOに"
        return True
    if text[start] == "'":  # a Turkish case ending glued to a name: Ukrayna'ya
        return True
    if "\u0600" <= text[start] <= "\u06ff":
        cursor = start
        while cursor > 0 and start - cursor < 3 and text[cursor - 1] in _PROCLITICS:
            cursor -= 1
        return cursor < start and (cursor == 0 or not is_word_char(text[cursor - 1]))
    return False


def _right_ok(text: str, end: int) -> bool:
    return (
        end >= len(text)
        or not is_word_char(text[end])
        or no_spaces(text[end - 1])
        or no_spaces(text[end])
    )


def _word_end(text: str, end: int) -> int:
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return end
