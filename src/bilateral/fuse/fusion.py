"""Fusing per-document facts: one fused fact per type, endpoints and compatible time.

Facts with the same type and endpoints (the pair sorted for symmetric types,
as stored) are one relation when their times are compatible: equal, nested,
overlapping or unknown. So "Pakistan sold tanks to Sri Lanka in 2008" from
ten documents is one fused fact with ten pieces of evidence, while a second
deal in 2018 is another. A fact whose time is only its document's date
(precision `document`) counts as time unknown: the document reports it, it
does not date it. Unknown-time facts join the latest group that began no
later than their document's year (a report cannot precede what it reports),
else the largest group.

Nothing is dropped: a group whose evidence disagrees (affirmed here, negated
there; `actual` here, `alleged` there) is kept and flagged with its conflicts.
The rules are described for users in docs/fusion.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# actual is what happened; a claim of it is weaker; intentions weaker still
MODALITY_STRENGTH = {"actual": 5, "alleged": 4, "planned": 3, "offered": 2, "requested": 1}
MAX_CONFIDENCE = 0.99


@dataclass(slots=True)
class Evidence:
    """One stored fact as fusion sees it: the record plus where its document came from."""

    fact_id: str
    doc_id: str
    record: dict[str, Any]
    origins: tuple[str, ...]  # one entry per source of the document: URL host, else the file
    copies: int = 1  # how many sources (files, feed lines) carried this document
    doc_year: int | None = None
    span: tuple[int, int] | None = field(init=False)  # years the fact refers to, if dated

    def __post_init__(self) -> None:
        self.span = years_of(self.record.get("time"))


def years_of(time: dict[str, Any] | None) -> tuple[int, int] | None:
    """The years a fact record's time covers; the document date does not count."""
    if not time or time.get("precision") == "document":
        return None
    first, last = _year(time.get("start")), _year(time.get("end"))
    if first is None:
        return None
    return first, last if last is not None and last >= first else first


def _year(iso: Any) -> int | None:
    text = str(iso or "")
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("-")[:4]
    return sign * int(digits) if len(digits) == 4 and digits.isdigit() else None


@dataclass(slots=True)
class FusedFact:
    """A relation with all its evidence, across documents and languages."""

    type: str
    source: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        first = min(e.fact_id for e in self.evidence)
        basis = f"{self.type}|{self.source}|{self.target}|{first}"
        return "u_" + hashlib.sha256(basis.encode()).hexdigest()[:16]

    @property
    def years(self) -> tuple[int | None, int | None]:
        spans = [s for s in (e.span for e in self.evidence) if s]
        if not spans:
            return None, None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    @property
    def polarity(self) -> str:
        affirmed = any(e.record.get("polarity") != "negated" for e in self.evidence)
        return "affirmed" if affirmed else "negated"

    @property
    def modality(self) -> str:
        kept = self._supporting()
        return max(
            (str(e.record.get("modality") or "actual") for e in kept),
            key=lambda m: MODALITY_STRENGTH.get(m, 0),
        )

    @property
    def conflicts(self) -> list[str]:
        """What the evidence disagrees on: polarity (affirmed vs negated), modality
        (happened vs only claimed)."""
        polarities = {e.record.get("polarity") or "affirmed" for e in self.evidence}
        modalities = {e.record.get("modality") or "actual" for e in self._supporting()}
        found = []
        if {"affirmed", "negated"} <= polarities:
            found.append("polarity")
        if {"actual", "alleged"} <= modalities:
            found.append("modality")
        return found

    @property
    def n_documents(self) -> int:
        """Copies of documents carrying evidence: the same story from two files counts 2."""
        return sum(e.copies for e in _one_per_document(self.evidence))

    @property
    def n_sources(self) -> int:
        """Distinct origins (URL host, else file) of those documents."""
        return len({o for e in self.evidence for o in e.origins})

    @property
    def langs(self) -> list[str]:
        counts: dict[str, int] = {}
        for e in self.evidence:
            lang = (e.record.get("evidence") or {}).get("lang")
            if lang:
                counts[lang] = counts.get(lang, 0) + 1
        return sorted(counts, key=lambda k: (-counts[k], k))

    @property
    def confidence(self) -> float:
        """Noisy-OR over documents of each document's best confidence: independent
        reports raise belief; many sentences of one document do not."""
        best: dict[str, float] = {}
        for e in self._supporting():
            value = float(e.record.get("confidence") or 0.0)
            best[e.doc_id] = max(best.get(e.doc_id, 0.0), value)
        doubt = 1.0
        for value in best.values():
            doubt *= 1.0 - min(value, MAX_CONFIDENCE)
        return round(min(1.0 - doubt, MAX_CONFIDENCE), 3)

    def _supporting(self) -> list[Evidence]:
        """The evidence that carries the fused polarity."""
        polarity = self.polarity
        return [e for e in self.evidence if (e.record.get("polarity") or "affirmed") == polarity]

    def record(self, names: dict[str, str | None] | None = None) -> dict[str, Any]:
        """The fused record, as exported (docs/fusion.md)."""
        first, last = self.years
        head = self.evidence[0].record
        names = names or {}
        return {
            "id": self.id,
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "source_name": names.get(self.source) or head.get("source_name"),
            "target_name": names.get(self.target) or head.get("target_name"),
            "polarity": self.polarity,
            "modality": self.modality,
            "contested": bool(self.conflicts),
            "conflicts": self.conflicts,
            "first_year": first,
            "last_year": last,
            "n_facts": len(self.evidence),
            "n_documents": self.n_documents,
            "n_sources": self.n_sources,
            "langs": self.langs,
            "confidence": self.confidence,
            "quad_class": head.get("quad_class"),
            "cameo": head.get("cameo"),
            "plover": head.get("plover"),
            "evidence": sorted(e.fact_id for e in self.evidence),
        }


def _one_per_document(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: dict[str, Evidence] = {}
    for e in evidence:
        seen.setdefault(e.doc_id, e)
    return list(seen.values())


def fuse(evidence: Sequence[Evidence]) -> list[FusedFact]:
    """Group the evidence of ONE key (type, source, target) into fused facts."""
    if not evidence:
        return []
    head = evidence[0].record
    groups, starts = _by_time(_dated(evidence))
    for e in sorted((e for e in evidence if e.span is None), key=lambda e: e.fact_id):
        _home(groups, starts, e).append(e)
    return [FusedFact(head["type"], head["source"], head["target"], group) for group in groups]


def _dated(evidence: Sequence[Evidence]) -> list[tuple[tuple[int, int], Evidence]]:
    dated = [(span, e) for e in evidence if (span := e.span) is not None]
    return sorted(dated, key=lambda pair: (pair[0], pair[1].fact_id))


def _by_time(
    dated: list[tuple[tuple[int, int], Evidence]],
) -> tuple[list[list[Evidence]], list[int]]:
    """Chains of overlapping (or nested, or equal) year spans, in time order, and the
    first year of each."""
    groups: list[list[Evidence]] = []
    starts: list[int] = []
    group_end = 0
    for (first, last), e in dated:
        if groups and first <= group_end:
            groups[-1].append(e)
            group_end = max(group_end, last)
        else:
            groups.append([e])
            starts.append(first)
            group_end = last
    return groups, starts


def _home(groups: list[list[Evidence]], starts: list[int], e: Evidence) -> list[Evidence]:
    """The group an undated fact belongs to (a new one when there is none)."""
    if not groups:
        groups.append([])
        starts.append(0)
        return groups[0]
    if e.doc_year is not None:
        started = [i for i, first in enumerate(starts) if first <= e.doc_year]
        if started:
            return groups[started[-1]]
    return max(groups, key=len)
