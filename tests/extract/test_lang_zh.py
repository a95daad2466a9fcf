"""Chinese extraction through the whole pipeline, on news-style sentences written for these tests.

Every relation type of the ontology once, role direction in active, passive
(被) and nominal (对…的军售) forms, polarity, modality, time, money, quantity
and equipment. Chinese is matched without word boundaries; numbers touch the
characters around them (2019年, 22辆, 14亿美元), which several of the engine's
attribute readers do not expect: those cases are marked xfail.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import ALL_TYPES, affirmed, fact, key, triples

LANG = "zh"

TYPES = [
    ("芬兰于2023年4月4日正式加入北约。", "ALLIANCE", "FIN", "NATO"),
    ("印度与越南同意进一步加强军事合作。", "MILITARY_COOPERATION", "IND", "VNM"),
    ("俄罗斯向印度交付了S-400防空导弹系统。", "ARMS_TRANSFER", "RUS", "IND"),
    ("中国与巴基斯坦联合研制JF-17战斗机。", "DEFENCE_INDUSTRY", "CHN", "PAK"),
    ("中国与柬埔寨举行“金龙”联合军演。", "JOINT_EXERCISE", "CHN", "KHM"),
    ("土耳其为索马里培训军官。", "TRAINING", "TUR", "SOM"),
    ("美国向以色列提供38亿美元军事援助。", "MILITARY_AID", "USA", "ISR"),
    ("中国向斯里兰卡提供14亿美元贷款。", "ECONOMIC_SUPPORT", "CHN", "LKA"),
    ("中国在吉布提设有海军基地。", "BASING_LOGISTICS", "DJI", "CHN"),
    ("美国和日本同意加强情报共享。", "INTELLIGENCE_SHARING", "USA", "JPN"),
    ("巴西总统卢拉于2023年4月访问中国。", "DIPLOMATIC_ENGAGEMENT", "BRA", "CHN"),
    ("伊朗长期支持黎巴嫩真主党。", "SUPPORT_ARMED_GROUP", "IRN", "HEZBOLLAH"),
    ("印度和巴基斯坦之间的紧张局势持续升级。", "HOSTILITY", "IND", "PAK"),
    ("俄罗斯与乌克兰自2022年以来处于战争状态。", "ARMED_CONFLICT", "RUS", "UKR"),
    ("欧盟对伊朗实施新一轮制裁。", "SANCTION_PRESSURE", "EU", "IRN"),
    ("阿塞拜疆指责亚美尼亚炮击边境村庄。", "ACCUSATION", "AZE", "ARM"),
    ("沙特阿拉伯和伊朗于2023年3月恢复外交关系。", "RAPPROCHEMENT", "SAU", "IRN"),
    ("摩洛哥宣布与阿尔及利亚断绝外交关系。", "ESTRANGEMENT", "MAR", "DZA"),
]


def test_the_table_covers_every_type():
    assert {t for _, t, _, _ in TYPES} == ALL_TYPES


@pytest.mark.parametrize(("text", "type_name", "source", "target"), TYPES)
def test_each_type(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


@pytest.mark.parametrize(
    ("text", "type_name", "source", "target"),
    [
        ("吉布提允许中国在其境内建立军事基地。", "BASING_LOGISTICS", "DJI", "CHN"),
        ("巴基斯坦是中国的全天候战略合作伙伴。", "ALLIANCE", "PAK", "CHN"),
        ("中国和日本关系回暖。", "RAPPROCHEMENT", "CHN", "JPN"),
        ("朝鲜和韩国关系持续恶化。", "ESTRANGEMENT", "PRK", "KOR"),
        ("美国宣布对朝鲜实施新的制裁。", "SANCTION_PRESSURE", "USA", "PRK"),
        ("乌克兰谴责俄罗斯袭击平民。", "SANCTION_PRESSURE", "UKR", "RUS"),
        ("中国和俄罗斯在日本海举行联合军事演习。", "JOINT_EXERCISE", "CHN", "RUS"),
    ],
)
def test_more_forms(text, type_name, source, target):
    assert key(type_name, source, target) in affirmed(text, LANG)


def test_arms_to_an_armed_group_is_support_as_well():
    found = affirmed("伊朗向胡塞武装提供导弹。", LANG)
    assert ("ARMS_TRANSFER", "IRN", "HOUTHIS") in found
    assert ("SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS") in found


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯向印度交付了S-400防空导弹系统。",  # active, 向
        "S-400防空导弹系统被俄罗斯交付给印度。",  # passive, 被 … 给
        "俄罗斯对印度的军售持续增长。",  # nominal, 对 … 的
        "印度从俄罗斯购买了S-400防空导弹系统。",  # the buyer as subject, 从
        "俄罗斯向印度出售S-400的合同价值54亿美元。",  # verb inside a noun phrase
    ],
)
def test_arms_transfer_direction(text):
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "IND") in found
    assert ("ARMS_TRANSFER", "IND", "RUS") not in found


def test_passive_with_a_destination_verb():
    text = "这批武器被俄罗斯秘密运往叙利亚。"
    assert ("ARMS_TRANSFER", "RUS", "SYR") in affirmed(text, LANG)


def test_passive_of_an_attack_is_no_transfer():
    text = "叙利亚被以色列导弹袭击。"
    assert not any(t == "ARMS_TRANSFER" for t, _, _ in affirmed(text, LANG))


@pytest.mark.xfail(
    strict=True,
    reason="KB/engine: 对台军售 holds the agent name 台军 (Taiwan's forces); a mention inside a "
    "trigger is no party, so the recipient is lost and the fallback takes China (USA→CHN)",
)
def test_arms_sales_to_taiwan():
    text = "美国对台军售引发中国强烈不满。"
    found = affirmed(text, LANG)
    assert ("ARMS_TRANSFER", "USA", "TWN") in found
    assert ("ARMS_TRANSFER", "USA", "CHN") not in found


def test_denial_is_negation():
    text = "俄罗斯否认向伊朗出售苏-35战斗机。"
    assert ("ARMS_TRANSFER", "RUS", "IRN", "negated") in triples(text, LANG)
    assert ("ARMS_TRANSFER", "RUS", "IRN") not in affirmed(text, LANG)


def test_never_is_negation():
    text = "中国从未向俄罗斯提供武器。"
    assert ("ARMS_TRANSFER", "CHN", "RUS", "negated") in triples(text, LANG)


def test_refusal_is_negation():
    text = "中国拒绝向俄罗斯出售武器。"
    assert ("ARMS_TRANSFER", "CHN", "RUS", "negated") in triples(text, LANG)


def test_planned_sale():
    f = fact("韩国计划向波兰出售K2坦克。", LANG, "ARMS_TRANSFER", "KOR", "POL")
    assert (f.polarity, f.modality) == ("affirmed", "planned")
    assert [e["id"] for e in f.equipment] == ["k2"]


def test_agreed_supply_is_planned():
    text = "日本同意向菲律宾提供雷达。"
    assert fact(text, LANG, "ARMS_TRANSFER", "JPN", "PHL").modality == "planned"


def test_attributed_claim_is_alleged_and_an_accusation():
    text = "据美国情报官员称，伊朗向俄罗斯提供了弹道导弹。"
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)


def test_accused_act_is_alleged():
    text = "美国指控伊朗向俄罗斯提供弹道导弹。"
    assert ("ACCUSATION", "USA", "IRN") in affirmed(text, LANG)
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_said_to_be_is_alleged():
    text = "伊朗被指向俄罗斯提供无人机。"
    assert fact(text, LANG, "ARMS_TRANSFER", "IRN", "RUS").modality == "alleged"


def test_day_date():
    f = fact(TYPES[0][0], LANG, "ALLIANCE", "FIN", "NATO")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04-04", "day")


def test_month_date():
    f = fact(TYPES[10][0], LANG, "DIPLOMATIC_ENGAGEMENT", "BRA", "CHN")
    assert f.time is not None
    assert (f.time["start"], f.time["precision"]) == ("2023-04", "month")


def test_decade():
    text = "以色列在1980年代向阿根廷出售武器。"
    f = fact(text, LANG, "ARMS_TRANSFER", "ISR", "ARG")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1980", "1989", "decade")


def test_range_opening_the_sentence():
    text = "1977—1991年，苏联向埃塞俄比亚提供坦克。"
    f = fact(text, LANG, "ARMS_TRANSFER", "SUN", "ETH")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1977", "1991", "range")


def test_range_after_a_character():
    text = "埃塞俄比亚和厄立特里亚在1998-2000年间爆发战争。"
    f = fact(text, LANG, "ARMED_CONFLICT", "ETH", "ERI")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1998", "2000", "range")


def test_range_nian_zhi_nian():
    text = "埃塞俄比亚和厄立特里亚在1998年至2000年间爆发战争。"
    f = fact(text, LANG, "ARMED_CONFLICT", "ETH", "ERI")
    assert f.time is not None
    assert (f.time["start"], f.time["end"], f.time["precision"]) == ("1998", "2000", "range")


def test_money_yi_meiyuan():
    f = fact(TYPES[7][0], LANG, "ECONOMIC_SUPPORT", "CHN", "LKA")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(1.4e9), "USD")


def test_military_aid_money():
    f = fact(TYPES[6][0], LANG, "MILITARY_AID", "USA", "ISR")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(3.8e9), "USD")


def test_equipment():
    text = "巴基斯坦向斯里兰卡交付了22辆哈立德主战坦克。"
    f = fact(text, LANG, "ARMS_TRANSFER", "PAK", "LKA")
    assert [e["id"] for e in f.equipment] == ["al_khalid"]


def test_quantity_with_a_classifier():
    text = "巴基斯坦向斯里兰卡交付了22辆哈立德主战坦克。"
    assert fact(text, LANG, "ARMS_TRANSFER", "PAK", "LKA").quantity == 22


def test_money_after_a_count():
    text = "埃及从法国采购了24架阵风战斗机，总价52亿欧元。"
    f = fact(text, LANG, "ARMS_TRANSFER", "FRA", "EGY")
    assert f.value is not None
    assert (f.value["amount"], f.value["currency"]) == (pytest.approx(5.2e9), "EUR")


# --- modality (issue 4): claims attributed to a state, offers and requests, hearsay ---

MODALITY_CLAIMS = [
    ("据韩国官员称，朝鲜向俄罗斯提供了炮弹。", "PRK", "RUS", "KOR"),
    ("韩国官员表示，朝鲜向俄罗斯提供了炮弹。", "PRK", "RUS", "KOR"),
]

MODALITY_OFFERS = [
    ("俄罗斯提议向印度尼西亚出售苏-35战斗机。", "RUS", "IDN", "offered"),
    ("据报道，朝鲜向俄罗斯提供了炮弹。", "PRK", "RUS", "alleged"),
]


@pytest.mark.parametrize(("text", "actor", "target", "accuser"), MODALITY_CLAIMS)
def test_claim_of_a_state_is_alleged_and_an_accusation(text, actor, target, accuser):
    assert fact(text, LANG, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, LANG)


@pytest.mark.parametrize(("text", "source", "target", "modality"), MODALITY_OFFERS)
def test_modality_of_offers_requests_and_hearsay(text, source, target, modality):
    f = fact(text, LANG, "ARMS_TRANSFER", source, target)
    assert (f.polarity, f.modality) == ("affirmed", modality)
