"""Language per paragraph, with sentences written for these tests."""

import pytest

from bilateral import lang
from bilateral.document import Document
from bilateral.text.langid import assign_languages, detect
from bilateral.text.paragraphs import split_paragraphs

SAMPLES = {
    "en": "The two navies agreed to hold a joint exercise in the Arabian Sea next spring.",
    "ar": "وقعت الحكومتان اتفاقية للتعاون الدفاعي تشمل تدريب الضباط وتبادل الخبرات العسكرية.",
    "fr": "Les deux pays ont signé un accord de coopération militaire portant sur la formation.",
    "es": "El gobierno anunció la compra de seis fragatas y un programa de formación de pilotos.",
    "ru": "Министерство обороны сообщило о поставке партии бронетехники союзнику в этом году.",
    "zh": "两国海军将于明年春季在南海举行联合演习，以加强防务合作。",
    "vi": "Hai nước đã ký thỏa thuận hợp tác quốc phòng và sẽ tổ chức tập trận chung vào năm tới.",
    "ur": "دونوں ممالک نے دفاعی تعاون کے ایک معاہدے پر دستخط کیے ہیں اور مشترکہ مشقیں کریں گے۔",
    "hi": "दोनों देशों ने रक्षा सहयोग समझौते पर हस्ताक्षर किए और संयुक्त सैन्य अभ्यास की घोषणा की।",
    "fa": "دو کشور توافق‌نامه همکاری دفاعی امضا کردند و قرار است رزمایش مشترک برگزار کنند.",
    "tr": "İki ülke savunma işbirliği anlaşması imzaladı ve ortak tatbikat yapmayı kararlaştırdı.",
    "de": "Die beiden Staaten unterzeichneten ein Abkommen über die Lieferung von Panzern.",
    "pt": "Os dois países assinaram um acordo de cooperação militar e farão exercícios conjuntos.",
    "id": "Kedua negara menandatangani perjanjian kerja sama pertahanan dan latihan bersama.",
    "ja": "両国は防衛協力の協定に署名し、来年に共同訓練を実施することで合意した。",
    "ko": "양국은 방위 협력 협정에 서명하고 내년에 연합 훈련을 실시하기로 합의했다.",
}


def test_samples_cover_every_manifest_language():
    assert set(SAMPLES) == set(lang.codes())


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_each_language(code):
    detected, confidence, letters = detect(SAMPLES[code])
    assert detected == code
    assert confidence > 0.3 and letters > 20


def test_text_without_letters_has_no_language():
    assert detect("2024 — 17:45 / 3.2%")[0] is None


def _doc(text: str, hint: str | None = None) -> Document:
    doc = Document(name="t.txt", raw_text=text, lang_hint=hint)
    doc.text = text
    doc.paragraphs = split_paragraphs(text)
    assign_languages(doc)
    return doc


def test_short_heading_inherits_the_language_of_the_text_under_it():
    doc = _doc("NATO\n\n" + SAMPLES["vi"] + "\n\nPakistan\n\n" + SAMPLES["vi"])
    assert [p.lang for p in doc.paragraphs] == ["vi", "vi", "vi", "vi"]
    assert doc.lang == "vi" and doc.langs == ["vi"]


def test_mixed_document_keeps_each_paragraph_language():
    text = "\n\n".join([SAMPLES["en"], SAMPLES["en"] + " " + SAMPLES["en"], SAMPLES["tr"]])
    doc = _doc(text)
    assert [p.lang for p in doc.paragraphs] == ["en", "en", "tr"]
    assert doc.lang == "en"
    assert doc.langs == ["en", "tr"]


def test_hint_decides_when_nothing_is_sure():
    doc = _doc("NATO\n\nPakistan", hint="fr")
    assert doc.lang == "fr"
    assert [p.lang for p in doc.paragraphs] == ["fr", "fr"]
