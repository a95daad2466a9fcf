"""Running sentences through the real pipeline, for the per-language extraction tests.

Each text is a short document: a neutral title line, a blank line, then the
sentence(s), so that the document has a heading but the title names no actor
and the facts come from the sentence alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import pytest

from bilateral.document import Document
from bilateral.extract.lexicon import SYMMETRIC, TYPES
from bilateral.extract.model import Fact
from bilateral.pipeline import process

TITLES = {
    "en": "Defence news",
    "fr": "Actualité de la défense",
    "es": "Noticias de defensa",
    "pt": "Notícias de defesa",
    "de": "Verteidigungsnachrichten",
}
ALL_TYPES = frozenset(TYPES)


@cache
def run(text: str, lang: str) -> Document:
    """The processed document of `text` under a neutral title (cached: tests share it)."""
    title = TITLES.get(lang, "News")
    doc = process(Document(name="t.txt", raw_text=f"{title}\n\n{text}", lang_hint=lang))
    # the test is about `lang`'s lexicons: a sentence identified as another language tests nothing
    langs = {s.lang or doc.lang for s in doc.sentences[1:]}
    assert langs == {lang}, f"{text!r} was read as {langs}, not {lang}"
    return doc


def key(type_name: str, source: str, target: str) -> tuple[str, str, str]:
    """(type, source, target), with the pair sorted for symmetric types as stored."""
    if type_name in SYMMETRIC and target < source:
        source, target = target, source
    return type_name, source, target


def affirmed(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(type, source, target) of the affirmed facts of `text`."""
    return {(f.type, f.source, f.target) for f in run(text, lang).facts if f.polarity == "affirmed"}


def triples(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    """(type, source, target, polarity) of every fact of `text`."""
    return {(f.type, f.source, f.target, f.polarity) for f in run(text, lang).facts}


def fact(text: str, lang: str, type_name: str, source: str, target: str) -> Fact:
    """The one fact of `text` with that type and those endpoints (fails when absent)."""
    wanted = key(type_name, source, target)
    found = [f for f in run(text, lang).facts if (f.type, f.source, f.target) == wanted]
    assert found, f"no {wanted} in {[(f.type, f.source, f.target) for f in run(text, lang).facts]}"
    assert len(found) == 1, f"several {wanted}: {found}"
    return found[0]


def per_language(
    cases: Sequence[tuple[Any, ...]], not_yet: dict[str, str] | None = None
) -> list[Any]:
    """Cases whose first item is a language code, as pytest parameters; a language
    named in `not_yet` is a strict xfail with its reason (a known gap, not a pass)."""
    gaps = not_yet or {}
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=gaps[case[0]]))
        if case[0] in gaps
        else case
        for case in cases
    ]
