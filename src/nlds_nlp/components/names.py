"""spaCy component ``nlds_names``: persons, places and laws (the secondary labels)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.components.organisations import ministry_portfolios
from nlds_nlp.docdata import add_candidates, doc_flow_text
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.local_names import (
    find_compass_places,
    find_local_laws,
    find_local_persons,
    find_role_persons,
    minister_patterns,
)
from nlds_nlp.grammar.names import find_laws, find_persons
from nlds_nlp.resources import load_gazetteer

# Place names that are also ordinary Dutch words; only taken when not sentence-initial.
_AMBIGUOUS_PLACES = {"Best", "Buren", "Goes", "Mill", "Son", "Stein", "Ede", "Epe", "Bergen", "Hof"}
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


class NameRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.places = Gazetteer(nlp, "places")
        self.place_names = frozenset(e.pattern for e in load_gazetteer("places"))
        self.minister = minister_patterns(ministry_portfolios())

    def _places(self, doc: Doc, text: str) -> list[Match]:
        found = []
        for m in self.places.find(doc):
            surface = text[m.start : m.end]
            before = text[max(0, m.start - 4) : m.start]
            if surface in _AMBIGUOUS_PLACES and _SENTENCE_START.search(before):
                continue
            found.append(Match(m.start, m.end, "LOC", m.pattern, {}))
        return found

    def __call__(self, doc: Doc) -> Doc:
        text = doc_flow_text(doc)
        add_candidates(doc, self._places(doc, text), "names")
        add_candidates(doc, find_persons(text), "names")
        add_candidates(doc, find_laws(text), "names")
        add_candidates(doc, find_local_laws(text), "names")
        add_candidates(doc, find_local_persons(text), "names")
        add_candidates(doc, find_role_persons(text, self.minister), "names")
        add_candidates(doc, find_compass_places(text, self.place_names), "names")
        return doc


@Language.factory("nlds_names", default_config={})
def make_names(nlp: Language, name: str) -> NameRecogniser:
    return NameRecogniser(nlp, name)
