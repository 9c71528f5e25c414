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


# --- calendar and currency lexicons (issue 12) --------------------------------------------------


class NamedDay(BaseModel):
    """A named day ("Koningsdag", "Pasen") and the one rule that dates it in a given year."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    names: tuple[str, ...] = Field(min_length=1)
    fixed: tuple[int, int] | None = None
    easter: int | None = None
    nth_weekday: tuple[int, int, int] | None = None
    special: Literal["koningsdag"] | None = None

    @field_validator("names")
    @classmethod
    def _lower_names(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for name in v:
            if not name or name != " ".join(name.lower().split()):
                raise ValueError(f"name {name!r} must be lower case with single spaces")
        return v

    def model_post_init(self, context: object) -> None:
        rules = [self.fixed, self.easter, self.nth_weekday, self.special]
        if sum(r is not None for r in rules) != 1:
            raise ValueError(
                f"{self.names[0]!r}: give exactly one of fixed/easter/nth_weekday/special"
            )
        if self.fixed is not None:
            month, day = self.fixed
            if not (1 <= month <= 12 and 1 <= day <= 31):
                raise ValueError(f"{self.names[0]!r}: fixed {self.fixed} is no month and day")
        if self.nth_weekday is not None:
            month, weekday, n = self.nth_weekday
            if not (1 <= month <= 12 and 1 <= weekday <= 7 and n in (-1, 1, 2, 3, 4)):
                raise ValueError(f"{self.names[0]!r}: nth_weekday {self.nth_weekday} is invalid")


class Currency(BaseModel):
    """One currency: ISO 4217 code, Dutch names, symbols and subunits (share of the unit)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[A-Z]{3}$")
    names: tuple[str, ...]
    symbols: tuple[str, ...]
    subunits: dict[str, str]
    coins: dict[str, str] = {}
    """Coins and notes named for their value ("kwartje": "0.25", "tientje": "10")."""

    @field_validator("names")
    @classmethod
    def _lower_names(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for name in v:
            if not name or name != " ".join(name.lower().split()):
                raise ValueError(f"name {name!r} must be lower case with single spaces")
        return v

    @field_validator("subunits")
    @classmethod
    def _shares(cls, v: dict[str, str]) -> dict[str, str]:
        from decimal import Decimal, InvalidOperation

        for name, share in v.items():
            try:
                ok = name == name.lower() and 0 < Decimal(share) < 1
            except InvalidOperation:
                ok = False
            if not ok:
                raise ValueError(f"subunit {name!r}: share {share!r} must be a decimal in (0, 1)")
        return v

    @field_validator("coins")
    @classmethod
    def _coin_values(cls, v: dict[str, str]) -> dict[str, str]:
        from decimal import Decimal, InvalidOperation

        for name, value in v.items():
            try:
                ok = name == name.lower() and Decimal(value) > 0
            except InvalidOperation:
                ok = False
            if not ok:
                raise ValueError(f"coin {name!r}: value {value!r} must be a positive decimal")
        return v


def _load_list(name: str, key: str, model: type[BaseModel]) -> tuple[BaseModel, ...]:
    filename = f"{name}.json"
    items = load_lexicon(name).get(key)
    if not isinstance(items, list) or not items:
        raise ResourceError(f"{filename}: {key!r} must be a non-empty list")
    out = []
    for i, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            raise ResourceError(f"{filename}: {key}[{i}]: {exc}") from exc
    return tuple(out)


def _check_unique(filename: str, words: list[str]) -> None:
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise ResourceError(f"{filename}: {w!r} is listed twice")
        seen.add(w)


@cache
def named_days() -> tuple[NamedDay, ...]:
    """``resources/named_days.json``: named days and their dating rules, validated."""
    days = _load_list("named_days", "days", NamedDay)
    _check_unique("named_days.json", [n for d in days for n in d.names])  # type: ignore[attr-defined]
    return days  # type: ignore[return-value]


@cache
def currencies() -> tuple[Currency, ...]:
    """``resources/currencies.json``: ISO 4217 currencies with Dutch names, validated."""
    items = _load_list("currencies", "currencies", Currency)
    _check_unique("currencies.json", [c.code for c in items])  # type: ignore[attr-defined]
    _check_unique("currencies.json", [n for c in items for n in c.names])  # type: ignore[attr-defined]
    _check_unique("currencies.json", [s for c in items for s in c.symbols])  # type: ignore[attr-defined]
    return items  # type: ignore[return-value]
