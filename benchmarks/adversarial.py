"""Hostile and odd texts at 10 KB, 100 KB and 1 MB: seconds per MB per component, peak memory,
and how time grows from 100 KB to 1 MB (10x the text: about 10x the time when linear).

    python benchmarks/adversarial.py                       # every family, three sizes
    python benchmarks/adversarial.py --families parens,abbreviations --sizes 10000,100000
    python benchmarks/adversarial.py --fuzz 20000          # generated strings: exceptions?

Each family and size runs in a fresh child process (so its peak RSS is its own) with a time
limit (``--limit``, default 300 s): a family over it shows ``>limit`` instead of stalling the
run. The ``real`` family concatenates corpus texts from ../shared at run time (never stored in
the repository). ``html`` times the HTML reader on nested elements, not the pipeline.

Targets (issue 11): at 1 MB at most 5 s/MB per family, growth 100 KB -> 1 MB at most 12x, peak
under 400 MB. The machine may be shared: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))
SIZES = (10_000, 100_000, 1_000_000)
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _corpus(size: int) -> str:
    """Corpus texts of ../shared concatenated (a real multi-MB document when size is large)."""
    parts: list[str] = []
    total = 0
    for path in sorted((SHARED / "corpus" / "texts").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def _no_punctuation(size: int) -> str:
    text = _corpus(size)
    return "".join(c if c.isalnum() or c.isspace() else " " for c in text)


def _affix_runs(size: int) -> str:
    chars = "('\"=*_€!"
    runs = [c * 1_000 for c in chars]
    return _repeat(" ".join(runs) + " ")(size)


def _long_tokens(size: int) -> str:
    rng = random.Random(7)
    words = []
    total = 0
    while total < size:
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(100_000))
        words.append(word)
        total += len(word) + 1
    return " ".join(words)[:size]


FAMILIES: dict[str, Callable[[int], str]] = {
    # the families
    "committee": _repeat("De commissie " + "van de " * 30 + "Zaken besloot. "),
    "signature": _repeat("A. " + "van de " * 30 + "Berg\n"),
    "parens": lambda size: "(" * size,
    "affix-runs": _affix_runs,
    "abbreviations": _repeat("Het Nationaal Groeifonds (NGF) helpt. "),
    "persons": _repeat("Minister Harold Idzes zegt dat Harold komt. "),
    "urls": _repeat("Zie https://www.rijksoverheid.nl/a/b?c=1 en Stichting Beter Leven. "),
    "capitals": _repeat("Raad van State Advies Commissie Toelichting Raad "),
    "cued": _repeat("In het kader van het Programma Mooi Wonen krijgt de gemeente geld. "),
    "money": _repeat("Het kabinet geeft in 2021 3 miljoen euro aan TNO voor onderzoek. "),
    "dates": _repeat("Op 12 maart 2021 en van 1 januari tot en met 31 december 2022 gold dit. "),
    # and more
    "digit-groups": _repeat("€ " + "123." * 2_000 + "45 "),
    "long-tokens": _long_tokens,
    "all-caps": lambda size: _corpus(size).upper(),
    "no-punctuation": _no_punctuation,
    "open-quotes": _repeat("„Het ‘kabinet “geeft «geld 'aan \"TNO "),
    "months": _repeat(MONTHS + " "),
    "real": _corpus,
}
HTML_FAMILY = "html"


def _html(size: int) -> bytes:
    n = max(1, size // 12)
    return ("<html><body>" + "<div>x " * n + "</div>" * n + "</body></html>").encode()


def child(family: str, size: int) -> None:
    """Measure one family at one size; print JSON (seconds per component, peak RSS)."""
    sys.path.insert(0, str(REPO / "src"))
    if family == HTML_FAMILY:
        from nlds_nlp.io.html import parse_html

        data = _html(size)
        start = time.perf_counter()
        parse_html(data)
        times = {"html": time.perf_counter() - start}
        chars = len(data)
    else:
        import nlds_nlp
        from nlds_nlp.api import make_doc, record_from_doc

        text = FAMILIES[family](size)
        chars = len(text)
        nlp = nlds_nlp.load()
        start = time.perf_counter()
        doc = make_doc(nlp, text, "2021-06-01")
        times = {"tokenizer": time.perf_counter() - start}
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            times[name.removeprefix("nlds_")] = time.perf_counter() - start
        start = time.perf_counter()
        record_from_doc(doc)
        times["record"] = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(json.dumps({"chars": chars, "times": times, "peak_mb": peak}))


def measure(family: str, size: int, limit: float) -> dict | None:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", family, str(size)],
            capture_output=True,
            text=True,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"{family} at {size}: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fuzz(n: int, seed: int = 20_261_202) -> int:
    """Run ``extract`` on ``n`` generated strings; print and count exceptions other than a
    ValueError (which is the documented answer to, for instance, a lone surrogate)."""
    sys.path.insert(0, str(REPO / "src"))
    import nlds_nlp

    rng = random.Random(seed)
    pieces = [
        *MONTHS.split(),
        *[
            "€",
            "$",
            "£",
            "EUR",
            "euro",
            "mln.",
            "mld.",
            "miljoen",
            "miljard",
            "duizend",
            "k€",
            "m€",
            "ca.",
            "t/m",
            "circa",
            "ruim",
        ],
        *[
            "(",
            ")",
            "'",
            '"',
            "=",
            "*",
            "_",
            "!",
            ".",
            ",",
            ";",
            ":",
            "-",
            "/",
            "„",
            "“",
            "”",
            "‘",
            "’",
            "«",
            "»",
            "\n",
            "\n\n",
            "\t",
        ],
        *[
            "Het",
            "kabinet",
            "geeft",
            "aan",
            "TNO",
            "de",
            "gemeente",
            "Ministerie",
            "van",
            "Financiën",
            "NGF",
        ],
        *[
            "2021",
            "1",
            "12",
            "31",
            "1.000",
            "3,5",
            "999",
            "0",
            "00",
            "2024-12-23",
            "23-12-2024",
            "eeuw",
            "eeuwen",
            "geleden",
            "najaar",
        ],
        *[
            "tot",
            "en",
            "van",
            "tussen",
            "vanaf",
            "voor",
            "na",
            "in",
            "het",
            "jaar",
            "kwartaal",
            "Q1",
            "week",
        ],
        "\ud800",
        "\u00a0",
        "\u200b",
        "🎉",
    ]
    nlp = nlds_nlp.load()
    bad = 0
    start = time.perf_counter()
    for i in range(n):
        text = "".join(
            rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 40))
        )
        try:
            nlds_nlp.extract(text, rng.choice((None, "2021-06-01")), nlp=nlp)
        except ValueError:
            pass
        except Exception as exc:  # the failure this mode looks for
            bad += 1
            if bad <= 20:
                print(f"{i}: {type(exc).__name__}: {exc}  text={text!r}")
    print(f"{n} strings in {time.perf_counter() - start:.1f} s: {bad} unexpected exceptions")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", default=",".join([*FAMILIES, HTML_FAMILY]))
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per measurement")
    parser.add_argument("--fuzz", type=int, default=0, help="instead: N generated strings")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if args.fuzz:
        sys.exit(1 if fuzz(args.fuzz) else 0)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"{'family':15} {'size':>9} {'s/MB':>7} {'peak MB':>8} {'growth':>7}  "
        "slowest components (s/MB)"
    )
    for family in args.families.split(","):
        previous = None
        for size in sizes:
            result = measure(family, size, args.limit)
            if result is None:
                print(f"{family:15} {size:>9,} {'>limit':>7}")
                previous = None
                continue
            total = sum(result["times"].values())
            mb = result["chars"] / 1e6
            growth = f"{total / previous:.1f}x" if previous else ""
            slowest = sorted(result["times"].items(), key=lambda kv: -kv[1])[:3]
            parts = ", ".join(f"{k} {v / mb:.2f}" for k, v in slowest)
            print(
                f"{family:15} {size:>9,} {total / mb:>7.2f} {result['peak_mb']:>8.0f} "
                f"{growth:>7}  {parts}",
                flush=True,
            )
            previous = total


if __name__ == "__main__":
    main()
