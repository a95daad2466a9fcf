"""The ingest pipeline: sources → clean text → paragraphs, languages, sentences → store.

Data flows one way through the stages; each fills in the `Document` and
none recomputes an earlier one. Documents already in the store (same
content hash) are not processed again; new ones are written in batches,
one transaction each, so an interrupted run loses at most the batch in
flight and a re-run finishes the job.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from typing import BinaryIO

import duckdb

from bilateral import __version__
from bilateral.document import Document, Sentence
from bilateral.extract.engine import RuleExtractor
from bilateral.fuse.update import update as fuse_update
from bilateral.ingest.clean import clean_text
from bilateral.ingest.readers import read_inputs
from bilateral.ingest.skipped import Skipped
from bilateral.kb.mentions import find_mentions, matcher_for
from bilateral.store.documents import (
    Link,
    known_documents,
    known_sources,
    replace_facts,
    write_batch,
)
from bilateral.store.queries import load_document
from bilateral.text.dateline import find_dateline
from bilateral.text.langid import assign_languages
from bilateral.text.paragraphs import split_paragraphs
from bilateral.text.sentences import split_sentences

PIPELINE_VERSION = f"bilateral/{__version__}"
TITLE_MAX_CHARS = 200


@dataclass(slots=True)
class IngestOptions:
    max_bytes: int = 20_000_000
    batch_docs: int = 200
    batch_chars: int = 8_000_000
    jobs: int = 1
    stdin: BinaryIO | None = None
    kb_paths: tuple[str, ...] = ()  # user KB files (`--kb`), winning over built-ins
    text_only: bool = False  # stop after the text stages (no actors, no facts): for bench


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did; the CLI prints it as the end-of-run summary."""

    inserted: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)
    chars: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def ok(self) -> bool:
        """Whether anything was ingested (or was already stored)."""
        return self.inserted + self.unchanged > 0


def process(
    doc: Document, kb_paths: tuple[str, ...] = (), text_only: bool = False
) -> Document | Skipped:
    """Run the text stages on one document; stage seconds go to doc.meta["timings"]."""
    clock = _Clock()
    cleaned = clean_text(doc.raw_text, doc.fmt)
    clock.lap("clean")
    if not cleaned.text.strip():
        return Skipped(doc.source or doc.name, "no text left after removing boilerplate")
    doc.text, doc.offsets, doc.removed = cleaned.text, cleaned.offsets, cleaned.removed
    doc.paragraphs = split_paragraphs(doc.text)
    clock.lap("paragraphs")
    assign_languages(doc)
    clock.lap("language")
    if not doc.date:
        doc.date = find_dateline(doc)
    sentences: list[Sentence] = []
    for index, para in enumerate(doc.paragraphs):
        for start, end in split_sentences(doc.text, para.start, para.end, para.lang):
            sentences.append(Sentence(start, end, index, para.lang))
    doc.sentences = sentences
    clock.lap("sentences")
    if text_only:
        doc.meta["timings"] = clock.laps
        return doc
    matcher = matcher_for(kb_paths)
    doc.mentions = find_mentions(doc, matcher)
    clock.lap("actors")
    doc.facts = extractor_for(kb_paths).extract(doc)
    clock.lap("facts")
    doc.meta["timings"] = clock.laps
    if not doc.title and doc.paragraphs and doc.paragraphs[0].kind == "heading":
        first = doc.paragraphs[0]
        doc.title = doc.text[first.start : first.end][:TITLE_MAX_CHARS]
    return doc


def _add_time(timings: dict[str, float], stage: str, seconds: float) -> None:
    timings[stage] = timings.get(stage, 0.0) + seconds


@cache
def extractor_for(kb_paths: tuple[str, ...] = ()) -> RuleExtractor:
    """The fact extractor over the same KB as the matcher (one per process)."""
    return RuleExtractor(matcher_for(kb_paths).kb)


class _Clock:
    """Seconds spent per stage, for `bilateral bench`."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


def _safe_process(
    doc: Document, kb_paths: tuple[str, ...] = (), text_only: bool = False
) -> Document | Skipped:
    """`process`, turning an unexpected failure into a skip instead of a crash."""
    try:
        return process(doc, kb_paths, text_only)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
        return Skipped(doc.source or doc.name, f"internal error while processing: {err!r}")


def ingest(
    con: duckdb.DuckDBPyConnection,
    inputs: Iterable[str],
    options: IngestOptions | None = None,
    on_item: Callable[[Document | Skipped], None] | None = None,
) -> IngestReport:
    """Ingest `inputs` (paths, folders, "-") into the store behind `con`."""
    opts = options or IngestOptions()
    report = IngestReport()
    started = time.perf_counter()
    stored = known_documents(con)
    sources = known_sources(con)
    batch: list[Document] = []
    links: list[Link] = []
    batch_chars = 0

    def flush() -> None:
        nonlocal batch_chars
        if batch or links:
            began = time.perf_counter()
            result = write_batch(con, batch, links, PIPELINE_VERSION)
            _add_time(report.timings, "store", time.perf_counter() - began)
            report.inserted += result.inserted
            report.replaced += len(result.replaced)
            stored.update(d.id for d in batch)
            stored.difference_update(result.replaced)
        batch.clear()
        links.clear()
        batch_chars = 0

    fresh = _fresh_documents(
        read_inputs(inputs, max_bytes=opts.max_bytes, stdin=opts.stdin),
        stored,
        sources,
        report,
        links,
    )
    try:
        for item in _map(fresh, opts.jobs, opts.kb_paths, opts.text_only):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                batch.append(item)
                batch_chars += len(item.raw_text)
                report.chars += len(item.raw_text)
                report.languages[item.lang or "?"] += 1
                for stage, seconds in item.meta.pop("timings", {}).items():
                    _add_time(report.timings, stage, seconds)
            if on_item is not None:
                on_item(item)
            if len(batch) >= opts.batch_docs or batch_chars >= opts.batch_chars:
                flush()
        flush()
        began = time.perf_counter()
        fuse_update(con)  # the fused view follows the facts (interrupted: the queue waits)
        _add_time(report.timings, "fuse", time.perf_counter() - began)
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.perf_counter() - started
    return report


def _fresh_documents(
    items: Iterator[Document | Skipped],
    stored: set[str],
    sources: dict[str, str],
    report: IngestReport,
    links: list[Link],
) -> Iterator[Document | Skipped]:
    """Pass on skips and documents not stored yet; note links for the others.

    A document whose content is already stored only needs its source
    recorded (a renamed or copied file): that goes into `links`, which the
    next batch writes.
    """
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        source = item.source or item.name
        if item.id in stored or item.id in seen:
            report.unchanged += 1
            if sources.get(source) != item.id:
                links.append(Link(source, item.id, item.name))
                sources[source] = item.id
            continue
        seen.add(item.id)
        sources[source] = item.id
        yield item


def _map(
    items: Iterable[Document | Skipped], jobs: int, kb_paths: tuple[str, ...], text_only: bool
) -> Iterator[Document | Skipped]:
    """Process documents (skips pass through), in `jobs` processes when > 1."""
    work = partial(_apply_process, kb_paths=kb_paths, text_only=text_only)
    if jobs <= 1:
        yield from map(work, items)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(work, items, chunksize=4)


def _apply_process(
    item: Document | Skipped, kb_paths: tuple[str, ...], text_only: bool
) -> Document | Skipped:
    return item if isinstance(item, Skipped) else _safe_process(item, kb_paths, text_only)


def reextract(
    con: duckdb.DuckDBPyConnection,
    kb_paths: tuple[str, ...] = (),
    rematch: bool = False,
    batch_docs: int = 100,
    on_doc: Callable[[Document], None] | None = None,
) -> tuple[int, int]:
    """Derive the facts of stored documents again (after a lexicon or KB change).

    Mentions are re-matched only when `rematch` is set. Returns (documents, facts).
    """
    ids = [row[0] for row in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    extractor = extractor_for(kb_paths)
    done = facts = 0
    for first in range(0, len(ids), batch_docs):
        docs = [load_document(con, doc_id) for doc_id in ids[first : first + batch_docs]]
        for doc in docs:
            if rematch:
                doc.mentions = find_mentions(doc, matcher_for(kb_paths))
            doc.facts = extractor.extract(doc)
            if on_doc is not None:
                on_doc(doc)
        facts += replace_facts(con, docs, rematch)
        done += len(docs)
    fuse_update(con)
    return done, facts
