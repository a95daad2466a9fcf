"""`bilateral bench`: throughput and memory of the pipeline on a corpus.

Without a corpus it builds one by repeating the bundled examples until it
reaches the asked size; each copy gets a distinct marker line so that the
content hashes differ and every copy is really processed (identical
copies would be skipped as already stored).
"""

from __future__ import annotations

import json
import resource
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from bilateral.api import Bilateral
from bilateral.errors import BilateralError
from bilateral.ingest.readers import FORMATS as SUPPORTED_EXTENSIONS
from bilateral.pipeline import IngestOptions, IngestReport


@dataclass(slots=True)
class BenchResult:
    files: int
    input_bytes: int
    report: IngestReport
    peak_rss_mb: float
    worker_rss_mb: float

    def _workers(self) -> str:
        return f" (largest worker {self.worker_rss_mb:.0f} MB)" if self.worker_rss_mb else ""

    def lines(self) -> list[str]:
        seconds = self.report.seconds or 1e-9
        mb = self.input_bytes / 1e6
        docs = self.report.inserted
        out = [
            f"corpus:      {self.files} files, {docs} documents, {mb:.1f} MB",
            f"wall time:   {seconds:.2f} s",
            f"throughput:  {docs / seconds:.1f} docs/s, {mb / seconds:.2f} MB/s",
            f"peak RSS:    {self.peak_rss_mb:.0f} MB" + self._workers(),
            "stages (seconds, summed over documents):",
        ]
        stage_total = sum(self.report.timings.values())
        for stage, secs in sorted(self.report.timings.items(), key=lambda kv: -kv[1]):
            out.append(f"  {stage:<12} {secs:8.2f} s  {mb / secs if secs else 0:8.2f} MB/s")
        out.append(f"  {'read+other':<12} {max(seconds - stage_total, 0):8.2f} s")
        out.append(
            "  (actors: the KB matcher and discourse, KB loading included; "
            "facts: the rule extractor)"
        )
        return out


def build_corpus(examples: Path, dest: Path, target_bytes: int) -> tuple[int, int]:
    """Copies of the example files with distinct markers, until `target_bytes`."""
    originals = sorted(p for p in examples.rglob("*") if p.suffix.lower() in SUPPORTED_EXTENSIONS)
    if not originals:
        raise BilateralError(f"{examples}: no example documents to build a corpus from")
    dest.mkdir(parents=True, exist_ok=True)
    files = total = copy = 0
    while total < target_bytes:
        for original in originals:
            data = _variant(original, copy)
            target = dest / f"c{copy:05d}_{original.name}"
            target.write_bytes(data)
            files += 1
            total += len(data)
        copy += 1
    return files, total


def _variant(path: Path, copy: int) -> bytes:
    marker = f"Benchmark copy {copy}."
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        lines = []
        for line in text.splitlines():
            if line.strip():
                record = json.loads(line)
                record["text"] = f"{record['text']}\n\n{marker}"
                if "id" in record:
                    record["id"] = f"{record['id']}-{copy}"
                lines.append(json.dumps(record, ensure_ascii=False))
        text = "\n".join(lines) + "\n"
    elif suffix in (".html", ".htm"):
        text = text.replace("</article>", f"<p>{marker}</p></article>", 1)
    else:
        text = f"{text}\n\n{marker}\n"
    return text.encode("utf-8")


def run(db: Path, corpus: list[str], jobs: int = 1, text_only: bool = False) -> BenchResult:
    """Ingest `corpus` into a new store at `db` and measure it."""
    if db.exists():
        raise BilateralError(
            f"{db}: exists; bench needs a new store (remove it or give another --db)"
        )
    files, size = _measure_inputs(corpus)
    started = time.perf_counter()
    with Bilateral(db) as kb:
        report = kb.ingest(corpus, IngestOptions(jobs=jobs, text_only=text_only))
    report.seconds = time.perf_counter() - started
    own, children = _peak_rss_mb()
    return BenchResult(files, size, report, own, children if jobs > 1 else 0.0)


def _measure_inputs(corpus: list[str]) -> tuple[int, int]:
    files = size = 0
    for item in corpus:
        path = Path(item)
        paths = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for p in paths:
            if p.suffix.lower() in SUPPORTED_EXTENSIONS:
                files += 1
                size += p.stat().st_size
    return files, size


def _peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, children / 1024


def cleanup(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
