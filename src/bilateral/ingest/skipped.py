"""What a reader yields for an input it cannot turn into a document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out, with a reason a user can act on.

    `source` names the file (and line for JSONL); `reason` is one short
    clause such as "empty file" or "PDF is encrypted".
    """

    source: str
    reason: str

    def message(self) -> str:
        return f"{self.source}: {self.reason}"
