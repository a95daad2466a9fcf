"""States that fight a phenomenon (terrorism, piracy, drug trafficking) fight on the
same side: no ARMED_CONFLICT between them (`cues.yaml` common_enemies), in every
language; a fight with an actor stays a conflict."""

from __future__ import annotations

import pytest

from bilateral import lang
from tests.extract.helpers import affirmed, key

SAME_SIDE = [
    ("en", "India and the United States fight terrorism together.", "IND", "USA"),
    ("en", "Pakistan and NATO cooperated in fighting insurgency in Afghanistan.", "NATO", "PAK"),
    ("fr", "La France et le Mali combattent le terrorisme au Sahel.", "FRA", "MLI"),
    ("es", "Colombia y Estados Unidos luchan contra el narcotráfico.", "COL", "USA"),
    ("pt", "O Brasil e o Paraguai combatem o narcotráfico na fronteira.", "BRA", "PRY"),
    ("de", "Deutschland und Frankreich kämpfen gegen den Terrorismus.", "DEU", "FRA"),
    ("ru", "Россия и Таджикистан ведут войну с терроризмом.", "RUS", "TJK"),
    ("tr", "Türkiye ve Azerbaycan teröristlerle çatışıyor.", "TUR", "AZE"),
    ("ar", "تحارب مصر والسعودية الإرهاب معا.", "EGY", "SAU"),  # VSO: the subjects follow
    ("fa", "ایران و عراق علیه تروریسم جنگیدند.", "IRN", "IRQ"),
    ("ur", "پاکستان اور چین دہشت گردی کے خلاف لڑ رہے ہیں۔", "PAK", "CHN"),
    ("hi", "भारत और अमेरिका आतंकवाद से लड़ रहे हैं।", "IND", "USA"),
    ("vi", "Việt Nam và Lào cùng chiến đấu chống khủng bố.", "VNM", "LAO"),
    ("id", "Indonesia dan Malaysia bertempur melawan perompak.", "IDN", "MYS"),
    ("zh", "中国与巴基斯坦在反恐战争中并肩作战。", "CHN", "PAK"),
    ("ja", "日本と米国はテロとの戦争を続けている。", "JPN", "USA"),
    ("ko", "한국과 미국은 테러와의 전쟁에서 협력한다.", "KOR", "USA"),
]

ENEMIES = [
    ("en", "India fought a war against Pakistan in 1971.", "IND", "PAK"),
    ("en", "Pakistani militants attacked Indian troops in Kashmir.", "PAK", "IND"),
    (
        "vi",
        "Nepal chiến đấu với cuộc nổi dậy Maoist.",
        "NPL",
        "CPN_MAOIST",
    ),  # the insurgency's name
    ("ar", "حاربت مصر إسرائيل عام 1973.", "EGY", "ISR"),
    ("ja", "インドとパキスタンは1971年に戦った。", "IND", "PAK"),
    ("tr", "Azerbaycan ile Ermenistan 2020 yılında savaştı.", "AZE", "ARM"),
]


def test_every_language_is_covered():
    assert {code for code, *_ in SAME_SIDE} == set(lang.codes())


@pytest.mark.parametrize(("code", "text", "a", "b"), SAME_SIDE)
def test_a_shared_fight_is_no_conflict(code, text, a, b):
    assert key("ARMED_CONFLICT", a, b) not in affirmed(text, code)


@pytest.mark.parametrize(("code", "text", "a", "b"), ENEMIES)
def test_a_fight_with_an_actor_is_a_conflict(code, text, a, b):
    assert key("ARMED_CONFLICT", a, b) in affirmed(text, code)
