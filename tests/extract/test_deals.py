"""The other party of a deal (cues.yaml `with_markers`): "Egypt signed a contract with
France to buy 30 Rafale jets" — France is no subject of "buy", it takes the role the
frame leaves empty (the seller; the buyer in "… with Egypt to sell …")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

BUY = [
    ("en", "Egypt signed a contract with France to buy 30 Rafale jets."),
    ("fr", "L'Égypte a signé un contrat avec la France pour l'achat de 30 Rafale."),
    ("es", "Egipto firmó un contrato con Francia para comprar 30 cazas Rafale."),
    ("pt", "O Egito assinou um contrato com a França para comprar 30 caças Rafale."),
    ("de", "Ägypten unterzeichnete mit Frankreich einen Vertrag über den Kauf von 30 Rafale-Jets."),
    ("id", "Mesir menandatangani kontrak dengan Prancis untuk membeli 30 jet tempur Rafale."),
    ("hi", "मिस्र ने 30 राफेल विमान खरीदने के लिए फ्रांस के साथ अनुबंध पर हस्ताक्षर किए।"),
]

SELL = [
    ("en", "France signed a deal with Egypt to sell 30 Rafale jets."),
    ("fr", "La France a signé un accord avec l'Égypte pour vendre 30 Rafale."),
    ("es", "Francia firmó un acuerdo con Egipto para vender 30 cazas Rafale."),
    ("pt", "A França assinou um acordo com o Egito para vender 30 caças Rafale."),
    ("id", "Prancis menandatangani kesepakatan dengan Mesir untuk menjual 30 jet tempur Rafale."),
]


@pytest.mark.parametrize(("code", "text"), BUY + SELL)
def test_the_counterparty_takes_the_empty_role(code, text):
    found = affirmed(text, code)
    assert key("ARMS_TRANSFER", "FRA", "EGY") in found
    assert key("ARMS_TRANSFER", "EGY", "FRA") not in found
