"""Throughput and peak memory of batch extraction, measured on the bulk pool of ../shared/corpus.

    python benchmarks/throughput.py                    # >= 1 million words, all four set-ups
    python benchmarks/throughput.py --words 200000 --modes tokenizer,one

Set-ups, each run in a fresh child process so memory is measured cleanly:
- ``tokenizer``: ``nlp.make_doc`` only (the floor every pipeline pays);
- ``one``: ``run_batch`` in one process; ``two``: ``run_batch(n_process=2)``;
- ``dask``: ``run_batch(engine="dask")`` on a 2-worker LocalCluster on 127.0.0.1.

Words are whitespace-separated tokens of the input texts. As for the tokenizer row, the clock
starts after the measuring process has built its pipeline; it includes reading the input,
writing the records, and starting workers (forked ``n_process`` workers inherit the built
pipeline; Dask workers start fresh and build their own, inside the measured time).
Peak memory is sampled (every 50 ms) as the RSS of each process in the child's tree; the table
shows the largest single process and the sum at the worst moment.

Targets (2-core machine): one >= 30% of tokenizer; two >= 1.6 x one; every process <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))
MODES = ("tokenizer", "one", "two", "dask")
TARGET_MB = 500


def build_input(shared: Path, min_words: int, path: Path) -> tuple[int, int]:
    """Bulk-pool texts as JSON Lines (outside the repository) until ``min_words`` is reached."""
    manifest = shared / "corpus" / "manifest.jsonl"
    words = docs = 0
    with manifest.open(encoding="utf-8") as fh, path.open("w", encoding="utf-8") as out:
        for line in fh:
            row = json.loads(line)
            if row.get("pool") != "bulk":
                continue
            text = (shared / "corpus" / row["file"]).read_text(encoding="utf-8")
            out.write(
                json.dumps(
                    {"id": row["id"], "text": text, "meta": {"published": row.get("published")}},
                    ensure_ascii=False,
                )
                + "\n"
            )
            words += len(text.split())
            docs += 1
            if words >= min_words:
                break
    return docs, words


def child(mode: str, data: Path, batch_size: int) -> None:
    """Run one set-up and print its measurement as JSON (the parent samples memory)."""
    if mode == "tokenizer":
        import nlds_nlp

        nlp = nlds_nlp.load()
        texts = [json.loads(line)["text"] for line in data.open(encoding="utf-8")]
        words = sum(len(t.split()) for t in texts)
        start = time.perf_counter()
        for text in texts:
            nlp.make_doc(text)
        seconds = time.perf_counter() - start
        print(json.dumps({"words": words, "seconds": seconds, "docs": len(texts)}))
        return
    from nlds_nlp.batch import PipelineSpec, pipeline_for, run_batch

    pipeline_for(PipelineSpec())  # built before the clock starts, as in the tokenizer row
    out = Path(tempfile.mkdtemp(prefix="nlds-bench-")) / "records.jsonl"
    kwargs: dict = {"batch_size": batch_size}
    if mode == "two":
        kwargs["n_process"] = 2
    elif mode == "dask":
        kwargs.update(engine="dask", n_process=2)
    start = time.perf_counter()
    result = run_batch([data], out, **kwargs)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "words": result.words,
                "seconds": seconds,
                "docs": result.documents,
                "failed": result.failed,
            }
        )
    )


def measure(mode: str, data: Path, batch_size: int) -> dict:
    import psutil

    cmd = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--data",
        str(data),
        "--batch-size",
        str(batch_size),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak_one = peak_sum = 0
    procs_seen: set[int] = set()
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        total = 0
        for p in tree:
            try:
                rss = p.memory_info().rss
            except psutil.Error:
                continue
            procs_seen.add(p.pid)
            total += rss
            peak_one = max(peak_one, rss)
        peak_sum = max(peak_sum, total)
        time.sleep(0.05)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed ({proc.returncode}):\n{err[-3000:]}")
    row = json.loads(out.strip().splitlines()[-1])
    row.update(
        mode=mode,
        peak_mb=peak_one / 2**20,
        peak_sum_mb=peak_sum / 2**20,
        processes=len(procs_seen),
        wps=row["words"] / row["seconds"],
    )
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000, help="minimum words of input")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.data, args.batch_size)
        return
    if not (SHARED / "corpus" / "manifest.jsonl").is_file():
        raise SystemExit(f"../shared not found at {SHARED} (set NLDS_SHARED)")
    with tempfile.TemporaryDirectory(prefix="nlds-bench-") as tmp:
        data = Path(tmp) / "bulk.jsonl"
        docs, words = build_input(SHARED, args.words, data)
        print(
            f"input: {docs} bulk documents, {words:,} words; batch size {args.batch_size}; "
            f"{os.cpu_count()} cores",
            flush=True,
        )
        rows = []
        for mode in args.modes.split(","):
            row = measure(mode, data, args.batch_size)
            rows.append(row)
            print(f"  {mode}: {row['wps']:,.0f} words/s", file=sys.stderr, flush=True)
    print()
    print(
        f"| {'set-up':<10} | {'words':>9} | {'seconds':>7} | {'words/s':>8} | "
        f"{'peak MB/process':>15} | {'peak MB total':>13} | {'processes':>9} |"
    )
    print(f"|{'-' * 12}|{'-' * 11}|{'-' * 9}|{'-' * 10}|{'-' * 17}|{'-' * 15}|{'-' * 11}|")
    for r in rows:
        print(
            f"| {r['mode']:<10} | {r['words']:>9,} | {r['seconds']:>7.1f} | {r['wps']:>8,.0f} | "
            f"{r['peak_mb']:>15.0f} | {r['peak_sum_mb']:>13.0f} | {r['processes']:>9} |"
        )
    by = {r["mode"]: r for r in rows}
    print()
    checks = []
    if "tokenizer" in by and "one" in by:
        ratio = by["one"]["wps"] / by["tokenizer"]["wps"]
        checks.append(
            (f"one process = {ratio:.0%} of tokenizer-only (target >= 30%)", ratio >= 0.30)
        )
    if "one" in by and "two" in by:
        speedup = by["two"]["wps"] / by["one"]["wps"]
        checks.append((f"two processes = {speedup:.2f} x one (target >= 1.6)", speedup >= 1.6))
    if "one" in by and "dask" in by:
        speedup = by["dask"]["wps"] / by["one"]["wps"]
        checks.append((f"dask, 2 workers = {speedup:.2f} x one (no target)", True))
    worst = max(r["peak_mb"] for r in rows)
    checks.append(
        (f"largest process {worst:.0f} MB (target <= {TARGET_MB} MB)", worst <= TARGET_MB)
    )
    for text, ok in checks:
        print(f"{'PASS' if ok else 'MISS'}  {text}")


if __name__ == "__main__":
    main()
