"""Size and opening time of the HTML report on up to 2,000 real documents of ../shared/corpus.

    python benchmarks/report.py                       # 500, 1000, 2000 documents
    python benchmarks/report.py --docs 200,2000 --records /tmp/records.jsonl   # reuse records

The texts of ``../shared/corpus/texts`` (the funding pool first, then manifest order, with
their publication dates) are written as JSON Lines outside the repository and extracted once
with ``nlds-nlp extract``; the first N records make the report of N documents, with texts
(read back from the JSONL) and ``--no-texts``. Each page is opened in headless Chromium
(Debian's ``/usr/bin/chromium``, via Playwright) three times; the table shows the median of:

- build: seconds for ``nlds-nlp report`` in this process (reading records and texts, writing);
- open: milliseconds from navigation start until the page's script has drawn the table and the
  document list (``body[data-ready]``), as the browser's own clock reports it;
- filter / sort / follow: milliseconds for typing a word into the search box, sorting by
  amount, and opening the document and sentence of the first flow;
- heap: the page's JavaScript heap after opening (Chromium's ``performance.memory``).

Targets: a 2,000-document report opens in under 3 s and stays under 50 MB on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))
CHROMIUM = os.environ.get("NLDS_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build_input(shared: Path, docs: int, path: Path) -> int:
    """``docs`` texts as JSON Lines with their publication dates: the funding pool first (the
    texts with flows to show), then the others in manifest order."""
    n = 0
    with (shared / "corpus" / "manifest.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows.sort(key=lambda row: row.get("pool") != "funding")  # stable: manifest order otherwise
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            text = (shared / "corpus" / row["file"]).read_text(encoding="utf-8")
            meta = {"published": row.get("published"), "title": row.get("title")}
            out.write(json.dumps({"id": row["id"], "text": text, "meta": meta}) + "\n")
            n += 1
            if n >= docs:
                break
    return n


def extract(inputs: Path, records: Path) -> None:
    cmd = [sys.executable, "-m", "nlds_nlp", "extract", str(inputs), "-o", str(records)]
    subprocess.run([*cmd, "--no-progress", "--n-process", "2"], check=True)


def measure_page(page_path: Path, runs: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    samples: dict[str, list[float]] = {}
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True
        )
        for _ in range(runs):
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
            page.goto(page_path.as_uri(), timeout=120_000)
            page.wait_for_selector("body[data-ready]", timeout=120_000)
            timing = page.evaluate(
                "() => ({open: performance.now(),"
                " heap: performance.memory ? performance.memory.usedJSHeapSize : 0})"
            )
            ready = page.evaluate("() => performance.getEntriesByType('navigation')[0]")
            samples.setdefault("open", []).append(ready["domComplete"] or timing["open"])
            samples.setdefault("heap", []).append(timing["heap"] / 1e6)
            for name, action in (
                ("filter", lambda p: p.fill("#flow-search", "fonds")),
                ("sort", lambda p: p.click('#flow-table th[data-key="a"] button')),
                ("follow", _follow),
            ):
                start = time.perf_counter()
                action(page)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
                samples.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            if errors:
                raise SystemExit(f"{page_path}: JavaScript errors: {errors}")
            page.close()
        context.close()
    return {k: statistics.median(v) for k, v in samples.items()}


def _follow(page) -> None:
    page.fill("#flow-search", "")
    link = page.locator("#flow-table tbody tr a.to-sentence").first
    if link.count():
        link.click()
        page.wait_for_selector(".sentence.target")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="500,1000,2000", help="document counts, e.g. 500,2000")
    parser.add_argument("--records", type=Path, help="reuse (or keep) the extracted records here")
    parser.add_argument("--runs", type=int, default=3, help="page openings per report")
    args = parser.parse_args()
    sizes = sorted(int(n) for n in args.docs.split(","))
    sys.path.insert(0, str(REPO / "src"))
    from nlds_nlp.report import write_report

    with tempfile.TemporaryDirectory(prefix="nlds-report-bench-") as tmp:
        work = Path(tmp)
        records = args.records or work / "records.jsonl"
        inputs = records.with_name(records.stem + "-texts.jsonl")  # sources of the records
        if not records.exists():
            docs = build_input(SHARED, sizes[-1], inputs)
            print(f"extracting {docs} documents ...", file=sys.stderr)
            extract(inputs, records)
        lines = records.read_text(encoding="utf-8").splitlines()
        header = (
            f"{'docs':>5} {'texts':>5} {'flows':>6} {'MB':>6} {'build s':>8} "
            f"{'open ms':>8} {'filter ms':>9} {'sort ms':>8} {'follow ms':>9} {'heap MB':>8}"
        )
        print(header)
        print("-" * len(header))
        for n in sizes:
            subset = work / f"records-{n}.jsonl"
            subset.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
            for texts in (True, False):
                page = work / f"report-{n}-{texts}.html"
                start = time.perf_counter()
                data = write_report(subset, page, texts=texts, base=records.parent)
                build = time.perf_counter() - start
                m = measure_page(page, args.runs)
                print(
                    f"{len(data.docs):>5} {'yes' if texts else 'no':>5} {len(data.flows):>6} "
                    f"{page.stat().st_size / 1e6:>6.1f} {build:>8.1f} {m['open']:>8.0f} "
                    f"{m['filter']:>9.0f} {m['sort']:>8.0f} {m['follow']:>9.0f} {m['heap']:>8.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
