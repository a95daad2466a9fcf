"""The dev-set quality gate: facts F1 must not fall below the floor kept in eval_floor.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bilateral
from bilateral.evaluate.metric import evaluate

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev"


def test_dev_f1_stays_above_the_floor(tmp_path):
    if not (DEV / "gold.jsonl").is_file():
        pytest.skip("../shared/eval/dev is not checked out beside the repository")
    floor = json.loads((REPO / "eval_floor.json").read_text(encoding="utf-8"))
    with bilateral.open(tmp_path / "dev.duckdb") as kb:
        kb.ingest([str(DEV / "docs")])
        result = evaluate(DEV / "gold.jsonl", kb.records())
    assert result["facts"].f1 >= floor["facts_f1"], result["facts"]
    assert result["pairs"].f1 >= floor["pairs_f1"], result["pairs"]
