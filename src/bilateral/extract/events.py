"""What a fight trigger really says: fights against a phenomenon and near misses.

"India and the US fight terrorism" names two states fighting on the same side;
"Iran and the Taliban almost went to war" names a war that did not happen.
Both are read from `cues.yaml` (`common_enemies`, `near_miss`) around an
ARMED_CONFLICT trigger, before any role is assigned.
"""

from __future__ import annotations

from dataclasses import replace

from bilateral.document import Mention
from bilateral.extract.lexicon import Trigger
from bilateral.extract.units import SentenceUnit, has_break, verb_final, verb_first

ENEMY_REACH = 20  # characters between a fight and the phenomenon it is against
OWNER_GAP = 2  # an actor this close to the phenomenon owns it ("Pakistani militants")
DASHES = {"-", "–", "—", "‐"}
PLACE_GAP = 3  # characters between a named war and the locative marker of its place
NEAR_MISS_REACH = 20  # characters between "almost", "on the brink of" and the war
NEAR_MISS_REACH_VSO = 40  # … past the subjects after the verb ("كادت الهند وباكستان …")


Found = tuple[int, int, Trigger]


def fights(
    triggers: list[Found],
    markers: list[tuple[int, int, str]],
    actors: list[Mention],
    s: SentenceUnit,
) -> tuple[list[Found], dict[tuple[int, int], tuple[str, str]]]:
    """The triggers less fights against a phenomenon, near misses made HOSTILITY, and
    the pair a war names itself ("the Soviet war in Afghanistan": SUN and AFG), by
    the trigger's span."""
    vso = verb_first(s.lang)
    kept: list[Found] = []
    named: dict[tuple[int, int], tuple[str, str]] = {}
    for found in triggers:
        if against_a_phenomenon(found, markers, actors, vso):
            continue
        start, end, trigger = found
        label = (
            _named_by_a_demonym(start, end, actors, s) if trigger.type == "ARMED_CONFLICT" else None
        )
        if label is not None:
            place = _place_after(label, end, markers, actors)
            if place is None or not (label.endpoint and place.endpoint):
                continue
            named[(start, end)] = (label.endpoint, place.endpoint)
        if trigger.type == "ARMED_CONFLICT" and _near_miss(start, end, markers, s):
            trigger = replace(trigger, type="HOSTILITY", rule=f"{trigger.rule}+near_miss")
        kept.append((start, end, trigger))
    return kept, named


def _place_after(
    label: Mention, end: int, markers: list[tuple[int, int, str]], actors: list[Mention]
) -> Mention | None:
    """The country right after "the Soviet war in …", "cuộc chiến tranh Xô viết tại …":
    a locative marker, then the place, close behind the trigger and its label."""
    after = max(end, label.end)
    for m_start, m_end, name in markers:
        if name == "locative" and 0 <= m_start - after <= PLACE_GAP:
            place = next((a for a in actors if 0 <= a.start - m_end <= 2), None)
            if place is not None and place.endpoint != label.endpoint:
                return place
    return None


def _named_by_a_demonym(
    start: int, end: int, actors: list[Mention], s: SentenceUnit
) -> Mention | None:
    """A war named by one nationality ("the Bosnian war", "الحرب الأفغانية", "la guerre
    iranienne"): it names the war (where, or whose); it says nothing of who fought whom, and the
    sentence's other actors are no belligerents by it. Two joined by a dash ("the
    Soviet–Afghan war") are the pair that fought. Returns the nationality, if one."""

    def touching(m: Mention) -> bool:
        gap = (
            s.text[m.end - s.start : start - s.start]
            if m.end <= start
            else (s.text[end - s.start : m.start - s.start])
        )
        return len(gap) <= 2 and not gap.strip()

    labels = [m for m in actors if m.kind == "demonym" and touching(m)]
    if len(labels) != 1:
        return None
    label = labels[0]

    def dashed(a: Mention, b: Mention) -> bool:  # "Soviet–Afghan", "العراقية-الإيرانية"
        return (
            0 < b.start - a.end <= 2
            and s.text[a.end - s.start : b.start - s.start].strip() in DASHES
        )

    return (
        None
        if any(dashed(o, label) or dashed(label, o) for o in actors if o is not label)
        else label
    )


def _near_miss(start: int, end: int, markers: list[tuple[int, int, str]], s: SentenceUnit) -> bool:
    """A war that did not happen: "almost went to war", "au bord de la guerre",
    "戦争寸前". The cue stands shortly before the trigger (after it in verb-final
    languages), in its clause, with no number between ("nearly 500 died in
    clashes" counts the dead)."""
    reach = NEAR_MISS_REACH_VSO if verb_first(s.lang) else NEAR_MISS_REACH
    for m_start, m_end, name in markers:
        if name != "near_miss":
            continue
        if 0 <= start - m_end <= reach:
            gap = s.text[m_end - s.start : start - s.start]
        elif verb_final(s.lang) and 0 <= m_start - end <= NEAR_MISS_REACH:
            gap = s.text[end - s.start : m_start - s.start]
        else:
            continue
        if not has_break(gap) and not any(c.isdigit() for c in gap):
            return True
    return False


def against_a_phenomenon(
    found: tuple[int, int, Trigger],
    markers: list[tuple[int, int, str]],
    actors: list[Mention],
    vso: bool = False,
) -> bool:
    """A fight whose object is a phenomenon ("fight terrorism", "combattre le
    terrorisme", "テロとの戦い"), not an actor: the states named fight on the same side.
    The phenomenon stands right after the trigger or, in verb-final languages, right
    before it, with no actor in between (but the subjects that follow a verb in VSO
    languages: "تحارب مصر والسعودية الإرهاب"), and is not an actor's own
    ("Pakistani militants", "cuộc nổi dậy Maoist": the fight is with them)."""
    start, end, trigger = found
    if trigger.type != "ARMED_CONFLICT":  # tensions over smuggling are still tensions
        return False
    for m_start, m_end, name in markers:
        if name != "common_enemies":
            continue
        after = 0 <= m_start - end <= ENEMY_REACH
        before = 0 <= start - m_end <= ENEMY_REACH
        if not (after or before):
            continue
        lo, hi = (end, m_start) if after else (m_end, start)
        between = [] if after and vso else [a for a in actors if lo <= a.start < hi]
        if not between and not any(_owns(a, m_start, m_end) for a in actors):
            return True
    return False


def _owns(actor: Mention, start: int, end: int) -> bool:
    """Whether `actor` is the phenomenon at [start, end) or whose it is: the phrase is
    part of its name ("cuộc nổi dậy Maoist"), a demonym stands right before it
    ("Pakistani militants") or a name right after it."""
    inside = actor.start <= start and end <= actor.end
    demonym_before = actor.kind == "demonym" and 0 <= start - actor.end <= OWNER_GAP
    return inside or demonym_before or 0 <= actor.start - end <= OWNER_GAP
