"""read_inputs: every format, every way an input can be bad, never an exception."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pypdf
import pytest

from bilateral.document import Document
from bilateral.ingest.readers import read_inputs
from bilateral.ingest.skipped import Skipped
from tests.ingest.pdf_fixture import make_pdf

PARAGRAPH_1 = (
    "Delegations from two neighbouring coastal states met on Tuesday to restart "
    "negotiations over shared fishing waters, officials said after the first session."
)
PARAGRAPH_2 = (
    "The ministers agreed to set up a joint commission that will publish quarterly "
    "reports on catch quotas and on the condition of the disputed reef."
)
PARAGRAPH_3 = (
    "A further round is planned for the autumn, according to a statement released by "
    "the host government late in the evening."
)

GOOD_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour talks resume | The Coastal Ledger</title>
<meta property="og:title" content="Harbour talks resume">
<meta property="article:published_time" content="2023-05-14T08:30:00Z">
<link rel="canonical" href="https://news.example.org/world/harbour-talks">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour talks resume</h1>
<p>{PARAGRAPH_1}</p><p>{PARAGRAPH_2}</p><p>{PARAGRAPH_3}</p></article>
<footer>Copyright 2023 The Coastal Ledger. All rights reserved.</footer>
</body></html>"""


def read(*inputs: str | Path, **kwargs: object) -> list[Document | Skipped]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def one(*inputs: str | Path, **kwargs: object) -> Document | Skipped:
    items = read(*inputs, **kwargs)
    assert len(items) == 1, items
    return items[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- plain text and Markdown -------------------------------------------------


def test_txt_file(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", f"{PARAGRAPH_1}\r\n\r\n{PARAGRAPH_2}\r\n")
    doc = one(path)
    assert isinstance(doc, Document)
    assert (doc.name, doc.source, doc.fmt) == ("note.txt", str(path), "txt")
    assert doc.raw_text == f"{PARAGRAPH_1}\n\n{PARAGRAPH_2}\n"
    assert doc.title is None and doc.date is None


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le ministre a été reçu à l'Élysée après un long débat.", "cp1252"),
        ("اجتمع وزيرا الخارجية في العاصمة يوم الثلاثاء لبحث التعاون.", "cp1256"),
        ("Министры иностранных дел встретились во вторник в столице.", "windows-1251"),
        ("两国外交部长周二在首都会晤，讨论扩大贸易合作的问题。", "gb18030"),
        ("Talks resumed in the capital on Monday.", "utf-16"),
    ],
)
def test_txt_encodings(tmp_path: Path, text: str, encoding: str) -> None:
    doc = one(write(tmp_path / "doc.txt", text.encode(encoding)))
    assert isinstance(doc, Document)
    assert doc.raw_text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(3000), "binary file, not text"),
        ("Déjà vu à Paris.".encode() + b"\xff\xfe trailing", "invalid UTF-8 at byte 19"),
    ],
)
def test_txt_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    assert one(path) == Skipped(str(path), reason)


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Reef commission report\ndate: 2022-11-03\n"
        "url: https://example.org/reef\n---\n\n# A different heading\n\nBody text here.\n"
    )
    doc = one(write(tmp_path / "report.md", text))
    assert isinstance(doc, Document)
    assert doc.fmt == "md"
    assert doc.raw_text == text  # nothing stripped before cleaning
    assert (doc.title, doc.date, doc.url) == (
        "Reef commission report",
        "2022-11-03",
        "https://example.org/reef",
    )


def test_markdown_heading_title_and_bad_front_matter(tmp_path: Path) -> None:
    doc = one(write(tmp_path / "a.md", "\n# Border crossing reopens #\n\nText follows.\n"))
    assert isinstance(doc, Document) and doc.title == "Border crossing reopens"
    bad = "---\ntitle: [unclosed\ndate: not a date\n---\nSome body text.\n"
    doc = one(write(tmp_path / "b.md", bad))
    assert isinstance(doc, Document)
    assert (doc.title, doc.date) == (None, None)


def test_markdown_front_matter_invalid_date_ignored(tmp_path: Path) -> None:
    doc = one(write(tmp_path / "c.md", "---\ntitle: X\ndate: 2023-02-30\n---\nBody.\n"))
    assert isinstance(doc, Document) and doc.date is None and doc.title == "X"


# --- HTML ---------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = one(write(tmp_path / "page.html", GOOD_HTML))
    assert isinstance(doc, Document)
    assert doc.fmt == "html" and doc.name == "page.html"
    assert doc.title == "Harbour talks resume"
    assert doc.date == "2023-05-14"
    assert doc.url == "https://news.example.org/world/harbour-talks"
    assert f"{PARAGRAPH_1}\n\n{PARAGRAPH_2}\n\n{PARAGRAPH_3}" in doc.raw_text
    assert "Home" not in doc.raw_text and "Copyright" not in doc.raw_text


def test_html_meta_charset_is_respected(tmp_path: Path) -> None:
    body = "Le ministre a été reçu à l'Élysée mardi soir, après une longue journée de débats."
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>Visite</title></head><body><article><p>{body}</p></article></body></html>"
    )
    doc = one(write(tmp_path / "fr.htm", html.encode("cp1252")))
    assert isinstance(doc, Document)
    assert body in doc.raw_text


def test_html_with_a_broken_utf8_byte_is_read_like_a_browser(tmp_path: Path) -> None:
    data = (
        GOOD_HTML.replace("<p>", "<p>Caf\u00e9 \ufffd ", 1)
        .encode()
        .replace(b"\xef\xbf\xbd", b"\xff")
    )
    doc = one(write(tmp_path / "stray.html", data))
    assert isinstance(doc, Document)
    assert "Café \ufffd " + PARAGRAPH_1 in doc.raw_text


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><div><p>unclosed",
        b"<html><head><title>Only a title</title></head><body></body></html>",
        b"<<<>>>&&&",
    ],
)
def test_html_without_main_text(tmp_path: Path, html: bytes) -> None:
    path = write(tmp_path / "broken.html", html)
    assert one(path) == Skipped(str(path), "no main text found in HTML")


# --- PDF ----------------------------------------------------------------------

PDF_TEXT = "The river commission met in spring to review the water sharing accord."


def test_pdf_text_layer_and_title(tmp_path: Path) -> None:
    doc = one(write(tmp_path / "accord.pdf", make_pdf(PDF_TEXT, title="River accord")))
    assert isinstance(doc, Document)
    assert (doc.fmt, doc.raw_text, doc.title) == ("pdf", PDF_TEXT, "River accord")


def _encrypt(data: bytes, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_encrypted_with_password(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.pdf", _encrypt(make_pdf(PDF_TEXT), "s3cret"))
    assert one(path) == Skipped(str(path), "PDF is encrypted")


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path: Path) -> None:
    doc = one(write(tmp_path / "open.pdf", _encrypt(make_pdf(PDF_TEXT), "")))
    assert isinstance(doc, Document) and doc.raw_text == PDF_TEXT


@pytest.mark.parametrize(
    "data",
    [make_pdf(PDF_TEXT)[:150], b"%PDF-1.4\n" + bytes(range(256)) * 4, b"not a pdf at all"],
)
def test_pdf_broken(tmp_path: Path, data: bytes, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "broken.pdf", data)
    item = one(path)
    assert isinstance(item, Skipped)
    assert item.reason.startswith("unreadable PDF: ")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # silenced


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", make_pdf(""))
    assert one(path) == Skipped(str(path), "PDF has no text layer (scanned?); run OCR first")


# --- JSONL --------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "art-1",
                "text": PARAGRAPH_1,
                "title": "Talks",
                "url": "https://example.org/1",
                "date": "2021-06-30T10:00:00+02:00",
                "lang": "en",
            }
        ),
        '{"text": "broken',
        "[1, 2, 3]",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": PARAGRAPH_2, "lang": "klingon", "date": "June 2021"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"id": 7, "text": "Short note.", "lang": "FR", "date": "2020-02"}),
    ]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert [d.name for d in docs] == ["art-1", "corpus.jsonl#6", "7"]
    first, second, third = docs
    assert first.source == f"{path}:1" and first.fmt == "jsonl"
    assert (first.title, first.url, first.date, first.lang_hint) == (
        "Talks",
        "https://example.org/1",
        "2021-06-30",
        "en",
    )
    assert (second.lang_hint, second.date) == (None, None)
    assert (third.lang_hint, third.date) == ("fr", "2020-02")
    assert set(skipped) == {f"{path}:{n}" for n in (2, 3, 4, 7, 8)}
    assert skipped[f"{path}:2"].startswith("not valid JSON")
    assert skipped[f"{path}:3"] == "not a JSON object"
    assert skipped[f"{path}:4"] == 'no "text" field'
    assert skipped[f"{path}:7"] == '"text" is empty'
    assert skipped[f"{path}:8"] == '"text" is not a string'


def test_jsonl_oversized_line_is_skipped_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * 5000}), json.dumps({"text": "A short record."})]
    path = write(tmp_path / "big.jsonl", "\n".join(lines))
    items = read(path, max_bytes=1000)
    assert isinstance(items[0], Skipped) and items[0].reason.startswith("too large (5.0 kB;")
    assert isinstance(items[1], Document) and items[1].raw_text == "A short record."


# --- stdin --------------------------------------------------------------------


def test_stdin_text() -> None:
    doc = one("-", stdin=io.BytesIO(PARAGRAPH_1.encode("utf-8")))
    assert isinstance(doc, Document)
    assert (doc.name, doc.source, doc.raw_text) == ("stdin", "-", PARAGRAPH_1)


def test_stdin_jsonl() -> None:
    data = "\n" + json.dumps({"text": PARAGRAPH_1}) + "\nnot json\n"
    items = read("-", stdin=io.BytesIO(data.encode()))
    assert isinstance(items[0], Document) and items[0].name == "stdin#2"
    assert items[0].source == "stdin:2"
    assert isinstance(items[1], Skipped) and items[1].source == "stdin:3"


def test_stdin_jsonl_is_streamed_and_limited_per_record() -> None:
    records = [
        json.dumps({"id": f"r{i}", "text": f"Record number {i} of the corpus."}) for i in range(200)
    ]
    data = ("\n".join(records) + "\n").encode()
    assert len(data) > 5000
    items = read("-", stdin=io.BytesIO(data), max_bytes=1000)
    assert [i.name for i in items if isinstance(i, Document)] == [f"r{i}" for i in range(200)]


def test_stdin_empty_and_too_large() -> None:
    assert one("-", stdin=io.BytesIO(b"")) == Skipped("stdin", "empty file")
    item = one("-", stdin=io.BytesIO(b"a" * 300_000), max_bytes=200_000)
    assert item == Skipped(
        "stdin", "too large (0.3 MB; the limit is 0.2 MB, raise it with --max-size)"
    )


# --- paths, folders, sizes ----------------------------------------------------


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert one(missing) == Skipped(str(missing), "no such file or directory")


def test_explicit_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "table.xyz", "some text")
    assert one(path) == Skipped(
        str(path), "unsupported file type .xyz; supported: .txt .md .html .htm .pdf .jsonl"
    )


def test_huge_file_is_skipped_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50_000_000)
    start = time.perf_counter()
    item = one(path, max_bytes=20_000_000)
    assert time.perf_counter() - start < 1.0
    assert item == Skipped(
        str(path), "too large (50.0 MB; the limit is 20.0 MB, raise it with --max-size)"
    )


def test_folder_walk(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second file in the top folder.")
    write(root / "a.md", "# First\n\nFirst file in the top folder.")
    write(root / "sub" / "deeper" / "c.TXT", "A file two folders down.")
    write(root / "sub" / "d.html", GOOD_HTML)
    write(root / ".hidden.txt", "Hidden file text.")
    write(root / ".git" / "e.txt", "Inside a hidden folder.")
    write(root / "sub" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / "notes.docx", b"PK\x03\x04")
    names = [(i.name, i.fmt) for i in read(root) if isinstance(i, Document)]
    # sorted by path components: sub/d.html comes before sub/deeper/c.TXT
    assert names == [("a.md", "md"), ("b.txt", "txt"), ("d.html", "html"), ("c.TXT", "txt")]
    assert all(isinstance(i, Document) for i in read(root))


def test_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "dup" / "x.txt", "Only once please.")
    assert len(read(path, path.parent, path)) == 1


def test_mixed_inputs_keep_order_and_never_raise(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "A readable file.")
    bad = write(tmp_path / "bad.pdf", b"%PDF-1.7\n\x00\x01garbage")
    items = read(tmp_path / "missing.md", good, bad, "-", stdin=io.BytesIO(b"From stdin."))
    assert [type(i).__name__ for i in items] == ["Skipped", "Document", "Skipped", "Document"]
