"""One parser per input format: bytes (or a JSONL line) to a `Document`.

Each function returns a `Document` or a `Skipped` and never raises on bad
content: third-party parsers (trafilatura, pypdf, PyYAML) throw many kinds of
exceptions on malformed input, and one bad file must not stop a batch.
`readers` decides which parser to call and handles paths and sizes.
"""

from __future__ import annotations

import codecs
import datetime
import io
import json
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdf
import trafilatura
import yaml
from pypdf.errors import DependencyError
from trafilatura.xml import xmltotxt

from bilateral.document import Document
from bilateral.ingest.decode import decode_bytes, finish_text
from bilateral.ingest.skipped import Skipped
from bilateral.lang import codes

__all__ = ["html_doc", "iso_date", "jsonl_record", "pdf_doc", "short_reason", "text_doc"]

_MIN_HTML_CHARS = 20  # less main text than this is a failed extraction, not an article
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

Item = Document | Skipped


def text_doc(name: str, source: str, data: bytes, fmt: str) -> Item:
    """Plain text or Markdown, kept verbatim: markup is the cleaner's job, not ours."""
    try:
        text = decode_bytes(data)
    except ValueError as exc:
        return Skipped(source, str(exc))
    doc = Document(name=name, raw_text=text, source=source, fmt=fmt)
    if fmt == "md":
        doc.title, doc.date, doc.url = _md_metadata(text)
    return doc


_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.S | re.M)
_H1_RE = re.compile(r"\s*#[ \t]+([^\n]*?)[ \t#]*$", re.M)


def _md_metadata(text: str) -> tuple[str | None, str | None, str | None]:
    """Title, date and URL from YAML front matter, else the title from `# Title`."""
    meta: dict[Any, Any] = {}
    body = 0
    match = _FRONT_MATTER_RE.match(text)
    if match:
        body = match.end()
        try:  # BaseLoader: every value a string, so a bad date cannot fail the whole block
            loaded = yaml.load(match.group(1), Loader=yaml.BaseLoader)
        except Exception:  # noqa: BLE001 - malformed front matter is just text
            loaded = None
        if isinstance(loaded, dict):
            meta = {str(key).lower(): value for key, value in loaded.items()}
    title = _clean_str(meta.get("title"))
    if title is None:
        heading = _H1_RE.match(text, body)
        title = _clean_str(heading.group(1)) if heading else None
    return title, iso_date(meta.get("date")), _clean_str(meta.get("url"))


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# What browsers actually use for these labels (WHATWG Encoding Standard).
_CHARSET_ALIASES = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}


def _decode_html(data: bytes) -> str:
    """Decode by `<meta charset>` when it is declared and fits, else by sniffing.

    Unlike a text file, a web page with a few broken UTF-8 bytes is still read
    (with U+FFFD for them), as every browser does: scraped pages often have them.
    """
    match = _META_CHARSET_RE.search(data, 0, 4096)
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            codec = codecs.lookup(match.group(1).decode("ascii")).name
            if not codec.startswith("utf-16") and not codec.startswith("utf-32"):
                return finish_text(data.decode(_CHARSET_ALIASES.get(codec, codec)))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(data)
    except ValueError as exc:
        if not str(exc).startswith("invalid UTF-8"):
            raise
        return finish_text(data.decode("utf-8", errors="replace"))


def html_doc(path: str, name: str, data: bytes) -> Item:
    """The main text of a web page, without navigation, comments or tables.

    Page metadata (title, publication date, canonical URL) is kept because
    later stages date facts and cite sources with it.
    """
    try:
        html = _decode_html(data)
    except ValueError as exc:
        return Skipped(path, str(exc))
    result = None
    with _quiet("trafilatura", "htmldate", "courlan"):
        # Precision first (no navigation or teasers); a short page may need the default.
        for precision in (True, False):
            try:
                result = trafilatura.bare_extraction(
                    html, favor_precision=precision, with_metadata=True,
                    include_comments=False, include_tables=False,
                )  # fmt: skip
            except Exception:  # noqa: BLE001 - lxml/trafilatura errors on broken markup
                result = None
            text = _html_text(result)
            if len("".join(text.split())) >= _MIN_HTML_CHARS:
                break
        else:
            return Skipped(path, "no main text found in HTML")
    meta = result if result is not None and not isinstance(result, dict) else None
    return Document(
        name=name,
        raw_text=text,
        source=path,
        fmt="html",
        title=_clean_str(getattr(meta, "title", None)),
        date=iso_date(getattr(meta, "date", None)),
        url=_clean_str(getattr(meta, "url", None)),
    )


def _html_text(result: Any) -> str:
    """Main text with one blank line between blocks (trafilatura uses one newline)."""
    if result is None or isinstance(result, dict):
        return ""
    body = getattr(result, "body", None)
    if body is not None and len(body):
        blocks = (xmltotxt(child, False).strip() for child in body)
        text = "\n\n".join(block for block in blocks if block)
    else:
        text = (getattr(result, "text", None) or "").strip()
    try:
        return finish_text(text)
    except ValueError:
        return ""


def pdf_doc(path: str, name: str, data: bytes) -> Item:
    """The text layer of a PDF, pages separated by blank lines.

    An empty password is tried because many "encrypted" PDFs only restrict
    printing or copying and open without one.
    """
    if b"%PDF-" not in data[:1024]:
        return Skipped(path, "unreadable PDF: not a PDF file (no %PDF header)")
    with _quiet("pypdf"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    if not reader.decrypt(""):
                        return Skipped(path, "PDF is encrypted")
                except DependencyError:
                    return Skipped(path, "PDF is encrypted (AES needs the 'cryptography' package)")
            pages = list(reader.pages)
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
            return Skipped(path, f"unreadable PDF: {short_reason(exc)}")
        texts: list[str] = []
        failure: Exception | None = None
        for page in pages:
            try:
                texts.append((page.extract_text() or "").strip())
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the rest
                failure = exc
        try:
            info = reader.metadata
            title = _clean_str(info.title) if info is not None else None
        except Exception:  # noqa: BLE001
            title = None
    try:
        text = finish_text("\n\n".join(t for t in texts if t))
    except ValueError:
        if failure is not None:
            return Skipped(path, f"unreadable PDF: {short_reason(failure)}")
        return Skipped(path, "PDF has no text layer (scanned?); run OCR first")
    return Document(name=name, raw_text=text, source=path, fmt="pdf", title=title)


def jsonl_record(line: bytes, lineno: int, file_name: str, where: str) -> Item | None:
    """One JSONL line to a Document; None for a blank line (common at file ends)."""
    if lineno == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    if not line.strip():
        return None
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Skipped(where, f"invalid UTF-8 at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return Skipped(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except (ValueError, RecursionError):
        return Skipped(where, "not valid JSON")
    if not isinstance(obj, dict):
        return Skipped(where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        return Skipped(where, 'no "text" field' if text is None else '"text" is not a string')
    try:
        text = finish_text(_fix_surrogates(text))
    except ValueError:
        return Skipped(where, '"text" is empty')
    ident = obj.get("id")
    ident = str(ident).strip() if isinstance(ident, str) or type(ident) is int else ""
    lang = obj.get("lang")
    lang = lang.strip().lower().replace("_", "-").split("-")[0] if isinstance(lang, str) else None
    return Document(
        name=ident or f"{file_name}#{lineno}",
        raw_text=text,
        source=where,
        fmt="jsonl",
        title=_clean_str(obj.get("title")),
        url=_clean_str(obj.get("url")),
        date=iso_date(obj.get("date")),
        lang_hint=lang if lang in codes() else None,
    )


_DATE_RE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)


def iso_date(value: object) -> str | None:
    """The ISO date part (YYYY, YYYY-MM or YYYY-MM-DD) of a valid ISO value, else None."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if type(value) is int:
        value = str(value)
    match = _DATE_RE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)


def _clean_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(_fix_surrogates(value).split())
    return value or None


def _fix_surrogates(text: str) -> str:
    """JSON can spell lone surrogates (\\ud800); they are not text and break UTF-8 output."""
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def short_reason(exc: BaseException) -> str:
    """First line of an exception message: enough for a user, no traceback."""
    lines = str(exc).strip().splitlines()
    return lines[0][:120] if lines else type(exc).__name__


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """Silence library loggers that warn on every odd page or PDF object."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
