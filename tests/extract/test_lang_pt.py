"""Portuguese extraction through the whole pipeline, on news-style sentences written for the tests.

Brazilian and European usage. Every relation type of the ontology once, role
direction in active, passive and nominal forms, the compound "tem/têm +
participle", polarity, modality, time, money, quantity and equipment.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "pt"

TYPES = [
    ("A Suécia ingressou oficialmente na OTAN em março de 2024.", "ALLIANCE", "SWE", "NATO"),
    (
        "Brasil e Argentina assinaram um acordo de cooperação em defesa.",
        "MILITARY_COOPERATION",
        "BRA",
        "ARG",
    ),
    ("A Turquia vendeu drones armados à Etiópia em 2021.", "ARMS_TRANSFER", "TUR", "ETH"),
    (
        "O Brasil e a Suécia vão produzir em conjunto caças Gripen.",
        "DEFENCE_INDUSTRY",
        "BRA",
        "SWE",
    ),
    (
        "Portugal e Espanha realizaram exercícios militares conjuntos no Atlântico.",
        "JOINT_EXERCISE",
        "PRT",
        "ESP",
    ),
    ("Portugal formou militares angolanos durante anos.", "TRAINING", "PRT", "AGO"),
    (
        "Os Estados Unidos concederam uma ajuda militar de US$ 2 bilhões à Ucrânia.",
        "MILITARY_AID",
        "USA",
        "UKR",
    ),
    (
        "A China concedeu um empréstimo de US$ 2 bilhões a Angola.",
        "ECONOMIC_SUPPORT",
        "CHN",
        "AGO",
    ),
    (
        "Os Estados Unidos mantêm tropas estacionadas na Polônia.",
        "BASING_LOGISTICS",
        "POL",
        "USA",
    ),
    (
        "O Brasil e o Paraguai decidiram partilhar informações de inteligência "
        "sobre o tráfico de armas.",
        "INTELLIGENCE_SHARING",
        "BRA",
        "PRY",
    ),
    ("O presidente Lula visitou a China em abril de 2023.", "DIPLOMATIC_ENGAGEMENT", "BRA", "CHN"),
    (
        "O Irão tem apoiado o Hezbollah libanês há décadas.",
        "SUPPORT_ARMED_GROUP",
        "IRN",
        "HEZBOLLAH",
    ),
    ("As tensões entre a Venezuela e a Guiana aumentaram.", "HOSTILITY", "VEN", "GUY"),
    ("A Rússia invadiu a Ucrânia em fevereiro de 2022.", "ARMED_CONFLICT", "RUS", "UKR"),
    ("A União Europeia impôs novas sanções à Rússia.", "SANCTION_PRESSURE", "EU", "RUS"),
    ("A Colômbia acusou a Venezuela de abrigar guerrilheiros.", "ACCUSATION", "COL", "VEN"),
    (
        "Cuba e os Estados Unidos restabeleceram relações diplomáticas em julho de 2015.",
        "RAPPROCHEMENT",
        "CUB",
        "USA",
    ),
    ("A Bolívia rompeu relações diplomáticas com Israel em 2023.", "ESTRANGEMENT", "BOL", "ISR"),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


# "tem/têm + participle": something that has been going on
COMPOUND = [
    ("O Irão tem financiado o Hamas.", "SUPPORT_ARMED_GROUP", "IRN", "HAMAS"),
    ("Os Estados Unidos têm treinado militares colombianos.", "TRAINING", "USA", "COL"),
    ("A China tem acusado os Estados Unidos de interferência.", "ACCUSATION", "CHN", "USA"),
    ("Os Estados Unidos têm sancionado a Venezuela.", "SANCTION_PRESSURE", "USA", "VEN"),
    (
        "A Índia e o Brasil têm partilhado informações de inteligência.",
        "INTELLIGENCE_SHARING",
        "IND",
        "BRA",
    ),
    (
        "O ministro brasileiro tem visitado a China com frequência.",
        "DIPLOMATIC_ENGAGEMENT",
        "BRA",
        "CHN",
    ),
    ("A Rússia tem bombardeado a Ucrânia.", "ARMED_CONFLICT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "type_name", "source", "target"), COMPOUND)
def test_compound_with_ter(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_irao_is_iran_not_a_future():
    f = fact(TYPES[11][0], LANG, "SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH")
    assert f.modality == "actual"
    text = "Os Estados Unidos irão fornecer mísseis ao Irão."
    assert fact(text, LANG, "ARMS_TRANSFER", "USA", "IRN").modality == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "A Turquia vendeu 30 drones à Etiópia no ano passado.",  # active
        "Em 2021, a Turquia vendeu drones armados à Etiópia.",  # fronted date
        "Os drones foram fornecidos à Etiópia pela Turquia.",  # passive
        "A venda de 30 drones à Etiópia pela Turquia foi confirmada.",  # nominal
        "A Etiópia comprou drones da Turquia.",  # the buyer as subject
        "A Etiópia recebeu drones da Turquia.",  # the recipient as subject
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "TUR", "ETH") in found
    assert ("ARMS_TRANSFER", "ETH", "TUR") not in found


def test_negated_purchase():
    text = "O Egito negou ter comprado caças da Rússia."
    assert ("ARMS_TRANSFER", "RUS", "EGY", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "EGY") not in affirmed(text, LANG)


def test_negated_delivery():
    text = "A França não entregou os navios Mistral à Rússia."
    assert ("ARMS_TRANSFER", "FRA", "RUS", "negated") in triples(text, LANG)


@pytest.mark.parametrize(
    "text",
    ["O Japão vai fornecer radares às Filipinas.", "O Japão fornecerá radares às Filipinas."],
)
def test_planned_supply(text):
    f = fact(text, LANG, "ARMS_TRANSFER", "JPN", "PHL")
    assert (f.polarity, f.modality) == ("affirmed", "planned")


def test_segundo_is_alleged():
    text = "Segundo autoridades americanas, o Irã forneceu drones à Rússia."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_segundo_makes_an_accusation():
    text = "Segundo autoridades americanas, o Irã forneceu drones à Rússia."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_accusation_makes_the_claim_alleged():
    text = "Washington acusou o Irã de fornecer drones à Rússia."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_day_date_quantity_and_equipment():
    text = "O Paquistão entregou 22 tanques Al-Khalid ao Sri Lanka em 12 de março de 2019."
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
    text = "Israel vendeu armamento à Argentina durante a década de 1980."
    f = fact(text, LANG, "ARMS_TRANSFER", "ISR", "ARG")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range_de_a():
    text = "A União Soviética forneceu tanques à Etiópia de 1977 a 1990."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1990", "range")


def test_range_entre_e():
    text = "A União Soviética forneceu tanques à Etiópia entre 1977 e 1990."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1990", "range")


def test_money_us_bilhoes():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "UKR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(2e9), "USD")


def test_money_mil_milhoes_de_euros():
    text = "Portugal encomendou duas fragatas à França por 1,2 mil milhões de euros."
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "PRT")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.2e9), "EUR")


def test_purchase_with_price_quantity_and_equipment():
    text = "O Brasil comprou 36 caças Gripen da Suécia por US$ 4,5 bilhões."
    f = fact(text, LANG, "ARMS_TRANSFER", "SWE", "BRA")
    assert f.quantity == 36
    assert "gripen" in [e["id"] for e in f.equipment]
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(4.5e9), "USD")


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    (
        "A Coreia do Norte forneceu projéteis de artilharia à Rússia, "
        "segundo autoridades sul-coreanas.",
        "PRK",
        "RUS",
        "KOR",
    ),
]

MODALITY_OFFERS = [
    ("A Rússia ofereceu caças Su-35 à Indonésia.", "RUS", "IDN", "offered"),
    ("A Ucrânia pediu sistemas de defesa antiaérea Patriot à Alemanha.", "DEU", "UKR", "requested"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)
