"""Flows: money that moves, once per document, with the partners the text gives it.

Why a flow is not a mention: a debate or a press release repeats the same grant ("de 23,5
miljoen euro voor de AI Coalitie"); summing mentions counts it twice. A flow is a MONEY mention
with at least a funder, recipient or programme; mentions with the same amount, currency and rate
whose partners do not contradict each other (one names the funder, a repeat also the recipient)
are one flow with the partners joined (split only where they state different periods or
partners). A sum no
government hands out in one go (above EUR 1 trillion), and a table cell that adds up other cells
of its table (a "Totaal" row or column), carry a warning and stay out of totals.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from nlds_nlp.relations.segment import SentenceIndex, sentences

Mention = dict[str, Any]
PARTNERS = ("funder", "recipient", "programme")
IMPLAUSIBLE = Decimal(10) ** 12
WARN_IMPLAUSIBLE = "implausible: above 1 trillion; left out of totals"
MERGE_REACH = 64  # earlier flows of the same amount a repeat is compared with (bounded)
WARN_TABLE_TOTAL = "total of other sums in its table; left out of totals"
TABLE_TOTAL = "table_total"  # key relations.roles sets on such cells, read here


def decimal_or_none(value: Any) -> Decimal | None:
    """An amount as ``Decimal`` (records carry them as strings), or None when absent or bad."""
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def display_name(m: Mention | None) -> str | None:
    """A partner's name as records and flows show it: its canonical name, else its text."""
    if m is None:
        return None
    return (m.get("value") or {}).get("canonical") or m["text"]


def _period_key(m: Mention | None) -> tuple[Any, ...] | None:
    if m is None:
        return None
    v = m.get("value") or {}
    return (v.get("type"), v.get("value"), v.get("start"), v.get("end"))


def build_flows(
    text: str, mentions: list[Mention], extents: list[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """Flows of one document, in order of their first mention (plain dicts; see
    records.Funding). ``extents`` are the text's sentences when the caller has them already."""
    by_id = {m["id"]: m for m in mentions}
    index: SentenceIndex | None = None
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    flows: list[dict[str, Any]] = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["label"] != "MONEY":
            continue
        roles = {k: v for k, v in (m.get("roles") or {}).items() if v and v in by_id}
        if not any(r in roles for r in PARTNERS):
            continue
        value = m.get("value") or {}
        partners = {r: by_id.get(roles.get(r, "")) for r in (*PARTNERS, "period", "date")}
        key = (
            decimal_or_none(value.get("amount")),
            decimal_or_none(value.get("min")),
            decimal_or_none(value.get("max")),
            value.get("currency"),
            value.get("per"),
        )
        names = {r: display_name(partners[r]) for r in PARTNERS}
        period = _period_key(partners["period"])
        same = groups.setdefault(key, [])
        # the same sum with partners that do not contradict (one names the funder, a repeat the
        # recipient too) is the same grant: one flow, its partners joined
        match = next(
            (
                f
                for f in reversed(same[-MERGE_REACH:])
                if (period is None or f["_period"] in (None, period))
                and all(names[r] is None or f["_names"][r] in (None, names[r]) for r in PARTNERS)
            ),
            None,
        )
        if match is not None:
            match["mention_ids"].append(m["id"])
            if match["_period"] is None and period is not None:
                match["_period"] = period
                match["period_id"] = partners["period"]["id"]
            for r in PARTNERS:
                if match["_names"][r] is None and names[r] is not None:
                    match["_names"][r] = names[r]
                    match[f"{r}_id"] = partners[r]["id"]
            continue
        if index is None:
            extents = sentences(text) if extents is None else extents
            index = SentenceIndex(extents)
        s, e = extents[index(m["start"])]
        amount, top = decimal_or_none(value.get("amount")), decimal_or_none(value.get("max"))
        warnings = []
        if max(amount or 0, top or 0) > IMPLAUSIBLE:
            warnings.append(WARN_IMPLAUSIBLE)
        if m.get(TABLE_TOTAL):
            warnings.append(WARN_TABLE_TOTAL)
        flow = {
            "id": f"f{len(flows) + 1}",
            "mention_ids": [m["id"]],
            "value": value,
            "text": m["text"],
            "start": m["start"],
            "end": m["end"],
            "sentence": text[s:e].strip(),
            "sentence_start": s,
            "sentence_end": e,
            "warnings": warnings,
            "_period": period,
            "_names": names,
            **{f"{r}_id": (partners[r] or {}).get("id") for r in (*PARTNERS, "period", "date")},
        }
        same.append(flow)
        flows.append(flow)
    for f in flows:
        f.pop("_period")
        f.pop("_names")
    return flows
