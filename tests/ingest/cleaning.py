"""Cleaning a text under test: the offset-map invariants every cleaned text must keep."""

from __future__ import annotations

from bilateral.ingest.clean import CleanResult, clean_text


def check(raw: str, fmt: str = "txt") -> CleanResult:
    """Clean `raw` and assert the offset-map invariants."""
    result = clean_text(raw, fmt)
    text, offsets = result.text, result.offsets
    covered = [False] * len(raw)
    copied = 0
    for clean_start, raw_start, length in offsets.segments:
        assert text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
        for k in range(length):
            assert raw[offsets.to_raw(clean_start + k)] == text[clean_start + k]
            covered[raw_start + k] = True
        copied += length
    # whatever was not copied was inserted by cleaning: only spaces
    inserted = [text[i] for i in range(len(text)) if not _is_copied(offsets, i)]
    assert len(inserted) == len(text) - copied and set(inserted) <= {" "}
    # removed spans are ordered, disjoint, reasoned and cover the rest of the raw text
    last = 0
    for span in result.removed:
        assert last <= span.start < span.end <= len(raw) and span.reason
        for k in range(span.start, span.end):
            assert not covered[k], (span, raw[span.start : span.end])
            covered[k] = True
        last = span.end
    assert all(covered), "raw text neither copied nor marked as removed"
    return result


def _is_copied(offsets, i: int) -> bool:
    return any(c <= i < c + n for c, _, n in offsets.segments)


def removed(raw: str, result: CleanResult) -> list[tuple[str, str]]:
    return [(raw[s.start : s.end].strip(), s.reason) for s in result.removed]


def reasons(result: CleanResult) -> set[str]:
    return {s.reason for s in result.removed}
