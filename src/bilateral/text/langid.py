"""Language per paragraph and per document.

Three tiers, cheapest first: the script (see `script.py`) settles most
languages outright (Cyrillic, Hangul, Kana, Devanagari among ours); for
languages sharing a script, counts of each language's function words
(`lang/<code>/stopwords.txt`) settle clear cases at tens of MB/s; lingua,
restricted to the same-script candidates and run on a bounded sample,
decides the rest. Short paragraphs (titles, headings, captions) say too
little and inherit the language of their neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from bilateral import lang as manifest
from bilateral.document import Document, Paragraph
from bilateral.text.script import dominant_script

SAMPLE_CHARS = 400  # enough for lingua to be sure; keeps detection fast
SCRIPT_SAMPLE_CHARS = 160  # the script is clear long before that
MIN_LETTERS = 24  # below this a paragraph inherits from its neighbours
MIN_WORD_HITS = 3  # function words needed before they may decide alone
WORD_MARGIN = 2.0  # ... and how far the best language must lead the next
_WORD = re.compile(r"\w+")


@cache
def _candidates(script: str) -> tuple[str, ...]:
    """Languages whose marking script is `script` (Han alone is Chinese: Japanese
    and Korean text has Kana or Hangul, which `dominant_script` lets win)."""
    return tuple(lang.code for lang in manifest.languages() if lang.scripts[0] == script)


@cache
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect(text: str) -> tuple[str | None, float, int]:
    """(language code, confidence, letters) for `text`; code None when unknown."""
    sample = text[:SAMPLE_CHARS]
    script, letters = dominant_script(sample[:SCRIPT_SAMPLE_CHARS])
    if script is None:
        return None, 0.0, 0
    candidates = _candidates(script)
    if not candidates:
        return None, 0.0, letters
    if len(candidates) == 1:
        return candidates[0], 1.0, letters
    by_words = _by_function_words(sample, candidates)
    if by_words is not None:
        return by_words[0], by_words[1], letters
    values = _detector(candidates).compute_language_confidence_values(sample)
    if not values:
        return None, 0.0, letters
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return code, float(best.value), letters


@cache
def _function_words(candidates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """word → the candidate languages that list it as a function word."""
    owners: dict[str, list[str]] = {}
    for code in candidates:
        for word in manifest.load_data(code, "stopwords.txt") or []:
            owners.setdefault(word.lower(), []).append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


def _by_function_words(sample: str, candidates: tuple[str, ...]) -> tuple[str, float] | None:
    """(language, confidence) when function words decide clearly, else None."""
    owners = _function_words(candidates)
    hits: Counter[str] = Counter()
    for word in _WORD.findall(sample.lower()):
        for code in owners.get(word, ()):
            hits[code] += 1
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < MIN_WORD_HITS:
        return None
    best, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < WORD_MARGIN * runner_up:
        return None
    return best, best_hits / (best_hits + runner_up)


def assign_languages(doc: Document) -> None:
    """Set each paragraph's language, then the document's `lang` and `langs`.

    Only body paragraphs long enough to be sure are run through detection;
    headings and short lines are settled by script alone when it allows,
    else they inherit (see `_inherit`).
    """
    paragraphs = doc.paragraphs
    sure: list[bool] = []
    for para in paragraphs:
        text = doc.text[para.start : para.end]
        if para.kind == "heading" or len(text) < MIN_LETTERS:
            para.lang, para.lang_confidence = _by_script_only(text)
            sure.append(False)
            continue
        code, confidence, letters = detect(text)
        para.lang, para.lang_confidence = code, round(confidence, 3)
        sure.append(code is not None and letters >= MIN_LETTERS)
    if not any(sure) and paragraphs:
        whole = detect(" ".join(doc.text[p.start : p.end] for p in paragraphs))
        for para in paragraphs:
            para.lang, para.lang_confidence = whole[0], round(whole[1], 3)
        sure = [whole[0] is not None and whole[2] >= MIN_LETTERS] * len(paragraphs)
    _inherit(paragraphs, sure, doc.lang_hint)
    doc.lang, doc.langs = _document_languages(doc.text, paragraphs, doc.lang_hint)


def _by_script_only(text: str) -> tuple[str | None, float]:
    script, _ = dominant_script(text[:SCRIPT_SAMPLE_CHARS])
    candidates = _candidates(script) if script else ()
    return (candidates[0], 1.0) if len(candidates) == 1 else (None, 0.0)


def _inherit(paragraphs: Sequence[Paragraph], sure: Sequence[bool], hint: str | None) -> None:
    """Give unsure paragraphs the language of the nearest sure one.

    The next sure paragraph wins over the previous one: a heading belongs to
    the text under it.
    """
    sure_idx = [i for i, ok in enumerate(sure) if ok]
    if not sure_idx:
        fallback = hint or _most_common([p.lang for p in paragraphs if p.lang])
        for para in paragraphs:
            para.lang = fallback or para.lang
        return
    for i, para in enumerate(paragraphs):
        if sure[i]:
            continue
        after = next((j for j in sure_idx if j > i), None)
        source = after if after is not None else max(j for j in sure_idx if j < i)
        para.lang = paragraphs[source].lang
        para.lang_confidence = min(para.lang_confidence, paragraphs[source].lang_confidence)


def _document_languages(
    text: str, paragraphs: Sequence[Paragraph], hint: str | None
) -> tuple[str | None, list[str]]:
    """Main language (most characters) and all languages, largest share first."""
    chars: Counter[str] = Counter()
    for para in paragraphs:
        if para.lang:
            chars[para.lang] += para.end - para.start
    if not chars:
        return hint, [hint] if hint else []
    ranked = [code for code, _ in chars.most_common()]
    main = hint if hint in chars else ranked[0]
    return main, ranked


def _most_common(values: Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None
