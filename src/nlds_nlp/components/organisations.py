"""spaCy component ``nlds_organisations``: organisations from the register and by name shape."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.docdata import add_candidates, doc_flow_text
from nlds_nlp.grammar.names import find_organisations
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


class OrganisationRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp, "organisations")
        self.portfolios = ministry_portfolios()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_flow_text(doc)
        found = [*self.gazetteer.find(doc), *find_organisations(text, self.portfolios)]
        # "minister voor VRO" names a topic, not a ministry (spec section 6)
        found = [
            m for m in found if not TOPIC_MINISTER.search(text[max(0, m.start - 30) : m.start])
        ]
        add_candidates(doc, found, "organisations")
        return doc


@Language.factory("nlds_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> OrganisationRecogniser:
    return OrganisationRecogniser(nlp, name)
