"""Datelines at the head of documents, in every manifest language.

All example texts were written for these tests.
"""

from __future__ import annotations

import time

import pytest

from bilateral import lang
from bilateral.document import Document
from bilateral.text.dateline import find_dateline
from bilateral.text.paragraphs import split_paragraphs

BODY = {
    "en": "The two delegations met for a third round of talks on trade and border crossings.",
    "ar": "التقى الوفدان في جولة ثالثة من المحادثات حول التجارة والمعابر الحدودية.",
    "fr": "Les deux délégations se sont réunies pour un troisième cycle de discussions.",
    "es": "Las dos delegaciones se reunieron para una tercera ronda de conversaciones.",
    "ru": "Две делегации встретились для третьего раунда переговоров о торговле.",
    "zh": "两国代表团举行了第三轮贸易和边境口岸问题会谈。",
    "vi": "Hai phái đoàn đã gặp nhau trong vòng đàm phán thứ ba về thương mại.",
    "ur": "دونوں وفود نے تجارت اور سرحدی گزرگاہوں پر بات چیت کا تیسرا دور کیا۔",
    "hi": "दोनों प्रतिनिधिमंडलों ने व्यापार पर तीसरे दौर की बातचीत की।",
    "fa": "دو هیئت برای دور سوم گفتگوها درباره تجارت و گذرگاه‌های مرزی دیدار کردند.",
    "tr": "İki heyet ticaret ve sınır kapıları konusunda üçüncü tur görüşmeler yaptı.",
    "de": "Die beiden Delegationen trafen sich zu einer dritten Gesprächsrunde über Handel.",
    "pt": "As duas delegações reuniram-se para uma terceira ronda de conversações.",
    "id": "Kedua delegasi bertemu untuk putaran ketiga perundingan tentang perdagangan.",
    "ja": "両国の代表団は貿易と国境検問所に関する第3回協議を行った。",
    "ko": "양국 대표단은 무역과 국경 통과에 관한 세 번째 회담을 가졌다.",
}

# (language, head lines above the body, expected ISO date)
DATELINES = [
    ("en", "Border talks resume\nPublished 12 March 2024", "2024-03-12"),
    ("en", "Border talks resume\nMarch 12, 2024", "2024-03-12"),
    ("en", "Border talks resume\nUpdated: Tuesday, March 12th, 2024, 10:40 GMT", "2024-03-12"),
    ("en", "Border talks resume\n2024-03-12", "2024-03-12"),
    ("en", "Border talks resume\n3/12/2024", "2024-03-12"),  # en-US order: month first
    ("en", "Quarterly review\nMarch 2024", "2024-03"),
    ("ar", "استئناف المحادثات\nنشر في ١٢ مارس ٢٠٢٤", "2024-03-12"),
    ("ar", "استئناف المحادثات\n12 مارس 2024", "2024-03-12"),
    ("fr", "Reprise des pourparlers\nPublié le 12 mars 2024", "2024-03-12"),
    ("fr", "Reprise des pourparlers\n1er avril 2024", "2024-04-01"),
    ("fr", "Reprise des pourparlers\n12/03/2024", "2024-03-12"),  # day first in French
    ("es", "Se reanudan las conversaciones\n12 de marzo de 2024", "2024-03-12"),
    ("ru", "Переговоры возобновлены\n12 марта 2024 г.", "2024-03-12"),
    ("ru", "Переговоры возобновлены\nОпубликовано: 12.03.2024", "2024-03-12"),
    ("zh", "会谈恢复\n2024年3月12日", "2024-03-12"),
    ("vi", "Đàm phán được nối lại\nngày 12 tháng 3 năm 2024", "2024-03-12"),
    ("vi", "Đàm phán được nối lại\n12 tháng 3, 2024", "2024-03-12"),
    ("ur", "مذاکرات دوبارہ شروع\n12 مارچ 2024", "2024-03-12"),
    ("ur", "مذاکرات دوبارہ شروع\n۱۲ مارچ ۲۰۲۴", "2024-03-12"),
    ("hi", "वार्ता फिर शुरू\n12 मार्च 2024", "2024-03-12"),
    ("hi", "वार्ता फिर शुरू\n१२ मार्च २०२४", "2024-03-12"),
    ("fa", "از سرگیری مذاکرات\n۱۲ مارس ۲۰۲۴", "2024-03-12"),
    ("fa", "از سرگیری مذاکرات\nتاریخ انتشار: ۱۲ مارس ۲۰۲۴", "2024-03-12"),
    ("tr", "Görüşmeler yeniden başladı\n12 Mart 2024", "2024-03-12"),
    ("tr", "Görüşmeler yeniden başladı\n12 MAYIS 2024", "2024-05-12"),
    ("de", "Gespräche wieder aufgenommen\nBerlin, den 12. März 2024", "2024-03-12"),
    ("de", "Gespräche wieder aufgenommen\n12.03.2024", "2024-03-12"),
    ("pt", "Conversações retomadas\n12 de março de 2024", "2024-03-12"),
    ("id", "Perundingan dilanjutkan\n12 Maret 2024", "2024-03-12"),
    ("ja", "協議再開\n2024年3月12日 10:00", "2024-03-12"),
    ("ja", "協議再開\n2024年3月", "2024-03"),
    ("ko", "회담 재개\n2024년 3월 12일", "2024-03-12"),
    ("ko", "회담 재개\n입력 2024. 3. 12. 오전 10:00", "2024-03-12"),
]

# Long first paragraphs that open with the date, as wire stories do.
OPENINGS = [
    (
        "es",
        "MADRID, 12 de marzo de 2024 (EFE) – Las dos delegaciones se reunieron hoy en la "
        "capital para una tercera ronda de conversaciones sobre comercio y fronteras.",
        "2024-03-12",
    ),
    (
        "en",
        "GENEVA, March 12, 2024 — The two delegations met on Tuesday for a third round of "
        "talks on trade, border crossings and the exchange of detained fishermen.",
        "2024-03-12",
    ),
    (
        "fr",
        "mardi 12 mars 2024 — Les deux délégations se sont réunies à Genève pour un "
        "troisième cycle de discussions sur le commerce et les postes-frontières.",
        "2024-03-12",
    ),
    (
        "ar",
        "القاهرة، ١٢ مارس ٢٠٢٤ - التقى الوفدان اليوم في العاصمة لجولة ثالثة من "
        "المحادثات حول التجارة والمعابر الحدودية وتبادل الصيادين المحتجزين.",
        "2024-03-12",
    ),
]


def _doc(text: str, code: str) -> Document:
    doc = Document(name="t.txt", raw_text=text)
    doc.text = text
    doc.paragraphs = split_paragraphs(text)
    for para in doc.paragraphs:
        para.lang = code
    return doc


def test_every_manifest_language_has_a_dateline_case() -> None:
    assert {code for code, _, _ in DATELINES} == set(lang.codes())


@pytest.mark.parametrize(("code", "head", "expected"), DATELINES)
def test_dateline(code: str, head: str, expected: str) -> None:
    assert find_dateline(_doc(f"{head}\n\n{BODY[code]}", code)) == expected


@pytest.mark.parametrize(("code", "text", "expected"), OPENINGS)
def test_long_paragraph_opening_with_a_date(code: str, text: str, expected: str) -> None:
    assert len(text) > 100
    assert find_dateline(_doc(f"{text}\n\n{BODY[code]}", code)) == expected


def test_full_date_wins_over_an_earlier_month_and_year() -> None:
    text = f"Outlook for March 2024\nPosted 14 March 2024\n\n{BODY['en']}"
    assert find_dateline(_doc(text, "en")) == "2024-03-14"


def test_english_dates_are_read_in_any_language() -> None:
    text = f"Переговоры возобновлены\n12 March 2024\n\n{BODY['ru']}"
    assert find_dateline(_doc(text, "ru")) == "2024-03-12"


def test_day_over_twelve_settles_the_order() -> None:
    assert find_dateline(_doc(f"Report\n25/12/2024\n\n{BODY['en']}", "en")) == "2024-12-25"
    assert find_dateline(_doc(f"Rapport\n12/25/2024\n\n{BODY['fr']}", "fr")) == "2024-12-25"


NOT_DATELINES = [
    (
        "en",
        "Border talks resume\n\n" + BODY["en"] + "\n\nA second meeting followed.\n\n"
        "Officials said the next round is set for 12 March 2024.",
    ),  # deep in the body
    (
        "en",
        "Border talks resume\n" + "The minister said that on 12 March 2024 the talks would "
        "resume after a long pause in the negotiations between the two neighbours.",
    ),
    (
        "ru",
        "Переговоры\nОн сказал, 12 марта 2024 года стороны вернутся к обсуждению торговли "
        "и пограничных переходов после долгой паузы.",
    ),
    ("en", "A\nB\nC\nD\n12 March 2024"),  # fifth paragraph: below the head
    ("en", "Annual Report 2024\n\n" + BODY["en"]),  # a bare year is too weak
    ("en", "Footnote [4] and a fee of $25\n\n" + BODY["en"]),
    ("en", "Remembering 9/11\n\n" + BODY["en"]),
    ("en", "Shark '08 returns\n\n" + BODY["en"]),
    ("en", "Report\n13/13/2024\n\n" + BODY["en"]),  # month 13 either way
    ("en", "Report\n32 March 2024\n\n" + BODY["en"]),
    ("en", "Report\n30 February 2024\n\n" + BODY["en"]),  # no month-only fallback either
    ("es", "Informe\n31 de febrero de 2024\n\n" + BODY["es"]),
    ("zh", "报告\n2024年2月30日\n\n" + BODY["zh"]),
    ("de", "Bericht\n12. März 1850\n\n" + BODY["de"]),  # outside 1900-2100
    ("en", "Report\n2150-03-12\n\n" + BODY["en"]),
    ("en", "Version 1.2.3 released\n\n" + BODY["en"]),
]


@pytest.mark.parametrize(("code", "text"), NOT_DATELINES)
def test_not_a_dateline(code: str, text: str) -> None:
    assert find_dateline(_doc(text, code)) is None


def test_no_paragraphs() -> None:
    assert find_dateline(Document(name="t.txt", raw_text="")) is None


def test_fast_once_compiled() -> None:
    docs = [_doc(f"{head}\n\n{BODY[code]}", code) for code, head, _ in DATELINES]
    for doc in docs:
        find_dateline(doc)  # compile each language once
    start = time.perf_counter()
    for _ in range(20):
        for doc in docs:
            find_dateline(doc)
    per_doc = (time.perf_counter() - start) / (20 * len(docs))
    assert per_doc < 0.005, f"{per_doc * 1000:.2f} ms per document"


def test_ar_dual_month_names_and_levantine_months():
    text = "الرياض، 12 نوفمبر/تشرين الثاني 2024\n\nنص الخبر."
    assert find_dateline(_doc(text, "ar")) == "2024-11-12"
    assert find_dateline(_doc("دمشق، 3 آذار 2023\n\nنص الخبر.", "ar")) == "2023-03-03"
