"""The one shape every rule-based finder returns, so components can wrap any of them alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Match:
    """A span found in plain text by a named pattern.

    ``value`` is already in the gold format of the annotation spec (JSON-safe: strings, numbers,
    booleans, None), so it can be stored on a spaCy span and written out unchanged.
    ``pattern`` names the grammar piece that produced the match: users debug with it.
    """

    start: int
    end: int
    label: str
    pattern: str
    value: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)
