"""Compile the annotators' per-document files into the standoff gold splits.

Input: ``corpus/work/<annotator>/<doc id>.json`` (hand annotations), with the adjudicated
versions of double-annotated documents in ``corpus/work/adjudicated/`` taking precedence.
Output: ``corpus/gold/dev.jsonl``, ``dev2.jsonl`` and ``test.jsonl`` — id, sha256 of the text,
meta and spans (with surface text for checking), never the text itself.

The split is by document, stratified by genre, deterministic (a hash of the id orders each
genre), with at least 35% of each genre's documents in test. The seed press release is always
dev: the acceptance tests look at it, so it cannot be held out honestly.

Documents of the third round (funding texts, ``corpus/work/assignments_funding.json``) go to
``funding-dev`` and ``funding-test`` as assigned there, before annotation.

Documents of the fourth round (``corpus/work/assignments_round4.json``) all go to
``funding-dev2``, a tuning split scored once before any rule was written against it; those of
the fifth round (``corpus/work/assignments_round5.json``) likewise all go to ``funding-dev3``.

Documents of the second annotation round (``corpus/work/assignments_round2.json``) form their
own split, dev2, and stay out of the stratification: adding documents must never move a
document between dev and test.

    python tools/compile_gold.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nlds_nlp.goldspec import check_spans  # noqa: E402

WORK = ROOT / "corpus" / "work"
GOLD = ROOT / "corpus" / "gold"
SECOND_ANNOTATORS = {"B"}
ALWAYS_DEV = {"seed-2020-06-25-nds"}
TEST_SHARE = 0.35
# Publication dates corrected from the document's own dateline where the manifest only holds the
# scrape month (see corpus/CHANGELOG.md).
ROUND2 = {
    doc_id
    for ids in json.loads((WORK / "assignments_round2.json").read_text("utf-8"))[
        "assignments"
    ].values()
    for doc_id in ids
}
# Round 3 (issue 10): funding documents carry their split (funding-dev / funding-test) from the
# assignment, fixed before any of them was annotated.
ROUND3: dict[str, str] = json.loads((WORK / "assignments_funding.json").read_text("utf-8"))["split"]
# Round 4 (issue 10, session 5): further funding documents, all in the tuning split funding-dev2.
ROUND4: dict[str, str] = json.loads((WORK / "assignments_round4.json").read_text("utf-8"))["split"]
# Round 5 (issues 10 and 15, session 6): further funding documents, all in funding-dev3.
ROUND5: dict[str, str] = json.loads((WORK / "assignments_round5.json").read_text("utf-8"))["split"]
PUBLISHED_OVERRIDES = json.loads((ROOT / "corpus" / "published_overrides.json").read_text("utf-8"))


def annotations() -> dict[str, dict]:
    docs: dict[str, dict] = {}
    for folder in sorted(p for p in WORK.iterdir() if p.is_dir()):
        if folder.name in SECOND_ANNOTATORS or folder.name == "adjudicated":
            continue
        for path in sorted(folder.glob("*.json")):
            row = json.loads(path.read_text(encoding="utf-8"))
            row["_annotator"] = folder.name
            if row["id"] in docs:
                raise SystemExit(f"{path}: {row['id']} annotated twice outside adjudication")
            docs[row["id"]] = row
    adjudicated = WORK / "adjudicated"
    if adjudicated.is_dir():
        for path in sorted(adjudicated.glob("*.json")):
            row = json.loads(path.read_text(encoding="utf-8"))
            row["_annotator"] = row.get("annotator") or "adjudicated"
            docs[row["id"]] = row
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    corpus = args.shared / "corpus"
    manifest = {
        r["id"]: r
        for r in map(json.loads, (corpus / "manifest.jsonl").read_text("utf-8").splitlines())
    }
    docs = annotations()
    by_genre: dict[str, list[str]] = {}
    rows: dict[str, dict] = {}
    problems = 0
    for doc_id, ann in docs.items():
        m = manifest[doc_id]
        text = (corpus / m["file"]).read_text(encoding="utf-8")
        issues = check_spans(text, ann["spans"])
        for issue in issues:
            print(f"{doc_id}: {issue}", file=sys.stderr)
        problems += len(issues)
        meta = {
            k: m.get(k) for k in ("title", "published", "publisher", "genre", "source", "license")
        }
        if doc_id in PUBLISHED_OVERRIDES:
            meta["published"] = PUBLISHED_OVERRIDES[doc_id]["published"]
        meta["annotator"] = ann["_annotator"]
        spans = [
            {k: s[k] for k in ("id", "start", "end", "label", "text", "value", "roles") if k in s}
            for s in sorted(ann["spans"], key=lambda s: s["start"])
        ]
        rows[doc_id] = {"id": doc_id, "sha256": m["sha256"], "meta": meta, "spans": spans}
        if not any(doc_id in r for r in (ROUND2, ROUND3, ROUND4, ROUND5)):
            by_genre.setdefault(m["genre"], []).append(doc_id)
    if problems:
        raise SystemExit(f"{problems} problem(s) in the annotations; nothing written")
    split: dict[str, list[str]] = {"dev": [], "dev2": sorted(ROUND2 & rows.keys()), "test": []}
    for name in ("funding-dev", "funding-test"):
        split[name] = sorted(i for i, s in ROUND3.items() if s == name and i in rows)
    split["funding-dev2"] = sorted(i for i in ROUND4 if i in rows)
    split["funding-dev3"] = sorted(i for i in ROUND5 if i in rows)
    for _genre, ids in sorted(by_genre.items()):
        ids = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        candidates = [i for i in ids if i not in ALWAYS_DEV]
        n_test = math.ceil(len(ids) * TEST_SHARE) if len(ids) > 1 else 0
        test = set(candidates[:n_test])
        for i in ids:
            split["test" if i in test else "dev"].append(i)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, ids in split.items():
        tmp = GOLD / f".{name}.jsonl.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            for i in sorted(ids):
                fh.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
        tmp.replace(GOLD / f"{name}.jsonl")
        n_spans = sum(len(rows[i]["spans"]) for i in ids)
        print(f"{name}: {len(ids)} documents, {n_spans} spans")


if __name__ == "__main__":
    main()
