"""The span checker shared by annotators, the loader and the gold-file test."""

from __future__ import annotations

import pytest

from nlds_nlp.goldspec import check_spans, check_value

TEXT = "In 2020 gaf het kabinet 5 miljoen euro."


def test_valid_document_has_no_problems() -> None:
    spans = [
        {
            "id": "s1",
            "start": 3,
            "end": 7,
            "label": "DATE",
            "text": "2020",
            "value": {"type": "date", "value": "2020"},
        },
        {"id": "s2", "start": 16, "end": 23, "label": "ORG", "text": "kabinet", "value": {}},
        {
            "id": "s3",
            "start": 24,
            "end": 38,
            "label": "MONEY",
            "text": "5 miljoen euro",
            "value": {"amount": "5000000", "currency": "EUR"},
            "roles": {"funder": "s2", "date": "s1"},
        },
    ]
    assert check_spans(TEXT, spans) == []


@pytest.mark.parametrize(
    ("span", "fragment"),
    [
        (
            {"id": "a", "start": 3, "end": 70, "label": "DATE", "value": {"type": "date"}},
            "outside text",
        ),
        (
            {
                "id": "a",
                "start": 3,
                "end": 7,
                "label": "DATE",
                "text": "2021",
                "value": {"type": "date"},
            },
            "slice is",
        ),
        (
            {"id": "a", "start": 2, "end": 7, "label": "DATE", "value": {"type": "date"}},
            "whitespace",
        ),
        ({"id": "a", "start": 3, "end": 7, "label": "YEAR", "value": {}}, "unknown label"),
        (
            {
                "id": "a",
                "start": 3,
                "end": 7,
                "label": "DATE",
                "value": {"type": "date", "value": "20-20"},
            },
            "TIMEX3",
        ),
        (
            {
                "id": "a",
                "start": 24,
                "end": 38,
                "label": "MONEY",
                "value": {"amount": "5e6", "currency": "EUR"},
            },
            "plain decimal",
        ),
        (
            {
                "id": "a",
                "start": 24,
                "end": 38,
                "label": "MONEY",
                "value": {"amount": "5", "currency": "EUR"},
                "roles": {"funder": "zz"},
            },
            "missing span",
        ),
        (
            {
                "id": "a",
                "start": 16,
                "end": 23,
                "label": "ORG",
                "value": {},
                "roles": {"funder": "a"},
            },
            "only MONEY",
        ),
    ],
)
def test_problems_are_named(span, fragment) -> None:
    problems = check_spans(TEXT, [span])
    assert any(fragment in p for p in problems), problems


def test_overlap_is_reported() -> None:
    spans = [
        {"id": "a", "start": 16, "end": 23, "label": "ORG", "value": {}},
        {"id": "b", "start": 20, "end": 25, "label": "ORG", "value": {}},
    ]
    assert any("overlap" in p for p in check_spans(TEXT, spans))


@pytest.mark.parametrize(
    "value",
    [
        {"type": "date", "value": "2021-Q3"},
        {"type": "date", "value": "XXXX-SP"},
        {"type": "date", "value": "2016-H1"},
        {"type": "date", "value": "FUTURE_REF"},
        {"type": "date", "value": None},
        {"type": "interval", "start": "2021", "end": "2025"},
        {"type": "duration", "value": "P7Y"},
        {"type": "duration", "value": None, "min": "P10Y", "max": "P15Y"},
        {"type": "date", "value": "2020", "mod": "START"},
    ],
)
def test_date_values_in_spec_format(value) -> None:
    assert check_value("DATE", value) == []
