"""The one shape every rule-based finder returns, so components can wrap any of them alike."""

from __future__ import annotations

import re
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


def trie_pattern(words: frozenset[str]) -> str:
    """A prefix-factored alternation: the regex engine then rejects a word at its first letter
    instead of trying a hundred branches one by one."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


# A table's column-header line: three or more years, short, no sentence punctuation
# ("Lasten Begroting 2017 MJB 2018 MJB 2019 MJB 2020"). Its years are DATE, not the year of a
# title before them (corpus guide 6.4-3), whatever budget word or abbreviation precedes each.
_HEADER_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HEADER_LINE_MAX = 120


def in_year_header(text: str, pos: int) -> bool:
    """Does ``pos`` lie in a column-header line of years? Looks at most one short line."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - _HEADER_LINE_MAX)
    hi = text.find("\n", pos, pos + _HEADER_LINE_MAX)
    if hi < 0:
        hi = min(len(text), pos + _HEADER_LINE_MAX)
    line = text[lo:hi]
    if hi - lo >= _HEADER_LINE_MAX or any(ch in line for ch in ".;:!?"):
        return False
    return len(_HEADER_YEAR_RE.findall(line)) >= 3
