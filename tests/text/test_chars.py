"""CharMap must do exactly what str.translate does, only faster."""

from __future__ import annotations

import random
import sys

import pytest

from bilateral.kb.normalize import _ARABIC_FOLDS, _DASHES, _DIGITS, _SPACE_LIKE, _fold
from bilateral.text.chars import CharMap


def _table() -> dict[int, str]:
    """The normalisation's definition, one character at a time (the slow reference)."""
    table: dict[int, str] = {}
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF and len(chr(code).lower()) == 1:
            table[code] = chr(code).lower()
    table[ord("İ")] = "i"
    table.update({ord(c): " " for c in _SPACE_LIKE + _DASHES})
    table.update({ord(c): t for c, t in _ARABIC_FOLDS.items()})
    table.update({ord(c): str(i % 10) for i, c in enumerate(_DIGITS)})
    table.update({ord(c): "'" for c in "’‘ʼ`´"})
    return table


SAMPLES = [
    "Hà Nội – ngày 12/3, Việt Nam mua 64 xe tăng T-90S",
    "وقّعت المملكة العربية السعودية صفقة بقيمة ١٫٥ مليار دولار",
    "پاکستان نے ۲۰۲۳ میں چین سے جنگی جہاز خریدے",
    "ISTANBUL’da İHA ve SİHA teslimatı “başladı”",
    "ΣΟΦΟΣ Σ\u00a0and\u2009thin\u3000spaces\ttabs\nlines",
    "भारत ने २०२४ में श्रीलंका को प्रशिक्षण दिया",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_a_map_is_translate(text):
    mapping = {"٫": ".", "۲": "2", "٥": "5", "’": "'", "“": '"', "\u200f": ""}
    assert CharMap(mapping)(text) == text.translate(str.maketrans(mapping))


def test_chained_replacements_are_not_applied_twice():
    mapping = {"a": "b", "b": "c"}
    assert CharMap(mapping)("abba") == "bccb"


def test_the_fold_is_the_one_character_table_on_any_text():
    # lower + a few replaces == the full per-character table (but for the final sigma,
    # which str.lower writes ς and the fold then makes σ, as the table always did)
    rng = random.Random(7)
    blocks = [(0x20, 0x2FF), (0x370, 0x4FF), (0x600, 0x6FF), (0x900, 0x97F), (0x1E00, 0x206F)]
    texts = list(SAMPLES)
    for _ in range(300):
        texts.append(
            "".join(chr(rng.randint(*rng.choice(blocks))) for _ in range(rng.randint(1, 40)))
        )
    table = _table()
    for text in texts:
        assert _fold(text) == text.translate(table).replace("ς", "σ"), repr(text)
