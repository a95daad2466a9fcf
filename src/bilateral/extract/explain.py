"""What `bilateral explain` shows: each sentence's actors and triggers."""

from __future__ import annotations

from dataclasses import dataclass

from bilateral.document import Document
from bilateral.extract.engine import find_triggers
from bilateral.extract.lexicon import lexicon
from bilateral.extract.units import SentenceUnit
from bilateral.kb.normalize import normalize_with_offsets


@dataclass(slots=True)
class SentenceTrace:
    """What `explain` shows of one sentence."""

    index: int
    lang: str | None
    text: str
    actors: list[str]
    triggers: list[str]


def explain_sentences(doc: Document) -> list[SentenceTrace]:
    """Each sentence's actors and triggers, as the engine sees them."""
    traces = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        norm, mapping = normalize_with_offsets(text)
        unit = SentenceUnit(
            index, sentence.start, sentence.end, sentence.lang or doc.lang, text, norm, mapping
        )
        mentions = [m for m in doc.mentions if m.sentence == index]
        actors = [
            f"{m.text}={m.actor_id}"
            + (f"→{m.endpoint}" if m.endpoint not in (None, m.actor_id) else "")
            + f" [{m.kind}]"
            for m in mentions
        ]
        triggers = [
            f"'{doc.text[s:e]}' {t.type} ({t.rule})"
            for s, e, t in find_triggers(unit, lexicon(unit.lang), mentions)
        ]
        traces.append(SentenceTrace(index, unit.lang, text, actors, triggers))
    return traces
