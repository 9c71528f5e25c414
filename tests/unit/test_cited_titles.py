"""Citation titles: the name an act or regulation gives itself ("wordt aangehaald als")."""

from __future__ import annotations

import pytest

from nlds_nlp.grammar.names import find_cited_titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deze regeling wordt aangehaald als: Regeling subsidieplafond scholingsinstellingen "
            "2011 tot en met juli 2016.  Deze regeling zal met de toelichting",
            [
                (
                    "PROGRAMME",
                    "Regeling subsidieplafond scholingsinstellingen 2011 tot en met juli 2016",
                )
            ],
        ),
        (
            "Dit besluit wordt aangehaald als: Besluit milieusubsidies.",
            [("LAW", "Besluit milieusubsidies")],
        ),
        (
            "Deze regeling kan worden aangehaald als Regeling Mandaat, Volmacht en Machtiging BZ 2004.",
            [("LAW", "Regeling Mandaat, Volmacht en Machtiging BZ 2004")],
        ),
        (
            "Deze regeling wordt aangehaald als: Tijdelijke subsidieregeling minderhedenbladen en "
            "journalistieke internet-informatieproducten.\n",
            [
                (
                    "PROGRAMME",
                    "Tijdelijke subsidieregeling minderhedenbladen en journalistieke "
                    "internet-informatieproducten",
                )
            ],
        ),
        (
            "Deze regeling wordt aangehaald als ‘Regeling bijdrage schoolbegeleiding 2019’.",
            [("PROGRAMME", "Regeling bijdrage schoolbegeleiding 2019")],
        ),
        (
            "Deze regeling wordt aangehaald als: Regeling gebruik kentekenplaten.",
            [("LAW", "Regeling gebruik kentekenplaten")],
        ),
        ("Deze wet wordt aangehaald als: Wet open overheid.", [("LAW", "Wet open overheid")]),
        ("Het besluit wordt later aangehaald.", []),
        ("Dit wordt aangehaald als: zie hieronder.", []),
    ],
)
def test_cited_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.label, text[m.start : m.end]) for m in find_cited_titles(text)] == expected
