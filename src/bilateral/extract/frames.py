"""Filling a directed trigger's role frame: who is the source, who the target.

The frame names the slots (`triggers.yaml` source/target); the fallbacks cover
what a frame leaves empty: the agent of a by-phrase, the name right after a
verb-first trigger, the one other actor of the sentence, the heading's actor.
Before that the slots are adjusted where a language marks more than the
position says: an ergative subject (hi ने, ur نے), a nationality before the
equipment (the seller).
"""

from __future__ import annotations

from bilateral.document import Mention
from bilateral.extract.lexicon import Trigger
from bilateral.extract.roles import Slotted, conjuncts, pick

MARKED_SLOTS = {"to", "from", "by"}


def directed(
    trigger: Trigger,
    slotted: list[Slotted],
    start: int,
    carried: list[str],
    text: str = "",
    and_spans: list[tuple[int, int]] | None = None,
    verb_end: int | None = None,
) -> tuple[list[tuple[str, str]], str]:
    """(source, target) pairs of a directed trigger: its frame first, then fallbacks.

    Coordinated actors in a role each make a fact ("Both Pakistan and China
    provided arms to Nepal" → two). With one role found, a single other actor
    of the sentence takes the other role; failing that, the section heading's
    or topic's actor does.
    """
    slotted = [s for s in slotted if s.slot != "at" or "at" in (trigger.source, trigger.target)]
    source_m = _pick_role(slotted, trigger.source or "subject", start, set(), verb_end)
    source = source_m.endpoint if source_m else None
    target_m = _pick_role(
        slotted, trigger.target or "object", start, {source} if source else set(), verb_end
    )
    target = target_m.endpoint if target_m else None
    if source_m and target_m and source and target:
        spans = and_spans or []
        sources = [m.endpoint for m in conjuncts(source_m, slotted, text, spans) if m.endpoint]
        targets = [m.endpoint for m in conjuncts(target_m, slotted, text, spans) if m.endpoint]
        pairs = [(a, b) for a in dict.fromkeys(sources) for b in dict.fromkeys(targets) if a != b]
        return pairs, "explicit"
    known = source or target
    known_m = source_m or target_m
    if known is None or known_m is None:
        return [], "fallback"
    # not a name a marker coordinates with the known one: "to Azerbaijan and Ukraine"
    # (but "Japan and the Philippines signed an access agreement" pairs the two)
    marked = next(s.slot for s in slotted if s.mention is known_m) in MARKED_SLOTS
    siblings = (
        {id(m) for m in conjuncts(known_m, slotted, text, and_spans or [])} if marked else set()
    )
    missing = trigger.target if source else trigger.source
    # a recipient ("चीन को") is no host: an unfilled place role takes no marked party
    barred = MARKED_SLOTS if missing == "at" else set()
    others = list(
        dict.fromkeys(
            s.mention.endpoint
            for s in slotted
            if s.mention.endpoint
            and s.mention.endpoint != known
            and id(s.mention) not in siblings
            and s.slot not in barred
        )
    )
    strength = "fallback"
    if len(others) != 1:
        others, strength = [c for c in carried if c != known][:1], "carried"
    if not others:
        return [], strength
    return [(known, others[0]) if source else (others[0], known)], strength


def _pick_role(
    slotted: list[Slotted], role: str, start: int, exclude: set[str], verb_end: int | None = None
) -> Mention | None:
    """The actor in `role`. A subject left empty is the agent of a by-phrase, as in
    nominalisations ("the purchase of S-400s by India", "l'achat par l'Inde",
    "pembelian oleh India") and passives; where the verb comes first (`verb_end`
    given), the unmarked name right after the trigger ("باعت روسيا …", "شراء الهند")."""
    found = pick(slotted, role, start, exclude)
    if found is None and role == "subject":
        found = pick(slotted, "by", start, exclude)
    if found is None and role == "subject" and verb_end is not None:
        found = next(
            (
                s.mention
                for s in slotted
                if s.slot == "object"
                and 0 <= s.mention.start - verb_end <= 2
                and s.mention.endpoint not in exclude
            ),
            None,
        )
    return found


def ergative_subject(
    slotted: list[Slotted],
    markers: list[tuple[int, int, str]],
    trigger_start: int,
    text: str,
    and_spans: list[tuple[int, int]],
    marker: str = "subject_markers",
) -> list[Slotted]:
    """Where a name before the verb bears the ergative (hi ने, ur نے: cues.yaml
    `subject_markers`), it is the subject, and the other unmarked names before the
    verb are not ("यूरोपीय संघ ने ईरान की सैन्य मदद के कारण रूस पर प्रतिबंध लगाए": the
    EU imposes, not Iran). With `marker="topic_markers"` the same for the topic of a
    final accusation verb (ja は, ko 는: "AはBが…したと非難した", A accuses)."""
    marks = [b for b, _, n in markers if n == marker and b < trigger_start]
    marked = [
        s.mention
        for s in slotted
        if s.slot == "subject" and any(0 <= b - s.mention.end <= 2 for b in marks)
    ]
    if not marked:
        return slotted
    # "फ्रांस, जर्मनी और इटली ने": the marker on the last name covers the list (a
    # real one: ur کی, نے are listed as and-words but are case markers)
    cases = {(b, e) for b, e, n in markers if n in ("case_markers", "subject_markers")}
    lists = [span for span in and_spans if span not in cases]
    ergative = {id(m) for e in marked for m in conjuncts(e, slotted, text, lists)}
    return [
        Slotted(s.mention, "object", s.between, s.preposed)
        if s.slot == "subject" and id(s.mention) not in ergative
        else s
        for s in slotted
    ]


def made_in(slotted: list[Slotted], mentions: list[Mention], source: str) -> list[Slotted]:
    """A nationality right before the equipment is where it comes from ("Russian
    S-400s", "российских ракет", "russischer S-400-Raketen"): it takes the frame's
    `source` slot (`from` for a purchase, the subject's for a supply), where no
    marker gave that name another role."""
    equipment = [m for m in mentions if m.kind == "equipment"]
    return [
        Slotted(s.mention, source, s.between, s.preposed)
        if s.mention.kind == "demonym"
        and s.slot in ("subject", "object")
        and any(0 <= e.start - s.mention.end <= 1 for e in equipment)
        else s
        for s in slotted
    ]
