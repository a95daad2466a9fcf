"""Persian extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active, passive
(توسط) and nominal (فروش … از سوی … به) forms, polarity, modality, time,
money, quantity and equipment. Persian is SOV: the agent is the unmarked actor
before the verb, the recipient follows به, the patient precedes را, the
supplier follows از, the agent of a passive توسط / از سوی. News writes both
Persian (۲۰۲۳) and Latin (2023) digits.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, run, triples

LANG = "fa"


def affirmed_facts(text):
    """The affirmed facts of `text` themselves (attributes included)."""
    return [f for f in run(text, LANG).facts if f.polarity == "affirmed"]


TYPES = [
    ("فنلاند در ۴ آوریل ۲۰۲۳ رسما به ناتو پیوست.", "ALLIANCE", "FIN", "NATO"),
    (
        "هند و ویتنام بر گسترش همکاری‌های دفاعی توافق کردند.",
        "MILITARY_COOPERATION",
        "IND",
        "VNM",
    ),
    ("روسیه سامانه اس-۴۰۰ را به هند تحویل داد.", "ARMS_TRANSFER", "RUS", "IND"),
    (
        "ترکیه و اندونزی تانک کاپلان را به طور مشترک تولید می‌کنند.",
        "DEFENCE_INDUSTRY",
        "TUR",
        "IDN",
    ),
    (
        "پاکستان و چین رزمایش مشترک هوایی برگزار کردند.",
        "JOINT_EXERCISE",
        "PAK",
        "CHN",
    ),
    ("ترکیه به نظامیان سومالی آموزش داد.", "TRAINING", "TUR", "SOM"),
    (
        "آمریکا به اوکراین ۲ میلیارد دلار کمک نظامی اعطا کرد.",
        "MILITARY_AID",
        "USA",
        "UKR",
    ),
    (
        "عربستان سعودی ۲ میلیارد دلار به پاکستان وام داد.",
        "ECONOMIC_SUPPORT",
        "SAU",
        "PAK",
    ),
    (
        "جیبوتی به چین اجازه داد نخستین پایگاه نظامی خارجی خود را بسازد.",
        "BASING_LOGISTICS",
        "DJI",
        "CHN",
    ),
    (
        "ایران و عراق توافق کردند تبادل اطلاعات امنیتی را گسترش دهند.",
        "INTELLIGENCE_SHARING",
        "IRN",
        "IRQ",
    ),
    (
        "نخست‌وزیر هند با رئیس‌جمهور فرانسه در پاریس دیدار کرد.",
        "DIPLOMATIC_ENGAGEMENT",
        "IND",
        "FRA",
    ),
    ("ایران از حزب‌الله لبنان حمایت می‌کند.", "SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH"),
    ("تنش‌ها میان چین و تایوان افزایش یافته است.", "HOSTILITY", "CHN", "TWN"),
    (
        "اتیوپی و اریتره از ۱۹۹۸ تا ۲۰۰۰ با یکدیگر جنگیدند.",
        "ARMED_CONFLICT",
        "ETH",
        "ERI",
    ),
    ("اتحادیه اروپا تحریم‌های جدیدی علیه روسیه وضع کرد.", "SANCTION_PRESSURE", "EU", "RUS"),
    (
        "جمهوری آذربایجان ارمنستان را به گلوله‌باران روستاهای مرزی متهم کرد.",
        "ACCUSATION",
        "AZE",
        "ARM",
    ),
    (
        "عربستان سعودی و ایران در مارس ۲۰۲۳ روابط دیپلماتیک خود را از سر گرفتند.",
        "RAPPROCHEMENT",
        "SAU",
        "IRN",
    ),
    ("الجزایر روابط دیپلماتیک خود با مراکش را قطع کرد.", "ESTRANGEMENT", "DZA", "MAR"),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("سوئد در مارس ۲۰۲۴ به عضویت ناتو درآمد.", "ALLIANCE", "SWE", "NATO"),
        ("هند و روسیه موشک براهموس را مشترکا تولید می‌کنند.", "DEFENCE_INDUSTRY", "IND", "RUS"),
        ("ایران، روسیه و چین رزمایش دریایی مشترک برگزار کردند.", "JOINT_EXERCISE", "IRN", "RUS"),
        ("ایران، روسیه و چین رزمایش دریایی مشترک برگزار کردند.", "JOINT_EXERCISE", "CHN", "IRN"),
        ("افسران نیجریه‌ای در پاکستان آموزش دیدند.", "TRAINING", "PAK", "NGA"),
        (
            "ژاپن و کره جنوبی توافق‌نامه تبادل اطلاعات نظامی را احیا کردند.",
            "INTELLIGENCE_SHARING",
            "JPN",
            "KOR",
        ),
        (
            "وزیر خارجه چین با همتای روسی خود در مسکو دیدار کرد.",
            "DIPLOMATIC_ENGAGEMENT",
            "CHN",
            "RUS",
        ),
        (
            "چین میلیاردها دلار در پاکستان سرمایه‌گذاری کرده است.",
            "ECONOMIC_SUPPORT",
            "CHN",
            "PAK",
        ),
        ("آمریکا ایران را تحریم کرد.", "SANCTION_PRESSURE", "USA", "IRN"),
        ("روسیه به اوکراین حمله کرد.", "ARMED_CONFLICT", "RUS", "UKR"),
        ("ایران اتهامات آمریکا را رد کرد.", "ACCUSATION", "USA", "IRN"),
        ("روابط ترکیه و مصر در سال 2023 بهبود یافت.", "RAPPROCHEMENT", "TUR", "EGY"),
        (
            "ایران و عربستان سعودی در پکن توافق کردند روابط خود را از سر بگیرند.",
            "RAPPROCHEMENT",
            "IRN",
            "SAU",
        ),
        ("روابط ایران و جمهوری آذربایجان تیره شد.", "ESTRANGEMENT", "IRN", "AZE"),
        ("ایران به حوثی‌ها موشک داده است.", "ARMS_TRANSFER", "IRN", "HOUTHIS"),
        ("ایران به حوثی‌ها موشک داده است.", "SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS"),
    ],
)
def test_more_forms(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_rejecting_an_accusation_is_no_accusation_by_the_rejecter():
    text = "ایران اتهامات آمریکا را رد کرد."
    assert ("ACCUSATION", "IRN", "USA") not in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "ترکیه پهپادهای بیرقدار را به جمهوری آذربایجان فروخت.",  # active, به
        "پهپادهای بیرقدار توسط ترکیه به جمهوری آذربایجان تحویل داده شد.",  # passive, توسط
        "فروش ۳۰ فروند پهپاد از سوی ترکیه به جمهوری آذربایجان نهایی شد.",  # nominal
        "جمهوری آذربایجان پهپادهای بیرقدار را از ترکیه خرید.",  # the buyer, از
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "TUR", "AZE") in found
    assert ("ARMS_TRANSFER", "AZE", "TUR") not in found


def test_negated_delivery():
    text = "آلمان موشک‌های تائوروس را به اوکراین تحویل نداد."
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "DEU", "UKR") not in affirmed(text, LANG)


def test_never_gave_weapons():
    text = "پاکستان هرگز به طالبان سلاح نداده است."
    found = triples(text, LANG)
    assert ("ARMS_TRANSFER", "PAK", "TALIBAN", "negated") in found
    assert ("SUPPORT_ARMED_GROUP", "PAK", "TALIBAN", "negated") in found
    assert not affirmed(text, LANG)


def test_planned_with_khahad():
    text = "روسیه جنگنده‌های سوخو-۳۵ را به ایران تحویل خواهد داد."
    f = fact(text, LANG, "ARMS_TRANSFER", "RUS", "IRN")
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert [e["id"] for e in f.equipment] == ["su_35"]


def test_planned_with_qasd_darad():
    text = "آمریکا قصد دارد ۶۶ فروند جنگنده اف-۱۶ به تایوان بفروشد."
    f = fact(text, LANG, "ARMS_TRANSFER", "USA", "TWN")
    assert f.modality == "planned"
    assert (f.quantity, [e["id"] for e in f.equipment]) == (66, ["f_16"])


def test_attributed_claim_is_alleged():
    text = "به گفته مقامات آمریکایی، ایران پهپاد به روسیه فروخته است."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_attribution_makes_an_accusation():
    text = "به گفته مقامات آمریکایی، ایران پهپاد به روسیه فروخته است."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_accused_act_is_alleged():
    text = TYPES[15][0]
    assert fact(text, LANG, "ARMED_CONFLICT", "ARM", "AZE").modality == "alleged"


def test_coordinated_patients_before_ra():
    text = "کره شمالی آمریکا و کره جنوبی را به تحریک متهم کرد."
    found = affirmed(text, LANG)
    assert {("ACCUSATION", "PRK", "USA"), ("ACCUSATION", "PRK", "KOR")} <= found
    assert ("ACCUSATION", "USA", "KOR") not in found


def test_day_date_persian_digits():
    f = fact(TYPES[0][0], LANG, "ALLIANCE", "FIN", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04-04", "day")


def test_month_date_persian_digits():
    f = fact(TYPES[16][0], LANG, "RAPPROCHEMENT", "SAU", "IRN")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-03", "month")


def test_year_latin_digits():
    f = fact("روابط ترکیه و مصر در سال 2023 بهبود یافت.", LANG, "RAPPROCHEMENT", "TUR", "EGY")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023", "year")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("اتیوپی و اریتره از 1998 تا 2000 با یکدیگر جنگیدند.", "1998", "2000", "range"),
        ("اتیوپی و اریتره بین سال‌های 1998 و 2000 جنگیدند.", "1998", "2000", "range"),
        ("اتیوپی و اریتره از ۱۹۹۸ تا ۲۰۰۰ با یکدیگر جنگیدند.", "1998", "2000", "range"),
        ("اتحاد شوروی در دهه 1980 صدها تانک به سوریه فروخت.", "1980", "1989", "decade"),
        ("اتحاد شوروی در دهه ۱۹۸۰ صدها تانک به سوریه فروخت.", "1980", "1989", "decade"),
        ("ترکیه در سال ۲۰۲۰ پهپاد به جمهوری آذربایجان فروخت.", "2020", "2020", "year"),
    ],
)
def test_years_ranges_and_decades(text, start, end, precision):
    found = [f for f in affirmed_facts(text) if f.time]
    assert found
    assert (found[0].time["start"], found[0].time["end"], found[0].time["precision"]) == (
        start,
        end,
        precision,
    )


def test_money_persian_digits():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "UKR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(2e9), "USD")


def test_money_decimal_point():
    text = "آمریکا سالانه 3.8 میلیارد دلار کمک نظامی به اسرائیل می‌دهد."
    f = fact(text, LANG, "MILITARY_AID", "USA", "ISR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(3.8e9), "USD")


def test_money_persian_decimal_separator():
    text = "چین یک وام ۱٫۵ میلیارد دلاری به سریلانکا اعطا کرد."
    f = fact(text, LANG, "ECONOMIC_SUPPORT", "CHN", "LKA")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.5e9), "USD")


def test_vague_money():
    text = "چین میلیاردها دلار در پاکستان سرمایه‌گذاری کرده است."
    f = fact(text, LANG, "ECONOMIC_SUPPORT", "CHN", "PAK")
    assert f.value is not None
    assert (f.value["amount"], f.value["magnitude"], f.value["currency"]) == (None, 1e9, "USD")


def test_financial_is_not_mali():
    text = "عربستان سعودی ۲ میلیارد دلار کمک مالی به پاکستان اعطا کرد."
    assert all("MLI" not in (f.source, f.target) for f in affirmed_facts(text))


def test_quantity_and_equipment():
    text = "مصر ۲۴ فروند جنگنده رافال از فرانسه خریداری کرد."
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "EGY")
    assert f.quantity == 24
    assert [e["id"] for e in f.equipment] == ["rafale"]


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    ("به گفته مقامات اوکراینی، ایران موشک‌های بالستیک به روسیه فروخته است.", "IRN", "RUS", "UKR"),
    ("مقامات اوکراینی می‌گویند ایران موشک به روسیه فروخته است.", "IRN", "RUS", "UKR"),
]

MODALITY_OFFERS = [
    ("روسیه پیشنهاد فروش جنگنده سوخو-۳۵ به اندونزی را داد.", "RUS", "IDN", "offered"),
    ("اوکراین از آلمان سامانه پدافند هوایی بیشتری درخواست کرد.", "DEU", "UKR", "requested"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)
