"""nlds_nlp: money, organisations, programmes and dates from Dutch government publications.

Public API::

    import nlds_nlp
    record = nlds_nlp.extract(text, published="2020-06-25")
    nlp = nlds_nlp.load()          # the spaCy pipeline
"""

from __future__ import annotations

from nlds_nlp.api import annotate, extract, extract_docs
from nlds_nlp.batch import run_batch
from nlds_nlp.io.readers import iter_documents
from nlds_nlp.pipeline import load
from nlds_nlp.records import (
    DateMention,
    DateValue,
    DocumentRecord,
    Funding,
    MoneyMention,
    MoneyValue,
    NameMention,
)
from nlds_nlp.summarize import summarize, summarize_file

__version__ = "0.1.0"

__all__ = [
    "DateMention",
    "DateValue",
    "DocumentRecord",
    "Funding",
    "MoneyMention",
    "MoneyValue",
    "NameMention",
    "__version__",
    "annotate",
    "extract",
    "extract_docs",
    "iter_documents",
    "load",
    "run_batch",
    "summarize",
    "summarize_file",
]
