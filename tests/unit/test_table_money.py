"""Sums in tables under a money-unit header (spec 6, corpus guide 6.3-8/10/12)."""

from __future__ import annotations

import pytest

from nlds_nlp.grammar.money import find_money
from nlds_nlp.grammar.tables import find_table_money, unit_headers


def cells(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.value["amount"]) for m in find_table_money(text, find_money(text))
    ]


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("(bedragen x € 1.000)", 1000),
        ("Bedragen x € 1.000,-", 1000),
        ("€ x1000", 1000),
        ("(Bedragen x 1.000 euro)", 1000),
        ("(bedragen x € 1 miljoen)", 1000000),
        ("x € 1 mln", 1000000),
        ("(in € mln)", 1000000),
        ("(in €)", 1),
        ("(bedragen x 1000)", 1000),
        ("Bedragen x1000", 1000),
        ("(bedragen x 1000,-)", 1000),
    ],
)
def test_unit_headers(header: str, unit: int) -> None:
    ((_, found),) = unit_headers(f"Tabel {header}\n")
    assert found == unit


def test_bare_cells_are_scaled_years_codes_and_prose_are_not() -> None:
    text = (
        "Lasten (bedragen x € 1.000)\n\n2024\n\n4.1\n\nLasten\n\n314.254\n\n-101.608\n\n0\n\n"
        "€ 2.587\n\nIn 2025 is € 10.668 geraamd.\n"
    )
    assert cells(text) == [
        ("314.254", "314254000"),
        ("101.608", "101608000"),  # sign outside, magnitude (guide 6.3-8)
        ("0", "0"),
        ("€ 2.587", "2587000"),  # a cell with its own € is scaled too
        ("€ 10.668", "10668"),  # prose keeps its literal value (guide 6.3-10)
    ]


def test_no_header_no_cells() -> None:
    assert cells("Verplichtingen\n\n4.262.619\n\n331,8\n") == []


def test_pipe_rows() -> None:
    text = "Bedragen x € 1.000,- | 2020 | 2021 |\nN1. Raad | -17 | 74 | |\n"
    assert cells(text) == [("17", "17000"), ("74", "74000")]


def test_rows_on_one_line() -> None:
    text = (
        "(bedragen x € 1.000)\n01 Bestuur\nProgramma lasten 12.670 15.426 2\n"
        "Totaal 01 18.558 0\nIn 2020 en 2021 is veel gebeurd.\n"
    )
    assert cells(text) == [
        ("12.670", "12670000"),
        ("15.426", "15426000"),
        ("2", "2000"),
        ("18.558", "18558000"),  # "01" is the row's code
        ("0", "0"),
    ]
