"""Vietnamese extraction through the whole pipeline, on news-style sentences written for the tests.

Every relation type of the ontology once, role direction in active, passive
(được … / bởi) and nominal (vụ mua bán … của … cho) forms, polarity,
modality, time, money, quantity and equipment. Vietnamese is SVO with
prepositions: the recipient follows cho / tới, the supplier từ, the agent of
a passive bởi (or stands right before the verb after được).
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "vi"

TYPES = [
    ("Phần Lan chính thức gia nhập NATO vào tháng 4 năm 2023.", "ALLIANCE", "FIN", "NATO"),
    (
        "Ấn Độ và Việt Nam nhất trí tăng cường hợp tác quốc phòng.",
        "MILITARY_COOPERATION",
        "IND",
        "VNM",
    ),
    ("Nga đã bàn giao hệ thống tên lửa S-400 cho Ấn Độ.", "ARMS_TRANSFER", "RUS", "IND"),
    (
        "Thổ Nhĩ Kỳ và Indonesia hợp tác sản xuất xe tăng Kaplan MT.",
        "DEFENCE_INDUSTRY",
        "TUR",
        "IDN",
    ),
    (
        "Mỹ và Philippines khởi động cuộc tập trận Balikatan thường niên.",
        "JOINT_EXERCISE",
        "USA",
        "PHL",
    ),
    ("Thổ Nhĩ Kỳ huấn luyện binh sĩ Somalia.", "TRAINING", "TUR", "SOM"),
    (
        "Mỹ cung cấp 3,8 tỷ USD viện trợ quân sự cho Israel mỗi năm.",
        "MILITARY_AID",
        "USA",
        "ISR",
    ),
    (
        "Trung Quốc cấp cho Sri Lanka khoản vay ưu đãi 1 tỷ USD.",
        "ECONOMIC_SUPPORT",
        "CHN",
        "LKA",
    ),
    (
        "Djibouti cho phép Trung Quốc xây dựng căn cứ hải quân đầu tiên ở nước ngoài.",
        "BASING_LOGISTICS",
        "DJI",
        "CHN",
    ),
    (
        "Nhật Bản và Hàn Quốc khôi phục hiệp định chia sẻ thông tin tình báo quân sự GSOMIA.",
        "INTELLIGENCE_SHARING",
        "JPN",
        "KOR",
    ),
    (
        "Thủ tướng Ấn Độ Narendra Modi hội đàm với Tổng thống Pháp Emmanuel Macron tại Paris.",
        "DIPLOMATIC_ENGAGEMENT",
        "IND",
        "FRA",
    ),
    ("Iran hậu thuẫn Hezbollah trong nhiều thập kỷ.", "SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH"),
    (
        "Căng thẳng giữa Trung Quốc và Philippines leo thang tại Bãi Cỏ Mây.",
        "HOSTILITY",
        "CHN",
        "PHL",
    ),
    (
        "Ethiopia và Eritrea giao tranh ác liệt dọc biên giới từ 1998 tới 2000.",
        "ARMED_CONFLICT",
        "ETH",
        "ERI",
    ),
    (
        "Liên minh châu Âu áp đặt các lệnh trừng phạt mới đối với Belarus.",
        "SANCTION_PRESSURE",
        "EU",
        "BLR",
    ),
    (
        "Azerbaijan cáo buộc Armenia pháo kích các làng biên giới.",
        "ACCUSATION",
        "AZE",
        "ARM",
    ),
    (
        "Ả Rập Xê Út và Iran khôi phục quan hệ ngoại giao vào tháng 3 năm 2023.",
        "RAPPROCHEMENT",
        "SAU",
        "IRN",
    ),
    (
        "Ma-rốc cắt đứt quan hệ ngoại giao với Algeria năm 2021.",
        "ESTRANGEMENT",
        "MAR",
        "DZA",
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
        (
            "Hàn Quốc và Ba Lan tiến hành tập trận chung trên biển Baltic.",
            "JOINT_EXERCISE",
            "KOR",
            "POL",
        ),
        ("Nga và Ukraina giao tranh ác liệt ở miền đông.", "ARMED_CONFLICT", "RUS", "UKR"),
        (
            "Philippines cho phép Mỹ tiếp cận thêm bốn căn cứ quân sự.",
            "BASING_LOGISTICS",
            "PHL",
            "USA",
        ),
        ("Sĩ quan Nigeria được đào tạo tại Pakistan.", "TRAINING", "PAK", "NGA"),
        ("Nga huấn luyện phi công Ấn Độ lái tiêm kích Su-30MKI.", "TRAINING", "RUS", "IND"),
        (
            "Quan hệ giữa Trung Quốc và Ấn Độ xấu đi sau vụ đụng độ ở thung lũng Galwan.",
            "ESTRANGEMENT",
            "CHN",
            "IND",
        ),
        (
            "Quan hệ giữa Thổ Nhĩ Kỳ và Ai Cập được cải thiện trong năm 2023.",
            "RAPPROCHEMENT",
            "TUR",
            "EGY",
        ),
        (
            "Trung Quốc viện trợ kinh tế cho Campuchia trị giá 600 triệu USD.",
            "ECONOMIC_SUPPORT",
            "CHN",
            "KHM",
        ),
        (
            "Bình Nhưỡng chỉ trích Hàn Quốc và Mỹ vì các cuộc tập trận.",
            "ACCUSATION",
            "PRK",
            "KOR",
        ),
        ("Mỹ triệu tập đại sứ Trung Quốc để phản đối.", "SANCTION_PRESSURE", "USA", "CHN"),
    ],
)
def test_more_forms(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_summoning_an_ambassador_is_no_diplomatic_engagement():
    found = affirmed("Mỹ triệu tập đại sứ Trung Quốc để phản đối.", LANG)
    assert key("DIPLOMATIC_ENGAGEMENT", "USA", "CHN") not in found


def test_criticising_both_makes_two_accusations():
    found = affirmed("Bình Nhưỡng chỉ trích Hàn Quốc và Mỹ vì các cuộc tập trận.", LANG)
    assert {("ACCUSATION", "PRK", "KOR"), ("ACCUSATION", "PRK", "USA")} <= found


def test_strike_on_an_armed_group():
    text = "Israel tiến hành không kích nhằm vào lực lượng Houthi ở Yemen."
    assert key("ARMED_CONFLICT", "ISR", "HOUTHIS") in affirmed(text, LANG)


@pytest.mark.parametrize(
    "text",
    [
        "Thổ Nhĩ Kỳ bán UAV Bayraktar TB2 cho Azerbaijan.",  # active, cho
        "UAV Bayraktar TB2 được Thổ Nhĩ Kỳ cung cấp cho Azerbaijan.",  # passive, được … cho
        "Các UAV Bayraktar TB2 được chuyển giao bởi Thổ Nhĩ Kỳ cho Azerbaijan.",  # passive, bởi
        "Vụ mua bán 30 UAV của Thổ Nhĩ Kỳ cho Azerbaijan được ký năm 2020.",  # nominal
        "Azerbaijan mua UAV Bayraktar TB2 từ Thổ Nhĩ Kỳ.",  # the buyer as subject, từ
        "Azerbaijan nhận các UAV Bayraktar TB2 từ Thổ Nhĩ Kỳ.",
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "TUR", "AZE") in found
    assert ("ARMS_TRANSFER", "AZE", "TUR") not in found


def test_negated_supply():
    text = "Đức không cung cấp tên lửa Taurus cho Ukraina."
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "DEU", "UKR") not in affirmed(text, LANG)


def test_refusal_is_negation():
    text = "Đức từ chối cung cấp tên lửa Taurus cho Ukraina."
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(text, LANG)


def test_negated_purchase():
    text = "Ấn Độ đã không mua tiêm kích F-35 từ Mỹ."
    assert ("ARMS_TRANSFER", "USA", "IND", "negated") in triples(text, LANG)


def test_negated_plan():
    text = "Iran sẽ không cung cấp tên lửa đạn đạo cho Nga, Ngoại trưởng Iran khẳng định."
    f = fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS")
    assert (f.polarity, f.modality) == ("negated", "planned")


def test_planned_sale():
    f = fact("Mỹ sẽ bán 66 tiêm kích F-16 cho Đài Loan.", LANG, "ARMS_TRANSFER", "USA", "TWN")
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert [e["id"] for e in f.equipment] == ["f_16"]
    assert f.quantity == 66


def test_planned_joint_development():
    text = "Pháp và Ấn Độ sẽ cùng phát triển động cơ cho tiêm kích thế hệ mới."
    assert fact(text, LANG, "DEFENCE_INDUSTRY", "FRA", "IND").modality == "planned"


def test_attributed_claim_is_alleged():
    text = "Theo các quan chức Mỹ, Iran đã cung cấp UAV cho Nga."
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_attribution_after_the_noun_adds_no_supplier():
    text = "Theo các quan chức Mỹ, Iran đã cung cấp UAV cho Nga."
    assert ("ARMS_TRANSFER", "USA", "RUS") not in affirmed(text, LANG)


def test_attribution_after_the_noun_makes_an_accusation():
    text = "Theo các quan chức Mỹ, Iran đã cung cấp UAV cho Nga."
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_accused_act_is_alleged():
    text = "Azerbaijan cáo buộc Armenia pháo kích các làng biên giới."
    assert fact(text, LANG, "ARMED_CONFLICT", "ARM", "AZE").modality == "alleged"


def test_day_date():
    text = "Ngày 12 tháng 3 năm 2024, Hàn Quốc ký hợp đồng bán 48 tiêm kích FA-50 cho Ba Lan."
    f = fact(text, LANG, "ARMS_TRANSFER", "KOR", "POL")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2024-03-12", "day")
    assert (f.quantity, [e["id"] for e in f.equipment]) == (48, ["fa_50"])


def test_month_date():
    f = fact(TYPES[0][0], LANG, "ALLIANCE", "FIN", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04", "month")


def test_year():
    f = fact(TYPES[17][0], LANG, "ESTRANGEMENT", "MAR", "DZA")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2021", "year")


@pytest.mark.parametrize(
    "text",
    [
        "Trong thập niên 1980, Liên Xô cung cấp hàng trăm xe tăng cho Syria.",
        "Trong những năm 1980, Liên Xô cung cấp hàng trăm xe tăng cho Syria.",
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


def test_range_and_quantity():
    text = "Trung Quốc bán 44 xe tăng MBT-2000 cho Bangladesh từ 2004 tới 2006."
    f = fact(text, LANG, "ARMS_TRANSFER", "CHN", "BGD")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("2004", "2006", "range")
    assert f.quantity == 44


def test_fronted_range_keeps_the_roles():
    text = "Từ 2004 tới 2006, Trung Quốc bán 44 xe tăng MBT-2000 cho Bangladesh."
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "CHN", "BGD") in found
    assert ("ARMS_TRANSFER", "BGD", "CHN") not in found


def test_money_dollar_sign_and_ty():
    text = "Mỹ phê duyệt gói viện trợ quân sự trị giá $4.2 tỷ cho Ai Cập."
    f = fact(text, LANG, "MILITARY_AID", "USA", "EGY")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(4.2e9), "USD")


def test_money_decimal_comma():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "ISR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(3.8e9), "USD")


def test_money_trieu_usd():
    text = "Nhật Bản cấp khoản vay 100 triệu USD cho Philippines để mua tàu tuần tra."
    f = fact(text, LANG, "ECONOMIC_SUPPORT", "JPN", "PHL")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1e8), "USD")


def test_vague_money():
    f = fact("Trung Quốc đầu tư hàng tỷ USD vào Pakistan.", LANG, "ECONOMIC_SUPPORT", "CHN", "PAK")
    assert f.value is not None
    assert (f.value["amount"], f.value["magnitude"], f.value["currency"]) == (None, 1e9, "USD")


def test_quantity_and_equipment():
    text = "Bangladesh nhận 22 xe tăng Al-Khalid từ Pakistan."
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "BGD")
    assert f.quantity == 22
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_buyer_quantity_and_equipment():
    f = fact("Ai Cập mua 24 tiêm kích Rafale từ Pháp.", LANG, "ARMS_TRANSFER", "FRA", "EGY")
    assert (f.quantity, [e["id"] for e in f.equipment]) == (24, ["rafale"])


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    ("Theo các quan chức Hàn Quốc, Triều Tiên đã cung cấp đạn pháo cho Nga.", "PRK", "RUS", "KOR"),
]

MODALITY_OFFERS = [
    ("Nga đề nghị bán tiêm kích Su-35 cho Indonesia.", "RUS", "IDN", "offered"),
    ("Ba Lan yêu cầu Hàn Quốc bán thêm xe tăng K2.", "KOR", "POL", "requested"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)


def test_symmetric_partners_pair_across_the_trigger():
    found = affirmed("Cả Ai Cập và Jordan đều đứng về phía Ả Rập Xê Út.", LANG)
    assert {key("ALLIANCE", "EGY", "SAU"), key("ALLIANCE", "JOR", "SAU")} <= found
    assert key("ALLIANCE", "EGY", "JOR") not in found


def test_a_dashed_pair_next_to_the_trigger_is_the_pair():
    found = affirmed("Ba Lan lo ngại về liên minh Nga - Belarus.", LANG)
    assert key("ALLIANCE", "BLR", "RUS") in found
    assert not any("POL" in (s, t) for _, s, t in found)


def test_den_of_a_verb_is_no_recipient_marker():
    found = affirmed("Căng thẳng biên giới đã dẫn đến việc Nga bán thêm xe tăng cho Armenia.", LANG)
    assert ("ARMS_TRANSFER", "RUS", "ARM") in found
    assert ("ARMS_TRANSFER", "ARM", "RUS") not in found


def test_main_battle_tank_is_no_battlefield():
    text = "Ai Cập đã mua 40 xe tăng chiến trường chính từ Mỹ cho quân đội."
    found = affirmed(text, LANG)
    assert not any(t == "ARMED_CONFLICT" for t, _, _ in found)
