"""Character replacement at C speed, for the stages that map a few characters.

`str.translate` with a dict looks every character of the text up (under 20 M
characters/s on non-ASCII text, whatever the table holds); the stages only
ever map a few dozen characters (native digits, quotes, bidi marks, Arabic
letter variants), so finding which of them occur and replacing those is
several times faster.
"""

from __future__ import annotations

import re


class CharMap:
    """`str.translate` for a few characters, fast on any text:
    translate looks every character up in a dict (under 20 M characters/s on
    non-ASCII text) where a regex scan plus one `str.replace` per mapped
    character present runs at C speed."""

    __slots__ = ("_mapping", "_pattern", "_table")

    def __init__(self, mapping: dict[str, str]) -> None:
        self._mapping = {k: v for k, v in mapping.items() if k != v}
        chars = "".join(sorted(self._mapping))
        self._pattern = re.compile("[" + re.escape(chars) + "]") if chars else None
        # a replacement that is itself mapped would be replaced again: translate then
        chained = any(c in self._mapping for v in self._mapping.values() for c in v)
        self._table = str.maketrans(self._mapping) if chained else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        if self._table is not None:
            return text.translate(self._table)
        for char in set(self._pattern.findall(text)):
            text = text.replace(char, self._mapping[char])
        return text
