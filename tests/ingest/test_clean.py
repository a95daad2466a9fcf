"""The cleaning stage: boilerplate out, body in, and an exact map back to the raw text."""

from __future__ import annotations

import random
import re

import pytest

from bilateral.ingest import boilerplate
from bilateral.ingest.clean import CleanResult, clean_text
from bilateral.lang import SHARED, codes, data_file, load_data


def check(raw: str, fmt: str = "txt") -> CleanResult:
    """Clean `raw` and assert the offset-map invariants."""
    result = clean_text(raw, fmt)
    text, offsets = result.text, result.offsets
    covered = [False] * len(raw)
    copied = 0
    for clean_start, raw_start, length in offsets.segments:
        assert text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
        for k in range(length):
            assert raw[offsets.to_raw(clean_start + k)] == text[clean_start + k]
            covered[raw_start + k] = True
        copied += length
    # whatever was not copied was inserted by cleaning: only spaces
    inserted = [text[i] for i in range(len(text)) if not _is_copied(offsets, i)]
    assert len(inserted) == len(text) - copied and set(inserted) <= {" "}
    # removed spans are ordered, disjoint, reasoned and cover the rest of the raw text
    last = 0
    for span in result.removed:
        assert last <= span.start < span.end <= len(raw) and span.reason
        for k in range(span.start, span.end):
            assert not covered[k], (span, raw[span.start : span.end])
            covered[k] = True
        last = span.end
    assert all(covered), "raw text neither copied nor marked as removed"
    return result


def _is_copied(offsets, i: int) -> bool:
    return any(c <= i < c + n for c, _, n in offsets.segments)


def removed(raw: str, result: CleanResult) -> list[tuple[str, str]]:
    return [(raw[s.start : s.end].strip(), s.reason) for s in result.removed]


def reasons(result: CleanResult) -> set[str]:
    return {s.reason for s in result.removed}


# -- English ------------------------------------------------------------------

WIKI_EN = """From Wikipedia, the free encyclopedia

Chile–Peru relations

Main article: Foreign relations of Chile

History[edit]

The two navies held a joint drill in 2019.[3] Officials called it a success.[4][5]
Peru bought two frigates from Chile.[citation needed] The deal closed in 2020.[a][note 1]

See also[edit]

References[edit]

  1. 1.0 1.1 "Navies drill off Arica". Example Times. Retrieved 3 May 2020.
  2. Smith, Ann (2020). "Frigate sale". Defence Weekly. p. 12.

Template:Foreign relations of Chile
"""


def test_wikipedia_page_in_english():
    r = check(WIKI_EN)
    assert r.text == (
        "Chile–Peru relations\n\n"
        "History\n\n"
        "The two navies held a joint drill in 2019. Officials called it a success.\n"
        "Peru bought two frigates from Chile. The deal closed in 2020.\n\n"
    )
    got = removed(WIKI_EN, r)
    assert ("From Wikipedia, the free encyclopedia", "banner") in got
    assert ("Main article: Foreign relations of Chile", "hatnote") in got
    assert ("[edit]", "edit-link") in got
    assert ("[4][5]", "citation") in got and ("[citation needed]", "citation") in got
    assert ("[a][note 1]", "citation") in got
    assert got[-2][1] == "references" and got[-2][0].startswith("See also[edit]")
    assert got[-1] == ("Template:Foreign relations of Chile", "template")


def test_citation_glued_to_the_next_sentence_gets_a_space():
    raw = "Aid rose sharply.[13]Later the ties cooled. Trade grew[2]fast.\n"
    assert check(raw).text == "Aid rose sharply. Later the ties cooled. Trade grew fast.\n"


def test_citation_between_spaces_and_with_page_number():
    raw = "NATO [1] and Pakistan signed it [2]. The text says so.[1]:12 Fine.\n"
    assert check(raw).text == "NATO and Pakistan signed it. The text says so. Fine.\n"


def test_body_mentions_of_reference_words_stay():
    raw = (
        "The minister made several references to the 1998 treaty.\n\n"
        "See also the annex, which lists the sources of the arms.\n\n"
        "Notes were exchanged between the two embassies.\n"
    )
    r = check(raw)
    assert r.text == raw and r.removed == []


def test_reference_section_ends_at_the_next_heading():
    raw = (
        "Intro sentence about the alliance.\n\n"
        "Notes\n\n"
        "1. Jones (2004), p. 3.\n"
        "2. ^ Brown, Tom. Naval History. Retrieved 1 June 2011.\n\n"
        "Aftermath\n\n"
        "In 2005 the two states renewed their defence pact.\n"
    )
    r = check(raw)
    assert r.text == (
        "Intro sentence about the alliance.\n\nAftermath\n\n"
        "In 2005 the two states renewed their defence pact.\n"
    )
    assert reasons(r) == {"references"}


def test_prose_after_a_reference_heading_is_kept():
    body = (
        "The navy of Chile trained Peruvian officers in 2015 and again in 2016. Both "
        "governments praised the programme, which covered mine warfare, logistics and "
        "search and rescue. A third round is planned for next year."
    )
    raw = f"Sources\n{body}\n"
    assert check(raw).text == f"{body}\n"


def test_reference_lines_outside_a_section():
    raw = (
        "Body text.\n"
        '^ "Treaty signed". Example Post. 2 March 2001.\n'
        '  4. 4.0 4.1 4.2 Jones, Ann. "Arms". Retrieved 3 May 2020.\n'
        "Another body sentence.\n"
    )
    r = check(raw)
    assert r.text == "Body text.\nAnother body sentence.\n"
    assert reasons(r) == {"references"}


def test_numbered_body_headings_stay():
    raw = "1. The history of relations\n\n1-1. Before 2001\n\nText.\n"
    assert check(raw).text == raw


def test_news_chrome_in_english():
    raw = (
        "By John Smith and Jane Doe, Reuters\n\n"
        "ISLAMABAD (Reuters) - Pakistan and China signed a naval pact on Monday.\n\n"
        "The pact covers joint patrols.\n\n"
        "Related articles\n"
        "China, Pakistan hold air drill\n"
        "India tests new missile\n\n"
        "Tags: Pakistan, China, Navy\n"
        "Share this article\n"
        "Subscribe to our newsletter for daily updates\n"
        "Follow us on Twitter\n"
        "We use cookies to improve your experience. By continuing you accept them.\n"
        "© 2024 Example News Ltd. All rights reserved.\n"
        "Reporting by Asif Shahzad; Editing by Tom Hogue\n"
    )
    r = check(raw)
    assert r.text == (
        "Pakistan and China signed a naval pact on Monday.\n\nThe pact covers joint patrols.\n\n"
    )
    got = dict((reason, text) for text, reason in removed(raw, r))
    assert got["dateline"] == "ISLAMABAD (Reuters) -"
    assert {"byline", "navigation", "cookie", "copyright"} <= set(got)


def test_byline_like_sentences_in_the_body_stay():
    raw = (
        "By 2010, the two navies exercised every year.\n"
        "By contrast, the air forces rarely met.\n\n"
        "Middle paragraph one.\n\nMiddle two.\n\nMiddle three.\n\nMiddle four.\n\n"
        "By John Smith\n\n"
        "Middle five.\n\nMiddle six.\n\nMiddle seven.\n\nMiddle eight.\n\nEnd.\n"
    )
    r = check(raw)
    assert "By 2010, the two navies" in r.text and "By contrast" in r.text
    assert "By John Smith" in r.text  # a byline shape, but in the middle of the text


def test_disclaimer_and_caption_credit():
    raw = (
        "Photo: Reuters\n"
        "Ankara sold drones to Baku.\n\n"
        "Note: The views and opinions expressed in this article are those of the "
        "authors and do not necessarily reflect the official policy of the centre.\n"
    )
    r = check(raw)
    assert r.text == "Ankara sold drones to Baku.\n\n"
    assert reasons(r) == {"caption-credit", "disclaimer"}


def test_template_glued_to_a_sentence():
    raw = "Template:Military of ChileIn 1990 the two states signed a treaty.\n"
    r = check(raw)
    assert r.text == "In 1990 the two states signed a treaty.\n"
    assert removed(raw, r) == [("Template:Military of Chile", "template")]


# -- Vietnamese -----------------------------------------------------------------

WIKI_VI = """Bách khoa toàn thư mở Wikipedia

Quan hệ Việt Nam – Ấn Độ

Bài chi tiết: Quan hệ ngoại giao của Việt Nam

Hợp tác quốc phòng[sửa | sửa mã nguồn]

Bản mẫu:Chú thích trong bàiNăm 2016, Ấn Độ cấp cho Việt Nam khoản tín dụng quốc phòng.[2]
Hai nước tập trận chung trên biển.[cần dẫn nguồn] Hải quân trao đổi sĩ quan.[3]Những chuyến thăm.

Tham khảo

^ “Ấn Độ và Việt Nam”. Báo Ví Dụ. Truy cập ngày 3 tháng 5 năm 2019.

Liên kết ngoài
"""


def test_wikipedia_page_in_vietnamese():
    r = check(WIKI_VI)
    assert r.text == (
        "Quan hệ Việt Nam – Ấn Độ\n\n"
        "Hợp tác quốc phòng\n\n"
        "Năm 2016, Ấn Độ cấp cho Việt Nam khoản tín dụng quốc phòng.\n"
        "Hai nước tập trận chung trên biển. Hải quân trao đổi sĩ quan. Những chuyến thăm.\n\n"
    )
    got = removed(WIKI_VI, r)
    assert ("Bài chi tiết: Quan hệ ngoại giao của Việt Nam", "hatnote") in got
    assert ("Bản mẫu:Chú thích trong bài", "template") in got
    assert ("[sửa | sửa mã nguồn]", "edit-link") in got
    assert ("[cần dẫn nguồn]", "citation") in got


def test_vietnamese_news_chrome():
    raw = (
        "(Dân trí) - Việt Nam và Nhật Bản ký thỏa thuận chuyển giao thiết bị quốc phòng.\n\n"
        "Theo các nhà phân tích, thỏa thuận mở đường cho hợp tác sâu hơn.\n\n"
        "Tin liên quan\n"
        "Nhật Bản viện trợ tàu tuần tra\n\n"
        "Theo VnExpress\n"
    )
    r = check(raw)
    assert r.text == (
        "Việt Nam và Nhật Bản ký thỏa thuận chuyển giao thiết bị quốc phòng.\n\n"
        "Theo các nhà phân tích, thỏa thuận mở đường cho hợp tác sâu hơn.\n\n"
    )
    assert reasons(r) == {"dateline", "navigation", "byline"}


# -- Arabic -----------------------------------------------------------------------


def test_arabic_wiki_and_news():
    raw = (
        "من ويكيبيديا، الموسوعة الحرة\n\n"
        "القاهرة (رويترز) - وقعت مصر وفرنسا صفقة طائرات رافال.[1]\n"
        "في عام 2015وقعت مصر اتفاقية أولى.[تعديل]\n\n"
        "اقرأ أيضا\n"
        "السعودية تشتري دبابات\n\n"
        "المراجع\n\n"
        '^ "صفقة رافال". اطلع عليه بتاريخ 3 مايو 2020.\n\n'
        "قالب:علاقات مصر الخارجية\n"
        "جميع الحقوق محفوظة © 2024\n"
    )
    r = check(raw)
    assert r.text == ("وقعت مصر وفرنسا صفقة طائرات رافال.\nفي عام 2015 وقعت مصر اتفاقية أولى.\n\n")
    assert {"banner", "dateline", "citation", "edit-link", "navigation", "references"} <= reasons(r)


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


# -- Markdown ---------------------------------------------------------------------------


def test_markdown():
    raw = (
        "---\ntitle: Gripen deal\ndate: 2024-01-02\n---\n"
        "# Brazil and *Sweden*\n\n"
        "<!-- editor's note -->\n"
        '**Brazil** signed a [contract](https://example.com/a "t") with _Sweden_ '
        "for `36` jets.[[1]](#cite-1) ![logo](x.png)\n\n"
        "> Quoted <b>words</b> stay.\n\n"
        "---\n\n"
        "```\ncode [1] stays\n```\n"
        "[1]: https://example.com/ref\n"
    )
    r = check(raw, "md")
    assert r.text == (
        "Brazil and Sweden\n\n"
        "Brazil signed a contract with Sweden for 36 jets.\n\n"
        "Quoted words stay.\n\n"
        "code [1] stays\n"
    )
    assert {"front-matter", "markup", "comment", "citation", "image"} <= reasons(r)


def test_markdown_reference_heading():
    raw = "Text.\n\n## References\n\n1. Smith (2020). Retrieved 3 May 2021.\n"
    assert check(raw, "md").text == "Text.\n\n"


# -- general -----------------------------------------------------------------------------


def test_plain_text_is_unchanged():
    raw = "Japan and Australia signed an access agreement in 2022.\r\nIt entered into force.\n"
    r = check(raw)
    assert r.text == raw and r.removed == [] and len(r.offsets.segments) == 1


def test_empty_and_boilerplate_only():
    assert check("").text == ""
    r = check("From Wikipedia, the free encyclopedia\n\n[edit]\n")
    assert r.text.strip() == ""


def test_removed_blank_lines_collapse():
    raw = "Para one.\n\nMain article: X\n\nPara two.\nSee also: Y\n\n\nPara three.\n"
    assert check(raw).text == "Para one.\n\nPara two.\n\nPara three.\n"


# -- the boilerplate data ------------------------------------------------------------------


def test_every_language_has_a_boilerplate_file():
    for code in [SHARED, *codes()]:
        assert data_file(code, boilerplate.FILE) is not None, code


@pytest.mark.parametrize("code", [SHARED, *codes()])
def test_boilerplate_file_is_valid(code):
    data = load_data(code, boilerplate.FILE)
    assert boilerplate.validate(data, code) == []
    for key, entries in data.items():
        spec = boilerplate.SCHEMA[key]
        for entry in entries:
            if spec.kind == "regex":
                re.compile(boilerplate.expand_classes(entry))
            else:
                re.compile(boilerplate.literal_regex(entry), re.IGNORECASE)


def test_validation_catches_mistakes():
    problems = boilerplate.validate(
        {
            "banners": ["A", "a"],
            "nonsense": ["x"],
            "copyright": ["(unclosed", "[Ss]tarts with a class"],
            "bylines": ["(?P<name>x)"],
            "navigation": "not a list",
        },
        "test",
    )
    text = " | ".join(problems)
    assert "duplicate" in text and "unknown key 'nonsense'" in text
    assert "must start with a literal" in text and "named group" in text
    assert "must be a list" in text and "missing )" in text


def test_literal_and_class_helpers():
    assert re.fullmatch(boilerplate.literal_regex("Voir aussi :"), "Voir aussi:")
    assert re.fullmatch(boilerplate.literal_regex("[sửa | sửa mã nguồn]"), "[ sửa|sửa mã nguồn ]")
    assert re.fullmatch(boilerplate.expand_classes(r"\p{Lu}[\p{Ll}-]+"), "Émile-zola")
    assert boilerplate.normalize_line("  References :  ") == "references"


POOL = [
    "Pakistan and China held a drill.[1]",
    "Anh QuốcHoa Kỳ lên án.[13]Những nguồn tin khác.",
    "References[edit]",
    '  1. 1.0 1.1 "Title". Retrieved 3 May 2020.',
    "Template:Foo barIn 2001 the navy sailed to Aden with two frigates.",
    "**bold** and _it_ [link](http://x.y/Ab) ![i](j.png) <!-- c -->",
    "<!-- open",
    "still comment -->Tail text.",
    "```",
    "# Heading [edit]",
    "---",
    "",
    "",
    "Related articles",
    "Short title line",
    "© 2024 Example",
    "By John Smith",
    "ISLAMABAD (Reuters) - Text after the dateline.",
    "في عام 2003وقعت مصر اتفاقية.[تعديل]",
    "中国[1]和巴基斯坦[编辑]",
    "   ",
    "\r",
    "Word[a]word [note 2] (cũ)trong",
]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_invariants_on_shuffled_lines(fmt):
    rng = random.Random(7)
    for _ in range(150):
        lines = [rng.choice(POOL) for _ in range(rng.randint(1, 14))]
        raw = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
        check(raw, fmt)


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
