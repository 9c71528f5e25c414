"""The functions users call: text in, typed records (or gold-format spans) out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.docdata import doc_text, get_flows, get_mentions, remember_text, set_published
from nlds_nlp.pipeline import load
from nlds_nlp.records import DocumentRecord, build_record, to_gold_spans
from nlds_nlp.tokenguard import make_doc as guarded_make_doc

_PUBLISHED = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def check_published(published: str | None) -> str | None:
    """Validate a publication date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); None passes."""
    if published is None or published == "":
        return None
    if not isinstance(published, str) or not _PUBLISHED.match(published):
        raise ValueError(
            f"invalid publication date {published!r}: expected YYYY, YYYY-MM or YYYY-MM-DD"
        )
    if len(published) == 10:
        import datetime

        try:
            datetime.date.fromisoformat(published)
        except ValueError as exc:
            raise ValueError(f"invalid publication date {published!r}: {exc}") from exc
    return published


@cache
def default_pipeline() -> Language:
    """The pipeline ``extract`` uses when none is given (built once per process)."""
    return load()


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_text(text: str, what: str = "text") -> str:
    """``text`` if it is valid Unicode; a lone surrogate (which no encoding can write, and which
    a JSON ``\\ud800`` escape or a ``surrogateescape`` decode lets in) is a ValueError saying
    where it is."""
    if not text.isascii():
        found = _SURROGATE.search(text)
        if found is not None:
            raise ValueError(
                f"{what} contains a lone surrogate (U+{ord(found.group()):04X} at offset "
                f"{found.start()}), which is not valid Unicode text"
            )
    return text


def make_doc(nlp: Language, text: str, published: str | None) -> Doc:
    if len(text) > nlp.max_length:
        raise ValueError(
            f"text of {len(text):,} characters is longer than the pipeline takes "
            f"({nlp.max_length:,}); split it, or raise nlp.max_length if memory allows "
            "(about 100 MB per million characters)"
        )
    doc = remember_text(guarded_make_doc(nlp, check_text(text)), text)
    return set_published(doc, check_published(published))


def extract_docs(
    items: Iterable[tuple[str, str | None]],
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Run the pipeline over ``(text, published)`` pairs, yielding processed Docs in order."""
    nlp = nlp or default_pipeline()
    docs = (make_doc(nlp, text, published) for text, published in items)
    yield from nlp.pipe(docs, batch_size=batch_size, n_process=n_process)


def record_from_doc(doc: Doc, **meta: Any) -> DocumentRecord:
    flows = get_flows(doc)
    return build_record(
        get_mentions(doc),
        published=doc.user_data.get("nlds_published"),
        text=doc_text(doc) if flows is None else None,
        flows=flows,
        **meta,
    )


def extract(
    text: str,
    published: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    nlp: Language | None = None,
) -> DocumentRecord:
    """Extract a typed record from one text.

    ``published`` anchors relative dates ("vandaag", "volgend jaar"); without it they stay null.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    nlp = nlp or default_pipeline()
    doc = nlp(make_doc(nlp, text, published))
    return record_from_doc(doc, id=id, title=title)


def annotate(
    text: str, published: str | None = None, *, nlp: Language | None = None
) -> list[dict[str, Any]]:
    """Spans in exactly the gold-corpus format (spec section 4), for scoring."""
    nlp = nlp or default_pipeline()
    doc = nlp(make_doc(nlp, text, published))
    return to_gold_spans(get_mentions(doc))
