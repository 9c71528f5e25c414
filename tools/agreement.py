"""Inter-annotator agreement on the double-annotated documents, with the project's own scorer.

The two independent annotations live in ``corpus/double/<first>/`` and ``corpus/double/<second>/``
(one JSON file per document). The first is taken as reference and the second as prediction; F1 is
symmetric, so the choice does not change it. Prints a Markdown table per label.

    python tools/agreement.py [--first B] [--second C] [--shared ../shared]
    python tools/agreement.py --funding     # round 3: corpus/double/F*/ against corpus/work/F*/

With ``--funding`` the second annotations of round 3 (``corpus/double/F<n>/``) are compared with
the first annotation of the same document (``corpus/work/F<m>/``), as written before any
adjudication or corpus edit (the git history keeps that version), and roles are shown per role.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nlds_nlp.evaluate import score  # noqa: E402
from nlds_nlp.goldspec import LABELS, ROLES  # noqa: E402

DOUBLE = ROOT / "corpus" / "double"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", default="B")
    parser.add_argument("--second", default="C")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--funding", action="store_true", help="round 3 pairs (F annotators)")
    args = parser.parse_args()
    manifest = {
        r["id"]: r
        for r in map(
            json.loads, (args.shared / "corpus" / "manifest.jsonl").read_text().splitlines()
        )
    }
    pairs = []
    if args.funding:
        args.first, args.second = "first", "second"
        work = ROOT / "corpus" / "work"
        for path in sorted(DOUBLE.glob("F*/*.json")):
            second = json.loads(path.read_text(encoding="utf-8"))
            (first_path,) = work.glob(f"F*/{path.name}")
            first = json.loads(first_path.read_text(encoding="utf-8"))
            text = (args.shared / "corpus" / manifest[second["id"]]["file"]).read_text("utf-8")
            pairs.append((second["id"], text, first["spans"], second["spans"]))
    for path in [] if args.funding else sorted((DOUBLE / args.second).glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        other = DOUBLE / args.first / path.name
        if not other.is_file():
            continue
        first = json.loads(other.read_text(encoding="utf-8"))
        text = (args.shared / "corpus" / manifest[second["id"]]["file"]).read_text("utf-8")
        pairs.append((second["id"], text, first["spans"], second["spans"]))
    report, _ = score(pairs)
    d = report.to_dict()
    print(f"Documents: {d['documents']}\n")
    head = f"| label | n ({args.first}) | n ({args.second}) | exact F1 | lenient F1 |"
    print(head + " value agreement |")
    print("|---|---|---|---|---|---|")
    for label in [*LABELS, "micro (primary)"]:
        s = d["micro_primary"] if label.startswith("micro") else d["labels"][label]
        norm = "" if label.startswith("micro") else s["normalisation"]["accuracy"]
        e = s["exact"]
        print(
            f"| {label} | {e['tp'] + e['fn']} | {e['tp'] + e['fp']} | {e['f1']:.3f} | "
            f"{s['lenient']['f1']:.3f} | {'' if norm in ('', None) else f'{norm:.3f}'} |"
        )
    r = d["roles"]
    print(f"| roles | {r['tp'] + r['fn']} | {r['tp'] + r['fp']} | {r['f1']:.3f} | | |")
    for role in ROLES:
        r = d["roles_by_role"][role]
        print(f"| role {role} | {r['tp'] + r['fn']} | {r['tp'] + r['fp']} | {r['f1']:.3f} | | |")


if __name__ == "__main__":
    main()
