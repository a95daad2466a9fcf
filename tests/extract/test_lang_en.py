"""English extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active, passive
and nominal forms, polarity, modality, time, money, quantity and equipment.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "en"

TYPES = [
    ("Finland formally joined NATO in April 2023.", "ALLIANCE", "FIN", "NATO"),
    (
        "India and Vietnam agreed to deepen defence cooperation during talks in Hanoi.",
        "MILITARY_COOPERATION",
        "IND",
        "VNM",
    ),
    ("In 2020 Turkey sold armed drones to Azerbaijan.", "ARMS_TRANSFER", "TUR", "AZE"),
    (
        "South Korea and Poland will jointly produce K2 tanks under a deal signed in Warsaw.",
        "DEFENCE_INDUSTRY",
        "KOR",
        "POL",
    ),
    (
        "Egypt and Greece held a joint naval exercise in the eastern Mediterranean.",
        "JOINT_EXERCISE",
        "EGY",
        "GRC",
    ),
    (
        "Britain has trained more than 30,000 Ukrainian recruits since 2022.",
        "TRAINING",
        "GBR",
        "UKR",
    ),
    (
        "The United States announced $4.2 billion in military assistance to Ukraine.",
        "MILITARY_AID",
        "USA",
        "UKR",
    ),
    ("China extended a $2 billion loan to Sri Lanka in 2016.", "ECONOMIC_SUPPORT", "CHN", "LKA"),
    (
        "Djibouti granted China access to a naval base near the Bab el-Mandeb strait.",
        "BASING_LOGISTICS",
        "DJI",
        "CHN",
    ),
    (
        "Japan and South Korea agreed to resume intelligence sharing after a four-year pause.",
        "INTELLIGENCE_SHARING",
        "JPN",
        "KOR",
    ),
    (
        "Kenya and Ethiopia held talks on border security in Nairobi.",
        "DIPLOMATIC_ENGAGEMENT",
        "KEN",
        "ETH",
    ),
    (
        "Iran has long backed Hezbollah with money and rockets.",
        "SUPPORT_ARMED_GROUP",
        "IRN",
        "HEZBOLLAH",
    ),
    ("Tensions between Algeria and Morocco rose sharply last summer.", "HOSTILITY", "DZA", "MAR"),
    (
        "Armenia and Azerbaijan fought a six-week war over Nagorno-Karabakh in 2020.",
        "ARMED_CONFLICT",
        "ARM",
        "AZE",
    ),
    ("The European Union imposed new sanctions on Belarus.", "SANCTION_PRESSURE", "EU", "BLR"),
    ("Colombia accused Venezuela of sheltering guerrillas.", "ACCUSATION", "COL", "VEN"),
    (
        "Saudi Arabia and Iran restored diplomatic relations in March 2023.",
        "RAPPROCHEMENT",
        "SAU",
        "IRN",
    ),
    ("Morocco severed diplomatic relations with Iran in 2018.", "ESTRANGEMENT", "MAR", "IRN"),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "Last year Turkey sold 30 drones to Azerbaijan.",  # active
        "Thirty drones were supplied to Azerbaijan by Turkey in 2020.",  # passive
        "The sale of 30 drones to Azerbaijan by Turkey was confirmed on Monday.",  # nominal
        "Azerbaijan bought 30 drones from Turkey.",  # the buyer as subject
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "TUR", "AZE") in found
    assert ("ARMS_TRANSFER", "AZE", "TUR") not in found


def test_ambiguous_name_opening_a_sentence():
    assert ("ARMS_TRANSFER", "TUR", "AZE") in affirmed("Turkey sold drones to Azerbaijan.", LANG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montenegro is a NATO member.", ("ALLIANCE", "MNE", "NATO")),  # the bloc is a party
        ("Sweden became a member of NATO in March 2024.", ("ALLIANCE", "NATO", "SWE")),
        ("Greece and Turkey are NATO allies.", ("ALLIANCE", "GRC", "TUR")),  # the two are allies
    ],
)
def test_bloc_membership_and_allies(text, expected):
    assert expected in affirmed(text, LANG)


def test_negated_purchase():
    text = "Egypt denied buying fighter jets from Russia."
    assert ("ARMS_TRANSFER", "RUS", "EGY", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "EGY") not in affirmed(text, LANG)


def test_negated_delivery():
    text = "France did not deliver the Mistral warships to Russia."
    assert ("ARMS_TRANSFER", "FRA", "RUS", "negated") in triples(text, LANG)


def test_planned_supply():
    f = fact(
        "Japan will supply coastal radars to the Philippines.", LANG, "ARMS_TRANSFER", "JPN", "PHL"
    )
    assert (f.polarity, f.modality) == ("affirmed", "planned")


def test_attribution_makes_an_alleged_fact_and_an_accusation():
    text = "According to US officials, Iran supplied drones to Russia."
    f = fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS")
    assert f.modality == "alleged"
    assert ("ARMS_TRANSFER", "IRN", "USA") not in affirmed(text, LANG)  # "to" of "according to"
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_reportedly_is_alleged():
    f = fact(
        "Iran reportedly supplied drones to Russia in 2022.", LANG, "ARMS_TRANSFER", "IRN", "RUS"
    )
    assert f.modality == "alleged"


def test_officials_said_is_alleged():
    text = "US officials said Iran had supplied drones to Russia."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_trailing_attribution_makes_an_accusation():
    text = "Iran supplied drones to Russia, according to US officials."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_day_date_quantity_and_equipment():
    text = "Pakistan delivered 22 Al-Khalid tanks to Sri Lanka on 12 March 2019."
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "LKA")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2019-03-12", "day")
    assert f.quantity == 22
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_month_date():
    f = fact("Finland formally joined NATO in April 2023.", LANG, "ALLIANCE", "FIN", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04", "month")


def test_decade():
    text = "Israel sold artillery and rifles to Argentina in the 1980s."
    f = fact(text, LANG, "ARMS_TRANSFER", "ISR", "ARG")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range():
    text = "The Soviet Union supplied tanks to Ethiopia between 1977 and 1990."
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1990", "range")


def test_money_with_a_scale_word():
    text = "The United States announced $4.2 billion in military assistance to Ukraine."
    f = fact(text, LANG, "MILITARY_AID", "USA", "UKR")
    assert f.value is not None
    assert f.value["amount"] == pytest.approx(4.2e9)
    assert f.value["currency"] == "USD"


def test_planned_purchase_with_price_quantity_and_equipment():
    text = "Qatar agreed to buy 24 Rafale fighter jets from France for $7 billion."
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "QAT")
    assert f.modality == "planned"
    assert f.quantity == 24
    assert "rafale" in [e["id"] for e in f.equipment]
    assert f.value is not None and f.value["amount"] == pytest.approx(7e9)


def test_a_grant_of_base_access_is_not_economic_support():
    text = "Djibouti granted China access to a naval base near the Bab el-Mandeb strait."
    assert ("ECONOMIC_SUPPORT", "DJI", "CHN") not in affirmed(text, LANG)


def test_money_for_military_aid_is_not_also_economic_support():
    text = "In 2001 the United States provided $1 billion in military aid to Pakistan."
    found = affirmed(text, LANG)
    assert ("MILITARY_AID", "USA", "PAK") in found
    assert not any(t == "ECONOMIC_SUPPORT" for t, _, _ in found)


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    (
        "North Korea has supplied artillery shells to Russia, South Korean officials said.",
        "PRK",
        "RUS",
        "KOR",
    ),
]

MODALITY_OFFERS = [
    ("Russia offered to supply Su-35 fighter jets to Indonesia.", "RUS", "IDN", "offered"),
    (
        "Ukraine requested additional Patriot air defence systems from Germany.",
        "DEU",
        "UKR",
        "requested",
    ),
    ("Russia said it would supply S-400 systems to India.", "RUS", "IND", "planned"),
    ("Iran supplied drones to Russia, Iranian officials said.", "IRN", "RUS", "actual"),
    (
        "The United States sold F-16 fighter jets to Pakistan "
        "despite objections from Indian officials.",
        "USA",
        "PAK",
        "actual",
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


def test_between_governs_only_the_group_right_after_it():
    text = (
        "The occupation of Kuwait by Iraq dominated the talks between the United States and Canada."
    )
    found = affirmed(text, LANG)
    assert key("ARMED_CONFLICT", "IRQ", "KWT") in found
    assert key("ARMED_CONFLICT", "CAN", "USA") not in found


def test_a_bare_comma_is_no_coordination():
    text = (
        "After the collapse of the Soviet Union, "
        "Pakistan remained a close ally of the United States."
    )
    found = affirmed(text, LANG)
    assert key("ALLIANCE", "PAK", "USA") in found
    assert not any("SUN" in (s, t) for _, s, t in found)


def test_a_locative_governs_the_places_coordinated_after_it():
    text = "Chile and Peru held a joint naval exercise in Ecuador and Colombia."
    assert affirmed(text, LANG) == {key("JOINT_EXERCISE", "CHL", "PER")}


def test_a_recipient_marker_governs_coordinated_recipients():
    found = affirmed("Israel sold drones to Azerbaijan and Morocco.", LANG)
    assert {("ARMS_TRANSFER", "ISR", "AZE"), ("ARMS_TRANSFER", "ISR", "MAR")} <= found
    assert not any({s, t} == {"AZE", "MAR"} for _, s, t in found)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        (
            "US Defense Secretary Lloyd Austin shook hands with Indian officials in New Delhi.",
            "DIPLOMATIC_ENGAGEMENT",
            "USA",
            "IND",
        ),
        ("Ankara moved closer to Moscow after the failed coup.", "RAPPROCHEMENT", "TUR", "RUS"),
        ("India and Japan deepened relations in 2014.", "RAPPROCHEMENT", "IND", "JPN"),
        (
            "Relations between Turkey and the Netherlands weakened after the election rallies.",
            "ESTRANGEMENT",
            "TUR",
            "NLD",
        ),
    ],
)
def test_more_relation_phrases(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_a_country_in_apposition_to_a_place_is_a_place_too():
    text = (
        "During a state visit to the African Union headquarters in Addis Ababa, Ethiopia, "
        "Lula met Kenyan leaders."
    )
    found = affirmed(text, LANG)
    assert key("DIPLOMATIC_ENGAGEMENT", "BRA", "KEN") in found
    assert not any("ETH" in (s, t) for _, s, t in found)


def test_troop_contribution_is_cooperation():
    found = affirmed("Bangladesh contributed troops to the United Nations mission in Mali.", LANG)
    assert key("MILITARY_COOPERATION", "BGD", "UN") in found
    assert not any("MLI" in (s, t) for _, s, t in found)


def test_a_name_another_verb_governs_is_not_the_subject():
    text = "After the coup, Washington chose to stay away from Myanmar and get closer to Thailand."
    found = affirmed(text, LANG)
    assert {key("ESTRANGEMENT", "USA", "MMR"), key("RAPPROCHEMENT", "USA", "THA")} <= found
    assert key("RAPPROCHEMENT", "MMR", "THA") not in found


def test_no_partner_across_a_semicolon():
    text = (
        "Officials in Warsaw spoke of external threats; "
        "later, Germany and France signed a defence pact."
    )
    found = affirmed(text, LANG)
    assert key("ALLIANCE", "DEU", "FRA") in found
    assert not any(t == "HOSTILITY" for t, _, _ in found)


def test_occupied_a_role_is_no_occupation():
    text = "Iraq occupied an important place in talks between Turkey and the United States."
    found = affirmed(text, LANG)
    assert not any(t == "ARMED_CONFLICT" for t, _, _ in found)
    text = "The Israeli army occupied the Golan Heights, which Syria still claims."
    assert key("ARMED_CONFLICT", "ISR", "SYR") in affirmed(text, LANG)
