"""The one currency between stages: a `Document` with character spans.

Every later stage (actors, facts, fusion) points into `Document.text`, the
clean text, by character offsets. The clean text is derived from
`Document.raw_text` by deleting boilerplate and inserting separators; the
`OffsetMap` keeps the way back so that a user can always see a span in the
text exactly as it was read, and `removed` says what was dropped and why.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A piece of the raw text left out of the clean text, and why."""

    start: int  # offset into raw_text
    end: int
    reason: str  # e.g. "citation", "template", "references", "banner"

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason}


class OffsetMap:
    """Maps clean-text offsets back to raw-text offsets.

    Stored as copy segments ``(clean_start, raw_start, length)``: clean text
    between segments was inserted by cleaning (a space that un-glues two
    words, a newline that separates pieces) and maps to the raw position
    where the insertion happened.
    """

    __slots__ = ("_segments", "_clean_starts")

    def __init__(self, segments: list[tuple[int, int, int]] | None = None) -> None:
        self._segments: list[tuple[int, int, int]] = list(segments or [])
        self._clean_starts = [seg[0] for seg in self._segments]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)] if length else [])

    @property
    def segments(self) -> list[tuple[int, int, int]]:
        return list(self._segments)

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of the character at `clean_offset` (or of the gap there)."""
        if not self._segments:
            return 0
        i = bisect.bisect_right(self._clean_starts, clean_offset) - 1
        if i < 0:
            return self._segments[0][1]
        clean_start, raw_start, length = self._segments[i]
        delta = clean_offset - clean_start
        if delta <= length:
            return raw_start + delta
        return raw_start + length  # inside an insertion: the gap after the copy

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that a clean span [start, end) was made from."""
        if end <= start:
            point = self.to_raw(start)
            return point, point
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def to_json(self) -> list[list[int]]:
        return [list(seg) for seg in self._segments]

    @classmethod
    def from_json(cls, data: list[list[int]]) -> OffsetMap:
        return cls([(int(a), int(b), int(c)) for a, b, c in data])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self._segments == other._segments

    def __repr__(self) -> str:
        return f"OffsetMap({self._segments!r})"


class TextBuilder:
    """Builds a clean text from slices of a raw text, recording the offset map.

    Cleaning code calls `copy` for raw text it keeps, `insert` for text it
    adds, and `remove` for raw text it drops (with the reason). Adjacent
    copies are merged so the map stays small.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._length = 0
        self._segments: list[tuple[int, int, int]] = []
        self.removed: list[RemovedSpan] = []

    def __len__(self) -> int:
        return self._length

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._parts.append(self.raw[start:end])
        if self._segments:
            c0, r0, n0 = self._segments[-1]
            if c0 + n0 == self._length and r0 + n0 == start:
                self._segments[-1] = (c0, r0, n0 + end - start)
                self._length += end - start
                return
        self._segments.append((self._length, start, end - start))
        self._length += end - start

    def insert(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def remove(self, start: int, end: int, reason: str) -> None:
        if end <= start:
            return
        if self.removed and self.removed[-1].end == start and self.removed[-1].reason == reason:
            self.removed[-1] = RemovedSpan(self.removed[-1].start, end, reason)
        else:
            self.removed.append(RemovedSpan(start, end, reason))

    def last_char(self) -> str:
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def build(self) -> tuple[str, OffsetMap, list[RemovedSpan]]:
        return (
            "".join(self._parts),
            OffsetMap(self._segments),
            sorted(self.removed, key=lambda r: r.start),
        )


@dataclass(slots=True)
class Paragraph:
    """A block of the clean text: a heading, a body paragraph or a list item."""

    start: int
    end: int
    kind: str = "body"  # "heading" | "body"
    lang: str | None = None
    lang_confidence: float = 0.0


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs
    lang: str | None = None


@dataclass(slots=True)
class Mention:
    """An actor or equipment named in a sentence, linked to the KB.

    `actor_id` is the KB id matched (`PAK.ISI`); `endpoint` the state,
    organisation or armed group it counts as for facts (`PAK`), None for
    equipment. `kind` says how it was found: name, demonym, capital,
    agent, equipment, heading, coreference.
    """

    start: int
    end: int
    sentence: int
    text: str
    actor_id: str
    endpoint: str | None
    kind: str
    confidence: float


@dataclass(slots=True)
class Document:
    """A document as it moves through the stages.

    `id` is a content hash of the raw text, so the same content ingested
    twice is the same document whatever its file name.
    """

    name: str  # the file name (or the id given in JSONL / "stdin")
    raw_text: str
    source: str = ""  # path, path#line for JSONL, or "-" for stdin
    fmt: str = "txt"
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601, partial allowed
    lang_hint: str | None = None
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    removed: list[RemovedSpan] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Any] = field(default_factory=list)  # extract.model.Fact, filled by extract
    lang: str | None = None
    langs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.id = content_id(self.raw_text)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


def content_id(raw_text: str) -> str:
    """Stable id of a document: the first 16 hex digits of SHA-256 of its text."""
    return hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
