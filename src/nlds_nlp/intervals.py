"""Interval queries in logarithmic time, for the steps that compare every mention with every
other span (URLs, listed names, chosen mentions).

Why: a per-mention scan over all spans is quadratic, and a long document has tens of thousands
of both (1 MB of ordinary text took minutes). These answer the same questions exactly, after
one sort.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate

__all__ = ["Extents", "NonOverlapping", "RangeTable"]


class Extents:
    """Spans that may overlap each other: does any of them overlap ``[start, end)``?"""

    def __init__(self, extents: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(extents)
        self._starts = [s for s, _ in pairs]
        self._max_end = list(accumulate((e for _, e in pairs), max))

    def overlaps(self, start: int, end: int) -> bool:
        # of the spans that start before ``end``, does the one reaching furthest pass ``start``?
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def __bool__(self) -> bool:
        return bool(self._starts)


class NonOverlapping:
    """Spans that never overlap each other (so sorted by start they are sorted by end too),
    growing one by one: is ``[start, end)`` free of them?"""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        pairs = sorted(spans)
        self._starts = [s for s, _ in pairs]
        self._ends = [e for _, e in pairs]

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        return i == 0 or self._ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


class RangeTable:
    """The extreme (``max`` or ``min``) of ``values[lo:hi]`` in constant time (a sparse table:
    ``n log n`` entries, built once)."""

    def __init__(self, values: Sequence[int], best: Callable[[int, int], int]) -> None:
        self._best = best
        self._levels = [list(values)]
        width = 1
        while 2 * width <= len(values):
            prev = self._levels[-1]
            self._levels.append([best(prev[i], prev[i + width]) for i in range(len(prev) - width)])
            width *= 2

    def query(self, lo: int, hi: int) -> int | None:
        """The extreme of ``values[lo:hi]``, None when the range is empty."""
        if hi <= lo:
            return None
        level = (hi - lo).bit_length() - 1
        row = self._levels[level]
        return self._best(row[lo], row[hi - (1 << level)])
