"""spaCy component ``nlds_dates``: calendar expressions, resolved against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.docdata import add_candidates, doc_flow_text, get_published


class DateRecogniser:
    """Wraps :func:`nlds_nlp.grammar.dates.find_dates`. The anchor is the document's
    publication date (``doc._.nlds_published``), never today: without it, relative dates
    stay null."""

    def __init__(self, nlp: Language, name: str) -> None:
        from nlds_nlp.grammar.dates import find_dates

        self.name = name
        self._find = find_dates

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self._find(doc_flow_text(doc), get_published(doc)), "dates")
        return doc


@Language.factory("nlds_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateRecogniser:
    return DateRecogniser(nlp, name)
