"""spaCy component ``nlds_programmes``: schemes, funds, strategies, campaigns, policy documents."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.docdata import add_candidates, doc_flow_text
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.names import extend_year, find_cited_titles, find_programmes


class ProgrammeRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp, "programmes")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_flow_text(doc)
        listed = [
            Match(m.start, extend_year(text, m.start, m.end), m.label, m.pattern, m.value)
            for m in self.gazetteer.find(doc)
        ]
        add_candidates(doc, listed, "programmes")
        add_candidates(doc, find_programmes(text), "programmes")
        cited = [m for m in find_cited_titles(text) if m.label == "PROGRAMME"]
        add_candidates(doc, cited, "programmes")
        return doc


@Language.factory("nlds_programmes", default_config={})
def make_programmes(nlp: Language, name: str) -> ProgrammeRecogniser:
    return ProgrammeRecogniser(nlp, name)
