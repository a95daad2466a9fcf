"""Turkish extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active, passive
(tarafından) and nominal (…'ın …'a satışı) forms, polarity, modality, time,
money, quantity and equipment. Turkish marks roles with case endings after an
apostrophe (Hindistan'a, Rusya'dan) and puts the verb last; a negated verb is
one word (satmadı), and an ending joined without an apostrophe (Husilere) is no
marker: those cases are marked xfail.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "tr"

TYPES = [
    ("Finlandiya 4 Nisan 2023'te resmen NATO'ya katıldı.", "ALLIANCE", "FIN", "NATO"),
    (
        "Hindistan ve Vietnam askeri işbirliğini geliştirme konusunda anlaştı.",
        "MILITARY_COOPERATION",
        "IND",
        "VNM",
    ),
    ("Türkiye, Azerbaycan'a İHA sattı.", "ARMS_TRANSFER", "TUR", "AZE"),
    (
        "Türkiye ile Pakistan, MİLGEM korvetlerini ortaklaşa üretiyor.",
        "DEFENCE_INDUSTRY",
        "TUR",
        "PAK",
    ),
    (
        "Çin ve Pakistan Arap Denizi'nde ortak deniz tatbikatı düzenledi.",
        "JOINT_EXERCISE",
        "CHN",
        "PAK",
    ),
    ("Türkiye, Somali'ye askeri eğitim veriyor.", "TRAINING", "TUR", "SOM"),
    (
        "ABD, İsrail'e 3,8 milyar dolarlık askeri yardım sağladı.",
        "MILITARY_AID",
        "USA",
        "ISR",
    ),
    (
        "Çin, Sri Lanka'ya 1,5 milyar dolar kredi verdi.",
        "ECONOMIC_SUPPORT",
        "CHN",
        "LKA",
    ),
    ("Cibuti, Çin'e deniz üssü kurma izni verdi.", "BASING_LOGISTICS", "DJI", "CHN"),
    (
        "ABD ve İngiltere istihbarat paylaşımını artırma kararı aldı.",
        "INTELLIGENCE_SHARING",
        "USA",
        "GBR",
    ),
    (
        "Brezilya Devlet Başkanı Lula Nisan 2023'te Çin'i ziyaret etti.",
        "DIPLOMATIC_ENGAGEMENT",
        "BRA",
        "CHN",
    ),
    ("İran, Lübnan'daki Hizbullah'ı destekliyor.", "SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH"),
    ("Hindistan ile Pakistan arasındaki gerilim tırmanıyor.", "HOSTILITY", "IND", "PAK"),
    (
        "Etiyopya ile Eritre 1998-2000 yılları arasında savaştı.",
        "ARMED_CONFLICT",
        "ETH",
        "ERI",
    ),
    ("Avrupa Birliği, İran'a yeni yaptırımlar uyguladı.", "SANCTION_PRESSURE", "EU", "IRN"),
    (
        "Azerbaycan, Ermenistan'ı sınır köylerini bombalamakla suçladı.",
        "ACCUSATION",
        "AZE",
        "ARM",
    ),
    (
        "Suudi Arabistan ve İran Mart 2023'te diplomatik ilişkilerini yeniden kurdu.",
        "RAPPROCHEMENT",
        "SAU",
        "IRN",
    ),
    ("Fas, Cezayir ile diplomatik ilişkilerini kesti.", "ESTRANGEMENT", "MAR", "DZA"),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("Türkiye 1952'den beri NATO üyesi.", "ALLIANCE", "TUR", "NATO"),
        ("Finlandiya NATO'ya üye oldu.", "ALLIANCE", "FIN", "NATO"),
        ("Türkiye, Katar'da askeri üs kurdu.", "BASING_LOGISTICS", "QAT", "TUR"),
        ("Rusya, Ukrayna'ya saldırdı.", "ARMED_CONFLICT", "RUS", "UKR"),
        (
            "Kuzey Kore ile Güney Kore arasındaki ilişkiler kötüleşti.",
            "ESTRANGEMENT",
            "PRK",
            "KOR",
        ),
        ("Türkiye ile Ermenistan ilişkilerini normalleştirdi.", "RAPPROCHEMENT", "TUR", "ARM"),
        ("Çin, Filipinler'e baskı uyguluyor.", "SANCTION_PRESSURE", "CHN", "PHL"),
        (
            "ABD, Türkiye'ye 2 milyar dolarlık askeri yardım yaptı.",
            "MILITARY_AID",
            "USA",
            "TUR",
        ),
    ],
)
def test_more_forms(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_no_bloc_membership_through_a_non_nato_ally():
    found = affirmed("Pakistan, ABD'nin NATO dışı önemli müttefiki.", LANG)
    assert ("ALLIANCE", "PAK", "USA") in found
    assert key("ALLIANCE", "PAK", "NATO") not in found


def test_grant_of_a_base_is_read_one_way():
    found = affirmed(TYPES[8][0], LANG)
    assert ("BASING_LOGISTICS", "CHN", "DJI") not in found


def test_arms_to_an_armed_group_is_support_as_well():
    found = affirmed("İran, Hizbullah'a silah sağlıyor.", LANG)
    assert ("ARMS_TRANSFER", "IRN", "HEZBOLLAH") in found
    assert ("SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH") in found


@pytest.mark.xfail(
    strict=True,
    reason="engine (roles): a case ending joined without an apostrophe ('Husilere', to the "
    "Houthis) is no marker, so the nearer unmarked name is taken as the source (HOUTHIS→IRN)",
)
def test_dative_without_an_apostrophe():
    found = affirmed("İran, Husilere füze sağlıyor.", LANG)
    assert ("ARMS_TRANSFER", "IRN", "HOUTHIS") in found


def test_support_for_a_fight_against_a_group_is_no_support():
    text = "ABD, IŞİD'e karşı operasyonu destekliyor."
    assert not any(t == "SUPPORT_ARMED_GROUP" for t, _, _ in affirmed(text, LANG))


@pytest.mark.parametrize(
    "text",
    [
        "Rusya, Hindistan'a S-400 hava savunma sistemlerini teslim etti.",  # active, 'a
        "S-400 sistemleri Rusya tarafından Hindistan'a teslim edildi.",  # passive, tarafından
        "Rusya'nın Hindistan'a S-400 satışı tamamlandı.",  # nominal
        "Hindistan, Rusya'dan S-400 satın aldı.",  # the buyer as subject, 'dan
        "Hindistan, Rusya'dan S-400 teslim aldı.",  # the recipient as subject
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "IND") in found
    assert ("ARMS_TRANSFER", "IND", "RUS") not in found


def test_passive_with_both_endings():
    text = "S-400'ler Rusya'dan Türkiye'ye 2019'da teslim edildi."
    f = fact(text, LANG, "ARMS_TRANSFER", "RUS", "TUR")
    assert f.time is not None and f.time["start"] == "2019"


@pytest.mark.xfail(
    strict=True,
    reason="engine (roles): 'Somali askerlerini' — the name only modifies the noun that bears "
    "the ending; unmarked and nearest the verb, it is taken as the trainer (SOM→TUR)",
)
def test_name_modifying_the_trainees():
    text = "Türkiye, Somali askerlerini eğitiyor."
    assert ("TRAINING", "TUR", "SOM") in affirmed(text, LANG)


def test_denial_is_negation():
    text = "Rusya, İran'a Su-35 sattığı iddialarını reddetti."
    assert ("ARMS_TRANSFER", "RUS", "IRN", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "IRN") not in affirmed(text, LANG)


def test_negated_delivery():
    text = "Fransa, Rusya'ya Mistral gemilerini teslim etmedi."
    assert ("ARMS_TRANSFER", "FRA", "RUS", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "FRA", "RUS") not in affirmed(text, LANG)


def test_refusal_is_negation():
    text = "Almanya, Ukrayna'ya Taurus füzeleri göndermeyi reddetti."
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(text, LANG)


def test_negation_inside_the_verb():
    text = "Rusya, İran'a Su-35 satmadı."
    assert ("ARMS_TRANSFER", "RUS", "IRN", "negated") in triples(text, LANG)


def test_planned_sale():
    f = fact(
        "Güney Kore, Polonya'ya K2 tankı satmayı planlıyor.", LANG, "ARMS_TRANSFER", "KOR", "POL"
    )
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert [e["id"] for e in f.equipment] == ["k2"]


def test_future_tense_is_planned():
    text = "Türkiye ve Pakistan, önümüzdeki ay ortak tatbikat düzenleyecek."
    assert fact(text, LANG, "JOINT_EXERCISE", "TUR", "PAK").modality == "planned"


def test_attributed_claim_is_alleged_and_an_accusation():
    text = "ABD'li yetkililer, İran'ın Rusya'ya balistik füze gönderdiğini iddia etti."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_according_to_is_alleged():
    text = "Pentagon'a göre İran, Rusya'ya balistik füze gönderdi."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


@pytest.mark.xfail(
    strict=True,
    reason="engine (roles): the accusative of the accused ('İran'ı') and the dative of the "
    "recipient ('Rusya'ya') are both `to` and, side by side, coordinated; USA→RUS is made too",
)
def test_accused_and_recipient_are_not_coordinated():
    text = "ABD, İran'ı Rusya'ya İHA göndermekle suçladı."
    found = affirmed(text, LANG)
    assert ("ACCUSATION", "USA", "IRN") in found
    assert ("ACCUSATION", "USA", "RUS") not in found


def test_day_date_quantity_and_equipment():
    text = "Pakistan 12 Mart 2019'da Sri Lanka'ya 22 Al-Khalid tankı teslim etti."
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "LKA")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2019-03-12", "day")
    assert f.quantity == 22
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_month_date():
    f = fact(TYPES[10][0], LANG, "DIPLOMATIC_ENGAGEMENT", "BRA", "CHN")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04", "month")


def test_decade():
    text = "İsrail 1980'lerde Arjantin'e silah sattı."
    f = fact(text, LANG, "ARMS_TRANSFER", "ISR", "ARG")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range_with_a_dash():
    f = fact(TYPES[13][0], LANG, "ARMED_CONFLICT", "ETH", "ERI")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1998", "2000", "range")


def test_range_ile_arasinda():
    text = "Sovyetler Birliği 1977 ile 1991 yılları arasında Etiyopya'ya tank sağladı."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1991", "range")


def test_money_milyar_dolar():
    f = fact(TYPES[7][0], LANG, "ECONOMIC_SUPPORT", "CHN", "LKA")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.5e9), "USD")


def test_money_dolarlik():
    f = fact(
        "ABD, Türkiye'ye 2 milyar dolarlık askeri yardım yaptı.", LANG, "MILITARY_AID", "USA", "TUR"
    )
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(2e9), "USD")


def test_order_with_count_money_and_equipment():
    text = "Mısır, Fransa'dan 5,2 milyar avroya 24 Rafale savaş uçağı satın aldı."
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "EGY")
    assert f.quantity == 24
    assert [e["id"] for e in f.equipment] == ["rafale"]
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(5.2e9), "EUR")


def test_currency_names_no_party():
    text = "Türkiye ve Pakistan 1 milyar ABD doları değerinde savunma işbirliği anlaşması imzaladı."
    found = affirmed(text, LANG)
    assert key("MILITARY_COOPERATION", "TUR", "PAK") in found
    assert not any("USA" in (s, t) for _, s, t in found)


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    (
        "Güney Koreli yetkililere göre Kuzey Kore, Rusya'ya topçu mermisi gönderdi.",
        "PRK",
        "RUS",
        "KOR",
    ),
]

MODALITY_OFFERS = [
    ("Rusya, Endonezya'ya Su-35 savaş uçağı satmayı teklif etti.", "RUS", "IDN", "offered"),
    ("Ukrayna, Almanya'dan ek hava savunma sistemi talep etti.", "DEU", "UKR", "requested"),
    ("Kuzey Kore'nin Rusya'ya topçu mermisi gönderdiği iddia edildi.", "PRK", "RUS", "alleged"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)
