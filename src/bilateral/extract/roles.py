"""Which actor of a sentence fills which role of a trigger.

Each actor mention gets a slot: `to`, `from` or `by` when a marker of that
kind (cues.yaml) stands right before it (articles and a few words may sit
between: "to the Sri Lanka Army"), and `between` after a between-marker;
otherwise `subject` if it stands before the trigger and `object` after.
An Arabic `ل`/`لل` glued to the name is a `to` marker too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from bilateral.document import Mention
from bilateral.kb.normalize import no_spaces

MARKER_REACH = 24  # characters between a marker and the actor it governs
SLOT_OF_CUE = {
    "to_markers": "to",
    "from_markers": "from",
    "by_markers": "by",
    "locative": "at",
    "with_markers": "with",  # the other party of a deal: takes a role only by elimination
}
SLOT_OF_POSTPOSITION = {"post_to": "to", "post_from": "from", "post_by": "by", "post_at": "at"}
LOCATIVE_REACH = 5  # "in Afghanistan", "in the Bosnia": a place, not a participant
# a postposition follows its noun closely ("پاکستان کو"), or the head noun the name
# modifies ("हूती विद्रोहियों को")
POSTPOSITION_REACH = 16
GLUED_POSTPOSITION_REACH = 3  # Japanese/Korean particles are glued to the noun
BETWEEN_REACH = 30  # "tensions between A and B": the group stands next to its trigger
MAX_GROUP = 5  # participants of one symmetric trigger
SIDE_REACH = 60  # the farthest a symmetric trigger's first partner after it may stand


@dataclass(frozen=True, slots=True)
class Slotted:
    mention: Mention
    slot: str  # subject | object | to | from | by
    between: bool
    preposed: bool = False  # the slot comes from a preposition ("to India"), not a postposition


def assign_slots(
    mentions: list[Mention],
    markers: list[tuple[int, int, str]],
    trigger_start: int,
    text: str,
    sentence_start: int,
) -> list[Slotted]:
    """Slots of the sentence's actor mentions relative to one trigger.

    `markers` are (start, end, cue name) in document offsets; `text` is the
    document's clean text. A preposition also governs the names coordinated
    after the one it marks ("in Bosnia and Afghanistan", "to Jordan and Syria"),
    a postposition those before it ("A और B पर").
    """
    and_spans = [(b, e) for b, e, n in markers if n == "and_words"]
    role_spans = {
        (b, e)
        for b, e, n in markers
        if n in SLOT_OF_CUE or n in SLOT_OF_POSTPOSITION or n == "case_markers"
    }
    # a case marker listed as an and-word (ur کو, ar إلى) joins a verb's parties, not a list
    list_spans = [span for span in and_spans if span not in role_spans]
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    # the markers that give slots, sorted once for every mention: postpositions by
    # position, the longest first where two start together
    slot_markers = [
        m
        for m in sorted(markers, key=lambda m: (m[0], -m[1]))
        if m[2] in SLOT_OF_POSTPOSITION or m[2] in SLOT_OF_CUE or m[2] == "subject_markers"
    ]
    found = {id(m): _marker_slot(m, slot_markers, mentions, text, sentence_start) for m in ordered}
    slots = {key: value[0] for key, value in found.items() if value}
    preposed: set[int] = set()
    for index, mention in enumerate(ordered):
        own = found[id(mention)]
        if own is None:
            continue
        slot, postposition = own
        if postposition:  # "A और B पर": the last name carries the marker for all
            group = _chain(list(reversed(ordered[: index + 1])), text, list_spans, backwards=True)
        else:
            group = _chain(ordered[index:], text, list_spans, appositions=slot == "at")
        for other in group:
            if id(other) not in slots or id(other) == id(mention):
                slots[id(other)] = slot
                if not postposition:
                    preposed.add(id(other))
    between = _between_members(ordered, markers, text, and_spans)
    return [
        Slotted(
            m,
            slots.get(id(m)) or ("subject" if m.end <= trigger_start else "object"),
            id(m) in between,
            id(m) in preposed,
        )
        for m in mentions
    ]


def without_modifiers(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less a demonym written right against another name: it only says
    whose that actor is ("ливанскую Хезболлу", "Hezbollah libanais"), not a party."""
    names = [m for m in mentions if m.kind != "demonym"]

    def modifies(d: Mention) -> bool:
        return any(
            (0 <= n.start - d.end <= 2 and not text[d.end : n.start].strip())
            or (0 <= d.start - n.end <= 2 and not text[n.end : d.start].strip())
            for n in names
            if n.endpoint != d.endpoint
        )

    return [m for m in mentions if m.kind != "demonym" or not modifies(m)]


def _between_members(
    ordered: list[Mention],
    markers: list[tuple[int, int, str]],
    text: str,
    and_spans: list[tuple[int, int]],
) -> set[int]:
    """Ids of the names a between-marker governs: the coordinated group right after
    "between" (right before a postposed "के बीच"), not every later name."""
    members: set[int] = set()
    for start, end, name in markers:
        if name == "between_markers":
            after = [m for m in ordered if m.start >= end]
            if after and after[0].start - end <= MARKER_REACH:
                members.update(id(m) for m in _chain(after, text, and_spans))
        elif name == "post_between":
            before = sorted((m for m in ordered if m.end <= start), key=lambda m: -m.end)
            if before and start - before[0].end <= POSTPOSITION_REACH:
                members.update(id(m) for m in _chain(before, text, and_spans, backwards=True))
    return members


def _marker_slot(
    mention: Mention,
    markers: list[tuple[int, int, str]],
    mentions: list[Mention],
    text: str,
    sentence_start: int,
) -> tuple[str, bool] | None:
    """The slot a marker gives `mention`, and whether the marker is a postposition
    (`markers`: the slot-giving ones, sorted by start, longest first)."""
    before = text[max(sentence_start, mention.start - 2) : mention.start]
    if before.endswith("ل") and (
        len(before) < 2 or not before[-2].isalpha() or before[-2] in "ولف"
    ):
        return "to", False
    glued = mention.end < len(text) and no_spaces(text[mention.end - 1])
    reach = GLUED_POSTPOSITION_REACH if glued else POSTPOSITION_REACH
    for start, end, name in markers:
        slot = SLOT_OF_POSTPOSITION.get(name)
        if slot is None:
            continue
        if text[start] == "'":  # a case ending: right after the name, or the name's own end
            if start == mention.end or (mention.start < start and end == mention.end):
                return slot, True
            continue
        if any(c.isdigit() for c in text[mention.end : start]):
            continue  # "स्वीडन मार्च 2024 में": the postposition belongs to the date
        if any(n == "subject_markers" and mention.end <= b and e <= start for b, e, n in markers):
            continue  # "जापान के प्रधानमंत्री ने मार्च में": ने closes the name's own phrase
        if mention.end <= start <= mention.end + reach and not any(
            mention.end <= other.start < start for other in mentions if other is not mention
        ):
            return slot, True
    best: tuple[int, str] | None = None
    for _, end, name in markers:
        slot = SLOT_OF_CUE.get(name)
        reach = LOCATIVE_REACH if slot == "at" else MARKER_REACH
        if slot is None or end > mention.start or mention.start - end > reach:
            continue
        if any(end <= other.start < mention.start for other in mentions if other is not mention):
            continue  # another actor stands between: the marker is theirs
        if not _CLAUSE_BREAKS.isdisjoint(text[end : mention.start]):
            continue  # "En 2021, la Turquie …": a fronted phrase's marker stops at its comma
        if best is None or end > best[0]:
            best = (end, slot)
    return (best[1], False) if best else None


def pick(
    slotted: list[Slotted], slot: str, trigger_start: int, exclude: set[str]
) -> Mention | None:
    """The actor in `slot` nearest the trigger whose endpoint is not excluded."""
    candidates = [
        s.mention for s in slotted if s.slot == slot and s.mention.endpoint not in exclude
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda m: abs(m.start - trigger_start))


def symmetric_pairs(
    slotted: list[Slotted],
    trigger_start: int,
    trigger_end: int,
    text: str,
    and_spans: list[tuple[int, int]],
) -> list[tuple[str, str]]:
    """Participant pairs of a symmetric trigger.

    A between-group next to the trigger wins ("tensions between A and B"),
    then a group of two or more written right against it ("the Iran-Iraq
    war"). Otherwise the coordinated names nearest the trigger on each side
    are paired across it ("Pakistan and Iran sided with the US" → PAK–USA,
    IRN–USA, not PAK–IRN), or among themselves when only one side has any
    ("Pakistan and China signed a pact"). Places ("in Bosnia") are left out.
    """
    parties = [s for s in slotted if s.slot != "at" and s.mention.endpoint]
    between = [s.mention for s in parties if s.between]
    if len(_ids(between)) >= 2 and _near(between, trigger_start, trigger_end, BETWEEN_REACH):
        return _within(between)
    mentions = [s.mention for s in parties if not across_break(s.mention, trigger_start, text)]
    before = sorted((m for m in mentions if m.end <= trigger_start), key=lambda m: -m.end)
    # "America … stay away from India and get closer to Pakistan": a name another verb's
    # preposition governs is not this trigger's subject when an unmarked one stands before
    governed = {id(s.mention) for s in parties if s.preposed and s.slot in ("to", "from")}
    if any(id(m) not in governed for m in before):
        before = [m for m in before if id(m) not in governed]
    after = sorted((m for m in mentions if m.start >= trigger_end), key=lambda m: m.start)
    if after and after[0].start - trigger_end > SIDE_REACH:
        after = []  # a name far down the sentence belongs to another clause
    groups = [_chain(after, text, and_spans), _chain(before, text, and_spans, backwards=True)]
    for group in groups:
        gap = _gap_to_trigger(group, trigger_start, trigger_end, text) if group else "?"
        if len(_ids(group)) >= 2 and _dashed(group, text) and not any(c.isalnum() for c in gap):
            return _within(group)
    after_ids, before_ids = (_ids(g) for g in groups)
    if after_ids and before_ids:
        broken = [
            not _CLAUSE_BREAKS.isdisjoint(_gap_to_trigger(g, trigger_start, trigger_end, text))
            for g in groups
        ]
        if broken[0] != broken[1] and len(before_ids if broken[0] else after_ids) == 1:
            # one name on the trigger's side and a group a clause break away ("… with
            # China and the US, and condoned the occupation of Ukraine by Russia"): the
            # group is another clause's; the nearest two names decide
            return []
        return [(a, b) for a in before_ids for b in after_ids if a != b]
    return _within(groups[0] if after_ids else groups[1] if before_ids else [])


def across_break(mention: Mention, trigger_start: int, text: str) -> bool:
    """Whether a semicolon stands between the name and the trigger: another
    sentence in all but name ("… external threats; one, joining the bloc led by X")."""
    before = mention.end <= trigger_start
    lo, hi = (mention.end, trigger_start) if before else (trigger_start, mention.start)
    return not _STRONG_BREAKS.isdisjoint(text[lo:hi])


def _ids(mentions: list[Mention]) -> list[str]:
    return [e for e in dict.fromkeys(m.endpoint for m in mentions) if e]


def _within(mentions: list[Mention]) -> list[tuple[str, str]]:
    return list(combinations(_ids(mentions)[:MAX_GROUP], 2))


def _dashed(group: list[Mention], text: str) -> bool:
    """Names written as one compound, "Iran-Iraq", "India – Pakistan": a pair by themselves."""
    ordered = sorted(group, key=lambda m: m.start)
    pairs = zip(ordered, ordered[1:], strict=False)
    gaps = [text[a.end : b.start].strip() for a, b in pairs if b.start > a.end]
    return bool(gaps) and all(g in _DASHES for g in gaps)


def _gap_to_trigger(group: list[Mention], start: int, end: int, text: str) -> str:
    """The text between a group of names and the trigger it stands next to."""
    first, last = min(m.start for m in group), max(m.end for m in group)
    return text[end:first] if first >= end else text[last:start]


def _near(group: list[Mention], start: int, end: int, reach: int) -> bool:
    """Whether the group stands within `reach` characters of the trigger, on either side."""
    first, last = min(m.start for m in group), max(m.end for m in group)
    return (0 <= first - end <= reach) or (0 <= start - last <= reach)


def _join(left: Mention, right: Mention, text: str, and_spans: list[tuple[int, int]]) -> str:
    """How two neighbouring names are joined: "and", "comma", "same" words, or "" (not)."""
    gap_start, gap_end = left.end, right.start
    if gap_end <= gap_start:
        return "same"  # two readings of one phrase ("both countries" = CHN, PAK)
    if gap_end - gap_start > 14:
        return ""
    if any(gap_start <= a and b <= gap_end for a, b in and_spans):
        return "and"
    gap = text[gap_start:gap_end].strip()
    if gap in _BARE_JOINERS:
        return "and"
    return "comma" if gap in _LIST_COMMAS or _ARTICLE_AFTER_COMMA.fullmatch(gap) else ""


def _chain(
    ordered: list[Mention],
    text: str,
    and_spans: list[tuple[int, int]],
    backwards: bool = False,
    appositions: bool = False,
) -> list[Mention]:
    """The nearest mention and those coordinated with it ("A, B and C").

    A bare comma lists names only in a list an and-word closes: in "the
    collapse of the Soviet Union, Pakistan weakened" the two are not joined;
    with `appositions` it also joins a place to its country ("Abuja,
    Nigeria"). A space alone never joins two names.
    """
    if not ordered:
        return []
    chain = [ordered[0]]
    kinds = []
    for mention in ordered[1:]:
        last = chain[-1]
        kind = (
            _join(mention, last, text, and_spans)
            if backwards
            else _join(last, mention, text, and_spans)
        )
        if not kind:
            break
        chain.append(mention)
        kinds.append(kind)
    if "comma" in kinds and "and" not in kinds:
        cut = kinds.index("comma") + (2 if appositions else 1)  # "Abuja, Nigeria" but no more
        chain = chain[:cut]
    return chain


def conjuncts(
    chosen: Mention, slotted: list[Slotted], text: str, and_spans: list[tuple[int, int]]
) -> list[Mention]:
    """`chosen` and the mentions coordinated with it in the same slot
    ("to Jordan, Syria and Libya"; "Both Pakistan and China provided …")."""
    slot = next((s.slot for s in slotted if s.mention is chosen), None)
    same = sorted(
        (s.mention for s in slotted if s.slot == slot or s.mention is chosen), key=lambda m: m.start
    )
    index = next(i for i, m in enumerate(same) if m is chosen)
    after = _chain(same[index:], text, and_spans)
    before = _chain(list(reversed(same[: index + 1])), text, and_spans, backwards=True)
    return list({id(m): m for m in before + after}.values())


# Gaps that join two names by themselves: a hyphen or dash ("the Iran-Iraq
# war", "India – Pakistan talks"), a slash, the one-letter Arabic/Persian
# "and" (و), glued to the next name or standing alone, and the enumeration
# comma of Chinese and Japanese (、: "法国、德国", "フランス、ドイツ、イタリアは").
# A comma joins only inside a list that an and-word closes; an article may
# follow it ("la France, l'Allemagne et l'Italie", "Francia, la India y …").
_BARE_JOINERS = frozenset({"-", "–", "—", "/", "و", "、"})
_ARTICLE_AFTER_COMMA = re.compile(r"[,،]\s*[a-zà-ÿ]{1,3}['’]?")
_LIST_COMMAS = frozenset({",", "،", "、"})
_DASHES = frozenset({"-", "–", "—", "/"})
_CLAUSE_BREAKS = frozenset(",،、;:()")
_STRONG_BREAKS = frozenset(";؛")
