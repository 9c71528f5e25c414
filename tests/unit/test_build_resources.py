"""The curated programme lists and the build step that turns them into the packaged gazetteer."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "data" / "curated"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_resources", ROOT / "tools" / "build_resources.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' annotations through it
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("forms", "kept"),
    [
        (["Zorgtoeslag", "zorgtoeslag"], []),
        (["Huurtoeslag"], ["Huurtoeslag"]),
        (["Regionale Energiestrategie", "RES"], ["Regionale Energiestrategie", "RES"]),
        (["kindgebonden budget"], []),
        (["rescEU"], ["rescEU"]),
        (["Banenafspraak", "banenafspraak", "Wet banenafspraak"], ["Wet banenafspraak"]),
    ],
)
def test_only_name_forms_are_kept(forms: list[str], kept: list[str]) -> None:
    assert _build_module()._name_forms(forms) == kept


@pytest.mark.parametrize("path", sorted(CURATED.glob("programmes*.json")), ids=lambda p: p.name)
def test_curated_programme_lists_are_well_formed(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["_about"].strip()
    canonicals = [e["canonical"] for e in data["entries"]]
    assert len(canonicals) == len(set(canonicals)), "duplicate canonical names"
    for entry in data["entries"]:
        assert entry["canonical"].strip() == entry["canonical"] != ""
        assert entry["forms"], entry["canonical"]
        for form in entry["forms"]:
            assert form.strip() == form != "", entry["canonical"]


def test_packaged_programmes_contain_every_kept_form() -> None:
    build = _build_module()
    packaged = {
        json.loads(line)["pattern"]
        for line in (ROOT / "src" / "nlds_nlp" / "resources" / "programmes.jsonl").open(
            encoding="utf-8"
        )
    }
    for path in sorted(CURATED.glob("programmes_knowledge_*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
            missing = set(build._name_forms(entry["forms"])) - packaged
            assert not missing, f"{path.name}: rebuild resources ({sorted(missing)})"


@pytest.mark.parametrize(
    ("canonical", "law"),
    [
        ("Besluit locatiegebonden subsidies", True),
        ("Wet op het Waddenfonds", True),
        ("Subsidieregeling Wet op het Waddenfonds", False),
        ("Regeling cofinanciering sectorplannen", False),
    ],
)
def test_decrees_and_acts_are_not_programmes(canonical: str, law: bool) -> None:
    assert bool(_build_module().LAW_TITLE.match(canonical)) is law


REGISTERS = ROOT / "data" / "registers"
RESOURCES = ROOT / "src" / "nlds_nlp" / "resources"


def _packaged(name: str) -> dict[tuple[str, str], dict[str, str]]:
    rows = (json.loads(line) for line in (RESOURCES / f"{name}.jsonl").open(encoding="utf-8"))
    return {(r["label"], r["pattern"]): r for r in rows}


@pytest.mark.parametrize("path", sorted(REGISTERS.glob("*.json")), ids=lambda p: p.name)
def test_every_typed_register_names_its_source(path: Path) -> None:
    """No entry without a public list behind it: the build refuses a file without one."""
    reg = _build_module().RegisterFile.model_validate_json(path.read_text(encoding="utf-8"))
    assert reg.source.url.startswith("https://") and reg.source.name
    canonicals = [e.canonical for e in reg.entries]
    assert len(canonicals) == len(set(canonicals)), "duplicate canonical names"


def test_a_register_without_source_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text(
        json.dumps({"label": "ORG", "kind": "x", "entries": [{"canonical": "A", "forms": ["A"]}]}),
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match=r"bad\.json"):
        _build_module().registers(tmp_path)


def test_packaged_gazetteers_contain_every_register_form() -> None:
    packaged = {**_packaged("organisations"), **_packaged("programmes"), **_packaged("places")}
    for row in _build_module().registers():
        assert (row["label"], row["pattern"]) in packaged, f"rebuild resources ({row})"


@pytest.mark.parametrize(
    ("name", "label", "pattern", "canonical", "opvolger"),
    [
        ("places", "LOC", "Winschoten", "Winschoten", "Oldambt"),
        ("places", "LOC", "Haren", "Haren", "Groningen"),
        ("places", "LOC", "'s-Hertogenbosch", "'s-Hertogenbosch", None),
        (
            "organisations",
            "ORG",
            "Gedeputeerde Staten van Drenthe",
            "Gedeputeerde Staten van Drenthe",
            None,
        ),
        ("organisations", "ORG", "provincie Friesland", "Provincie Fryslân", None),
        (
            "organisations",
            "ORG",
            "gemeente Alphen aan den Rijn",
            "Gemeente Alphen aan den Rijn",
            None,
        ),
        ("organisations", "ORG", "Vlaamse Regering", "Vlaamse Regering", None),
        (
            "organisations",
            "ORG",
            "Agentschap NL",
            "Agentschap NL",
            "Rijksdienst voor Ondernemend Nederland",
        ),
        ("programmes", "PROGRAMME", "Horizon 2020", "Horizon 2020", "Horizon Europe"),
    ],
)
def test_registers_keep_bodies_places_and_successors(
    name: str, label: str, pattern: str, canonical: str, opvolger: str | None
) -> None:
    row = _packaged(name)[(label, pattern)]
    assert row["id"] == canonical
    assert row.get("opvolger") == opvolger


def test_a_typed_register_never_renames_an_official_listing() -> None:
    """The curated lists and the open-data dumps keep their canonical names."""
    rows = [
        {
            "label": "ORG",
            "pattern": "Xenon",
            "id": "Official Xenon",
            "source": "owms-don",
            "kind": "k",
        },
        {
            "label": "ORG",
            "pattern": "Xenon",
            "id": "Typed Xenon",
            "source": "register:t",
            "kind": "k",
        },
        {"label": "LOC", "pattern": "Y", "id": "Y", "source": "owms-don", "kind": "k"},
        {
            "label": "LOC",
            "pattern": "Y",
            "id": "Y",
            "source": "register:t",
            "kind": "k",
            "opvolger": "Z",
        },
    ]
    build = _build_module()
    out = {(r["label"], r["pattern"]): r for r in build._dedupe(rows)}
    assert out[("ORG", "Xenon")]["id"] == "Official Xenon"
    assert out[("LOC", "Y")]["opvolger"] == "Z"
    assert build.conflicts(rows) == [
        "register:t: 'Xenon' is 'Typed Xenon' here, 'Official Xenon' elsewhere"
    ]
