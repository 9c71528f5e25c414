"""Sentences and table cells: the units within which the spec lets a role be stated.

Why cells: pages with tables reach us flattened to one cell a line, so a row's name and its
sum sit in neighbouring units; a prose sentence wraps over lines but does not end at them.
"""

from __future__ import annotations

import bisect
import re

# A stop ends a sentence unless a lowercase word follows ("t.b.v. één project": accented
# lowercase letters count as lowercase).
# A line without closing punctuation followed by a line that opens with a capitalised article
# or pronoun is a heading or headline above a new sentence ("... in Zaanstad\nDe provincie
# Noord-Holland wil ..."): wrapped prose does not start its next line that way.
# An abbreviation's stop before a number on the same line ends nothing ("Rek. 2022", "nr. 12",
# "art. 5"); a scale word's stop does ("€ 0,76 mln. 2025 € 2,24 mln.": list items).
ABBREVIATIONS_BEFORE_NUMBERS = (
    "nr", "nrs", "no", "art", "artt", "blz", "pag", "p", "hfst", "par", "bijl", "tab", "fig",
    "rek", "begr", "act", "ca", "vgl", "resp", "jr", "vs", "ong",
)  # fmt: skip
_ABBREVIATION = "".join(rf"(?<!(?<![\w.])(?i:{a})\.)" for a in ABBREVIATIONS_BEFORE_NUMBERS)
SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'’”)]*\s+(?=[^a-zß-ÿ\s\d])"
    r"|(?<=[.!?])" + _ABBREVIATION + r"[\"'’”)]*\s+(?=\d)"
    r"|(?<=[.!?])[\"'’”)]*[^\S\n]*\n\s*(?=\d)"
    r"|\n\s*\n"
    # a table row or cell that ends in its bar ("2026 |", "| A | 5 |") ends at its line break
    r"|(?<=\|)[^\S\n]*\n"
    r"|(?<=[^\s,;:(\-–])[^\S\n]*\n[^\S\n]*(?=(?:De|Het|Een|Dit|Deze|Wij|We|Er)[^\S\n])"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence extents as (start, end) offsets; blank lines also end a sentence."""
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


class SentenceIndex:
    """Which sentence holds an offset, by binary search over sentence starts (O(log n))."""

    def __init__(self, extents: list[tuple[int, int]]) -> None:
        self.extents = extents
        self.starts = [s for s, _ in extents]

    def __call__(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (or the next one, for a position between)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0
        extents = self.extents
        return i if pos < extents[i][1] or i == len(extents) - 1 else i + 1
