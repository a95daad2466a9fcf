"""Actor mentions in every manifest language, through the real pipeline.

The cases live in `tests/kb/cases/<code>.yaml`: sentences written for these
tests (news-like, one to three sentences), each with every mention it must
give as [span, KB id, endpoint, kind], so that a missing form and a false
link both fail. They go through paragraph and sentence splitting and
`find_mentions` with the built-in KB.

- `mentions`: per language a state by its name (inflected where the language
  inflects), a demonym, clitics (Arabic script), an organisation or armed
  group, a generic agent resolved to its state, a named service, a person, a
  capital used for the state, a pair phrase ("the two countries") and
  negatives (words that look like names but are not actors);
- `not_a_party`: phrases holding a state's name that are not that state
  (kb_blockers.yaml: currencies, seas, مالی 'financial'), the sentence-initial
  rule of matcher.yaml, and common news spellings of kb_states.yaml;
- `equipment`: well-known systems written in the language's own script.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bilateral import lang
from bilateral.kb.mentions import find_mentions
from tests.documents import document

CASES_DIR = Path(__file__).parent / "cases"
SECTIONS = ("mentions", "not_a_party", "equipment")
Found = tuple[str, str, str | None, str]  # (span, KB id, endpoint, kind)


@cache
def cases(code: str) -> dict[str, list[dict[str, Any]]]:
    data = yaml.safe_load((CASES_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    return {section: data.get(section) or [] for section in SECTIONS}


def _found(text: str, code: str) -> list[Found]:
    doc = document(text, code)
    assert all(p.kind == "body" for p in doc.paragraphs), "test texts are body paragraphs"
    return [(m.text, m.actor_id, m.endpoint, m.kind) for m in find_mentions(doc)]


def _params(section: str):
    for code in lang.codes():
        for case in cases(code)[section]:
            yield pytest.param(code, case, id=f"{code}-{case['name']}")


def test_every_manifest_language_has_a_case_file():
    assert {p.stem for p in CASES_DIR.glob("*.yaml")} == set(lang.codes())


@pytest.mark.parametrize("code", lang.codes())
def test_case_file_schema(code):
    data = yaml.safe_load((CASES_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    assert set(data) <= set(SECTIONS), code
    names = [case["name"] for section in SECTIONS for case in data.get(section) or []]
    assert len(names) == len(set(names)), f"{code}: duplicate case names"
    for section in SECTIONS:
        for case in data.get(section) or []:
            assert set(case) == {"name", "text", "expected"}, case
            assert all(len(found) == 4 for found in case["expected"]), case["name"]


@pytest.mark.parametrize("code", lang.codes())
def test_each_language_has_enough_cases(code):
    mentions = cases(code)["mentions"]
    assert len(mentions) >= 4, code
    negatives = [c for c in mentions if not c["expected"] or "not" in c["name"]]
    pairs = [c for c in mentions if any(f[3] == "coreference" for f in c["expected"])]
    assert negatives and pairs, code
    assert cases(code)["not_a_party"], code


@pytest.mark.parametrize(("code", "case"), list(_params("mentions")))
def test_mentions(code, case):
    assert _found(case["text"], code) == [tuple(f) for f in case["expected"]]


@pytest.mark.parametrize(("code", "case"), list(_params("not_a_party")))
def test_not_a_party(code, case):
    assert _found(case["text"], code) == [tuple(f) for f in case["expected"]]


@pytest.mark.parametrize(("code", "case"), list(_params("equipment")))
def test_native_equipment_names(code, case):
    assert _found(case["text"], code) == [tuple(f) for f in case["expected"]]
