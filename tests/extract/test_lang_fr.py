"""French extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active, passive
and nominal forms, polarity, modality, time, money, quantity and equipment.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "fr"

TYPES = [
    ("La Suède a officiellement adhéré à l'OTAN en mars 2024.", "ALLIANCE", "SWE", "NATO"),
    (
        "Le Brésil et l'Argentine ont signé un accord de coopération en matière de défense.",
        "MILITARY_COOPERATION",
        "BRA",
        "ARG",
    ),
    ("La Turquie a vendu des drones armés à l'Éthiopie en 2021.", "ARMS_TRANSFER", "TUR", "ETH"),
    (
        "La France et l'Inde vont produire conjointement des sous-marins Scorpène.",
        "DEFENCE_INDUSTRY",
        "FRA",
        "IND",
    ),
    (
        "L'Algérie et la Russie ont mené des exercices militaires conjoints dans le Sahara.",
        "JOINT_EXERCISE",
        "DZA",
        "RUS",
    ),
    ("La France a formé des officiers maliens pendant plusieurs années.", "TRAINING", "FRA", "MLI"),
    (
        "Les États-Unis ont accordé une aide militaire de 1,3 milliard de dollars à l'Égypte.",
        "MILITARY_AID",
        "USA",
        "EGY",
    ),
    (
        "La Chine a accordé un prêt de 1,5 milliard d'euros au Sénégal.",
        "ECONOMIC_SUPPORT",
        "CHN",
        "SEN",
    ),
    (
        "Le Niger a autorisé les États-Unis à utiliser une base aérienne près d'Agadez.",
        "BASING_LOGISTICS",
        "NER",
        "USA",
    ),
    (
        "La France et le Tchad ont renforcé le partage de renseignements sur les groupes armés.",
        "INTELLIGENCE_SHARING",
        "FRA",
        "TCD",
    ),
    (
        "Le président sénégalais s'est rendu en Mauritanie pour des entretiens avec son homologue.",
        "DIPLOMATIC_ENGAGEMENT",
        "SEN",
        "MRT",
    ),
    (
        "L'Iran soutient depuis longtemps le Hezbollah libanais.",
        "SUPPORT_ARMED_GROUP",
        "IRN",
        "HEZBOLLAH",
    ),
    ("Les tensions entre l'Algérie et le Maroc se sont aggravées.", "HOSTILITY", "DZA", "MAR"),
    (
        "L'Inde et le Pakistan se sont affrontés au Cachemire en 1999.",
        "ARMED_CONFLICT",
        "IND",
        "PAK",
    ),
    (
        "L'Union européenne a imposé de nouvelles sanctions à la Biélorussie.",
        "SANCTION_PRESSURE",
        "EU",
        "BLR",
    ),
    (
        "Le Rwanda a accusé la République démocratique du Congo de soutenir des rebelles.",
        "ACCUSATION",
        "RWA",
        "COD",
    ),
    (
        "L'Égypte et la Turquie ont normalisé leurs relations en 2023.",
        "RAPPROCHEMENT",
        "EGY",
        "TUR",
    ),
    (
        "Le Mali a rompu ses relations diplomatiques avec la France.",
        "ESTRANGEMENT",
        "MLI",
        "FRA",
    ),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "La Turquie a vendu 30 drones à l'Éthiopie l'an dernier.",  # active
        "Des drones ont été livrés à l'Éthiopie par la Turquie.",  # passive
        "La vente de 30 drones à l'Éthiopie par la Turquie a été confirmée.",  # nominal
        "L'Éthiopie a acheté des drones à la Turquie.",  # acheter X à Y: Y sells
        "L'Éthiopie a reçu des drones de la Turquie.",  # the recipient as subject
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "TUR", "ETH") in found
    assert ("ARMS_TRANSFER", "ETH", "TUR") not in found


def test_fronted_date_with_en():
    text = "En 2021, la Turquie a vendu des drones armés à l'Éthiopie."
    assert ("ARMS_TRANSFER", "TUR", "ETH") in affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "ETH", "TUR") not in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    ["Le Monténégro est membre de l'OTAN.", "Le Monténégro est devenu membre de l'OTAN en 2017."],
)
def test_bloc_membership(text):
    assert ("ALLIANCE", "MNE", "NATO") in affirmed(text, LANG)


def test_stationed_troops_are_basing():
    text = "Des troupes américaines sont stationnées en Pologne depuis 2017."
    assert ("BASING_LOGISTICS", "POL", "USA") in affirmed(text, LANG)


def test_negated_purchase():
    text = "L'Égypte a démenti avoir acheté des avions de combat à la Russie."
    assert ("ARMS_TRANSFER", "RUS", "EGY", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "EGY") not in affirmed(text, LANG)


def test_negated_delivery():
    text = "La France n'a pas livré les navires Mistral à la Russie."
    assert ("ARMS_TRANSFER", "FRA", "RUS", "negated") in triples(text, LANG)


def test_planned_supply():
    f = fact("Le Japon va fournir des radars aux Philippines.", LANG, "ARMS_TRANSFER", "JPN", "PHL")
    assert (f.polarity, f.modality) == ("affirmed", "planned")


def test_accusation_makes_the_claim_alleged():
    text = "Washington accuse l'Iran d'avoir fourni des drones à la Russie."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_selon_is_alleged():
    text = "Selon des responsables américains, l'Iran a fourni des drones à la Russie."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_selon_makes_an_accusation():
    text = "Selon des responsables américains, l'Iran a fourni des drones à la Russie."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_day_date_quantity_and_equipment():
    text = "Le Pakistan a livré 22 chars Al-Khalid au Sri Lanka le 12 mars 2019."
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "LKA")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2019-03-12", "day")
    assert f.quantity == 22
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_month_date():
    f = fact(TYPES[0][0], LANG, "ALLIANCE", "SWE", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2024-03", "month")


def test_decade():
    text = "Israël a vendu des armes à l'Argentine dans les années 1980."
    f = fact(text, LANG, "ARMS_TRANSFER", "ISR", "ARG")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range_de_a():
    text = "L'Union soviétique a livré des chars à l'Éthiopie de 1977 à 1990."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1990", "range")


def test_range_entre_et():
    text = "L'Union soviétique a livré des chars à l'Éthiopie entre 1977 et 1990."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1990", "range")


def test_money_milliard_d_euros():
    text = "La Chine a accordé un prêt de 1,5 milliard d'euros au Sénégal."
    f = fact(text, LANG, "ECONOMIC_SUPPORT", "CHN", "SEN")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.5e9), "EUR")


def test_money_milliard_de_dollars():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "EGY")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.3e9), "USD")


def test_order_with_price_quantity_and_equipment():
    text = "Le Qatar a commandé 24 avions Rafale à la France pour 6,3 milliards d'euros."
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "QAT")
    assert f.quantity == 24
    assert "rafale" in [e["id"] for e in f.equipment]
    assert f.value is not None and f.value["amount"] == pytest.approx(6.3e9)


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    (
        "Selon des responsables sud-coréens, "
        "la Corée du Nord a livré des obus d'artillerie à la Russie.",
        "PRK",
        "RUS",
        "KOR",
    ),
]

MODALITY_OFFERS = [
    ("La Russie a proposé de livrer des chasseurs Su-35 à l'Indonésie.", "RUS", "IDN", "offered"),
    (
        "L'Ukraine a demandé des systèmes de défense aérienne Patriot à l'Allemagne.",
        "DEU",
        "UKR",
        "requested",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)
