"""Mine names of policy instruments from the bulk pool of ../shared/corpus.

Why: a name a text uses without any cue ("de EVF", "het NPO", "Gezond Ouder Worden") can only be
recognised by knowing it, and the hand-curated list only knows what its authors remembered. Other
government texts do define such names, in contexts that leave no doubt:

- a definition "Europese Vredesfaciliteit (EVF)" after a programme-shaped name gives the
  abbreviation (and the full name as its canonical);
- a programme word right before a name, "het programma Kansrijke Start", "de campagne ‘Doe je
  updates’", "‘Fit for 55’-pakket", gives the name.

The miner runs the extractor's own name-shape grammar on every bulk text (never a gold document,
neither dev, dev2 nor test, nor a document assigned for annotation), keeps the names found in
such contexts, and writes them with their evidence count to ``data/mined/programmes.json``.
``tools/build_resources.py`` packages them with source "mined". Only names, counts and document
counts are stored, never text.

    python tools/mine_programmes.py [--shared ../shared] [--min-docs 2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nlds_nlp.coreference import ABBR_AFTER  # noqa: E402
from nlds_nlp.grammar.names import find_programmes  # noqa: E402

OUT = ROOT / "data" / "mined" / "programmes.json"
CONTEXT_PATTERNS = {"type_then_name", "quoted_after_type", "quoted_then_type"}
# Names that a programme word precedes but that are not names of an instrument.
NOT_A_NAME = re.compile(
    r"^(?:De|Het|Een|Deze|Dit|Die|Dat|Zij|Hij|Wij|Ik|U|In|Op|Voor|Van|Met|Bij|Als|Om|Ook|Nederland|"
    r"Europa|Rijk|Kamer|Minister|Staatssecretaris|Regering|Kabinet)$"
)


def _gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in (ROOT / "corpus" / "gold").glob("*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            ids.add(json.loads(line)["id"])
    for name in ("assignments.json", "assignments_round2.json"):
        path = ROOT / "corpus" / "work" / name
        if path.exists():
            data = json.loads(path.read_text("utf-8"))
            data = data.get("assignments", data)
            for key, value in data.items():
                if not key.startswith("_"):
                    ids.update(value)
    return ids


def _initials_fit(abbr: str, name: str) -> bool:
    """An abbreviation starts with its name's first letter ("EVF" / "Europese Vredesfaciliteit")."""
    letters = [c for c in abbr if c.isalpha()]
    return bool(letters) and letters[0].lower() == name[0].lower()


def mine(texts: list[str]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    """Abbreviation → expansions seen, and context-found name → number of documents."""
    abbreviations: dict[str, Counter[str]] = defaultdict(Counter)
    names: Counter[str] = Counter()
    for text in texts:
        seen: set[str] = set()
        for m in find_programmes(text):
            surface = text[m.start : m.end]
            if "\n" in surface:
                continue
            d = ABBR_AFTER.match(text[m.end : m.end + 20])
            if d and _initials_fit(d.group("abbr"), surface):
                abbreviations[d.group("abbr")][surface] += 1
            if m.pattern in CONTEXT_PATTERNS and not NOT_A_NAME.match(surface):
                seen.add(surface)
        names.update(seen)
    return abbreviations, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-docs", type=int, default=2, help="documents a context name needs")
    args = parser.parse_args()
    corpus = args.shared / "corpus"
    excluded = _gold_ids()
    texts = []
    for line in (corpus / "manifest.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["pool"] == "bulk" and row["id"] not in excluded:
            texts.append((corpus / row["file"]).read_text("utf-8"))
    abbreviations, names = mine(texts)
    entries: dict[str, set[str]] = defaultdict(set)
    evidence: Counter[str] = Counter()
    for abbr, expansions in abbreviations.items():
        expansion, count = expansions.most_common(1)[0]
        entries[expansion].update({expansion, abbr})
        evidence[expansion] += count
    for name, n_docs in names.items():
        if n_docs >= args.min_docs:
            entries[name].add(name)
            evidence[name] += n_docs
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "_about": (
            "Names of policy instruments mined by tools/mine_programmes.py from the bulk pool of "
            f"../shared/corpus ({len(texts)} texts; gold and assigned documents excluded): "
            "abbreviations defined after a programme-shaped name, and names a programme word "
            f"introduces in at least {args.min_docs} documents. evidence = occurrences in such "
            "contexts. Regenerate, do not edit; corrections go to data/curated."
        ),
        "entries": [
            {"canonical": name, "forms": sorted(entries[name]), "evidence": evidence[name]}
            for name in sorted(entries)
        ],
    }
    tmp = OUT.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{len(payload['entries'])} names from {len(texts)} texts -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
