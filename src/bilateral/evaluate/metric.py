"""The project's metric (the one of ../shared/eval/score.py), per language and per type.

Facts are compared as sets of (doc, type, source, target), the pair sorted
for symmetric types; negated system facts are dropped; only documents that
the gold covers are scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilateral.errors import BilateralError
from bilateral.extract.lexicon import SYMMETRIC
from bilateral.extract.model import ontology

Key = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    tp: int
    gold: int
    system: int

    def line(self, name: str) -> str:
        return (
            f"{name:<28} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
            f"(tp={self.tp} gold={self.gold} system={self.system})"
        )


def score(gold: set[Any], system: set[Any]) -> Score:
    tp = len(gold & system)
    p = tp / len(system) if system else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, tp, len(gold), len(system))


def key(record: dict[str, Any]) -> Key:
    doc = str(record["doc"]).rsplit("/", 1)[-1]
    type_name = str(record["type"]).upper()
    source, target = str(record["source"]).upper(), str(record["target"]).upper()
    if type_name in SYMMETRIC:
        source, target = sorted((source, target))
    return doc, type_name, source, target


def read_gold(path: Path) -> tuple[set[Key], dict[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise BilateralError(f"{path}: cannot read gold file ({err.strerror})") from None
    gold: set[Key] = set()
    lang_of: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            k = key(record)
        except (json.JSONDecodeError, KeyError) as err:
            raise BilateralError(f"{path}:{number}: not a gold fact ({err})") from None
        gold.add(k)
        lang_of[k[0]] = record.get("lang", "?")
    return gold, lang_of


def evaluate(gold_path: Path, system_records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    gold, lang_of = read_gold(gold_path)
    system = {
        key(r) for r in system_records if str(r.get("polarity", "affirmed")).lower() != "negated"
    }
    system = {k for k in system if k[0] in lang_of and k[2] != k[3]}

    def pairs(keys: set[Key]) -> set[tuple[str, ...]]:
        return {(d, *sorted((a, b))) for d, _, a, b in keys}

    quad = {t: v["quad"] for t, v in ontology().items()}
    result: dict[str, Any] = {
        "facts": score(gold, system),
        "pairs": score(pairs(gold), pairs(system)),
        "quads": score(
            {(d, quad.get(t, 0), *sorted((a, b))) for d, t, a, b in gold},
            {(d, quad.get(t, 0), *sorted((a, b))) for d, t, a, b in system},
        ),
        "by_lang": {},
        "by_type": {},
    }
    by_lang: dict[str, tuple[set[Key], set[Key]]] = defaultdict(lambda: (set(), set()))
    by_type: dict[str, tuple[set[Key], set[Key]]] = defaultdict(lambda: (set(), set()))
    for k in gold:
        by_lang[lang_of[k[0]]][0].add(k)
        by_type[k[1]][0].add(k)
    for k in system:
        by_lang[lang_of[k[0]]][1].add(k)
        by_type[k[1]][1].add(k)
    result["by_lang"] = {lang: score(g, s) for lang, (g, s) in sorted(by_lang.items())}
    result["by_type"] = {t: score(g, s) for t, (g, s) in sorted(by_type.items())}
    return result


def report_lines(result: dict[str, Any]) -> list[str]:
    lines = [result[name].line(name) for name in ("facts", "pairs", "quads")]
    lines += [v.line(f"lang={k}") for k, v in result["by_lang"].items()]
    lines += [v.line(f"type={k}") for k, v in result["by_type"].items()]
    lines.append(f"facts F1 = {result['facts'].f1:.3f}")
    return lines
