"""A mediator is no party (cues.yaml `mediators`, `mediators_before`): "Iran and
Saudi Arabia restored relations in a deal brokered by China" pairs Iran and Saudi
Arabia, and China with neither, in every language."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed

MEDIATED = [
    (
        "en",
        "Iran and Saudi Arabia agreed to restore diplomatic relations in a deal brokered by China.",
    ),
    (
        "fr",
        "L'Iran et l'Arabie saoudite ont rétabli leurs relations diplomatiques avec la médiation "
        "de la Chine.",
    ),
    (
        "es",
        "Irán y Arabia Saudita restablecieron relaciones diplomáticas con la mediación de China.",
    ),
    (
        "pt",
        "O Irã e a Arábia Saudita restabeleceram relações diplomáticas com a mediação da China.",
    ),
    (
        "de",
        "Iran und Saudi-Arabien nahmen unter Vermittlung Chinas wieder diplomatische "
        "Beziehungen auf.",
    ),
    (
        "ru",
        "Иран и Саудовская Аравия восстановили дипломатические отношения при посредничестве Китая.",
    ),
    ("tr", "İran ve Suudi Arabistan, Çin'in arabuluculuğunda diplomatik ilişkileri yeniden kurdu."),
    ("ar", "أعادت إيران والسعودية العلاقات الدبلوماسية بوساطة الصين."),
    ("fa", "ایران و عربستان با میانجیگری چین روابط دیپلماتیک را از سر گرفتند."),
    ("ur", "ایران اور سعودی عرب نے چین کی ثالثی میں سفارتی تعلقات بحال کیے۔"),
    ("hi", "ईरान और सऊदी अरब ने चीन की मध्यस्थता में राजनयिक संबंध बहाल किए।"),
    ("vi", "Iran và Ả Rập Xê Út khôi phục quan hệ ngoại giao dưới sự trung gian của Trung Quốc."),
    ("id", "Iran dan Arab Saudi memulihkan hubungan diplomatik dengan mediasi Tiongkok."),
    ("zh", "在中国斡旋下，伊朗和沙特恢复了外交关系。"),
    ("ja", "イランとサウジアラビアは中国の仲介で外交関係を回復した。"),
    ("ko", "이란과 사우디아라비아는 중국의 중재로 외교 관계를 복원했다."),
]


@pytest.mark.parametrize(("code", "text"), MEDIATED)
def test_the_mediator_is_no_party(code, text):
    found = affirmed(text, code)
    assert any(fact[1:] == ("IRN", "SAU") for fact in found)
    assert not any("CHN" in fact[1:] for fact in found)


def test_the_parties_after_mediation_between_stay():
    # "mediation" before "between": the names that follow are the parties, not mediators
    text = "Qatar's mediation between Israel and Hamas led to new talks."
    found = affirmed(text, "en")
    assert ("DIPLOMATIC_ENGAGEMENT", "HAMAS", "ISR") in found
    assert not any("QAT" in fact[1:] for fact in found)
