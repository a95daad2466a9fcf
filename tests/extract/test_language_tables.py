"""The tables of sentences that test one rule in every language cover every language
of the manifest (a language added to languages.yaml must bring its sentences)."""

from __future__ import annotations

import pytest

from bilateral import lang
from tests.extract import (
    test_accusations,
    test_directions,
    test_events,
    test_lists,
    test_mediators,
    test_visits,
)

TABLES = {
    "common enemies": test_events.SAME_SIDE,
    "near misses": test_events.NEAR_MISSES,
    "received from": test_directions.RECEIVED,
    "nominal purchases": test_directions.PURCHASES,
    "visits": test_visits.VISITS,
    "lists": test_lists.LISTS,
    "mediators": test_mediators.MEDIATED,
    "accusations": test_accusations.ACCUSATIONS,
    "arms to an armed group": test_directions.SUPPLIES,
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_table_covers_every_language(name):
    assert {case[0] for case in TABLES[name]} == set(lang.codes())
