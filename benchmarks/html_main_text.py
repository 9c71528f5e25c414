"""Our BeautifulSoup rules (``nlds_nlp.io.html``) against trafilatura on the real HTML pages.

    python benchmarks/html_main_text.py          # needs: pip install -e ".[bench]"

For each ``.htm``/``.html`` page in ``../shared/corpus/raw`` that has a reference text in
``../shared/corpus/texts`` (same stem) and a manifest row, the table shows for each reader:
word precision, recall and F1 of its main text against the reference text (bags of lower-cased
words, so line breaks do not count), whether its title and date match the manifest, whether a
sentence is broken by a line break inside it (a break after an inline element such as ``<b>``,
which splits a sentence and the sum in it), and milliseconds per page (median of 5, warm).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))
WORD = re.compile(r"\w+")


def ours(data: bytes) -> tuple[str, str | None, str | None]:
    from nlds_nlp.io.html import parse_html

    page = parse_html(data)
    return page.text, page.title, page.published


def trafilatura_reader(data: bytes) -> tuple[str, str | None, str | None]:
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    text = trafilatura.extract(html, include_tables=True) or ""
    meta = trafilatura.extract_metadata(html)
    return text, meta.title if meta else None, meta.date if meta else None


def prf(text: str, reference: str) -> tuple[float, float, float]:
    got, want = Counter(WORD.findall(text.lower())), Counter(WORD.findall(reference.lower()))
    hit = sum((got & want).values())
    p, r = hit / max(1, sum(got.values())), hit / max(1, sum(want.values()))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def broken_sentences(text: str, reference: str) -> int:
    """Lines of ``text`` that end without sentence punctuation where the reference runs on."""
    flat = " ".join(reference.split())
    count = 0
    for a, b in zip(text.splitlines(), text.splitlines()[1:], strict=False):
        a, b = a.strip(), b.strip()
        if a and b and a[-1] not in ".:;!?," and f"{a} {b}" in flat:
            count += 1
    return count


def timed(reader: Callable[[bytes], object], data: bytes) -> float:
    reader(data)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        reader(data)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    import sys

    sys.path.insert(0, str(REPO / "src"))
    corpus = SHARED / "corpus"
    rows = {}
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["id"]] = row
    readers: dict[str, Callable[[bytes], tuple[str, str | None, str | None]]] = {"ours": ours}
    try:
        import trafilatura  # noqa: F401

        readers["trafilatura"] = trafilatura_reader
    except ImportError:
        print("trafilatura not installed (pip install -e '.[bench]'): ours only")
    header = f"{'page':<20} {'reader':<12} {'P':>5} {'R':>5} {'F1':>5} {'title':>5} {'date':>5} "
    header += f"{'broken':>6} {'ms':>6}"
    print(header)
    print("-" * len(header))
    for page in sorted(p for p in (corpus / "raw").iterdir() if p.suffix in (".htm", ".html")):
        reference_path = corpus / "texts" / f"{page.stem}.txt"
        meta = rows.get(page.stem)
        if not reference_path.exists() or meta is None:
            continue
        reference = reference_path.read_text(encoding="utf-8")
        data = page.read_bytes()
        for name, reader in readers.items():
            text, title, date = reader(data)
            p, r, f = prf(text, reference)
            title_ok = "yes" if title and title.strip() == meta.get("title") else "no"
            date_ok = "yes" if (date or "")[:10] == meta.get("published") else "no"
            print(
                f"{page.name[:20]:<20} {name:<12} {p:>5.3f} {r:>5.3f} {f:>5.3f} {title_ok:>5} "
                f"{date_ok:>5} {broken_sentences(text, reference):>6} {timed(reader, data):>6.0f}"
            )


if __name__ == "__main__":
    main()
