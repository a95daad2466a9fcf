"""The fused facts as a graph: networkx in Python, GraphML or GEXF on disk.

One node per actor (attributes: name, kind, qid) and one edge per fused fact
(a MultiDiGraph: two actors can be tied by many typed edges). Edges go from
source to target; for symmetric types (alliances, exercises …) the stored
order is alphabetical and `directed` is false. `weight` is the number of
documents, so Gephi's layouts pull well-attested pairs together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

import networkx as nx
import pandas as pd

from bilateral.errors import BilateralError

GRAPH_FORMATS = ("graphml", "gexf")
_EDGE_FIELDS = (
    "type",
    "polarity",
    "modality",
    "contested",
    "first_year",
    "last_year",
    "n_facts",
    "n_documents",
    "n_sources",
    "confidence",
    "quad_class",
)


def build_graph(fused: pd.DataFrame, actors: dict[str, dict[str, Any]]) -> nx.MultiDiGraph:
    """A MultiDiGraph of fused facts; `actors` gives each node's name, kind and qid."""
    from bilateral.extract.lexicon import SYMMETRIC

    graph = nx.MultiDiGraph()
    if fused.empty:
        return graph
    column = {
        name: fused[name].astype(object).where(fused[name].notna(), None).tolist()
        for name in (*_EDGE_FIELDS, "id", "source", "target", "source_name", "target_name")
    }
    column["langs"] = fused["langs"].tolist()
    for side in ("source", "target"):
        for actor, name in zip(column[side], column[f"{side}_name"], strict=True):
            if actor not in graph:
                info = actors.get(actor, {})
                graph.add_node(actor, **_clean({"name": info.get("name") or name, **info}))
    edges = []
    for i, fused_id in enumerate(column["id"]):
        attributes = {name: column[name][i] for name in _EDGE_FIELDS}
        attributes["directed"] = column["type"][i] not in SYMMETRIC
        langs = column["langs"][i]
        attributes["langs"] = ";".join(str(x) for x in (list(langs) if langs is not None else []))
        attributes["weight"] = column["n_documents"][i]
        edges.append((column["source"][i], column["target"][i], fused_id, _clean(attributes)))
    graph.add_edges_from(edges)
    return graph


def write_graph(graph: nx.MultiDiGraph, fmt: str, out: TextIO | Path) -> int:
    """Write `graph` as GraphML or GEXF; returns the number of edges."""
    if fmt not in GRAPH_FORMATS:
        raise BilateralError(f"unknown graph format {fmt!r}; choose graphml or gexf")
    path = out if isinstance(out, Path) else None
    if fmt == "graphml":
        lines = nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)
    else:
        lines = nx.generate_gexf(graph, encoding="utf-8", prettyprint=True, version="1.2draft")
    if path is not None:
        with path.open("w", encoding="utf-8") as stream:
            _write_lines(lines, stream)
    else:
        _write_lines(lines, out)  # type: ignore[arg-type]
    return int(graph.number_of_edges())


def _write_lines(lines: Any, stream: TextIO) -> None:
    for line in lines:
        stream.write(line + "\n")


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """GraphML and GEXF take scalars only: drop missing values, plain Python types."""
    clean: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None or value is pd.NA:
            continue
        clean[key] = value.item() if hasattr(value, "item") else value
    return clean
