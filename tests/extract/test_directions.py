"""Direction of transfers when a receiving verb and a nominal trigger meet: the
explicit "received … from X" frame wins over the nominal trigger's guess
(`engine._overruled`), in every language; and everyday English phrasings."""

from __future__ import annotations

import pytest

from bilateral.extract.lexicon import SYMMETRIC
from tests.extract.helpers import affirmed, key, per_language

RECEIVED = [
    ("en", "Ukraine received military aid from Germany."),
    ("fr", "L'Ukraine a reçu une aide militaire de l'Allemagne."),
    ("es", "Ucrania recibió ayuda militar de Alemania."),
    ("pt", "A Ucrânia recebeu ajuda militar da Alemanha."),
    ("de", "Die Ukraine erhielt Militärhilfe von Deutschland."),
    ("ru", "Украина получила военную помощь от Германии."),
    ("tr", "Ukrayna Almanya'dan askeri yardım aldı."),
    ("ar", "تلقت أوكرانيا مساعدات عسكرية من ألمانيا."),
    ("fa", "اوکراین از آلمان کمک نظامی دریافت کرد."),
    ("ur", "یوکرین کو جرمنی سے فوجی امداد ملی۔"),
    ("hi", "यूक्रेन को जर्मनी से सैन्य सहायता मिली।"),
    ("vi", "Ukraine nhận viện trợ quân sự từ Đức."),
    ("id", "Ukraina menerima bantuan militer dari Jerman."),
    ("zh", "乌克兰从德国获得军事援助。"),
    ("ja", "ウクライナはドイツから軍事援助を受けた。"),
    ("ko", "우크라이나는 독일로부터 군사 원조를 받았다."),
]


@pytest.mark.parametrize(("code", "text"), RECEIVED)
def test_received_from_is_given_by(code, text):
    found = affirmed(text, code)
    assert key("MILITARY_AID", "DEU", "UKR") in found
    assert key("MILITARY_AID", "UKR", "DEU") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kyiv got weapons deliveries from Berlin.", ("ARMS_TRANSFER", "DEU", "UKR")),
        ("Pakistan received aid from Washington in 2002.", ("ECONOMIC_SUPPORT", "USA", "PAK")),
        (
            "The 1970s saw the expansion of India's relations with the Soviet Union.",
            ("RAPPROCHEMENT", "IND", "SUN"),
        ),
    ],
)
def test_everyday_english(text, fact):
    found = affirmed(text, "en")
    assert key(*fact) in found
    if fact[0] not in SYMMETRIC:
        assert key(fact[0], fact[2], fact[1]) not in found


def test_military_aid_received_is_no_economic_support():
    found = affirmed("Pakistan received military aid from Washington in 2002.", "en")
    assert key("MILITARY_AID", "USA", "PAK") in found
    assert key("ECONOMIC_SUPPORT", "USA", "PAK") not in found


# nominal purchases: the buyer in a by-phrase, a genitive or an Arabic idafa, the seller
# in a from-phrase or a nationality before the equipment ("russischer S-400-Raketen")
PURCHASES = [
    ("en", "India's purchase of S-400 missiles from Russia angered Washington."),
    ("fr", "L'achat par l'Inde de missiles S-400 à la Russie a irrité Washington."),
    ("es", "La compra de misiles S-400 por la India a Rusia molestó a Washington."),
    ("pt", "A compra de mísseis S-400 da Rússia pela Índia irritou Washington."),
    ("de", "Der Kauf russischer S-400-Raketen durch Indien verärgerte Washington."),
    ("ru", "Покупка Индией российских ракет С-400 вызвала недовольство Вашингтона."),
    ("tr", "Hindistan'ın Rusya'dan S-400 füzeleri satın alması Washington'u kızdırdı."),
    ("ar", "أثار شراء الهند صواريخ إس-400 من روسيا غضب واشنطن."),
    ("fa", "خرید موشک‌های اس-۴۰۰ توسط هند از روسیه خشم واشنگتن را برانگیخت."),
    ("ur", "بھارت کی روس سے ایس-400 میزائلوں کی خریداری نے واشنگٹن کو ناراض کیا۔"),
    ("hi", "भारत द्वारा रूस से एस-400 मिसाइलों की खरीद से वाशिंगटन नाराज हुआ।"),
    ("vi", "Việc Ấn Độ mua tên lửa S-400 từ Nga khiến Washington tức giận."),
    ("id", "Pembelian rudal S-400 oleh India dari Rusia membuat Washington marah."),
    ("zh", "印度从俄罗斯购买S-400导弹激怒了华盛顿。"),
    ("ja", "インドによるロシアからのS-400ミサイル購入は米国を怒らせた。"),
    ("ko", "인도의 러시아산 S-400 미사일 구매는 미국을 화나게 했다."),
]

NOT_YET = {
    "ru": "the agent in the instrumental (Индией) has no marker the engine reads",
}


@pytest.mark.parametrize(("code", "text"), per_language(PURCHASES, NOT_YET))
def test_a_nominal_purchase_has_its_buyer_and_seller(code, text):
    assert key("ARMS_TRANSFER", "RUS", "IND") in affirmed(text, code)


# arms to an armed group: the transfer and the support it is (ontology), supplier first
SUPPLIES = [
    ("en", "Iran has supplied the Houthis with missiles and drones."),
    ("fr", "L'Iran fournit des missiles et des drones aux Houthis."),
    ("es", "Irán suministra misiles y drones a los hutíes."),
    ("pt", "O Irã fornece mísseis e drones aos houthis."),
    ("de", "Der Iran liefert den Huthis Raketen und Drohnen."),
    ("ru", "Иран поставляет хуситам ракеты и беспилотники."),
    ("tr", "İran, Husilere füze ve insansız hava aracı tedarik ediyor."),
    ("ar", "تزود إيران الحوثيين بالصواريخ والطائرات المسيرة."),
    ("fa", "ایران به حوثی‌ها موشک و پهپاد می‌دهد."),
    ("ur", "ایران حوثیوں کو میزائل اور ڈرون فراہم کرتا ہے۔"),
    ("hi", "ईरान हूती विद्रोहियों को मिसाइलें और ड्रोन देता है।"),
    ("vi", "Iran cung cấp tên lửa và máy bay không người lái cho lực lượng Houthi."),
    ("id", "Iran memasok rudal dan drone kepada kelompok Houthi."),
    ("zh", "伊朗向胡塞武装提供导弹和无人机。"),
    ("ja", "イランはフーシ派にミサイルと無人機を供与している。"),
    ("ko", "이란은 후티 반군에 미사일과 드론을 공급하고 있다."),
]

SUPPLY_GAPS = {
    "tr": "a case ending joined without an apostrophe ('Husilere') is no marker (known xfail)",
}


@pytest.mark.parametrize(("code", "text"), per_language(SUPPLIES, SUPPLY_GAPS))
def test_arms_to_an_armed_group(code, text):
    found = affirmed(text, code)
    assert key("ARMS_TRANSFER", "IRN", "HOUTHIS") in found
    assert key("SUPPORT_ARMED_GROUP", "IRN", "HOUTHIS") in found
