"""A fact's attributes from its sentence: time, money, quantity.

Time lives in `extract/timex.py` (dates from CLDR, ranges, decades, years,
relative expressions, eras of named events), money and counts in
`extract/money.py`; the language knowledge of both is data
(`lang/<code>/dates.yaml`, `lang/<code>/amounts.yaml`, `lang/xx/`). This
module keeps the names the engine and the tests import.
"""

from __future__ import annotations

from bilateral.extract.money import MONEY_WINDOW, find_money, find_quantity
from bilateral.extract.timex import Time, find_time, time_candidates

__all__ = ["MONEY_WINDOW", "Time", "find_money", "find_quantity", "find_time", "time_candidates"]
