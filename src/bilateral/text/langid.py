"""Language per paragraph and per document.

Script first (see `script.py`), then lingua restricted to the manifest's
languages of that script, on a bounded sample of the paragraph: lingua's
cost grows with text length while its accuracy saturates after a few
hundred characters. Short paragraphs (titles, headings, captions) say too
little and inherit the language of their neighbours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from bilateral import lang as manifest
from bilateral.document import Document, Paragraph
from bilateral.text.script import dominant_script

SAMPLE_CHARS = 400  # enough for lingua to be sure; keeps detection fast
MIN_LETTERS = 24  # below this a paragraph inherits from its neighbours


@cache
def _candidates(script: str) -> tuple[str, ...]:
    return tuple(lang.code for lang in manifest.languages() if script in lang.scripts)


@cache
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect(text: str) -> tuple[str | None, float, int]:
    """(language code, confidence, letters) for `text`; code None when unknown."""
    sample = text[:SAMPLE_CHARS]
    script, letters = dominant_script(sample)
    if script is None:
        return None, 0.0, 0
    candidates = _candidates(script)
    if not candidates:
        return None, 0.0, letters
    if len(candidates) == 1:
        return candidates[0], 1.0, letters
    values = _detector(candidates).compute_language_confidence_values(sample)
    if not values:
        return None, 0.0, letters
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return code, float(best.value), letters


def assign_languages(doc: Document) -> None:
    """Set each paragraph's language, then the document's `lang` and `langs`."""
    paragraphs = doc.paragraphs
    sure: list[bool] = []
    for para in paragraphs:
        code, confidence, letters = detect(doc.text[para.start : para.end])
        para.lang, para.lang_confidence = code, round(confidence, 3)
        sure.append(code is not None and letters >= MIN_LETTERS and para.kind != "heading")
    _inherit(paragraphs, sure, doc.lang_hint)
    doc.lang, doc.langs = _document_languages(doc.text, paragraphs, doc.lang_hint)


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
