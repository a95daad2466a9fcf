"""The rule engine: triggers and actors of each sentence → facts.

For every sentence: find the lexicon's triggers (`triggers.yaml`), give
each actor mention a slot (`roles.py`), fill the trigger's role frame for
directed types or pair the participants for symmetric ones, then read
polarity and modality from the cues near the trigger and the attributes
from the sentence. A sentence that names one actor borrows the other from
its section heading or the document's topic, with less confidence.
"""

from __future__ import annotations

from itertools import combinations

from bilateral.document import Document, Mention
from bilateral.extract import attributes
from bilateral.extract.lexicon import SYMMETRIC, Lexicon, Trigger, lexicon
from bilateral.extract.modality import apply_modality, implied
from bilateral.extract.model import Fact
from bilateral.extract.roles import Slotted, assign_slots, conjuncts, coordinated, pick
from bilateral.extract.units import SentenceUnit, capitalised_nouns
from bilateral.kb.model import KnowledgeBase
from bilateral.kb.normalize import normalize_with_offsets

EXTRACTOR = "rules/1.0"
MAX_PARTICIPANTS = 5
CONFIDENCE = {"explicit": 0.8, "fallback": 0.65, "carried": 0.5}
TRANSFER_TYPES = {
    "ARMS_TRANSFER",
    "MILITARY_AID",
    "ECONOMIC_SUPPORT",
    "DEFENCE_INDUSTRY",
    "TRAINING",
    "SUPPORT_ARMED_GROUP",
}


class RuleExtractor:
    """Lexicon-and-rules extraction, offline and deterministic."""

    name = EXTRACTOR

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def _kind(self, actor_id: str) -> str | None:
        entity = self.kb.entities.get(actor_id)
        return entity.kind if entity else None

    def extract(self, doc: Document) -> list[Fact]:
        facts: list[Fact] = []
        by_sentence: dict[int, list[Mention]] = {}
        for mention in doc.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        context = _Context(doc, by_sentence)
        for index, sentence in enumerate(doc.sentences):
            text = doc.text[sentence.start : sentence.end]
            norm, mapping = normalize_with_offsets(text)
            unit = SentenceUnit(
                index, sentence.start, sentence.end, sentence.lang or doc.lang, text, norm, mapping
            )
            facts.extend(self._sentence(doc, unit, by_sentence.get(index, []), context))
        return _dedupe(facts)

    def _sentence(
        self, doc: Document, s: SentenceUnit, mentions: list[Mention], context: _Context
    ) -> list[Fact]:
        actors = [m for m in mentions if m.endpoint and m.kind != "equipment"]
        if not actors:
            return []  # no fact without at least one named party
        lex = lexicon(s.lang)
        triggers = find_triggers(s, lex, mentions)
        if not triggers:
            return []
        markers = _without_false_markers([(*s.span(f), f.payload) for f in lex.cues.find(s.norm)])
        facts = []
        for start, end, trigger in triggers:
            for fact in self._apply(doc, s, trigger, start, end, actors, markers, context):
                fact.trigger = doc.text[start:end]
                facts.append(fact)
        return facts

    def _apply(
        self,
        doc: Document,
        s: SentenceUnit,
        trigger: Trigger,
        start: int,
        end: int,
        actors: list[Mention],
        markers: list[tuple[int, int, str]],
        context: _Context,
    ) -> list[Fact]:
        actors = [m for m in actors if m.end <= start or m.start >= end]  # not "non-NATO ally"
        slotted = assign_slots(actors, markers, start, doc.text, s.start)
        if trigger.type in SYMMETRIC:
            and_spans = [(b, e) for b, e, n in markers if n == "and_words"]
            participants = coordinated(slotted, start, end, doc.text, and_spans)
            if len(participants) < 2:  # verb-final clauses: "Finnland ist der NATO beigetreten"
                participants = _nearest_two(slotted, start)
            pairs = [(a, b) for a, b in combinations(participants[:MAX_PARTICIPANTS], 2)]
            strength = "explicit"
            if not pairs:
                pairs, strength = _with_carried(actors, context.carried(s.index)), "carried"
        else:
            and_spans = [(b, e) for b, e, n in markers if n == "and_words"]
            pairs, strength = _directed(
                trigger, slotted, start, context.carried(s.index), doc.text, and_spans
            )
        if trigger.type == "SUPPORT_ARMED_GROUP":  # the ontology: a state and an armed group
            pairs = [(a, b) for a, b in pairs if self._kind(b) == "armed_group"]
        facts = []
        for source, target in pairs:
            fact = Fact(
                trigger.type,
                source,
                target,
                s.index,
                s.start,
                s.end,
                s.lang,
                confidence=CONFIDENCE[strength],
                rule=trigger.rule,
            )
            apply_modality(fact, trigger, markers, start, end, s)
            _attributes(fact, doc, s, start, end, actors, context)
            facts.append(fact)
            facts.extend(implied(fact, self.kb, markers, actors, start))
        return facts


def _nearest_two(slotted: list[Slotted], trigger_start: int) -> list[str]:
    """The two distinct parties nearest the trigger, places left out."""
    ordered = sorted(
        (s.mention for s in slotted if s.slot != "at" and s.mention.endpoint),
        key=lambda m: abs(m.start - trigger_start),
    )
    nearest = list(dict.fromkeys(m.endpoint for m in ordered if m.endpoint))[:2]
    return nearest if len(nearest) == 2 else []


class _Context:
    """What a sentence can borrow: its section heading's and the title's actors."""

    def __init__(self, doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
        self.doc = doc
        self._times: dict[int, attributes.Time | None] = {}
        self.heading_of: dict[int, list[str]] = {}
        topic: list[str] = []
        current: list[str] = []
        for index, sentence in enumerate(doc.sentences):
            paragraph = doc.paragraphs[sentence.paragraph] if doc.paragraphs else None
            names = [
                m.endpoint
                for m in by_sentence.get(index, [])
                if m.endpoint and m.kind != "equipment"
            ]
            if paragraph is not None and paragraph.kind == "heading":
                if sentence.paragraph == 0:
                    topic = list(dict.fromkeys(names))
                else:
                    current = list(dict.fromkeys(names))
            self.heading_of[index] = list(dict.fromkeys(current + topic))
        self.topic = topic

    def carried(self, index: int) -> list[str]:
        return self.heading_of.get(index, [])

    def sentence_time(self, index: int, lang: str | None) -> attributes.Time | None:
        if index not in self._times:
            sentence = self.doc.sentences[index]
            text = self.doc.text[sentence.start : sentence.end]
            self._times[index] = attributes.find_time(text, lang)
        return self._times[index]

    def paragraph_time(self, s: SentenceUnit) -> attributes.Time | None:
        """The time of the nearest earlier sentence of the same paragraph that has one."""
        paragraph = self.doc.sentences[s.index].paragraph
        for index in range(s.index - 1, -1, -1):
            if self.doc.sentences[index].paragraph != paragraph:
                break
            found = self.sentence_time(index, s.lang)
            if found:
                return found
        return None


def find_triggers(
    s: SentenceUnit, lex: Lexicon, mentions: list[Mention]
) -> list[tuple[int, int, Trigger]]:
    """Triggers whose conditions hold, longest first where they overlap."""
    found = []
    classes = {hit.payload for hit in lex.classes.find(s.norm)}
    has_equipment = any(m.kind == "equipment" for m in mentions)
    for hit in lex.triggers.find(s.norm):
        trigger = hit.payload
        if trigger.requires and not (
            trigger.requires in classes or (trigger.requires == "weapons" and has_equipment)
        ):
            continue
        if any(n in s.norm for n in trigger.negative_context):
            continue
        start, end = s.span(hit)
        if _inside_proper_name(s, start, end):
            continue  # "the Korean War", "the Cold War": an event's name, not a war between
        if any(m.start <= start and end <= m.end for m in mentions):
            continue  # inside a name: "International Security Assistance Force"
        found.append((start, end, trigger))
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    kept: list[tuple[int, int, Trigger]] = []
    for start, end, trigger in found:
        if not any(t.type == trigger.type and start < e and b < end for b, e, t in kept):
            kept.append((start, end, trigger))
    return sorted(kept, key=lambda t: t[0])


def _without_false_markers(markers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop markers inside a longer `not_markers` phrase ("cho" inside "cho biết")."""
    false = [(b, e) for b, e, n in markers if n == "not_markers"]
    return [
        (b, e, n)
        for b, e, n in markers
        if n != "not_markers"
        and not any(fb <= b and e <= fe and (fb, fe) != (b, e) for fb, fe in false)
    ]


def _inside_proper_name(s: SentenceUnit, start: int, end: int) -> bool:
    """A one-word trigger written with a capital inside a sentence is part of a name."""
    word = s.text[start - s.start : end - s.start]
    if " " in word or not word[:1].isupper() or word.isupper() or capitalised_nouns(s.lang):
        return False
    before = s.text[: start - s.start].rstrip(" \"'“‘«(")
    return bool(before) and before[-1] not in ".!?:;\n"


def _with_carried(actors: list[Mention], carried: list[str]) -> list[tuple[str, str]]:
    named = list(dict.fromkeys(m.endpoint for m in actors if m.endpoint))
    if len(named) != 1:
        return []
    other = next((c for c in carried if c != named[0]), None)
    return [(named[0], other)] if other else []


def _directed(
    trigger: Trigger,
    slotted: list[Slotted],
    start: int,
    carried: list[str],
    text: str = "",
    and_spans: list[tuple[int, int]] | None = None,
) -> tuple[list[tuple[str, str]], str]:
    """(source, target) pairs of a directed trigger: its frame first, then fallbacks.

    Coordinated actors in a role each make a fact ("Both Pakistan and China
    provided arms to Nepal" → two). With one role found, a single other actor
    of the sentence takes the other role; failing that, the section heading's
    or topic's actor does.
    """
    slotted = [s for s in slotted if s.slot != "at" or "at" in (trigger.source, trigger.target)]
    source_m = pick(slotted, trigger.source or "subject", start, set())
    source = source_m.endpoint if source_m else None
    target_m = pick(slotted, trigger.target or "object", start, {source} if source else set())
    target = target_m.endpoint if target_m else None
    if source_m and target_m and source and target:
        spans = and_spans or []
        sources = [m.endpoint for m in conjuncts(source_m, slotted, text, spans) if m.endpoint]
        targets = [m.endpoint for m in conjuncts(target_m, slotted, text, spans) if m.endpoint]
        pairs = [(a, b) for a in dict.fromkeys(sources) for b in dict.fromkeys(targets) if a != b]
        return pairs, "explicit"
    known = source or target
    if known is None:
        return [], "fallback"
    others = list(
        dict.fromkeys(
            s.mention.endpoint
            for s in slotted
            if s.mention.endpoint and s.mention.endpoint != known
        )
    )
    strength = "fallback"
    if len(others) != 1:
        others, strength = [c for c in carried if c != known][:1], "carried"
    if not others:
        return [], strength
    return [(known, others[0]) if source else (others[0], known)], strength


def _attributes(
    fact: Fact,
    doc: Document,
    s: SentenceUnit,
    start: int,
    end: int,
    actors: list[Mention],
    context: _Context,
) -> None:
    time = attributes.find_time(s.text, s.lang, start - s.start)
    if time is None:
        time = context.paragraph_time(s)
    fact.time = (
        time.to_json()
        if time
        else (
            {"text": None, "start": doc.date, "end": doc.date, "precision": "document"}
            if doc.date
            else None
        )
    )
    fact.agents = _agents(fact, actors)
    if fact.type in TRANSFER_TYPES:
        equipment = [m for m in doc.mentions if m.sentence == s.index and m.kind == "equipment"]
        fact.equipment = [{"id": m.actor_id, "name": m.text} for m in equipment]
        if equipment:
            fact.quantity = attributes.find_quantity(doc.text, equipment[0].start)
        fact.value = attributes.find_money(s.text, lexicon(s.lang))


def _agents(fact: Fact, actors: list[Mention]) -> dict[str, list[str]]:
    agents: dict[str, list[str]] = {}
    for role, endpoint in (("source", fact.source), ("target", fact.target)):
        ids = sorted(
            {m.actor_id for m in actors if m.endpoint == endpoint and m.actor_id != endpoint}
        )
        if ids:
            agents[role] = ids
    return agents


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (type, endpoints, polarity, sentence): the most confident."""
    best: dict[tuple[str, str, str, str, int], Fact] = {}
    for fact in facts:
        if fact.source == fact.target:
            continue
        key = (fact.type, fact.source, fact.target, fact.polarity, fact.sentence)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return list(best.values())
