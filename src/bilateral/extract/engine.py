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
from bilateral.extract.context import Context
from bilateral.extract.eras import find_era
from bilateral.extract.events import fights
from bilateral.extract.frames import directed, ergative_subject, made_in
from bilateral.extract.lexicon import SYMMETRIC, Lexicon, Trigger, lexicon
from bilateral.extract.modality import apply_modality, implied
from bilateral.extract.model import Fact, named
from bilateral.extract.roles import (
    Slotted,
    across_break,
    assign_slots,
    symmetric_pairs,
    without_modifiers,
)
from bilateral.extract.units import SentenceUnit, capitalised_nouns, has_break, verb_first
from bilateral.kb.model import KnowledgeBase
from bilateral.kb.normalize import is_word_char, no_spaces, normalize_with_offsets

EXTRACTOR = "rules/1.0"
CONFIDENCE = {"explicit": 0.8, "fallback": 0.65, "carried": 0.5}
NEAREST_REACH = 80  # characters from the trigger to a fallback partner of a symmetric type
MEDIATOR_AFTER = 12  # characters from "mediated by", "بوساطة" to the mediator's name
MEDIATOR_BEFORE = 6  # … from the mediator's name to a postposed "の仲介", "की मध्यस्थता"
CLAIM_REACH = 12  # an actor this close after a later trigger is that trigger's argument
EVENT_TYPES = {"ARMED_CONFLICT", "HOSTILITY"}  # "the Gulf War", "the Cold War": named events
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
        self.names = {e.id: e.name for e in kb.entities.values()}

    def _kind(self, actor_id: str) -> str | None:
        entity = self.kb.entities.get(actor_id)
        return entity.kind if entity else None

    def extract(self, doc: Document) -> list[Fact]:
        facts: list[Fact] = []
        by_sentence: dict[int, list[Mention]] = {}
        for mention in doc.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        context = Context(doc, by_sentence)
        for index, sentence in enumerate(doc.sentences):
            text = doc.text[sentence.start : sentence.end]
            norm, mapping = normalize_with_offsets(text)
            unit = SentenceUnit(
                index, sentence.start, sentence.end, sentence.lang or doc.lang, text, norm, mapping
            )
            facts.extend(self._sentence(doc, unit, by_sentence.get(index, []), context))
        return named(_dedupe(facts), self.names, self.name)

    def _sentence(
        self, doc: Document, s: SentenceUnit, mentions: list[Mention], context: Context
    ) -> list[Fact]:
        actors = [m for m in mentions if m.endpoint and m.kind != "equipment"]
        if not actors:
            return []  # no fact without at least one named party
        lex = lexicon(s.lang)
        triggers = find_triggers(s, lex, mentions)
        if not triggers:
            return []
        markers = _without_false_markers([(*s.span(f), f.payload) for f in lex.cues.find(s.norm)])
        actors = _without_mediators(actors, markers)
        triggers, named = fights(triggers, markers, actors, s)
        facts = []
        for start, end, trigger in triggers:
            own = _not_claimed(actors, start, end, triggers, s)
            given = named.get((start, end))
            for fact in self._apply(doc, s, trigger, start, end, own, markers, context, given):
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
        context: Context,
        given: tuple[str, str] | None = None,
    ) -> list[Fact]:
        actors = [m for m in actors if m.end <= start or m.start >= end]  # not "non-NATO ally"
        actors = without_modifiers(actors, doc.text)
        slotted = assign_slots(actors, markers, start, doc.text, s.start)
        if given is not None:  # the trigger names its pair: "the Soviet war in Afghanistan"
            pairs, strength = [given], "explicit"
        elif trigger.type in SYMMETRIC:
            and_spans = [(b, e) for b, e, n in markers if n == "and_words"]
            pairs = symmetric_pairs(slotted, start, end, doc.text, and_spans)
            if not pairs:  # verb-final clauses: "Finnland ist der NATO beigetreten"
                pairs = list(combinations(_nearest_two(slotted, start, doc.text), 2))
            strength = "explicit"
            if not pairs:
                pairs, strength = _with_carried(actors, context.carried(s.index)), "carried"
        else:
            and_spans = [(b, e) for b, e, n in markers if n == "and_words"]
            slotted = ergative_subject(slotted, markers, start, doc.text, and_spans)
            if trigger.type == "ACCUSATION":  # "AはBが…したと非難した": A accuses
                slotted = ergative_subject(
                    slotted, markers, start, doc.text, and_spans, "topic_markers"
                )
            if trigger.type in TRANSFER_TYPES:
                seller = trigger.source or "subject"
                slotted = made_in(slotted, context.by_sentence.get(s.index, []), seller)
            pairs, strength = directed(
                trigger,
                slotted,
                start,
                context.carried(s.index),
                doc.text,
                and_spans,
                end if verb_first(s.lang) else None,
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
            apply_modality(fact, trigger, markers, start, end, s, actors)
            _attributes(fact, doc, s, start, end, actors, context, self.kb)
            facts.append(fact)
            facts.extend(implied(fact, self.kb, markers, actors, start, s))
        return facts


def _without_mediators(actors: list[Mention], markers: list[tuple[int, int, str]]) -> list[Mention]:
    """The actors less a mediator ("brokered by China", "با میانجیگری چین", "中国の仲介で"):
    it brings the parties together but is no party to their relation. The name
    follows the mediation word, or stands right before it as its possessor."""
    mediators: set[int] = set()
    for b, e, name in markers:
        if name == "mediators":  # the first name after the cue
            near = [m for m in actors if 0 <= m.start - e <= MEDIATOR_AFTER]
            mediators.update(id(m) for m in near[:1])
        elif name == "mediators_before":  # the name right before it
            near = [m for m in actors if 0 <= b - m.end <= MEDIATOR_BEFORE]
            mediators.update(id(m) for m in near[-1:])
    return [m for m in actors if id(m) not in mediators]


def _not_claimed(
    actors: list[Mention],
    start: int,
    end: int,
    triggers: list[tuple[int, int, Trigger]],
    s: SentenceUnit,
) -> list[Mention]:
    """The actors a trigger may take: not one standing right after a later trigger
    in another clause or list item, whose argument it is ("cooperation in
    logistics, support to Afghanistan": Afghanistan is what the support goes to,
    not a partner in the cooperation). Within one clause the triggers share their
    actors ("verkaufte bewaffnete Drohnen an Äthiopien")."""
    later_ends = [
        e for b, e, _ in triggers if b >= end and has_break(s.text[end - s.start : b - s.start])
    ]
    return [m for m in actors if not any(e <= m.start <= e + CLAIM_REACH for e in later_ends)]


def _nearest_two(slotted: list[Slotted], trigger_start: int, text: str) -> list[str]:
    """The two distinct parties nearest the trigger, places and far names left out
    (a name a clause away is no partner: the heading's actor is tried instead), but
    the sentence's first subject stays: it governs coordinated verbs ("A is a supplier
    of B and has cooperated with B …")."""
    first = min((s.mention.start for s in slotted), default=-1)
    ordered = sorted(
        (
            s.mention
            for s in slotted
            if s.slot != "at"
            and s.mention.endpoint
            and not across_break(s.mention, trigger_start, text)
            and (
                abs(s.mention.start - trigger_start) <= NEAREST_REACH
                or (s.slot == "subject" and s.mention.start == first)
            )
        ),
        key=lambda m: abs(m.start - trigger_start),
    )
    nearest = list(dict.fromkeys(m.endpoint for m in ordered if m.endpoint))[:2]
    return nearest if len(nearest) == 2 else []


def find_triggers(
    s: SentenceUnit, lex: Lexicon, mentions: list[Mention]
) -> list[tuple[int, int, Trigger]]:
    """Triggers whose conditions hold, longest first where they overlap."""
    found = []
    classes: set[str] | None = None  # the word classes present, read when a trigger asks
    has_equipment = any(m.kind == "equipment" for m in mentions)
    for hit in lex.triggers.find(s.norm):
        trigger = hit.payload
        if trigger.requires and not (trigger.requires == "weapons" and has_equipment):
            if classes is None:
                classes = {hit.payload for hit in lex.classes.find(s.norm)}
            if trigger.requires not in classes:
                continue
        if trigger.negative_context and _cancelled(trigger, s.norm, hit.start, hit.end):
            continue
        start, end = s.span(hit)
        if _inside_proper_name(s, start, end, trigger.type in EVENT_TYPES):
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


def _cancelled(trigger: Trigger, norm: str, start: int, end: int) -> bool:
    """A `negative_context` word of the entry begins a word in the trigger's clause:
    "учения" (drills) is not inside "обучения" (training), and sanctions imposed in
    another clause do not cancel the supply they punish."""
    for word in trigger.negative_context:
        at = norm.find(word)
        while at != -1:
            stop = at + len(word)
            lo, hi = (stop, start) if stop <= start else (end, at)
            if _word_start(norm, at) and (lo >= hi or not has_break(norm[lo:hi])):
                return True
            at = norm.find(word, at + 1)
    return False


def _word_start(norm: str, start: int) -> bool:
    """A word begins at `start` (the words are stems: any ending may follow)."""
    return start == 0 or not is_word_char(norm[start - 1]) or no_spaces(norm[start])


def _without_false_markers(markers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop markers inside a longer `not_markers` phrase ("cho" inside "cho biết")."""
    false = [(b, e) for b, e, n in markers if n == "not_markers"]
    return [
        (b, e, n)
        for b, e, n in markers
        if n != "not_markers"
        and not any(fb <= b and e <= fe and (fb, fe) != (b, e) for fb, fe in false)
    ]


def _inside_proper_name(s: SentenceUnit, start: int, end: int, event: bool = False) -> bool:
    """A trigger written with a capital inside a sentence is part of a name: one word,
    or, for wars, every word ("the Cold War-oriented strategy" names an era)."""
    word = s.text[start - s.start : end - s.start]
    words = word.split()
    if (len(words) > 1 and not event) or capitalised_nouns(s.lang):
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    before = s.text[: start - s.start].rstrip(" \"'“‘«(")
    return bool(before) and before[-1] not in ".!?:;\n"


def _with_carried(actors: list[Mention], carried: list[str]) -> list[tuple[str, str]]:
    named = list(dict.fromkeys(m.endpoint for m in actors if m.endpoint))
    if len(named) != 1:
        return []
    other = next((c for c in carried if c != named[0]), None)
    return [(named[0], other)] if other else []


def _attributes(
    fact: Fact,
    doc: Document,
    s: SentenceUnit,
    start: int,
    end: int,
    actors: list[Mention],
    context: Context,
    kb: KnowledgeBase,
) -> None:
    time = attributes.find_time(s.text, s.lang, start - s.start, doc.date)
    if time is None:
        time = _era(s, actors, kb, doc.date)
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
        fact.equipment, fact.quantity, fact.value = context.what_moved(s)


def _era(
    s: SentenceUnit, actors: list[Mention], kb: KnowledgeBase, doc_date: str | None
) -> attributes.Time | None:
    """The term of office of a leader the sentence dates itself by ("under Imran Khan")."""
    persons = [
        m for m in actors if getattr(kb.entities.get(m.actor_id or ""), "kind", "") == "person"
    ]
    if not persons:
        return None
    doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
    era = find_era(s.text, s.start, s.lang, persons, kb, doc_year)
    return attributes.Time(era.text, str(era.first), str(era.last), "term") if era else None


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
    return [f for f in best.values() if not _overruled(f, best)]


def _overruled(fact: Fact, best: dict[tuple[str, str, str, str, int], Fact]) -> bool:
    """A directed fact whose reverse the same sentence states with explicit roles, where
    its own roles were a fallback: "Ukraine received military aid from Germany" reads
    DEU → UKR from "received … from"; "military aid" alone would guess UKR → DEU."""
    if fact.type in SYMMETRIC:
        return False
    reverse = best.get((fact.type, fact.target, fact.source, fact.polarity, fact.sentence))
    return reverse is not None and reverse.confidence > fact.confidence
