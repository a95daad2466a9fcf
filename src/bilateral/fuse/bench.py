"""Benchmark of the fused view and its queries on a large synthetic store.

`bilateral bench --fusion 100000 --db f.duckdb` writes that many fact
records (spec/facts.md) over a realistic spread — a few very active dyads
and a long tail, years from 1950, several languages, a share of negations
and of alleged facts — then times a full fusion, an incremental one after
one more document, and each analysis query (fused facts of an actor, a
dyad, an actor profile, a timeline, the graph). Analysts need each query
well under a second on a store of this size.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bilateral.errors import BilateralError
from bilateral.extract.lexicon import TYPES

LANGS = ("en", "ar", "fr", "es", "ru", "zh", "vi", "ur", "hi", "fa", "tr", "de")
FACTS_PER_DOCUMENT = 5
NOT_QUERIES = ("full", "incremental", "graph")  # batch work and whole-store exports


@dataclass
class FusionBench:
    facts: int
    documents: int
    write_s: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    fused: int = 0

    def lines(self) -> list[str]:
        out = [
            f"fusion store:  {self.facts:,} facts in {self.documents:,} documents "
            f"(written in {self.write_s:.1f} s) → {self.fused:,} fused facts",
        ]
        for name, seconds in self.timings.items():
            out.append(f"  {name:<34} {seconds * 1000:9.1f} ms")
        queries = {n: s for n, s in self.timings.items() if not n.startswith(NOT_QUERIES)}
        slowest = max(queries, key=queries.__getitem__, default="")
        if slowest:
            out.append(
                f"slowest analysis query: {slowest} {queries[slowest] * 1000:.1f} ms "
                "(goal: under 1000 ms)"
            )
        return out


def run_fusion_bench(db: Path, n_facts: int, seed: int = 7) -> FusionBench:
    """Write `n_facts` synthetic facts into a new store at `db` and time fusion and queries."""
    import bilateral

    if db.exists():
        raise BilateralError(f"{db}: already exists; the benchmark needs a new store file")
    rng = random.Random(seed)
    actors = _actors()
    result = FusionBench(n_facts, max(1, n_facts // FACTS_PER_DOCUMENT))
    with bilateral.open(db) as kb:
        began = time.perf_counter()
        _write_synthetic(kb.con, rng, actors, result.documents, n_facts)
        result.write_s = time.perf_counter() - began
        kb.con.execute("DELETE FROM fuse_queue")
        result.fused = _timed(result, "full fusion (rebuild)", lambda: kb.fuse(rebuild=True))
        _write_synthetic(kb.con, rng, actors, 1, FACTS_PER_DOCUMENT, prefix="late")
        _timed(result, "incremental fusion (1 new document)", kb.fuse)
        a, b = actors[0], actors[1]
        _timed(result, f"fused facts of {a}", lambda: kb.fused(actor=a))
        _timed(result, f"facts of {a} (evidence rows)", lambda: kb.facts(actor=a))
        _timed(result, f"dyad {a}–{b}", lambda: kb.dyad(a, b))
        _timed(result, f"actor profile {a}", lambda: kb.actor(a))
        _timed(result, f"timeline {a}", lambda: kb.timeline(actor=a))
        _timed(result, "graph of all fused facts", kb.graph)
    return result


def _timed(result: FusionBench, name: str, work: Callable[[], Any]) -> Any:
    began = time.perf_counter()
    value = work()
    result.timings[name] = time.perf_counter() - began
    return value


def _actors() -> list[str]:
    """State ids from the KB, the most reported first (a few hubs, a long tail)."""
    from bilateral.kb.model import load

    hubs = ["USA", "CHN", "RUS", "PAK", "IND", "IRN", "ISR", "TUR", "SAU", "UKR", "FRA", "GBR"]
    states = sorted(e.id for e in load().entities.values() if e.kind == "state")
    return hubs + [s for s in states if s not in hubs]


def _write_synthetic(
    con: Any,
    rng: random.Random,
    actors: list[str],
    n_docs: int,
    n_facts: int,
    prefix: str = "doc",
) -> None:
    from bilateral.extract.model import ontology
    from bilateral.store.documents import insert_columns, mark_stale

    now = datetime.now(UTC).replace(tzinfo=None)
    doc_ids = [hashlib.sha256(f"{prefix}{i}".encode()).hexdigest()[:16] for i in range(n_docs)]
    insert_columns(
        con,
        "documents",
        {
            "id": doc_ids,
            "name": [f"{prefix}_{i}.txt" for i in range(n_docs)],
            "url": [f"https://outlet{i % 300}.example/{i}" for i in range(n_docs)],
            "date": [f"{rng.randint(1990, 2025)}-01-01" for _ in doc_ids],
            "lang": [rng.choice(LANGS) for _ in doc_ids],
            "raw_text": ["…"] * n_docs,
            "text": ["…"] * n_docs,
            "ingested_at": [now] * n_docs,
        },
    )
    insert_columns(
        con,
        "sources",
        {
            "source": [f"{prefix}/{d}.txt" for d in doc_ids],
            "doc_id": doc_ids,
            "name": [f"{d}.txt" for d in doc_ids],
            "seen_at": [now] * n_docs,
        },
    )
    rows: dict[str, list] = {
        k: []
        for k in ("id", "doc_id", "type", "source", "target", "polarity", "modality")
        + ("record", "confidence", "extractor")
    }
    evidence: dict[str, list] = {
        k: [] for k in ("fact_id", "doc_id", "sentence", "start", "end", "lang")
    }
    table = ontology()
    weights = [1 / (rank + 1) for rank in range(len(actors))]  # Zipf: hubs dominate
    for n in range(n_facts):
        doc_id = doc_ids[n % n_docs]
        record = _record(rng, actors, weights, table, f"{prefix}{n}", doc_id)
        for key in ("id", "type", "source", "target", "polarity", "modality", "confidence"):
            rows[key].append(record[key])
        rows["doc_id"].append(doc_id)
        rows["record"].append(json.dumps(record, ensure_ascii=False))
        rows["extractor"].append("bench")
        evidence["fact_id"].append(record["id"])
        evidence["doc_id"].append(doc_id)
        evidence["sentence"].append(n % 50)
        evidence["start"].append(0)
        evidence["end"].append(1)
        evidence["lang"].append(record["evidence"]["lang"])
    insert_columns(con, "facts", rows)
    insert_columns(con, "evidence", evidence)
    mark_stale(con, doc_ids)


def _record(
    rng: random.Random,
    actors: list[str],
    weights: list[float],
    table: dict[str, dict[str, Any]],
    seed: str,
    doc_id: str,
) -> dict[str, Any]:
    type_name = rng.choice(TYPES)
    source, target = rng.choices(actors, weights, k=2)
    while target == source:
        target = rng.choices(actors, weights)[0]
    if not table[type_name]["directed"] and target < source:
        source, target = target, source
    first = rng.randint(1950, 2025)
    dated = rng.random() < 0.7
    info = table[type_name]
    return {
        "id": "f_" + hashlib.sha256(seed.encode()).hexdigest()[:16],
        "doc": f"{doc_id}.txt",
        "type": type_name,
        "source": source,
        "target": target,
        "source_name": source,
        "target_name": target,
        "agents": None,
        "polarity": "negated" if rng.random() < 0.05 else "affirmed",
        "modality": rng.choice(("actual",) * 8 + ("alleged", "planned")),
        "time": {"text": str(first), "start": str(first), "end": str(first), "precision": "year"}
        if dated
        else None,
        "equipment": None,
        "quantity": None,
        "value": {"amount": rng.randint(1, 500) * 1e6, "currency": "USD", "text": "synthetic"}
        if type_name in ("MILITARY_AID", "ECONOMIC_SUPPORT") and rng.random() < 0.3
        else None,
        "cameo": info["cameo"],
        "quad_class": info["quad"],
        "plover": info["plover"],
        "confidence": round(rng.uniform(0.5, 0.8), 3),
        "evidence": {"lang": rng.choice(LANGS), "sentence": "synthetic", "start": 0, "end": 1},
        "extractor": "bench",
    }
