"""Build the packaged gazetteers from the government registers plus the curated lists.

Why a build step: the registers in ``../shared/data/registers`` are raw open-data dumps (CSV with
historical rows, abbreviations glued into labels, descriptive scheme names). The library needs a
clean, deduplicated list of surface forms with a canonical name each, shipped inside the package
so it works when installed. Run this when the registers or curated lists change:

    python tools/build_resources.py [--shared ../shared]

It writes ``src/nlds_nlp/resources/{organisations,programmes,places}.jsonl`` in spaCy pattern
style (``{"label", "pattern", "id", "source", "kind"}``, plus ``opvolger`` for a historical name),
sorted for stable diffs. Three kinds of input, in this order:

- the open-data registers in ``../shared/data/registers`` (OWMS, ZBO register, agentschappen,
  the 2015 subsidy register), from which also the bodies of every province and municipality are
  derived ("Gedeputeerde Staten van Drenthe", "gemeente Ede") and merged municipalities are kept
  as places with their successor;
- the hand lists in ``data/curated``;
- the registers in ``data/registers`` (EU programmes, parties, Flemish and Belgian bodies, funds
  and agencies, safety regions and GGD's, municipalities since 2016), whose every entry carries
  the readable sources that attest each of its names (``tools/attest_registers.py``; names no
  source attests wait in ``data/registers/unverified/``, which is not read here).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "nlds_nlp" / "resources"
CURATED = ROOT / "data" / "curated"
REGISTERS = ROOT / "data" / "registers"

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


def _row(
    label: str, pattern: str, canonical: str, source: str, kind: str, opvolger: str = ""
) -> dict[str, str]:
    row = {"label": label, "pattern": pattern, "id": canonical, "source": source, "kind": kind}
    if opvolger:
        row["opvolger"] = opvolger
    return row


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip().strip('"').strip()


def organisations(
    shared: Path,
) -> tuple[list[dict[str, str]], list[str], list[str], dict[str, str]]:
    """Organisations, plus municipality and province names (places) from the same register, and
    the merged municipalities with their successor."""
    regs = shared / "data" / "registers"
    rows: list[dict[str, str]] = []
    municipalities: list[str] = []
    provinces: list[str] = []
    merged: dict[str, str] = {}
    with open(regs / "owms-don.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            label, kind = _clean(rec["owms_label"]), rec["type"]
            if kind == "Gemeente":
                if not rec["endDate"]:
                    municipalities.append(label)
                elif rec["opvolger_label"] and label not in MERGED_NOT_PLACES:
                    merged[_place_name(label)] = _clean(rec["opvolger_label"])
                continue
            if kind == "Provincie":
                provinces.append(label)
                continue
            if kind not in ORG_TYPES or SKIP_LABEL.search(label) or len(label) < 4:
                continue
            successor = _clean(rec["opvolger_label"]) if rec["endDate"] else ""
            rows.append(_row("ORG", label, label, "owms-don", kind, successor))
            abbr = _clean(rec["afkorting"])
            if abbr and 2 <= len(abbr) <= 8 and " " not in abbr:
                rows.append(_row("ORG", abbr, label, "owms-don", kind, successor))
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
    return rows, municipalities, provinces, merged


# Merged municipalities whose name is also an ordinary capitalised word at a sentence start.
MERGED_NOT_PLACES = {"Echt", "Heel", "Helden", "Monster", "Born", "Thorn"}


def _place_name(label: str) -> str:
    """The register writes "s-Gravenhage" for "'s-Gravenhage"."""
    return "'" + label if label.startswith("s-") else label


def _place_forms(name: str) -> list[str]:
    """A place name with its typographic apostrophe variant ("'s-Hertogenbosch")."""
    return [name, name.replace("'", "’")] if "'" in name else [name]


def government_bodies(provinces: list[str], municipalities: list[str]) -> list[dict[str, str]]:
    """The bodies of every province and municipality, named with their place.

    Why from the register and not only by pattern: the register knows where a multi-word place
    name ends ("gemeente Alphen aan den Rijn", "Provinciale Staten van Noord-Brabant"), and
    every hit carries the canonical body. The patterns in nlds_nlp.grammar still find the
    bodies of places a register lacks.
    """
    rows: list[dict[str, str]] = []
    src = "owms-don-bodies"
    for label in provinces:
        places = [label, "Friesland"] if label == "Fryslân" else [label]
        for place in places:
            body = f"Provincie {label}"
            for form in (f"provincie {place}", f"Provincie {place}"):
                rows.append(_row("ORG", form, body, src, "provincie"))
            for head, canonical in (
                ("Provinciale Staten", f"Provinciale Staten van {label}"),
                ("Gedeputeerde Staten", f"Gedeputeerde Staten van {label}"),
            ):
                for form in (f"{head} van {place}", f"{head} van de provincie {place}"):
                    rows.append(_row("ORG", form, canonical, src, "provinciaal bestuursorgaan"))
            for form in (
                f"college van Gedeputeerde Staten van {place}",
                f"College van Gedeputeerde Staten van {place}",
            ):
                rows.append(
                    _row(
                        "ORG",
                        form,
                        f"Gedeputeerde Staten van {label}",
                        src,
                        "provinciaal bestuursorgaan",
                    )
                )
    for label in municipalities:
        name = _place_name(label)
        for place in _place_forms(name):
            for form in (f"gemeente {place}", f"Gemeente {place}"):
                rows.append(_row("ORG", form, f"Gemeente {name}", src, "gemeente"))
            rows.append(
                _row(
                    "ORG",
                    f"gemeenteraad van {place}",
                    f"Gemeenteraad van {name}",
                    src,
                    "gemeenteraad",
                )
            )
            for form in (
                f"college van burgemeester en wethouders van {place}",
                f"college van B&W van {place}",
            ):
                rows.append(
                    _row(
                        "ORG",
                        form,
                        f"College van burgemeester en wethouders van {name}",
                        src,
                        "college van burgemeester en wethouders",
                    )
                )
            rows.append(_row("ORG", f"Rekenkamer {place}", f"Rekenkamer {name}", src, "rekenkamer"))
    return rows


SOURCE = re.compile(
    r"^(shared:[\w.-]+|corpus:[\w.-]+|page:https?://\S+|github:[\w.-]+/[\w.-]+/\S+@[0-9a-f]{40})$"
)


class RegisterEntry(BaseModel):
    """One name with its forms, each attested by a readable source (tools/attest_registers.py)."""

    model_config = ConfigDict(extra="forbid")

    canonical: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    label: Literal["ORG", "PROGRAMME", "LOC"] | None = None
    kind: str | None = None
    opvolger: str | None = None
    since: int | None = None
    sources: dict[str, list[str]]

    def unsourced(self) -> list[str]:
        """The names (canonical, forms, the succession) that no valid source attests."""
        names = [self.canonical, *self.forms] + (["opvolger"] if self.opvolger else [])
        missing = [n for n in dict.fromkeys(names) if not self.sources.get(n)]
        bad = [s for values in self.sources.values() for s in values if not SOURCE.match(s)]
        return missing + [f"malformed source {s!r}" for s in bad]


class RegisterSource(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=10)
    url: str = Field(pattern=r"^https://")
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    method: str = Field(min_length=10)


class RegisterFile(BaseModel):
    """A register built from public lists: the file names its lists in ``_source`` and every
    entry its readable sources per name, so no entry ships without one (see the README there)."""

    model_config = ConfigDict(extra="forbid")

    source: RegisterSource = Field(alias="_source")
    label: Literal["ORG", "PROGRAMME", "LOC"]
    kind: str
    entries: list[RegisterEntry] = Field(min_length=1)


def registers(directory: Path = REGISTERS) -> list[dict[str, str]]:
    """Rows of every register file in ``data/registers``; exits naming the file on bad data."""
    rows: list[dict[str, str]] = []
    for path in sorted(directory.glob("*.json")):
        try:
            reg = RegisterFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise SystemExit(f"{path}: {exc}") from exc
        for entry in reg.entries:
            if problems := entry.unsourced():
                raise SystemExit(
                    f"{path}: entry {entry.canonical!r} has no source for {', '.join(problems)}"
                    " (run tools/attest_registers.py; see data/registers/README.md)"
                )
            for form in entry.forms:
                if form != form.strip() or not form:
                    raise SystemExit(f"{path}: bad form {form!r} of {entry.canonical!r}")
                rows.append(
                    _row(
                        entry.label or reg.label,
                        form,
                        entry.canonical,
                        f"register:{path.stem}",
                        entry.kind or reg.kind,
                        entry.opvolger or "",
                    )
                )
    return rows


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


def places(
    municipalities: list[str], provinces: list[str], merged: dict[str, str]
) -> list[dict[str, str]]:
    curated = json.loads((CURATED / "places.json").read_text(encoding="utf-8"))
    rows = [_row("LOC", p, p, "curated", "place") for p in curated["entries"]]
    rows += [_row("LOC", m, m, "owms-don", "municipality") for m in municipalities]
    # "'s-Hertogenbosch": the register drops the apostrophe
    rows += [
        _row("LOC", form, _place_name(m), "owms-don", "municipality")
        for m in municipalities
        if m.startswith("s-")
        for form in _place_forms(_place_name(m))
    ]
    # merged municipalities stay places, with the municipality that absorbed them
    rows += [
        _row("LOC", form, name, "owms-don", "merged municipality", successor)
        for name, successor in merged.items()
        for form in _place_forms(name)
    ]
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
    # hand lists and typed registers are reviewed form by form; the filter is for the dumps
    if row["source"].startswith(("curated", "register:")) or row["pattern"] == row["id"]:
        return False
    p = row["pattern"]
    return len(p) <= 2 or bool(ROMAN.match(p)) or p in AMBIGUOUS_ABBREVIATIONS


# Which source wins when two rows share a pattern: the hand list, then the knowledge lists.
PRIORITY = {"curated": 2, "curated-knowledge": 1}


def _priority(source: str) -> int:
    """Curated lists, then knowledge lists, then the registers (open-data dumps first, typed
    registers after them: a typed register never renames what an official dump lists)."""
    return PRIORITY.get(source, 0)


def conflicts(rows: list[dict[str, str]]) -> list[str]:
    """Typed-register forms that another list gives another canonical name: reported by the
    build so the registers stay consistent with the curated lists (which win)."""
    listed: dict[tuple[str, str], str] = {}
    for row in sorted(rows, key=lambda r: -_priority(r["source"])):
        if not row["source"].startswith("register:"):
            listed.setdefault((row["label"], row["pattern"]), row["id"])
    return [
        f"{row['source']}: {row['pattern']!r} is {row['id']!r} here, "
        f"{listed[(row['label'], row['pattern'])]!r} elsewhere"
        for row in rows
        if row["source"].startswith("register:")
        and listed.get((row["label"], row["pattern"]), row["id"]) != row["id"]
    ]


def _dedupe(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per (label, pattern); curated rows win over register rows (see PRIORITY)."""
    best: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        if _ambiguous(row):
            continue
        key = (row["label"], row["pattern"])
        if key not in best or _priority(row["source"]) > _priority(best[key]["source"]):
            best[key] = row
        elif row.get("opvolger") and row["id"] == best[key]["id"] and "opvolger" not in best[key]:
            best[key] = {**best[key], "opvolger": row["opvolger"]}  # the successor, same body
    return sorted(best.values(), key=lambda r: (r["label"], r["pattern"]))


def write(name: str, rows: list[dict[str, str]]) -> None:
    for problem in conflicts(rows):
        print(f"note: {problem}")
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
    orgs, municipalities, provinces, merged = organisations(args.shared)
    typed = registers()
    orgs += government_bodies(provinces, municipalities)
    write("organisations.jsonl", orgs + [r for r in typed if r["label"] == "ORG"])
    write(
        "programmes.jsonl",
        programmes(args.shared) + [r for r in typed if r["label"] == "PROGRAMME"],
    )
    write(
        "places.jsonl",
        places(municipalities, provinces, merged) + [r for r in typed if r["label"] == "LOC"],
    )


if __name__ == "__main__":
    main()
