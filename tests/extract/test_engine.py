"""Engine mechanics on English sentences written for these tests."""

from __future__ import annotations

from bilateral.document import Document
from bilateral.pipeline import process


def facts(text: str, lang: str = "en") -> set[tuple[str, str, str, str]]:
    doc = process(Document(name="t.txt", raw_text=f"Defence news\n\n{text}", lang_hint=lang))
    return {(f.type, f.source, f.target, f.polarity) for f in doc.facts}


def test_coordinated_parties_each_make_a_fact():
    found = facts("Both France and Italy supplied air defence missiles to Ukraine in 2023.")
    assert ("ARMS_TRANSFER", "FRA", "UKR", "affirmed") in found
    assert ("ARMS_TRANSFER", "ITA", "UKR", "affirmed") in found


def test_a_place_is_not_a_party():
    found = facts("Chile and Peru held a joint naval exercise in Ecuador in March 2022.")
    assert ("JOINT_EXERCISE", "CHL", "PER", "affirmed") in found
    assert not any("ECU" in (f[1], f[2]) for f in found)


def test_a_named_war_is_not_a_war_between_the_parties_of_the_sentence():
    found = facts("India and Japan both remember the Korean War as a turning point.")
    assert not any(f[0] == "ARMED_CONFLICT" for f in found)


def test_negation_before_the_trigger():
    found = facts("Egypt denied that it bought fighter jets from Russia.")
    assert ("ARMS_TRANSFER", "RUS", "EGY", "negated") in found


def test_no_party_no_fact():
    assert facts("Officials said the exercise went well and the weather was fine.") == set()
