"""The metric agrees with ../shared/eval/score.py's rules on records written here."""

from __future__ import annotations

import json

from bilateral.evaluate.metric import evaluate


def test_symmetric_pairs_sorted_negated_dropped_unknown_docs_ignored(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "doc": "a.txt",
                    "lang": "en",
                    "type": "JOINT_EXERCISE",
                    "source": "CHL",
                    "target": "PER",
                },
                {
                    "doc": "a.txt",
                    "lang": "en",
                    "type": "ARMS_TRANSFER",
                    "source": "FRA",
                    "target": "IND",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    system = [
        {
            "doc": "dir/a.txt",
            "type": "JOINT_EXERCISE",
            "source": "PER",
            "target": "CHL",
            "polarity": "affirmed",
        },
        {
            "doc": "a.txt",
            "type": "ARMS_TRANSFER",
            "source": "IND",
            "target": "FRA",
            "polarity": "affirmed",
        },  # wrong direction
        {
            "doc": "a.txt",
            "type": "HOSTILITY",
            "source": "CHL",
            "target": "PER",
            "polarity": "negated",
        },
        {"doc": "other.txt", "type": "HOSTILITY", "source": "CHL", "target": "PER"},
    ]
    result = evaluate(gold, system)
    facts = result["facts"]
    assert (facts.tp, facts.gold, facts.system) == (1, 2, 2)
    assert result["pairs"].f1 == 1.0
    assert result["by_lang"]["en"].tp == 1
    assert result["by_type"]["ARMS_TRANSFER"].tp == 0
