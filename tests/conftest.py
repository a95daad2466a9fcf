"""Shared fixtures: where the repository's examples and ../shared live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def examples_dir() -> Path:
    return REPO / "examples"


@pytest.fixture
def dev_docs() -> Path:
    """The development documents; tests that need them skip when ../shared is absent."""
    path = SHARED / "eval" / "dev" / "docs"
    if not path.is_dir():
        pytest.skip("../shared/eval/dev is not checked out beside the repository")
    return path
