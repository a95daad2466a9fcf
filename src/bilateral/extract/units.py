"""One sentence as the rule engine sees it, and the manifest facts its rules ask."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bilateral import lang as manifest
from bilateral.extract.phrases import Found
from bilateral.kb.normalize import Mapping, original_span

CLAUSE_BREAKS = frozenset(",;:.!?،؛。，；：、")  # attributors, negations, eras stop at these


def has_break(text: str) -> bool:
    """Whether `text` holds a clause break (one set test in C, not a loop per character)."""
    return not CLAUSE_BREAKS.isdisjoint(text)


@dataclass(slots=True)
class SentenceUnit:
    """A sentence with its normalised text and the map back to document offsets."""

    index: int
    start: int
    end: int
    lang: str | None
    text: str
    norm: str
    mapping: Mapping

    def span(self, found: Found[Any]) -> tuple[int, int]:
        start, end = original_span(self.mapping, found.start, found.end)
        return self.start + start, self.start + end


def capitalised_nouns(code: str | None) -> bool:
    """German-like languages capitalise every noun, so a capital says nothing of names."""
    try:
        return code is not None and manifest.get(code).nouns == "capitalised"
    except KeyError:
        return False


def verb_first(code: str | None) -> bool:
    """VSO languages often name the subjects after the verb ("تحارب مصر والسعودية …")."""
    try:
        return code is not None and manifest.get(code).order == "VSO"
    except KeyError:
        return False


def verb_final(code: str | None) -> bool:
    """SOV languages put cues (negation, plans) after the verb, not before it."""
    try:
        return code is not None and manifest.get(code).order == "SOV"
    except KeyError:
        return False
