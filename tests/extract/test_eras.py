"""A person's term of office dates a fact: one case per language, and the limits."""

from __future__ import annotations

import pytest

from bilateral import lang as manifest
from bilateral.document import Document
from bilateral.extract.eras import KB_AS_OF, find_era, term_years
from bilateral.pipeline import matcher_for, process

CASES = {
    "en": ("Relations with Washington cooled under Prime Minister Imran Khan.", (2018, 2022)),
    "ar": ("لكن العلاقات مع واشنطن فترت في عهد رئيس الوزراء عمران خان.", (2018, 2022)),
    "ur": ("عمران خان کے دور میں امریکہ کے ساتھ تعلقات خراب ہوئے۔", (2018, 2022)),
    "hi": ("इमरान ख़ान के कार्यकाल में अमेरिका के साथ संबंध बिगड़े।", (2018, 2022)),
    "fa": ("در دوران احمدی‌نژاد روابط ایران و ونزوئلا گسترش یافت.", (2005, 2013)),
    "tr": ("Erdoğan döneminde Türkiye ile Katar arasındaki ilişkiler güçlendi.", (2003, KB_AS_OF)),
    "ru": ("При Путине Россия сблизилась с Китаем.", (1999, KB_AS_OF)),
    "zh": ("习近平执政期间，中国与俄罗斯关系更加密切。", (2013, KB_AS_OF)),
    "ja": ("安倍晋三政権下で日本とインドの関係は深まった。", (2006, 2020)),
    "ko": ("박정희 정부 시절 한국은 베트남에 군대를 파병했다.", (1961, 1979)),
    "vi": ("Dưới thời Musharraf, Pakistan trở thành đồng minh của Mỹ.", (1999, 2008)),
    "id": ("Pada masa Soeharto, Indonesia membeli senjata dari Amerika Serikat.", (1967, 1998)),
    "fr": (
        "Sous la présidence de Macron, la France a vendu des Rafale à l'Inde.",
        (2017, KB_AS_OF),
    ),
    "es": ("Durante el gobierno de Chávez, Venezuela compró armas a Rusia.", (1999, 2013)),
    "pt": ("Durante o governo de Lula, o Brasil aproximou-se da China.", (2003, KB_AS_OF)),
    "de": ("Unter Kanzlerin Merkel lieferte Deutschland Waffen an Saudi-Arabien.", (2005, 2021)),
}


def era_of(text: str, code: str):
    kb = matcher_for(()).kb
    doc = process(Document(name="t.txt", raw_text=f"News\n\n{text}", lang_hint=code))
    index = len(doc.sentences) - 1
    sentence = doc.sentences[index]
    persons = [
        m
        for m in doc.mentions
        if m.sentence == index
        and getattr(kb.entities.get(m.actor_id or ""), "kind", "") == "person"
    ]
    return find_era(doc.text[sentence.start : sentence.end], sentence.start, code, persons, kb)


def test_every_language_has_era_cues():
    assert set(CASES) == set(manifest.codes())


@pytest.mark.parametrize("code", sorted(CASES))
def test_term_of_office(code):
    text, years = CASES[code]
    era = era_of(text, code)
    assert era is not None, text
    assert (era.first, era.last) == years
    assert era.text in text


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Pakistan bought tanks from China.",  # no person
        "Under pressure, Merkel approved the sale of tanks to Qatar.",  # a clause between
        "Imran Khan said the government would buy Chinese jets.",  # a person, no era cue
    ],
)
def test_no_era_without_a_cue_tied_to_a_person(text):
    assert era_of(text, "en") is None


def test_term_years_prefers_leading_offices_and_open_offices_end_with_the_document():
    roles = [
        {"role": "army_chief", "from": 1945, "to": 1948},
        {"role": "head_of_state", "from": 1953, "to": 1961},
    ]
    assert term_years(roles) == (1953, 1961)
    assert term_years([{"role": "army_chief", "from": 1945, "to": 1948}]) == (1945, 1948)
    assert term_years([{"role": "head_of_state", "from": 2017}], doc_year=2020) == (2017, 2020)
    assert term_years([]) is None


@pytest.mark.parametrize("code", manifest.codes())
def test_eras_data_file(code):
    data = manifest.load_data(code, "eras.yaml")
    assert isinstance(data, dict) and set(data) == {"before", "after"}, code
    for key in ("before", "after"):
        words = data[key]
        assert isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words)
        assert len(words) == len(set(words)), f"{code}/eras.yaml: duplicate in {key}"
    assert data["before"] or data["after"], f"{code}/eras.yaml has no cue"


def test_a_fact_without_a_year_takes_the_term_it_names():
    doc = process(
        Document(
            name="t.txt",
            raw_text="News\n\nUnder President Musharraf, Pakistan bought tanks from China.",
            lang_hint="en",
        )
    )
    [deal] = [f for f in doc.facts if f.type == "ARMS_TRANSFER"]
    assert (deal.source, deal.target) == ("CHN", "PAK")
    assert deal.time is not None and deal.time["precision"] == "term"
    assert (deal.time["start"], deal.time["end"]) == ("1999", "2008")


def test_a_year_in_the_sentence_wins_over_the_term():
    doc = process(
        Document(
            name="t.txt",
            raw_text="News\n\nUnder President Musharraf, Pakistan bought tanks from China in 2004.",
            lang_hint="en",
        )
    )
    [deal] = [f for f in doc.facts if f.type == "ARMS_TRANSFER"]
    assert deal.time is not None and deal.time["start"] == "2004"
