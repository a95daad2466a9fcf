"""Language data: the manifest and one folder of data files per language.

Language data is data (YAML/JSON/TXT), not Python literals. `xx/` holds
data shared by every language (as in spaCy's `lang/xx`).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
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
        return parse_yaml(text)
    if name.endswith(".json"):
        return json.loads(text)
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def parse_yaml(text: str) -> Any:
    """YAML → Python objects, through an on-disk cache keyed by the text's hash.

    The language data and the KB hold megabytes of YAML, and PyYAML builds
    every object in Python even over libyaml (about 2 s per process); a
    pickle of the same objects loads in a fraction of that. A changed file
    has a new hash, so the cache is never stale. `BILATERAL_CACHE` names
    the folder (default: the user cache folder); `BILATERAL_CACHE=off`, or a
    folder that cannot be written, parses every time.
    """
    folder = _cache_folder()
    if folder is None:
        return _parse(text)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    path = folder / f"{digest}.pickle"
    try:
        with path.open("rb") as cached:
            return pickle.load(cached)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        pass  # not cached yet, or unreadable: parse and (re)write it
    data = _parse(text)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return data


def _parse(text: str) -> Any:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def _cache_folder() -> Path | None:
    setting = os.environ.get("BILATERAL_CACHE", "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        base = Path(setting)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "bilateral"
    version = f"yaml{yaml.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return base / version
