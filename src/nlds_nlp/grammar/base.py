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
