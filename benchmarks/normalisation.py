"""Outside test suites of Dutch date and money expressions, run through ``nlds_nlp.annotate``.

Why this exists: our date and money grammars were grown on our own corpus. The Dutch test cases
of dateparser and Microsoft Recognizers-Text (kept in ``../shared/data/normalisation/``, never
copied into this repository, read at run time) were written by people who never saw it, so they
measure how we do on the many other ways Dutch writers write dates and sums. They are a measuring
stick only: rules are never tuned to single cases and no case is copied into the tests.

    python benchmarks/normalisation.py                # table per category
    python benchmarks/normalisation.py --misses       # also list every miss (for reading)

What is counted, per expected expression of a case:
- *found*: one of our spans of the right label overlaps it (boundaries differ by design: the
  outside suites put "over", "op", "de" inside, our spec keeps signals and articles outside);
- *value* (DATE): our value equals the suite's, read by the spec's conventions: a relative day
  or month may take either of the suite's future and past resolutions (tense decides for us);
  an offset stated in years/months/weeks ("twee jaar geleden", "over 2 weken") is valued at the
  granularity stated (spec 6), so the suite's day is projected to that year/month/ISO week;
  an impossible date (suite "0001-01-01") must be null; durations compare the ISO 8601 value,
  and TIMEX3's "X" for an unstated count ("enkele dagen" -> "PXD") matches any count;
- *value* (MONEY): amount and ISO 4217 currency both equal (cents in the main unit).
- *spec≠*: values where the suite contradicts our annotation spec (vague counts the suite
  guesses a number for, "volgende maand" given as a day): counted apart, outside *n_val*, as
  "ours equals the spec's value / cases" (see :func:`spec_value`); the spec wins over the suite.
Extractor cases give *found* only; parser cases give both. Cases expecting no expression count
false alarms. dateparser runs on the same date cases with the same reference date
(``search_dates``, Dutch only) and is scored by the same rules; it has no durations or money.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data" / "normalisation"
DEFAULT_REFERENCE = "2020-06-15"
"""Reference date for dateparser's own cases that give none (its tests use the clock)."""


@dataclass
class Expected:
    """One expression a case expects: where, what label, and what values count as right."""

    label: str  # DATE or MONEY
    start: int
    end: int
    text: str
    category: str
    values: list[Any] = field(default_factory=list)  # empty: found only
    kind: str = "date"  # date | duration | money | none


@dataclass
class Case:
    source: str
    text: str
    published: str
    expected: list[Expected]
    negative_category: str | None = None  # a case that expects no expression of its label
    negative_label: str = "DATE"


# --------------------------------------------------------------------------------------------
# Categories (by the expected text, so ours and dateparser are binned alike)
# --------------------------------------------------------------------------------------------

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_WEEKDAYS = (
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|woens|dins"
)
_DATE_CATEGORIES: list[tuple[str, str]] = [
    (
        "duration sub-day (uur, min, sec)",
        r"\b(?:uur|uren|u|min|minuten|sec|seconden|kwartier|halfuur)\b|\d+u\b",
    ),
    (
        "offset from now (geleden, over, later, vanaf, na)",
        r"geleden|\bover\b|\blater\b|vanaf|\bna\b|\bvoor gisteren",
    ),
    (
        "nth weekday / day of month alone",
        r"^(?:de )?(?:\d+(?:e|ste|de)|[a-zë]+(?:ste|de))"
        r"(?: van (?:de )?(?:deze|volgende|vorige) maand| (?:deze|volgende) maand)?$"
        rf"|(?:eerste|tweede|derde|vierde|vijfde|laatste|\d+e) (?:{_WEEKDAYS})\b|^\d+$",
    ),
    (
        "weekday relative to publication",
        r"^(?:op )?(?:(?:deze|volgende|vorige|afgelopen|aanstaande|aankomende|voorgaande"
        rf"|laatste) )?(?:week )?(?:op )?(?:{_WEEKDAYS})\.?(?: (?:van )?(?:deze|volgende) week)?$"
        rf"|(?:{_WEEKDAYS}) de ",
    ),
    ("relative day (vandaag, morgen, de volgende dag)", r"vandaag|morgen|gisteren|\bdag\b"),
    (
        "numeric (d-m-y, d/m, ISO)",
        rf"^\d[\d./,\s-]*\d$|\d+[-/.](?:{_MONTHS})|(?:{_MONTHS})-\d|\d{{4}}[-/]",
    ),
    (
        "day + month, words or ordinals",
        rf"^(?:(?:{_WEEKDAYS}),? )?(?:de )?[a-zë]+(?:ste|de|e)?(?: van)? (?:{_MONTHS})\b",
    ),
    ("day + month (+ year), digits", rf"\d+(?:e|ste|de)?(?: van)? (?:{_MONTHS})\b"),
    ("duration", r"jaar|jaren|jr|maand|maanden|week|weken|dag|dagen|dgn|decenni|werkdag"),
]


def date_category(text: str) -> str:
    t = text.lower().strip()
    for name, pattern in _DATE_CATEGORIES:
        if re.search(pattern, t):
            return name
    return "other"


_COIN_NAMES = {
    "tientje": ("10", "NLG"),
    "kwartje": ("0.25", "NLG"),
    "dubbeltje": ("0.1", "NLG"),
    "stuiver": ("0.05", "NLG"),
}
_UNIT_CODES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "netherlands guilder": "NLG",
    "chinese yuan": "CNY",
    "finnish markka": "FIM",
    "mexican peso": "MXN",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "new zealand dollar": "NZD",
}
_SUBUNITS = {"cent": "EUR", "penni": "FIM"}


def money_category(text: str, unit: str) -> str:
    t = text.lower()
    u = unit.lower()
    if u in _COIN_NAMES:
        return "coin names (tientje, kwartje)"
    if u in _SUBUNITS:
        return "subunit alone (25 cent)"
    if re.search(r"\d[^\d]*(?:euro|dollar)[^\d]*\d|euro \w+ig|cent", t):
        return "composite (5 euro 50, en 50 cent)"
    if re.match(r"^[a-z]{3}\$", t) or (u not in ("euro", "dollar", "netherlands guilder")):
        return "foreign currency (code, name)"
    if re.match(r"^[€$]|^eur ", t):
        return "symbol/code before"
    return "number then currency"


# --------------------------------------------------------------------------------------------
# Loading the outside cases (at run time, from ../shared)
# --------------------------------------------------------------------------------------------


def _locate(text: str, needle: str, start: int | None, length: int | None) -> tuple[int, int]:
    if (
        start is not None
        and length is not None
        and text[start : start + length].lower() == needle.lower()
    ):
        return start, start + length
    i = text.lower().find(needle.lower())
    if i < 0:
        raise ValueError(f"expected text {needle!r} not in {text!r}")
    return i, i + len(needle)


def _date_values(value: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    timex = value.get("Timex")
    for key in ("FutureResolution", "PastResolution"):
        d = (value.get(key) or {}).get("date")
        if d == "0001-01-01":
            return [None]
        if d and d not in out:
            out.append(d)
    if timex and "X" not in timex and timex not in out:
        out.append(timex)
    return out


def load_recognizers() -> list[Case]:
    base = DATA / "recognizers-text"
    cases: list[Case] = []
    for fname, kind in (
        ("DateExtractor.json", "date"),
        ("DateParser.json", "date"),
        ("DurationExtractor.json", "duration"),
        ("DurationParser.json", "duration"),
    ):
        for raw in json.loads((base / fname).read_text(encoding="utf-8")):
            text = raw["Input"]
            published = (raw.get("Context") or {}).get("ReferenceDateTime", "2016-11-07")[:10]
            exp: list[Expected] = []
            for r in raw["Results"]:
                s, e = _locate(text, r["Text"], r.get("Start"), r.get("Length"))
                values: list[Any] = []
                if "Value" in r:
                    values = (
                        [r["Value"]["Timex"]] if kind == "duration" else _date_values(r["Value"])
                    )
                cat = (
                    date_category(r["Text"])
                    if kind == "date"
                    else (
                        "duration sub-day (uur, min, sec)"
                        if date_category(r["Text"]).startswith("duration sub-day")
                        else "duration"
                    )
                )
                exp.append(Expected("DATE", s, e, r["Text"], cat, values, kind))
            cases.append(
                Case(
                    f"recognizers/{fname}",
                    text,
                    published,
                    exp,
                    negative_category=None if exp else "no date expected",
                )
            )
    for raw in json.loads((base / "CurrencyModel.json").read_text(encoding="utf-8")):
        text = raw["Input"]
        exp = []
        for r in raw["Results"]:
            res = r["Resolution"]
            unit = res.get("unit", "")
            s, e = _locate(text, r["Text"], None, None)
            if res.get("value") is None:
                continue  # a currency name without an amount is no MONEY in our spec
            amount = Decimal(res["value"].replace(",", "."))
            if unit.lower() in _COIN_NAMES:
                amt, code = _COIN_NAMES[unit.lower()]
                amount, cur = Decimal(amt) * amount, code
            elif unit.lower() in _SUBUNITS:
                amount, cur = amount / 100, _SUBUNITS[unit.lower()]
            else:
                cur = res.get("isoCurrency") or _UNIT_CODES.get(unit.lower(), "?")
            exp.append(
                Expected(
                    "MONEY",
                    s,
                    e,
                    r["Text"],
                    money_category(r["Text"], unit),
                    [(_fmt(amount), cur)],
                    "money",
                )
            )
        cases.append(Case("recognizers/CurrencyModel.json", text, "2016-11-07", exp))
    return cases


def _fmt(d: Decimal) -> str:
    t = format(d.normalize(), "f")
    return t.rstrip("0").rstrip(".") if "." in t else t


def load_dateparser() -> list[Case]:
    """dateparser's Dutch cases: parse/search cases carry a datetime; translate cases an English
    rendering, which dateparser itself turns into the expected datetime (its English is its
    best-tested language); cases with no expectation or only a language check are skipped."""
    import dateparser

    raw = json.loads((DATA / "dateparser" / "dutch_cases.json").read_text(encoding="utf-8"))
    cases: list[Case] = []
    for c in raw["cases"]:
        text = c["input"].strip()
        ref = ((c.get("settings") or {}).get("RELATIVE_BASE") or DEFAULT_REFERENCE)[:10]
        base = dt.datetime.fromisoformat(ref)
        if c["kind"] == "parse":
            want = c["expected"]
        elif c["kind"] == "search_dates" and c.get("expected"):
            span_text, want = c["expected"][0]
            s, e = _locate(text, span_text, None, None)
            cases.append(
                Case(
                    "dateparser",
                    text,
                    ref,
                    [Expected("DATE", s, e, span_text, date_category(span_text), [want[:10]])],
                )
            )
            continue
        elif c["kind"].startswith("translate") and c.get("expected_en"):
            en = c["expected_en"]
            if re.fullmatch(r"\d+ (?:minute|second|hour)s?", en):
                cases.append(
                    Case(
                        "dateparser",
                        text,
                        ref,
                        [
                            Expected(
                                "DATE",
                                0,
                                len(text),
                                text,
                                "duration sub-day (uur, min, sec)",
                                [f"PT{en.split()[0]}{en.split()[1][0].upper()}"],
                                "duration",
                            )
                        ],
                    )
                )
                continue
            if en == "0 second ago":
                cases.append(
                    Case(
                        "dateparser",
                        text,
                        ref,
                        [],
                        negative_category="vague words (nu): no date by spec",
                    )
                )
                continue
            parsed = dateparser.parse(en, languages=["en"], settings={"RELATIVE_BASE": base})
            if parsed is None:
                continue
            want = parsed.isoformat()
        else:
            continue
        cases.append(
            Case(
                "dateparser",
                text,
                ref,
                [Expected("DATE", 0, len(text), text, date_category(text), [want[:10]])],
            )
        )
    return cases


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def _granularity_needed(text: str) -> str:
    """The coarsest value the spec allows for an expression (spec 6: offsets are valued at the
    granularity stated)."""
    t = text.lower()
    if re.search(r"\b(?:jaar|jaren|jr)\b", t) and not re.search(r"dag|dagen|maand|week|weken", t):
        return "year"
    if (
        re.search(r"\bmaand(?:en)?\b", t)
        and re.search(r"geleden|\bover\b|later", t)
        and not re.search(r"\bdag|\d+(?:e|ste|de)\b", t)
    ):
        return "month"
    if (
        re.search(r"\bweken?\b", t)
        and re.search(r"geleden|\bover\b|later", t)
        and not re.search(
            r"\bdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|vanaf", t
        )
    ):
        return "week"
    return "day"


def _project(day: str, granularity: str) -> str:
    d = dt.date.fromisoformat(day)
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return day


_VAGUE_COUNT_RE = re.compile(r"\b(?:een paar|paar|een aantal|aantal|enkele|meerdere)\b")
_DEICTIC_UNIT_RE = re.compile(
    r"^(?:de |het )?(?P<rel>volgend|volgende|komend|komende|vorig|vorige|afgelopen|dit|deze)"
    r" (?P<unit>jaar|maand|week)$"
)


def spec_value(exp: Expected) -> list[Any] | None:
    """Where the suite's value contradicts our annotation spec, the values the spec gives
    instead (the case is then counted apart, as "spec differs", never bent into a rule);
    None where the spec agrees with the suite.

    - a vague count ("een paar dagen", "enkele maanden geleden"): the suite guesses a number
      (2, 3), the spec (and the gold) give a duration of unstated length (value null), or
      PAST_REF / FUTURE_REF when it points back or ahead;
    - a deictic unit ("volgende maand", "vorig jaar"): the suite gives a day, the spec the
      month, year or ISO week itself."""
    t = exp.text.lower().strip()
    if exp.label != "DATE" or not exp.values or exp.values == [None]:
        return None
    if _VAGUE_COUNT_RE.search(t) and not any("X" in str(v) for v in exp.values):
        if "geleden" in t:
            return [{"type": "date", "value": "PAST_REF"}]
        if re.search(r"\bover\b", t):
            return [{"type": "date", "value": "FUTURE_REF"}]
        return [{"type": "duration", "value": None}]
    m = _DEICTIC_UNIT_RE.match(t)
    if m and all(re.fullmatch(r"\d{4}-\d\d-\d\d", str(v)) for v in exp.values):
        unit = {"jaar": "year", "maand": "month", "week": "week"}[m.group("unit")]
        return [{"type": "date", "value": _project(str(v), unit)} for v in exp.values]
    return None


def date_value_ok(ours: dict[str, Any], exp: Expected) -> bool:
    if exp.kind == "duration":
        if ours.get("type") != "duration" or not isinstance(ours.get("value"), str):
            return False
        want = exp.values[0]
        got = ours["value"]
        if "X" in got:
            return re.sub(r"[\d.]+", "X", want) == got
        return got == want
    if ours.get("type") != "date":
        return False
    got = ours.get("value")
    if exp.values == [None]:
        return got is None
    if got is None:
        return False
    need = _granularity_needed(exp.text)
    for want in exp.values:
        if not re.fullmatch(r"-?\d{4}-\d\d-\d\d", str(want)):
            if got == want:
                return True
            continue
        if got == want or (need != "day" and got == _project(want, need)):
            return True
    return False


def money_value_ok(ours: dict[str, Any], exp: Expected) -> bool:
    amount, cur = exp.values[0]
    try:
        got = _fmt(Decimal(ours.get("amount") or "nan"))
    except InvalidOperation:
        return False
    return got == amount and ours.get("currency") == cur


@dataclass
class Tally:
    n: int = 0
    found: int = 0
    n_value: int = 0
    value: int = 0
    dp_found: int = 0
    dp_value: int = 0
    negatives: int = 0
    false_alarms: int = 0
    dp_false_alarms: int = 0
    fallback: int = 0
    spec_n: int = 0  # values where the suite contradicts our spec, counted apart
    spec_ok: int = 0  # of those, ours equals the spec's value


Annotate = Callable[[str, str], list[dict[str, Any]]]


def _overlapping(spans: list[dict[str, Any]], label: str, s: int, e: int) -> dict[str, Any] | None:
    best = None
    for sp in spans:
        if (
            sp["label"] == label
            and sp["start"] < e
            and s < sp["end"]
            and (best is None or (sp["end"] - sp["start"]) > (best["end"] - best["start"]))
        ):
            best = sp
    return best


def _dateparser_spans(text: str, published: str) -> list[dict[str, Any]]:
    """dateparser's ``search_dates`` (Dutch only), as DATE spans with day values."""
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            hits = search_dates(text, languages=["nl"], settings={"RELATIVE_BASE": base}) or []
        except Exception:
            hits = []
    out, pos = [], 0
    for frag, when in hits:
        i = text.find(frag, pos)
        if i < 0:
            i = text.find(frag)
        if i < 0:
            continue
        pos = i + len(frag)
        out.append(
            {
                "label": "DATE",
                "start": i,
                "end": i + len(frag),
                "value": {"type": "date", "value": when.date().isoformat()},
            }
        )
    return out


def _fallback_ok(ours: dict[str, Any] | None, case: Case, exp: Expected) -> bool:
    """Would dateparser, asked to parse the text of a span we found but left without a value,
    have given the right value? (The measured case for using it as a fallback resolver.)"""
    if ours is None or ours["value"].get("type") != "date" or ours["value"].get("value"):
        return False
    import dateparser

    base = dt.datetime.fromisoformat(case.published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        when = dateparser.parse(
            case.text[ours["start"] : ours["end"]],
            languages=["nl"],
            settings={"RELATIVE_BASE": base},
        )
    if when is None:
        return False
    return date_value_ok({"type": "date", "value": when.date().isoformat()}, exp)


def run(
    annotate: Annotate, cases: list[Case], with_dateparser: bool, misses: bool
) -> dict[str, dict[str, Tally]]:
    table: dict[str, dict[str, Tally]] = {"DATE": defaultdict(Tally), "MONEY": defaultdict(Tally)}
    for case in cases:
        spans = annotate(case.text, case.published)
        dp = (
            _dateparser_spans(case.text, case.published)
            if with_dateparser and case.source != "recognizers/CurrencyModel.json"
            else []
        )
        if case.negative_category:
            t = table[case.negative_label][case.negative_category]
            t.negatives += 1
            if any(sp["label"] == case.negative_label for sp in spans):
                t.false_alarms += 1
                if misses:
                    print(
                        f"FALSE ALARM  {case.text!r}: "
                        f"{[sp for sp in spans if sp['label'] == case.negative_label]}"
                    )
            if dp:
                t.dp_false_alarms += 1
            continue
        for exp in case.expected:
            t = table[exp.label][exp.category]
            t.n += 1
            ours = _overlapping(spans, exp.label, exp.start, exp.end)
            if ours is not None:
                t.found += 1
            theirs = _overlapping(dp, "DATE", exp.start, exp.end) if exp.label == "DATE" else None
            if theirs is not None:
                t.dp_found += 1
            if not exp.values:
                if ours is None and misses:
                    print(f"NOT FOUND    [{exp.category}] {exp.text!r} in {case.text!r}")
                continue
            by_spec = spec_value(exp)
            if by_spec is not None:
                t.spec_n += 1
                got_spec = (
                    None if ours is None else {k: ours["value"].get(k) for k in ("type", "value")}
                )
                t.spec_ok += got_spec in by_spec
                if misses and got_spec not in by_spec:
                    print(
                        f"SPEC DIFFERS [{exp.category}] {exp.text!r} spec {by_spec} got {got_spec}"
                    )
                continue
            t.n_value += 1
            ok = ours is not None and (
                money_value_ok(ours["value"], exp)
                if exp.label == "MONEY"
                else date_value_ok(ours["value"], exp)
            )
            t.value += ok
            if with_dateparser and exp.label == "DATE":
                t.fallback += ok or _fallback_ok(ours, case, exp)
            if theirs is not None and exp.label == "DATE" and date_value_ok(theirs["value"], exp):
                t.dp_value += 1
            if misses and not ok:
                got = (
                    None
                    if ours is None
                    else (case.text[ours["start"] : ours["end"]], ours["value"])
                )
                print(
                    f"WRONG        [{exp.category}] {exp.text!r} want {exp.values} got {got}"
                    f" (pub {case.published})"
                )
    return table


def _ratio(a: int, b: int) -> str:
    return f"{a / b:5.2f}" if b else "    -"


def _row(name: str, t: Tally, dp: bool) -> str:
    line = (
        f"{name:<52} {t.n:>4} {_ratio(t.found, t.n):>6} {t.n_value:>6}"
        f" {_ratio(t.value, t.n_value):>6} {f'{t.spec_ok}/{t.spec_n}':>7}"
    )
    if dp:
        line += f" | {_ratio(t.dp_found, t.n):>8} {_ratio(t.dp_value, t.n_value):>8}"
        line += f" {_ratio(t.fallback, t.n_value):>8}"
    return line


def print_table(table: dict[str, dict[str, Tally]], with_dateparser: bool) -> None:
    for label in ("DATE", "MONEY"):
        rows = table[label]
        dp = with_dateparser and label == "DATE"
        head = f"{label:<52} {'n':>4} {'found':>6} {'n_val':>6} {'value':>6} {'spec≠':>7}"
        if dp:
            head += f" | {'dp found':>8} {'dp value':>8} {'fallback':>8}"
        print(head)
        total = Tally()
        for cat in sorted(rows):
            t = rows[cat]
            if t.negatives:
                line = f"{cat:<52} {t.negatives:>4} false alarms {t.false_alarms}"
                if dp:
                    line += f" | dateparser {t.dp_false_alarms}"
                print(line)
                continue
            for k in (
                "n",
                "found",
                "n_value",
                "value",
                "dp_found",
                "dp_value",
                "fallback",
                "spec_n",
                "spec_ok",
            ):
                setattr(total, k, getattr(total, k) + getattr(t, k))
            print(_row(cat, t, dp))
        print(_row("ALL", total, dp))
        print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser column")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"error: {DATA} not found (set NLDS_SHARED)", file=sys.stderr)
        return 2
    from nlds_nlp.api import annotate, default_pipeline

    nlp = default_pipeline()
    cases = load_recognizers() + load_dateparser()
    table = run(
        lambda text, pub: annotate(text, pub, nlp=nlp), cases, not args.no_dateparser, args.misses
    )
    print_table(table, not args.no_dateparser)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
