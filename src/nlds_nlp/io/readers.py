"""Input documents: plain text, Markdown, HTML, PDF, officiële-publicaties XML and JSON Lines.

Every problem raises :class:`InputError` naming the file (and line) and what is wrong, so the
CLI can print one clear message, and the batch runner can log it and go on, instead of a
traceback. Parsers take bytes, not paths, so the same code runs where the file is (a local worker
reads it itself) and where it is not (a Dask worker on another machine gets the bytes).
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlds_nlp.api import check_published, check_text

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
XML_SUFFIXES = {".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | XML_SUFFIXES | JSONL_SUFFIXES


class InputError(ValueError):
    """An input file or line that cannot be read as a document."""


@dataclass
class InputDocument:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    # For paged formats (PDF): the character offset at which each page starts.
    page_starts: list[int] | None = None

    @property
    def published(self) -> str | None:
        return self.meta.get("published")

    @property
    def title(self) -> str | None:
        return self.meta.get("title")


def read_bytes(path: Path) -> bytes:
    """File content, with unreadable files turned into :class:`InputError`."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode_text(data: bytes, name: str | Path) -> str:
    """UTF-8 text (a BOM is dropped); binary data and other encodings are errors, not guesses."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid UTF-8 at byte {exc.start}") from None


def read_text_file(path: Path) -> str:
    return decode_text(read_bytes(path), path)


def _valid_date(value: str | None) -> str | None:
    """A metadata date if it is a valid YYYY[-MM[-DD]], else None (so the fallback applies)."""
    try:
        return check_published(value)
    except ValueError:
        return None


def parse_document(
    data: bytes,
    name: str | Path,
    *,
    doc_id: str | None = None,
    published: str | None = None,
) -> InputDocument:
    """One document from the bytes of a file, by the suffix of ``name``.

    The publication date is the document's own (HTML/PDF/XML metadata) when it has one, else
    ``published``; relative dates stay unresolved when both are missing.
    """
    name = Path(name)
    suffix = name.suffix.lower()
    doc_id = doc_id or name.stem
    meta: dict[str, Any] = {}
    page_starts: list[int] | None = None
    if suffix in HTML_SUFFIXES:
        from nlds_nlp.io.html import parse_html

        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: looks like a binary file, not HTML")
        page = parse_html(data)
        text, meta["title"], own_date = page.text, page.title, page.published
    elif suffix in PDF_SUFFIXES:
        from nlds_nlp.io.pdf import PdfError, parse_pdf

        try:
            pdf = parse_pdf(data)
        except PdfError as exc:
            raise InputError(f"{name}: {exc}") from None
        text, meta["title"], own_date = pdf.text, pdf.title, pdf.published
        page_starts = pdf.page_starts
    elif suffix in XML_SUFFIXES:
        from nlds_nlp.io.opxml import OpXmlError, parse_opxml

        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: looks like a binary file, not XML")
        try:
            op = parse_opxml(data)
        except OpXmlError as exc:
            raise InputError(f"{name}: {exc}") from None
        text, meta["title"], own_date = op.text, op.title, op.published
    else:
        text, own_date = decode_text(data, name), None
    if not text.strip():
        raise InputError(f"{name}: empty document (no text)")
    date = _valid_date(own_date) or published
    if date:
        meta["published"] = date
    meta = {k: v for k, v in meta.items() if v is not None}
    return InputDocument(doc_id, text, meta, str(name), page_starts)


def read_file(
    path: Path, *, doc_id: str | None = None, published: str | None = None
) -> InputDocument:
    """One document from a (non-JSONL) file."""
    return parse_document(read_bytes(path), path, doc_id=doc_id, published=published)


def parse_jsonl_line(
    line: str | bytes, where: str, default_id: str, published: str | None = None
) -> InputDocument:
    """A document from one JSON Lines row ``{"id", "text", "meta": {"published", ...}}``."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: invalid UTF-8 at byte {exc.start}") from None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a JSON object")
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: missing or non-string 'text'")
    # A row with blank text is a document the user listed on purpose: it gets an empty record
    # (unlike an empty file, which is reported as a failure).
    meta = row.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError(f"{where}: 'meta' must be an object")
    try:
        check_published(meta.get("published"))
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    if not meta.get("published") and published:
        meta = {**meta, "published": published}
    doc_id = str(row.get("id") or default_id)
    try:
        check_text(doc_id, "'id'")
        check_text(text, "'text'")
        _check_strings(meta, "'meta'")
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    return InputDocument(doc_id, text, meta, where)


def _check_strings(value: Any, what: str) -> None:
    """Every string in a JSON value (keys too) is valid Unicode (see :func:`check_text`)."""
    if isinstance(value, str):
        check_text(value, what)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(str(key), what)
            _check_strings(item, what)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, what)


def iter_jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their numbers, streamed: a large file is never held in memory."""
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield lineno, line


def read_jsonl(
    path: Path,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[InputDocument]:
    """Documents, one a line. A bad line raises, or with ``on_error`` is reported and skipped."""
    for lineno, line in iter_jsonl_lines(path):
        try:
            yield parse_jsonl_line(
                line, f"{path} line {lineno}", f"{path.stem}-{lineno}", published
            )
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def read_path(path: Path, published: str | None = None) -> Iterator[InputDocument]:
    """Documents in one file, by its suffix."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path, published)
        return
    yield read_file(path, published=published)


@dataclass(frozen=True)
class InputFile:
    """A file to read, with the id its document gets (relative path without suffix)."""

    path: Path
    doc_id: str
    size: int = 0

    @property
    def is_jsonl(self) -> bool:
        return self.path.suffix.lower() in JSONL_SUFFIXES


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _walk(root: Path, top: Path | None = None) -> Iterator[InputFile]:
    """Supported files under ``root`` in name order (subdirectories where their name sorts),
    streamed one directory at a time; hidden files and directories are skipped."""
    top = top or root
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "manifest.jsonl":
            continue  # a manifest is metadata of the documents beside it (io/meta.py)
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, top)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            rel = path.relative_to(top).with_suffix("")
            yield InputFile(path, rel.as_posix(), _size(path))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[InputFile]:
    """Files named by ``paths``: files as given, directories recursively, glob patterns.

    The order is deterministic (arguments in order, each directory and glob sorted), so two runs
    over the same inputs write the same output. A path that exists nowhere is yielded as is, so
    the caller reports it as a failed document instead of silently skipping it.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield InputFile(path, path.stem, _size(path))
        elif glob.has_magic(str(item)):
            for match in sorted(glob.glob(str(item), recursive=True)):
                found = Path(match)
                if found.is_dir():
                    yield from _walk(found)
                elif found.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield InputFile(found, found.stem, _size(found))
        else:
            yield InputFile(path, path.stem, 0)


def iter_documents(
    paths: Iterable[str | Path],
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[InputDocument]:
    """Every document under ``paths`` (see :func:`expand_paths`), read lazily one at a time.

    Without ``on_error`` the first unreadable document raises; with it, it is reported and the
    rest is read.
    """
    for item in expand_paths(paths):
        try:
            if item.is_jsonl:
                yield from read_jsonl(item.path, published, on_error)
            else:
                yield read_file(item.path, doc_id=item.doc_id, published=published)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
