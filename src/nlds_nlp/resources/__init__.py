"""Packaged gazetteers and lexicons, validated on load.

Why validate: a typo in a data file (an empty pattern, an unknown label) would otherwise show up
as silently missing mentions. Loading fails instead, naming the file and line.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class GazetteerEntry(BaseModel):
    """One surface form of a name, with the canonical name it stands for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: Literal["ORG", "PROGRAMME", "LOC", "PERSON", "LAW"]
    pattern: str = Field(min_length=1)
    id: str = Field(min_length=1)
    source: str
    kind: str
    # the body or programme that replaced this one (registers' "opvolger"); the canonical name
    # stays the historical one, since a text about 2015 names the body of 2015
    opvolger: str | None = None

    @field_validator("pattern")
    @classmethod
    def _trimmed(cls, v: str) -> str:
        if v != v.strip():
            raise ValueError("pattern has leading or trailing whitespace")
        return v


class ResourceError(ValueError):
    """A packaged data file that does not validate."""


@cache
def load_gazetteer(name: str) -> tuple[GazetteerEntry, ...]:
    """Entries of ``resources/<name>.jsonl``; raises ResourceError naming file and line."""
    filename = f"{name}.jsonl"
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    entries = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entries.append(GazetteerEntry.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise ResourceError(f"{filename} line {lineno}: {exc}") from exc
    return tuple(entries)


@cache
def load_lexicon(name: str) -> dict[str, object]:
    """A JSON lexicon ``resources/<name>.json`` (a mapping)."""
    filename = f"{name}.json"
    try:
        data = json.loads(resources.files(__name__).joinpath(filename).read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{filename}: {exc}") from exc
    if not isinstance(data, dict):
        raise ResourceError(f"{filename}: expected a JSON object")
    return data


@cache
def generic_programme_words() -> frozenset[str]:
    """Capitalised words and phrases shaped like programme names that name a kind of document
    (``resources/generic_programme_words.json``); raises ResourceError when malformed."""
    filename = "generic_programme_words.json"
    lexicon = load_lexicon("generic_programme_words")
    words = lexicon.get("words")
    if not isinstance(words, list) or not words:
        raise ResourceError(f"{filename}: 'words' must be a non-empty list")
    for word in words:
        if not isinstance(word, str) or not word[:1].isupper() or word != "".join(word.split()):
            raise ResourceError(f"{filename}: {word!r} is not one capitalised word")
    phrases = lexicon.get("phrases", [])
    if not isinstance(phrases, list) or not all(
        isinstance(p, str) and p[:1].isupper() and p == " ".join(p.split()) for p in phrases
    ):
        raise ResourceError(f"{filename}: 'phrases' must be a list of capitalised phrases")
    return frozenset(words) | frozenset(phrases)
