"""The extractor holds its held-out scores (test, funding-test) at or above the baseline.

The baseline (``corpus/baseline.json``) is written by ``tools/update_baseline.py`` after a
measured improvement; a drop below it fails here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 0.002  # rounding in the stored baseline


@pytest.mark.parametrize("split", ["test", "funding-test"])
def test_held_out_scores_hold(shared: Path, split: str) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from update_baseline import measure

    baseline = json.loads((ROOT / "corpus" / "baseline.json").read_text())[split]
    scores = measure(split)
    worse = {k: (scores[k], v) for k, v in baseline.items() if scores.get(k, 0.0) < v - TOLERANCE}
    assert not worse, f"{split} below baseline (now, baseline): {worse}"


if __name__ == "__main__":
    pytest.main([__file__])
