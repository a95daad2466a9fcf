"""Role frames where the language marks more than word order says (`extract/frames.py`):
the ergative subject of Hindi and Urdu (ने/نے) is the one who acts, even when other
names stand between it and the verb, and it covers the list it closes."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

ERGATIVE = [
    ("hi", "यूरोपीय संघ ने ईरान की सैन्य मदद के कारण रूस पर प्रतिबंध लगाए।"),
    ("ur", "یورپی یونین نے ایران کی فوجی مدد کی وجہ سے روس پر پابندیاں لگائیں۔"),
]


@pytest.mark.parametrize(("code", "text"), ERGATIVE)
def test_the_ergative_subject_acts(code, text):
    found = affirmed(text, code)
    assert key("SANCTION_PRESSURE", "EU", "RUS") in found
    assert key("SANCTION_PRESSURE", "IRN", "RUS") not in found


def test_the_ergative_covers_its_list():
    text = "फ्रांस, जर्मनी और इटली ने यूक्रेन को टैंक भेजे।"
    found = affirmed(text, "hi")
    assert all(key("ARMS_TRANSFER", a, "UKR") in found for a in ("FRA", "DEU", "ITA"))
