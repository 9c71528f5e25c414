"""Where the pipeline keeps its findings on a spaCy ``Doc``, and the extension attributes over them.

Why ``doc.user_data`` with plain lists and dicts: objects stored on ``Span._`` break
``doc.to_bytes()``, DocBin and ``nlp.pipe(n_process>1)``; JSON-safe data survives all three.
Offsets are the character offsets the finders produced, so records do not depend on how the
tokenizer happened to split a word.

Layout in ``doc.user_data``:
- ``"nlds_published"``: the publication date string ("YYYY[-MM[-DD]]") or None;
- ``"nlds_candidates"``: ``[start, end, label, source, value]`` lists from the recognisers;
- ``"nlds_mentions"``: merged, non-overlapping mention dicts
  ``{"id", "start", "end", "label", "text", "value", "source", "roles"}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from nlds_nlp.grammar.base import Match
from nlds_nlp.layout import flow

PUBLISHED = "nlds_published"
CANDIDATES = "nlds_candidates"
MENTIONS = "nlds_mentions"
FLOWS = "nlds_flows"
SPAN_KEY = "nlds"


TEXT_CACHE = "nlds_text"
FLOW_CACHE = "nlds_flow_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy rebuilds it from every token on each
    access, which cost more than all our grammar together. The funding step (last) drops it."""
    text = doc.user_data.get(TEXT_CACHE)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_CACHE] = text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Give :func:`doc_text` the text ``doc`` was made from (its tokens spell it exactly), so
    that not even the first component rebuilds it from the tokens."""
    doc.user_data[TEXT_CACHE] = text
    return doc


def doc_flow_text(doc: Doc) -> str:
    """The text with wrapped lines joined (:func:`nlds_nlp.layout.flow`), computed once per
    document: the grammar finds names, sums and dates in it; offsets equal the text's."""
    text = doc.user_data.get(FLOW_CACHE)
    if text is None:
        text = flow(doc_text(doc))
        doc.user_data[FLOW_CACHE] = text
    return text


def set_published(doc: Doc, published: str | None) -> Doc:
    """Attach the publication date that relative dates resolve against."""
    doc.user_data[PUBLISHED] = published
    return doc


def get_published(doc: Doc) -> str | None:
    return doc.user_data.get(PUBLISHED)


def add_candidates(doc: Doc, matches: Iterable[Match], component: str) -> None:
    """Record finder matches as candidates, with provenance ``component:pattern``."""
    bucket = doc.user_data.setdefault(CANDIDATES, [])
    for m in matches:
        bucket.append([m.start, m.end, m.label, f"{component}:{m.pattern}", dict(m.value)])


def get_candidates(doc: Doc) -> list[Match]:
    return [
        Match(start, end, label, source, value)
        for start, end, label, source, value in doc.user_data.get(CANDIDATES, [])
    ]


def get_mentions(doc: Doc) -> list[dict[str, Any]]:
    return list(doc.user_data.get(MENTIONS, []))


def get_flows(doc: Doc) -> list[dict[str, Any]] | None:
    """Flows built by the funding step (None when the pipeline has no funding step)."""
    return doc.user_data.get(FLOWS)


def _mention_for(span: Span) -> dict[str, Any] | None:
    for mention in span.doc.user_data.get(MENTIONS, []):
        if mention["label"] == span.label_ and span.start_char <= mention["start"] < span.end_char:
            return mention
    return None


def _getter(key: str, default: Any = None) -> Any:
    def get(span: Span) -> Any:
        mention = _mention_for(span)
        return default if mention is None else mention.get(key, default)

    return get


def register_extensions() -> None:
    """Register the ``._.nlds_*`` attributes once (idempotent: safe in every process)."""
    if not Doc.has_extension("nlds_published"):
        Doc.set_extension(
            "nlds_published", getter=get_published, setter=lambda d, v: set_published(d, v)
        )
    if not Doc.has_extension("nlds_mentions"):
        Doc.set_extension("nlds_mentions", getter=get_mentions)
    for name, key, default in (
        ("nlds_value", "value", None),
        ("nlds_source", "source", None),
        ("nlds_roles", "roles", None),
        ("nlds_id", "id", None),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_getter(key, default))


register_extensions()
