"""Batches: JSON Lines in, one parsed document per line out, in input order.

Streams in bounded memory: records are read and parsed a window at a time,
over one process or several. A bad record (an undecodable line, invalid
JSON, a missing or non-string ``text``) becomes an output line with its
``id`` and an ``error``; every other record still comes out.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, Any

from attribution.parser import Parser

# Records handed to the workers at a time, per worker: enough to keep them
# busy, few enough to bound memory on any input size.
_WINDOW_PER_JOB = 32

_worker_parser: Parser | None = None


def _init_worker() -> None:
    global _worker_parser
    _worker_parser = Parser()


def parse_record(line_number: int, raw: bytes, parser: Parser | None = None) -> dict[str, Any]:
    """The output record for one input line."""
    parser = parser or _worker_parser or Parser()
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {"id": None, "error": f"line {line_number}: not UTF-8 (bad byte at offset {exc.start})"}
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"line {line_number}: invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(record, dict):
        return {"id": None, "error": f"line {line_number}: a record must be a JSON object"}
    rid = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        if "text" not in record:
            return {"id": rid, "error": f"line {line_number}: 'text' is missing"}
        return {"id": rid, "error": f"line {line_number}: 'text' must be a string (got {type(text).__name__})"}
    url, outlet = record.get("url"), record.get("outlet")
    for name, value in (("url", url), ("outlet", outlet)):
        if value is not None and not isinstance(value, str):
            return {"id": rid, "error": f"line {line_number}: '{name}' must be a string"}
    doc = parser.parse(text, url=url, outlet=outlet)
    return {"id": rid, **doc.to_dict()}


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(lines, 1):
        raw = raw.rstrip(b"\r\n")
        if raw.strip():
            yield number, raw


def _windows(items: Iterator[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    window: list[tuple[int, bytes]] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def run(
    lines: Iterable[bytes],
    out: IO[str],
    *,
    jobs: int = 1,
    total_bytes: int | None = None,
    progress: IO[str] | None = None,
) -> tuple[int, int]:
    """Parse every record of ``lines`` and write one JSON line each to ``out``.

    Returns (records written, records that failed).
    """
    written = failed = done_bytes = 0
    started = time.monotonic()
    numbered = _numbered(lines)
    if jobs <= 1:
        parser = Parser()
        results: Iterable[list[dict[str, Any]]] = (
            [parse_record(n, raw, parser) for n, raw in window] for window in _windows(numbered, _WINDOW_PER_JOB)
        )
        pool = None
    else:
        pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker)
        results = (
            pool.starmap(parse_record, window, chunksize=max(1, len(window) // (jobs * 4)))
            for window in _windows(numbered, _WINDOW_PER_JOB * jobs)
        )
    try:
        for batch in results:
            for record in batch:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
                failed += "error" in record
                done_bytes += len(record.get("text") or "")
            if progress is not None:
                _report(progress, written, done_bytes, total_bytes, started)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    if progress is not None:
        progress.write("\n")
    return written, failed


def _report(stream: IO[str], records: int, chars: int, total_bytes: int | None, started: float) -> None:
    elapsed = max(time.monotonic() - started, 1e-9)
    line = f"\r{records} records, {records / elapsed:,.0f} records/s, {chars / elapsed:,.0f} chars/s"
    if total_bytes:
        share = min(chars / total_bytes, 1.0)
        if share > 0:
            eta = elapsed * (1 - share) / share
            line += f", {100 * share:.0f}%, ETA {eta:,.0f} s"
    stream.write(line)
    stream.flush()


def main_stream(path: str | None, output: str | None, jobs: int) -> int:
    """The ``attribution batch`` command: exit status 1 when any record failed."""
    import os

    source = sys.stdin.buffer if path in (None, "-") else open(path, "rb")
    target = sys.stdout if output in (None, "-") else open(output, "w", encoding="utf-8", newline="\n")
    total = os.path.getsize(path) if path not in (None, "-") else None
    progress = sys.stderr if sys.stderr.isatty() else None
    try:
        _written, failed = run(source, target, jobs=jobs, total_bytes=total, progress=progress)
    finally:
        if source is not sys.stdin.buffer:
            source.close()
        if target is not sys.stdout:
            target.close()
    return 1 if failed else 0
