"""Lists of suppliers in every language: each name of "A, B and C sent tanks to D" is
a supplier (commas with an article after them, the enumeration comma 、, the
Korean comma that lists names without an and-word)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import affirmed, key

LISTS = [
    ("en", "France, Germany and Italy sent tanks to Ukraine."),
    ("fr", "La France, l'Allemagne et l'Italie ont envoyé des chars à l'Ukraine."),
    ("es", "Francia, Alemania e Italia enviaron tanques a Ucrania."),
    ("pt", "França, Alemanha e Itália enviaram tanques para a Ucrânia."),
    ("de", "Frankreich, Deutschland und Italien lieferten Panzer an die Ukraine."),
    ("ru", "Франция, Германия и Италия передали Украине танки."),
    ("tr", "Fransa, Almanya ve İtalya Ukrayna'ya tank gönderdi."),
    ("ar", "أرسلت فرنسا وألمانيا وإيطاليا دبابات إلى أوكرانيا."),
    ("fa", "فرانسه، آلمان و ایتالیا به اوکراین تانک فرستادند."),
    ("ur", "فرانس، جرمنی اور اٹلی نے یوکرین کو ٹینک بھیجے۔"),
    ("hi", "फ्रांस, जर्मनी और इटली ने यूक्रेन को टैंक भेजे।"),
    ("vi", "Pháp, Đức và Italy đã gửi xe tăng cho Ukraine."),
    ("id", "Prancis, Jerman dan Italia mengirim tank ke Ukraina."),
    ("zh", "法国、德国和意大利向乌克兰运送了坦克。"),
    ("ja", "フランス、ドイツ、イタリアはウクライナに戦車を送った。"),
    ("ko", "프랑스, 독일, 이탈리아는 우크라이나에 전차를 보냈다."),
]


@pytest.mark.parametrize(("code", "text"), LISTS)
def test_each_listed_name_is_a_supplier(code, text):
    found = affirmed(text, code)
    assert all(key("ARMS_TRANSFER", a, "UKR") in found for a in ("FRA", "DEU", "ITA"))
