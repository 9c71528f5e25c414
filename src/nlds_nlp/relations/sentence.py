"""One sentence of a text with its mentions, as the role finders see it.

Why a class: a sentence with many sums (a table read as one sentence, an enumeration) asks the
same questions for each sum; the answers are found by binary search over its mention starts or
memoised once per sentence, so the roles step stays linear (issue 11).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from nlds_nlp.relations.patterns import (
    ACTORS,
)

Mention = dict[str, Any]


def words_only(gap: str, link: frozenset[str]) -> bool:
    """Whether a gap holds only link words ("heeft een budget van")."""
    words = gap.replace("(", " ( ").replace(")", " ) ").replace(":", " : ").split()
    return all(w.lower() in link for w in words)


class Sentence:
    """One sentence with its mentions (text order) and the cues found in it."""

    def __init__(self, text: str, pos: int, start: int, end: int, mentions: list[Mention]) -> None:
        self.pos, self.start, self.end = pos, start, end
        self.text = text[start:end]
        self.mentions = mentions
        self.money = [m for m in mentions if m["label"] == "MONEY"]
        self.starts = [m["start"] for m in mentions]
        self.money_starts = [m["start"] for m in self.money]
        self._cues: dict[str, re.Match[str] | None] = {}
        # answers that are the same for every sum of the sentence, computed on first use so
        # that a sentence with n sums costs O(n log n), not O(n^2) (issue 11)
        self.memo: dict[str, Any] = {}
        self.actor_starts = [m["start"] for m in mentions if m["label"] in ACTORS]

    def first_money_after(self, pos: int) -> Mention | None:
        """The first sum starting at or after ``pos``."""
        i = bisect.bisect_left(self.money_starts, pos)
        return self.money[i] if i < len(self.money) else None

    def first_at(self, pos: int) -> Mention | None:
        """The first mention starting at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.mentions[i] if i < len(self.mentions) else None

    def actor_in(self, lo: int, hi: int) -> bool:
        """Is there an actor (ORG, LOC) starting in [lo, hi)?"""
        i = bisect.bisect_left(self.actor_starts, lo)
        return i < len(self.actor_starts) and self.actor_starts[i] < hi

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi), found by binary search: a table read as one long
        sentence has many sums, and each must not scan all of its mentions."""
        return self.mentions[
            bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)
        ]

    def cue(self, name: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """First match of a cue pattern in the sentence, searched once per sentence: a sentence
        with many sums (a table row, an enumeration) asks the same question for each."""
        if name not in self._cues:
            self._cues[name] = pattern.search(self.text)
        return self._cues[name]
