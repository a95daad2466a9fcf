"""Discourse: who "the two countries", "this country" and "the Alliance" are.

The phrases are language data (`lang/<code>/kb_coref.yaml`). A pair phrase
takes the two actors of the nearest earlier sentence of the paragraph that
names two (or of the same sentence, before the phrase), else the section
heading's actors together with the document's topic (its title's actors):
under a heading "China" in an article about Pakistan, "both countries"
are China and Pakistan. A single phrase takes the most recent state. "The
Alliance" is NATO where NATO has been named or is the topic.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bilateral import lang as manifest
from bilateral.document import Document, Mention
from bilateral.kb.model import KnowledgeBase, Name

SECTIONS = {"pair": "coref_pair", "single": "coref_single", "alliance": "coref_alliance"}
PHRASE_KINDS = frozenset(SECTIONS.values())
LOOK_BACK = 3  # sentences of the same paragraph searched for antecedents
CONFIDENCE = {"sentence": 0.75, "heading": 0.6}
ALLIANCE = "NATO"


@cache
def phrase_names() -> tuple[Name, ...]:
    """The discourse phrases of every language, as matcher names."""
    names: list[Name] = []
    for code in manifest.codes():
        data = manifest.load_data(code, "kb_coref.yaml") or {}
        for section, kind in SECTIONS.items():
            names.extend(Name(str(text), code, "", kind) for text in data.get(section) or [])
    return tuple(names)


def resolve(
    doc: Document,
    mentions: list[Mention],
    phrases: list[tuple[int, int, int, Name]],
    kb: KnowledgeBase,
) -> list[Mention]:
    """Coreference mentions for the phrases, in text order."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        by_sentence.setdefault(mention.sentence, []).append(mention)
    titled = bool(doc.paragraphs) and doc.paragraphs[0].kind == "heading"
    topic = _endpoints(
        [m for i, ms in by_sentence.items() for m in ms if titled and _paragraph(doc, i) == 0]
    )
    resolved: list[Mention] = []
    for start, end, index, name in sorted(phrases, key=lambda p: p[0]):
        targets, source = _antecedents(
            doc, by_sentence, start, index, name.kind, topic, kb.state_ids
        )
        text = doc.text[start:end]
        found = [
            Mention(start, end, index, text, target, target, "coreference", CONFIDENCE[source])
            for target in targets
        ]
        resolved.extend(found)
        by_sentence.setdefault(index, []).extend(found)  # later phrases may build on it
        by_sentence[index].sort(key=lambda m: m.start)
    return resolved


def _antecedents(
    doc: Document,
    by_sentence: dict[int, list[Mention]],
    start: int,
    index: int,
    kind: str,
    topic: list[str],
    states: frozenset[str],
) -> tuple[list[str], str]:
    if kind == "coref_alliance":
        named = any(
            m.endpoint == ALLIANCE and (i < index or m.start < start)
            for i, ms in by_sentence.items()
            if i <= index
            for m in ms
        )
        return ([ALLIANCE], "sentence") if named or ALLIANCE in topic else ([], "sentence")
    wanted = 2 if kind == "coref_pair" else 1
    only = states if kind == "coref_single" else None
    for sentence_mentions in _earlier_sentences(doc, by_sentence, start, index):
        found = _endpoints(sentence_mentions, only)
        if len(found) >= wanted:
            return found[-wanted:], "sentence"
    heading = _endpoints(_section_heading(doc, by_sentence, index), only)
    combined = list(dict.fromkeys(heading + [t for t in topic if only is None or t in only]))
    return (combined[:wanted], "heading") if len(combined) >= wanted else ([], "heading")


def _earlier_sentences(
    doc: Document, by_sentence: dict[int, list[Mention]], start: int, index: int
) -> Iterator[list[Mention]]:
    """Mentions of the same sentence before `start`, then of earlier sentences."""
    paragraph = doc.sentences[index].paragraph
    yield [m for m in by_sentence.get(index, []) if m.end <= start]
    for back in range(1, LOOK_BACK + 1):
        earlier = index - back
        if earlier < 0 or doc.sentences[earlier].paragraph != paragraph:
            return
        yield by_sentence.get(earlier, [])


def _section_heading(
    doc: Document, by_sentence: dict[int, list[Mention]], index: int
) -> list[Mention]:
    paragraph = doc.sentences[index].paragraph
    heading_sentences: dict[int, list[int]] = {}
    for i in by_sentence:
        heading_sentences.setdefault(_paragraph(doc, i), []).append(i)
    for p_index in range(paragraph - 1, 0, -1):
        if doc.paragraphs[p_index].kind == "heading":
            heading = [m for i in heading_sentences.get(p_index, []) for m in by_sentence[i]]
            if heading:
                return heading
    return []


def _endpoints(mentions: list[Mention], only: frozenset[str] | None = None) -> list[str]:
    """Distinct endpoints in order of appearance (the most recent last)."""
    seen: dict[str, None] = {}
    for mention in mentions:
        endpoint = mention.endpoint
        if not endpoint or (only is not None and endpoint not in only):
            continue
        seen.pop(endpoint, None)
        seen[endpoint] = None
    return list(seen)


def _paragraph(doc: Document, sentence: int) -> int:
    return doc.sentences[sentence].paragraph
