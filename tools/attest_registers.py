"""Attest every name in ``data/registers`` against readable sources; set aside what none attests.

Why: the registers were first typed from the names of official lists that could not be read at the
time. A register entry is only as good as the source a reviewer can open, so every form (and the
canonical name, and the ``opvolger`` relation) carries a ``sources`` list, and a name no source
attests is moved to ``data/registers/unverified/`` (which the build does not read) instead of being
shipped. Run it after editing a register; it is idempotent:

    python tools/attest_registers.py [--shared ../shared]

Two kinds of source, per name:

- found by this tool, recomputed on every run:
  ``shared:<file>``  the name is a whole name (a label, abbreviation, scheme or recipient field) in
  one of the open-data dumps in ``../shared/data/registers``;
  ``corpus:<id>``  the name occurs as written (case-sensitive, on word boundaries) in a real
  government text of ``../shared/corpus``. Only texts no one scores on are read: the bulk pool and
  the tuning splits (dev, dev2, funding-dev, funding-dev2); held-out and not-yet-annotated texts
  are never read. An abbreviation (one token) counts only in a text that also has a longer name of
  the same entry, so "CEF" in a text about something else attests nothing. Up to three ids.
- read by hand with the project's search tools, checked here as far as a tool can:
  ``page:<url>`` from ``sources/pages.json``, a stored public web page with the sentence that
  states the name or the succession (each name must be in the quoted sentence, else the tool
  stops); ``github:<owner/repo>/<path>@<commit>`` from ``sources/github_lists.json``, the names of
  one column of a stored public file; and the sources ``tools/build_municipalities.py`` wrote
  (``page:`` and ``shared:gemeenten-domains.csv``), which are kept as they are.

The ``sources`` of an entry map each name ("canonical", every form, and "opvolger" for the
succession) to its list. A form without a source moves to ``unverified/<file>.json`` with the same
canonical; an entry whose canonical has none but some of whose forms have one keeps its first
attested form (a full name before an abbreviation) as canonical, the typed canonical moving to
``unverified/``; an entry with no attested name moves whole; an ``opvolger`` without a source is
moved there as a note and dropped from the shipped entry.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ROOT / "data" / "registers"
UNVERIFIED = REGISTERS / "unverified"
SOURCES = REGISTERS / "sources"
GOLD = ROOT / "corpus" / "gold"
TUNING_SPLITS = ("dev", "dev2", "funding-dev", "funding-dev2")
MANUAL_PREFIXES = ("page:", "github:", "shared:gemeenten-domains.csv", "shared:provincies-domains")
MAX_DOCS = 3


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip().strip('"').strip()


def dump_names(shared: Path) -> dict[str, set[str]]:
    """Every whole name in the open-data dumps, with the dump files that list it."""
    regs = shared / "data" / "registers"
    names: dict[str, set[str]] = defaultdict(set)

    def add(value: str, source: str) -> None:
        value = _clean(value)
        if value:
            names[value].add(source)
            if value.startswith("s-"):  # the register writes "s-Gravenhage"
                names["'" + value].add(source)

    with open(regs / "owms-don.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            for field in ("owms_label", "don_label", "afkorting", "opvolger_label"):
                add(rec[field], "owms-don.csv")
    with open(regs / "zbo_register.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            add(rec["Naam"], "zbo_register.csv")
            for abbr in re.split(r"\s*/\s*", rec["Afkorting"]):
                add(abbr, "zbo_register.csv")
    with open(regs / "agentschappen.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            for part in rec["agentschap_label"].split(";"):
                part = re.sub(r"^\s*voorheen bekend als\s*", "", part)
                m = re.match(r"^(.*?)\s*\(([^)]+)\)$", _clean(part))
                if m:
                    add(m.group(1), "agentschappen.csv")
                    add(m.group(2), "agentschappen.csv")
                else:
                    add(part, "agentschappen.csv")
    with open(regs / "subsidiesministeries2015.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            add(rec["Regeling"], "subsidiesministeries2015.csv")
            add(rec["Ontvanger"], "subsidiesministeries2015.csv")
    with open(regs / "source-almanak.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, skipinitialspace=True):
            add(rec["almanakName"], "source-almanak.csv")
    return names


class HandSources:
    """The sources read by hand: quoted pages and names extracted from stored public files."""

    def __init__(self, directory: Path = SOURCES) -> None:
        self.names: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.successions: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        path = directory / "pages.json"
        problems = []
        for n, page in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            quote, url = page["quote"], page["url"]
            for register, names in page["attests"].items():
                for canonical, keys in names.items():
                    for key in keys:
                        if key == "opvolger":
                            self.successions[(register, canonical)].append((url, quote))
                        elif key not in quote:
                            problems.append(f"record {n} ({url}): {key!r} is not in the quote")
                        elif f"page:{url}" not in self.names[(register, key)]:
                            self.names[(register, key)].append(f"page:{url}")
        if problems:
            raise SystemExit(f"{path}:\n  " + "\n  ".join(problems))
        self.lists: list[tuple[str, str, set[str]]] = [
            (lst["source"], lst["prefix"], set(lst["names"]))
            for lst in json.loads((directory / "github_lists.json").read_text(encoding="utf-8"))[
                "lists"
            ]
        ]

    def attest(self, register: str, name: str) -> list[str]:
        found = list(self.names.get((register, name), []))
        for source, prefix, names in self.lists:
            if name.startswith(prefix) and name[len(prefix) :] in names:
                found.append(source)
        return found

    def succession(self, register: str, entry: dict) -> list[str]:
        """Pages whose quoted sentence names this entry and its successor."""
        names = [_squash(n) for n in [entry["canonical"], *entry["forms"]]]
        found = []
        pages = [
            page
            for name in dict.fromkeys([entry["canonical"], *entry["forms"]])
            for page in self.successions.get((register, name), [])
        ]
        for url, quote in dict.fromkeys(pages):
            q = _squash(quote)
            if _squash(entry["opvolger"]) in q and any(n in q for n in names):
                found.append(f"page:{url}")
            else:
                raise SystemExit(
                    f"{SOURCES / 'pages.json'} ({url}): the quote does not name "
                    f"{entry['canonical']!r} and its successor {entry['opvolger']!r}"
                )
        return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def readable_texts(shared: Path) -> dict[str, str]:
    """Texts no one scores on: the bulk pool and the tuning splits, never held-out texts."""
    tuning: set[str] = set()
    for split in TUNING_SPLITS:
        for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                tuning.add(json.loads(line)["id"])
    held_out: set[str] = set()
    for split in ("test", "funding-test"):
        for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                held_out.add(json.loads(line)["id"])
    corpus = shared / "corpus"
    texts: dict[str, str] = {}
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] in held_out:
            continue
        if doc["pool"] == "bulk" or doc["id"] in tuning:
            texts[doc["id"]] = (corpus / doc["file"]).read_text(encoding="utf-8")
    return texts


class Corpus:
    """Word-boundary, case-sensitive lookups of names in the readable texts."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.ids = sorted(texts)
        self.texts = [re.sub(r"\s+", " ", texts[i]) for i in self.ids]

    def docs_with(self, name: str) -> list[int]:
        pattern = re.compile(r"(?<![\w&+-])" + re.escape(name) + r"(?![\w&+])")
        return [n for n, text in enumerate(self.texts) if name in text and pattern.search(text)]


def _docs(name: str, corpus: Corpus, cache: dict[str, list[int]]) -> list[int]:
    if name not in cache:
        cache[name] = corpus.docs_with(name)
    return cache[name]


def _is_abbreviation(form: str) -> bool:
    """One token, at least half of its letters capitals: "CDA", "PvdA", "EFRO", not "GroenLinks"."""
    letters = [c for c in form if c.isalpha()]
    return " " not in form and 2 * sum(c.isupper() for c in letters) >= len(letters)


def attest_entry(
    entry: dict,
    names: dict[str, set[str]],
    corpus: Corpus,
    cache: dict[str, list[int]],
    siblings: set[int] = frozenset(),
    hand: HandSources | None = None,
    register: str = "",
) -> dict[str, list[str]]:
    """The sources of each name of one entry: kept manual ones plus the ones found now.

    ``siblings`` are the texts that name another entry of the same register by a longer name: an
    abbreviation that is itself the canonical name ("CDA", "VDAB") counts there too, since a text
    listing parties or Flemish agencies uses it in that sense."""
    old: dict[str, list[str]] = entry.get("sources", {})
    keys = [entry["canonical"], *entry["forms"]]
    long_forms = [k for k in keys if not _is_abbreviation(k)]

    def docs(name: str) -> list[int]:
        return _docs(name, corpus, cache)

    long_docs = {d for form in long_forms for d in docs(form)}
    sources: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        found = [s for s in old.get(key, []) if s.startswith(MANUAL_PREFIXES)]
        if hand:
            found += [s for s in hand.attest(register, key) if s not in found]
        found += [f"shared:{f}" for f in sorted(names.get(key, ()))]
        hits = docs(key)
        if _is_abbreviation(key):
            context = long_docs | siblings if key == entry["canonical"] else long_docs
            hits = [d for d in hits if d in context]
        found += [f"corpus:{corpus.ids[d]}" for d in hits[:MAX_DOCS]]
        sources[key] = found
    if entry.get("opvolger"):
        manual = [s for s in old.get("opvolger", []) if s.startswith(MANUAL_PREFIXES)]
        if hand:
            manual += [s for s in hand.succession(register, entry) if s not in manual]
        if _owms_successor(entry, names):
            manual.append("shared:owms-don.csv")
        sources["opvolger"] = manual
    return sources


_SUCCESSIONS: set[tuple[str, str]] = set()


def _owms_successor(entry: dict, names: dict[str, set[str]]) -> bool:
    """The OWMS dump gives this body this successor."""
    return (entry["canonical"], entry["opvolger"]) in _SUCCESSIONS


def load_successions(shared: Path) -> None:
    with open(shared / "data" / "registers" / "owms-don.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["opvolger_label"]:
                _SUCCESSIONS.add((_clean(rec["owms_label"]), _clean(rec["opvolger_label"])))


def _merge(into: dict, entry: dict) -> None:
    """Put the forms and sources of ``entry`` into an entry with the same canonical."""
    for form in entry["forms"]:
        if form not in into["forms"]:
            into["forms"].append(form)
    for key, vals in entry.get("sources", {}).items():
        into.setdefault("sources", {}).setdefault(key, [])
        for v in vals:
            if v not in into["sources"][key]:
                into["sources"][key].append(v)
    for field in ("label", "kind", "opvolger", "since", "note"):
        if field in entry and field not in into:
            into[field] = entry[field]


def attest_file(
    name: str,
    names: dict[str, set[str]],
    corpus: Corpus,
    cache: dict[str, list[int]],
    hand: HandSources | None = None,
) -> tuple[int, int]:
    """Re-attest one register and its unverified twin; returns (kept, set-aside) entries."""
    path, upath = REGISTERS / name, UNVERIFIED / name
    reg = json.loads(path.read_text(encoding="utf-8"))
    built = reg["_source"]["method"].startswith("Built by tools/")
    candidates: dict[str, dict] = {}
    order: list[str] = []
    for source in (reg, json.loads(upath.read_text(encoding="utf-8")) if upath.exists() else None):
        for entry in (source or {}).get("entries", []):
            entry = json.loads(json.dumps(entry))
            entry.pop("why", None)
            if not built:  # hand sources are re-read from sources/ on every run
                entry["sources"] = {}
            if entry["canonical"] not in candidates:
                candidates[entry["canonical"]] = entry
                order.append(entry["canonical"])
            else:
                _merge(candidates[entry["canonical"]], entry)
    long_docs = {
        c: {
            d
            for form in [c, *candidates[c]["forms"]]
            if len(form) >= 6 and not _is_abbreviation(form)
            for d in _docs(form, corpus, cache)
        }
        for c in order
    }
    kept, set_aside = [], []
    for canonical in order:
        entry = candidates[canonical]
        siblings = {d for c in order if c != canonical for d in long_docs[c]}
        sources = attest_entry(entry, names, corpus, cache, siblings, hand, name)
        good = [f for f in entry["forms"] if sources[f]]
        bad = [f for f in entry["forms"] if not sources[f]]
        if not good:
            if entry["forms"] or not entry.get("opvolger"):
                entry["sources"] = sources
                entry["why"] = "no readable source attests the canonical name or any form"
            else:
                entry["why"] = "no readable source gives this successor; dropped from the entry"
            set_aside.append(entry)
            continue
        if not sources[canonical]:
            # the typed canonical has no source: the first attested full name (else form) leads,
            # and the typed name stays in unverified/ as an unattested form of the entry
            promoted = next((f for f in good if not _is_abbreviation(f)), good[0])
            bad = [canonical, *[f for f in bad if f != canonical]]
            canonical = promoted
        out = {"canonical": canonical}
        out.update(
            {
                k: v
                for k, v in entry.items()
                if k not in ("canonical", "sources", "forms", "opvolger")
            }
        )
        out["forms"] = good
        if entry.get("opvolger"):
            if sources["opvolger"]:
                out["opvolger"] = entry["opvolger"]
            else:
                set_aside.append(
                    {
                        "canonical": canonical,
                        "forms": [],
                        "opvolger": entry["opvolger"],
                        "why": "no readable source gives this successor; dropped from the entry",
                    }
                )
        out["sources"] = {
            k: sources[k] for k in dict.fromkeys([canonical, *good, "opvolger"]) if k in sources
        }
        if "opvolger" not in out:
            out["sources"].pop("opvolger", None)
        kept.append(out)
        if bad:
            set_aside.append(
                {
                    "canonical": canonical,
                    "forms": bad,
                    "why": "no readable source attests these forms",
                }
            )
    reg["entries"] = kept
    _write(path, reg)
    if set_aside:
        UNVERIFIED.mkdir(exist_ok=True)
        note = {
            "_about": (
                f"Entries of {name} that no readable source attests"
                " (see tools/attest_registers.py). The build does not read this folder;"
                " an entry goes back only with a source."
            ),
            "entries": sorted(set_aside, key=lambda e: (e["canonical"], e["forms"])),
        }
        _write(upath, note)
    elif upath.exists():
        upath.unlink()
    return len(kept), len(set_aside)


def _write(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("files", nargs="*", help="register file names (default: all)")
    args = parser.parse_args()
    names = dump_names(args.shared)
    load_successions(args.shared)
    hand = HandSources()
    corpus = Corpus(readable_texts(args.shared))
    cache: dict[str, list[int]] = {}
    files = args.files or sorted(p.name for p in REGISTERS.glob("*.json"))
    for name in files:
        kept, aside = attest_file(name, names, corpus, cache, hand)
        print(f"{name}: {kept} entries attested, {aside} set aside in unverified/")


if __name__ == "__main__":
    main()
