"""Errors a user can meet, written for them: what failed, where, what to do.

The CLI prints these as one line (no traceback unless --debug).
"""

from __future__ import annotations


class BilateralError(Exception):
    """Base class of every error bilateral reports to a user."""


class InputError(BilateralError):
    """One input (a file, a JSONL line) cannot be read; the others go on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(BilateralError):
    """The store cannot be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""
