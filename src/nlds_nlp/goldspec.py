"""Checks that a document's spans follow the annotation spec (shared/spec/annotation.md).

Used three ways: by annotators while they write gold (``python -m nlds_nlp.goldspec FILE...``),
by the corpus loader, and by the test that validates every gold file. One checker keeps the
three in agreement about what a valid span is. Pure Python, no spaCy.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

PRIMARY_LABELS = ("MONEY", "ORG", "PROGRAMME", "DATE")
SECONDARY_LABELS = ("PERSON", "LOC", "LAW")
LABELS = PRIMARY_LABELS + SECONDARY_LABELS
ROLES = ("funder", "recipient", "programme", "period", "date")
ROLE_TARGETS: dict[str, tuple[str, ...]] = {
    "funder": ("ORG", "LOC", "PERSON"),
    "recipient": ("ORG", "LOC", "PERSON", "PROGRAMME"),
    "programme": ("PROGRAMME",),
    "period": ("DATE",),
    "date": ("DATE",),
}
QUALIFIERS = ("more_than", "at_least", "at_most", "less_than", "approx")
PER_VALUES = ("year", "month", "week", "day", "person", "unit", "quarter")
DATE_MODS = ("START", "MID", "END")

AMOUNT_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# TIMEX3 date values: 2019, 2020-10, 2020-06-25, 2021-Q3, 2020-SP, 2016-H1, XXXX-SP, 2020-W12,
# decades 201X / 19XX or, as spec section 6 writes them, 199 (decade) and 20 (century), and the
# vague references.
TIMEX_DATE_RE = re.compile(
    r"^(?:[0-9]{2,3}|(?:[0-9]{4}|XXXX|[0-9]{3}X|[0-9]{2}XX)"
    r"(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?|Q[1-4]|H[12]|SP|SU|FA|WI|W[0-5][0-9]))?"
    r"|PAST_REF|FUTURE_REF|PRESENT_REF)$"
)
DURATION_RE = re.compile(r"^P(?:[0-9]+(?:\.[0-9]+)?[YMWD])+$|^PT[0-9]+[HMS]$")

MONEY_KEYS = {
    "amount",
    "currency",
    "min",
    "max",
    "qualifier",
    "per",
    "recurrent",
    "currency_implicit",
}
DATE_KEYS = {"type", "value", "start", "end", "mod", "min", "max"}


class GoldError(ValueError):
    """A span or document that breaks the annotation spec."""


def _check_money(value: Mapping[str, Any]) -> list[str]:
    problems = []
    extra = set(value) - MONEY_KEYS
    if extra:
        problems.append(f"unknown MONEY value keys {sorted(extra)}")
    if "amount" not in value or "currency" not in value:
        problems.append("MONEY value needs 'amount' (string or null) and 'currency'")
    for key in ("amount", "min", "max"):
        amt = value.get(key)
        if amt is not None and (not isinstance(amt, str) or not AMOUNT_RE.match(amt)):
            problems.append(f"MONEY {key} {amt!r} is not a plain decimal string")
    cur = value.get("currency")
    if cur is not None and (not isinstance(cur, str) or not CURRENCY_RE.match(cur)):
        problems.append(f"MONEY currency {cur!r} is not an ISO 4217 code")
    if value.get("qualifier") is not None and value["qualifier"] not in QUALIFIERS:
        problems.append(f"MONEY qualifier {value['qualifier']!r} not in {QUALIFIERS}")
    if value.get("per") is not None and value["per"] not in PER_VALUES:
        problems.append(f"MONEY per {value['per']!r} not in {PER_VALUES}")
    for key in ("recurrent", "currency_implicit"):
        if key in value and not isinstance(value[key], bool):
            problems.append(f"MONEY {key} must be true or false")
    return problems


def _check_date(value: Mapping[str, Any]) -> list[str]:
    problems = []
    extra = set(value) - DATE_KEYS
    if extra:
        problems.append(f"unknown DATE value keys {sorted(extra)}")
    kind = value.get("type")
    if kind not in ("date", "interval", "duration"):
        return [*problems, f"DATE type {kind!r} must be date, interval or duration"]
    if kind == "date":
        v = value.get("value")
        if v is not None and not (isinstance(v, str) and TIMEX_DATE_RE.match(v)):
            problems.append(f"DATE value {v!r} is not a TIMEX3 date")
    elif kind == "interval":
        for key in ("start", "end"):
            v = value.get(key)
            if v is not None and not (isinstance(v, str) and TIMEX_DATE_RE.match(v)):
                problems.append(f"interval {key} {v!r} is not a TIMEX3 date")
    else:
        for key in ("value", "min", "max"):
            v = value.get(key)
            if v is not None and not (isinstance(v, str) and DURATION_RE.match(v)):
                problems.append(f"duration {key} {v!r} is not an ISO 8601 duration")
    mod = value.get("mod")
    if mod is not None and mod not in DATE_MODS:
        problems.append(f"DATE mod {mod!r} not in {DATE_MODS}")
    return problems


def _check_name(value: Mapping[str, Any]) -> list[str]:
    extra = set(value) - {"canonical"}
    problems = [f"unknown value keys {sorted(extra)}"] if extra else []
    canon = value.get("canonical")
    if canon is not None and (not isinstance(canon, str) or not canon.strip()):
        problems.append("canonical must be a non-empty string")
    return problems


def check_value(label: str, value: Mapping[str, Any] | None) -> list[str]:
    """Problems with one span's normalised value, as messages (empty when fine)."""
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        return ["value must be an object"]
    if label == "MONEY":
        return _check_money(value)
    if label == "DATE":
        return _check_date(value)
    return _check_name(value)


def check_spans(text: str, spans: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every problem with a document's spans against its text, each message naming the span."""
    problems: list[str] = []
    spans = list(spans)
    by_id: dict[str, Mapping[str, Any]] = {}
    for i, span in enumerate(spans):
        sid = span.get("id", f"#{i}")
        where = f"span {sid}"
        if sid in by_id:
            problems.append(f"{where}: duplicate id")
        by_id[sid] = span
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: offsets {start}-{end} outside text of {len(text)} chars")
            continue
        surface = text[start:end]
        if span.get("text") is not None and span["text"] != surface:
            problems.append(f"{where}: text {span['text']!r} but slice is {surface!r}")
        if surface != surface.strip():
            problems.append(f"{where}: {surface!r} has leading/trailing whitespace")
        if label not in LABELS:
            problems.append(f"{where}: unknown label {label!r}")
            continue
        for msg in check_value(label, span.get("value")):
            problems.append(f"{where} ({surface!r}): {msg}")
    ordered = sorted(
        (s for s in spans if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)),
        key=lambda s: (s["start"], s["end"]),
    )
    for prev, cur in itertools.pairwise(ordered):
        if cur["start"] < prev["end"]:
            problems.append(
                f"spans {prev.get('id')} and {cur.get('id')} overlap "
                f"({prev['start']}-{prev['end']} and {cur['start']}-{cur['end']})"
            )
    for sid, span in by_id.items():
        roles = span.get("roles") or {}
        if roles and span.get("label") != "MONEY":
            problems.append(f"span {sid}: only MONEY spans carry roles")
        for role, target in roles.items():
            if role not in ROLES:
                problems.append(f"span {sid}: unknown role {role!r}")
            elif target not in by_id:
                problems.append(f"span {sid}: role {role} points to missing span {target!r}")
            elif by_id[target].get("label") not in ROLE_TARGETS[role]:
                problems.append(
                    f"span {sid}: role {role} points to a {by_id[target].get('label')} span"
                )
    return problems


def _main(argv: list[str]) -> int:
    """Validate annotation files: JSON documents {"id", "spans"} or JSONL of them."""
    texts_dir = Path("../shared/corpus")
    args = list(argv)
    if "--texts" in args:
        i = args.index("--texts")
        texts_dir = Path(args[i + 1])
        del args[i : i + 2]
    manifest = {}
    for line in (texts_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            manifest[row["id"]] = row
    bad = 0
    for name in args:
        path = Path(name)
        raw = path.read_text(encoding="utf-8")
        docs = (
            [json.loads(x) for x in raw.splitlines() if x.strip()]
            if path.suffix == ".jsonl"
            else [json.loads(raw)]
        )
        for doc in docs:
            row = manifest.get(doc.get("id"))
            if row is None:
                print(f"{path}: unknown document id {doc.get('id')!r}")
                bad += 1
                continue
            text = (texts_dir / row["file"]).read_text(encoding="utf-8")
            problems = check_spans(text, doc.get("spans", []))
            for p in problems:
                print(f"{path} [{doc['id']}]: {p}")
            bad += len(problems)
            labels: dict[str, int] = {}
            for s in doc.get("spans", []):
                labels[s.get("label", "?")] = labels.get(s.get("label", "?"), 0) + 1
            print(f"{path} [{doc['id']}]: {len(doc.get('spans', []))} spans {labels}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
