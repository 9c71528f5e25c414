"""Build ``data/registers/municipalities-since-2016.json`` from the sourced list of mergers.

Why a tool: the OWMS register in ``../shared`` knows every municipality up to 2016. The mergers
since then come from stored public pages, one record each in
``data/registers/sources/herindelingen.json`` with the sentence that states it. This tool checks
each record against the open data instead of trusting it, so a reviewer can re-run it:

- every name of a record (the municipality formed or kept, and each absorbed one) is in its quote;
- each absorbed municipality is a current municipality of the OWMS register (2016) or was formed
  by an earlier record, so its spelling is the register's;
- each newly formed municipality has a site in ``gemeenten-domains.csv`` (the 2022 list of
  municipal sites), matched on the name without spaces, hyphens and accents; those formed after
  that list (Voorne aan Zee, 2023) are reported, not rejected.

    python tools/build_municipalities.py [--shared ../shared]

Then run ``tools/attest_registers.py`` to add the sources found in the dumps and texts.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "registers" / "sources" / "herindelingen.json"
OUT = ROOT / "data" / "registers" / "municipalities-since-2016.json"


def _key(name: str) -> str:
    """ "Noardeast-Fryslân" and "noardeast-fryslan.nl" meet as "noardeastfryslan"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


def _domain_keys(path: Path) -> set[str]:
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        host = line.strip().lower()
        host = re.sub(r"^(www\.|probeer\.)", "", host)
        host = re.sub(r"\.(nl|net|eu|org|info|frl)$", "", host)
        host = re.sub(r"^(gemeente[-.]?)", "", host)
        keys.add(_key(host))
    return keys


def _owms_municipalities(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        return {
            rec["owms_label"].strip()
            for rec in csv.DictReader(fh)
            if rec["type"] == "Gemeente" and not rec["endDate"]
        }


def build(shared: Path) -> dict:
    regs = shared / "data" / "registers"
    current = _owms_municipalities(regs / "owms-don.csv")
    domains = _domain_keys(regs / "gemeenten-domains.csv")
    data = json.loads(SOURCES.read_text(encoding="utf-8"))
    entries: list[dict] = []
    problems: list[str] = []
    for rec in data["mergers"]:
        quote = " ".join(s["quote"] for s in rec["sources"])
        pages = [f"page:{s['url']}" for s in rec["sources"]]
        into, year = rec["into"], int(rec["date"][:4])
        for name in [into, *rec["absorbed"]]:
            if name not in quote:
                problems.append(f"{rec['date']} {into}: {name!r} is not in the quoted sentence")
        if rec["new"]:
            sources = list(pages)
            if _key(into) in domains:
                sources.append("shared:gemeenten-domains.csv")
            else:
                print(f"note: {into} ({rec['date']}) has no site in gemeenten-domains.csv")
            entries.append(
                {"canonical": into, "forms": [into], "since": year, "sources": {into: sources}}
            )
        elif into not in current:
            problems.append(f"{rec['date']}: {into!r} is not a municipality of the OWMS register")
        for name in rec["absorbed"]:
            if name not in current:
                problems.append(
                    f"{rec['date']}: {name!r} is not a municipality of the OWMS register"
                )
            entries.append(
                {
                    "canonical": name,
                    "forms": [name],
                    "opvolger": into,
                    "sources": {name: list(pages), "opvolger": list(pages)},
                }
            )
        current.add(into)
    if problems:
        raise SystemExit(f"{SOURCES}:\n  " + "\n  ".join(problems))
    return {
        "_source": {
            "name": (
                "Municipal mergers 2017-2023 from stored public pages"
                " (data/registers/sources/herindelingen.json), checked against the OWMS register"
                " (2016) and the municipal sites of gemeenten-domains.csv in ../shared"
            ),
            "url": "https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar",
            "date": "2023-01-01",
            "method": (
                "Built by tools/build_municipalities.py from the quoted sentences of"
                " herindelingen.json; each entry's sources name the page of its merger. Absorbed"
                " municipalities keep their name with the successor (opvolger); the ones formed"
                " by a merger carry 'since'."
            ),
        },
        "label": "LOC",
        "kind": "municipality",
        "entries": entries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    reg = build(args.shared)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(reg, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(reg['entries'])} entries")


if __name__ == "__main__":
    main()
