"""The gold corpus: standoff annotations joined with texts that live outside the repository.

Why standoff: the texts may not be copied into the project (licences, provenance), so the gold
keeps ids, offsets and the SHA-256 of each text, and the loader joins them with a texts
directory, refusing any text whose hash differs (offsets would silently point elsewhere).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from nlds_nlp.goldspec import check_spans

# dev: tuning; dev2: a second, later-annotated tuning set (first scored unseen, see
# corpus/README.md); test: held out, never tuned on.
SPLITS = ("dev", "dev2", "test", "funding-dev", "funding-test", "funding-dev2", "funding-dev3")
_REPO = Path(__file__).resolve().parents[2]


class CorpusError(ValueError):
    """A gold file or text that cannot be used, with the file and reason in the message."""


class GoldDocument(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    sha256: str
    meta: dict[str, Any]
    spans: list[dict[str, Any]]
    text: str = ""

    @property
    def published(self) -> str | None:
        return self.meta.get("published")


def gold_dir() -> Path:
    """``NLDS_GOLD`` if set, else ``corpus/gold`` of the source checkout or the working dir."""
    env = os.environ.get("NLDS_GOLD")
    if env:
        return Path(env)
    for candidate in (_REPO / "corpus" / "gold", Path.cwd() / "corpus" / "gold"):
        if candidate.is_dir():
            return candidate
    return _REPO / "corpus" / "gold"


def resolve_texts_dir(explicit: str | Path | None = None) -> Path:
    """The texts directory: the argument, else ``NLDS_TEXTS``, else ``../shared/corpus``."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get("NLDS_TEXTS")
    if env:
        return Path(env)
    for candidate in (_REPO.parent / "shared" / "corpus", Path.cwd().parent / "shared" / "corpus"):
        if (candidate / "manifest.jsonl").is_file():
            return candidate
    return _REPO.parent / "shared" / "corpus"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(directory: Path) -> dict[str, dict[str, Any]]:
    path = directory / "manifest.jsonl"
    if not path.is_file():
        raise CorpusError(f"{path}: no manifest.jsonl in texts directory {directory}")
    rows = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path} line {lineno}: {exc}") from exc
            rows[row["id"]] = row
    return rows


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Raw gold rows (without texts) of one JSONL file."""
    if not path.is_file():
        raise CorpusError(f"{path}: gold file not found")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path} line {lineno}: invalid JSON ({exc})") from exc


def load_text(doc_id: str, expected_sha: str, directory: Path, manifest: dict[str, Any]) -> str:
    row = manifest.get(doc_id)
    if row is None:
        raise CorpusError(f"{directory / 'manifest.jsonl'}: no text with id {doc_id!r}")
    path = directory / row["file"]
    if not path.is_file():
        raise CorpusError(f"{path}: text of {doc_id!r} is missing")
    text = path.read_text(encoding="utf-8")
    actual = sha256_text(text)
    if actual != expected_sha:
        raise CorpusError(
            f"{path}: SHA-256 {actual[:12]}… differs from the gold's {expected_sha[:12]}… for "
            f"{doc_id!r}; the text changed, so the gold offsets no longer apply"
        )
    return text


def parse_splits(split: str) -> tuple[str, ...]:
    """Split names from "dev", "all" or "dev,dev2"; a clear error for unknown names."""
    if split == "all":
        return SPLITS
    names = tuple(part.strip() for part in split.split(",") if part.strip())
    unknown = [n for n in names if n not in SPLITS]
    if not names or unknown:
        raise CorpusError(
            f"unknown split {split!r}: use {', '.join(SPLITS)}, all, or a comma-separated list"
        )
    return names


def load(
    split: str = "dev", texts_dir: str | Path | None = None, *, validate: bool = True
) -> list[GoldDocument]:
    """Gold documents of ``split`` with their texts joined in.

    ``split`` is one of dev, dev2, test, "all", or a comma-separated list ("dev,dev2").
    """
    directory = resolve_texts_dir(texts_dir)
    splits = parse_splits(split)
    manifest = read_manifest(directory)
    docs = []
    for name in splits:
        path = gold_dir() / f"{name}.jsonl"
        if split == "all" and not path.exists():
            continue  # "all" means every split that exists; a named split must exist
        for row in read_gold(path):
            text = load_text(row["id"], row["sha256"], directory, manifest)
            doc = GoldDocument.model_validate({**row, "text": text})
            if validate:
                problems = check_spans(text, doc.spans)
                if problems:
                    raise CorpusError(f"{path} [{doc.id}]: " + "; ".join(problems[:5]))
            docs.append(doc)
    return docs
