"""Boilerplate patterns: the schema of ``lang/*/boilerplate.yaml``, loading and compiling.

Every language folder has a ``boilerplate.yaml`` (``xx/`` holds the shared
entries). Each key below holds a list of strings; `SCHEMA` says whether
they are *literal* strings or *regexes*, how they are applied and which
reason a removal gets. The language of a document is not known when it is
cleaned, so the entries of all languages are merged and compiled once.

Literals are matched case-insensitively; a run of spaces matches any
whitespace, ``:`` also matches ``：`` with optional space before it (French
``Voir aussi :``), ``'`` also matches ``’`` and a ZWNJ is optional. Regexes
are Python `re` syntax, case-sensitive unless they say ``(?i:…)``, with
three extra classes usable inside or outside brackets: ``\\p{Lu}`` (upper-
case letters), ``\\p{Ll}`` (lowercase) and ``\\p{L}`` (any letter). They
must not use named groups or global inline flags; ``search`` and ``tail``
regexes must start with a literal character or ``^`` (so that `re` can
skip ahead quickly: write case variants as separate entries).

Modes (how a key is applied, always to one stripped line at a time):

* ``prefix``: matched at the start of the line; the whole line is removed
  when it is at most ``max_len`` characters long.
* ``line``: the whole line, normalised (case, spacing, a trailing colon, a
  trailing edit link), equals an entry.
* ``inline``: removed wherever it occurs.
* ``search``: found anywhere in a line of at most ``max_len`` characters;
  the whole line is removed.
* ``tail``: found in the last 100 characters of the line; the line is
  removed (a reference entry).
* ``strip``: matched at the start of the line; only the match is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bilateral.ingest.unglue import letter_class
from bilateral.lang import SHARED, codes, load_data

FILE = "boilerplate.yaml"


@dataclass(frozen=True, slots=True)
class KeySpec:
    kind: str  # "literal" | "regex"
    mode: str  # "prefix" | "line" | "inline" | "tail" | "strip"
    reason: str
    max_len: int | None = None


SCHEMA: dict[str, KeySpec] = {
    # wiki chrome
    "banners": KeySpec("literal", "prefix", "banner", 300),
    "banner_patterns": KeySpec("regex", "prefix", "banner", 300),  # "From X, the free ..."
    "template_prefixes": KeySpec("literal", "prefix", "template"),  # see clean.py
    "hatnotes": KeySpec("literal", "prefix", "hatnote", 400),
    "edit_links": KeySpec("literal", "inline", "edit-link"),
    "inline_notes": KeySpec("literal", "inline", "citation"),  # [citation needed]
    "citation_markers": KeySpec("regex", "inline", "citation"),  # [4], [a], [note 1]
    # a heading that starts a reference section (removed up to the next heading)
    "reference_headings": KeySpec("literal", "line", "references"),
    "reference_lines": KeySpec("regex", "prefix", "references", 2000),
    "retrieved": KeySpec("regex", "tail", "references", 2000),
    # site chrome
    "navigation": KeySpec("literal", "line", "navigation"),
    # a heading of a list of other articles: the short lines after it go too
    "related_headings": KeySpec("literal", "line", "navigation"),
    "navigation_prefixes": KeySpec("literal", "prefix", "navigation", 200),
    "navigation_lines": KeySpec("regex", "prefix", "navigation", 300),  # "A · B · C · D"
    "copyright": KeySpec("regex", "search", "copyright", 250),
    "cookies": KeySpec("regex", "search", "cookie", 600),
    "disclaimers": KeySpec("regex", "prefix", "disclaimer", 800),
    "caption_credits": KeySpec("regex", "prefix", "caption-credit", 200),
    # only among the first and last five non-blank lines of a document
    "bylines": KeySpec("regex", "prefix", "byline", 150),
    "datelines": KeySpec("regex", "strip", "dateline"),
}

# Order in which prefix-mode keys are tried on a line.
PREFIX_ORDER = (
    "banners",
    "banner_patterns",
    "template_prefixes",
    "hatnotes",
    "reference_lines",
    "disclaimers",
    "navigation_prefixes",
    "navigation_lines",
    "caption_credits",
    "bylines",
)
SEARCH_ORDER = ("copyright", "cookies")

_CLASS = re.compile(r"\\p\{(Lu|Ll|L)\}")
_CATEGORIES = {"Lu": "Lu", "Ll": "Ll", "L": "L"}


def expand_classes(pattern: str) -> str:
    """Replace ``\\p{Lu}``/``\\p{Ll}``/``\\p{L}`` by explicit character classes."""
    if "\\p{" not in pattern:
        return pattern
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        m = _CLASS.match(pattern, i)
        if m:
            body = letter_class(_CATEGORIES[m.group(1)])
            out.append(body if in_class else f"[{body}]")
            i = m.end()
            continue
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class and pattern[i - 1] != "[":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def literal_regex(text: str) -> str:
    """The regex for a literal entry (see the module docstring)."""
    out: list[str] = []
    for piece in re.split(r"(\s+|[:：]|['’]|\u200c|\|)", text.strip()):
        if not piece:
            continue
        if piece.isspace():
            out.append(r"\s+")
        elif piece in ":：":
            if out and out[-1] == r"\s+":
                out.pop()
            out.append(r"\s*[:：]")
        elif piece in "'’":
            out.append("['’]")
        elif piece == "\u200c":
            out.append("\u200c?")
        elif piece == "|":
            if out and out[-1] == r"\s+":
                out.pop()
            out.append(r"\s*\|")
        else:
            out.append(re.escape(piece))
    regex = "".join(out).replace(r"\|\s+", r"\|\s*")
    if regex.startswith(r"\["):
        regex = r"\[\s*" + regex[2:]
    if regex.endswith(r"\]"):
        regex = regex[:-2] + r"\s*\]"
    if text.strip()[-1:].isalnum():
        regex += r"(?!\w)"
    return regex


def literal_start(pattern: str) -> bool:
    """Whether a regex starts with a literal character or ``^``."""
    if pattern.startswith("^"):
        return True
    if pattern.startswith("\\"):
        return len(pattern) > 1 and not pattern[1].isalnum()
    return pattern[:1] not in ("", "[", "(", ".", "|", "*", "+", "?", "{", "$")


def normalize_line(text: str) -> str:
    """Normal form of a line for `line`-mode lookups."""
    text = " ".join(text.replace("’", "'").replace("\u200c", "").split())
    return text.rstrip(" :：.").casefold()


def validate(data: Any, where: str) -> list[str]:
    """Problems with the parsed content of one boilerplate.yaml (empty: valid)."""
    if not isinstance(data, dict):
        return [f"{where}: not a mapping"]
    problems: list[str] = []
    for key, entries in data.items():
        spec = SCHEMA.get(key)
        if spec is None:
            problems.append(f"{where}: unknown key {key!r}")
            continue
        if not isinstance(entries, list) or not all(isinstance(e, str) and e for e in entries):
            problems.append(f"{where}: {key} must be a list of non-empty strings")
            continue
        seen: set[str] = set()
        for entry in entries:
            norm = normalize_line(entry) if spec.kind == "literal" else entry
            if norm in seen:
                problems.append(f"{where}: {key}: duplicate {entry!r}")
            seen.add(norm)
            if spec.kind == "regex":
                if "(?P<" in entry:
                    problems.append(f"{where}: {key}: named group in {entry!r}")
                if spec.mode in ("search", "tail") and not literal_start(entry):
                    problems.append(f"{where}: {key}: {entry!r} must start with a literal")
                try:
                    re.compile(expand_classes(entry))
                except re.error as exc:
                    problems.append(f"{where}: {key}: {entry!r}: {exc}")
    return problems


def load_all() -> dict[str, dict[str, list[str]]]:
    """Parsed boilerplate.yaml of the shared folder and of every language."""
    out: dict[str, dict[str, list[str]]] = {}
    for code in [SHARED, *codes()]:
        data = load_data(code, FILE)
        if data is not None:
            out[code] = data
    return out


@dataclass(slots=True)
class Patterns:
    """All languages' boilerplate, compiled."""

    prefix: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    search: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    lines: dict[str, str] = field(default_factory=dict)  # normalised line -> key
    inline: dict[str, re.Pattern[str]] = field(default_factory=dict)
    inline_all: re.Pattern[str] | None = None  # every inline key, one regex
    retrieved: re.Pattern[str] | None = None
    datelines: re.Pattern[str] | None = None


def _entries(data: dict[str, dict[str, list[str]]], key: str) -> list[str]:
    merged: dict[str, None] = {}
    for per_lang in data.values():
        for entry in per_lang.get(key) or []:
            merged.setdefault(entry)
    return list(merged)


def _compile(key: str, entries: list[str], mode: str | None = None) -> re.Pattern[str] | None:
    if not entries:
        return None
    spec = SCHEMA[key]
    mode = mode or spec.mode
    if spec.kind == "literal":
        # Longest first, so "[edit | edit source]" wins over "[edit]".
        parts = [literal_regex(e) for e in sorted(entries, key=len, reverse=True)]
        return re.compile("|".join(parts), re.IGNORECASE)
    if mode in ("search", "tail"):  # keep the literal first characters visible
        return re.compile("|".join(expand_classes(e) for e in entries))
    return re.compile("|".join(f"(?:{expand_classes(e)})" for e in entries))


@cache
def patterns() -> Patterns:
    data = load_all()
    for code, per_lang in data.items():
        problems = validate(per_lang, f"lang/{code}/{FILE}")
        if problems:
            raise ValueError("; ".join(problems))
    pats = Patterns()
    for key in PREFIX_ORDER:
        compiled = _compile(key, _entries(data, key))
        if compiled is not None:
            pats.prefix.append((key, compiled))
    for key in SEARCH_ORDER:
        # Anchored entries are matched at the line start, the others searched:
        # one "^" branch would stop `re` from skipping ahead in the others.
        entries = _entries(data, key)
        anchored = _compile(key, [e[1:] for e in entries if e.startswith("^")], "prefix")
        if anchored is not None:
            pats.prefix.append((key, anchored))
        compiled = _compile(key, [e for e in entries if not e.startswith("^")])
        if compiled is not None:
            pats.search.append((key, compiled))
    for key in ("reference_headings", "related_headings", "navigation"):
        for entry in _entries(data, key):
            pats.lines.setdefault(normalize_line(entry), key)
    inline_parts: list[str] = []
    for key in ("edit_links", "inline_notes", "citation_markers"):
        compiled = _compile(key, _entries(data, key))
        if compiled is not None:
            pats.inline[key] = compiled
            flags = "(?i:" if SCHEMA[key].kind == "literal" else "(?:"
            inline_parts.append(f"(?P<{key}>{flags}{compiled.pattern}))")
    pats.inline_all = re.compile("|".join(inline_parts))
    pats.retrieved = _compile("retrieved", _entries(data, "retrieved"))
    pats.datelines = _compile("datelines", _entries(data, "datelines"))
    return pats
