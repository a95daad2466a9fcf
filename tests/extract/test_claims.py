"""An actor right after a later trigger in another list item or clause is that
trigger's argument, not a partner of an earlier one (`engine._not_claimed`):
"military cooperation, training and arms sales to Somalia" sells arms to Somalia
but makes it no partner in the cooperation."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

LISTS = [
    (
        "en",
        "Turkey and Qatar expanded military cooperation, joint training and arms sales to Somalia.",
    ),
    (
        "fr",
        "La Turquie et le Qatar ont élargi leur coopération militaire, la formation et les ventes "
        "d'armes à la Somalie.",
    ),
    (
        "es",
        "Turquía y Catar ampliaron su cooperación militar, el entrenamiento y la venta de armas "
        "a Somalia.",
    ),
    (
        "pt",
        "A Turquia e o Catar ampliaram a cooperação militar, o treino e a venda de armas "
        "à Somália.",
    ),
    (
        "de",
        "Die Türkei und Katar bauten ihre militärische Zusammenarbeit, die Ausbildung und "
        "Waffenlieferungen an Somalia aus.",
    ),
    (
        "ru",
        "Турция и Катар расширили военное сотрудничество, подготовку кадров и поставки оружия "
        "в Сомали.",
    ),
    (
        "id",
        "Turki dan Qatar memperluas kerja sama militer, pelatihan dan penjualan senjata "
        "kepada Somalia.",
    ),
    ("vi", "Thổ Nhĩ Kỳ và Qatar mở rộng hợp tác quân sự, huấn luyện và bán vũ khí cho Somalia."),
]


@pytest.mark.parametrize(("code", "text"), LISTS)
def test_the_last_item_keeps_its_own_argument(code, text):
    found = affirmed(text, code)
    assert key("MILITARY_COOPERATION", "TUR", "QAT") in found
    assert key("ARMS_TRANSFER", "TUR", "SOM") in found
    assert key("MILITARY_COOPERATION", "TUR", "SOM") not in found
    assert key("MILITARY_COOPERATION", "QAT", "SOM") not in found


def test_one_clause_shares_its_actors():
    # "bewaffnete" is a trigger of its own, but in the same clause as "verkaufte"
    text = "Die Türkei verkaufte 2021 bewaffnete Drohnen an Äthiopien."
    assert key("ARMS_TRANSFER", "TUR", "ETH") in affirmed(text, "de")
