"""The pure mapping functions of benchmarks/peers.py, on small hand-written peer outputs.

Why: the peer table is only as fair as the conversion of each peer's output to our spans; the
benchmark itself is too slow and needs Frog and Duckling, so the conversions are pinned here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

PEERS_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "peers.py"


@pytest.fixture(scope="module")
def peers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nlds_benchmark_peers", PEERS_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building classes
    spec.loader.exec_module(module)
    return module


def texts(spans: list[dict]) -> list[tuple[str, str]]:
    return [(s["text"], s["label"]) for s in spans]


def offsets_ok(text: str, spans: list[dict]) -> bool:
    return all(text[s["start"] : s["end"]] == s["text"] for s in spans)


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("vanaf 25 juni 2020", "DATE", "25 juni 2020"),
        ("tot en met 2025", "DATE", "2025"),
        ("in het najaar", "DATE", "najaar"),
        ("2030 in", "DATE", "2030"),
        ("ruim 5 miljoen euro", "MONEY", "5 miljoen euro"),
        ("€ 1,2 mld.", "MONEY", "€ 1,2 mld."),
        ("de Europese Commissie,", "ORG", "Europese Commissie"),
        ("’s-Gravenhage", "LOC", "’s-Gravenhage"),
        ("in Groningen", "LOC", "in Groningen"),  # prepositions are only cut from DATE
    ],
)
def test_trim_to_spec_conventions(peers: ModuleType, text: str, label: str, expected: str) -> None:
    span = peers.make_span(text, 0, len(text), label)
    assert span["text"] == expected
    assert text[span["start"] : span["end"]] == expected


def test_trim_leaves_nothing(peers: ModuleType) -> None:
    assert peers.make_span("in ", 0, 3, "DATE") is None


def test_money_takes_zero_cents_tail(peers: ModuleType) -> None:
    text = "plafond: €220.000,= voor"
    span = peers.make_span(text, 9, 17, "MONEY")
    assert span["text"] == "€220.000,="


def test_plain_spaces_keeps_length(peers: ModuleType) -> None:
    text = "op 26\u00a0november 2007"
    assert peers.plain_spaces(text) == "op 26 november 2007"
    assert len(peers.plain_spaces(text)) == len(text)


def test_dateparser_substrings_found_in_order(peers: ModuleType) -> None:
    text = "In 2019 begon het, op 25\u00a0juni 2020 liep het af; in 2019 ook."
    matches = [
        ("In 2019", dt.datetime(2019, 1, 1)),
        ("op 25 juni 2020", dt.datetime(2020, 6, 25)),  # dateparser saw plain spaces
        ("in 2019", dt.datetime(2019, 1, 1)),
        ("morgen", dt.datetime(2020, 6, 26)),  # not in the text: dropped
    ]
    spans = peers.dateparser_to_spans(text, matches)
    assert texts(spans) == [("2019", "DATE"), ("25\u00a0juni 2020", "DATE"), ("2019", "DATE")]
    assert [s["start"] for s in spans] == [3, text.index("25"), text.rindex("2019")]
    assert offsets_ok(text, spans)
    assert peers.dateparser_to_spans(text, None) == []


def test_duckling_results(peers: ModuleType) -> None:
    text = "Het kabinet geeft vanaf 2020 ruim 5 miljoen euro, ISSN 0921 - 7371, in zeven jaar."
    results = [
        {"dim": "time", "start": 18, "end": 28, "value": {"type": "value"}},
        {"dim": "time", "start": 24, "end": 28, "value": {"type": "value"}},  # nested: dropped
        {"dim": "amount-of-money", "start": 34, "end": 48, "value": {"value": 5e6, "unit": "EUR"}},
        {
            "dim": "amount-of-money",  # a number range without currency: not money
            "start": 55,
            "end": 66,
            "value": {"from": {"value": 921, "unit": "unknown"}, "to": {"value": 7371}},
        },
        {"dim": "duration", "start": 68, "end": 81, "value": {"unit": "year"}},
        {"dim": "numeral", "start": 34, "end": 35, "value": {"value": 5}},
    ]
    spans = peers.duckling_to_spans(text, results)
    assert texts(spans) == [
        ("2020", "DATE"),
        ("5 miljoen euro", "MONEY"),
        ("zeven jaar", "DATE"),
    ]
    assert offsets_ok(text, spans)


FROG_TSV = (
    "1\tHet\t\t\t\tLID(bep,stan,evon)\t0.999\tO\t\t\t\t\t\t\n"
    "2\tministerie\t\t\t\tN(soort,ev,basis,onz,stan)\t0.999\tO\t\t\t\t\t\t\n"
    "3\tvan\t\t\t\tVZ(init)\t0.995\tO\t\t\t\t\t\t\n"
    "4\tEconomische\t\t\t\tSPEC(deeleigen)\t1.000000\tB-MISC\t\t\t\t\t\t\n"
    "5\tZaken\t\t\t\tSPEC(deeleigen)\t1.000000\tI-MISC\t\t\t\t\t\t\n"
    "6\tgeeft\t\t\t\tWW(pv,tgw,met-t)\t0.999\tO\t\t\t\t\t\t\n"
    "7\tde\t\t\t\tLID(bep,stan,rest)\t0.994\tO\t\t\t\t\t\t\n"
    "8\tNederlandse\t\t\t\tADJ(prenom,basis,met-e,stan)\t0.919\tB-LOC\t\t\t\t\t\t\n"
    "9\tAI\t\t\t\tSPEC(deeleigen)\t1.000000\tB-ORG\t\t\t\t\t\t\n"
    "10\tCoalitie\t\t\t\tN(soort,ev,basis,zijd,stan)\t0.590\tI-ORG\t\t\t\t\t\t\n"
    "11\tgeld\t\t\t\tN(soort,ev,basis,onz,stan)\t0.9\tO\t\t\t\t\t\t\n"
    "12\t.\t\t\t\tLET()\t1.000000\tO\t\t\t\t\t\t\n"
    "\n"
    "1\tStoffer\t\t\t\tSPEC(deeleigen)\t1.000000\tB-PER\t\t\t\t\t\t\n"
    "2\tNijboer\t\t\t\tSPEC(deeleigen)\t1.000000\tI-PER\t\t\t\t\t\t\n"
    "3\tspelleider\t\t\t\tN(soort,ev,basis,zijd,stan)\t0.9\tO\t\t\t\t\t\t\n"
    "4\tGündoğan\t\t\t\tSPEC(deeleigen)\t1.000000\tB-PER\t\t\t\t\t\t\n"
    "5\tin\t\t\t\tVZ(init)\t0.99\tO\t\t\t\t\t\t\n"
    "6\tGroningen\t\t\t\tSPEC(deeleigen)\t1.000000\tB-LOC\t\t\t\t\t\t\n"
)
FROG_TEXT = (
    "Het ministerie van Economische Zaken geeft de Nederlandse AI Coalitie geld.\n"
    "Stoffer\nNijboer spel\u00adleider Gu\u0308ndog\u0306an in Groningen"
)


def test_parse_frog_tsv_finds_columns(peers: ModuleType) -> None:
    tokens = peers.parse_frog_tsv(FROG_TSV)
    assert len(tokens) == 18
    assert tokens[3] == peers.FrogToken("Economische", "SPEC(deeleigen)", "B-MISC")
    assert tokens[7].pos.startswith("ADJ")


def test_parse_frog_tsv_splits_multiword_units(peers: ModuleType) -> None:
    row = "10\tMark_Rutte\tMark_Rutte\t[Mark]_[Rutte]\tSPEC(deeleigen)_SPEC(deeleigen)\t1.000000\tB-PER_I-PER\tI-NP_B-NP\t12\tNone\n"
    tokens = peers.parse_frog_tsv(row)
    assert [(t.word, t.ner) for t in tokens] == [("Mark", "B-PER"), ("Rutte", "I-PER")]


def test_frog_entities_to_spans(peers: ModuleType) -> None:
    spans = peers.frog_to_spans(FROG_TEXT, peers.parse_frog_tsv(FROG_TSV))
    assert texts(spans) == [
        ("Economische Zaken", "PROGRAMME"),  # MISC is offered as PROGRAMME
        # "Nederlandse" (LOC on an adjective) is dropped
        ("AI Coalitie", "ORG"),
        ("Stoffer", "PERSON"),  # split at the line break
        ("Nijboer", "PERSON"),
        ("Gu\u0308ndog\u0306an", "PERSON"),  # aligned despite decomposed accents
        ("Groningen", "LOC"),
    ]
    assert offsets_ok(FROG_TEXT, spans)


def test_align_tokens_skips_soft_hyphens_and_lost_words(peers: ModuleType) -> None:
    text = "de spel\u00adleider komt"
    assert peers.align_tokens(text, ["de", "spelleider", "xyz", "komt"]) == [
        (0, 2),
        (3, 14),
        None,
        (15, 19),
    ]


def test_spacy_entities_to_spans(peers: ModuleType) -> None:
    text = "Op 1 mei geeft het kabinet in Nederland € 5 miljoen."
    ents = [(0, 8, "DATE"), (19, 26, "ORG"), (30, 39, "GPE"), (40, 51, "MONEY"), (0, 2, "NORP")]
    assert texts(peers.spacy_to_spans(text, ents)) == [
        ("1 mei", "DATE"),
        ("kabinet", "ORG"),
        ("Nederland", "LOC"),
        ("€ 5 miljoen", "MONEY"),
    ]


def test_unavailable_peer_is_a_row(peers: ModuleType) -> None:
    result = peers.PeerResult("x", (), unavailable="not installed: no frog")
    rows = peers.build_rows([result], [])
    assert rows == [["x", "not installed: no frog"]]
    assert "not installed: no frog" in peers.format_text(rows)
    assert "not installed: no frog" in peers.format_markdown(rows)
