"""A leader's visit, as every language's news writes it: the leader's country and the
host (the Hindi/Urdu ergative ने/نے closes the visitor's phrase, so "मार्च में" after
it is the date's, not the visitor's place)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

VISITS = [
    ("en", "The Japanese prime minister visited India in March."),
    ("fr", "Le Premier ministre japonais s'est rendu en Inde en mars."),
    ("es", "El primer ministro japonés visitó la India en marzo."),
    ("pt", "O primeiro-ministro japonês visitou a Índia em março."),
    ("de", "Der japanische Ministerpräsident besuchte im März Indien."),
    ("ru", "Премьер-министр Японии посетил Индию в марте."),
    ("tr", "Japonya Başbakanı mart ayında Hindistan'ı ziyaret etti."),
    ("ar", "زار رئيس الوزراء الياباني الهند في مارس."),
    ("fa", "نخست‌وزیر ژاپن در ماه مارس به هند سفر کرد."),
    ("ur", "جاپان کے وزیر اعظم نے مارچ میں بھارت کا دورہ کیا۔"),
    ("hi", "जापान के प्रधानमंत्री ने मार्च में भारत का दौरा किया।"),
    ("vi", "Thủ tướng Nhật Bản đã thăm Ấn Độ vào tháng Ba."),
    ("id", "Perdana Menteri Jepang mengunjungi India pada bulan Maret."),
    ("zh", "日本首相三月访问了印度。"),
    ("ja", "日本の首相は3月にインドを訪問した。"),
    ("ko", "일본 총리는 3월에 인도를 방문했다."),
]


@pytest.mark.parametrize(("code", "text"), VISITS)
def test_a_visit_engages_the_two_states(code, text):
    assert key("DIPLOMATIC_ENGAGEMENT", "JPN", "IND") in affirmed(text, code)
