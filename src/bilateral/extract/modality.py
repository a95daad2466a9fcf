"""Polarity, modality and attribution of a fact, and the facts a fact implies.

Cues (`cues.yaml`) near the trigger make a fact negated, planned, requested
or offered; an attribution cue makes it alleged and, with the party the claim
is attributed to, implies an ACCUSATION. A transfer to an armed group implies
SUPPORT_ARMED_GROUP, as the ontology says.
"""

from __future__ import annotations

from bilateral.document import Mention
from bilateral.extract.lexicon import SYMMETRIC, Trigger
from bilateral.extract.model import Fact
from bilateral.extract.units import SentenceUnit, verb_final
from bilateral.kb.model import KnowledgeBase

CUE_REACH = {"negation": 40, "planned": 45, "requested": 40, "offered": 40}
ADJACENT = 2  # characters between an adjacent negation and its trigger
ARMED_GROUP_SUPPORT = {"ARMS_TRANSFER", "TRAINING", "MILITARY_AID"}


def _near(
    markers: list[tuple[int, int, str]], name: str, start: int, reach: int, after: int | None = None
) -> bool:
    """A cue of kind `name` ends within `reach` before the trigger (or, in verb-final
    languages, starts within `reach` after its end)."""
    return any(
        n == name
        and (start - reach <= e <= start or (after is not None and after <= b <= after + reach))
        for b, e, n in markers
    )


def apply_modality(
    fact: Fact,
    trigger: Trigger,
    markers: list[tuple[int, int, str]],
    start: int,
    end: int,
    s: SentenceUnit,
) -> None:
    after = end if verb_final(s.lang) else None
    if _near(markers, "negation", start, CUE_REACH["negation"], after) or _near(
        markers, "negation_adjacent", start, ADJACENT
    ):
        fact.polarity = "negated"
    if trigger.modality:
        fact.modality = trigger.modality
    else:
        for name in ("planned", "requested", "offered"):
            if _near(markers, name, start, CUE_REACH[name], after):
                fact.modality = name
                break
    if fact.type == "ACCUSATION":
        return  # an accusation is itself the claim: its own verb does not make it alleged
    if fact.modality == "actual" and any(n == "alleged" for _, _, n in markers):
        fact.modality = "alleged"


def implied(
    fact: Fact,
    kb: KnowledgeBase,
    markers: list[tuple[int, int, str]],
    actors: list[Mention],
    start: int,
) -> list[Fact]:
    """Facts the ontology says a fact implies: support of an armed group, accusations."""
    facts = []
    target = kb.entities.get(fact.target)
    if fact.type in ARMED_GROUP_SUPPORT and target is not None and target.kind == "armed_group":
        facts.append(_copy(fact, "SUPPORT_ARMED_GROUP", fact.source, fact.target))
    if fact.modality == "alleged":
        attributor = _attributor(markers, actors, start, {fact.source, fact.target})
        if attributor:
            accused = fact.source if fact.type not in SYMMETRIC else fact.source
            facts.append(_copy(fact, "ACCUSATION", attributor, accused, modality="actual"))
    return facts


def _attributor(
    markers: list[tuple[int, int, str]], actors: list[Mention], start: int, exclude: set[str]
) -> str | None:
    """The party a claim is attributed to: an actor right before an attribution cue."""
    for cue_start, _, name in markers:
        if name not in ("attribution", "accusation") or cue_start > start:
            continue
        before = [
            m
            for m in actors
            if m.end <= cue_start and cue_start - m.end <= 40 and m.endpoint not in exclude
        ]
        if before:
            return max(before, key=lambda m: m.end).endpoint
    return None


def _copy(
    fact: Fact, type_name: str, source: str, target: str, modality: str | None = None
) -> Fact:
    return Fact(
        type_name,
        source,
        target,
        fact.sentence,
        fact.start,
        fact.end,
        fact.lang,
        fact.polarity,
        modality or fact.modality,
        fact.confidence * 0.9,
        fact.rule + "+implied",
        fact.trigger,
        fact.agents,
        fact.time,
    )
