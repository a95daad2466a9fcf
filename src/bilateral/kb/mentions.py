"""Actor mentions of a document: KB names found in its sentences, resolved.

A span that several entities are written as (`Georgia`, a surname shared
by two ministers) goes to the entity the rest of the document supports:
one whose endpoint is named unambiguously elsewhere, else the first by
kind (state before organisation before group before agent). Mentions in
headings are kind `heading`; discourse phrases ("the two countries") are
resolved by `discourse.py`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from bilateral.document import Document, Mention
from bilateral.kb import discourse
from bilateral.kb.matcher import Hit, Matcher
from bilateral.kb.model import KnowledgeBase, Name, load
from bilateral.kb.normalize import normalize
from bilateral.text.years import years_in

KIND_ORDER = {
    "state": 0,
    "organisation": 1,
    "armed_group": 2,
    "agent": 3,
    "person": 4,
    "equipment": 5,
}
CONFIDENCE = {
    "name": 0.95,
    "demonym": 0.85,
    "capital": 0.8,
    "agent": 0.9,
    "equipment": 0.9,
    "heading": 0.9,
}
AMBIGUOUS_FACTOR = 0.7


@cache
def matcher_for(kb_paths: tuple[str, ...] = ()) -> Matcher:
    """The matcher over the built-in KB plus user KB files (built once per process)."""
    return Matcher(load(kb_paths), discourse.phrase_names())


def default_matcher() -> Matcher:
    return matcher_for(())


def find_mentions(doc: Document, matcher: Matcher | None = None) -> list[Mention]:
    """Link the actors and equipment named in `doc`'s sentences."""
    matcher = matcher or default_matcher()
    if not doc.sentences:
        return []
    langs = [(s.start, s.lang or doc.lang) for s in doc.sentences]
    starts = [s.start for s in doc.sentences]
    by_span: dict[tuple[int, int, int], list[Name]] = {}
    for hit in matcher.find(doc.text, langs):
        index = _sentence_of(doc, starts, hit)
        if index is not None:
            by_span.setdefault((hit.start, hit.end, index), []).append(hit.name)
    support = _unambiguous_endpoints(matcher.kb, by_span.values())
    mentions: list[Mention] = []
    phrases: list[tuple[int, int, int, Name]] = []
    for (start, end, index), names in sorted(by_span.items()):
        kinds = {n.kind for n in names}
        if "blocker" in kinds:
            continue
        if kinds & discourse.PHRASE_KINDS:
            phrases.append((start, end, index, names[0]))
            continue
        mention = _resolve(doc, matcher.kb, start, end, index, names, support)
        if mention is not None:
            mentions.append(_of_its_time(doc, matcher.kb, mention))
    mentions.extend(discourse.resolve(doc, mentions, phrases, matcher.kb))
    return sorted(mentions, key=lambda m: (m.start, m.end, m.endpoint or ""))


def _sentence_of(doc: Document, starts: list[int], hit: Hit) -> int | None:
    index = bisect.bisect_right(starts, hit.start) - 1
    if index < 0:
        return None
    sentence = doc.sentences[index]
    return index if hit.end <= sentence.end else None


def _unambiguous_endpoints(kb: KnowledgeBase, groups: Iterable[list[Name]]) -> Counter[str]:
    """Endpoints named somewhere by a span that can mean nothing else."""
    support: Counter[str] = Counter()
    for names in groups:
        endpoints = {kb.entities[n.entity].endpoint for n in names if n.entity in kb.entities}
        if len(endpoints) == 1:
            only = endpoints.pop()
            if only is not None:
                support[only] += 1
    return support


def _resolve(
    doc: Document,
    kb: KnowledgeBase,
    start: int,
    end: int,
    index: int,
    names: list[Name],
    support: Counter[str],
) -> Mention | None:
    candidates = [n for n in names if n.entity in kb.entities]
    if not candidates:
        return None
    lang = doc.sentences[index].lang
    own = [n for n in candidates if n.lang == lang] or candidates

    written = doc.text[start:end]

    def rank(name: Name) -> tuple[int, int, int, int, int]:
        entity = kb.entities[name.entity]
        return (
            -support.get(entity.endpoint or "", 0),
            KIND_ORDER.get(entity.kind, 9),
            int(name.ambiguous),
            int(normalize(name.text) != normalize(written)),  # listed form over suffixed
            int(name.text != written),  # "China" the name over "china" the demonym
        )

    best = min(own, key=rank)
    entity = kb.entities[best.entity]
    distinct = {n.entity for n in own}
    kind = "equipment" if entity.kind == "equipment" else best.kind
    if _in_heading(doc, index) and entity.endpoint and entity.kind != "person":
        kind = "heading"
    confidence = CONFIDENCE.get(kind, 0.8)
    if best.ambiguous or len(distinct) > 1:
        confidence *= AMBIGUOUS_FACTOR
    return Mention(
        start,
        end,
        index,
        doc.text[start:end],
        entity.id,
        entity.endpoint,
        kind,
        round(confidence, 3),
    )


def _of_its_time(doc: Document, kb: KnowledgeBase, mention: Mention) -> Mention:
    """A state named in a sentence about years before it existed counts as its
    predecessor ("Russia" in the 1970s is the Soviet Union; kb/data/successions.yaml)."""
    succession = kb.successions.get(mention.endpoint or "")
    if succession is None or mention.actor_id != mention.endpoint:
        return mention
    sentence = doc.sentences[mention.sentence]
    years = years_in(doc.text[sentence.start : sentence.end])
    since, before = succession
    if years and max(years) < since:
        return replace(mention, endpoint=before)
    return mention


def _in_heading(doc: Document, index: int) -> bool:
    paragraph = doc.paragraphs[doc.sentences[index].paragraph] if doc.paragraphs else None
    return paragraph is not None and paragraph.kind == "heading"
