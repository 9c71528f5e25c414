"""Streaming batch extraction over many publications: local, multi-process, or on a Dask cluster.

Public API::

    from nlds_nlp.batch import run_batch
    result = run_batch(["publications/"], Path("out/records.jsonl"), n_process=2)

How it is built, and why:

- Inputs are expanded lazily into small :class:`Task` s (one per file, one per JSON Lines row),
  grouped into chunks of ``batch_size`` and handed to an engine. Only a bounded window of chunks
  is ever in flight, so memory does not grow with the number of files.
- One function, :func:`process_tasks`, turns a chunk into records (JSON lines) or failures, and
  every engine runs exactly that function: in this process, in a pool of worker processes
  (``n_process > 1``), or as Dask tasks. Results are therefore identical whatever the engine, and
  the chunks come back in input order, so the output order is deterministic.
- Workers read and parse the files themselves (PDF and HTML parsing is as costly as extraction),
  and send back finished JSON lines, which are cheap to pickle, instead of spaCy Docs. For Dask
  the main process ships the file bytes, so workers on other machines need no shared disk.
- Records are appended to ``OUTPUT.part`` and flushed after each chunk; ``resume=True`` skips
  every document already there. The final output appears atomically when the run ends.
- A document that cannot be read or extracted becomes a failure with its path and reason; the
  run goes on, and :attr:`BatchResult.failed` says how many failed.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from nlds_nlp.io.meta import MetaIndex
from nlds_nlp.io.readers import (
    InputDocument,
    InputError,
    expand_paths,
    iter_jsonl_lines,
    parse_document,
    parse_jsonl_line,
    read_bytes,
    read_file,
)
from nlds_nlp.io.writers import (
    ErrorLog,
    RecordLog,
    check_output_path,
    iter_record_lines,
    json_safe,
    source_key,
    write_tables,
)
from nlds_nlp.limits import DEFAULT_TIMEOUT, DocumentTimeout, die_with_parent, time_limit

__all__ = [
    "BatchInterrupted",
    "BatchResult",
    "Outcome",
    "PipelineSpec",
    "Task",
    "default_errors_path",
    "iter_tasks",
    "process_tasks",
    "run_batch",
]

Engine = Literal["local", "dask"]
Format = Literal["jsonl", "csv", "parquet"]


@dataclass(frozen=True)
class PipelineSpec:
    """Which pipeline workers build (hashable and picklable: it travels to every worker)."""

    base: str | None = None
    model: str | None = None


_PIPELINES: dict[PipelineSpec, Any] = {}


def pipeline_for(spec: PipelineSpec) -> Any:
    """The pipeline of ``spec``, built once per process (workers keep it between chunks)."""
    nlp = _PIPELINES.get(spec)
    if nlp is None:
        from nlds_nlp.pipeline import load

        nlp = _PIPELINES[spec] = load(base=spec.base, model=spec.model)
    return nlp


@dataclass(frozen=True)
class Task:
    """One document to extract, as cheap to send to a worker as possible.

    ``source`` identifies the document across runs (a path, or ``path:line`` for JSON Lines);
    exactly one of ``path`` (worker reads it), ``data`` (file bytes) or ``line`` (JSONL row) is
    set, or ``error`` when the document already failed while being listed.
    """

    source: str
    doc_id: str
    path: str | None = None
    data: bytes | None = None
    line: bytes | None = None
    published: str | None = None
    nbytes: int = 0
    error: str | None = None
    meta: dict[str, str] | None = None  # from --meta or a manifest; wins over the file's own


@dataclass(frozen=True)
class Outcome:
    """What became of one task: a record (one JSON line) or an error message."""

    source: str
    doc_id: str | None
    record: str | None = None
    error: str | None = None
    words: int = 0
    nbytes: int = 0


def iter_tasks(
    paths: Iterable[str | Path],
    published: str | None = None,
    ship_bytes: bool = False,
    meta: MetaIndex | None = None,
) -> Iterator[Task]:
    """Tasks for every document under ``paths``, lazily and in a deterministic order. ``meta``
    gives files their publication date, title and publisher (JSON Lines rows carry their own)."""
    for item in expand_paths(paths):
        source = str(item.path)
        row = meta.lookup(item.path, item.doc_id) if meta else None
        if item.is_jsonl:
            try:
                for lineno, line in iter_jsonl_lines(item.path):
                    yield Task(
                        f"{source}:{lineno}",
                        f"{item.path.stem}-{lineno}",
                        line=line,
                        published=published,
                        nbytes=len(line),
                    )
            except InputError as exc:
                yield Task(source, item.doc_id, error=str(exc), nbytes=item.size)
            continue
        if ship_bytes:
            try:
                data = read_bytes(item.path)
            except InputError as exc:
                yield Task(source, item.doc_id, error=str(exc), nbytes=item.size)
                continue
            yield Task(
                source,
                item.doc_id,
                path=source,
                data=data,
                published=published,
                nbytes=item.size,
                meta=row,
            )
        else:
            yield Task(
                source, item.doc_id, path=source, published=published, nbytes=item.size, meta=row
            )


def read_task(task: Task) -> InputDocument:
    """The document of a task (raises :class:`InputError`)."""
    if task.error is not None:
        raise InputError(task.error)
    if task.line is not None:
        path, _, lineno = task.source.rpartition(":")
        return parse_jsonl_line(task.line, f"{path} line {lineno}", task.doc_id, task.published)
    assert task.path is not None
    if task.data is not None:
        doc = parse_document(task.data, task.path, doc_id=task.doc_id, published=task.published)
    else:
        doc = read_file(Path(task.path), doc_id=task.doc_id, published=task.published)
    if task.meta:
        doc.meta.update(task.meta)
    return doc


def with_pages(record: Any, page_starts: list[int]) -> Any:
    """The record with each mention's provenance saying on which page (1-based) it starts."""
    from bisect import bisect_right

    def paged(mentions: list[Any]) -> list[Any]:
        out = []
        for m in mentions:
            page = max(1, bisect_right(page_starts, m.start))
            out.append(
                m.model_copy(update={"provenance": m.provenance.model_copy(update={"page": page})})
            )
        return out

    fields = ("money", "dates", "organisations", "programmes", "persons", "locations", "laws")
    return record.model_copy(update={f: paged(getattr(record, f)) for f in fields})


def _record_line(doc: Any, item: InputDocument, task: Task) -> str:
    from nlds_nlp.api import record_from_doc

    record = record_from_doc(
        doc, id=item.id, title=item.title, publisher=item.meta.get("publisher"), source=task.source
    )
    if item.page_starts:
        record = with_pages(record, item.page_starts)
    return json_safe(record.model_dump_json(exclude_none=True))


def process_tasks(
    tasks: list[Task],
    spec: PipelineSpec = PipelineSpec(),
    batch_size: int = 64,
    timeout: float | None = None,
) -> list[Outcome]:
    """Read and extract a chunk of tasks; one :class:`Outcome` per task, in task order.

    Never raises for a bad document: the chunk goes through ``nlp.pipe`` in one go, and only if
    that fails is the rest redone document by document, so one bad document fails alone.
    ``timeout`` limits the seconds each document may take (see :mod:`nlds_nlp.limits`): while
    the chunk streams through ``nlp.pipe`` the limit applies to each next document; a document
    over it is redone alone under the same limit and fails if it is over again.
    """
    from nlds_nlp.api import extract_docs, make_doc

    nlp = pipeline_for(spec)
    outcomes: list[Outcome | None] = [None] * len(tasks)
    items: list[tuple[int, InputDocument]] = []
    for i, task in enumerate(tasks):
        try:
            with time_limit(timeout):
                items.append((i, read_task(task)))
        except InputError as exc:
            outcomes[i] = Outcome(task.source, task.doc_id, error=str(exc), nbytes=task.nbytes)
        except DocumentTimeout as exc:
            outcomes[i] = Outcome(
                task.source, task.doc_id, nbytes=task.nbytes, error=f"{task.source}: reading {exc}"
            )
        except Exception as exc:  # a parser bug must not take the whole run down
            outcomes[i] = Outcome(
                task.source,
                task.doc_id,
                nbytes=task.nbytes,
                error=f"{task.source}: cannot read ({type(exc).__name__}: {exc})",
            )

    def done(i: int, item: InputDocument, line: str) -> Outcome:
        task = tasks[i]
        return Outcome(
            task.source, item.id, record=line, words=len(item.text.split()), nbytes=task.nbytes
        )

    finished = 0
    try:
        docs = extract_docs(((it.text, it.published) for _, it in items), nlp, batch_size)
        for i, item in items:
            with time_limit(timeout):
                doc = next(docs)
                line = _record_line(doc, item, tasks[i])
            outcomes[i] = done(i, item, line)
            finished += 1
    except Exception:
        for i, item in items[finished:]:
            task = tasks[i]
            try:
                with time_limit(timeout):
                    doc = nlp(make_doc(nlp, item.text, item.published))
                    line = _record_line(doc, item, task)
                outcomes[i] = done(i, item, line)
            except DocumentTimeout as exc:
                outcomes[i] = Outcome(
                    task.source, item.id, nbytes=task.nbytes, error=f"{task.source}: {exc}"
                )
            except Exception as exc:
                outcomes[i] = Outcome(
                    task.source,
                    item.id,
                    nbytes=task.nbytes,
                    error=f"{task.source}: extraction failed ({type(exc).__name__}: {exc})",
                )
    return [o for o in outcomes if o is not None]


# A chunk also closes at this many input bytes: with documents of very different sizes, chunks
# of equal work keep every worker busy until the end instead of one finishing a huge chunk alone.
CHUNK_BYTES = 64 * 1024


def _chunks(tasks: Iterable[Task], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    nbytes = 0
    for task in tasks:
        chunk.append(task)
        nbytes += task.nbytes
        if len(chunk) >= size or nbytes >= max_bytes:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def _failed(chunk: list[Task], reason: str) -> list[Outcome]:
    return [
        Outcome(t.source, t.doc_id, error=f"{t.source}: {reason}", nbytes=t.nbytes) for t in chunk
    ]


# ---------------------------------------------------------------------------------------------
# Engines: each turns an iterator of tasks into outcome lists, one per chunk, in input order.


def _run_inline(
    tasks: Iterable[Task], spec: PipelineSpec, batch_size: int, timeout: float | None = None
) -> Iterator[list[Outcome]]:
    for chunk in _chunks(tasks, batch_size):
        yield process_tasks(chunk, spec, batch_size, timeout)


def _init_worker(spec: PipelineSpec, parent: int) -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process (which stops them), end when it
    ends however it ends, and load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)
    pipeline_for(spec)


def _run_pool(
    tasks: Iterable[Task],
    spec: PipelineSpec,
    batch_size: int,
    n_process: int,
    timeout: float | None = None,
) -> Iterator[list[Outcome]]:
    """Chunks over ``n_process`` worker processes, at most ``4 * n_process`` chunks in flight
    (results are taken in order, so a slow chunk must not leave the other workers idle).

    Where the platform can fork, the pipeline is built once here and the workers inherit it
    (copy-on-write): no worker pays for importing spaCy and loading the pipeline again, which
    on a short run costs as much as the extraction. Elsewhere each worker builds its own.
    """
    if "fork" in multiprocessing.get_all_start_methods():
        pipeline_for(spec)
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            n_process, mp_context=ctx, initializer=_init_worker, initargs=(spec, os.getpid())
        )

    pool = new_pool()
    pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    window = 4 * n_process

    def oldest() -> list[Outcome]:
        nonlocal pool
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory): fail what was in flight, go on afresh.
            lost = _failed(chunk, "worker process died; retry with --resume")
            while pending:
                lost += _failed(pending.popleft()[0], "worker process died; retry with --resume")
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            return lost

    try:
        for chunk in _chunks(tasks, batch_size):
            pending.append((chunk, pool.submit(process_tasks, chunk, spec, batch_size, timeout)))
            while len(pending) >= window:
                yield oldest()
        while pending:
            yield oldest()
    finally:
        procs = list((getattr(pool, "_processes", None) or {}).values())
        if pending:  # interrupted: do not wait for chunks nobody will read
            for proc in procs:
                with contextlib.suppress(Exception):
                    proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    tasks: Iterable[Task],
    spec: PipelineSpec,
    batch_size: int,
    n_process: int,
    scheduler: str | None,
) -> Iterator[list[Outcome]]:
    """Chunks as Dask tasks on the cluster at ``scheduler`` (or a local one on 127.0.0.1)."""
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra
        raise RuntimeError("--engine dask needs Dask: pip install 'nlds-nlp[dask]'") from exc

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=n_process,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    pending: deque[tuple[list[Task], Any]] = deque()
    try:
        slots = sum(client.nthreads().values()) or 1
        window = 4 * slots
        for chunk in _chunks(tasks, batch_size):
            pending.append(
                (chunk, client.submit(process_tasks, chunk, spec, batch_size, pure=False))
            )
            while len(pending) >= window:
                yield _dask_result(*pending.popleft())
        while pending:
            yield _dask_result(*pending.popleft())
    finally:
        if pending:
            with contextlib.suppress(Exception):
                client.cancel([f for _, f in pending])
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(chunk: list[Task], future: Any) -> list[Outcome]:
    try:
        result: list[Outcome] = future.result()
        return result
    except Exception as exc:  # KilledWorker and the like: the documents fail, the run goes on
        return _failed(chunk, f"dask task failed ({type(exc).__name__}: {exc})")


# ---------------------------------------------------------------------------------------------
# The runner


@dataclass
class BatchResult:
    """Counts of a run (``documents`` counts records written by this run only)."""

    documents: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    errors_path: Path | None = None

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM during a run; what was extracted is kept in the part file for
    ``resume``. ``signum`` says which signal stopped the run."""

    def __init__(self, result: BatchResult, part: Path | None, signum: int = signal.SIGINT) -> None:
        super().__init__("interrupted")
        self.result = result
        self.part = part
        self.signum = signum


class _StopSignals:
    """SIGINT and SIGTERM both stop a run the same clean way (``KeyboardInterrupt``), but never
    while a finished chunk is being written: then the stop waits until the chunk is whole."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._deferring = False

    def _handler(self, signum: int, frame: Any) -> None:
        self.received = signum
        if not self._deferring:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        import threading

        if threading.current_thread() is not threading.main_thread():
            yield  # signals can only be handled in the main thread
            return
        previous = {
            sig: signal.signal(sig, self._handler) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self.received is not None:
            raise KeyboardInterrupt


def default_errors_path(output: Path | None, fmt: str = "jsonl") -> Path | None:
    """``records.jsonl`` -> ``records.errors.jsonl``; a table directory -> ``DIR/errors.jsonl``."""
    if output is None:
        return None
    if fmt != "jsonl":
        return output / "errors.jsonl"
    return output.with_name(f"{output.stem}.errors.jsonl")


def _progress(enabled: bool | None, total: int) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total or None,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        disable=(None if enabled is None else not enabled),
        desc="extract",
        dynamic_ncols=True,
        mininterval=0.5,
        bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}{unit}/{total_fmt}{unit} "
        "[{elapsed}<{remaining}{postfix}]",
    )


def run_batch(
    paths: Iterable[str | Path],
    output: Path | None = None,
    *,
    fmt: Format = "jsonl",
    errors: Path | None = None,
    published: str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    resume: bool = False,
    progress: bool | None = False,
    spec: PipelineSpec = PipelineSpec(),
    stream: IO[str] | None = None,
    on_error: Callable[[str, str], None] | None = None,
    meta: MetaIndex | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchResult:
    """Extract records from every document under ``paths``.

    ``output`` is the records JSONL file (``fmt="jsonl"``) or the directory that receives
    ``records.jsonl`` and the ``mentions``, ``fundings`` and ``documents`` tables (``"csv"`` or
    ``"parquet"``); without ``output`` records are written to ``stream``. Failures go to
    ``errors`` (default beside the output) and to ``on_error(source, message)``, if given.
    ``meta`` gives files their publication date, title and publisher (see :mod:`nlds_nlp.io.meta`).
    ``progress=None`` shows a bar only on a terminal. When nothing at all was extracted, no
    records file is left behind. ``timeout`` is the limit in seconds per document (``None`` or 0:
    none); a document over it is a failure like any other.
    Every output path is checked before any work starts (:class:`OutputError`).
    Raises :class:`BatchInterrupted` on Ctrl-C or SIGTERM after saving what was done.
    """
    from nlds_nlp.api import check_published

    published = check_published(published)
    paths = [str(p) for p in paths]
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be at least 1")
    if fmt not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: expected jsonl, csv or parquet")
    if output is None and (fmt != "jsonl" or resume):
        raise ValueError("an output path is needed for tables and for resume")
    if output is None and stream is None:
        raise ValueError("give an output path or a stream")
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: expected local or dask")
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be 0 (no limit) or more seconds")

    records_path = (
        None if output is None else (output / "records.jsonl" if fmt != "jsonl" else output)
    )
    errors = errors if errors is not None else default_errors_path(output, fmt)
    if records_path is not None:
        check_output_path(records_path, "output")
    if errors is not None:
        check_output_path(errors, "errors file")
    stops = _StopSignals()
    with stops.installed():
        return _run(
            paths,
            output,
            records_path,
            errors,
            fmt,
            published,
            batch_size,
            n_process,
            engine,
            scheduler,
            resume,
            progress,
            spec,
            stream,
            on_error,
            timeout,
            stops,
            meta,
        )


def _run(
    paths: list[str],
    output: Path | None,
    records_path: Path | None,
    errors: Path | None,
    fmt: Format,
    published: str | None,
    batch_size: int,
    n_process: int,
    engine: Engine,
    scheduler: str | None,
    resume: bool,
    progress: bool | None,
    spec: PipelineSpec,
    stream: IO[str] | None,
    on_error: Callable[[str, str], None] | None,
    timeout: float | None,
    stops: _StopSignals,
    meta: MetaIndex | None = None,
) -> BatchResult:
    total = sum(item.size for item in expand_paths(paths))  # for the bar's ETA: sizes only
    log = RecordLog(records_path, resume=resume) if records_path else None
    errlog = ErrorLog(errors)
    result = BatchResult()
    bar = _progress(progress, total)
    start = time.perf_counter()

    def pending_tasks() -> Iterator[Task]:
        for task in iter_tasks(paths, published, ship_bytes=engine == "dask", meta=meta):
            if log is not None and source_key(task.source) in log.done:
                result.skipped += 1
                bar.update(task.nbytes)
                continue
            yield task

    if engine == "dask":
        outcomes = _run_dask(pending_tasks(), spec, batch_size, n_process, scheduler)
    elif n_process > 1:
        outcomes = _run_pool(pending_tasks(), spec, batch_size, n_process, timeout)
    else:
        outcomes = _run_inline(pending_tasks(), spec, batch_size, timeout)

    def write_chunk(chunk: list[Outcome]) -> None:
        for o in chunk:
            if o.record is not None:
                if log is not None:
                    log.write(o.record)
                else:
                    assert stream is not None
                    stream.write(o.record + "\n")
                result.documents += 1
                result.words += o.words
            else:
                errlog.write(o.source, o.doc_id, o.error or "failed")
                result.failed += 1
                if on_error is not None:
                    on_error(o.source, o.error or "failed")
            bar.update(o.nbytes)
        if log is not None:
            log.flush()
        elif stream is not None:
            stream.flush()
        errlog.flush()

    try:
        for chunk in outcomes:
            with stops.deferred():  # a stop signal waits until the chunk is written whole
                write_chunk(chunk)
            result.seconds = time.perf_counter() - start
            bar.set_postfix_str(
                f"docs={result.documents + result.skipped}, "
                f"failed={result.failed}, "
                f"words/s={result.words_per_second:,.0f}",
                refresh=False,
            )
    except KeyboardInterrupt:
        with contextlib.suppress(Exception):
            outcomes.close()
        result.seconds = time.perf_counter() - start
        if log is not None:
            log.close()
        errlog.abandon()
        bar.close()
        signum = stops.received or signal.SIGINT
        raise BatchInterrupted(result, log.part if log else None, signum) from None
    except BaseException:
        if log is not None:
            log.close()
        errlog.abandon()
        bar.close()
        raise
    bar.close()
    result.seconds = time.perf_counter() - start
    if log is not None and log.count == 0 and result.failed:
        log.discard()  # every document failed: an empty output would only hide that
    elif log is not None and records_path is not None and output is not None:
        log.commit()
        result.outputs.append(records_path)
        if fmt != "jsonl":
            tables = write_tables(iter_record_lines(records_path), output, fmt)
            result.outputs.extend(tables.values())
    result.errors_path = errlog.commit()
    return result


def load_records(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file (or of ``DIR/records.jsonl``) as dicts, streamed."""
    if path.is_dir():
        path = path / "records.jsonl"
    for line in iter_record_lines(path):
        yield json.loads(line)
