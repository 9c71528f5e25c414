"""spaCy component ``nlds_money``: sums of money from the money grammar."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.docdata import add_candidates, doc_flow_text, doc_text


class MoneyRecogniser:
    """Wraps :func:`nlds_nlp.grammar.money.find_money` (values are normalised there) and the
    table cells of :func:`nlds_nlp.grammar.tables.find_table_money`."""

    def __init__(self, nlp: Language, name: str) -> None:
        from nlds_nlp.grammar.money import find_money
        from nlds_nlp.grammar.tables import find_table_money

        self.name = name
        self._find = find_money
        self._tables = find_table_money

    def __call__(self, doc: Doc) -> Doc:
        found = self._find(doc_flow_text(doc))
        add_candidates(doc, self._tables(doc_text(doc), found), "money")
        return doc


@Language.factory("nlds_money", default_config={})
def make_money(nlp: Language, name: str) -> MoneyRecogniser:
    return MoneyRecogniser(nlp, name)
