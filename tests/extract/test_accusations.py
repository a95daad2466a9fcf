"""An accusation with the act it alleges, in every language: "Ukraine accused Russia of
shelling the plant" is UKR → RUS ACCUSATION and an alleged RUS–UKR ARMED_CONFLICT
(in Japanese and Korean the topic は/는 is the accuser, the が/가 subject of the
reported clause the accused)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import run

ACCUSATIONS = [
    ("en", "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant."),
    ("fr", "L'Ukraine a accusé la Russie d'avoir bombardé la centrale nucléaire de Zaporijjia."),
    ("es", "Ucrania acusó a Rusia de bombardear la central nuclear de Zaporiyia."),
    ("pt", "A Ucrânia acusou a Rússia de bombardear a central nuclear de Zaporíjia."),
    ("de", "Die Ukraine warf Russland vor, das Atomkraftwerk Saporischschja beschossen zu haben."),
    ("ru", "Украина обвинила Россию в обстреле Запорожской АЭС."),
    ("tr", "Ukrayna, Rusya'yı Zaporijya nükleer santralini bombalamakla suçladı."),
    ("ar", "اتهمت أوكرانيا روسيا بقصف محطة زابوريجيا النووية."),
    ("fa", "اوکراین روسیه را به گلوله‌باران نیروگاه هسته‌ای زاپوریژیا متهم کرد."),
    ("ur", "یوکرین نے روس پر زاپوریزیا جوہری پلانٹ پر گولہ باری کا الزام لگایا۔"),
    ("hi", "यूक्रेन ने रूस पर जापोरिज्जिया परमाणु संयंत्र पर गोलाबारी का आरोप लगाया।"),
    ("vi", "Ukraine cáo buộc Nga pháo kích nhà máy điện hạt nhân Zaporizhzhia."),
    ("id", "Ukraina menuduh Rusia menembaki pembangkit listrik tenaga nuklir Zaporizhzhia."),
    ("zh", "乌克兰指责俄罗斯炮击扎波罗热核电站。"),
    ("ja", "ウクライナはロシアがザポリージャ原発を砲撃したと非難した。"),
    ("ko", "우크라이나는 러시아가 자포리자 원전을 포격했다고 비난했다."),
]


@pytest.mark.parametrize(("code", "text"), ACCUSATIONS)
def test_the_accusation_and_the_alleged_act(code, text):
    facts = [(f.type, f.source, f.target, f.modality) for f in run(text, code).facts]
    assert ("ACCUSATION", "UKR", "RUS", "actual") in facts
    assert ("ACCUSATION", "RUS", "UKR", "actual") not in facts
    assert ("ARMED_CONFLICT", "RUS", "UKR", "alleged") in facts
