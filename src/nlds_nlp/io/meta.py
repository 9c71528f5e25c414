"""Document metadata from a side file: publication date, title and publisher per document.

Plain text carries no publication date, and without one relative dates ("vandaag", "volgend
jaar") stay unresolved. A metadata file gives it: JSON Lines, one row per document, with
``id`` (the document id: its path under the input directory without suffix, or its file stem)
or ``file`` (a path relative to the metadata file), and any of ``published`` (YYYY[-MM[-DD]]),
``title`` and ``publisher``. Other fields are ignored, so a corpus manifest such as
``../shared/corpus/manifest.jsonl`` works as it is.

``nlds-nlp extract --meta FILE.jsonl`` names one; a ``manifest.jsonl`` in an input directory or
in the directory above an input (file or directory) is picked up without being named. A row's
values win over what the document itself says (the user's list is explicit about each
document), and over ``--published`` (the fallback for documents nobody dated).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nlds_nlp.api import check_published
from nlds_nlp.io.readers import InputError, iter_jsonl_lines

MANIFEST = "manifest.jsonl"
FIELDS = ("published", "title", "publisher")


@dataclass
class MetaIndex:
    """Rows of one or more metadata files, by resolved file path and by document id, each with
    the rank of its file (an earlier file wins, whether it names the document by id or file)."""

    by_file: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    by_id: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    sources: list[Path] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.by_file) + len(self.by_id)

    def lookup(self, path: Path, doc_id: str) -> dict[str, str] | None:
        """The row for the document at ``path`` with id ``doc_id`` from the first file that has
        one (within a file, a row naming the file before one naming the id)."""
        found = [
            hit
            for hit in (
                self.by_file.get(_key(path)),
                self.by_id.get(doc_id),
                self.by_id.get(path.stem),
            )
            if hit is not None
        ]
        return min(found, key=lambda hit: hit[0])[1] if found else None

    def add_file(self, path: Path) -> None:
        """Add the rows of ``path``; rows already known (from an earlier file) are kept."""
        for lineno, line in iter_jsonl_lines(path):
            self._add_row(
                line.decode("utf-8-sig"), f"{path} line {lineno}", path.parent, len(self.sources)
            )
        self.sources.append(path)

    def _add_row(self, line: str, where: str, base: Path, rank: int) -> None:
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected a JSON object")
        doc_id, file = row.get("id"), row.get("file")
        if not isinstance(doc_id, str | None) or not isinstance(file, str | None):
            raise InputError(f"{where}: 'id' and 'file' must be strings")
        if not doc_id and not file:
            raise InputError(f"{where}: a row needs 'id' or 'file'")
        try:
            check_published(row.get("published"))
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from None
        meta = {k: str(row[k]) for k in FIELDS if row.get(k) not in (None, "")}
        if file:
            self.by_file.setdefault(_key(base / file), (rank, meta))
        if doc_id:
            self.by_id.setdefault(doc_id, (rank, meta))


def _key(path: Path) -> str:
    return str(path.resolve())


def find_manifests(paths: Iterable[str | Path]) -> list[Path]:
    """``manifest.jsonl`` files in the input directories or the directory above each input."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.exists():
            continue
        places = [path, path.parent] if path.is_dir() else [path.parent, path.parent.parent]
        for place in places:
            candidate = place / MANIFEST
            if candidate.is_file() and candidate.resolve() not in {p.resolve() for p in found}:
                found.append(candidate)
                break
    return found


def load_meta(
    explicit: Path | None, inputs: Iterable[str | Path], manifests: bool = True
) -> MetaIndex:
    """The metadata for a run: ``explicit`` first (its rows win), then manifests beside the
    inputs. Raises :class:`InputError` naming the file and line of a bad row."""
    index = MetaIndex()
    if explicit is not None:
        index.add_file(explicit)
    if manifests:
        for path in find_manifests(inputs):
            if explicit is None or path.resolve() != explicit.resolve():
                index.add_file(path)
    return index
