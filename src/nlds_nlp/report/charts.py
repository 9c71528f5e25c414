"""Inline SVG pictures of the flows: a Sankey of funder -> programme -> recipient, money per year.

Drawn in Python as plain SVG, not by a chart library in the page: the pictures are static, so
the page needs no script to show them and no library to vendor, and they can be tested here.
Only what may be summed is drawn (one amount, no warning; see :mod:`nlds_nlp.summarize`), in
one currency and for one-off sums: adding "per jaar" rates to one-off grants, or dollars to
euros, would draw a picture nobody can read.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from html import escape
from typing import Any

MISSING = {"f": "(funder not named)", "p": "(no programme named)", "r": "(recipient not named)"}
COLUMNS = ("f", "p", "r")


def euro(amount: Decimal) -> str:
    """A short Dutch-style amount for labels: € 1,2 mld, € 23,5 mln, € 12.000."""
    for size, word in ((Decimal(10) ** 9, "mld"), (Decimal(10) ** 6, "mln")):
        if amount >= size:
            return f"€ {amount / size:.1f} {word}".replace(".", ",")
    return f"€ {amount:,.0f}".replace(",", ".")


def top_chains(
    flows: list[dict[str, Any]], top: int = 15, currency: str = "EUR"
) -> list[tuple[tuple[str, str, str], Decimal]]:
    """The ``top`` (funder, programme, recipient) chains by summed one-off amount."""
    chains: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for f in flows:
        if not f["a"] or f["w"] or f["per"] or f["c"] != currency:
            continue
        key = (f["f"] or MISSING["f"], f["p"] or MISSING["p"], f["r"] or MISSING["r"])
        chains[key] += Decimal(f["a"])
    ranked = sorted(chains.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:top]


def sankey(flows: list[dict[str, Any]], top: int = 15, width: int = 1200) -> str:
    """SVG Sankey of the top chains; each node and band says its name and amount on hover, and
    a node carries ``data-col``/``data-name`` so the page can filter the table by it."""
    chains = top_chains(flows, top)
    if not chains:
        return '<p class="empty">No one-off euro flows with an amount to draw.</p>'
    pad, gap, label_w, node_w, min_h, body = 6, 8, 270, 14, 12.0, 360
    totals: list[dict[str, Decimal]] = [defaultdict(Decimal) for _ in COLUMNS]
    for key, amount in chains:
        for col, name in enumerate(key):
            totals[col][name] += amount
    grand = sum((a for _, a in chains), Decimal(0))
    scale = Decimal(body) / grand  # the chains share ``body`` pixels; small nodes get min_h
    height = 20 + max(
        sum(max(min_h, float(a * scale)) for a in names.values()) + gap * (len(names) - 1)
        for names in totals
    )
    height = int(height) + 1
    xs = [label_w, (width - node_w) // 2, width - label_w - node_w]
    pos: list[dict[str, list[float]]] = []
    out = [
        f'<svg class="sankey" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="Who funds whom: top {len(chains)} chains by amount">'
    ]
    for col, names in enumerate(totals):
        y = 10.0
        placed: dict[str, list[float]] = {}
        for name, amount in sorted(names.items(), key=lambda kv: (-kv[1], kv[0])):
            h = max(min_h, float(amount * scale))
            placed[name] = [y, h, y, y]  # top, height, next outgoing y, next incoming y
            missing = name in MISSING.values()
            out.append(
                f'<g class="node{" missing" if missing else ""}" data-col="{COLUMNS[col]}" '
                f'data-name="{escape("" if missing else name)}">'
                f"<title>{escape(name)}: {euro(amount)}</title>"
                f'<rect x="{xs[col]}" y="{y:.1f}" width="{node_w}" height="{h:.1f}"/>'
            )
            anchor, tx = ("end", xs[col] - pad) if col == 0 else ("start", xs[col] + node_w + pad)
            short = name if len(name) <= 30 else name[:29] + "…"
            out.append(
                f'<text x="{tx}" y="{y + h / 2:.1f}" text-anchor="{anchor}" '
                f'dominant-baseline="middle">{escape(short)} · {euro(amount)}</text></g>'
            )
            y += h + gap
        pos.append(placed)
    bands = []
    for key, amount in chains:
        h = max(1.0, float(amount * scale))
        for col in range(2):
            a, b = pos[col][key[col]], pos[col + 1][key[col + 1]]
            y0, y1 = a[2] + h / 2, b[3] + h / 2
            a[2] += h
            b[3] += h
            x0, x1 = xs[col] + node_w, xs[col + 1]
            mid = (x0 + x1) / 2
            bands.append(
                f'<path class="band" d="M{x0},{y0:.1f} C{mid},{y0:.1f} {mid},{y1:.1f} '
                f'{x1},{y1:.1f}" stroke-width="{h:.1f}"><title>{escape(key[col])} → '
                f"{escape(key[col + 1])}: {euro(amount)}</title></path>"
            )
    out[1:1] = bands  # bands under the nodes
    out.append("</svg>")
    return "".join(out)


def per_year(by_year: list[dict[str, Any]], width: int = 960, currency: str = "EUR") -> str:
    """SVG bars of one-off flows per year (rows of ``Summary.rows("by_year")``); a bar's
    lighter part counts flows dated only by their document's publication."""
    years: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for row in by_year:
        if row["currency"] == currency and not row["per"] and row["year"] != "unknown":
            years[row["year"]][row["year_from"]] += row["total"]
    years = {y: v for y, v in years.items() if sum(v.values()) > 0}
    if not years:
        return '<p class="empty">No dated one-off euro flows.</p>'
    order = sorted(years)
    most = max(sum(v.values()) for v in years.values())
    height, base, top_pad = 260, 230, 20
    bar = min(60.0, (width - 40) / len(order) - 6)
    out = [
        f'<svg class="years" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="One-off euro flows per year">'
    ]
    for i, year in enumerate(order):
        x = 20 + i * (bar + 6)
        y = float(base)
        total = sum(years[year].values())
        for part in ("date", "published"):
            amount = years[year].get(part, Decimal(0))
            if not amount:
                continue
            h = float(amount / most) * (base - top_pad)
            y -= h
            out.append(
                f'<rect class="bar {part}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}"><title>{year}: {euro(amount)} '
                f"({'dated in the text' if part == 'date' else 'by publication date'})"
                "</title></rect>"
            )
        out.append(
            f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'class="value">{euro(total)}</text>'
            f'<text x="{x + bar / 2:.1f}" y="{base + 16}" text-anchor="middle">{year}</text>'
        )
    out.append("</svg>")
    return "".join(out)
