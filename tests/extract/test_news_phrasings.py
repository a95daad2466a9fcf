"""Phrasings of real news that a probe on real documents found misread, in sentences
written for these tests: an application is no membership, ambassadors recalled
(plural), a new stage of tension, a main battle tank, an Arabic war with its
pronoun, and defence credit lines (military aid, not economic support)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

PHRASINGS = [
    # (language, text, a fact that must be found or None, a fact that must not be)
    # troops kept in a country: the host is the source of BASING_LOGISTICS
    (
        "en",
        "The United States stationed 2,000 troops in Poland.",
        ("BASING_LOGISTICS", "POL", "USA"),
        None,
    ),
    (
        "en",
        "France has stationed 1,500 soldiers in Djibouti.",
        ("BASING_LOGISTICS", "DJI", "FRA"),
        None,
    ),
    (
        "es",
        "Suecia y Brasil mantienen intercambios regulares entre sus fuerzas aéreas.",
        None,
        ("BASING_LOGISTICS", "SWE", "BRA"),
    ),
    (
        "es",
        "Estados Unidos estacionó 2.000 soldados en Polonia.",
        ("BASING_LOGISTICS", "POL", "USA"),
        None,
    ),
    (
        "id",
        "Amerika Serikat menempatkan 2.000 tentara di Polandia.",
        ("BASING_LOGISTICS", "POL", "USA"),
        None,
    ),
    (
        "en",
        "The delivery of Russian S-400 systems to Turkey angered Washington.",
        ("ARMS_TRANSFER", "RUS", "TUR"),
        ("ARMS_TRANSFER", "TUR", "RUS"),
    ),
    (
        "es",
        "Panamá denunció una incursión de soldados nicaragüenses en su territorio.",
        ("ACCUSATION", "PAN", "NIC"),
        None,
    ),
    (
        "es",
        "El gobierno de Chile denunció a Bolivia ante la ONU.",
        ("ACCUSATION", "CHL", "BOL"),
        None,
    ),
    (
        "es",
        "Colombia y Venezuela llamaron a consultas a sus embajadores.",
        None,
        ("DIPLOMATIC_ENGAGEMENT", "COL", "VEN"),
    ),
    (
        "tr",
        "Finlandiya ve İsveç NATO üyeliği için başvuru yaptı.",
        None,
        ("ALLIANCE", "SWE", "NATO"),
    ),
    (
        "es",
        "Colombia y Venezuela llamaron a consultas a sus embajadores.",
        ("ESTRANGEMENT", "COL", "VEN"),
        None,
    ),
    (
        "es",
        "Las relaciones entre Argelia y Marruecos entran en una nueva etapa de tensión.",
        None,
        ("RAPPROCHEMENT", "DZA", "MAR"),
    ),
    (
        "vi",
        "Ba Lan mua 180 xe tăng chiến đấu chủ lực của Hàn Quốc.",
        None,
        ("ARMED_CONFLICT", "KOR", "POL"),
    ),
    ("ar", "واصلت روسيا حربها على أوكرانيا.", ("ARMED_CONFLICT", "RUS", "UKR"), None),
    (
        "en",
        "India extended a $500 million defence credit line to Vietnam.",
        ("MILITARY_AID", "IND", "VNM"),
        ("ECONOMIC_SUPPORT", "IND", "VNM"),
    ),
    (
        "id",
        "India memberikan kredit pertahanan senilai 100 juta dolar kepada Vietnam.",
        ("MILITARY_AID", "IND", "VNM"),
        ("ECONOMIC_SUPPORT", "IND", "VNM"),
    ),
    (
        "vi",
        "Ấn Độ cấp khoản tín dụng quốc phòng 100 triệu USD cho Việt Nam.",
        ("MILITARY_AID", "IND", "VNM"),
        ("ECONOMIC_SUPPORT", "IND", "VNM"),
    ),
]


@pytest.mark.parametrize(("code", "text", "found", "absent"), PHRASINGS)
def test_news_phrasing(code, text, found, absent):
    facts = affirmed(text, code)
    if found:
        assert key(*found) in facts
    if absent:
        assert key(*absent) not in facts
