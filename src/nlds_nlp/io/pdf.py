"""PDF files: the text layer, page by page, so every mention can say on which page it stands.

Why pypdf: pure Python (installs everywhere, no system libraries), reads the text layer of the
publications we see, and fails with a catchable error on a broken file. A scanned PDF without a
text layer yields no text and is reported as a failure rather than an empty record.
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Pages are separated by a form feed, which the tokenizer treats as whitespace and no grammar
# matches across, so a sum of money never runs from one page into the next.
PAGE_BREAK = "\n\f\n"
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


class PdfError(ValueError):
    """The file is not a readable PDF (broken, encrypted, or without a text layer)."""


@dataclass
class PdfText:
    text: str
    title: str | None = None
    published: str | None = None
    page_starts: list[int] = field(default_factory=list)  # char offset where page i+1 begins

    def page_of(self, offset: int) -> int:
        """1-based page number of a character offset."""
        return max(1, bisect_right(self.page_starts, offset))


def _pdf_date(value: object) -> str | None:
    """``D:20211215122844+01'00'`` -> ``2021-12-15`` (as precise as the value is)."""
    m = _PDF_DATE.match(str(value or ""))
    if not m:
        return None
    return "-".join(part for part in m.groups() if part)


def parse_pdf(data: bytes) -> PdfText:
    """Text of every page, the title and the creation date from the document information."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every recoverable oddity at WARNING level; they are not ours to show.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("encrypted PDF (needs a password)")
        pages: list[str] = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except PdfError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
        RecursionError,
        AssertionError,
    ) as exc:
        raise PdfError(f"broken PDF ({type(exc).__name__}: {exc})") from None
    if not any(pages):
        raise PdfError("PDF has no text layer (scanned?)")
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    title = str(info.get("/Title") or "").strip() or None
    published = _pdf_date(info.get("/CreationDate")) or _pdf_date(info.get("/ModDate"))
    return PdfText(PAGE_BREAK.join(pages), title, published, starts)
