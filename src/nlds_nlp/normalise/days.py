"""Values for the less common date forms of issue 12: weekdays, named days, days of the month,
ISO weeks, centuries and offsets from the publication date (spec section 6, TIMEX3 values).

Kept apart from :mod:`nlds_nlp.normalise.dates` (the common forms) so each module stays small;
it reuses that module's :class:`Anchor` and tense conventions. Everything is pure: "now" is only
ever the publication date, and an expression that needs more than the anchor knows (a weekday
with a year-only anchor) resolves to ``None`` rather than to a guess.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from functools import cache

from dateutil.easter import easter as _easter

from nlds_nlp.normalise.dates import Anchor, Tense, resolve_full_date
from nlds_nlp.resources import NamedDay, named_days

__all__ = [
    "DAY_WORDS",
    "OFFSET_UNITS",
    "ORDINAL_DAY_WORDS",
    "century_value",
    "composite_duration_value",
    "day_word_number",
    "iso_week_value",
    "koningsdag",
    "named_day",
    "named_day_names",
    "nth_weekday_of_month",
    "offset_from_day",
    "resolve_composite_offset",
    "resolve_day_of_month",
    "resolve_in",
    "resolve_iso_week",
    "resolve_named_day",
    "resolve_weekday",
    "resolve_weekday_day_of_month",
    "subday_duration_value",
    "week_of_month",
    "weekday_in_week",
]

# --------------------------------------------------------------------------------------------
# Day numbers written in words ("negenentwintig mei", "de drieëntwintigste september")
# --------------------------------------------------------------------------------------------

_UNITS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien"]
_TEENS += ["achttien", "negentien"]


def _cardinals() -> dict[str, int]:
    out: dict[str, int] = {"één": 1}
    for i, w in enumerate(_UNITS[1:], start=2):
        out[w] = i
    for i, w in enumerate(_TEENS, start=10):
        out[w] = i
    out["twintig"] = 20
    out["dertig"] = 30
    for i, w in enumerate(_UNITS, start=1):
        joint = "ën" if w.endswith("e") else "en"
        out[f"{w}{joint}twintig"] = 20 + i
        if joint == "ën":
            out[f"{w}entwintig"] = 20 + i  # "tweeentwintig" is a common spelling too
    out["eenendertig"] = 31
    return out


DAY_WORDS: dict[str, int] = _cardinals()
"""Cardinal day numbers 1-31 in words; plain "een" is left out (it is the article)."""

_IRREGULAR_ORDINALS = {"eerste": 1, "derde": 3, "achtste": 8}


def _ordinals() -> dict[str, int]:
    """Dutch ordinals: "-ste" from twenty on and for eerste/achtste, "-de" otherwise."""
    out = dict(_IRREGULAR_ORDINALS)
    for word, n in DAY_WORDS.items():
        if n in _IRREGULAR_ORDINALS.values() or word == "één":
            continue
        out[word + ("ste" if n >= 20 else "de")] = n
    return out


ORDINAL_DAY_WORDS: dict[str, int] = _ordinals()
"""Ordinal day numbers 1-31 in words ("eerste", "tiende", "drieëntwintigste")."""


def day_word_number(word: str) -> int | None:
    """Day number of "15", "15e", "15de", "15ste", "vijftien", "vijftiende"; else None."""
    w = word.lower()
    digits = w.rstrip("estd")
    if digits.isdigit():
        n = int(digits)
        return n if 1 <= n <= 31 else None
    return DAY_WORDS.get(w) or ORDINAL_DAY_WORDS.get(w)


# --------------------------------------------------------------------------------------------
# Weekdays
# --------------------------------------------------------------------------------------------


def weekday_in_week(weekday: int, week_offset: int, anchor: Anchor | None) -> str | None:
    """ "volgende week dinsdag": the ISO ``weekday`` (1 = Monday) of the anchor's ISO week
    moved by ``week_offset``; needs the anchor day."""
    day = None if anchor is None else anchor.as_date()
    if day is None:
        return None
    monday = day - _dt.timedelta(days=day.isoweekday() - 1)
    return (monday + _dt.timedelta(weeks=week_offset, days=weekday - 1)).isoformat()


def resolve_weekday(
    weekday: int, anchor: Anchor | None, tense: Tense, *, strict: bool = False
) -> str | None:
    """A weekday pointed at from the publication day: the last one (past) or the next one
    (future); ``strict`` excludes the publication day itself ("afgelopen maandag" written on a
    Monday is a week ago). Without a tense the day is unknown: ``None`` (spec 6)."""
    day = None if anchor is None else anchor.as_date()
    if day is None or tense is None:
        return None
    diff = (weekday - day.isoweekday()) % 7
    if tense == "future":
        if diff == 0 and strict:
            diff = 7
        return (day + _dt.timedelta(days=diff)).isoformat()
    back = (day.isoweekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return (day - _dt.timedelta(days=back)).isoformat()


def resolve_day_of_month(day: int, anchor: Anchor | None, tense: Tense) -> str | None:
    """ "op de 15e": that day in the publication month, or the nearest month in the direction
    of the tense when the day has passed (past) or not yet come (future)."""
    if anchor is None or anchor.month is None:
        return None
    if tense is None or anchor.day is None:
        return resolve_full_date(anchor.year, anchor.month, day)
    index = anchor.year * 12 + anchor.month - 1
    if tense == "past" and day > anchor.day:
        index -= 1
    elif tense == "future" and day < anchor.day:
        index += 1
    return resolve_full_date(index // 12, index % 12 + 1, day)


def resolve_weekday_day_of_month(
    weekday: int, day: int, anchor: Anchor | None, tense: Tense
) -> str | None:
    """ "donderdag de 21ste": the month nearest to the publication date whose day ``day`` is
    that weekday, searched first in the direction of the tense; ``None`` within a year."""
    if anchor is None or anchor.month is None:
        return None
    index = anchor.year * 12 + anchor.month - 1
    steps = [0]
    for k in range(1, 13):
        steps += [-k, k] if tense != "future" else [k, -k]
    for step in steps:
        if (tense == "past" and step > 0) or (tense == "future" and step < 0):
            continue
        i = index + step
        value = resolve_full_date(i // 12, i % 12 + 1, day)
        if value and _dt.date.fromisoformat(value).isoweekday() == weekday:
            return value
    return None


def nth_weekday_of_month(year: int, month: int, weekday: int, n: int) -> str | None:
    """The ``n``-th ISO ``weekday`` of a month (``n = -1``: the last); None if there is none."""
    if n == -1:
        nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
        last = nxt - _dt.timedelta(days=1)
        return (last - _dt.timedelta(days=(last.isoweekday() - weekday) % 7)).isoformat()
    first = _dt.date(year, month, 1)
    d = first + _dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return d.isoformat() if d.month == month else None


# --------------------------------------------------------------------------------------------
# Named days
# --------------------------------------------------------------------------------------------


def koningsdag(year: int) -> str | None:
    """Koningsdag (27 April, the 26th when that is a Sunday) from 2014; Koninginnedag before
    (30 April, the 29th when that is a Sunday, from 1949). Earlier years: None."""
    if year >= 2014:
        d = _dt.date(year, 4, 27)
        return (d - _dt.timedelta(days=1) if d.isoweekday() == 7 else d).isoformat()
    if year >= 1949:
        d = _dt.date(year, 4, 30)
        return (d - _dt.timedelta(days=1) if d.isoweekday() == 7 else d).isoformat()
    return None


@cache
def _named_day_index() -> dict[str, NamedDay]:
    return {name: day for day in named_days() for name in day.names}


def named_day_names() -> list[str]:
    """All names of the named days, longest first (for the grammar's alternation)."""
    return sorted(_named_day_index(), key=len, reverse=True)


def named_day(name: str, year: int) -> str | None:
    """The date of a named day in ``year`` ("pasen", 2018 -> "2018-04-01"); None if unknown."""
    day = _named_day_index().get(" ".join(name.lower().split()))
    if day is None or not 1 <= year <= 9999:
        return None
    if day.fixed is not None:
        return resolve_full_date(year, *day.fixed)
    if day.easter is not None:
        return (_easter(year) + _dt.timedelta(days=day.easter)).isoformat()
    if day.nth_weekday is not None:
        month, weekday, n = day.nth_weekday
        return nth_weekday_of_month(year, month, weekday, n)
    return koningsdag(year)


def resolve_named_day(name: str, anchor: Anchor | None, tense: Tense) -> str | None:
    """A named day without a year: this year's, or the last/next one by tense (as Prinsjesdag)."""
    if anchor is None:
        return None
    this_year = named_day(name, anchor.year)
    if tense is None or this_year is None:
        return this_year
    if anchor.month is None:
        return None
    now = f"{anchor.year:04d}-{anchor.month:02d}-{(anchor.day or 0):02d}"
    if tense == "past":
        return this_year if this_year <= now else named_day(name, anchor.year - 1)
    return this_year if this_year >= now else named_day(name, anchor.year + 1)


# --------------------------------------------------------------------------------------------
# ISO weeks, centuries
# --------------------------------------------------------------------------------------------


def iso_week_value(year: int, week: int) -> str | None:
    """ "2019-W10"; None for a week the year does not have (W53 in most years)."""
    weeks = _dt.date(year, 12, 28).isocalendar().week
    return f"{year:04d}-W{week:02d}" if 1 <= week <= weeks else None


def resolve_iso_week(week: int, anchor: Anchor | None, tense: Tense) -> str | None:
    """ "week 10" without a year: the publication year's, or the year before/after when the
    tense points back from early in a year or ahead from late in it."""
    if anchor is None:
        return None
    year = anchor.year
    day = anchor.as_date()
    if day is not None and tense is not None:
        now = day.isocalendar()
        year = now.year
        if tense == "past" and week > now.week:
            year -= 1
        elif tense == "future" and week < now.week:
            year += 1
    return iso_week_value(year, week)


def week_of_month(year: int, month: int, n: int) -> str | None:
    """ "de laatste week van juli" (n = -1), "de eerste week van januari" (n = 1): the ISO week
    whose Thursday is the n-th (last) Thursday of the month, by the ISO rule that a week
    belongs where its Thursday is."""
    thursday = nth_weekday_of_month(year, month, 4, n)
    if thursday is None:
        return None
    iso = _dt.date.fromisoformat(thursday).isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def century_value(ordinal: int) -> str | None:
    """TIMEX3 century: "de 21e eeuw" (2000-2099) -> "20"; None outside 1-30."""
    return f"{ordinal - 1:02d}" if 1 <= ordinal <= 30 else None


# --------------------------------------------------------------------------------------------
# Offsets: "over twee jaar", "twee dagen na vandaag"
# --------------------------------------------------------------------------------------------

_UNIT_KIND = {
    "jaar": "Y",
    "jaren": "Y",
    "jr": "Y",
    "maand": "M",
    "maanden": "M",
    "kwartaal": "Q",
    "kwartalen": "Q",
    "week": "W",
    "weken": "W",
    "dag": "D",
    "dagen": "D",
    "dgn": "D",
    "werkdag": "B",
    "werkdagen": "B",
}


OFFSET_UNITS: frozenset[str] = frozenset(_UNIT_KIND)
"""Units an offset from the publication date can be counted in ("over twee jaar")."""


def resolve_in(amount: Decimal | None, unit: str, anchor: Anchor | None) -> str | None:
    """ "over twee jaar": the publication date moved forward, at the granularity the text states
    (spec 6: "2027" for a publication in 2025; weeks give an ISO week, days a day)."""
    kind = _UNIT_KIND.get(unit.lower())
    if anchor is None or amount is None or kind is None:
        return None
    if amount != amount.to_integral_value():
        return None
    n = int(amount)
    if kind == "Y":
        return f"{anchor.year + n:04d}"
    if kind in ("M", "Q"):
        if anchor.month is None:
            return None
        index = anchor.year * 12 + anchor.month - 1 + n * (3 if kind == "Q" else 1)
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    day = anchor.as_date()
    if day is None:
        return None
    if kind == "W":
        iso = (day + _dt.timedelta(weeks=n)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return _add_days(day, n, business=kind == "B").isoformat()


def _add_days(day: _dt.date, n: int, *, business: bool) -> _dt.date:
    if not business:
        return day + _dt.timedelta(days=n)
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        day += _dt.timedelta(days=step)
        if day.isoweekday() <= 5:
            left -= 1
    return day


def offset_from_day(
    amount: Decimal | None, unit: str, base_days: int, sign: int, anchor: Anchor | None
) -> str | None:
    """ "twee dagen na vandaag" / "drie weken vanaf morgen" / "twee dagen voor gisteren": a day,
    from the publication day moved by ``base_days`` (the deictic word), then by the amount in
    direction ``sign``. Months and years are added on the calendar."""
    kind = _UNIT_KIND.get(unit.lower())
    day = None if anchor is None else anchor.as_date()
    if day is None or amount is None or kind is None or amount != amount.to_integral_value():
        return None
    base = day + _dt.timedelta(days=base_days)
    n = int(amount) * sign
    if kind in ("D", "B"):
        return _add_days(base, n, business=kind == "B").isoformat()
    if kind == "W":
        return (base + _dt.timedelta(weeks=n)).isoformat()
    months = n * {"M": 1, "Q": 3, "Y": 12}[kind]
    index = base.year * 12 + base.month - 1 + months
    return _clamped(index // 12, index % 12 + 1, base.day).isoformat()


def _clamped(year: int, month: int, day: int) -> _dt.date:
    """The day in that month, or its last day when it has fewer (31 januari + 1 maand)."""
    nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
    return _dt.date(year, month, min(day, (nxt - _dt.timedelta(days=1)).day))


def composite_duration_value(parts: dict[str, Decimal]) -> dict[str, object]:
    """ "1 jaar, 2 maanden en 10 dagen" -> P1Y2M10D (designators in ISO order; weeks are kept
    as written, "een week en drie dagen" -> P1W3D, as TIMEX3 practice does)."""
    body = "".join(
        f"{format(parts[d].normalize(), 'f')}{d}" for d in ("Y", "M", "W", "D") if d in parts
    )
    return {"type": "duration", "value": f"P{body}" if body else None}


def resolve_composite_offset(
    parts: dict[str, Decimal], sign: int, anchor: Anchor | None
) -> str | None:
    """ "2 jaar en 21 dagen geleden" (sign -1) / "over 1 jaar en 3 maanden" (+1): the
    publication date moved by every part, valued at the finest unit written (a day for days or
    weeks with days, an ISO week for weeks, else a month or year)."""
    if anchor is None:
        return None
    years = int(parts.get("Y", 0)) * sign
    months = int(parts.get("M", 0)) * sign
    days_ = (int(parts.get("W", 0)) * 7 + int(parts.get("D", 0))) * sign
    if "D" in parts or "W" in parts:
        day = anchor.as_date()
        if day is None:
            return None
        index = (day.year + years) * 12 + day.month - 1 + months
        moved = _clamped(index // 12, index % 12 + 1, day.day) + _dt.timedelta(days=days_)
        if "D" not in parts:
            iso = moved.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        return moved.isoformat()
    if "M" in parts:
        if anchor.month is None:
            return None
        index = (anchor.year + years) * 12 + anchor.month - 1 + months
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{anchor.year + years:04d}"


# --------------------------------------------------------------------------------------------
# Durations shorter than a day ("48 uur", "twintig minuten")
# --------------------------------------------------------------------------------------------

SUBDAY_UNITS: dict[str, tuple[str, Decimal]] = {
    "uur": ("H", Decimal(1)),
    "uren": ("H", Decimal(1)),
    "minuten": ("M", Decimal(1)),
    "minuut": ("M", Decimal(1)),
    "min": ("M", Decimal(1)),
    "seconden": ("S", Decimal(1)),
    "seconde": ("S", Decimal(1)),
    "sec": ("S", Decimal(1)),
    "kwartier": ("H", Decimal("0.25")),
    "halfuur": ("H", Decimal("0.5")),
    "kwart uur": ("H", Decimal("0.25")),
    "u": ("H", Decimal(1)),
}


def subday_duration_value(amount: Decimal | None, unit: str) -> dict[str, object]:
    """ISO 8601 time duration: "48 uur" -> PT48H, "twintig minuten" -> PT20M."""
    designator, mult = SUBDAY_UNITS[unit.lower().rstrip(".")]
    if amount is None:
        return {"type": "duration", "value": None}
    text = format((amount * mult).normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return {"type": "duration", "value": f"PT{text}{designator}"}
