"""spaCy component ``nlds_money``: sums of money from the money grammar."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.docdata import add_candidates, doc_flow_text


class MoneyRecogniser:
    """Wraps :func:`nlds_nlp.grammar.money.find_money`; values are normalised there."""

    def __init__(self, nlp: Language, name: str) -> None:
        from nlds_nlp.grammar.money import find_money

        self.name = name
        self._find = find_money

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self._find(doc_flow_text(doc)), "money")
        return doc


@Language.factory("nlds_money", default_config={})
def make_money(nlp: Language, name: str) -> MoneyRecogniser:
    return MoneyRecogniser(nlp, name)
