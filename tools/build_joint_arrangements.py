"""Build ``data/registers/joint-arrangements.json`` from the register of joint arrangements.

Why: municipal and provincial texts name the bodies municipalities run together (omgevingsdiensten,
intergemeentelijke sociale diensten, recreatieschappen, belastingsamenwerkingen, stadsregio's),
and the OWMS register of 2016 in ``../shared`` holds only part of them. The names come from a
stored public file, the register of gemeenschappelijke regelingen that Open State published
(``openstate/datasets``, column ``DSTA_GR_naam``), extracted into
``data/registers/sources/github_lists.json`` with its repository, path and commit. This tool keeps
the names whose head word says what body it is (``HEADS``), drops a trailing abbreviation in
brackets ("Veiligheidsregio Utrecht (VRU)" -> "Veiligheidsregio Utrecht": short capitals are
ambiguous in running text) and writes the register with each name's source:

    python tools/build_joint_arrangements.py

Then run ``tools/attest_registers.py`` to add the sources found in the dumps and texts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / "data" / "registers" / "sources" / "github_lists.json"
OUT = ROOT / "data" / "registers" / "joint-arrangements.json"
SOURCE = "gemeenschappelijke_regelingen/gemeenschappelijke_regelingen.csv@"

# Head words that make a name a joint body and not a place or a region ("Regio Achterhoek" is
# both, so "Regio" is not one of them).
HEADS = (
    "Belastingsamenwerking",
    "Gemeenschappelijke Regeling",
    "Havenschap",
    "ISD",
    "Intergemeentelijke Sociale Dienst",
    "Metropoolregio",
    "Milieudienst",
    "Natuur- en Recreatieschap",
    "Natuur- en recreatieschap",
    "Omgevingsdienst",
    "Recreatieschap",
    "Regionaal Archief",
    "Regionaal Historisch Centrum",
    "Regionale Sociale Dienst",
    "Samenwerkingsorgaan",
    "Samenwerkingsverband",
    "Sociale Dienst",
    "Stadsgewest",
    "Stadsregio",
    "Streekarchief",
    "Veiligheids- en Gezondheidsregio",
    "Veiligheidsregio",
    "Werkvoorzieningschap",
)
BRACKETS = re.compile(r"\s*\([^)]*\)$")


def name_of(raw: str) -> str | None:
    """The body's name as texts write it, or None when the head word is not a joint body's."""
    name = BRACKETS.sub("", raw).strip()
    if not name.startswith(tuple(f"{h} " for h in HEADS)) or len(name.split()) < 2:
        return None
    return name


def build(lists_path: Path = LISTS) -> dict:
    lists = json.loads(lists_path.read_text(encoding="utf-8"))["lists"]
    (register,) = [lst for lst in lists if SOURCE in lst["source"]]
    entries: dict[str, dict] = {}
    for raw in register["names"]:
        name = name_of(raw)
        if name and name not in entries:
            entries[name] = {
                "canonical": name,
                "forms": [name],
                "sources": {name: [register["source"]]},
            }
    return {
        "_source": {
            "name": (
                "Register of gemeenschappelijke regelingen (column DSTA_GR_naam), as published"
                " by Open State Foundation in openstate/datasets"
            ),
            "url": "https://github.com/openstate/datasets/tree/master/gemeenschappelijke_regelingen",
            "date": "2016-01-01",
            "method": (
                "Built by tools/build_joint_arrangements.py from the names extracted into"
                " sources/github_lists.json (repository, path, commit): names with a joint"
                " body's head word, a bracketed abbreviation dropped."
            ),
        },
        "label": "ORG",
        "kind": "gemeenschappelijke regeling",
        "entries": sorted(entries.values(), key=lambda e: e["canonical"]),
    }


def main() -> None:
    reg = build()
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(reg, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(reg['entries'])} entries")


if __name__ == "__main__":
    main()
