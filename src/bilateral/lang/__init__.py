"""Language data: the manifest and one folder of data files per language.

Language data is data (YAML/JSON/TXT), not Python literals. `xx/` holds
data shared by every language (as in spaCy's `lang/xx`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

SHARED = "xx"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    scripts: tuple[str, ...]
    spaces: bool = True
    order: str = "SVO"  # SOV: negation and tense follow the verb
    nouns: str = "plain"  # "capitalised" where every noun is (German)


@cache
def languages() -> tuple[Language, ...]:
    """The supported languages, in manifest order."""
    raw = yaml.safe_load(_root().joinpath("languages.yaml").read_text(encoding="utf-8"))
    return tuple(
        Language(
            code=entry["code"],
            name=entry["name"],
            scripts=tuple(entry["scripts"]),
            spaces=bool(entry.get("spaces", True)),
            order=str(entry.get("order", "SVO")),
            nouns=str(entry.get("nouns", "plain")),
        )
        for entry in raw["languages"]
    )


def codes() -> list[str]:
    return [lang.code for lang in languages()]


def get(code: str) -> Language:
    for lang in languages():
        if lang.code == code:
            return lang
    raise KeyError(f"unsupported language {code!r}; supported: {', '.join(codes())}")


def _root() -> Any:
    return resources.files(__name__)


def data_file(code: str, name: str) -> Any | None:
    """The data file `name` of language `code` (a Traversable), or None."""
    path = _root().joinpath(code, name)
    return path if path.is_file() else None


@cache
def load_data(code: str, name: str) -> Any:
    """Parsed content of a language data file (YAML, JSON or one-item-a-line TXT).

    Returns None when the language has no such file.
    """
    path = data_file(code, name)
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    if name.endswith((".yaml", ".yml")):
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if name.endswith(".json"):
        return json.loads(text)
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
