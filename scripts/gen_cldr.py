"""Generate `src/bilateral/lang/<code>/cldr.json` from Babel's copy of CLDR.

What CLDR knows (month and weekday names, native digits, date patterns) is
generated, never typed by hand, so it can be refreshed when Babel updates
CLDR and reviewed as a diff. One file per manifest language:

    python scripts/gen_cldr.py            # (re)write the committed files
    python scripts/gen_cldr.py --check    # exit 1 if they differ from a fresh run
    python scripts/gen_cldr.py --out DIR  # write elsewhere (tests use this)

Output is deterministic: sorted keys, lists in calendar order (months from
January, weekdays from Monday), indent 1, UTF-8, trailing newline.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import babel
import babel.localedata
from babel import Locale
from babel.core import get_global

REPO = Path(__file__).resolve().parent.parent
LANG_DIR = REPO / "src" / "bilateral" / "lang"
FILENAME = "cldr.json"

# Date patterns and availableFormats skeletons worth keeping: full dates and
# month-year, by name and by number.
DATE_FORMATS = ("short", "medium", "long", "full")
SKELETONS = ("yMMMMd", "yMMMd", "yMd", "yMMMM", "yMMM", "yM")

# Digits of CLDR numbering systems. CLDR lists them in
# common/supplemental/numberingSystems.xml, which Babel does not ship; a
# decimal system is named here by the Unicode name of its zero and Unicode
# gives the other nine. A language whose native system is missing here makes
# the script fail loudly rather than write a file without its digits.
DIGIT_ZERO = {
    "arab": "ARABIC-INDIC DIGIT ZERO",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
    "beng": "BENGALI DIGIT ZERO",
    "deva": "DEVANAGARI DIGIT ZERO",
    "fullwide": "FULLWIDTH DIGIT ZERO",
    "thai": "THAI DIGIT ZERO",
}
# hanidec is positional but not Unicode Nd: 〇 then the ideographs for 1 to 9.
IDEOGRAPHIC_DIGITS = {"hanidec": "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"}


def manifest_codes() -> list[str]:
    from bilateral import lang

    return lang.codes()


def digits_of(system: str) -> str:
    """The ten digits of numbering system `system`, zero first."""
    if system in IDEOGRAPHIC_DIGITS:
        return IDEOGRAPHIC_DIGITS[system]
    if system not in DIGIT_ZERO:
        raise SystemExit(f"gen_cldr: no digits known for numbering system {system!r}; "
                         "add it to DIGIT_ZERO")
    zero = ord(unicodedata.lookup(DIGIT_ZERO[system]))
    digits = "".join(chr(zero + i) for i in range(10))
    assert [unicodedata.decimal(c) for c in digits] == list(range(10)), system
    return digits


def _fresh_locale(code: str) -> Locale:
    """`Locale(code)` read from disk again.

    Babel (up to at least 2.18) writes resolved aliases back into its shared
    locale-data cache, so after one locale's stand-alone months are read,
    another locale may get them (Urdu stand-alone months came out Chinese
    once Chinese had been read; python-babel/babel#1234). Clearing the cache
    makes every file independent of which locales were read before.
    """
    babel.localedata._cache.clear()
    return Locale(code)


def _names(table: Any, keys: range) -> list[str]:
    return [str(table[key]) for key in keys]


def _regional_months(code: str, months: dict[str, Any]) -> dict[str, list[str]]:
    """Wide month names of regional locales of `code` that differ from the main ones.

    Levantine and Iraqi Arabic name the months آذار, نيسان … where Egyptian
    and Gulf Arabic say مارس, أبريل …; news often writes both ("نوفمبر/تشرين
    الثاني"). Only locales whose names differ are kept.
    """
    known = {n for widths in months.values() for names in widths.values() for n in names}
    found: dict[str, list[str]] = {}
    for identifier in sorted(babel.localedata.locale_identifiers()):
        if not identifier.startswith(code + "_") or any(
            len(part) == 4 for part in identifier.split("_")  # another script (en_Shaw)
        ):
            continue
        names = _names(_fresh_locale(identifier).months["format"]["wide"], range(1, 13))
        if not set(names) <= known and names not in found.values():
            found[identifier] = names
            known.update(names)
    return found


def build(code: str) -> dict[str, Any]:
    """The cldr.json content of language `code`."""
    loc = _fresh_locale(code)
    months = {
        context: {width: _names(loc.months[context][width], range(1, 13))
                  for width in ("abbreviated", "wide")}
        for context in ("format", "stand-alone")
    }
    days = {  # Babel numbers weekdays from Monday = 0
        context: {width: _names(loc.days[context][width], range(7))
                  for width in ("abbreviated", "wide")}
        for context in ("format", "stand-alone")
    }
    regional = _regional_months(code, months)
    systems = {"default": loc.default_numbering_system}
    native = loc.other_numbering_systems.get("native")
    if native:
        systems["native"] = str(native)
    digits = {s: digits_of(s) for s in sorted(set(systems.values())) if s != "latn"}
    skeletons = loc.datetime_skeletons
    return {
        "babel": babel.__version__,
        "cldr": str(get_global("cldr")["version"]),
        "locale": str(loc),
        "months": months,
        "months_regional": regional,
        "days": days,
        "numbering_systems": systems,
        "digits": digits,
        "date_formats": {k: loc.date_formats[k].pattern for k in DATE_FORMATS},
        "skeletons": {k: skeletons[k].pattern for k in SKELETONS if k in skeletons},
    }


def render(code: str) -> str:
    """The file text: UTF-8 letters as they are, invisible characters escaped.

    CLDR patterns hold marks such as U+200F (right-to-left) and U+202F (narrow
    no-break space); written as escapes they stay visible in a review.
    """
    text = json.dumps(build(code), ensure_ascii=False, indent=1, sort_keys=True)
    return "".join(
        f"\\u{ord(c):04x}" if c != " " and unicodedata.category(c) in {"Cf", "Zs"} else c
        for c in text
    ) + "\n"


def generate(out_dir: Path) -> list[Path]:
    """Write `<out_dir>/<code>/cldr.json` for every manifest language."""
    written = []
    for code in manifest_codes():
        path = out_dir / code / FILENAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(code), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def differences(committed_dir: Path = LANG_DIR) -> list[str]:
    """Languages whose committed cldr.json is missing or differs from a fresh one."""
    stale = []
    for code in manifest_codes():
        path = committed_dir / code / FILENAME
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != render(code):
            stale.append(f"{code}/{FILENAME}" + (" (missing)" if current is None else ""))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="report files that differ from a fresh generation; write nothing")
    parser.add_argument("--out", type=Path, default=LANG_DIR, help="language data folder")
    args = parser.parse_args(argv)
    if args.check:
        stale = differences(args.out)
        for name in stale:
            print(f"differs from a fresh generation (babel {babel.__version__}): {name}")
        return 1 if stale else 0
    for path in generate(args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
