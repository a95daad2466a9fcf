"""The committed state files are exactly what scripts/gen_kb_states.py writes now.

States (pycountry) and their CLDR names (Babel) are generated, never edited
by hand; this catches a hand edit, a manifest language without its file, a
QID added to state_qids.yaml without re-running the generator, and a Babel or
pycountry upgrade (then re-run `python scripts/gen_kb_states.py` and review
the diff).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from bilateral import lang

babel = pytest.importorskip("babel")
pytest.importorskip("pycountry")

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "gen_kb_states.py"
PACKAGE = REPO / "src" / "bilateral"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _generator()


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_kb_states", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen_kb_states")
    gen.generate(out)
    return out


def test_committed_files_match_a_fresh_generation(gen: ModuleType, fresh: Path) -> None:
    stale, recorded = [], set()
    for rel in gen.outputs():
        committed = PACKAGE / rel
        assert committed.is_file(), f"{rel} is missing: run scripts/gen_kb_states.py"
        text = committed.read_text(encoding="utf-8")
        if rel.name == gen.LANG_FILENAME:
            recorded.add(json.loads(text)["babel"])
        if text != (fresh / rel).read_text(encoding="utf-8"):
            stale.append(rel.as_posix())
    note = ""
    if recorded != {babel.__version__}:
        note = (
            f" (the files were generated with babel {', '.join(sorted(recorded))}, "
            f"babel {babel.__version__} is installed: the difference may be Babel's)"
        )
    assert not stale, (
        f"{', '.join(stale)} differ from a fresh generation{note}; "
        "run `python scripts/gen_kb_states.py` and review the diff"
    )


def test_check_mode_reports_a_stale_file(
    gen: ModuleType, fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(fresh, tmp_path, dirs_exist_ok=True)
    assert gen.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "lang" / "fr" / gen.LANG_FILENAME).write_text("{}\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1
    assert "lang/fr/kb_states.cldr.json" in capsys.readouterr().out


def test_states_hold_what_actors_md_promises() -> None:
    entities = yaml.safe_load((PACKAGE / "kb/data/entities/states.yaml").read_text("utf-8"))
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities) >= 253
    for sid in ("PAK", "USA", "LKA", "PSE", "TWN", "XKX"):
        assert by_id[sid]["kind"] == "state" and not by_id[sid].get("historical")
    for sid in ("SUN", "YUG", "CSK", "DDR"):
        assert by_id[sid]["historical"] is True
    assert by_id["NOR"]["iso2"] == "NO"  # not YAML's false
    assert by_id["USA"]["name"] == "United States"
    assert by_id["GBR"]["name"] == "United Kingdom"
    assert by_id["KOR"]["name"] == "South Korea"
    assert by_id["PAK"]["qid"] == "Q843" and by_id["SUN"]["qid"] == "Q15180"
    qids = [e["qid"] for e in entities if "qid" in e]
    assert len(qids) == len(set(qids))


def test_language_files_name_every_current_state() -> None:
    ids = {
        e["id"]
        for e in yaml.safe_load((PACKAGE / "kb/data/entities/states.yaml").read_text("utf-8"))
    }
    for code in lang.codes():
        names = lang.load_data(code, "kb_states.cldr.json")["names"]
        assert set(names) == ids - {"SUN", "YUG", "CSK", "DDR"}, code
        assert all(n and all(isinstance(x, str) and x for x in n) for n in names.values())
    assert lang.load_data("en", "kb_states.cldr.json")["names"]["PAK"] == ["Pakistan"]
    assert lang.load_data("de", "kb_states.cldr.json")["names"]["USA"] == ["Vereinigte Staaten"]
