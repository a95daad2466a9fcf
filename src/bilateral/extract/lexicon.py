"""The extraction lexicons of one language, compiled (see docs/lexicons.md).

`triggers.yaml` says which words signal which relation type and which
actor fills which role; `cues.yaml` holds role markers, negation and
modality cues; `amounts.yaml` money scales and currencies. A language's
entries are merged with the shared ones of `lang/xx/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bilateral import lang as manifest
from bilateral.extract.phrases import PhraseSet
from bilateral.kb.normalize import normalize

TYPES = (
    "ALLIANCE",
    "MILITARY_COOPERATION",
    "ARMS_TRANSFER",
    "DEFENCE_INDUSTRY",
    "JOINT_EXERCISE",
    "TRAINING",
    "MILITARY_AID",
    "ECONOMIC_SUPPORT",
    "BASING_LOGISTICS",
    "INTELLIGENCE_SHARING",
    "DIPLOMATIC_ENGAGEMENT",
    "SUPPORT_ARMED_GROUP",
    "HOSTILITY",
    "ARMED_CONFLICT",
    "SANCTION_PRESSURE",
    "ACCUSATION",
    "RAPPROCHEMENT",
    "ESTRANGEMENT",
)
SYMMETRIC = frozenset(
    {
        "ALLIANCE",
        "MILITARY_COOPERATION",
        "DEFENCE_INDUSTRY",
        "JOINT_EXERCISE",
        "INTELLIGENCE_SHARING",
        "DIPLOMATIC_ENGAGEMENT",
        "HOSTILITY",
        "ARMED_CONFLICT",
        "RAPPROCHEMENT",
        "ESTRANGEMENT",
    }
)
SLOTS = frozenset({"subject", "object", "to", "from", "by"})
MARKERS = (
    "to_markers",
    "from_markers",
    "by_markers",
    "between_markers",
    "and_words",
    "locative",
    "not_markers",  # phrases that begin like a marker but are none: vi "cho biết"
    "case_markers",  # and-words that are case endings (ur نے, کا): they join no list
    "common_enemies",  # what states fight together, not each other: terrorism, piracy
    "near_miss",  # a war that did not happen: almost, on the brink of (→ HOSTILITY)
    "subject_markers",  # ergative ने/نے: it closes the subject; a later postposition is not its
    "topic_markers",  # ja は, ko 는: the accuser of a sentence-final accusation verb
    "with_markers",  # the counterparty: "a contract with France to buy" (never the subject)
    "mediators",  # "brokered by", "بوساطة": the name after them is no party
    "mediators_before",  # "China-brokered", "中国の仲介で": the name before them is no party
)
MODALITY_CUES = (
    "negation",
    "planned",
    "requested",
    "offered",
    "alleged",
    "attribution",
    "accusation",
    "negation_adjacent",  # negation only right before the trigger: vi "không bán"
    "negation_after",  # negation after the trigger in its clause: de "lieferte … nicht"
)
SHARED = "xx"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: its type, role frame and conditions."""

    type: str
    words: tuple[str, ...]
    source: str | None = None
    target: str | None = None
    requires: str | None = None  # a class name (`with:` in the data)
    modality: str | None = None
    negative_context: tuple[str, ...] = ()
    rule: str = ""  # where it comes from, for `explain`: "en/ARMS_TRANSFER#2"


@dataclass(slots=True)
class Lexicon:
    code: str
    triggers: PhraseSet[Trigger]
    classes: PhraseSet[str]  # word → its class name
    cues: PhraseSet[str]  # word → its cue name (to_markers, negation, …)
    scales: PhraseSet[int]
    currencies: PhraseSet[str]
    vague: PhraseSet[int]
    entries: list[Trigger] = field(default_factory=list)
    separable: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # "warf … vor"
    negated_forms: frozenset[str] = frozenset()  # tr satmadı, derived from sattı


def separable_cues(cue_words: dict[str, list[str]]) -> list[tuple[str, tuple[str, ...]]]:
    """Cues written "warf … vor": (cue name, normalised parts), matched apart (modality.py)."""
    found = []
    for name in MODALITY_CUES:
        for word in cue_words.get(name, []):
            parts = tuple(normalize(p).strip() for p in word.replace("...", "…").split("…"))
            if len(parts) > 1 and all(parts):
                found.append((name, parts))
    return found


def negated_forms(words: list[str], endings: dict[str, str]) -> frozenset[str]:
    """Negative forms of trigger verbs whose negation is a suffix (Turkish sattı → satmadı).

    `endings` (cues.yaml `negative_endings`) maps a positive ending to its
    negative one; the longest ending that fits a trigger word replaces it.
    """
    forms = set()
    ordered = sorted(endings.items(), key=lambda item: -len(item[0]))
    for word in words:
        plain = normalize(word.rstrip("*")).strip()
        if word.endswith("*") or not plain:
            continue
        for ending, negative in ordered:
            if plain.endswith(normalize(ending)):
                forms.add(plain[: len(plain) - len(normalize(ending))] + normalize(negative))
                break
    return frozenset(forms)


def _data(code: str, name: str) -> dict[str, Any]:
    data = manifest.load_data(code, name)
    return data if isinstance(data, dict) else {}


def parse_triggers(code: str, data: dict[str, Any]) -> list[Trigger]:
    """Trigger entries of one `triggers.yaml` (validated by tests/extract)."""
    entries = []
    for type_name in TYPES:
        for number, entry in enumerate(data.get(type_name) or [], 1):
            entries.append(
                Trigger(
                    type=type_name,
                    words=tuple(str(w) for w in entry.get("t") or []),
                    source=entry.get("source"),
                    target=entry.get("target"),
                    requires=entry.get("with"),
                    modality=entry.get("modality"),
                    negative_context=tuple(
                        normalize(str(w)) for w in entry.get("negative_context") or []
                    ),
                    rule=f"{code}/{type_name}#{number}",
                )
            )
    return entries


@cache
def lexicon(code: str | None) -> Lexicon:
    """The compiled lexicon of language `code` (None: the shared entries only)."""
    codes = [SHARED] + ([code] if code and code in manifest.codes() else [])
    entries: list[Trigger] = []
    class_words: dict[str, list[str]] = {}
    cue_words: dict[str, list[str]] = {}
    scales: list[tuple[str, int]] = []
    currencies: list[tuple[str, str]] = []
    vague: list[tuple[str, int]] = []
    endings: dict[str, str] = {}
    for c in codes:
        triggers = _data(c, "triggers.yaml")
        entries.extend(parse_triggers(c, triggers))
        for name, words in (triggers.get("classes") or {}).items():
            class_words.setdefault(name, []).extend(str(w) for w in words or [])
        cues = _data(c, "cues.yaml")
        for name in MARKERS + MODALITY_CUES:
            cue_words.setdefault(name, []).extend(str(w) for w in cues.get(name) or [])
        endings.update({str(k): str(v) for k, v in (cues.get("negative_endings") or {}).items()})
        for slot, words in (cues.get("postpositions") or {}).items():  # Urdu کو, Hindi को
            cue_words.setdefault(f"post_{slot}", []).extend(str(w) for w in words or [])
        amounts = _data(c, "amounts.yaml")
        scales += [(str(w), int(p)) for w, p in (amounts.get("scales") or {}).items()]
        for iso, words in (amounts.get("currencies") or {}).items():
            currencies += [(str(w), str(iso)) for w in words or []]
        vague += [(str(w), int(p)) for w, p in (amounts.get("vague") or {}).items()]
    negated = negated_forms([w for e in entries for w in e.words], endings)
    return Lexicon(
        code=code or SHARED,
        # a negated form is the trigger too; modality.py reads its negation
        triggers=PhraseSet(
            [(w, e) for e in entries for w in e.words]
            + [(n, e) for e in entries for n in negated_forms(list(e.words), endings)]
        ),
        classes=PhraseSet((w, name) for name, words in class_words.items() for w in words),
        # one-letter markers are real (es "a", "y"; fr "à"); word boundaries keep them apart
        cues=PhraseSet(((w, name) for name, words in cue_words.items() for w in words), 1),
        scales=PhraseSet(scales),
        currencies=PhraseSet(currencies),
        vague=PhraseSet(vague),
        entries=entries,
        separable=separable_cues(cue_words),
        negated_forms=negated,
    )
