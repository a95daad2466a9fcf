"""Generate the KB's state entities and CLDR state names from pycountry and Babel.

Which states exist (ISO 3166-1, from pycountry) and how CLDR writes their
names (from Babel's copy of CLDR) is generated, never typed by hand, so it
can be refreshed when either package updates and reviewed as a diff:

    python scripts/gen_kb_states.py            # (re)write the committed files
    python scripts/gen_kb_states.py --check    # exit 1 if they differ from a fresh run
    python scripts/gen_kb_states.py --out DIR  # write under DIR instead of src/bilateral

Files, relative to the package folder `src/bilateral` (or `--out`):

- `kb/data/entities/states.yaml`: every ISO 3166-1 entry, Kosovo (XKX) and
  the historical SUN, YUG, CSK, DDR; QIDs merged from the hand-written
  `kb/data/state_qids.yaml` (always read from this repository);
- `lang/<code>/kb_states.cldr.json` for every manifest language: the CLDR
  territory name of each state in that language;
- `kb/data/states_cldr_locales.tsv`: `id<TAB>locale<TAB>name` for every
  other CLDR locale Babel ships, without names already given for that id
  (case-insensitively) by a manifest file or an earlier locale.

Babel keeps only one name per territory: its CLDR importer drops the
`alt="short"` and `alt="variant"` forms (US, UK, Ivory Coast, Swaziland,
Turkey) whenever the default form exists, so the language files hold the
default CLDR name only; the hand-written `lang/<code>/kb_states.yaml`
supplies short, variant and historical names. CLDR has no names for the
retired codes SU, YU, DD, and CS there means Serbia and Montenegro, not
Czechoslovakia, so the historical states get no CLDR names at all.

Output is deterministic: ids sorted, indent 1, UTF-8, trailing newline.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import babel
import babel.localedata
import pycountry
import yaml
from babel import Locale

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "bilateral"
QIDS = PACKAGE / "kb" / "data" / "state_qids.yaml"

STATES_FILE = Path("kb", "data", "entities", "states.yaml")
LOCALES_FILE = Path("kb", "data", "states_cldr_locales.tsv")
LANG_FILENAME = "kb_states.cldr.json"

# Not in ISO 3166-1 (so not in pycountry) but KB states by actors.md:
# id -> (CLDR territory code or None, English name, historical).
EXTRA_STATES: dict[str, tuple[str, str | None, bool]] = {
    "XKX": ("XK", None, False),               # Kosovo: user-assigned XK in CLDR
    "SUN": ("SU", "Soviet Union", True),      # ISO 3166-3 retired codes
    "YUG": ("YU", "Yugoslavia", True),
    "CSK": ("CS", "Czechoslovakia", True),
    "DDR": ("DD", "East Germany", True),
}
HISTORICAL_WITHOUT_CLDR = {"SU", "YU", "CS", "DD"}

# ISO codes that ../shared/spec/actors.md gives to something else: there `NAM`
# is the Non-Aligned Movement (and the gold data uses it so), so Namibia,
# ISO `NAM`, takes `XNM` from the user-assigned range, as Kosovo takes XKX.
RENAMED = {"NAM": "XNM"}

# CLDR en.xml `alt="short"` territory names (Babel drops them; see above).
# The canonical English name takes the short form, except where it is an
# acronym (US, UK): "United States", "United Kingdom" stay.
EN_SHORT = {
    "BA": "Bosnia",
    "HK": "Hong Kong",
    "MM": "Myanmar",
    "MO": "Macao",
    "PS": "Palestine",
}


def manifest_codes() -> list[str]:
    from bilateral import lang

    return lang.codes()


def _fresh_locale(code: str) -> Locale:
    """`Locale(code)` read from disk again.

    Babel (up to at least 2.18) writes resolved aliases back into its shared
    locale-data cache (python-babel/babel#1234); clearing it makes every
    locale's names independent of which locales were read before.
    """
    babel.localedata._cache.clear()
    return Locale.parse(code)


def states() -> list[tuple[str, str]]:
    """(id, CLDR territory code) of every KB state, sorted by id."""
    pairs = {RENAMED.get(c.alpha_3, c.alpha_3): c.alpha_2 for c in pycountry.countries}
    for sid, (iso2, _, _) in EXTRA_STATES.items():
        assert sid not in pairs, f"{sid} is in pycountry now: drop it from EXTRA_STATES"
        pairs[sid] = iso2
    return sorted(pairs.items())


@cache
def territory_names(code: str) -> dict[str, list[str]]:
    """CLDR's names of the KB states in locale `code`: {id: [names]}.

    Cached per process (Babel's data does not change while it runs); callers
    must not modify the result.
    """
    table = _fresh_locale(code).territories
    names: dict[str, list[str]] = {}
    for sid, iso2 in states():
        if iso2 in HISTORICAL_WITHOUT_CLDR:
            continue
        name = table.get(iso2)
        if name and name != iso2:
            names[sid] = [unicodedata.normalize("NFC", str(name))]
    return names


def load_qids(path: Path = QIDS) -> dict[str, str]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = {sid for sid, _ in states()}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SystemExit(f"gen_kb_states: {path.name} has unknown ids: {', '.join(unknown)}")
    for sid, qid in raw.items():
        if not (isinstance(qid, str) and qid.startswith("Q") and qid[1:].isdigit()):
            raise SystemExit(f"gen_kb_states: bad QID for {sid}: {qid!r}")
    return dict(raw)


def render_states() -> str:
    english = territory_names("en")
    qids = load_qids()
    lines = [
        "# Generated by scripts/gen_kb_states.py from pycountry "
        f"{_pycountry_version()} and Babel {babel.__version__} (CLDR English names)",
        "# and kb/data/state_qids.yaml. Do not edit: change those and re-run.",
    ]
    for sid, iso2 in states():
        extra = EXTRA_STATES.get(sid)
        name = extra[1] if extra and extra[1] else EN_SHORT.get(iso2) or english[sid][0]
        entry: dict[str, Any] = {"id": sid, "kind": "state", "name": name, "iso2": iso2}
        if sid in qids:
            entry["qid"] = qids[sid]
        if extra and extra[2]:
            entry["historical"] = True
        lines.append(_yaml_entry(entry))
    return "\n".join(lines) + "\n"


def _yaml_entry(entry: dict[str, Any]) -> str:
    """One list item, keys in schema order, scalars quoted only when needed."""
    out = []
    for i, (key, value) in enumerate(entry.items()):
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000)
        text = text.removesuffix("\n...\n").rstrip("\n")
        out.append(("- " if i == 0 else "  ") + f"{key}: {text}")
    return "\n".join(out)


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def _json(data: Any) -> str:
    """JSON text: UTF-8 letters as they are, invisible characters escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return "".join(
        f"\\u{ord(c):04x}" if c != " " and unicodedata.category(c) in {"Cf", "Zs"} else c
        for c in text
    ) + "\n"


def render_language(code: str) -> str:
    return _json({"babel": babel.__version__, "names": territory_names(code)})


def other_locales() -> list[str]:
    """Every CLDR locale Babel ships except the manifest languages and root."""
    skip = set(manifest_codes()) | {"root"}
    return sorted(loc for loc in babel.localedata.locale_identifiers() if loc not in skip)


def render_locales() -> str:
    seen: dict[str, set[str]] = {}
    for code in manifest_codes():
        for sid, names in territory_names(code).items():
            seen.setdefault(sid, set()).update(n.casefold() for n in names)
    rows = []
    for loc in other_locales():
        for sid, names in territory_names(loc).items():
            for name in names:
                key = name.casefold()
                if key in seen.setdefault(sid, set()):
                    continue
                seen[sid].add(key)
                rows.append((sid, loc, name))
    rows.sort()
    header = "id\tlocale\tname\n"
    return header + "".join(f"{sid}\t{loc}\t{name}\n" for sid, loc, name in rows)


def outputs() -> dict[Path, Any]:
    """Relative path -> a function rendering its text."""
    files: dict[Path, Any] = {STATES_FILE: render_states, LOCALES_FILE: render_locales}
    for code in manifest_codes():
        files[Path("lang", code, LANG_FILENAME)] = lambda code=code: render_language(code)
    return files


def generate(out_dir: Path) -> list[Path]:
    """Write every output under `out_dir` (the package folder's layout)."""
    written = []
    for rel, render in outputs().items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def differences(committed_dir: Path = PACKAGE) -> list[str]:
    """Outputs under `committed_dir` that are missing or differ from a fresh generation."""
    stale = []
    for rel, render in outputs().items():
        path = committed_dir / rel
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != render():
            stale.append(rel.as_posix() + (" (missing)" if current is None else ""))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="report files that differ from a fresh generation; write nothing")
    parser.add_argument("--out", type=Path, default=PACKAGE,
                        help="package folder to write under (default src/bilateral)")
    args = parser.parse_args(argv)
    if args.check:
        stale = differences(args.out)
        for name in stale:
            print(f"differs from a fresh generation (babel {babel.__version__}, "
                  f"pycountry {_pycountry_version()}): {name}")
        return 1 if stale else 0
    for path in generate(args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
