"""Outputs of a batch run: records JSON Lines (resumable), and flat CSV or Parquet tables.

Why a ``.part`` file: records are appended to ``OUT.part`` and flushed after every batch, so an
interrupted run loses nothing already extracted and ``--resume`` knows what is done; only when
the run ends is the part file renamed over ``OUT`` (one atomic ``os.replace``), so ``OUT`` itself
is never half-written. Tables are derived from the finished records in one streaming pass.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from nlds_nlp.io.atomic import atomic_writer

FORMATS = ("jsonl", "csv", "parquet")

MENTION_COLUMNS = (
    "doc_id",
    "source",
    "published",
    "title",
    "mention_id",
    "label",
    "start",
    "end",
    "text",
    "page",
    "component",
    "pattern",
    "canonical",
    "amount",
    "currency",
    "min",
    "max",
    "qualifier",
    "per",
    "recurrent",
    "currency_implicit",
    "funder",
    "recipient",
    "programme",
    "period",
    "date",
    "date_type",
    "date_value",
    "date_start",
    "date_end",
    "date_mod",
    "date_min",
    "date_max",
)
# Fields a funding record carries as they are, and the DATE fields spread into columns per role;
# the column list and the rows are both built from these, so they cannot drift apart.
_FUNDING_FIELDS = (
    "text",
    "amount",
    "min",
    "max",
    "currency",
    "per",
    "qualifier",
    "funder",
    "recipient",
    "programme",
)
_DATE_FIELDS = ("type", "value", "start", "end")
_DATE_ROLES = ("period", "date")
FUNDING_COLUMNS = (
    "doc_id",
    "source",
    "published",
    "title",
    "flow_id",
    "money_id",
    "money_ids",
    "page",
    *_FUNDING_FIELDS,
    *(f"{role}_{k}" for role in _DATE_ROLES for k in ("text", *_DATE_FIELDS)),
    "sentence",
    "warnings",
)
DOCUMENT_COLUMNS = (
    "doc_id",
    "source",
    "published",
    "title",
    "publisher",
    "money",
    "dates",
    "organisations",
    "programmes",
    "persons",
    "locations",
    "laws",
    "fundings",
)
# Integer columns; every other column is text (amounts stay exact decimal strings).
INT_COLUMNS = {
    "start",
    "end",
    "page",
    "money",
    "dates",
    "organisations",
    "programmes",
    "persons",
    "locations",
    "laws",
    "fundings",
}
BOOL_COLUMNS = {"recurrent", "currency_implicit"}
_MENTION_LISTS = ("money", "dates", "organisations", "programmes", "persons", "locations", "laws")


def source_key(source: str) -> bytes:
    """Short digest of a document's source: what ``resume`` remembers per finished document,
    so the memory it needs stays small however many documents a run has."""
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=12).digest()


def part_path(output: Path) -> Path:
    """Where records of an unfinished run are kept."""
    return output.with_name(output.name + ".part")


def json_safe(line: str) -> str:
    """A JSON text as UTF-8-writable: a lone surrogate (a file name with undecodable bytes gets
    them) becomes its JSON escape ``\\udcff``, which reads back as the same string."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return line.encode("utf-8", "backslashreplace").decode("ascii", "strict")
    return line


class OutputError(ValueError):
    """An output path that cannot be written (found before any work starts)."""


def check_output_path(path: Path, what: str = "output") -> None:
    """Raise :class:`OutputError` unless a file can be written at ``path``.

    Why before the run: a run that finds out at its first failed document, or at its end, that
    its errors file or output cannot be written has done its work for nothing. The check
    creates the missing parent directories, then creates and removes a file beside ``path``
    (every output is written as a file there and renamed over ``path``).
    """
    import tempfile

    if path.is_dir():
        raise OutputError(f"{path}: {what} is a directory, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(f"{path}: cannot write the {what} ({reason})") from None


def _fsync(fh: IO[Any]) -> None:
    fh.flush()
    os.fsync(fh.fileno())


class RecordLog:
    """Append-only records JSONL that survives interruption (see module docstring).

    ``resume=True`` keeps what an earlier run wrote (the part file, or the finished output when
    there is no part file) and drops a torn last line; :attr:`done` holds the source of every
    record kept, so those documents are not extracted again.
    """

    def __init__(self, output: Path, resume: bool = False) -> None:
        self.output = output
        self.part = part_path(output)
        self.done: set[bytes] = set()
        self.count = 0
        output.parent.mkdir(parents=True, exist_ok=True)
        if resume and not self.part.exists() and output.exists():
            with output.open("rb") as src, self.part.open("wb") as dst:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    dst.write(chunk)
        if resume and self.part.exists():
            self._load()
            self._fh: IO[str] = self.part.open("a", encoding="utf-8")
        else:
            self._fh = self.part.open("w", encoding="utf-8")

    def _load(self) -> None:
        good = 0
        with self.part.open("rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # torn by an interruption mid-write
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    break
                self.done.add(source_key(row.get("source") or row.get("id") or ""))
                self.count += 1
                good += len(line)
        with self.part.open("r+b") as fh:
            fh.truncate(good)

    def write(self, line: str) -> None:
        self._fh.write(line + "\n")
        self.count += 1

    def flush(self) -> None:
        """Hand what was written to the OS: it survives Ctrl-C or a killed process; the disk
        sync (which costs far more) waits for :meth:`close`."""
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            _fsync(self._fh)
            self._fh.close()

    def commit(self, target: Path | None = None) -> Path:
        """Close and atomically move the part file to ``target`` (default: the output)."""
        self.close()
        target = target or self.output
        os.replace(self.part, target)
        return target

    def discard(self) -> None:
        """Close and remove the part file (nothing worth keeping was written)."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.part.unlink()

    def __enter__(self) -> RecordLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ErrorLog:
    """Failed documents as JSON Lines ``{"source", "id", "error"}``, written atomically at the end.

    Nothing is created when nothing failed (a stale file of an earlier run is removed), so the
    presence of the file alone says that something went wrong.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.count = 0
        self._fh: IO[str] | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._tmp = part_path(path)

    def write(self, source: str, doc_id: str | None, error: str) -> None:
        self.count += 1
        if self.path is None:
            return
        if self._fh is None:
            self._fh = self._tmp.open("w", encoding="utf-8")
        row = {"source": source, "id": doc_id, "error": error}
        self._fh.write(json_safe(json.dumps(row, ensure_ascii=False)) + "\n")

    def flush(self) -> None:
        if self._fh is not None:
            self._fh.flush()

    def commit(self) -> Path | None:
        if self.path is None:
            return None
        if self._fh is None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return None
        _fsync(self._fh)
        self._fh.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abandon(self) -> None:
        """Drop the errors of an interrupted run (the failed documents are retried on resume)."""
        if self._fh is not None:
            self._fh.close()
            with contextlib.suppress(FileNotFoundError):
                self._tmp.unlink()


# ---------------------------------------------------------------------------------------------
# Flat tables


def _roles_by_id(rec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for key in _MENTION_LISTS for m in rec.get(key) or []}


def _name(mention: dict[str, Any] | None) -> str | None:
    if mention is None:
        return None
    return (mention.get("value") or {}).get("canonical") or mention.get("text")


def mention_rows(rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per mention of a record (as parsed JSON), in text order."""
    base = {
        "doc_id": rec.get("id"),
        "source": rec.get("source"),
        "published": rec.get("published"),
        "title": rec.get("title"),
    }
    by_id = _roles_by_id(rec)
    mentions = sorted(by_id.values(), key=lambda m: (m["start"], m["end"], m["id"]))
    for m in mentions:
        prov, value = m.get("provenance") or {}, m.get("value") or {}
        row = {
            **base,
            "mention_id": m["id"],
            "label": m["label"],
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "page": prov.get("page"),
            "component": prov.get("component"),
            "pattern": prov.get("pattern"),
        }
        if m["label"] == "MONEY":
            for key in (
                "amount",
                "currency",
                "min",
                "max",
                "qualifier",
                "per",
                "recurrent",
                "currency_implicit",
            ):
                row[key] = value.get(key)
            for role, ref in (m.get("roles") or {}).items():
                target = by_id.get(ref) if ref else None
                row[role] = (
                    (target.get("text") if role in ("period", "date") else _name(target))
                    if target
                    else None
                )
        elif m["label"] == "DATE":
            for key in ("type", "value", "start", "end", "mod", "min", "max"):
                row[f"date_{key}"] = value.get(key)
        else:
            row["canonical"] = value.get("canonical")
        yield row


def _date_cols(prefix: str, value: dict[str, Any] | None) -> dict[str, Any]:
    value = value or {}
    return {f"{prefix}_{k}": value.get(k) for k in _DATE_FIELDS}


def funding_rows(rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per flow (money with a funder, recipient or programme, repeats merged);
    ``money_ids`` and ``warnings`` are ``;``-separated."""
    by_id = _roles_by_id(rec)
    for f in rec.get("fundings") or []:
        money = by_id.get(f["money_id"]) or {}
        yield {
            "doc_id": rec.get("id"),
            "source": rec.get("source"),
            "published": rec.get("published"),
            "title": rec.get("title"),
            "flow_id": f.get("id"),
            "money_id": f["money_id"],
            "money_ids": ";".join(f.get("money_ids") or [f["money_id"]]),
            "page": (money.get("provenance") or {}).get("page"),
            **{k: f.get(k) for k in _FUNDING_FIELDS},
            **{f"{role}_text": f.get(f"{role}_text") for role in _DATE_ROLES},
            **{k: v for role in _DATE_ROLES for k, v in _date_cols(role, f.get(role)).items()},
            "sentence": f.get("sentence"),
            "warnings": ";".join(f.get("warnings") or []),
        }


def document_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = {
        "doc_id": rec.get("id"),
        "source": rec.get("source"),
        "published": rec.get("published"),
        "title": rec.get("title"),
        "publisher": rec.get("publisher"),
    }
    for key in (*_MENTION_LISTS, "fundings"):
        row[key] = len(rec.get(key) or [])
    return row


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class _CsvTable:
    def __init__(self, path: Path, columns: tuple[str, ...]) -> None:
        self._ctx = atomic_writer(path, "w", encoding="utf-8")
        fh = self._ctx.__enter__()
        self._writer = csv.DictWriter(
            fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n"
        )
        self._writer.writeheader()

    def add(self, row: dict[str, Any]) -> None:
        self._writer.writerow({k: _csv_value(v) for k, v in row.items()})

    def close(self, exc: BaseException | None = None) -> None:
        if exc is None:
            self._ctx.__exit__(None, None, None)
        else:
            self._ctx.__exit__(type(exc), exc, exc.__traceback__)


class _ParquetTable:
    """Rows buffered into row groups of ``group`` rows, so memory stays bounded."""

    def __init__(self, path: Path, columns: tuple[str, ...], group: int = 50_000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # an optional extra
            raise RuntimeError(
                "--format parquet needs pyarrow: pip install 'nlds-nlp[parquet]'"
            ) from exc

        def kind(col: str) -> Any:
            if col in INT_COLUMNS:
                return pa.int64()
            if col in BOOL_COLUMNS:
                return pa.bool_()
            return pa.string()

        self._pa = pa
        self.schema = pa.schema([(c, kind(c)) for c in columns])
        self.columns = columns
        self._ctx = atomic_writer(path, "wb", encoding=None)
        self._writer = pq.ParquetWriter(self._ctx.__enter__(), self.schema)
        self._rows: list[dict[str, Any]] = []
        self._group = group

    def _flush(self) -> None:
        if self._rows:
            data = {c: [r.get(c) for r in self._rows] for c in self.columns}
            self._writer.write_table(self._pa.table(data, schema=self.schema))
            self._rows = []

    def add(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self._group:
            self._flush()

    def close(self, exc: BaseException | None = None) -> None:
        if exc is None:
            self._flush()
            self._writer.close()
            self._ctx.__exit__(None, None, None)
        else:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._ctx.__exit__(type(exc), exc, exc.__traceback__)


def table_paths(directory: Path, fmt: str) -> dict[str, Path]:
    return {name: directory / f"{name}.{fmt}" for name in ("mentions", "fundings", "documents")}


def write_tables(
    records: Iterable[str | dict[str, Any]], directory: Path, fmt: str
) -> dict[str, Path]:
    """Write mentions, fundings and documents tables (CSV or Parquet) from records, streaming.

    Each table is written atomically; amounts stay exact decimal strings.
    """
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown table format {fmt!r}: expected csv or parquet")
    paths = table_paths(directory, fmt)
    kind = _CsvTable if fmt == "csv" else _ParquetTable
    tables = {
        "mentions": kind(paths["mentions"], MENTION_COLUMNS),
        "fundings": kind(paths["fundings"], FUNDING_COLUMNS),
        "documents": kind(paths["documents"], DOCUMENT_COLUMNS),
    }
    error: BaseException | None = None
    try:
        for rec in records:
            row = json.loads(rec) if isinstance(rec, str) else rec
            for m in mention_rows(row):
                tables["mentions"].add(m)
            for f in funding_rows(row):
                tables["fundings"].add(f)
            tables["documents"].add(document_row(row))
    except BaseException as exc:
        error = exc
        raise
    finally:
        for table in tables.values():
            table.close(error)
    return paths


def iter_record_lines(path: Path) -> Iterator[str]:
    """Record lines of a JSONL file, streamed."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line
