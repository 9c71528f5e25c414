"""The interval indexes answer exactly what the pairwise scans they replace answered."""

from __future__ import annotations

import random

from nlds_nlp.intervals import Extents, NonOverlapping, RangeTable


def test_extents_overlap_like_a_scan() -> None:
    rng = random.Random(11)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 9)) for s in (rng.randint(0, 60) for _ in range(8))]
        index = Extents(spans)
        for start in range(0, 70, 3):
            end = start + rng.randint(1, 8)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_non_overlapping_free_like_a_scan() -> None:
    rng = random.Random(12)
    for _ in range(100):
        taken: list[tuple[int, int]] = []
        index = NonOverlapping()
        for _ in range(30):
            start = rng.randint(0, 100)
            end = start + rng.randint(1, 6)
            free = all(end <= s or e <= start for s, e in taken)
            assert index.free(start, end) == free
            if free:
                taken.append((start, end))
                index.add(start, end)


def test_range_table_like_max_and_min() -> None:
    rng = random.Random(13)
    values = [rng.randint(-50, 50) for _ in range(37)]
    for best in (max, min):
        table = RangeTable(values, best)
        for lo in range(len(values) + 1):
            for hi in range(lo, len(values) + 1):
                expected = best(values[lo:hi]) if hi > lo else None
                assert table.query(lo, hi) == expected
