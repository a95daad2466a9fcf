"""The committed cldr.json files are exactly what scripts/gen_cldr.py writes now.

CLDR data is generated, never edited by hand; this catches a hand edit, a
manifest language without its file, and a Babel upgrade that changed CLDR
(then re-run `python scripts/gen_cldr.py` and review the diff).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from bilateral import lang

babel = pytest.importorskip("babel")

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "gen_cldr.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cldr", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_cldr_files_match_a_fresh_generation(tmp_path: Path) -> None:
    _generator().generate(tmp_path)
    stale, recorded = [], set()
    for code in lang.codes():
        committed = lang.data_file(code, "cldr.json")
        assert committed is not None, f"{code}/cldr.json is missing: run scripts/gen_cldr.py"
        text = committed.read_text(encoding="utf-8")
        recorded.add(json.loads(text)["babel"])
        if text != (tmp_path / code / "cldr.json").read_text(encoding="utf-8"):
            stale.append(code)
    note = ""
    if recorded != {babel.__version__}:
        note = (
            f" (the files were generated with babel {', '.join(sorted(recorded))}, "
            f"babel {babel.__version__} is installed: the difference may be Babel's)"
        )
    assert not stale, (
        f"cldr.json of {', '.join(stale)} differs from a fresh generation{note}; "
        "run `python scripts/gen_cldr.py` and review the diff"
    )


def test_generation_does_not_depend_on_locales_read_before() -> None:
    """Babel's alias cache once leaked Chinese month names into Urdu (babel#1234)."""
    gen = _generator()
    alone = gen.render("ur")
    for code in ("zh", "ja", "ko", "fa"):
        gen.build(code)
    assert gen.render("ur") == alone


def test_check_mode_reports_a_stale_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gen = _generator()
    gen.generate(tmp_path)
    assert gen.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "fr" / "cldr.json").write_text("{}\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1
    assert "fr/cldr.json" in capsys.readouterr().out


def test_files_hold_what_the_date_reader_needs() -> None:
    for code in lang.codes():
        data = lang.load_data(code, "cldr.json")
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                names = data["months"][context][width]
                assert len(names) == 12 and all(names), (code, context, width)
        assert data["date_formats"]["short"], code
        for digits in data["digits"].values():
            assert len(digits) == 10 == len(set(digits)), code
    assert lang.load_data("ru", "cldr.json")["months"]["format"]["wide"][2] == "марта"
    assert lang.load_data("ar", "cldr.json")["digits"]["arab"][2] == "\u0662"
    assert lang.load_data("fa", "cldr.json")["digits"]["arabext"][4] == "\u06f4"
    assert lang.load_data("hi", "cldr.json")["digits"]["deva"][9] == "\u096f"
