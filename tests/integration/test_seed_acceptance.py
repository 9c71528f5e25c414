"""Acceptance on the seed press release (issue 2). Nothing in the code special-cases this text:
these mentions must follow from the general rules."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

import nlds_nlp


@pytest.fixture(scope="module")
def seed(shared: Path, nlp):
    text = next((shared / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    return text, nlds_nlp.extract(text, "2020-06-25", nlp=nlp)


def find(record, label, surface, nth=0):
    hits = [m for m in record.mentions() if m.label == label and m.text == surface]
    assert len(hits) > nth, f"no {label} {surface!r}; have " + str(
        sorted({m.text for m in record.mentions() if m.label == label})
    )
    return hits[nth]


@pytest.mark.parametrize(
    ("surface", "amount"),
    [
        ("23,5 miljoen euro", "23500000"),
        ("twee miljard euro", "2000000000"),
        ("64 miljoen euro", "64000000"),
        ("314 miljoen euro", "314000000"),
        ("48 miljoen euro", "48000000"),
        ("23 miljoen euro", "23000000"),
    ],
)
def test_money(seed, surface, amount) -> None:
    m = find(seed[1], "MONEY", surface)
    assert m.value.amount == Decimal(amount) and m.value.currency == "EUR"


def test_money_rate_and_roles(seed) -> None:
    _, record = seed
    assert find(record, "MONEY", "48 miljoen euro").value.per == "year"
    grant = find(record, "MONEY", "23,5 miljoen euro")
    by_id = {m.id: m for m in record.mentions()}
    assert by_id[grant.roles.recipient].text == "Nederlandse AI Coalitie"
    assert by_id[grant.roles.funder].text == "kabinet"
    ehealth = find(record, "MONEY", "23 miljoen euro")
    assert by_id[ehealth.roles.programme].text == "Stimuleringsregeling eHealth Thuis"
    flows = {(f.funder, f.recipient, f.text) for f in record.fundings}
    assert ("kabinet", "Nederlandse AI Coalitie", "23,5 miljoen euro") in flows


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("zeven jaar", {"type": "duration", "value": "P7Y"}),
        ("oktober", {"type": "date", "value": "2019-10"}),
        ("2019", {"type": "date", "value": "2019"}),
        ("Begin dit jaar", {"type": "date", "value": "2020", "mod": "START"}),
    ],
)
def test_dates(seed, surface, value) -> None:
    m = find(seed[1], "DATE", surface)
    assert m.value.model_dump(exclude_none=True) == value


@pytest.mark.parametrize(
    ("label", "surface", "canonical"),
    [
        ("ORG", "Nederlandse AI Coalitie", None),
        ("ORG", "Data Sharing Coalition", None),
        ("ORG", "kabinet", None),
        ("ORG", "ministerie van EZK", "Ministerie van Economische Zaken en Klimaat"),
        ("PROGRAMME", "Nederlandse Digitaliseringsstrategie", None),
        ("PROGRAMME", "SLIM-regeling", None),
        ("PROGRAMME", "Doe je updates", None),
        ("PROGRAMME", "Eerst checken dan klikken", None),
        ("PROGRAMME", "Innovatiebudget", None),
        ("PROGRAMME", "Nederland Digitaal", None),
        ("PERSON", "Mona Keijzer", None),
        ("PERSON", "Ferd Grapperhaus", None),
        ("PERSON", "Raymond Knops", None),
        ("LOC", "Nederland", None),
        ("LOC", "Europa", None),
        ("LOC", "Groningen", None),
    ],
)
def test_names(seed, label, surface, canonical) -> None:
    m = find(seed[1], label, surface)
    if canonical:
        assert m.value.canonical == canonical


def test_offsets_point_into_the_text(seed) -> None:
    text, record = seed
    for m in record.mentions():
        assert text[m.start : m.end] == m.text
    starts = [(m.start, m.end) for m in record.mentions()]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts))
