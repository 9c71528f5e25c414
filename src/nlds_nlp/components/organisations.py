"""spaCy component ``nlds_organisations``: organisations from the register and by name shape."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.docdata import add_candidates
from nlds_nlp.grammar.names import find_organisations
from nlds_nlp.resources import load_gazetteer


def ministry_portfolios() -> dict[str, str]:
    """Portfolio names and abbreviations → canonical ministry name, from the register.

    "Economische Zaken en Klimaat" and "EZK" both map to "Ministerie van Economische Zaken en
    Klimaat", so "minister van EZK" and "(Economische Zaken en Klimaat)" resolve alike.
    """
    table: dict[str, str] = {}
    entries = load_gazetteer("organisations")
    for entry in entries:
        if entry.id.startswith("Ministerie van ") and entry.kind.lower() in ("ministry", "ministerie"):
            portfolio = entry.id.removeprefix("Ministerie van ")
            table.setdefault(portfolio, entry.id)
            if not entry.pattern.startswith("Ministerie"):
                table[entry.pattern] = entry.id
    return table


class OrganisationRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp, "organisations")
        self.portfolios = ministry_portfolios()

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.gazetteer.find(doc), "organisations")
        add_candidates(doc, find_organisations(doc.text, self.portfolios), "organisations")
        return doc


@Language.factory("nlds_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> OrganisationRecogniser:
    return OrganisationRecogniser(nlp, name)
