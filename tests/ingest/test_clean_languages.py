"""Cleaning pages in the other manifest languages: their boilerplate data at work."""

from __future__ import annotations

import pytest

from bilateral.ingest import boilerplate
from bilateral.ingest.clean import clean_text
from bilateral.lang import codes, load_data
from tests.ingest.cleaning import check, reasons

# -- French, Spanish, Portuguese, German --------------------------------------------


def test_french():
    raw = (
        "Un article de Wikipédia, l'encyclopédie libre.\n\n"
        "Article détaillé : Relations entre la France et l'Inde.\n\n"
        "Coopération militaire[modifier | modifier le code]\n\n"
        "L'Inde a acheté 36 Rafale à la France en 2016.[1]\n\n"
        "Notes et références\n\n"
        "↑ « Rafale », Le Monde, consulté le 3 mars 2020.\n\n"
        "Lire aussi\n"
        "L'Inde teste un missile\n\n"
        "Par Jean Dupont\n"
        "© Le Journal 2024 - Tous droits réservés\n"
        "Nous utilisons des cookies pour améliorer votre expérience.\n"
    )
    r = check(raw)
    assert r.text == "Coopération militaire\n\nL'Inde a acheté 36 Rafale à la France en 2016.\n\n"
    assert {"banner", "hatnote", "edit-link", "citation", "references"} <= reasons(r)


def test_spanish():
    raw = (
        "De Wikipedia, la enciclopedia libre\n\n"
        "Por María López, Madrid\n\n"
        "Brasil compró aviones Gripen a Suecia en 2014.[2] La entrega empezó en 2019.[editar]\n"
        "Plantilla:Relaciones exteriores de Brasil\n\n"
        "Leer también\n"
        "Chile moderniza su flota\n\n"
        "Referencias\n\n"
        "«Gripen». El Diario. Consultado el 4 de mayo de 2020.\n\n"
        "Todos los derechos reservados\n"
    )
    r = check(raw)
    assert r.text == (
        "Brasil compró aviones Gripen a Suecia en 2014. La entrega empezó en 2019.\n\n"
    )
    assert {"banner", "byline", "template", "navigation", "references"} <= reasons(r)


def test_portuguese():
    raw = (
        "Origem: Wikipédia, a enciclopédia livre.\n\n"
        "O Brasil e a Suécia assinaram um acordo de defesa em 2015.[1]\n"
        "Predefinição:Relações exteriores do Brasil\n\n"
        "Leia também\n"
        "Marinha recebe submarino\n\n"
        "Referências\n\n"
        "«Acordo». Jornal. Consultado em 4 de maio de 2020.\n"
        "Todos os direitos reservados.\n"
    )
    r = check(raw)
    assert r.text == "O Brasil e a Suécia assinaram um acordo de defesa em 2015.\n\n"


def test_german():
    raw = (
        "Aus Wikipedia, der freien Enzyklopädie\n\n"
        "Von Hans Müller\n\n"
        "Deutschland lieferte 2022 Panzer an Polen.[3]\n"
        "Vorlage:Navigationsleiste Bundeswehr\n\n"
        "Geschichte[Bearbeiten | Quelltext bearbeiten]\n\n"
        "Die Zusammenarbeit begann 1991.\n\n"
        "Lesen Sie auch\n"
        "Polen kauft Haubitzen\n\n"
        "Einzelnachweise\n\n"
        "↑ Panzerlieferung. In: Zeitung. Abgerufen am 5. Mai 2021.\n"
        "Alle Rechte vorbehalten\n"
    )
    r = check(raw)
    assert r.text == (
        "Deutschland lieferte 2022 Panzer an Polen.\n\n"
        "Geschichte\n\nDie Zusammenarbeit begann 1991.\n\n"
    )


# -- Russian, Chinese, Turkish --------------------------------------------------------


def test_russian():
    raw = (
        "Материал из Википедии — свободной энциклопедии\n\n"
        "МОСКВА, 1 марта. /ТАСС/. Россия поставила Индии зенитные комплексы С-400.[1]\n"
        "Поставки начались в 2021 году.[источник не указан 123 дня]\n\n"
        "История[править | править код]\n\n"
        "Шаблон:Внешняя политика России\n\n"
        "Читайте также\n"
        "Индия испытала ракету\n\n"
        "Примечания\n\n"
        "↑ С-400 для Индии. Проверено 12 мая 2020.\n"
        "Все права защищены\n"
    )
    r = check(raw)
    assert r.text == (
        "Россия поставила Индии зенитные комплексы С-400.\nПоставки начались в 2021 году.\n\n"
        "История\n\n"
    )
    assert {"banner", "dateline", "citation", "edit-link", "template"} <= reasons(r)


def test_chinese():
    raw = (
        "维基百科，自由的百科全书\n\n"
        "中国与柬埔寨在云壤海军基地合作[1]，两国于2023年举行联合演习[2][3]。\n"
        "模板:中国军事\n\n"
        "历史[编辑]\n\n"
        "相关新闻\n"
        "柬埔寨海军接收新舰\n\n"
        "参考文献\n\n"
        "^ 云壤基地. 新闻网. 2023-05-01 [2023-06-01]. 检索于2023-06-01.\n"
        "版权所有 © 2024 新闻网\n"
    )
    r = check(raw)
    assert r.text == "中国与柬埔寨在云壤海军基地合作，两国于2023年举行联合演习。\n\n历史\n\n"
    assert {"banner", "citation", "template", "edit-link", "navigation", "references"} <= reasons(r)


def test_turkish():
    raw = (
        "Vikipedi, özgür ansiklopedi\n\n"
        "Türkiye, 2020 yılında Azerbaycan'a insansız hava aracı sattı.[1]\n"
        "Şablon:Türkiye'nin dış ilişkileri\n\n"
        "Tarihçe[değiştir | kaynağı değiştir]\n\n"
        "İlgili İçerikler\n\n"
        "Son Yazılar\n"
        "Azerbaycan yeni tatbikat yaptı\n\n"
        "Kaynakça\n\n"
        '"Bayraktar". Gazete. Erişim tarihi: 5 Mayıs 2020.\n'
        "Tüm hakları saklıdır.\n"
    )
    r = check(raw)
    assert r.text == (
        "Türkiye, 2020 yılında Azerbaycan'a insansız hava aracı sattı.\n\nTarihçe\n\n"
    )


# -- the other manifest languages, from their own data --------------------------------


@pytest.mark.parametrize("code", [c for c in codes() if c != "en"])
def test_each_language_data_applies(code):
    data = load_data(code, boilerplate.FILE)
    body = "Body sentence kept as it is."
    for key in ("banners", "template_prefixes", "hatnotes", "navigation_prefixes"):
        for entry in data.get(key, []):
            raw = f"{entry} Xyz\n{body}\n"
            r = check(raw)
            assert r.text == f"{body}\n", (key, entry)
            assert r.removed[0].reason == boilerplate.SCHEMA[key].reason
    for entry in data.get("edit_links", []) + data.get("inline_notes", []):
        assert check(f"{body}{entry}\n").text == f"{body}\n", entry
    for key in ("reference_headings", "related_headings", "navigation"):
        for entry in data.get(key, []):
            raw = f"{body}\n\n{entry}\n"
            assert check(raw).text == f"{body}\n\n", (key, entry)


def test_en_wiki_mirror_banners_by_pattern():
    raw = (
        "Chile–Peru relations\n\n"
        "From Andeanpedia, the free encyclopedia\n"
        "Anyone can edit this wiki after signing in.\n\n"
        "Chile and Peru restored defence talks in 2019.\n"
    )
    result = clean_text(raw)
    assert "free encyclopedia" not in result.text and "Anyone can edit" not in result.text
    assert "Chile and Peru restored defence talks in 2019." in result.text
    assert {r.reason for r in result.removed} == {"banner"}


def test_ar_read_also_line_with_tanween_is_navigation():
    raw = "وقع البلدان اتفاقية دفاعية جديدة.\n\nاقرأ أيضاً: مناورات مشتركة في البحر الأحمر\n"
    result = clean_text(raw)
    assert "اقرأ" not in result.text
    assert [r.reason for r in result.removed] == ["navigation"]
