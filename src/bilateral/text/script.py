"""Which writing system a piece of text is in.

Language identification first narrows the candidates by script: Cyrillic
text among our languages is Russian, Hangul is Korean, Kana is Japanese.
Only same-script candidates (Arabic/Persian/Urdu, the Latin languages)
need a statistical model, which is both faster and more accurate.
"""

from __future__ import annotations

import re
from collections import Counter

# Unicode blocks of the scripts the manifest names. Order matters only for ties.
_SCRIPT_PATTERNS: dict[str, re.Pattern[str]] = {
    "Latin": re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]"),
    "Arabic": re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"),
    "Cyrillic": re.compile(r"[\u0400-\u04FF\u0500-\u052F]"),
    "Devanagari": re.compile(r"[\u0900-\u097F]"),
    "Han": re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]"),
    "Kana": re.compile(r"[\u3040-\u30FF\u31F0-\u31FF]"),
    "Hangul": re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF\u3130-\u318F]"),
}


def script_counts(text: str) -> Counter[str]:
    """Letters per script in `text`."""
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPT_PATTERNS.items():
        n = len(pattern.findall(text))
        if n:
            counts[name] = n
    return counts


def dominant_script(text: str) -> tuple[str | None, int]:
    """The script with the most letters in `text`, and the number of letters."""
    counts = script_counts(text)
    if not counts:
        return None, 0
    # Japanese mixes Han and Kana; any real share of Kana makes it Kana.
    if counts.get("Kana", 0) * 10 >= counts.get("Han", 0) and counts.get("Kana"):
        counts["Kana"] += counts.pop("Han", 0)
    if counts.get("Hangul") and counts.get("Han"):
        counts["Hangul"] += counts.pop("Han")
    name, _ = counts.most_common(1)[0]
    return name, sum(counts.values())
