"""Building a `Document` by hand in tests: clean text, paragraphs and sentences in one language.

Tests of the later stages (actors, discourse) start from here instead of
running the whole ingest, so that they test one stage at a time.
"""

from __future__ import annotations

from bilateral.document import Document, Sentence
from bilateral.text.paragraphs import split_paragraphs
from bilateral.text.sentences import split_sentences


def document(text: str, lang: str) -> Document:
    """`text` as a clean document whose every paragraph and sentence is in `lang`."""
    doc = Document(name="t.txt", raw_text=text)
    doc.text = text
    doc.paragraphs = split_paragraphs(text)
    for index, para in enumerate(doc.paragraphs):
        para.lang = lang
        doc.sentences.extend(
            Sentence(start, end, index, lang)
            for start, end in split_sentences(text, para.start, para.end, lang)
        )
    return doc
