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
SLOT_OF_CUE = {"to_markers": "to", "from_markers": "from", "by_markers": "by"}
SLOT_OF_POSTPOSITION = {"post_to": "to", "post_from": "from", "post_by": "by"}
POSTPOSITION_REACH = 12  # a postposition follows its noun closely ("پاکستان کو")


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
    if before.endswith("ل") and (len(before) < 2 or not before[-2].isalpha() or
                                 before[-2] in "ولف"):
        return "to"
    for start, _, name in sorted(markers):
        slot = SLOT_OF_POSTPOSITION.get(name)
        if slot and mention.end <= start <= mention.end + POSTPOSITION_REACH and not any(
            mention.end <= other.start < start for other in mentions if other is not mention
        ):
            return slot
    best: tuple[int, str] | None = None
    for _, end, name in markers:
        slot = SLOT_OF_CUE.get(name)
        if slot is None or end > mention.start or mention.start - end > MARKER_REACH:
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
    candidates = [s.mention for s in slotted
                  if s.slot == slot and s.mention.endpoint not in exclude]
    if not candidates:
        return None
    return min(candidates, key=lambda m: abs(m.start - trigger_start))
