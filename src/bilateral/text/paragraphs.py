"""Paragraphs of a clean text: blocks of lines, each a heading or body.

A line is its own paragraph unless the text is hard-wrapped (a long line
that stops mid-sentence and a next line that continues it), as in PDFs and
e-mails. Short lines without closing punctuation are headings: they carry
topic (a section named after a state) that later stages use.
"""

from __future__ import annotations

import re

from bilateral.document import Paragraph

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = frozenset(".!?…。！？؟۔।॥\"'”’»」』")
_TERMINAL = _SENTENCE_END | frozenset(":;)]")
HEADING_MAX_CHARS = 90
WRAP_MIN_CHARS = 50  # a line this long that stops mid-sentence may be wrapped


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans of `text` (trimmed, non-empty, in order)."""
    lines = [_trim(m.start(), m.end(), text) for m in _LINE.finditer(text)]
    lines = [(s, e) for s, e in lines if e > s]
    paragraphs: list[Paragraph] = []
    block_start: int | None = None
    block_end = 0
    for i, (start, end) in enumerate(lines):
        if block_start is None:
            block_start = start
        block_end = end
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _continues(text, start, end, nxt[0]):
            continue
        paragraphs.append(Paragraph(block_start, block_end, _kind(text, block_start, block_end)))
        block_start = None
    return paragraphs


def _trim(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the next line continues this one (hard wrap, no blank line between)."""
    if "\n\n" in text[end:next_start].replace(" ", ""):
        return False
    if end - start < WRAP_MIN_CHARS or text[end - 1] in _TERMINAL:
        return False
    first = text[next_start]
    return first.islower() or first.isdigit() or text[end - 1] in ",-–("


def _kind(text: str, start: int, end: int) -> str:
    short = end - start <= HEADING_MAX_CHARS and "\n" not in text[start:end]
    return "heading" if short and text[end - 1] not in _SENTENCE_END else "body"
