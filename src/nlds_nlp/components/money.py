"""spaCy component ``nlds_money``: sums of money from the money grammar."""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, localcontext

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
        text = doc_flow_text(doc)
        # Exact amounts whatever their length: Decimal's default context keeps 28 digits and
        # rounds the rest ("€ 12345678901234567890123456789012345" lost its last digits). No
        # amount has more digits than the text has characters, and a scale adds at most 16.
        with localcontext(prec=len(text) + 64, Emax=MAX_EMAX, Emin=MIN_EMIN):
            found = self._find(text)
            add_candidates(doc, self._tables(doc_text(doc), found), "money")
        return doc


@Language.factory("nlds_money", default_config={})
def make_money(nlp: Language, name: str) -> MoneyRecogniser:
    return MoneyRecogniser(nlp, name)
