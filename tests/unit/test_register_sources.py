"""Every register name ships with a readable source: the build refuses one without, and the tools
that attest names (tools/attest_registers.py, tools/build_municipalities.py) check what they cite."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
REGISTERS = ROOT / "data" / "registers"


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' annotations through it
    spec.loader.exec_module(module)
    return module


SOURCE = {"name": "A public list of bodies", "url": "https://example.org", "date": "2024-01-01"}


def _register(tmp_path: Path, entry: dict) -> Path:
    data = {"_source": {**SOURCE, "method": "typed for this test"}, "label": "ORG", "kind": "x"}
    (tmp_path / "reg.json").write_text(json.dumps({**data, "entries": [entry]}), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"canonical": "Dienst A", "forms": ["Dienst A"]}, r"(?s)reg\.json.*sources"),
        (
            {
                "canonical": "Dienst A",
                "forms": ["Dienst A", "DA"],
                "sources": {"Dienst A": ["shared:x.csv"]},
            },
            r"reg\.json: entry 'Dienst A' has no source for DA",
        ),
        (
            {
                "canonical": "Dienst A",
                "forms": ["Dienst A"],
                "opvolger": "Dienst B",
                "sources": {"Dienst A": ["corpus:doc-1"]},
            },
            r"entry 'Dienst A' has no source for opvolger",
        ),
        (
            {
                "canonical": "Dienst A",
                "forms": ["Dienst A"],
                "sources": {"Dienst A": ["from memory"]},
            },
            r"entry 'Dienst A' has no source for malformed source 'from memory'",
        ),
        (
            {"canonical": "Dienst A", "forms": ["Dienst A"], "sources": {"Dienst A": []}},
            r"entry 'Dienst A' has no source for Dienst A",
        ),
    ],
)
def test_the_build_refuses_an_entry_without_a_source(
    tmp_path: Path, entry: dict, message: str
) -> None:
    with pytest.raises(SystemExit, match=message):
        _tool("build_resources").registers(_register(tmp_path, entry))


def test_the_build_accepts_every_kind_of_source(tmp_path: Path) -> None:
    sources = [
        "shared:owms-don.csv",
        "corpus:bwb-bwbr0020322",
        "page:https://www.example.org/a?b=c",
        "github:openstate/datasets/a/b.csv@" + "0" * 40,
    ]
    entry = {
        "canonical": "Dienst A",
        "forms": ["Dienst A", "DA"],
        "opvolger": "Dienst B",
        "sources": {"Dienst A": sources, "DA": sources[:1], "opvolger": sources[2:3]},
    }
    rows = _tool("build_resources").registers(_register(tmp_path, entry))
    assert {r["pattern"] for r in rows} == {"Dienst A", "DA"}
    assert {r["opvolger"] for r in rows} == {"Dienst B"}


@pytest.mark.parametrize("path", sorted(REGISTERS.glob("*.json")), ids=lambda p: p.name)
def test_every_shipped_register_name_has_a_source(path: Path) -> None:
    reg = _tool("build_resources").RegisterFile.model_validate_json(
        path.read_text(encoding="utf-8")
    )
    for entry in reg.entries:
        assert not entry.unsourced(), (entry.canonical, entry.unsourced())


def test_set_aside_names_are_not_shipped() -> None:
    """Names in unverified/ are not in the packaged gazetteers under the register's source."""
    shipped = {
        (json.loads(line)["pattern"], json.loads(line)["source"])
        for name in ("organisations", "programmes", "places")
        for line in (ROOT / "src" / "nlds_nlp" / "resources" / f"{name}.jsonl").open(
            encoding="utf-8"
        )
    }
    attested = {
        form
        for path in REGISTERS.glob("*.json")
        for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]
        for form in entry["forms"]
    }
    for path in sorted((REGISTERS / "unverified").glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
            for form in set(entry["forms"]) - attested:
                assert (form, f"register:{path.stem}") not in shipped, (path.name, form)


@pytest.mark.parametrize(
    ("form", "abbreviation"),
    [
        ("CDA", True),
        ("PvdA", True),
        ("EFRO", True),
        ("D66", True),
        ("TU/e", True),
        ("GroenLinks", False),
        ("ChristenUnie", False),
        ("Erasmus+", False),
        ("Oost NL", False),
    ],
)
def test_abbreviations(form: str, abbreviation: bool) -> None:
    assert _tool("attest_registers")._is_abbreviation(form) is abbreviation


def _attest(texts: dict[str, str], entry: dict, siblings: set[int] = frozenset()) -> dict:
    tool = _tool("attest_registers")
    return tool.attest_entry(entry, {}, tool.Corpus(texts), {}, siblings)


def test_a_text_attests_a_name_as_written_on_word_boundaries() -> None:
    texts = {
        "d1": "De Nederlandse Waterschapsbank leent.",
        "d2": "Het Waterschapsbankje.",
        "d3": "de nederlandse waterschapsbank",
    }
    entry = {"canonical": "Nederlandse Waterschapsbank", "forms": ["Nederlandse Waterschapsbank"]}
    assert _attest(texts, entry) == {"Nederlandse Waterschapsbank": ["corpus:d1"]}


def test_an_abbreviation_counts_only_beside_a_longer_name_of_its_entry() -> None:
    texts = {
        "d1": "Het Connecting Europe Facility (CEF) financiert.",
        "d2": "De CEF van de vereniging.",
    }
    entry = {
        "canonical": "Connecting Europe Facility",
        "forms": ["Connecting Europe Facility", "CEF"],
    }
    assert _attest(texts, entry)["CEF"] == ["corpus:d1"]


def test_an_abbreviation_that_is_the_name_counts_beside_another_entry_of_its_register() -> None:
    texts = {"d1": "Moties van VVD en Partij voor de Dieren.", "d2": "De VVD is een vereniging."}
    entry = {"canonical": "VVD", "forms": ["VVD"]}
    assert _attest(texts, entry, siblings={0})["VVD"] == ["corpus:d1"]
    assert _attest(texts, entry)["VVD"] == []


def _hand(tmp_path: Path, quote: str, attests: dict) -> object:
    (tmp_path / "pages.json").write_text(
        json.dumps([{"url": "https://example.org/p", "quote": quote, "attests": attests}]),
        encoding="utf-8",
    )
    (tmp_path / "github_lists.json").write_text(
        json.dumps(
            {
                "lists": [
                    {
                        "source": "github:o/r/f.csv@" + "1" * 40,
                        "prefix": "Veiligheidsregio ",
                        "names": ["Twente"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    return _tool("attest_registers").HandSources(tmp_path)


def test_a_page_attests_only_the_names_in_its_quote(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"'ESF\+' is not in the quote"):
        _hand(tmp_path, "Het Europees Sociaal Fonds (ESF).", {"r.json": {"ESF": ["ESF", "ESF+"]}})
    hand = _hand(tmp_path, "Het Europees Sociaal Fonds (ESF).", {"r.json": {"ESF": ["ESF"]}})
    assert hand.attest("r.json", "ESF") == ["page:https://example.org/p"]
    assert hand.attest("other.json", "ESF") == []
    assert hand.attest("r.json", "Veiligheidsregio Twente") == ["github:o/r/f.csv@" + "1" * 40]


def test_a_succession_needs_a_quote_naming_both(tmp_path: Path) -> None:
    entry = {"canonical": "sp.a", "forms": ["sp.a"], "opvolger": "Vooruit"}
    hand = _hand(tmp_path, "sp.a heet voortaan Vooruit.", {"r.json": {"sp.a": ["opvolger"]}})
    assert hand.succession("r.json", entry) == ["page:https://example.org/p"]
    hand = _hand(tmp_path, "sp.a verandert van naam.", {"r.json": {"sp.a": ["opvolger"]}})
    with pytest.raises(SystemExit, match=r"does not name 'sp\.a' and its successor 'Vooruit'"):
        hand.succession("r.json", entry)


@pytest.mark.parametrize(
    ("name", "host", "same"),
    [
        ("Noardeast-Fryslân", "www.noardeast-fryslan.nl", True),
        ("Altena", "www.gemeenteAltena.nl", True),
        ("Het Hogeland", "hethogeland.nl", True),
        ("Land van Cuijk", "www.landvancuijk.nl", True),
        ("Maashorst", "www.gemeentemaashorst.nl", True),
        ("Hoeksche Waard", "www.gemeentehw.nl", False),
    ],
)
def test_municipal_sites_match_names(tmp_path: Path, name: str, host: str, same: bool) -> None:
    tool = _tool("build_municipalities")
    (tmp_path / "domains.csv").write_text(host + "\n", encoding="utf-8")
    assert (tool._key(name) in tool._domain_keys(tmp_path / "domains.csv")) is same


def _shared(tmp_path: Path) -> Path:
    regs = tmp_path / "shared" / "data" / "registers"
    regs.mkdir(parents=True)
    header = "collection_date,owms_label,owms_uri,don_uri,don_label,afkorting,endDate,parent,type,opvolger_label\n"
    rows = [",Uden,,,,,,,Gemeente,", ",Landerd,,,,,,,Gemeente,", ",Oss,,,,,,,Gemeente,"]
    (regs / "owms-don.csv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    (regs / "gemeenten-domains.csv").write_text("www.gemeentemaashorst.nl\n", encoding="utf-8")
    return tmp_path / "shared"


def _mergers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, merger: dict) -> ModuleType:
    tool = _tool("build_municipalities")
    path = tmp_path / "herindelingen.json"
    path.write_text(json.dumps({"mergers": [merger]}), encoding="utf-8")
    monkeypatch.setattr(tool, "SOURCES", path)
    return tool


def test_a_merger_is_built_with_its_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    merger = {
        "date": "2022-01-01",
        "into": "Maashorst",
        "new": True,
        "absorbed": ["Landerd", "Uden"],
        "sources": [{"url": "https://example.org/m", "quote": "Landerd en Uden vormen Maashorst"}],
    }
    reg = _mergers(tmp_path, monkeypatch, merger).build(_shared(tmp_path))
    by_name = {e["canonical"]: e for e in reg["entries"]}
    assert by_name["Maashorst"]["since"] == 2022
    assert by_name["Maashorst"]["sources"]["Maashorst"] == [
        "page:https://example.org/m",
        "shared:gemeenten-domains.csv",
    ]
    assert by_name["Uden"]["opvolger"] == "Maashorst"
    assert by_name["Uden"]["sources"]["opvolger"] == ["page:https://example.org/m"]


@pytest.mark.parametrize(
    ("absorbed", "quote", "message"),
    [
        (["Landerd", "Uden"], "Landerd vormt Maashorst", "'Uden' is not in the quoted sentence"),
        (
            ["Landerd", "Veghel"],
            "Landerd en Veghel vormen Maashorst",
            "'Veghel' is not a municipality",
        ),
    ],
)
def test_a_merger_the_sources_do_not_bear_out_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, absorbed: list[str], quote: str, message: str
) -> None:
    merger = {
        "date": "2022-01-01",
        "into": "Maashorst",
        "new": True,
        "absorbed": absorbed,
        "sources": [{"url": "https://example.org/m", "quote": quote}],
    }
    with pytest.raises(SystemExit, match=message):
        _mergers(tmp_path, monkeypatch, merger).build(_shared(tmp_path))


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Veiligheidsregio Utrecht (VRU)", "Veiligheidsregio Utrecht"),
        ("Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht"),
        ("Natuur- en Recreatieschap Haringvliet", "Natuur- en Recreatieschap Haringvliet"),
        ("ISD Brunssum Onderbanken Landgraaf (ISD BOL)", "ISD Brunssum Onderbanken Landgraaf"),
        ("Regio Achterhoek", None),
        ("Delta", None),
        ("Omgevingsdienst", None),
        ("Gemeenschappelijke Regelingen", None),
    ],
)
def test_joint_arrangements_keep_names_with_a_bodys_head_word(raw: str, name: str | None) -> None:
    assert _tool("build_joint_arrangements").name_of(raw) == name


def test_joint_arrangements_carry_their_list_as_source(tmp_path: Path) -> None:
    source = (
        "github:openstate/datasets/gemeenschappelijke_regelingen/gemeenschappelijke_regelingen.csv@"
        + "2" * 40
    )
    lists = {
        "lists": [
            {
                "source": source,
                "prefix": "",
                "names": ["Stadsregio Rotterdam", "Lander", "Stadsregio Rotterdam"],
            }
        ]
    }
    (tmp_path / "lists.json").write_text(json.dumps(lists), encoding="utf-8")
    reg = _tool("build_joint_arrangements").build(tmp_path / "lists.json")
    assert reg["entries"] == [
        {
            "canonical": "Stadsregio Rotterdam",
            "forms": ["Stadsregio Rotterdam"],
            "sources": {"Stadsregio Rotterdam": [source]},
        }
    ]
