"""spaCy component ``nlds_programmes``: schemes, funds, strategies, campaigns, policy documents."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import Gazetteer
from nlds_nlp.docdata import add_candidates, doc_flow_text
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.local_names import find_caps_names, find_local_programmes, not_bodies
from nlds_nlp.grammar.names import (
    extend_year,
    find_cited_titles,
    find_programmes,
    find_statutory_programmes,
)
from nlds_nlp.resources import load_gazetteer

# The dossier title in a Kamerstuk header, between the dossier number and "Nr. 40", wrapped
# over short lines: "36 180\n\nDoen waar Nederland goed in is – Strategie voor\nBuitenlandse
# Handel en\nOntwikkelingssamenwerking\n\nNr. 40".
DOSSIER_TITLE = re.compile(
    r"(?m)^\d{2}[ \u00a0]\d{3}(?:[-‑–][A-Z0-9]+)?\n\n"
    r"(?P<title>(?:[^\n]+\n){0,5}[^\n]+)\n\nNr\.[ \u00a0]\d+"
)
HEADER_CHARS = 800


def dossier_titles(text: str, found: list[Match]) -> list[Match]:
    """The whole dossier title when it starts with a programme name: the title names the
    instrument ("Doen waar Nederland goed in is – Strategie voor Buitenlandse Handel ..."), so
    the spec marks all of it; a title about a topic holds no programme at its start."""
    out = []
    for d in DOSSIER_TITLE.finditer(text[:HEADER_CHARS]):
        start, end = d.span("title")
        for m in found:
            if m.start == start and m.end < end:
                out.append(Match(start, end, "PROGRAMME", "dossier_title", m.value))
                break
    return out


class ProgrammeRecogniser:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp, "programmes")
        # listed names by their casefolded form, for names written in capitals
        entries = load_gazetteer("programmes")
        self.casefolded = {
            e.pattern.casefold(): e.id for e in entries if e.pattern != e.pattern.upper()
        }
        self.first_words = frozenset(k.split()[0] for k in self.casefolded if k.split())
        # listed abbreviations, for their numbered phases ("HWBP-2" after "HWBP")
        self.abbreviations = frozenset(
            e.pattern for e in entries if ABBREVIATION.fullmatch(e.pattern)
        )

    def __call__(self, doc: Doc) -> Doc:
        text = doc_flow_text(doc)
        listed = [
            Match(m.start, extend_year(text, m.start, m.end), m.label, m.pattern, m.value)
            for m in self.gazetteer.find(doc)
        ]
        shaped = not_bodies(
            text,
            [
                *find_programmes(text),
                *find_statutory_programmes(text),
                *find_local_programmes(text),
            ],
        )
        listed += find_caps_names(text, self.casefolded, self.first_words)
        listed += self._numbered_phases(text)
        add_candidates(doc, listed, "programmes")
        add_candidates(doc, shaped, "programmes")
        add_candidates(doc, dossier_titles(text, listed + shaped), "programmes")
        # a citation title is a subsidy scheme or a law; both come from here, one scan a text
        add_candidates(doc, find_cited_titles(text), "programmes")
        return doc

    def _numbered_phases(self, text: str) -> list[Match]:
        """ "HWBP-2", "POP-3": a listed programme abbreviation with its phase number is one
        name (the tokenizer keeps it one token, so the phrase matcher cannot see the listed
        part)."""
        if "-" not in text:
            return []
        return [
            Match(m.start(), m.end(), "PROGRAMME", "numbered_phase", {})
            for m in NUMBERED_PHASE.finditer(text)
            if m["abbr"] in self.abbreviations
        ]


ABBREVIATION = re.compile(r"[A-Z][A-Z0-9+&]{1,9}")
NUMBERED_PHASE = re.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Z0-9+&]{1,9})-\d{1,2}(?![\w-])")


@Language.factory("nlds_programmes", default_config={})
def make_programmes(nlp: Language, name: str) -> ProgrammeRecogniser:
    return ProgrammeRecogniser(nlp, name)
