"""decode_bytes: BOMs, UTF-8, legacy code pages, mojibake, and what is refused."""

from __future__ import annotations

import codecs
import random
import time

import pytest

from bilateral.ingest.decode import decode_bytes, finish_text

FRENCH = (
    "Le comité régional s'est réuni à Lyon. Après trois heures de débat, les élus ont "
    "décidé de reporter le vote à la semaine prochaine. Le président était très déçu."
)
ARABIC = (
    "اجتمع وزيرا الخارجية في العاصمة يوم الثلاثاء لبحث سبل تعزيز التعاون الاقتصادي بين البلدين."
)
RUSSIAN = (
    "Министры иностранных дел двух стран встретились во вторник, чтобы обсудить "
    "торговое соглашение."
)
CHINESE = "两国外交部长周二在首都会晤，讨论扩大贸易合作和加强边境安全的问题。"
JAPANESE = "両国の外相は火曜日に首都で会談し、貿易協力の拡大と国境の安全について話し合った。"
KOREAN = "양국 외무장관은 화요일 수도에서 만나 무역 협력 확대와 국경 안보 문제를 논의했다."
GERMAN = "Die Außenminister trafen sich am Dienstag, um über größere Zusammenarbeit zu sprechen."
TURKISH = "İki ülkenin dışişleri bakanları salı günü başkentte bir araya gelerek ticareti görüştü."


def test_plain_utf8() -> None:
    text = f"{FRENCH}\n{RUSSIAN}\n{CHINESE}\n"
    assert decode_bytes(text.encode("utf-8")) == text


def test_ascii() -> None:
    assert decode_bytes(b"Talks resumed on Monday.\n") == "Talks resumed on Monday.\n"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_is_honoured_and_removed(bom: bytes, encoding: str) -> None:
    text = f"{FRENCH}\n{ARABIC}\n"
    assert decode_bytes(bom + text.encode(encoding)) == text


def test_utf16_without_bom() -> None:
    text = "Both delegations left the capital on Friday.\n"
    assert decode_bytes(text.encode("utf-16-le")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (TURKISH, "cp1254"),
        (ARABIC, "cp1256"),
        (RUSSIAN, "windows-1251"),
        (RUSSIAN, "koi8_r"),
        (CHINESE, "gb18030"),
        (JAPANESE, "shift_jis"),
        (KOREAN, "euc-kr"),
    ],
)
def test_legacy_code_pages(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_short_french_cp1252_is_not_read_as_central_european() -> None:
    # charset-normalizer alone picks cp1250 or ISO-8859-10 here ("è" -> "č").
    text = "Le frère de l'élève a été reçu à Noël."
    assert decode_bytes(text.encode("cp1252")) == text


def test_mojibake_is_repaired() -> None:
    # UTF-8 read once as cp1252 and saved again as UTF-8.
    broken = "Le comitÃ© a dÃ©cidÃ© de reporter le vote â€” encore une fois."
    assert decode_bytes(broken.encode("utf-8")) == (
        "Le comité a décidé de reporter le vote — encore une fois."
    )


def test_mojibake_repair_only_touches_broken_lines() -> None:
    good = "Déjà vu: « rien à signaler »."
    text = f"{good}\nLe cafÃ© est fermÃ©.\n{good}\n"
    assert decode_bytes(text.encode("utf-8")) == f"{good}\nLe café est fermé.\n{good}\n"


def test_correct_accents_are_left_alone() -> None:
    text = "São Paulo, Zürich, Kraków, Ærøskøbing and Noël stay as written."
    assert decode_bytes(text.encode("utf-8")) == text


def test_newlines_normalised_and_nul_bom_stripped() -> None:
    data = "one\r\ntwo\rthree\n\ufefffour".encode("utf-16")
    assert decode_bytes(data) == "one\ntwo\nthree\nfour"
    assert finish_text("a\x00b\r\n") == "ab\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, " \n".encode("utf-16")])
def test_empty_and_whitespace_only(data: bytes) -> None:
    with pytest.raises(ValueError, match="^empty file$"):
        decode_bytes(data)


def test_binary_png_is_refused() -> None:
    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(ValueError, match="^binary file, not text$"):
        decode_bytes(data)


def test_control_characters_without_nul_are_binary() -> None:
    rng = random.Random(3)
    data = bytes(rng.choice(b"\x01\x02\x03\x05\x10\x11abc") for _ in range(2000))
    with pytest.raises(ValueError, match="^binary file, not text$"):
        decode_bytes(data)


def test_invalid_utf8_is_a_broken_file_not_a_code_page() -> None:
    good = "Le comité régional s'est réuni à Lyon. ".encode()
    data = good + b"caf\xe9 " + "noël à Paris".encode()
    with pytest.raises(ValueError, match=f"^invalid UTF-8 at byte {len(good) + 3}$"):
        decode_bytes(data)


def test_truncated_utf8_at_the_end() -> None:
    data = "Министры встретились".encode()[:-1]
    with pytest.raises(ValueError, match="^invalid UTF-8 at byte"):
        decode_bytes(data)


def test_invalid_utf16_after_bom() -> None:
    with pytest.raises(ValueError, match="^invalid UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")


def test_five_megabytes_decode_fast() -> None:
    rng = random.Random(1)
    words = [
        *("le", "comité", "a", "décidé", "après", "la", "séance"),
        *("министр", "заявил", "两国", "外交部长", "وزير", "الخارجية"),
    ]
    lines = [" ".join(rng.choice(words) for _ in range(15)) + ".\n" for _ in range(2_000)]
    block = "".join(lines).encode("utf-8")
    data = block * (5_000_000 // len(block) + 1)
    assert len(data) >= 5_000_000
    decode_bytes(data)  # warm up
    start = time.perf_counter()
    decode_bytes(data)
    assert time.perf_counter() - start < 0.25  # typically about 0.04 s
