"""Trigger conditions: a `negative_context` word counts where a word begins, in the
trigger's own clause (`engine._cancelled`)."""

from __future__ import annotations

from tests.extract.helpers import affirmed, key


def test_a_negative_word_inside_another_word_cancels_nothing():
    # ru TRAINING is cancelled by "учения" (drills), which is inside "обучения" (training)
    text = "Индийские военные прибыли в Россию для обучения."
    assert key("TRAINING", "RUS", "IND") in affirmed(text, "ru")


def test_a_negative_word_still_cancels_as_a_word():
    found = affirmed("Индия и Россия провели совместные учения.", "ru")
    assert key("JOINT_EXERCISE", "IND", "RUS") in found
    assert key("TRAINING", "RUS", "IND") not in found
