"""What a fight trigger says (`extract/events.py`), in every language: states that
fight a phenomenon (terrorism, piracy, drug trafficking) fight on the same side
(`cues.yaml` common_enemies: no ARMED_CONFLICT between them), a war that almost
happened is HOSTILITY (`near_miss`); a fight with an actor stays a conflict."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("code", "text", "a", "b"), SAME_SIDE)
def test_a_shared_fight_is_no_conflict(code, text, a, b):
    assert key("ARMED_CONFLICT", a, b) not in affirmed(text, code)


@pytest.mark.parametrize(("code", "text", "a", "b"), ENEMIES)
def test_a_fight_with_an_actor_is_a_conflict(code, text, a, b):
    assert key("ARMED_CONFLICT", a, b) in affirmed(text, code)


NEAR_MISSES = [
    ("en", "Iran and the Taliban almost went to war in 1998.", "IRN", "TALIBAN"),
    ("en", "India and China were on the brink of war in 2020.", "IND", "CHN"),
    ("vi", "Iran và Taliban suýt xảy ra chiến tranh năm 1998.", "IRN", "TALIBAN"),
    ("fr", "L'Inde et le Pakistan ont failli entrer en guerre en 2019.", "IND", "PAK"),
    ("es", "India y Pakistán estuvieron al borde de la guerra en 2019.", "IND", "PAK"),
    ("pt", "Índia e Paquistão estiveram à beira da guerra em 2019.", "IND", "PAK"),
    ("de", "Indien und Pakistan standen 2019 am Rande eines Krieges.", "IND", "PAK"),
    ("ru", "Индия и Пакистан оказались на грани войны в 2019 году.", "IND", "PAK"),
    ("tr", "Hindistan ve Pakistan 2019 yılında savaşın eşiğine geldi.", "IND", "PAK"),
    ("ar", "كادت الهند وباكستان أن تدخلا في حرب عام 2019.", "IND", "PAK"),
    ("fa", "هند و پاکستان در سال ۲۰۱۹ در آستانه جنگ قرار گرفتند.", "IND", "PAK"),
    ("ur", "بھارت اور پاکستان 2019 میں جنگ کے دہانے پر پہنچ گئے۔", "IND", "PAK"),
    ("hi", "भारत और पाकिस्तान 2019 में युद्ध के कगार पर पहुंच गए।", "IND", "PAK"),
    ("id", "India dan Pakistan berada di ambang perang pada 2019.", "IND", "PAK"),
    ("zh", "印度和巴基斯坦在2019年濒临战争。", "IND", "PAK"),
    ("ja", "インドとパキスタンは2019年に戦争寸前まで行った。", "IND", "PAK"),
    ("ko", "인도와 파키스탄은 2019년 전쟁 직전까지 갔다.", "IND", "PAK"),
]


@pytest.mark.parametrize(("code", "text", "a", "b"), NEAR_MISSES)
def test_a_war_that_almost_happened_is_hostility(code, text, a, b):
    found = affirmed(text, code)
    assert key("HOSTILITY", a, b) in found
    assert key("ARMED_CONFLICT", a, b) not in found


def test_nearly_counting_the_dead_is_still_a_war():
    text = "Nearly 500 soldiers died in clashes between India and China."
    assert key("ARMED_CONFLICT", "IND", "CHN") in affirmed(text, "en")


LABELLED_WARS = [
    ("en", "Pakistan backed NATO operations during the Bosnian war."),
    ("ar", "قدمت باكستان المساعدة لحلف الناتو طوال الحرب الأفغانية."),
    ("fr", "La France a soutenu l'Irak pendant la guerre iranienne."),
    ("es", "Cuba apoyó a Angola durante la guerra sudafricana."),
    ("ru", "Пакистан поддерживал США во время афганской войны."),
    ("de", "Pakistan unterstützte die USA während des afghanischen Krieges."),
    ("pt", "Portugal apoiou o Reino Unido durante a guerra afegã."),
]


@pytest.mark.parametrize(("code", "text"), LABELLED_WARS)
def test_a_war_named_by_one_nationality_pairs_nobody(code, text):
    assert not {f for f in affirmed(text, code) if f[0] == "ARMED_CONFLICT"}


def test_a_dashed_pair_of_nationalities_fought():
    text = "Pakistan backed the mujahideen during the Soviet-Afghan war."
    assert key("ARMED_CONFLICT", "SUN", "AFG") in affirmed(text, "en")


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Pakistan backed the mujahideen during the Soviet war in Afghanistan."),
        ("vi", "Quan hệ xấu đi khi cuộc chiến tranh Xô viết tại Afghanistan bắt đầu."),
        ("es", "Pakistán apoyó a los muyahidines durante la guerra soviética en Afganistán."),
    ],
)
def test_a_nationality_s_war_in_a_country_is_their_war(code, text):
    assert key("ARMED_CONFLICT", "SUN", "AFG") in affirmed(text, code)
