"""The cleaning stage: boilerplate out, body in, and an exact map back to the raw text."""

from __future__ import annotations

import random

import pytest

from tests.ingest.cleaning import check, reasons, removed

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
