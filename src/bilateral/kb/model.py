"""The knowledge base in memory: entities and their names per language.

Loaded from the files described in docs/kb.md: entities from
`kb/data/entities/*.yaml`, names from `lang/<code>/kb_*.yaml`, CLDR state
names from `lang/<code>/kb_states.cldr.json` and
`kb/data/states_cldr_locales.tsv`, and generic agents of every state from
`lang/<code>/kb_agent_patterns.yaml`. User files given with `--kb` are
loaded last and win.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bilateral import lang as manifest
from bilateral.errors import BilateralError
from bilateral.kb.normalize import normalize

KINDS = ("state", "organisation", "armed_group", "agent", "person", "equipment")
ENDPOINT_KINDS = frozenset({"state", "organisation", "armed_group"})
NAME_SECTIONS = {"names": "name", "demonyms": "demonym", "capitals": "capital"}
UNIVERSAL = "*"  # the language of entity aliases: written alike everywhere
OTHER_LOCALES = "~"  # CLDR names from locales outside the manifest
GENERIC_AGENT_TYPES = {
    "ARMED_FORCES": "armed_forces",
    "ARMY": "army",
    "NAVY": "navy",
    "AIR_FORCE": "air_force",
    "MARINES": "marines",
    "SPECIAL_FORCES": "special_forces",
    "COAST_GUARD": "coast_guard",
    "INTEL": "intelligence",
    "MOD": "ministry",
    "MFA": "ministry",
    "GOV": "government",
    "HEAD_OF_STATE": "government",
}
GENERIC_AGENT_NAMES = {
    "ARMED_FORCES": "armed forces",
    "ARMY": "army",
    "NAVY": "navy",
    "AIR_FORCE": "air force",
    "MARINES": "marines",
    "SPECIAL_FORCES": "special forces",
    "COAST_GUARD": "coast guard",
    "INTEL": "intelligence services",
    "MOD": "defence ministry",
    "MFA": "foreign ministry",
    "GOV": "government",
    "HEAD_OF_STATE": "head of state",
}


@dataclass(slots=True)
class Entity:
    id: str
    kind: str
    name: str
    state: str | None = None
    type: str | None = None
    qid: str | None = None
    aliases: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # every other field of the record

    @property
    def endpoint(self) -> str | None:
        """The fact endpoint this entity counts as (None for equipment)."""
        if self.kind in ENDPOINT_KINDS:
            return self.id
        if self.kind in ("agent", "person"):
            return self.state
        return None


@dataclass(frozen=True, slots=True)
class Name:
    """One way of writing an entity in one language."""

    text: str
    lang: str  # manifest code, UNIVERSAL or OTHER_LOCALES
    entity: str
    kind: str  # name | demonym | capital | agent | blocker
    ambiguous: bool = False


@dataclass(slots=True)
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    agent_templates: dict[str, list[AgentTemplate]] = field(default_factory=dict)
    successions: dict[str, tuple[int, str]] = field(default_factory=dict)  # state → (from, before)
    states_cache: frozenset[str] | None = field(default=None, repr=False)

    @property
    def state_ids(self) -> frozenset[str]:
        """Ids of the states (computed once per knowledge base)."""
        if self.states_cache is None:
            self.states_cache = frozenset(e.id for e in self.entities.values() if e.kind == "state")
        return self.states_cache

    def entity(self, entity_id: str) -> Entity:
        try:
            return self.entities[entity_id]
        except KeyError:
            raise BilateralError(f"unknown KB id {entity_id!r}") from None

    def stats(self) -> dict[str, Any]:
        kinds: dict[str, int] = {}
        for entity in self.entities.values():
            kinds[entity.kind] = kinds.get(entity.kind, 0) + 1
        per_lang: dict[str, int] = {}
        for name in self.names:
            per_lang[name.lang] = per_lang.get(name.lang, 0) + 1
        return {"entities": kinds, "names": per_lang, "total_names": len(self.names)}


def _yaml(text: str) -> Any:
    return manifest.parse_yaml(text)


def _data_root() -> Any:
    return resources.files("bilateral.kb").joinpath("data")


def _entity_files() -> Iterator[tuple[str, str]]:
    folder = _data_root().joinpath("entities")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            yield entry.name, entry.read_text(encoding="utf-8")


def _lang_files(code: str) -> Iterator[tuple[str, Any]]:
    folder = resources.files("bilateral.lang").joinpath(code)
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("kb_") and entry.name.endswith(".yaml"):
            yield entry.name, _yaml(entry.read_text(encoding="utf-8")) or {}


def entity_from(record: dict[str, Any], where: str) -> Entity:
    try:
        known = {"id", "kind", "name", "state", "type", "qid", "aliases"}
        return Entity(
            id=str(record["id"]),
            kind=str(record["kind"]),
            name=str(record["name"]),
            state=record.get("state"),
            type=record.get("type") or record.get("category"),
            qid=record.get("qid"),
            aliases=[str(a) for a in record.get("aliases") or []],
            data={k: v for k, v in record.items() if k not in known},
        )
    except (KeyError, TypeError) as err:
        raise BilateralError(f"{where}: KB entry lacks {err} ({record!r:.80})") from None


def load(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The built-in KB plus user files (`--kb`), which win over built-ins."""
    kb = _builtin()
    if not extra:
        return kb
    merged = KnowledgeBase(
        dict(kb.entities), list(kb.names), dict(kb.agent_templates), dict(kb.successions)
    )
    for path in extra:
        _add_user_files(merged, Path(path))
    return merged


@cache
def _builtin() -> KnowledgeBase:
    kb = KnowledgeBase()
    for file_name, text in _entity_files():
        for record in _yaml(text) or []:
            entity = entity_from(record, file_name)
            kb.entities[entity.id] = entity
    for entity in kb.entities.values():
        kb.names.extend(Name(a, UNIVERSAL, entity.id, _kind_of(entity)) for a in entity.aliases)
        kb.names.extend(_canonical_name(entity))
    for code in manifest.codes():
        ambiguous: set[str] = set()
        names: list[Name] = []
        for _, data in _lang_files(code):
            names.extend(names_in(data, code, kb))
            ambiguous.update(normalize(str(a)) for a in data.get("ambiguous") or [])
        names.extend(_cldr_names(code, kb))
        kb.names.extend(_mark_ambiguous(names, ambiguous))
    kb.names.extend(_other_locale_names(kb))
    _agent_templates(kb)
    successions = _data_root().joinpath("successions.yaml")
    for record in _yaml(successions.read_text(encoding="utf-8")) or []:
        kb.successions[str(record["state"])] = (int(record["from"]), str(record["before"]))
    return kb


def _mark_ambiguous(names: list[Name], ambiguous: set[str]) -> Iterator[Name]:
    """A language's `ambiguous` list applies to all its names, CLDR's included."""
    for name in names:
        if not name.ambiguous and normalize(name.text) in ambiguous:
            yield replace(name, ambiguous=True)
        else:
            yield name


def _canonical_name(entity: Entity) -> Iterator[Name]:
    """The canonical name is matchable too: a person's everywhere (names in Latin
    script travel across languages), other entities' in English. States get
    theirs from CLDR."""
    if entity.kind == "person":
        yield Name(entity.name, UNIVERSAL, entity.id, "agent")
    elif entity.kind != "state":
        yield Name(entity.name, "en", entity.id, _kind_of(entity))


def _kind_of(entity: Entity) -> str:
    return "agent" if entity.kind in ("agent", "person") else "name"


def names_in(data: dict[str, Any], code: str, kb: KnowledgeBase) -> Iterator[Name]:
    """Names of one language file (sections of docs/kb.md)."""
    ambiguous = {str(a) for a in data.get("ambiguous") or []}
    for section, kind in NAME_SECTIONS.items():
        for entity_id, texts in (data.get(section) or {}).items():
            entity = kb.entities.get(str(entity_id))
            if entity is None:
                continue  # the data tests report unknown ids
            name_kind = _kind_of(entity) if kind == "name" else kind
            for text in texts or []:
                yield Name(str(text), code, entity.id, name_kind, str(text) in ambiguous)
    for text in data.get("blockers") or []:
        yield Name(str(text), code, "", "blocker")


def _cldr_names(code: str, kb: KnowledgeBase) -> Iterator[Name]:
    data = manifest.load_data(code, "kb_states.cldr.json") or {}
    for state_id, texts in (data.get("names") or {}).items():
        if state_id in kb.entities:
            yield from (Name(str(t), code, state_id, "name") for t in texts)


def _other_locale_names(kb: KnowledgeBase) -> Iterator[Name]:
    path = _data_root().joinpath("states_cldr_locales.tsv")
    if not path.is_file():
        return
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t")
    for row in reader:
        if len(row) == 3 and row[0] in kb.entities and len(row[2]) >= 4:
            yield Name(row[2], OTHER_LOCALES, row[0], "name")


@dataclass(frozen=True, slots=True)
class AgentTemplate:
    """A generic agent written around a state's name or demonym: "ВМС {name}"."""

    slug: str
    before: str  # normalised text right before the name ("вмс ")
    after: str  # normalised text right after it
    slot: str  # "name" | "demonym"


def _agent_templates(kb: KnowledgeBase) -> None:
    """Read each language's agent templates and make the generic agents of every state.

    The templates are applied around state mentions by the matcher rather
    than expanded into names: 250 states x their inflected names x dozens
    of templates would be hundreds of thousands of patterns.
    """
    for code in manifest.codes():
        patterns = manifest.load_data(code, "kb_agent_patterns.yaml") or {}
        templates = []
        for slug, texts in patterns.items():
            for text in texts or []:
                for slot in ("name", "demonym"):
                    marker = "{" + slot + "}"
                    if marker in str(text):
                        before, _, after = str(text).partition(marker)
                        templates.append(
                            AgentTemplate(str(slug), normalize(before), normalize(after), slot)
                        )
        kb.agent_templates[code] = sorted(templates, key=lambda t: -(len(t.before) + len(t.after)))
    slugs = sorted({t.slug for ts in kb.agent_templates.values() for t in ts})
    for state in [e for e in kb.entities.values() if e.kind == "state"]:
        for slug in slugs:
            agent_id = f"{state.id}.{slug}"
            if agent_id not in kb.entities:
                kb.entities[agent_id] = Entity(
                    agent_id,
                    "agent",
                    f"{state.name} {GENERIC_AGENT_NAMES.get(slug, slug.lower())}",
                    state.id,
                    GENERIC_AGENT_TYPES.get(slug, "other"),
                    data={"generic": True},
                )


def _add_user_files(kb: KnowledgeBase, path: Path) -> None:
    """Entities (a YAML list) or names (a mapping with `lang:`) from a user file or folder."""
    if not path.exists():
        raise BilateralError(f"{path}: no such KB file or folder")
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    overridden: set[str] = set()
    for file in files:
        try:
            data = _yaml(file.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as err:
            raise BilateralError(f"{file}: not a readable KB file ({err})") from None
        if isinstance(data, list):
            for record in data:
                entity = entity_from(record, str(file))
                kb.entities[entity.id] = entity
                overridden.add(entity.id)
                kb.names.extend(
                    Name(a, UNIVERSAL, entity.id, _kind_of(entity)) for a in entity.aliases
                )
        elif isinstance(data, dict):
            code = str(data.get("lang") or UNIVERSAL)
            kb.names.extend(names_in(data, code, kb))
        else:
            raise BilateralError(f"{file}: a KB file is a list of entities or a names mapping")
    if overridden:
        user_texts = {(n.text, n.lang) for n in kb.names if n.entity in overridden}
        kb.names[:] = [
            n for n in kb.names if n.entity in overridden or (n.text, n.lang) not in user_texts
        ]


def to_json(entity: Entity) -> str:
    return json.dumps(
        {
            "id": entity.id,
            "kind": entity.kind,
            "name": entity.name,
            "state": entity.state,
            "type": entity.type,
            "qid": entity.qid,
        },
        ensure_ascii=False,
    )
