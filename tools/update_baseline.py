"""Write the test-split scores the regression test holds the extractor to.

Run after an improvement has been measured (never to paper over a regression):

    python tools/update_baseline.py

It scores the blank-base rule pipeline on the held-out splits (``test`` and ``funding-test``)
and writes ``corpus/baseline.json``: per split, exact F1 per primary label, the micro average,
MONEY/DATE value accuracy and the funding roles F1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import nlds_nlp  # noqa: E402
from nlds_nlp import corpus  # noqa: E402
from nlds_nlp.evaluate import score  # noqa: E402
from nlds_nlp.goldspec import PRIMARY_LABELS  # noqa: E402


def measure(split: str = "test") -> dict[str, float]:
    nlp = nlds_nlp.load(base="blank")
    docs = corpus.load(split)
    report, _ = score(
        (d.id, d.text, d.spans, nlds_nlp.annotate(d.text, d.published, nlp=nlp)) for d in docs
    )
    out = {f"{label}.f1": round(report.labels[label].exact.f1, 4) for label in PRIMARY_LABELS}
    out["micro.f1"] = round(report.micro().f1, 4)
    for label in ("MONEY", "DATE"):
        v = report.labels[label].normalisation.value
        out[f"{label}.value_accuracy"] = round(v, 4) if v is not None else 0.0
    out["roles.f1"] = round(report.roles.f1, 4)
    return out


SPLITS = ("test", "funding-test")


if __name__ == "__main__":
    scores = {split: measure(split) for split in SPLITS}
    (ROOT / "corpus" / "baseline.json").write_text(json.dumps(scores, indent=2) + "\n")
    print(json.dumps(scores, indent=2))
