"""Input paths to `Document`s: raw text and metadata, before any cleaning.

`read_inputs` turns what a user typed (files, folders, `-`) into a stream of
`Document` or `Skipped`. One bad input must never stop a batch of thousands,
so every problem becomes one `Skipped` with a reason the user can act on and
no exception leaves the iterator. Size is checked from the file system before
a byte is read, and JSONL is streamed, so neither a huge file nor a huge
corpus is loaded into memory by mistake.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from bilateral.document import Document
from bilateral.ingest.formats import html_doc, jsonl_record, pdf_doc, short_reason, text_doc
from bilateral.ingest.skipped import Skipped

__all__ = ["FORMATS", "read_inputs"]

FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
}
_SUPPORTED = "supported: " + " ".join(FORMATS)

Item = Document | Skipped


def read_inputs(
    inputs: Iterable[str], *, max_bytes: int = 20_000_000, stdin: BinaryIO | None = None
) -> Iterator[Document | Skipped]:
    """Yield one Document per readable input (per line for JSONL), else a Skipped.

    Folders are walked recursively in sorted order; hidden entries and files
    with unsupported extensions inside them are ignored silently, while an
    unsupported file named explicitly is reported. A file reached twice is
    read once. `-` reads standard input (or `stdin` when given).
    """
    seen: set[str] = set()
    for given in inputs:
        if given == "-":
            if "-" not in seen:
                seen.add("-")
                yield from _guard("stdin", _read_stdin(stdin, max_bytes))
        elif os.path.isdir(given):
            files, errors = _walk(given)
            yield from errors
            for path in files:
                yield from _read_once(path, max_bytes, seen)
        elif not os.path.exists(given):
            yield Skipped(given, "no such file or directory")
        elif _fmt(given) is None:
            ext = os.path.splitext(given)[1].lower()
            kind = ext if ext else "(no extension)"
            yield Skipped(given, f"unsupported file type {kind}; {_SUPPORTED}")
        else:
            yield from _read_once(given, max_bytes, seen)


def _fmt(path: str) -> str | None:
    return FORMATS.get(os.path.splitext(path)[1].lower())


def _walk(root: str) -> tuple[list[str], list[Skipped]]:
    """Supported, non-hidden files under `root`, sorted by their path parts."""
    found: list[str] = []
    errors: list[Skipped] = []

    def on_error(exc: OSError) -> None:
        errors.append(Skipped(str(exc.filename or root), _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(
            os.path.join(dirpath, f)
            for f in filenames
            if not f.startswith(".") and _fmt(f) is not None
        )
    found.sort(key=lambda p: os.path.relpath(p, root).split(os.sep))
    return found, errors


def _read_once(path: str, max_bytes: int, seen: set[str]) -> Iterator[Item]:
    key = os.path.realpath(path)
    if key not in seen:
        seen.add(key)
        yield from _guard(path, _read_file(path, max_bytes))


def _guard(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Last line of defence: a reader bug skips one input instead of the batch."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - anything a third-party parser throws
        yield Skipped(source, f"cannot read ({short_reason(exc)})")


def _read_file(path: str, max_bytes: int) -> Iterator[Item]:
    fmt = _fmt(path) or "txt"
    name = os.path.basename(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            yield Skipped(path, "not a regular file")
            return
        if fmt == "jsonl":  # streamed; the size limit applies to each record
            with open(path, "rb") as fh:
                yield from _jsonl_lines(fh.readline, name, path, max_bytes)
            return
        if info.st_size > max_bytes:
            yield Skipped(path, _too_large(info.st_size, max_bytes))
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield Skipped(path, _os_reason(exc))
        return
    if len(data) > max_bytes:  # the file grew after stat
        yield Skipped(path, _too_large(len(data), max_bytes))
    elif fmt == "pdf":
        yield pdf_doc(path, name, data)
    elif fmt == "html":
        yield html_doc(path, name, data)
    else:
        yield text_doc(name, path, data, fmt)


def _read_stdin(stream: BinaryIO | None, max_bytes: int) -> Iterator[Item]:
    """Standard input: JSONL when its first non-blank line starts with `{`, else one text.

    JSONL is streamed like a file, so a corpus piped in (`zcat corpus.jsonl.gz |
    bilateral ingest -`) is limited per record, not as a whole.
    """
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            yield Skipped("stdin", "no standard input")
            return
    head: list[bytes] = []  # leading blank lines and the first non-blank one
    while line := stream.readline(max_bytes + 1):
        head.append(line)
        if line.strip(b" \t\r\n\xef\xbb\xbf") or sum(map(len, head)) > max_bytes:
            break
    if head and head[-1].removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        pending = iter(head)
        readline = lambda limit: next(pending, None) or stream.readline(limit)  # noqa: E731
        yield from _jsonl_lines(readline, "stdin", "stdin", max_bytes)
        return
    data = b"".join(head)
    data += stream.read(max(0, max_bytes + 1 - len(data)))
    if len(data) > max_bytes:
        size = len(data) + sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), b""))
        yield Skipped("stdin", _too_large(size, max_bytes))
        return
    doc = text_doc("stdin", "-", data, "txt")
    yield Skipped("stdin", doc.reason) if isinstance(doc, Skipped) else doc


def _jsonl_lines(
    readline: Callable[[int], bytes], file_name: str, label: str, max_bytes: int
) -> Iterator[Item]:
    """One Document per JSON line; a bad line is skipped and the rest go on."""
    lineno = 0
    while line := readline(max_bytes + 1):
        lineno += 1
        where = f"{label}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while chunk := readline(1 << 20):  # skip the rest of the line unread
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield Skipped(where, _too_large(size, max_bytes))
        elif item := jsonl_record(line, lineno, file_name, where):
            yield item


def _too_large(size: int, limit: int) -> str:
    return f"too large ({_mb(size)}; the limit is {_mb(limit)}, raise it with --max-size)"


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot read ({(exc.strerror or str(exc)).lower()})"
