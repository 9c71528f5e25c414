"""The curated programme lists and the build step that turns them into the packaged gazetteer."""

from __future__ import annotations

import importlib.util
import json
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
