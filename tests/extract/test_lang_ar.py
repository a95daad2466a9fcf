"""Arabic extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active (VSO and
SVO), passive (من قبل) and nominal (صفقة بيع … من … إلى) forms, polarity,
modality, time, money, quantity and equipment. A perfect verb opens a VSO
clause, so its agent is the first actor AFTER it ("زودت تركيا أذربيجان …");
the recipient follows إلى or a glued ل, the supplier من, the agent of a
passive من قبل.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "ar"

TYPES = [
    ("انضمت فنلندا رسميا إلى حلف شمال الأطلسي في 4 أبريل 2023.", "ALLIANCE", "FIN", "NATO"),
    ("وقعت مصر واليونان اتفاقية للتعاون العسكري.", "MILITARY_COOPERATION", "EGY", "GRC"),
    ("زودت روسيا الهند بمنظومة إس-400 للدفاع الجوي.", "ARMS_TRANSFER", "RUS", "IND"),
    (
        "اتفقت السعودية والصين على التصنيع المشترك للطائرات المسيرة.",
        "DEFENCE_INDUSTRY",
        "SAU",
        "CHN",
    ),
    (
        "أجرت مصر والسعودية مناورات بحرية مشتركة في البحر الأحمر.",
        "JOINT_EXERCISE",
        "EGY",
        "SAU",
    ),
    ("دربت تركيا آلاف الجنود الصوماليين في مقديشو.", "TRAINING", "TUR", "SOM"),
    (
        "قدمت الولايات المتحدة مساعدات عسكرية بقيمة 3.8 مليار دولار لإسرائيل.",
        "MILITARY_AID",
        "USA",
        "ISR",
    ),
    (
        "قدمت الكويت قرضا ميسرا بقيمة 500 مليون دولار للأردن.",
        "ECONOMIC_SUPPORT",
        "KWT",
        "JOR",
    ),
    (
        "سمحت جيبوتي للصين بإنشاء أول قاعدة عسكرية لها في الخارج.",
        "BASING_LOGISTICS",
        "DJI",
        "CHN",
    ),
    (
        "اتفق الأردن والعراق على تبادل المعلومات الاستخباراتية.",
        "INTELLIGENCE_SHARING",
        "JOR",
        "IRQ",
    ),
    (
        "زار رئيس الوزراء الهندي ناريندرا مودي الإمارات في يوليو 2023.",
        "DIPLOMATIC_ENGAGEMENT",
        "IND",
        "ARE",
    ),
    ("دعمت إيران جماعة الحوثيين في اليمن.", "SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS"),
    ("تصاعد التوتر بين الصين وتايوان.", "HOSTILITY", "CHN", "TWN"),
    ("اندلعت الحرب بين إثيوبيا وإريتريا من 1998 إلى 2000.", "ARMED_CONFLICT", "ETH", "ERI"),
    ("فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.", "SANCTION_PRESSURE", "EU", "RUS"),
    ("اتهمت أذربيجان أرمينيا بقصف قرى حدودية.", "ACCUSATION", "AZE", "ARM"),
    (
        "استأنفت السعودية وإيران العلاقات الدبلوماسية في مارس 2023.",
        "RAPPROCHEMENT",
        "SAU",
        "IRN",
    ),
    (
        "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021.",
        "ESTRANGEMENT",
        "DZA",
        "MAR",
    ),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("انضمت السويد إلى حلف الناتو في مارس 2024.", "ALLIANCE", "SWE", "NATO"),
        ("أبرمت روسيا والهند اتفاقية دفاع مشترك.", "ALLIANCE", "RUS", "IND"),
        (
            "تعمل الهند وروسيا على الإنتاج المشترك لصواريخ براهموس.",
            "DEFENCE_INDUSTRY",
            "IND",
            "RUS",
        ),
        (
            "تتبادل الولايات المتحدة وبريطانيا المعلومات الاستخباراتية.",
            "INTELLIGENCE_SHARING",
            "USA",
            "GBR",
        ),
        (
            "التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في موسكو.",
            "DIPLOMATIC_ENGAGEMENT",
            "CHN",
            "RUS",
        ),
        ("تلقى ضباط نيجيريون تدريبا عسكريا في باكستان.", "TRAINING", "PAK", "NGA"),
        ("تتمركز قوات أمريكية في قاعدة العديد في قطر.", "BASING_LOGISTICS", "QAT", "USA"),
        (
            "فرضت الولايات المتحدة حظرا على تصدير الأسلحة إلى فنزويلا.",
            "SANCTION_PRESSURE",
            "USA",
            "VEN",
        ),
        (
            "شنت إسرائيل غارات جوية على مواقع لحزب الله في لبنان.",
            "ARMED_CONFLICT",
            "ISR",
            "HEZBOLLAH",
        ),
        (
            "اندلعت اشتباكات بين القوات الهندية والصينية في وادي جلوان.",
            "ARMED_CONFLICT",
            "IND",
            "CHN",
        ),
        ("وجهت الهند اتهامات لباكستان بدعم الإرهاب.", "ACCUSATION", "IND", "PAK"),
        ("تحسنت العلاقات بين تركيا ومصر خلال عام 2023.", "RAPPROCHEMENT", "TUR", "EGY"),
        ("تدهورت العلاقات بين فرنسا والجزائر.", "ESTRANGEMENT", "FRA", "DZA"),
        ("استدعت الجزائر سفيرها لدى فرنسا للتشاور.", "ESTRANGEMENT", "DZA", "FRA"),
        (
            "أعلنت الولايات المتحدة عن حزمة مساعدات عسكرية جديدة لأوكرانيا.",
            "MILITARY_AID",
            "USA",
            "UKR",
        ),
    ],
)
def test_more_forms(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_military_aid_package_is_no_economic_support():
    text = "أعلنت الولايات المتحدة عن حزمة مساعدات عسكرية جديدة لأوكرانيا."
    assert ("ECONOMIC_SUPPORT", "USA", "UKR") not in affirmed(text, LANG)


def test_aid_package_alone_is_economic_support():
    text = "أعلنت السعودية عن حزمة مساعدات بقيمة مليار دولار لليمن."
    assert ("ECONOMIC_SUPPORT", "SAU", "YEM") in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "زودت تركيا أذربيجان بطائرات مسيرة من طراز بيرقدار.",  # VSO, double object
        "تركيا تزود أذربيجان بطائرات بيرقدار المسيرة.",  # SVO headline
        "تم تسليم طائرات بيرقدار المسيرة إلى أذربيجان من قبل تركيا.",  # passive, من قبل
        "وقعت صفقة بيع 30 طائرة مسيرة من تركيا إلى أذربيجان.",  # nominal, من … إلى
        "اشترت أذربيجان طائرات بيرقدار المسيرة من تركيا.",  # the buyer, من
    ],
)
def test_arms_transfer_direction(text):
    assert ("ARMS_TRANSFER", "TUR", "AZE") in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "تركيا تزود أذربيجان بطائرات بيرقدار المسيرة.",
        "تم تسليم طائرات بيرقدار المسيرة إلى أذربيجان من قبل تركيا.",
        "وقعت صفقة بيع 30 طائرة مسيرة من تركيا إلى أذربيجان.",
        "اشترت أذربيجان طائرات بيرقدار المسيرة من تركيا.",
    ],
)
def test_arms_transfer_not_reversed(text):
    assert ("ARMS_TRANSFER", "AZE", "TUR") not in affirmed(text, LANG)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("زودت تركيا أذربيجان بطائرات مسيرة من طراز بيرقدار.", "ARMS_TRANSFER", "TUR", "AZE"),
        ("اتهمت أذربيجان أرمينيا بقصف قرى حدودية.", "ACCUSATION", "AZE", "ARM"),
    ],
)
def test_vso_double_object_not_reversed(text, type_name, source, target):
    assert (type_name, target, source) not in affirmed(text, LANG)


# a sentence-initial verb opens a VSO clause: with no subject before the trigger, the
# unmarked name right after it is the subject (engine._pick_role)
@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("تدعم إيران الحوثيين.", "SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS"),
        ("ستزود الولايات المتحدة تايوان بمقاتلات إف-16.", "ARMS_TRANSFER", "USA", "TWN"),
        ("تدرب تركيا قوات الجيش الصومالي.", "TRAINING", "TUR", "SOM"),
        ("تبيع فرنسا مصر طائرات رافال.", "ARMS_TRANSFER", "FRA", "EGY"),
        ("أثار شراء الهند صواريخ إس-400 من روسيا غضب واشنطن.", "ARMS_TRANSFER", "RUS", "IND"),
    ],
)
def test_vso_imperfect(text, type_name, source, target):
    found = affirmed(text, LANG)
    assert (type_name, source, target) in found
    assert (type_name, target, source) not in found


def test_svo_imperfect():
    assert ("SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS") in affirmed(
        "إيران تدعم الحوثيين في اليمن.", LANG
    )


def test_negated_supply():
    # the roles of a sentence-initial imperfect are test_vso_imperfect's matter; here the polarity
    text = "لم تزود ألمانيا أوكرانيا بصواريخ توروس."
    assert ("ARMS_TRANSFER", "DEU", "UKR") not in affirmed(text, LANG)
    assert any(t == "ARMS_TRANSFER" and p == "negated" for t, _, _, p in triples(text, LANG))


def test_refusal_is_negation():
    text = "رفضت ألمانيا تزويد أوكرانيا بصواريخ توروس."
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(text, LANG)


def test_denial_is_negation():
    text = "نفت روسيا تزويد إيران بمقاتلات سوخوي-35."
    f = fact(text, LANG, "ARMS_TRANSFER", "RUS", "IRN")
    assert f.polarity == "negated"
    assert [e["id"] for e in f.equipment] == ["su_35"]


def test_planned_with_sawfa():
    f = fact("سوف تبيع فرنسا 24 مقاتلة رافال إلى العراق.", LANG, "ARMS_TRANSFER", "FRA", "IRQ")
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert (f.quantity, [e["id"] for e in f.equipment]) == (24, ["rafale"])


def test_planned_with_sa_prefix():
    text = "الولايات المتحدة ستزود تايوان بمقاتلات إف-16."
    f = fact(text, LANG, "ARMS_TRANSFER", "USA", "TWN")
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert [e["id"] for e in f.equipment] == ["f_16"]


def test_intended_purchase_is_planned():
    text = "تعتزم باكستان شراء مقاتلات جي-10 من الصين."
    assert fact(text, LANG, "ARMS_TRANSFER", "CHN", "PAK").modality == "planned"


def test_request():
    text = "طلبت أوكرانيا من ألمانيا تزويدها بصواريخ توروس."
    assert fact(text, LANG, "ARMS_TRANSFER", "DEU", "UKR").modality == "requested"


def test_attributed_claim_is_alleged():
    text = "وفقا لمسؤولين أمريكيين، زودت إيران روسيا بطائرات مسيرة."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


@pytest.mark.xfail(
    strict=True,
    reason="engine (_directed): after إن the agent stands before a perfect verb whose frame is "
    "object/object ('… إن إيران زودت روسيا …'): only RUS is an object and the other two "
    "parties leave the fallback undecided, so no fact; the attributor USA is never reached",
)
def test_officials_said_makes_an_alleged_fact_and_an_accusation():
    text = "قال مسؤولون أمريكيون إن إيران زودت روسيا بطائرات مسيرة."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_accused_act_is_alleged():
    text = "اتهمت أذربيجان أرمينيا بقصف قرى حدودية."
    assert fact(text, LANG, "ARMED_CONFLICT", "ARM", "AZE").modality == "alleged"


def test_day_date():
    f = fact(TYPES[0][0], LANG, "ALLIANCE", "FIN", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04-04", "day")


def test_day_date_and_glued_recipient():
    text = "باعت روسيا مقاتلات سوخوي للجزائر في 12 مارس 2006."
    f = fact(text, LANG, "ARMS_TRANSFER", "RUS", "DZA")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2006-03-12", "day")


def test_month_date():
    f = fact(TYPES[17][0], LANG, "ESTRANGEMENT", "DZA", "MAR")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2021-08", "month")


@pytest.mark.parametrize(
    "text",
    [
        "باع الاتحاد السوفيتي مئات الدبابات لسوريا في الثمانينيات.",
        "باع الاتحاد السوفيتي مئات الدبابات لسوريا في ثمانينيات القرن الماضي.",
    ],
)
def test_decade(text):
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "SYR")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range():
    f = fact(TYPES[13][0], LANG, "ARMED_CONFLICT", "ETH", "ERI")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1998", "2000", "range")


def test_range_after_the_clause():
    text = "باعت الصين دبابات إلى بنغلاديش من 2004 إلى 2006."
    f = fact(text, LANG, "ARMS_TRANSFER", "CHN", "BGD")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("2004", "2006", "range")


def test_fronted_range_keeps_the_roles():
    text = "من 2004 إلى 2006، باعت الصين دبابات إلى بنغلاديش."
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "CHN", "BGD") in found
    assert ("ARMS_TRANSFER", "BGD", "CHN") not in found


def test_money_billions():
    text = "وافقت الولايات المتحدة على بيع صواريخ باتريوت للسعودية بقيمة 3 مليارات دولار."
    f = fact(text, LANG, "ARMS_TRANSFER", "USA", "SAU")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(3e9), "USD")
    assert f.modality == "planned"


def test_money_decimal_billion():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "ISR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(3.8e9), "USD")


def test_money_millions():
    f = fact(TYPES[7][0], LANG, "ECONOMIC_SUPPORT", "KWT", "JOR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(5e8), "USD")


def test_quantity_and_equipment():
    text = "تسلمت بنغلاديش 22 دبابة الخالد من باكستان."
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "BGD")
    assert f.quantity == 22
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_buyer_quantity_and_equipment():
    f = fact("اشترت مصر 24 مقاتلة رافال من فرنسا.", LANG, "ARMS_TRANSFER", "FRA", "EGY")
    assert (f.quantity, [e["id"] for e in f.equipment]) == (24, ["rafale"])


def test_arabic_indic_digits():
    war = fact(
        "اندلعت الحرب بين إثيوبيا وإريتريا من ١٩٩٨ إلى ٢٠٠٠.", LANG, "ARMED_CONFLICT", "ETH", "ERI"
    )
    assert war.time is not None and (war.time["start"], war.time["end"]) == ("1998", "2000")
    text = "قدمت الولايات المتحدة مساعدات عسكرية بقيمة ٣٫٨ مليار دولار لإسرائيل."
    aid = fact(text, LANG, "MILITARY_AID", "USA", "ISR")
    assert aid.value is not None and aid.value["amount"] == pytest.approx(3.8e9)


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    (
        "وبحسب مسؤولين كوريين جنوبيين، أرسلت كوريا الشمالية قذائف مدفعية إلى روسيا.",
        "PRK",
        "RUS",
        "KOR",
    ),
    ("وحسبما أفاد مسؤولون أوكرانيون، أرسلت إيران صواريخ إلى روسيا.", "IRN", "RUS", "UKR"),
]

MODALITY_OFFERS = [
    ("عرضت روسيا بيع مقاتلات سو-35 إلى إندونيسيا.", "RUS", "IDN", "offered"),
    ("طلبت أوكرانيا من ألمانيا أنظمة دفاع جوي من طراز باتريوت.", "DEU", "UKR", "requested"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)


def test_a_dashed_pair_names_the_war():
    found = affirmed("دعمت باكستان العراق خلال الحرب العراقية-الإيرانية.", LANG)
    assert key("ARMED_CONFLICT", "IRN", "IRQ") in found
    assert key("ARMED_CONFLICT", "IRQ", "PAK") not in found


def test_a_bare_comma_is_no_coordination():
    found = affirmed("بعد انهيار الاتحاد السوفيتي، ظلت باكستان حليفا للولايات المتحدة.", LANG)
    assert key("ALLIANCE", "PAK", "USA") in found
    assert not any("SUN" in (s, t) for _, s, t in found)


def test_a_group_a_clause_break_away_is_no_party():
    text = "تعهد الوزير بتعميق العلاقات مع كل من الهند والبرازيل ، وأدان احتلال روسيا لأوكرانيا."
    found = affirmed(text, LANG)
    assert key("ARMED_CONFLICT", "RUS", "UKR") in found
    assert not any(t == "ARMED_CONFLICT" and "IND" in (s, g) for t, s, g in found)
