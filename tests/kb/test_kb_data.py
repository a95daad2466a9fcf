"""Every KB data file is valid: schema, ids that exist, no silent duplicates, QIDs."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pytest
import yaml

from bilateral import lang
from bilateral.kb.model import KINDS, NAME_SECTIONS, load
from bilateral.kb.normalize import normalize

QID = re.compile(r"^Q[1-9][0-9]*$")
STATE_ID = re.compile(r"^[A-Z]{3}$")
AGENT_ID = re.compile(r"^[A-Z]{3}\.[A-Za-z0-9_]+$")
ORG_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
EQUIPMENT_ID = re.compile(r"^[a-z0-9_]+$")
ROLES = {
    "head_of_state",
    "head_of_government",
    "defence_minister",
    "foreign_minister",
    "army_chief",
    "military_chief",
    "navy_chief",
    "air_chief",
    "intelligence_chief",
    "envoy",
    "commander",
    "other",
}
AGENT_TYPES = {
    "armed_forces",
    "army",
    "navy",
    "air_force",
    "marines",
    "special_forces",
    "intelligence",
    "ministry",
    "government",
    "unit",
    "police",
    "paramilitary",
    "coast_guard",
    "industry",
}
CATEGORIES = {
    "fighter aircraft",
    "trainer aircraft",
    "transport aircraft",
    "helicopter",
    "bomber",
    "aew aircraft",
    "drone",
    "main battle tank",
    "armoured vehicle",
    "artillery",
    "rocket artillery",
    "submarine",
    "frigate",
    "corvette",
    "destroyer",
    "aircraft carrier",
    "patrol vessel",
    "amphibious ship",
    "missile",
    "cruise missile",
    "ballistic missile",
    "anti-ship missile",
    "air defence system",
    "radar",
    "small arms",
    "other",
}
SLUGS = {
    "ARMED_FORCES",
    "ARMY",
    "NAVY",
    "AIR_FORCE",
    "MARINES",
    "SPECIAL_FORCES",
    "COAST_GUARD",
    "INTEL",
    "MOD",
    "MFA",
    "GOV",
    "HEAD_OF_STATE",
}
LANG_FILE_KEYS = set(NAME_SECTIONS) | {"ambiguous", "blockers"}


def _entity_records() -> list[tuple[str, dict]]:
    folder = resources.files("bilateral.kb").joinpath("data", "entities")
    records = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            data = yaml.safe_load(entry.read_text(encoding="utf-8")) or []
            assert isinstance(data, list), entry.name
            records.extend((entry.name, r) for r in data)
    return records


RECORDS = _entity_records()
IDS = {r["id"] for _, r in RECORDS}
STATES = {r["id"] for _, r in RECORDS if r.get("kind") == "state"}


def _lang_files():
    for code in lang.codes():
        folder = resources.files("bilateral.lang").joinpath(code)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.startswith("kb_") and entry.name.endswith(".yaml"):
                yield code, entry.name, yaml.safe_load(entry.read_text(encoding="utf-8")) or {}


LANG_FILES = list(_lang_files())


def test_entity_ids_are_unique():
    seen: dict[str, str] = {}
    for file_name, record in RECORDS:
        assert record["id"] not in seen, (record["id"], file_name, seen.get(record["id"]))
        seen[record["id"]] = file_name


@pytest.mark.parametrize(
    ("file_name", "record"), RECORDS, ids=[r.get("id", "?") for _, r in RECORDS]
)
def test_entity_record_schema(file_name, record):
    assert record["kind"] in KINDS
    assert isinstance(record["name"], str) and record["name"].strip()
    if record.get("qid") is not None:
        assert QID.match(str(record["qid"])), record["qid"]
    for alias in record.get("aliases") or []:
        assert isinstance(alias, str) and len(normalize(alias).strip()) >= 2, alias
    kind, entity_id = record["kind"], record["id"]
    if kind == "state":
        assert STATE_ID.match(entity_id)
    elif kind in ("agent", "person"):
        assert AGENT_ID.match(entity_id) and record.get("state") in STATES, entity_id
        assert entity_id.split(".")[0] == record["state"], entity_id
    elif kind == "equipment":
        assert EQUIPMENT_ID.match(entity_id)
        assert record.get("category") in CATEGORIES, (entity_id, record.get("category"))
        assert record.get("producers") and set(record["producers"]) <= STATES, entity_id
    else:
        assert ORG_ID.match(entity_id), entity_id
    if kind == "agent" and record.get("type") is not None:
        assert record["type"] in AGENT_TYPES, (entity_id, record["type"])
    if kind == "person":
        assert record.get("roles"), entity_id
        for role in record["roles"]:
            assert role["role"] in ROLES, (entity_id, role)
            start, end = role.get("from"), role.get("to")
            assert start is None or end is None or start <= end, (entity_id, role)


def test_actor_spec_ids_exist():
    spec_ids = {
        "NATO",
        "UN",
        "UNPROFOR",
        "ISAF",
        "EU",
        "SEATO",
        "CENTO",
        "NAM",
        "SCO",
        "SAARC",
        "OIC",
        "GCC",
        "ARAB_LEAGUE",
        "ASEAN",
        "AU",
        "CSTO",
        "WARSAW_PACT",
        "QUAD",
        "AUKUS",
        "IAEA",
        "TALIBAN",
        "TTP",
        "AL_QAEDA",
        "HAQQANI",
        "ISIS",
        "LTTE",
        "CPN_MAOIST",
        "PLO",
        "HAMAS",
        "HEZBOLLAH",
        "HOUTHIS",
        "SUN",
        "YUG",
        "CSK",
        "DDR",
        "PSE",
        "TWN",
        "XKX",
    }
    assert spec_ids <= IDS, sorted(spec_ids - IDS)


def test_every_state_of_iso_3166_is_there():
    assert len(STATES) >= 249 + 4


@pytest.mark.parametrize(
    ("code", "file_name", "data"), LANG_FILES, ids=[f"{c}/{f}" for c, f, _ in LANG_FILES]
)
def test_language_file_schema_and_ids(code, file_name, data):
    if file_name == "kb_agent_patterns.yaml":
        assert set(data) <= SLUGS, set(data) - SLUGS
        for templates in data.values():
            for template in templates:
                assert "{name}" in template or "{demonym}" in template, template
        return
    if file_name == "kb_coref.yaml":
        assert set(data) <= {"pair", "single", "alliance"}
        return
    assert set(data) <= LANG_FILE_KEYS, set(data) - LANG_FILE_KEYS
    for section in NAME_SECTIONS:
        for entity_id, names in (data.get(section) or {}).items():
            assert entity_id in IDS, f"{code}/{file_name}: unknown id {entity_id}"
            assert isinstance(names, list) and names, entity_id
            for name in names:
                assert isinstance(name, str) and len(normalize(name).strip()) >= 2, name
            if section in ("demonyms", "capitals"):
                kind = next(r["kind"] for _, r in RECORDS if r["id"] == entity_id)
                assert kind in ("state", "organisation", "armed_group"), entity_id


@pytest.mark.parametrize("code", lang.codes())
def test_a_name_means_one_entity_per_language_unless_declared_ambiguous(code):
    meanings: dict[str, set[str]] = defaultdict(set)
    ambiguous: set[str] = set()
    for file_code, _, data in LANG_FILES:
        if file_code != code or "names" not in data and "demonyms" not in data:
            continue
        ambiguous |= {normalize(a) for a in data.get("ambiguous") or []}
        for section in NAME_SECTIONS:
            for entity_id, names in (data.get(section) or {}).items():
                for name in names:
                    meanings[normalize(name).strip()].add(entity_id)
    clashes = {n: ids for n, ids in meanings.items() if len(ids) > 1 and n not in ambiguous}
    assert not clashes, dict(list(clashes.items())[:10])


def test_builtin_kb_loads_and_every_name_points_to_an_entity():
    kb = load()
    assert all(n.entity in kb.entities for n in kb.names if n.kind != "blocker")
    stats = kb.stats()
    assert stats["entities"]["state"] >= 253
    assert set(lang.codes()) <= set(stats["names"])


@pytest.mark.parametrize("code", lang.codes())
def test_matcher_options_are_well_formed(code):
    data = lang.load_data(code, "matcher.yaml")
    if data is None:
        return
    assert set(data) <= {"suffixes", "initial_before_lowercase"}
    assert isinstance(data.get("initial_before_lowercase", False), bool)
    suffixes = data.get("suffixes") or []
    assert all(isinstance(s, str) and s.strip() for s in suffixes)
    assert len(suffixes) == len(set(suffixes))
