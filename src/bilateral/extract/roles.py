"""Which actor of a sentence fills which role of a trigger.

Each actor mention gets a slot: `to`, `from` or `by` when a marker of that
kind (cues.yaml) stands right before it (articles and a few words may sit
between: "to the Sri Lanka Army"), and `between` after a between-marker;
otherwise `subject` if it stands before the trigger and `object` after.
An Arabic `ل`/`لل` glued to the name is a `to` marker too.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilateral.document import Mention

MARKER_REACH = 24  # characters between a marker and the actor it governs
SLOT_OF_CUE = {"to_markers": "to", "from_markers": "from", "by_markers": "by", "locative": "at"}
SLOT_OF_POSTPOSITION = {"post_to": "to", "post_from": "from", "post_by": "by", "post_at": "at"}
LOCATIVE_REACH = 5  # "in Afghanistan", "in the Bosnia": a place, not a participant
POSTPOSITION_REACH = 12  # a postposition follows its noun closely ("پاکستان کو")
GLUED_POSTPOSITION_REACH = 3  # Japanese/Korean particles are glued to the noun


@dataclass(frozen=True, slots=True)
class Slotted:
    mention: Mention
    slot: str  # subject | object | to | from | by
    between: bool


def assign_slots(
    mentions: list[Mention],
    markers: list[tuple[int, int, str]],
    trigger_start: int,
    text: str,
    sentence_start: int,
) -> list[Slotted]:
    """Slots of the sentence's actor mentions relative to one trigger.

    `markers` are (start, end, cue name) in document offsets; `text` is the
    document's clean text.
    """
    slotted = []
    for mention in mentions:
        slot = _marker_slot(mention, markers, mentions, text, sentence_start)
        if slot is None:
            slot = "subject" if mention.end <= trigger_start else "object"
        between = any(
            (name == "between_markers" and end <= mention.start)
            or (name == "post_between" and start >= mention.end)
            for start, end, name in markers
        )
        slotted.append(Slotted(mention, slot, between))
    return slotted


def _marker_slot(
    mention: Mention,
    markers: list[tuple[int, int, str]],
    mentions: list[Mention],
    text: str,
    sentence_start: int,
) -> str | None:
    before = text[max(sentence_start, mention.start - 2) : mention.start]
    if before.endswith("ل") and (
        len(before) < 2 or not before[-2].isalpha() or before[-2] in "ولف"
    ):
        return "to"
    glued = mention.end < len(text) and _glued_script(text[mention.end - 1])
    reach = GLUED_POSTPOSITION_REACH if glued else POSTPOSITION_REACH
    for start, end, name in sorted(markers, key=lambda m: (m[0], -m[1])):  # longest first
        slot = SLOT_OF_POSTPOSITION.get(name)
        if slot is None:
            continue
        if text[start] == "'":  # a case ending: right after the name, or the name's own end
            if start == mention.end or (mention.start < start and end == mention.end):
                return slot
            continue
        if mention.end <= start <= mention.end + reach and not any(
            mention.end <= other.start < start for other in mentions if other is not mention
        ):
            return slot
    best: tuple[int, str] | None = None
    for _, end, name in markers:
        slot = SLOT_OF_CUE.get(name)
        reach = LOCATIVE_REACH if slot == "at" else MARKER_REACH
        if slot is None or end > mention.start or mention.start - end > reach:
            continue
        if any(end <= other.start < mention.start for other in mentions if other is not mention):
            continue  # another actor stands between: the marker is theirs
        if best is None or end > best[0]:
            best = (end, slot)
    return best[1] if best else None


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


def coordinated(
    slotted: list[Slotted],
    trigger_start: int,
    trigger_end: int,
    text: str,
    and_spans: list[tuple[int, int]],
) -> list[str]:
    """Participants of a symmetric trigger: the coordinated actors nearest it on each side.

    "Pakistan and Iran … sided with the US" → PAK, IRN (before) and USA (after);
    places ("in Bosnia") are left out. A between-marker group wins over both.
    """
    between = [s.mention.endpoint for s in slotted if s.between and s.slot != "at"]
    if len(set(between)) >= 2:
        return [e for e in dict.fromkeys(between) if e]
    parties = [s.mention for s in slotted if s.slot != "at" and s.mention.endpoint]
    before = sorted((m for m in parties if m.end <= trigger_start), key=lambda m: -m.end)
    after = sorted((m for m in parties if m.start >= trigger_end), key=lambda m: m.start)
    group = _chain(before, text, and_spans, backwards=True) + _chain(after, text, and_spans)
    return [e for e in dict.fromkeys(m.endpoint for m in group) if e]


def _chain(
    ordered: list[Mention], text: str, and_spans: list[tuple[int, int]], backwards: bool = False
) -> list[Mention]:
    """The nearest mention and those coordinated with it ("A, B and C")."""
    if not ordered:
        return []
    chain = [ordered[0]]
    for mention in ordered[1:]:
        last = chain[-1]
        gap_start, gap_end = (mention.end, last.start) if backwards else (last.end, mention.start)
        gap = text[gap_start:gap_end]
        joined = any(gap_start <= a and b <= gap_end for a, b in and_spans)
        if gap_end - gap_start > 14 or not (joined or gap.strip() in _BARE_JOINERS):
            break
        chain.append(mention)
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


def _glued_script(char: str) -> bool:
    """Kana, Han or Hangul: particles follow the noun with no space."""
    return "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"


# Gaps that join two names by themselves: punctuation, and the one-letter
# Arabic/Persian "and" (و), glued to the next name or standing alone.
_BARE_JOINERS = frozenset({"", ",", "،", "、", "و"})
