"""spaCy component ``nlds_funding``: funding roles on money mentions (spec section 3) and the
flows built from them (one per distinct grant, with its sentence)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.components.gazetteer import JOINED_CACHE
from nlds_nlp.docdata import FLOW_CACHE, FLOWS, MENTIONS, TEXT_CACHE, doc_text
from nlds_nlp.relations import assign_roles, build_flows, sentences


class FundingLinker:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions = doc.user_data.get(MENTIONS, [])
        # roles and flows read the same sentences; the text itself is dropped below
        extents = sentences(text) if any(m["label"] == "MONEY" for m in mentions) else None
        mentions = assign_roles(text, mentions, extents)
        doc.user_data[MENTIONS] = mentions
        doc.user_data[FLOWS] = build_flows(text, mentions, extents)
        doc.user_data.pop(TEXT_CACHE, None)
        doc.user_data.pop(FLOW_CACHE, None)
        doc.user_data.pop(JOINED_CACHE, None)
        return doc


@Language.factory("nlds_funding", default_config={})
def make_funding(nlp: Language, name: str) -> FundingLinker:
    return FundingLinker(nlp, name)
