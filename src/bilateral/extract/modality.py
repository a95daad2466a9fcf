"""Polarity, modality and attribution of a fact, and the facts a fact implies.

Cues (`cues.yaml`) near the trigger make a fact negated, planned, requested
or offered; an attribution cue makes it alleged and, with the party the claim
is attributed to, implies an ACCUSATION. A transfer to an armed group implies
SUPPORT_ARMED_GROUP, as the ontology says.

Word order decides where a cue may stand: before the trigger everywhere,
after it in verb-final languages (manifest `order: SOV`), and for
`negation_after` cues (German "lieferte … nicht") after it within the clause.
A cue written with "…" ("warf … vor") is a separable verb: its parts may
stand apart within the clause. Negated verb forms that fuse the negation
into the trigger word (Turkish sat-ma-dı) come from the lexicon.
"""

from __future__ import annotations

from bilateral.document import Mention
from bilateral.extract.lexicon import MODALITY_CUES, SYMMETRIC, Trigger, lexicon
from bilateral.extract.model import Fact
from bilateral.extract.units import SentenceUnit, has_break, verb_final
from bilateral.kb.model import KnowledgeBase
from bilateral.kb.normalize import normalize, original_span

CUE_REACH = {"negation": 40, "planned": 45, "requested": 40, "offered": 40, "negation_after": 40}
ADJACENT = 2  # characters between an adjacent negation and its trigger
ATTRIBUTOR_REACH = 40  # characters between an attribution cue and the party it names
SEPARABLE_REACH = 60  # characters between the parts of a separable cue ("warf … vor")
ARMED_GROUP_SUPPORT = {"ARMS_TRANSFER", "TRAINING", "MILITARY_AID"}
ATTRIBUTOR_KINDS = {"state", "organisation"}  # a party that can accuse, not an armed group
CLAIM_CUES = ("attribution", "alleged")  # cues that report a party's claim
# an accusation cue names the accuser too, but "condemned", "criticised" report no claim
ATTRIBUTOR_CUES = (*CLAIM_CUES, "accusation")

Markers = list[tuple[int, int, str]]


def _near(markers: Markers, name: str, start: int, reach: int, after: int | None = None) -> bool:
    """A cue of kind `name` ends within `reach` before the trigger (or, in verb-final
    languages, starts within `reach` after its end)."""
    return any(
        n == name
        and (start - reach <= e <= start or (after is not None and after <= b <= after + reach))
        for b, e, n in markers
    )


def _after_in_clause(markers: Markers, name: str, end: int, s: SentenceUnit) -> bool:
    """A cue of kind `name` follows the trigger in the same clause (German V2: the
    finite verb comes second, its "nicht" later: "lieferte die Schiffe nicht an")."""
    return any(
        n == name
        and end <= b <= end + CUE_REACH[name]
        and not has_break(s.text[end - s.start : b - s.start])
        for b, _, n in markers
    )


def separable_markers(s: SentenceUnit) -> Markers:
    """Cues written "part … part" whose parts stand apart in this sentence's clause.

    A German separable verb puts its particle at the clause end ("warf der
    Ukraine … vor"), so a contiguous phrase cannot find it. The marker spans
    from the first part to the last.
    """
    found: Markers = []
    for name, parts in lexicon(s.lang).separable:
        b, e = _parts_span(s.norm, parts)
        if b >= 0:
            start, end = original_span(s.mapping, b, e)
            found.append((s.start + start, s.start + end, name))
    return found


def _parts_span(norm: str, parts: tuple[str, ...]) -> tuple[int, int]:
    """Offsets (in `norm`) of `parts` as whole words in order, one clause apart at most."""
    cursor, first = 0, -1
    for part in parts:
        at = _word_at(norm, part, cursor)
        if at < 0 or (first >= 0 and (at - cursor > SEPARABLE_REACH or _breaks(norm, cursor, at))):
            return -1, -1
        first = at if first < 0 else first
        cursor = at + len(part)
    return first, cursor


def _word_at(norm: str, word: str, start: int) -> int:
    """The first offset ≥ start where `word` stands as a whole word."""
    at = norm.find(word, start)
    while at >= 0:
        before = norm[at - 1] if at else " "
        after = norm[at + len(word)] if at + len(word) < len(norm) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = norm.find(word, at + 1)
    return -1


def _breaks(norm: str, start: int, end: int) -> bool:
    """Is there a clause break between two offsets? (the comma after "warf … vor" is fine)"""
    return has_break(norm[start:end])


def _longest_cues(markers: Markers) -> Markers:
    """Drop a modality cue inside a longer claim cue: in hi "बताया जा रहा है" (it is
    reported) the "जा रहा है" of a plan is no plan. (A plan inside a negation, vi
    "sẽ không", is both.)"""
    claims = [(b, e) for b, e, n in markers if n in CLAIM_CUES]
    return [
        (b, e, n)
        for b, e, n in markers
        if n not in MODALITY_CUES
        or n in ATTRIBUTOR_CUES
        or not any(cb <= b and e <= ce and (cb, ce) != (b, e) for cb, ce in claims)
    ]


def _fused_negation(s: SentenceUnit, start: int, end: int) -> bool:
    """The trigger word is a negated verb form the lexicon derived (Turkish satmadı)."""
    word = normalize(s.text[start - s.start : end - s.start]).strip()
    return word in lexicon(s.lang).negated_forms


def apply_modality(
    fact: Fact,
    trigger: Trigger,
    markers: Markers,
    start: int,
    end: int,
    s: SentenceUnit,
    actors: list[Mention] | None = None,
) -> None:
    """Polarity and modality of `fact` from the cues around its trigger.

    A claim is alleged when an `alleged` cue says so, or when an attribution
    cue names a party other than the fact's own ("US officials said Iran …",
    "…, Russian officials said"): what one party says of another is its claim.
    """
    markers = _longest_cues(markers + separable_markers(s))
    after = end if verb_final(s.lang) else None
    if (
        _near(markers, "negation", start, CUE_REACH["negation"], after)
        or _near(markers, "negation_adjacent", start, ADJACENT)
        or _after_in_clause(markers, "negation_after", end, s)
        or _fused_negation(s, start, end)
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
    if fact.modality != "actual":
        return
    if any(n == "alleged" for _, _, n in markers) or (
        actors and attributor(markers, actors, s, start, {fact.source, fact.target}, CLAIM_CUES)
    ):
        fact.modality = "alleged"


def implied(
    fact: Fact,
    kb: KnowledgeBase,
    markers: Markers,
    actors: list[Mention],
    start: int,
    s: SentenceUnit | None = None,
) -> list[Fact]:
    """Facts the ontology says a fact implies: support of an armed group, accusations.

    An alleged directed act with a named attributing party is that party's
    accusation of the actor ("US officials said Iran supplied …" → USA accuses
    Iran). A symmetric fact names no culprit, so it implies none.
    """
    facts = []
    target = kb.entities.get(fact.target)
    if fact.type in ARMED_GROUP_SUPPORT and target is not None and target.kind == "armed_group":
        facts.append(_copy(fact, "SUPPORT_ARMED_GROUP", fact.source, fact.target))
    if _accusing(fact) and s is not None:
        own = {fact.source, fact.target}
        found = attributor(markers + separable_markers(s), actors, s, start, own, ATTRIBUTOR_CUES)
        entity = kb.entities.get(found[0]) if found else None
        if found and entity is not None and entity.kind in ATTRIBUTOR_KINDS:
            accused = _accused(fact, actors, found[1])
            facts.append(_copy(fact, "ACCUSATION", found[0], accused, modality="actual"))
    return facts


def _accusing(fact: Fact) -> bool:
    """An alleged directed act accuses its actor; a claim that it did NOT happen accuses nobody."""
    return fact.modality == "alleged" and fact.polarity == "affirmed" and fact.type not in SYMMETRIC


def attributor(
    markers: Markers,
    actors: list[Mention],
    s: SentenceUnit,
    start: int,
    own: set[str],
    cues: tuple[str, ...] = ATTRIBUTOR_CUES,
) -> tuple[str, int] | None:
    """The party a claim is attributed to (and where its cue starts): the actor next to a claim cue.

    It stands before the cue ("US officials said", "Washington accused") or
    right after it ("according to US officials", "theo các quan chức Mỹ",
    "به گفته مقامات آمریکایی"), within the cue's clause. The nearest actor
    decides: when it is one of the fact's own parties ("Iran said it …",
    "said Iran had …"), that cue attributes the claim to no third party.
    """
    for cue_start, cue_end, name in sorted(markers):
        if name not in cues or not _frames(cue_start, cue_end, start, actors, s):
            continue
        party = _nearest(actors, s, cue_start, cue_end, before=True) or _nearest(
            actors, s, cue_start, cue_end, before=False
        )
        if party is not None and party.endpoint and party.endpoint not in own:
            return party.endpoint, cue_start
        topic = _topic(actors, own) if verb_final(s.lang) and cue_start >= start else None
        if topic is not None:
            return topic, _topic_end(actors, topic)
    return None


def _topic(actors: list[Mention], own: set[str]) -> str | None:
    """The speaker of a verb-final report: the sentence's first party, before the fact's own.

    In "ABD, İran'ın Rusya'ya İHA sattığını açıkladı" or "米国は、イランが…と
    発表した" the speech verb closes the sentence, far from its subject.
    """
    first = min(actors, key=lambda m: m.start, default=None)
    if first is None or not first.endpoint or first.endpoint in own:
        return None
    return first.endpoint


def _topic_end(actors: list[Mention], endpoint: str) -> int:
    """Where the first mention of `endpoint` ends: the accused is named after it."""
    return min(m.end for m in actors if m.endpoint == endpoint)


def _accused(fact: Fact, actors: list[Mention], after: int) -> str:
    """Whom the claim accuses: the fact's party the claim names first ("accused
    Ukraine of buying drones from Turkey" accuses the buyer), else its source."""
    named = sorted((m for m in actors if m.start >= after), key=lambda m: m.start)
    first = next((m.endpoint for m in named if m.endpoint in (fact.source, fact.target)), None)
    return first or fact.source


def _frames(
    cue_start: int, cue_end: int, start: int, actors: list[Mention], s: SentenceUnit
) -> bool:
    """Does the cue introduce the clause of the trigger at `start`, rather than sit beside it?

    Before the trigger, a party must stand between them ("US officials said
    Iran supplied"), not a bare conjunction ("lên án và cô lập": two verbs of
    one subject). After it, a clause break must part them ("…, US officials
    said"; not "sold jets to Pakistan despite objections from Indian
    officials"), except in verb-final languages, where the speech verb closes
    the reported clause ("…と述べた", "…söyledi").
    """
    if cue_end <= start:
        return any(cue_end <= m.start and m.end <= start for m in actors)
    if cue_start < start:
        return False  # the cue overlaps the trigger: it is the trigger's own word
    between = s.text[start - s.start : cue_start - s.start]
    return verb_final(s.lang) or has_break(between)


def _nearest(
    actors: list[Mention], s: SentenceUnit, cue_start: int, cue_end: int, before: bool
) -> Mention | None:
    """The actor nearest the cue on one side, within reach and the same clause."""
    if before:
        side = [m for m in actors if m.end <= cue_start]
        gaps = [(cue_start - m.end, m.end, cue_start, m) for m in side]
    else:
        side = [m for m in actors if m.start >= cue_end]
        gaps = [(m.start - cue_end, cue_end, m.start, m) for m in side]
    if not gaps:
        return None
    gap, b, e, mention = min(gaps, key=lambda g: g[0])
    between = s.text[b - s.start : e - s.start]
    if gap > ATTRIBUTOR_REACH or has_break(between):
        return None
    return mention


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
