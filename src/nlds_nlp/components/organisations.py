"""spaCy component ``nlds_organisations``: organisations from the register and by name shape."""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.docdata import add_candidates, doc_flow_text
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.local_names import find_local_organisations
from nlds_nlp.grammar.names import find_organisations
from nlds_nlp.intervals import RangeTable
from nlds_nlp.resources import load_gazetteer

TOPIC_MINISTER = re.compile(r"\b(?:[Mm]inister|[Ss]taatssecretaris)\s+voor\s+$")


def ministry_portfolios() -> dict[str, str]:
    """Portfolio names and abbreviations → canonical ministry name, from the register.

    "Economische Zaken en Klimaat" and "EZK" both map to "Ministerie van Economische Zaken en
    Klimaat", so "minister van EZK" and "(Economische Zaken en Klimaat)" resolve alike.
    """
    table: dict[str, str] = {}
    entries = load_gazetteer("organisations")
    for entry in entries:
        if entry.id.startswith("Ministerie van ") and entry.kind.lower() in (
            "ministry",
            "ministerie",
        ):
            table.setdefault(entry.id.removeprefix("Ministerie van "), entry.id)
            # "Ministerie van Binnenlandse Zaken" listed as a form of BZK: "Binnenlandse Zaken"
            table[entry.pattern.removeprefix("Ministerie van ")] = entry.id
    return table


SHAPES = ("name_head_last", "name_head_first")
# a shaped name that is a listed name with "<Word> van de" before it: "Beschikkingen van de
# Europese Commissie"
LINK_BEFORE = re.compile(r"(?:\bvan|\bvoor|\bder|\bde|\bhet)[ \u00a0]*$")


# a unit of a listed body keeps its head: "Bureau Forum Standaardisatie"
UNIT_HEADS = frozenset({"Bureau", "Directie", "Afdeling", "Secretariaat", "Team", "Stichting"})


def respect_register(text: str, found: list[Match]) -> list[Match]:
    """Shaped names that disagree with a listed name's boundaries are dropped.

    A shape rule guesses where a name starts; the register knows. A shaped candidate that cuts
    through a listed name ("Toelichting Advies Raad" against "Raad van State"), or that only
    puts a capitalised word or a "... van de" phrase before one ("Contactgegevens Adviescollege
    ICT-toetsing", "Beschikkingen van de Europese Commissie"), loses to the listed name.
    """
    listed = [m for m in found if m.pattern.startswith("gazetteer:")]
    if not listed:
        return found
    crosses = _Crossings(listed)
    by_end: dict[int, list[Match]] = {}
    for g in listed:
        by_end.setdefault(g.end, []).append(g)
    out = []
    for m in found:
        if m.pattern in SHAPES:
            prefixed = any(
                g.start > m.start
                and (
                    (
                        " " not in text[m.start : g.start].strip()
                        and text[m.start : g.start].strip() not in UNIT_HEADS
                    )
                    or LINK_BEFORE.search(text[m.start : g.start])
                )
                for g in by_end.get(m.end, ())
            )
            if prefixed or crosses(m.start, m.end):
                continue
        out.append(m)
    return out


class _Crossings:
    """Whether a span crosses the boundary of any listed name (one starts before it and ends
    inside it, or starts inside it and ends after it), in logarithmic time: a document of
    capitalised words has thousands of shaped and listed names, and comparing every pair was
    quadratic."""

    def __init__(self, listed: list[Match]) -> None:
        by_start = sorted((g.start, g.end) for g in listed)
        self._starts = [s for s, _ in by_start]
        self._max_end = RangeTable([e for _, e in by_start], max)
        by_end = sorted((g.end, g.start) for g in listed)
        self._ends = [e for e, _ in by_end]
        self._min_start = RangeTable([s for _, s in by_end], min)

    def __call__(self, start: int, end: int) -> bool:
        # a listed name starting inside (start, end) and ending after end
        lo = bisect.bisect_right(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        furthest = self._max_end.query(lo, hi)
        if furthest is not None and furthest > end:
            return True
        # a listed name ending inside (start, end) and starting before start
        lo = bisect.bisect_right(self._ends, start)
        hi = bisect.bisect_left(self._ends, end)
        earliest = self._min_start.query(lo, hi)
        return earliest is not None and earliest < start


# A provincial or municipal portfolio holder's title right before a portfolio name
LOCAL_PORTFOLIO = re.compile(
    r"\b(?:[Gg]edeputeerde|[Ww]ethouder|[Pp]ortefeuillehouder)(?:[ \u00a0]+(?:van|voor))?"
    r"[ \u00a0]+\Z"
)


def _portfolio_heading(text: str, m: Match) -> bool:
    """A ministry's portfolio written alone on its line ("Financiën", "Justitie en Veiligheid")
    is a heading naming a policy area, not the ministry (corpus guide 6.1), and after a local
    portfolio holder's title ("Gedeputeerde Financiën") a provincial or municipal portfolio; an
    acronym alone on its line ("BZK" in a letterhead) still names the body."""
    surface = text[m.start : m.end]
    canonical = str((m.value or {}).get("canonical") or "")
    if not canonical.startswith("Ministerie") or surface.isupper() or "inisterie" in surface:
        return False
    if LOCAL_PORTFOLIO.search(text, max(0, m.start - 30), m.start):
        return True  # "Gedeputeerde Financiën", "wethouder Financiën": a local portfolio
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t\u00a0•*#-") == surface


class OrganisationRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp, "organisations")
        self.portfolios = ministry_portfolios()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_flow_text(doc)
        found = [
            *self.gazetteer.find(doc),
            *find_organisations(text, self.portfolios),
            *find_local_organisations(text, self.portfolios),
        ]
        # "minister voor VRO" names a topic, not a ministry (spec section 6)
        found = [
            m
            for m in found
            if not TOPIC_MINISTER.search(text[max(0, m.start - 30) : m.start])
            and not _portfolio_heading(text, m)
        ]
        add_candidates(doc, respect_register(text, found), "organisations")
        return doc


@Language.factory("nlds_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> OrganisationRecogniser:
    return OrganisationRecogniser(nlp, name)
