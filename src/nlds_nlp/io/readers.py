"""Input documents for the command line: plain text, Markdown and JSON Lines.

Every problem raises :class:`InputError` naming the file (and line) and what is wrong, so the
CLI can print one clear message instead of a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlds_nlp.api import check_published

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}


class InputError(ValueError):
    """An input file or line that cannot be read as a document."""


@dataclass
class InputDocument:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    path: str = ""

    @property
    def published(self) -> str | None:
        return self.meta.get("published")


def read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: invalid UTF-8 at byte {exc.start}") from None


def read_jsonl(path: Path) -> Iterator[InputDocument]:
    """Documents ``{"id", "text", "meta": {"published", ...}}``, one a line."""
    raw = read_text_file(path)
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected a JSON object")
        text = row.get("text")
        if not isinstance(text, str):
            raise InputError(f"{where}: missing or non-string 'text'")
        meta = row.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError(f"{where}: 'meta' must be an object")
        try:
            check_published(meta.get("published"))
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from None
        doc_id = str(row.get("id") or f"{path.stem}-{lineno}")
        yield InputDocument(doc_id, text, meta, f"{path}:{lineno}")


def read_path(path: Path, published: str | None = None) -> Iterator[InputDocument]:
    """Documents in one file, by its suffix."""
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path)
        return
    text = read_text_file(path)
    yield InputDocument(path.stem, text, {"published": published} if published else {}, str(path))
