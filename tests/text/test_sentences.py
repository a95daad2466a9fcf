"""Sentence splitting: per-language cases, the shared rules, invariants, and the data files.

Every example sentence here was written for these tests.
"""

from __future__ import annotations

import random

import pytest

from bilateral import lang as langdata
from bilateral.text.sentences import (
    DATA_FILE,
    LIST_KEYS,
    SCALAR_KEYS,
    check_data,
    rules,
    split_sentences,
)


def split(text: str, lang: str | None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), lang)]


# (language, paragraph, expected sentences): each language's terminators and abbreviations.
CASES = [
    ("en", "Lt. Col. Harris met Gen. Wood at St. Mary's hospital. They talked for an hour.",
     ["Lt. Col. Harris met Gen. Wood at St. Mary's hospital.", "They talked for an hour."]),
    ("en", "The U.S. team arrived on Jan. 5 with Dr. Chen, e.g. for talks. Was it useful? "
           "Nobody knows!",
     ["The U.S. team arrived on Jan. 5 with Dr. Chen, e.g. for talks.", "Was it useful?",
      "Nobody knows!"]),
    ("en", "See No. 7 on the list. No. That one is wrong.",
     ["See No. 7 on the list.", "No.", "That one is wrong."]),
    ("en", "J. F. Kennedy visited Berlin in 1963. Growth was 4.2 percent in plan 1.0 then.",
     ["J. F. Kennedy visited Berlin in 1963.", "Growth was 4.2 percent in plan 1.0 then."]),
    ("en", 'She said "We agree." Then she left (quietly.) Later… the hall emptied.',
     ['She said "We agree."', "Then she left (quietly.)", "Later… the hall emptied."]),
    ("en", "He joined the U.S.Army at the U.N. General Assembly. The talks ended.Nothing changed.",
     ["He joined the U.S.Army at the U.N. General Assembly.", "The talks ended.",
      "Nothing changed."]),
    ("ar", "التقى السيد. أحمد بالوزير في القاهرة. ثم غادر إلى عمان.",
     ["التقى السيد. أحمد بالوزير في القاهرة.", "ثم غادر إلى عمان."]),
    ("ar", "هل وصل د. خالد إلى المؤتمر؟ نعم، وصل صباحا، ثم تكلم.",
     ["هل وصل د. خالد إلى المؤتمر؟", "نعم، وصل صباحا، ثم تكلم."]),
    ("fr", "M. Dupont et Mme. Martin ont signé l'accord. Le traité entre en vigueur demain.",
     ["M. Dupont et Mme. Martin ont signé l'accord.", "Le traité entre en vigueur demain."]),
    ("fr", "Le Dr. Bernard arrive-t-il ? Oui, il arrive à midi ! Voir p. 12 du rapport.",
     ["Le Dr. Bernard arrive-t-il ?", "Oui, il arrive à midi !", "Voir p. 12 du rapport."]),
    ("es", "El Sr. García y la Sra. López visitaron Madrid. Después viajaron a Sevilla.",
     ["El Sr. García y la Sra. López visitaron Madrid.", "Después viajaron a Sevilla."]),
    ("es", "¿Vendrá el Dr. Ruiz mañana? ¡Claro que sí! Las relaciones con EE. UU. mejoraron.",
     ["¿Vendrá el Dr. Ruiz mañana?", "¡Claro que sí!", "Las relaciones con EE. UU. mejoraron."]),
    ("ru", "Встреча прошла на ул. Ленина в Москве. Участники подписали договор.",
     ["Встреча прошла на ул. Ленина в Москве.", "Участники подписали договор."]),
    ("ru", "А. С. Иванов учился в МГУ им. Ломоносова, т.е. в лучшем вузе! Разве нет? Конечно.",
     ["А. С. Иванов учился в МГУ им. Ломоносова, т.е. в лучшем вузе!", "Разве нет?",
      "Конечно."]),
    ("zh", "他说：“我们同意。”会议随后结束。",
     ["他说：“我们同意。”", "会议随后结束。"]),
    ("zh", "她在 Acme Inc. 工作了十年！你知道吗？增长率为3.5%。",
     ["她在 Acme Inc. 工作了十年！", "你知道吗？", "增长率为3.5%。"]),
    ("vi", "TP. Hồ Chí Minh là thành phố lớn nhất. GS. Nguyễn Văn An đã phát biểu.",
     ["TP. Hồ Chí Minh là thành phố lớn nhất.", "GS. Nguyễn Văn An đã phát biểu."]),
    ("vi", "Hai nước ký hiệp định..Quan hệ tốt hơn. Nhiều dự án bắt đầu...Kết quả khả quan.",
     ["Hai nước ký hiệp định..", "Quan hệ tốt hơn.", "Nhiều dự án bắt đầu...",
      "Kết quả khả quan."]),
    ("vi", "Chuyện đó đã xảy ra.Người dân lo lắng. Giá tăng lên $3.1 tỷ.[2] Ông A. B. Trần "
           "đến TP.Hà Nội.",
     ["Chuyện đó đã xảy ra.", "Người dân lo lắng.", "Giá tăng lên $3.1 tỷ.[2]",
      "Ông A. B. Trần đến TP.Hà Nội."]),
    ("ur", "یہ شہر 300 ق۔م میں آباد ہوا۔ آج یہ ایک بڑا شہر ہے۔",
     ["یہ شہر 300 ق۔م میں آباد ہوا۔", "آج یہ ایک بڑا شہر ہے۔"]),
    ("ur", "کیا وہ آئے گا؟ہاں وہ کل آئے گا۔کتاب کا ص۔ 25 دیکھیں۔",
     ["کیا وہ آئے گا؟", "ہاں وہ کل آئے گا۔", "کتاب کا ص۔ 25 دیکھیں۔"]),
    ("hi", "डॉ. शर्मा कल दिल्ली आए। उन्होंने भाषण दिया।",
     ["डॉ. शर्मा कल दिल्ली आए।", "उन्होंने भाषण दिया।"]),
    ("hi", "यह अच्छा है।वह भी अच्छा है॥ ए. पी. जे. कलाम वैज्ञानिक थे. क्या तुम आओगे?",
     ["यह अच्छा है।", "वह भी अच्छा है॥", "ए. पी. जे. कलाम वैज्ञानिक थे.", "क्या तुम आओगे?"]),
    ("fa", "به ص. 12 کتاب نگاه کنید. این بخش مهم است.",
     ["به ص. 12 کتاب نگاه کنید.", "این بخش مهم است."]),
    ("fa", "آیا وزیر به تهران رفت؟ بله، جلسه ساعت ده ق.ظ. برگزار شد.",
     ["آیا وزیر به تهران رفت؟", "بله، جلسه ساعت ده ق.ظ. برگزار شد."]),
    ("tr", "Prof. Dr. Ayşe Kaya toplantıya katıldı. Toplantı iki saat sürdü.",
     ["Prof. Dr. Ayşe Kaya toplantıya katıldı.", "Toplantı iki saat sürdü."]),
    ("tr", "1. Dünya Savaşı 1914 yılında başladı. Savaş uzun sürdü mü? Evet, Atatürk Cad. No. 5.",
     ["1. Dünya Savaşı 1914 yılında başladı.", "Savaş uzun sürdü mü?",
      "Evet, Atatürk Cad. No. 5."]),
    ("de", "Am 21. März traf Dr. Weber den Minister. Das Gespräch dauerte lange.",
     ["Am 21. März traf Dr. Weber den Minister.", "Das Gespräch dauerte lange."]),
    ("de", "Viele Länder, z. B. Frankreich, stimmten zu. Die Kosten betrugen 5 Mio. Euro. Wer "
           "zahlt? Der Bund, bzw. Berlin.",
     ["Viele Länder, z. B. Frankreich, stimmten zu.", "Die Kosten betrugen 5 Mio. Euro.",
      "Wer zahlt?", "Der Bund, bzw. Berlin."]),
    ("pt", "O Sr. Almeida e a Sra. Costa chegaram a Lisboa. A reunião começou às nove.",
     ["O Sr. Almeida e a Sra. Costa chegaram a Lisboa.", "A reunião começou às nove."]),
    ("pt", "O Prof. Souza falou? Sim, falou muito! Veja a pág. 30 do relatório.",
     ["O Prof. Souza falou?", "Sim, falou muito!", "Veja a pág. 30 do relatório."]),
    ("id", "Kantor itu terletak di Jl. Sudirman, Jakarta. Dr. Budi bekerja di sana.",
     ["Kantor itu terletak di Jl. Sudirman, Jakarta.", "Dr. Budi bekerja di sana."]),
    ("id", "Apakah Prof. Hadi sudah datang? Belum, dia masih di Bandung! Harganya Rp. 5000.",
     ["Apakah Prof. Hadi sudah datang?", "Belum, dia masih di Bandung!", "Harganya Rp. 5000."]),
    ("ja", "「賛成です。」と大臣は述べた。会議は終了した。",
     ["「賛成です。」と大臣は述べた。", "会議は終了した。"]),
    ("ja", "Acme Inc. は新製品を発表した！本当ですか？Vol. 3 を参照。",
     ["Acme Inc. は新製品を発表した！", "本当ですか？", "Vol. 3 を参照。"]),
    ("ko", "2024. 3. 15. 정부는 새 정책을 발표했다. 국민들은 환영했다.",
     ["2024. 3. 15. 정부는 새 정책을 발표했다.", "국민들은 환영했다."]),
    ("ko", "Acme Inc. 대표가 서울을 방문했다. 회의는 성공적이었나? 그렇다!",
     ["Acme Inc. 대표가 서울을 방문했다.", "회의는 성공적이었나?", "그렇다!"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)]
)
def test_language_cases(lang: str, text: str, expected: list[str]) -> None:
    assert split(text, lang) == expected


def test_every_language_has_cases() -> None:
    covered = {lang for lang, _, _ in CASES}
    for code in langdata.codes():
        assert sum(1 for lang, _, _ in CASES if lang == code) >= 2, code
    assert covered <= set(langdata.codes())


def test_arabic_comma_never_ends_a_sentence() -> None:
    assert split("زار الوزير باريس، ثم لندن، ثم روما.", "ar") == [
        "زار الوزير باريس، ثم لندن، ثم روما."
    ]


def test_unknown_language_uses_shared_rules() -> None:
    text = "你好。再见。Mr. Smith came. Bye."
    assert split(text, None) == ["你好。", "再见。", "Mr. Smith came.", "Bye."]
    assert split(text, "nl") == split(text, None)  # not in the manifest
    # German ordinals are a German rule, not a shared one
    assert split("Er kam am 3. Mai.", None) == ["Er kam am 3.", "Mai."]


def test_enumerator_opening_a_sentence_is_not_a_sentence() -> None:
    assert split("1. Background of the treaty", "en") == ["1. Background of the treaty"]
    assert split("2.1. Scope and terms", "en") == ["2.1. Scope and terms"]
    assert split("IV. Results", "en") == ["IV. Results"]
    # but a number ending a sentence still ends it
    assert split("The vote was 12. Then they left.", "en") == [
        "The vote was 12.",
        "Then they left.",
    ]


def test_citation_marker_stays_with_its_sentence() -> None:
    assert split("Trade grew.[4][5] Then it fell.[6]", "en") == [
        "Trade grew.[4][5]",
        "Then it fell.[6]",
    ]


# Newlines inside a paragraph.
def test_hard_wrapped_lines_continue() -> None:
    text = "The treaty was signed\nby both countries in\n1972. It lasted."
    assert split(text, "en") == ["The treaty was signed\nby both countries in\n1972.", "It lasted."]


def test_newline_after_terminator_is_a_boundary() -> None:
    assert split("It ended.\nthen a new line began", "en") == ["It ended.", "then a new line began"]
    assert split("He met Dr.\nSmith today.", "en") == ["He met Dr.\nSmith today."]


def test_bullets_and_numbered_lines_start_sentences() -> None:
    assert split("The goals are\n- trade\n• security", "en") == [
        "The goals are",
        "- trade",
        "• security",
    ]
    assert split("Steps\n1. sign\n2) ratify", "en") == ["Steps", "1. sign", "2) ratify"]
    assert split("first part\n\nsecond part", "en") == ["first part", "second part"]


# Long runs without terminators are cut into bounded pieces at whitespace.
def test_long_run_is_cut_at_whitespace() -> None:
    words = [f"word{i % 97}" for i in range(2500)]
    text = " ".join(words)  # about 17,000 characters, no terminator
    spans = split_sentences(text, 0, len(text), "en")
    limit = rules("en").max_length
    assert len(spans) > 1
    for s, e in spans:
        assert e - s <= limit
        assert e == len(text) or text[e].isspace()  # never inside a word
    assert " ".join(text[s:e] for s, e in spans) == text


def test_long_run_without_whitespace_is_cut_hard() -> None:
    text = "中" * 5000
    spans = split_sentences(text, 0, len(text), "zh")
    assert [e - s for s, e in spans] == [2000, 2000, 1000]


# Invariants over varied, generated input.
_PIECES = [
    "Mr.", "Dr.", "U.S.", "e.g.", "z. B.", "ق۔م", "السيد.", "TP.", "A.", "4.2", "21.", "1.",
    "No.", "word", "Word", "xảy ra", "Những", "der", "Москва", "г.", "中国", "日本語", "한국어",
    "हिंदी", "اردو", "فارسی", ".", "..", "...", "…", "!", "?", "。", "！", "？", "؟", "۔", "।",
    "॥", "،", ",", '"', "”", "」", ")", "(", "[4]", "- ", "\n", "\n\n", " ", "  ", "\t", " ",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 60)):
        parts.append(rng.choice(_PIECES))
        if rng.random() < 0.6:
            parts.append(" ")
    return "".join(parts)


def test_spans_are_trimmed_ordered_covering_and_bounded() -> None:
    rng = random.Random(20240315)
    langs: list[str | None] = [*langdata.codes(), None]
    for _ in range(3000):
        text = _random_text(rng)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        lang = rng.choice(langs)
        spans = split_sentences(text, start, end, lang)
        limit = rules(lang).max_length
        prev_end = start
        covered = 0
        for s, e in spans:
            assert prev_end <= s < e <= end, (text, start, end, lang, spans)
            assert not text[s].isspace() and not text[e - 1].isspace()
            assert e - s <= limit
            covered += sum(1 for c in text[s:e] if not c.isspace())
            prev_end = e
        # every non-space character of the range is in exactly one span
        assert covered == sum(1 for c in text[start:end] if not c.isspace())


def test_offsets_are_absolute() -> None:
    text = "Header line.\nFirst one. Second one.\nTail."
    start = text.index("First")
    end = text.index("\nTail")
    spans = split_sentences(text, start, end, "en")
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert split_sentences(text, 5, 5, "en") == []
    assert split_sentences("   \n ", 0, 5, "en") == []


# The data files.
def test_every_manifest_language_has_valid_sentence_data() -> None:
    shared = langdata.load_data(langdata.SHARED, DATA_FILE)
    check_data(shared, "xx")
    assert set(shared) == set(LIST_KEYS) | set(SCALAR_KEYS)  # the shared file sets every key
    for code in [langdata.SHARED, *langdata.codes()]:
        assert langdata.data_file(code, DATA_FILE) is not None, f"{code} has no {DATA_FILE}"
        data = langdata.load_data(code, DATA_FILE)
        check_data(data, code)
        assert set(data) <= set(LIST_KEYS) | set(SCALAR_KEYS), code
        assert data.get("terminators"), f"{code} declares no terminators"
        for key in LIST_KEYS:
            values = data.get(key, [])
            assert len(values) == len(set(values)), f"{code}: duplicate {key}"
        terms = set(shared["terminators"]) | set(shared["glued_terminators"])
        terms |= set(data.get("terminators", [])) | set(data.get("glued_terminators", []))
        for abbreviation in data.get("abbreviations", []) + data.get("numeric_abbreviations", []):
            assert any(c in terms for c in abbreviation), f"{code}: {abbreviation!r} has no stop"
            assert abbreviation == abbreviation.strip(), f"{code}: {abbreviation!r}"
        if code != langdata.SHARED:
            assert data.get("abbreviations") or data.get("numeric_abbreviations"), code
        rules(code if code != langdata.SHARED else None)  # compiles


@pytest.mark.parametrize(
    "bad",
    [
        ["not", "a", "mapping"],
        {"terminatorz": ["."]},
        {"terminators": "."},
        {"terminators": [".."]},
        {"abbreviations": ["Dr.", "Dr."]},
        {"ordinal_dot": "yes"},
        {"max_length": True},
    ],
)
def test_check_data_rejects_bad_data(bad: object) -> None:
    with pytest.raises(ValueError):
        check_data(bad, "test")


def test_conservative_choices() -> None:
    # an acronym with dots never ends a sentence, even where a person would split
    assert split("He moved to the U.S. He works there.", "en") == [
        "He moved to the U.S. He works there."
    ]
    # words that usually end a sentence ("usw.", "etc.") are not abbreviations:
    # a lower-case word after them already keeps the sentence going
    assert split("Äpfel, Birnen usw. Danach gingen wir.", "de") == [
        "Äpfel, Birnen usw.",
        "Danach gingen wir.",
    ]
    assert split("Trade, aid, etc. and more.", "en") == ["Trade, aid, etc. and more."]
