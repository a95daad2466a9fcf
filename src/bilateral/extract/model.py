"""The fact record (../shared/spec/facts.md) and the extractor interface."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

import yaml

from bilateral.document import Document


@cache
def ontology() -> dict[str, dict[str, Any]]:
    """type → {directed, cameo, quad, plover}, from the contract's table."""
    text = resources.files(__package__).joinpath("ontology.yaml").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = yaml.safe_load(text)
    return data


@dataclass(slots=True)
class Fact:
    """One relation found in one sentence: the unit of evidence."""

    type: str
    source: str
    target: str
    sentence: int
    start: int  # evidence span (the sentence) in the document's clean text
    end: int
    lang: str | None
    polarity: str = "affirmed"
    modality: str = "actual"
    confidence: float = 0.5
    rule: str = ""
    trigger: str = ""
    agents: dict[str, list[str]] = field(default_factory=dict)
    time: dict[str, Any] | None = None
    equipment: list[dict[str, Any]] = field(default_factory=list)
    quantity: int | None = None
    value: dict[str, Any] | None = None
    source_name: str | None = None  # the KB's names, filled by the extractor
    target_name: str | None = None
    extractor: str = ""

    def __post_init__(self) -> None:
        if not ontology()[self.type]["directed"] and self.target < self.source:
            self.source, self.target = self.target, self.source

    def key(self) -> tuple[str, str, str, str, str]:
        return (self.type, self.source, self.target, self.polarity, self.modality)

    def fact_id(self, doc_id: str) -> str:
        basis = f"{doc_id}|{self.type}|{self.source}|{self.target}|{self.start}|{self.polarity}"
        return "f_" + hashlib.sha256(basis.encode()).hexdigest()[:16]

    def record(self, doc: Document) -> dict[str, Any]:
        """The exported record of spec/facts.md."""
        info = ontology()[self.type]
        return {
            "id": self.fact_id(doc.id),
            "doc": doc.name,
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "source_name": self.source_name,
            "target_name": self.target_name,
            "agents": self.agents or None,
            "polarity": self.polarity,
            "modality": self.modality,
            "time": self.time,
            "equipment": self.equipment or None,
            "quantity": self.quantity,
            "value": self.value,
            "cameo": info["cameo"],
            "quad_class": info["quad"],
            "plover": info["plover"],
            "confidence": round(self.confidence, 3),
            "evidence": {
                "lang": self.lang,
                "sentence": doc.text[self.start : self.end],
                "start": self.start,
                "end": self.end,
            },
            "extractor": self.extractor,
            "rule": self.rule,
            "trigger": self.trigger,
        }


def named(facts: list[Fact], names: Mapping[str, str], extractor: str) -> list[Fact]:
    """Facts with their endpoints' names and the extractor's version: the record is then
    complete without the KB, so the store needs nothing from earlier stages."""
    for fact in facts:
        fact.source_name = names.get(fact.source)
        fact.target_name = names.get(fact.target)
        fact.extractor = extractor
    return facts


class Extractor(Protocol):
    """Documents (with sentences and mentions) in, candidate facts out.

    The rule engine implements it first; a model-based engine can later.
    """

    name: str

    def extract(self, doc: Document) -> list[Fact]: ...
