"""Bytes to text: the one place that guesses encodings.

Readers hand raw bytes here and get a `str` back or a `ValueError` whose
message is a short reason a user can act on ("empty file", "binary file, not
text", "invalid UTF-8 at byte 1234").

Order of trust: a BOM, then strict UTF-8 (nearly every file today), then a
legacy code page detected by charset-normalizer. A file that is almost all
valid UTF-8 but has a few bad bytes is reported as broken rather than guessed
as a legacy code page: guessing would turn every correct multi-byte
character into mojibake. The common path (valid UTF-8) does only a few
C-speed passes over the bytes so that large files decode in milliseconds.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

__all__ = ["decode_bytes", "finish_text"]

# UTF-32 first: its little-endian BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in text. Tab, newlines, form feed and ESC
# (used by ISO-2022 encodings) are allowed.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS_RE = re.compile("[" + re.escape(_CONTROL_BYTES.decode("latin-1")) + "]")
_ASCII = bytes(range(128))

_MAX_CONTROL_SHARE = 0.03  # above this the data is binary
_NUL_WINDOW = 8000  # like git: a NUL in the first 8000 bytes means binary
# Share of non-ASCII bytes in valid UTF-8 sequences above which invalid bytes mean a
# broken UTF-8 file. GB18030 and Shift_JIS text reach about 0.4 by chance; broken
# UTF-8 is usually above 0.9.
_MIN_VALID_UTF8_SHARE = 0.6
_MAX_CHAOS = 0.2  # charset-normalizer "mess" ratio above which a guess is rejected

# Lead byte of a UTF-8 sequence read as Latin-1/cp1252, followed by a
# continuation byte read the same way: the signature of UTF-8 mojibake.
# Only lines that match are handed to ftfy, which is slow on large texts.
_CONT = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE_RE = re.compile(f"[\xc2-\xf4][{_CONT}]")


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes to clean text, or raise ValueError(reason)."""
    if not data:
        raise ValueError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom) :], encoding)

    nul_count = data.count(b"\x00")
    if nul_count:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return _finish_checked(utf16)
        if data.find(b"\x00", 0, _NUL_WINDOW) != -1 or nul_count > len(data) // 100:
            raise ValueError("binary file, not text")
    if len(data.translate(None, _NOT_CONTROL)) > _MAX_CONTROL_SHARE * len(data):
        raise ValueError("binary file, not text")

    if data.isascii():
        return finish_text(data.decode("ascii"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None
        text = _decode_legacy(data)
    return finish_text(text)


def finish_text(text: str) -> str:
    """Repair mojibake, normalise newlines and drop NUL/BOM characters.

    Shared with readers that decode by a declared charset (HTML) or get text
    already decoded (JSONL), so every path ends in the same normal form.
    Raises ValueError("empty file") for empty or whitespace-only text.
    """
    if not text.isascii():
        text = _repair_mojibake(text)
        if "\ufeff" in text:
            text = text.replace("\ufeff", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text or text.isspace():
        raise ValueError("empty file")
    return text


def _decode_with_bom(body: bytes, encoding: str) -> str:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", "").replace("-BE", "")
        raise ValueError(f"invalid {name} at byte {exc.start}") from None
    return _finish_checked(text)


def _finish_checked(text: str) -> str:
    """finish_text for text decoded from UTF-16/32, where bytes said nothing."""
    if text and len(_CONTROL_CHARS_RE.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise ValueError("binary file, not text")
    return finish_text(text)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs on one byte parity only (Latin-script text)."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(b"\x00"), data[1::2].count(b"\x00")
    half = len(data) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.02 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences.

    Legacy multi-byte encodings (GBK, Shift_JIS) form valid UTF-8 pairs by
    chance now and then, so a share is used, not mere presence.
    """
    high = len(data.translate(None, _ASCII))
    escaped = data.decode("utf-8", "surrogateescape")
    invalid = sum(1 for _ in re.finditer("[\udc80-\udcff]", escaped))
    valid = high - invalid
    return valid >= 2 and valid >= _MIN_VALID_UTF8_SHARE * high


def _decode_legacy(data: bytes) -> str:
    """Decode with the code page charset-normalizer finds coherent.

    charset-normalizer often confuses the Western single-byte code pages on
    short texts (French cp1252 read as cp1250 or ISO-8859-10 turns "è" into
    "č"), so when it lands on one of them the choice among cp1252, cp1254 and
    cp1250 is made again from which decoding yields the expected letters.
    """
    best = charset_normalizer.from_bytes(data).best()
    guess = codecs.lookup(best.encoding).name if best is not None else None
    if guess is None or guess in _LATIN_CODE_PAGES:
        latin = _latin_code_page(data)
        if latin is not None:
            return data.decode(latin)
    if best is None or best.chaos > _MAX_CHAOS:
        raise ValueError("unknown text encoding (not UTF-8 and no code page fits)")
    return str(best)


_LATIN_CODE_PAGES = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "cp437", "cp775", "cp850", "cp858"}
    | {"cp860", "cp861", "cp863", "cp865", "mac-roman", "mac-latin2", "mac-iceland"}
    | {"mac-turkish", "hp-roman8"}
    | {f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
# Letters and punctuation that Western, Turkish and Central European text uses.
_EXPECTED = frozenset(
    "ÀÁÂÃÄÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒŸàáâãäæçèéêëìíîïñòóôõöøùúûüœÿßĞğŞşİı"
    "ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽ"
    "€‚„…•–—‘’“”«»°ºª¿¡§©®·™\xa0"
)


def _latin_code_page(data: bytes) -> str | None:
    """The Western code page whose decoding of the non-ASCII bytes looks most like text."""
    high = data.translate(None, _ASCII)
    counts = [(byte, high.count(byte)) for byte in set(high)]
    best: tuple[int, str] | None = None
    for encoding in ("cp1252", "cp1254", "cp1250"):  # ties go to the most common
        try:
            chars = [(bytes([byte]).decode(encoding), n) for byte, n in counts]
        except UnicodeDecodeError:
            continue
        score = sum(n if char in _EXPECTED else -n for char, n in chars)
        if score > 0 and (best is None or score > best[0]):
            best = (score, encoding)
    return best[1] if best else None


def _repair_mojibake(text: str) -> str:
    """Run ftfy's encoding repair on the lines that look like mojibake only."""
    match = _MOJIBAKE_RE.search(text)
    if match is None:
        return text
    parts: list[str] = []
    done = 0
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end + 1
        parts.append(text[done:start])
        parts.append(ftfy.fix_encoding(text[start:end]))
        done = end
        match = _MOJIBAKE_RE.search(text, end)
    parts.append(text[done:])
    return "".join(parts)
