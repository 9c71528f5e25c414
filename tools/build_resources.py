"""Build the packaged gazetteers from the government registers plus the curated lists.

Why a build step: the registers in ``../shared/data/registers`` are raw open-data dumps (CSV with
historical rows, abbreviations glued into labels, descriptive scheme names). The library needs a
clean, deduplicated list of surface forms with a canonical name each, shipped inside the package
so it works when installed. Run this when the registers or curated lists change:

    python tools/build_resources.py [--shared ../shared]

It writes ``src/nlds_nlp/resources/{organisations,programmes,places}.jsonl`` in spaCy pattern
style (``{"label", "pattern", "id", "source", "kind"}``), sorted for stable diffs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "nlds_nlp" / "resources"
CURATED = ROOT / "data" / "curated"

# Register types that name organisations a government text may mention by name.
ORG_TYPES = {
    "Zelfstandig bestuursorgaan",
    "Dienst",
    "Adviescollege",
    "Overheidsorganisatie",
    "Rechterlijke macht",
    "Rijksinspectie",
    "Hoog College van Staat",
    "Staten-Generaal",
    "Koepelorganisatie",
    "Waterschap",
    "Ministerie",
    "Tuchtrechtelijke instantie",
    "Regionaal samenwerkingsorgaan",
}
# Labels that are groups or placeholders, not names.
SKIP_LABEL = re.compile(
    r"\((?:cluster)\)|^Overig$|^Onderwijsinstellingen$|^Zorginstellingen$|^De in het kader"
)
# Descriptive scheme names in the 2015 subsidy register that are not names of a scheme.
SKIP_SCHEME = re.compile(
    r"^(Overig|Overige|Incidenteel|Diversen|Kaderwet|Bijdrage|Phase"
    r"|Subsidie(s)? (aan|voor|overig))",
    re.IGNORECASE,
)
# A register entry is kept when it looks like the name of an instrument: a programme head word,
# or an acronym of two or more capitals (SDE+, MIT, KOTI). Acts, foundations and project numbers
# ("PSI 2012-2047") are left out: they are LAW, ORG, or not names.
NAME_SHAPE = re.compile(
    r"(regeling|fonds|programma|agenda|strategie|akkoord|plan|deal|impuls|budget)\b", re.IGNORECASE
)
ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z+]*\b")
NOT_SCHEME = re.compile(r"^(Wet|Besluit|Stichting|Vereniging|PSI \d)|\d{4}-\d{3,4}")


def _row(label: str, pattern: str, canonical: str, source: str, kind: str) -> dict[str, str]:
    return {"label": label, "pattern": pattern, "id": canonical, "source": source, "kind": kind}


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip().strip('"').strip()


def organisations(shared: Path) -> tuple[list[dict[str, str]], list[str], list[str]]:
    """Organisations, plus municipality and province names (places) from the same register."""
    regs = shared / "data" / "registers"
    rows: list[dict[str, str]] = []
    municipalities: list[str] = []
    provinces: list[str] = []
    with open(regs / "owms-don.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            label, kind = _clean(rec["owms_label"]), rec["type"]
            if kind == "Gemeente":
                if not rec["endDate"]:
                    municipalities.append(label)
                continue
            if kind == "Provincie":
                provinces.append(label)
                continue
            if kind not in ORG_TYPES or SKIP_LABEL.search(label) or len(label) < 4:
                continue
            rows.append(_row("ORG", label, label, "owms-don", kind))
            abbr = _clean(rec["afkorting"])
            if abbr and 2 <= len(abbr) <= 8 and " " not in abbr:
                rows.append(_row("ORG", abbr, label, "owms-don", kind))
    with open(regs / "zbo_register.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            name = _clean(rec["Naam"])
            if SKIP_LABEL.search(name) or len(name) < 4 or name.lower() == name:
                continue
            rows.append(_row("ORG", name, name, "zbo_register", "Zelfstandig bestuursorgaan"))
            for abbr in re.split(r"\s*/\s*", _clean(rec["Afkorting"])):
                if abbr and 2 <= len(abbr) <= 8 and " " not in abbr and abbr != "DG":
                    rows.append(
                        _row("ORG", abbr, name, "zbo_register", "Zelfstandig bestuursorgaan")
                    )
    with open(regs / "agentschappen.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            label = _clean(rec["agentschap_label"].split(";")[0])
            m = re.match(r"^(.*?)\s*\(([^)]+)\)$", label)
            name, abbr = (m.group(1), m.group(2)) if m else (label, "")
            rows.append(_row("ORG", name, name, "agentschappen", "Agentschap"))
            if abbr:
                rows.append(_row("ORG", abbr, name, "agentschappen", "Agentschap"))
    curated = json.loads((CURATED / "organisations.json").read_text(encoding="utf-8"))
    for entry in curated["entries"]:
        for form in entry["forms"]:
            rows.append(_row("ORG", form, entry["canonical"], "curated", entry["kind"]))
    return rows, municipalities, provinces


def programmes(shared: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    with open(
        shared / "data" / "registers" / "subsidiesministeries2015.csv", encoding="utf-8"
    ) as fh:
        for rec in csv.DictReader(fh):
            name = _clean(rec["Regeling"])
            if not name or name in seen:
                continue
            seen.add(name)
            if SKIP_SCHEME.search(name) or NOT_SCHEME.search(name) or len(name) < 3:
                continue
            if not (NAME_SHAPE.search(name) or ACRONYM.match(name)):
                continue
            if not name[0].isupper() or len(name.split()) > 8:
                continue
            rows.append(_row("PROGRAMME", name, name, "subsidiesministeries2015", "scheme"))
            m = re.match(r"^(.*?)\s*\(([A-Z][A-Za-z+&-]{1,9})\)$", name)
            if m:
                rows.append(
                    _row("PROGRAMME", m.group(1), name, "subsidiesministeries2015", "scheme")
                )
                rows.append(
                    _row("PROGRAMME", m.group(2), name, "subsidiesministeries2015", "scheme")
                )
    curated = json.loads((CURATED / "programmes.json").read_text(encoding="utf-8"))
    for entry in curated["entries"]:
        for form in entry["forms"]:
            rows.append(_row("PROGRAMME", form, entry["canonical"], "curated", "curated"))
    for path in sorted(CURATED.glob("programmes_knowledge_*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
            if LAW_TITLE.match(entry["canonical"]):
                continue  # decrees and acts are LAW, also when they are about subsidies
            for form in _name_forms(entry["forms"]):
                rows.append(
                    _row("PROGRAMME", form, entry["canonical"], "curated-knowledge", "curated")
                )
    return rows


LAW_TITLE = re.compile(r"^(?:Besluit|Wet|Kaderbesluit|Verordening|Richtlijn|Rijkswet)\b")


def _name_forms(forms: list[str]) -> list[str]:
    """Keep the forms of a knowledge entry that are names in the spec's sense.

    The spec marks a programme only when it is written as a name. An all-lowercase form
    ("zorgtoeslag") is a common noun; when an entry lists one, its capitalised twin
    ("Zorgtoeslag") only occurs sentence-initially and would be a false hit too.
    """
    common = {f.casefold() for f in forms if not any(c.isupper() for c in f)}
    return [f for f in forms if f.casefold() not in common]


def places(municipalities: list[str], provinces: list[str]) -> list[dict[str, str]]:
    curated = json.loads((CURATED / "places.json").read_text(encoding="utf-8"))
    rows = [_row("LOC", p, p, "curated", "place") for p in curated["entries"]]
    rows += [_row("LOC", m, m, "owms-don", "municipality") for m in municipalities]
    rows += [_row("LOC", p, p, "owms-don", "province") for p in provinces]
    rows += [_row("LOC", "Friesland", "Fryslân", "curated", "province")]
    rows += [_row("LOC", "Den Haag", "'s-Gravenhage", "curated", "municipality")]
    rows += [_row("LOC", "’s-Gravenhage", "'s-Gravenhage", "curated", "municipality")]
    return rows


ROMAN = re.compile(r"^[IVXLC]+$")
# Register abbreviations that are also common words or other things in running text.
AMBIGUOUS_ABBREVIATIONS = {"CCS", "DG", "APK", "AP", "OM", "SGP"}


def _ambiguous(row: dict[str, str]) -> bool:
    """Short register abbreviations collide with Roman numerals and acronyms of other things."""
    if row["source"].startswith("curated") or row["pattern"] == row["id"]:
        return False
    p = row["pattern"]
    return len(p) <= 2 or bool(ROMAN.match(p)) or p in AMBIGUOUS_ABBREVIATIONS


# Which source wins when two rows share a pattern: the hand list, then the knowledge lists.
PRIORITY = {"curated": 2, "curated-knowledge": 1}


def _dedupe(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per (label, pattern); curated rows win over register rows (see PRIORITY)."""
    best: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        if _ambiguous(row):
            continue
        key = (row["label"], row["pattern"])
        if key not in best or PRIORITY.get(row["source"], 0) > PRIORITY.get(best[key]["source"], 0):
            best[key] = row
    return sorted(best.values(), key=lambda r: (r["label"], r["pattern"]))


def write(name: str, rows: list[dict[str, str]]) -> None:
    path = OUT / name
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in _dedupe(rows):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    orgs, municipalities, provinces = organisations(args.shared)
    write("organisations.jsonl", orgs)
    write("programmes.jsonl", programmes(args.shared))
    write("places.jsonl", places(municipalities, provinces))


if __name__ == "__main__":
    main()
