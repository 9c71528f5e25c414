"""How the funding-role step scales with the number of mentions in one long sentence.

    python benchmarks/relations_scaling.py [--sizes 500,5000,50000] [--shapes enumeration,dates]

A batch tool meets tables flattened into one "sentence" and enumerations thousands of items
long; every role rule must then cost about the same per sum, whatever the sentence length
(issue 11). Each shape repeats one unit (an enumeration item, a giving clause with a programme,
a sum with its year, a table cell) n times and times ``assign_roles`` on synthetic mentions, so
the tokenizer and recognisers are left out. Growth is the time ratio between two sizes ten
times apart: about 10 is linear, about 100 quadratic.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from nlds_nlp.relations import assign_roles

Unit = list[tuple[str | None, str]]

SHAPES: dict[str, Unit] = {
    "enumeration": [
        ("ORG", "Gemeente Ede"),
        (None, " krijgt "),
        ("MONEY", "5 miljoen euro"),
        (None, ", "),
    ],
    "give": [
        ("ORG", "Het kabinet"),
        (None, " investeert "),
        ("MONEY", "5 miljoen euro"),
        (None, " uit het "),
        ("PROGRAMME", "Klimaatfonds"),
        (None, " en "),
    ],
    "motion": [
        (None, "verzoekt de "),
        ("ORG", "regering"),
        (None, " "),
        ("MONEY", "5 miljoen"),
        (None, " beschikbaar te stellen en "),
    ],
    "dates": [("MONEY", "5 miljoen euro"), (None, " in "), ("DATE", "2020"), (None, " en ")],
    "cells": [("MONEY", "5.000"), (None, "\n\n")],
}


def build(n: int, unit: Unit) -> tuple[str, list[dict]]:
    """The unit repeated ``n`` times, with its mentions."""
    parts: list[str] = []
    mentions: list[dict] = []
    pos = 0
    for _ in range(n):
        for label, surface in unit:
            if label is not None:
                value: dict = {}
                if label == "MONEY":
                    value = {"amount": "5000000"}
                elif label == "DATE":
                    value = {"type": "date", "value": "2020"}
                mentions.append(
                    {
                        "id": f"m{len(mentions)}",
                        "start": pos,
                        "end": pos + len(surface),
                        "label": label,
                        "text": surface,
                        "value": value,
                        "roles": {},
                    }
                )
            parts.append(surface)
            pos += len(surface)
    return "".join(parts), mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,50000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(
        f"{'shape':12} {'units':>7} {'MB':>6} {'mentions':>9} {'seconds':>8} {'s/MB':>7} "
        f"{'growth':>7} {'peak MB':>8}"
    )
    for shape in args.shapes.split(","):
        previous = None
        for n in sizes:
            text, mentions = build(n, SHAPES[shape])
            tracemalloc.start()
            t0 = time.perf_counter()
            assign_roles(text, mentions)
            seconds = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            mb = len(text.encode("utf-8")) / 1e6
            growth = f"{seconds / previous:7.1f}" if previous else "      -"
            print(
                f"{shape:12} {n:7} {mb:6.2f} {len(mentions):9} {seconds:8.2f} "
                f"{seconds / mb:7.1f} {growth} {peak:8.1f}"
            )
            previous = seconds


if __name__ == "__main__":
    main()
