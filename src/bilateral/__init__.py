"""bilateral: an evidence-backed knowledge graph of international relations.

    import bilateral
    with bilateral.open("news.duckdb") as kb:
        kb.ingest(["docs/"])
        kb.documents()

The API is imported lazily so that `bilateral --help` and the data
modules start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Bilateral", "Document", "__version__", "open"]

if TYPE_CHECKING:
    from bilateral.api import Bilateral, open
    from bilateral.document import Document


def __getattr__(name: str) -> Any:
    if name in ("Bilateral", "open"):
        from bilateral import api

        return getattr(api, name)
    if name == "Document":
        from bilateral.document import Document

        return Document
    raise AttributeError(f"module 'bilateral' has no attribute {name!r}")
