"""Joining hard-wrapped lines without moving any offset."""

from __future__ import annotations

import pytest

from nlds_nlp.layout import flow

LONG = "overwegende dat elke provincie een notificatietraject bij de"  # > 40 characters

JOINED = [
    (f"{LONG} Europese\nCommissie moet doorlopen", f"{LONG} Europese Commissie moet doorlopen"),
    (f"{LONG} Landelijke beëindigingsregeling\nveehouderij (Lbv);", None),
    (f"{LONG} Klimaat-\nen transitiefonds", f"{LONG} Klimaat- en transitiefonds"),
    (f"{LONG} 23,5 miljoen\neuro", f"{LONG} 23,5 miljoen euro"),
    (f"{LONG} 23 februari\n2023", f"{LONG} 23 februari 2023"),
    # two numbers in wrapped prose do not make a table row
    (f"{LONG} in 2019 en 2020 met\nextra middelen", None),
]
KEPT = [
    "Van der Plas\nGrinwis",  # short lines: a list of signatories
    "MOTIE VAN DE LEDEN VAN DER PLAS EN GRINWIS EN ANDEREN\nVoorgesteld 23 februari 2023",
    f"{LONG} van Milieubeheer,\nJ.M. Cramer",  # a signature after a comma
    f"{LONG} de regels;\noverwegende dat",  # the line ends a clause
    f"{LONG} aanbevelingen\n* Nationaal Groeifonds",  # a list item
    f"{LONG} aanbevelingen\n## Werkagenda",  # a heading
    f"{LONG} de rest\n\nNieuwe alinea",  # a paragraph break
    f"{LONG} en verder\n1. Eerste punt",  # a numbered item
    "kort\nregel",
    "| 12-04-2022 | Wetsvoorstel aangenomen door Tweede Kamer\nEerste Kamer | 21-06-2022 |",
    "",
    # a header of years and table rows on one line each: three numbers make a row, not prose
    "Lasten Begroting 2017 MJB 2018 MJB 2019 MJB 2020\nAlle kinderen maken kennis met cultuur",
    "Alle kinderen maken kennis met cultuur -1.048 -1.048 -1.048\nInwoners blijven actief 5 5",
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_wrapped_lines_are_joined(text: str, expected: str | None) -> None:
    out = flow(text)
    assert len(out) == len(text)
    assert out == (expected or text.replace("\n", " "))


@pytest.mark.parametrize("text", KEPT)
def test_real_line_breaks_are_kept(text: str) -> None:
    assert flow(text) == text
