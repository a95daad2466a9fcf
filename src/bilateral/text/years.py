"""The years a sentence speaks of: four-digit years and decades ("1970s", "'70s", "‘70").

Cheap and deliberately rough: it serves decisions that need only the era
of a sentence (which state an actor name stood for then), not a fact's
exact time, which `extract/attributes.py` reads.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<![0-9A-Za-z$€£.,/-])(1[89]\d\d|20\d\d)(?!\d)")
_SHORT_DECADE = re.compile(r"[‘'’](\d0)(?:s|-х|-е)?(?!\d)")


def years_in(text: str) -> list[int]:
    """Years named in `text`, in order; a two-digit decade counts as 19xx."""
    found = [(m.start(), int(m[1])) for m in _YEAR.finditer(text)]
    found += [(m.start(), 1900 + int(m[1])) for m in _SHORT_DECADE.finditer(text)]
    return [year for _, year in sorted(found)]
