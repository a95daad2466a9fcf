"""`kb lookup`: which entries a piece of text names, in any language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bilateral import lang as manifest
from bilateral.kb.mentions import matcher_for
from bilateral.kb.model import Entity, Name

NAMES_SHOWN_PER_LANGUAGE = 4


@dataclass(slots=True)
class LookupResult:
    entity: Entity
    matched: list[Name]
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> names

    def to_json(self) -> dict[str, Any]:
        e = self.entity
        return {
            "id": e.id,
            "kind": e.kind,
            "name": e.name,
            "endpoint": e.endpoint,
            "state": e.state,
            "type": e.type,
            "qid": e.qid,
            "matched": [{"text": n.text, "lang": n.lang, "as": n.kind} for n in self.matched],
            "names": self.names,
        }

    def lines(self) -> list[str]:
        e = self.entity
        matched = ", ".join(f"{n.text} [{n.lang}, {n.kind}]" for n in self.matched)
        out = [f"{e.id}  {e.name}  ({e.kind}" + (f", {e.type}" if e.type else "") + ")"]
        if e.endpoint and e.endpoint != e.id:
            out.append(f"  counts as: {e.endpoint}")
        if e.qid:
            out.append(f"  wikidata: {e.qid}")
        out.append(f"  matched: {matched}")
        for code, texts in self.names.items():
            more = " …" if len(texts) > NAMES_SHOWN_PER_LANGUAGE else ""
            out.append(f"  {code}: {', '.join(texts[:NAMES_SHOWN_PER_LANGUAGE])}{more}")
        return out


def lookup(text: str, kb_paths: tuple[str, ...] = ()) -> list[LookupResult]:
    """Entries named exactly `text`, else named by the whole of `text` with clitics."""
    matcher = matcher_for(kb_paths)
    names = [n for n in matcher.lookup(text) if n.entity]
    if not names:
        hits = matcher.find(text.strip())
        names = [h.name for h in hits if h.name.entity and h.end - h.start >= len(text.strip()) - 3]
    by_entity: dict[str, list[Name]] = {}
    for name in names:
        by_entity.setdefault(name.entity, []).append(name)
    kb = matcher.kb
    order = {code: i for i, code in enumerate(manifest.codes())}
    results = []
    for entity_id, matched in by_entity.items():
        entity = kb.entities[entity_id]
        per_lang: dict[str, list[str]] = {}
        for name in kb.names:
            if (
                name.entity == entity_id
                and name.lang in order
                and name.text not in per_lang.get(name.lang, [])
            ):
                per_lang.setdefault(name.lang, []).append(name.text)
        ordered = dict(sorted(per_lang.items(), key=lambda kv: order[kv[0]]))
        results.append(LookupResult(entity, matched, ordered))
    return results
