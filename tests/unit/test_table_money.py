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
        ("Onderwerp (bedragen in €)", 1),
        ("(bedragen in euro)", 1),
        ("(bedragen in € mln)", 1000000),
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


def test_plain_digit_codes_in_a_table_that_groups_thousands_are_no_cells() -> None:
    """A municipal budget flattened one cell a line opens each row with its cost-centre code
    ("60501"): in a table writing "1.573", a plain run of four or more digits is a code."""
    text = (
        "Bedragen x € 1.000\n\n2024\n\n2025\n\nSport\n\n-323\n\n-1.346\n\n60501\n\n"
        "Zwembaden\n\n-314\n\n-2.569\n"
    )
    assert [c for c, _ in cells(text)] == ["323", "1.346", "314", "2.569"]
    # a table that writes its thousands without a point keeps such numbers as sums
    assert [c for c, _ in cells("Bedragen x € 1.000\n\nSport\n\n2500\n\n12670\n")] == [
        "2500",
        "12670",
    ]


def test_row_numbers_under_a_code_column_named_before_the_unit_header() -> None:
    """ "Nr." heads the code column on the line before "Onderwerp (bedragen in €)": the row
    numbers that open each row ("1", "2") are codes, the sums after the row names are cells."""
    text = (
        "Nr.\n\nOnderwerp (bedragen in €)\n\n1\n\nFonds voor energieprojecten\n\n2.000.000\n\n"
        "2\n\nBijdrage aan de transitie\n\n7.500.000\n"
    )
    assert [c for c, _ in cells(text)] == ["2.000.000", "7.500.000"]


def test_footnote_marks_on_most_rows_are_dropped_by_the_unmarked_rows_length() -> None:
    """Most rows end in a rising footnote mark ("... / 31.336 / 2"); the rows without one show
    the true row length, so the marks are no sums."""
    rows = [("Verplichtingen", "1"), ("Uitgaven", None), ("Programma A", "2"), ("Programma B", "3")]
    text = "(bedragen x € 1.000)\n\n2019\n\n2020\n\n" + "".join(
        f"{name}\n\n1.200\n\n‒ 851\n\n{mark or ' '}\n\n" for name, mark in rows
    )
    assert [c for c, _ in cells(text)] == ["1.200", "851"] * 4


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


def test_footnote_marks_and_figure_dash_signs() -> None:
    """A row one cell longer than most, ending in a bare 1-2 digit number, ends in a footnote;
    a figure dash ("‒ 112") is a sign like a hyphen."""
    text = (
        "(x € 1.000)\n\n2013\n\n2014\n\n2015\n\nVerplichtingen\n\n1.053\n\n622\n\n‒ 112\n\n1\n\n"
        "Uitgaven\n\n574\n\n821\n\n715\n\n \n\nStudiekosten\n\n8\n\n6\n\n3\n\n2\n\n"
        "Overig\n\n5\n\n5\n\n5\n\nRest\n\n9\n\n9\n\n9\n"
    )
    assert cells(text) == [
        ("1.053", "1053000"),
        ("622", "622000"),
        ("112", "112000"),
        ("574", "574000"),
        ("821", "821000"),
        ("715", "715000"),
        ("8", "8000"),
        ("6", "6000"),
        ("3", "3000"),
        ("5", "5000"),
        ("5", "5000"),
        ("5", "5000"),
        ("9", "9000"),
        ("9", "9000"),
        ("9", "9000"),
    ]
    # one longer row alone: its last cell may be a real sum and stays
    lone = "(x € 1.000)\n\nA\n\n10\n\n20\n\nB\n\n30\n\n40\n\n7\n\nC\n\n50\n\n60\n"
    assert [c for c, _ in cells(lone)] == ["10", "20", "30", "40", "7", "50", "60"]
