"""Turn parsed pieces of Dutch date expressions into TIMEX3-style values (spec section 2, DATE).

Everything here is pure and deterministic: the only notion of "now" is the document's
publication date (the *anchor*). The clock of the machine is never consulted, because a corpus
processed today and next year must give the same gold-comparable values.

Value shapes (the spec's gold format, JSON-safe):

- ``{"type": "date", "value": "2019" | "2020-10" | "2020-06-25" | "2021-Q3" | "2020-FA" |
  "2016-H1" | "2020-W26" | "198" | "XXXX-SP" | "PAST_REF" | "FUTURE_REF" | None}`` plus
  ``"mod": "START" | "MID" | "END"`` only when a position word is present;
- ``{"type": "interval", "start": ..., "end": ...}``;
- ``{"type": "duration", "value": "P7Y" | "P4M" | "P2W" | "P10D" | None}`` plus ``"min"`` and
  ``"max"`` for ranges of durations.

A relative expression whose anchor is missing, or lacks the granularity the expression needs
(e.g. "vandaag" with a year-only anchor), gets ``value: None`` rather than a guess.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from nlds_nlp.grammar.base import trie_pattern
from nlds_nlp.normalise import numbers

Tense = Literal["past", "future"] | None
Granularity = Literal["year", "month", "day"]

# --------------------------------------------------------------------------------------------
# Tables (own tables: faster and more predictable than a general date parser)
# --------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
"""Full Dutch month names."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mrt": 3,
    "maa": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
"""Abbreviations, only trusted next to a day number (``"jan"`` alone is usually a first name)."""

SEASONS: dict[str, str] = {
    "voorjaar": "SP",
    "lente": "SP",
    "zomer": "SU",
    "najaar": "FA",
    "herfst": "FA",
    "winter": "WI",
}
"""Seasons to TIMEX3 season codes."""

# First month of each season; winter starts in December of its year (TIMEX3 "2020-WI" is the
# winter that begins in December 2020).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

WEEKDAYS: dict[str, int] = {
    "maandag": 1,
    "dinsdag": 2,
    "woensdag": 3,
    "donderdag": 4,
    "vrijdag": 5,
    "zaterdag": 6,
    "zondag": 7,
}

ORDINALS: dict[str, int] = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "1e": 1,
    "2e": 2,
    "3e": 3,
    "4e": 4,
    "1ste": 1,
    "2de": 2,
    "3de": 3,
    "4de": 4,
}
"""Ordinals used for quarters and half-years ("derde kwartaal", "1e helft")."""

NUMBER_WORDS: dict[str, Decimal] = {
    **numbers.SIMPLE_NUMBER_WORDS,
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "een half": Decimal("0.5"),
    "een halve": Decimal("0.5"),
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),
}
"""Simple Dutch number words; compounds like "vijfentwintig" are handled by :func:`parse_number`."""

DURATION_UNITS: dict[str, tuple[str, int]] = {
    "jaar": ("Y", 1),
    "jaren": ("Y", 1),
    "jr": ("Y", 1),
    "maand": ("M", 1),
    "maanden": ("M", 1),
    "week": ("W", 1),
    "weken": ("W", 1),
    "dag": ("D", 1),
    "dagen": ("D", 1),
    "dgn": ("D", 1),
    "werkdag": ("D", 1),
    "werkdagen": ("D", 1),
    "kwartaal": ("M", 3),
    "kwartalen": ("M", 3),
    "decennium": ("Y", 10),
    "decennia": ("Y", 10),
    "eeuw": ("Y", 100),
    "eeuwen": ("Y", 100),
    "halfjaar": ("Y", 1),
}
"""Unit word -> (ISO 8601 designator, multiplier). "halfjaar" carries its own 0.5 amount."""


# --------------------------------------------------------------------------------------------
# Anchor
# --------------------------------------------------------------------------------------------

_ANCHOR_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date a document's relative dates resolve against.

    It keeps the granularity it was given ("2018-03" knows the month but not the day), so that
    an expression needing more precision than the anchor has resolves to ``None`` instead of to
    an invented day.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> Granularity:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def has(self, granularity: Granularity) -> bool:
        """True when the anchor is at least as precise as ``granularity``."""
        order = {"year": 0, "month": 1, "day": 2}
        return order[self.granularity] >= order[granularity]

    def as_date(self) -> _dt.date | None:
        """The anchor as a ``date`` when the day is known, else ``None``."""
        if self.day is None or self.month is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    @property
    def quarter(self) -> int | None:
        return None if self.month is None else (self.month - 1) // 3 + 1


def parse_anchor(published: str | None) -> Anchor | None:
    """Parse ``published`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); ``None``/empty gives ``None``.

    Raises ``ValueError`` on anything else: a silently misread anchor would shift every relative
    date in the document, which is worse than failing loudly.
    """
    if published is None:
        return None
    text = published.strip()
    if not text:
        return None
    m = _ANCHOR_RE.fullmatch(text)
    if not m:
        raise ValueError(f"published must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got {published!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"published has an invalid month: {published!r}")
    if day is not None:
        try:
            _dt.date(year, month or 1, day)
        except ValueError as exc:
            raise ValueError(f"published is not a valid date: {published!r}") from exc
    return Anchor(year, month, day)


# --------------------------------------------------------------------------------------------
# Value builders
# --------------------------------------------------------------------------------------------


def date_value(value: str | None, mod: str | None = None) -> dict[str, Any]:
    """A ``type: date`` value; ``mod`` is only present when given (the scorer compares keys)."""
    out: dict[str, Any] = {"type": "date", "value": value}
    if mod:
        out["mod"] = mod
    return out


def interval_value(start: str | None, end: str | None) -> dict[str, Any]:
    """A ``type: interval`` value."""
    return {"type": "interval", "start": start, "end": end}


def _fmt_amount(amount: Decimal) -> str:
    """Decimal without exponent or trailing zeros ("3.5", "10")."""
    q = amount.normalize()
    text = format(q, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def iso_duration(amount: Decimal | int | None, designator: str) -> str | None:
    """``P<amount><designator>`` ("P7Y", "P3.5Y"); ``None`` when the amount is unknown."""
    if amount is None:
        return None
    return f"P{_fmt_amount(Decimal(amount))}{designator}"


def duration_value(amount: Decimal | int | None, unit: str) -> dict[str, Any]:
    """A ``type: duration`` value from an amount and a Dutch unit word ("jaar", "weken")."""
    designator, mult = DURATION_UNITS[unit.lower()]
    value = None if amount is None else iso_duration(Decimal(amount) * mult, designator)
    return {"type": "duration", "value": value}


def duration_range_value(
    low: Decimal | int | None, high: Decimal | int | None, unit: str
) -> dict[str, Any]:
    """A range of durations ("10-15 jaar"): ``value`` None, ``min``/``max`` set (spec 6)."""
    designator, mult = DURATION_UNITS[unit.lower()]
    return {
        "type": "duration",
        "value": None,
        "min": None if low is None else iso_duration(Decimal(low) * mult, designator),
        "max": None if high is None else iso_duration(Decimal(high) * mult, designator),
    }


def vague_value(direction: Literal["past", "future"] | None) -> dict[str, Any]:
    """PAST_REF / FUTURE_REF for vague stretches anchored to now; these need no anchor."""
    if direction == "past":
        return date_value("PAST_REF")
    if direction == "future":
        return date_value("FUTURE_REF")
    return date_value(None)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def parse_number(text: str) -> Decimal | None:
    """Digits ("10", "3,5") or Dutch number words ("vijfentwintig", "anderhalf",
    "tweeënhalf"), via the one number parser the money grammar uses too."""
    t = " ".join(text.lower().split())
    if not t:
        return None
    return numbers.parse_number(t)


def month_number(name: str) -> int | None:
    """Month number for a full or abbreviated Dutch month name (trailing dot allowed)."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def expand_year(text: str) -> int | None:
    """A four-digit year, or a two-digit one ("’21") read in the 1950-2049 window."""
    t = text.strip().lstrip("'’")
    if not t.isdigit():
        return None
    if len(t) == 4:
        return int(t)
    if len(t) == 2:
        y = int(t)
        return 2000 + y if y < 50 else 1900 + y
    return None


# --------------------------------------------------------------------------------------------
# Absolute resolutions
# --------------------------------------------------------------------------------------------


def resolve_full_date(year: int, month: int, day: int) -> str | None:
    """ "YYYY-MM-DD", or ``None`` for impossible dates (31 februari) instead of raising."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def month_value(year: int, month: int) -> str:
    """The TIMEX3 month value, "2020-10"."""
    return f"{year:04d}-{month:02d}"


def quarter_value(year: int, quarter: int) -> str:
    """The TIMEX3 quarter value, "2021-Q3"."""
    return f"{year:04d}-Q{quarter}"


def half_value(year: int, half: int) -> str:
    """The half-year value the spec fixes (section 6), "2016-H1"."""
    return f"{year:04d}-H{half}"


def season_value(year: int | None, code: str) -> str:
    """ "2020-FA"; ``year=None`` gives the habitual "XXXX-FA"."""
    return f"{'XXXX' if year is None else f'{year:04d}'}-{code}"


def decade_value(decade_start: int) -> str:
    """TIMEX3 decade: 1980 -> "198"."""
    return f"{decade_start // 10:03d}"


def prinsjesdag(year: int) -> str:
    """Prinsjesdag is the third Tuesday of September (Grondwet art. 65)."""
    first = _dt.date(year, 9, 1)
    offset = (1 - first.weekday()) % 7  # weekday(): Monday=0, Tuesday=1
    return (first + _dt.timedelta(days=offset + 14)).isoformat()


# --------------------------------------------------------------------------------------------
# Relative resolutions (anchor + tense)
# --------------------------------------------------------------------------------------------


def resolve_relative_year(offset: int, anchor: Anchor | None) -> str | None:
    """ "dit jaar" (0), "volgend jaar" (+1), "vorig jaar" (-1)."""
    if anchor is None:
        return None
    return f"{anchor.year + offset:04d}"


def resolve_relative_month(offset: int, anchor: Anchor | None) -> str | None:
    """ "deze maand" (0), "volgende maand" (+1), "vorige maand" (-1); needs the anchor month."""
    if anchor is None or anchor.month is None:
        return None
    index = anchor.year * 12 + (anchor.month - 1) + offset
    return month_value(index // 12, index % 12 + 1)


def resolve_relative_quarter(offset: int, anchor: Anchor | None) -> str | None:
    """ "dit kwartaal" (0), "afgelopen kwartaal" (-1); needs the anchor month."""
    if anchor is None or anchor.quarter is None:
        return None
    index = anchor.year * 4 + (anchor.quarter - 1) + offset
    return quarter_value(index // 4, index % 4 + 1)


def resolve_relative_week(offset: int, anchor: Anchor | None) -> str | None:
    """ "deze week" -> ISO week "2020-W26"; needs the anchor day."""
    if anchor is None:
        return None
    day = anchor.as_date()
    if day is None:
        return None
    iso = (day + _dt.timedelta(weeks=offset)).isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def resolve_relative_day(offset: int, anchor: Anchor | None) -> str | None:
    """ "vandaag" (0), "gisteren" (-1), "morgen" (+1); needs the anchor day."""
    if anchor is None:
        return None
    day = anchor.as_date()
    if day is None:
        return None
    return (day + _dt.timedelta(days=offset)).isoformat()


def resolve_ago(amount: Decimal | None, unit: str, anchor: Anchor | None) -> str | None:
    """ "drie jaar geleden": the anchor minus the amount, at the unit's granularity.

    Years give a year, months a month, weeks an ISO week, days a day: the text is never more
    precise than its unit, so the value is not either.
    """
    if anchor is None or amount is None or amount != amount.to_integral_value():
        return None
    designator, mult = DURATION_UNITS[unit.lower()]
    n = int(amount) * mult
    if designator == "Y":
        return resolve_relative_year(-n, anchor)
    if designator == "M":
        return resolve_relative_month(-n, anchor)
    if designator == "W":
        return resolve_relative_week(-n, anchor)
    return resolve_relative_day(-n, anchor)


def _pick_year(target: int, now: int, tense: Tense, strict: bool = False) -> int:
    """Choose the year of a recurring unit (month/season/quarter index ``target``).

    ``now`` is the anchor's index of the same unit. Past tense takes the last occurrence at or
    before now (strictly before when ``strict``), future the next at or after now (strictly
    after when ``strict``). Without a tense cue the anchor year is kept: in news and letters a
    bare "oktober" most often means the one of the current year.
    """
    if tense == "past":
        return 0 if (target < now or (target == now and not strict)) else -1
    if tense == "future":
        return 0 if (target > now or (target == now and not strict)) else 1
    return 0


def resolve_month(
    month: int, anchor: Anchor | None, tense: Tense = None, strict: bool = False
) -> str | None:
    """A month without a year ("oktober", "afgelopen juli").

    Spec: "De in oktober gestarte ..." (published 2020-06-25) -> "2019-10"; "in oktober start"
    -> "2020-10". A tense choice needs the anchor month; a neutral one only the anchor year.
    """
    if anchor is None:
        return None
    if tense is None:
        return month_value(anchor.year, month)
    if anchor.month is None:
        return None
    return month_value(anchor.year + _pick_year(month, anchor.month, tense, strict), month)


def resolve_day_month(
    day: int, month: int, anchor: Anchor | None, tense: Tense = None
) -> str | None:
    """A day and month without a year ("24 maart jl.", "1 juli a.s.")."""
    if anchor is None:
        return None
    if tense is not None and anchor.month is None:
        return None
    if tense is None or anchor.month is None:
        year = anchor.year
        if (month, day) == (2, 29) and not _is_leap(year):
            # no tense cue: the leap year nearest to the anchor, the earlier one on a tie
            before, after = year, year
            while not _is_leap(before):
                before -= 1
            while not _is_leap(after):
                after += 1
            year = before if year - before <= after - year else after
        return resolve_full_date(year, month, day)
    now = anchor.month * 100 + (anchor.day or 0)
    target = month * 100 + (day if anchor.day is not None else 0)
    year = anchor.year + _pick_year(target, now, tense)
    if (month, day) == (2, 29):
        # 29 februari: the nearest leap year in the direction the tense points to
        step = -1 if tense == "past" else 1
        while not _is_leap(year):
            year += step
    return resolve_full_date(year, month, day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _season_index(code: str) -> int:
    return SEASON_START_MONTH[code]


def _anchor_season_position(anchor: Anchor) -> tuple[int, int]:
    """(season year, season start month) that contains the anchor month.

    January and February belong to the winter that started in December of the previous year.
    """
    assert anchor.month is not None
    m = anchor.month
    if m <= 2:
        return anchor.year - 1, 12
    for start in (12, 9, 6, 3):
        if m >= start:
            return anchor.year, start
    raise AssertionError("unreachable")


def resolve_season(
    code: str, anchor: Anchor | None, tense: Tense = None, strict: bool = False
) -> str | None:
    """A season without a year ("het najaar", "komend voorjaar", "afgelopen winter")."""
    if anchor is None:
        return None
    if tense is None:
        return season_value(anchor.year, code)
    if anchor.month is None:
        return None
    s_year, s_start = _anchor_season_position(anchor)
    target = _season_index(code)
    return season_value(s_year + _pick_year(target, s_start, tense, strict), code)


def resolve_quarter(
    quarter: int, anchor: Anchor | None, tense: Tense = None, strict: bool = False
) -> str | None:
    """A quarter without a year ("het derde kwartaal")."""
    if anchor is None:
        return None
    if tense is None:
        return quarter_value(anchor.year, quarter)
    if anchor.quarter is None:
        return None
    return quarter_value(anchor.year + _pick_year(quarter, anchor.quarter, tense, strict), quarter)


def resolve_half(half: int, anchor: Anchor | None, tense: Tense = None) -> str | None:
    """A half-year without a year ("de tweede helft van het jaar")."""
    if anchor is None:
        return None
    if tense is None:
        return half_value(anchor.year, half)
    if anchor.month is None:
        return None
    now = 1 if anchor.month <= 6 else 2
    return half_value(anchor.year + _pick_year(half, now, tense), half)


def resolve_prinsjesdag(anchor: Anchor | None, tense: Tense = None) -> str | None:
    """ "Prinsjesdag" without a year: this year's, or last/next year's by tense."""
    if anchor is None:
        return None
    this_year = prinsjesdag(anchor.year)
    if tense is None:
        return this_year
    if anchor.month is None:
        return None
    now = f"{anchor.year:04d}-{anchor.month:02d}-{(anchor.day or 0):02d}"
    if tense == "past":
        return this_year if this_year <= now else prinsjesdag(anchor.year - 1)
    return this_year if this_year >= now else prinsjesdag(anchor.year + 1)


# --------------------------------------------------------------------------------------------
# Tense
# --------------------------------------------------------------------------------------------

_PAST_CUES = (
    r"was|waren|werd|werden|had|hadden|kwam|kwamen|ging|gingen|begon|begonnen|startte|startten"
    r"|gestart|gestarte|afgelopen|jl|jongstleden|geleden|vorig|vorige|verleden|sinds"
    r"|lanceerde|lanceerden|kondigde|kondigden|presenteerde|presenteerden|stuurde|stuurden"
    r"|besloot|besloten|verscheen|verschenen|opgericht|opgerichte|gelanceerd|gelanceerde"
    r"|gepubliceerd|gepubliceerde|aangekondigd|aangekondigde|ingediend|ingevoerd|ingegaan"
    r"|vastgesteld|ondertekend|afgerond|afgeronde|gehouden|gestuurd|toegezegd|aangenomen"
    r"|ontvangen|gemeld|gepresenteerd|gepresenteerde|georganiseerd|georganiseerde|gesloten"
    r"|plaatsgevonden|vond|vonden|hield|hielden|informeerde|meldde|schreef|zei|zeiden"
    r"|stelde|stelden|nam|namen|gaf|gaven|maakte|maakten|bracht|brachten|heb|hebt|is|zijn"
    r"|heeft|hebben"
)
_FUTURE_CUES = (
    r"zal|zullen|zult|zou|zouden|gaat|gaan|ga|komend|komende|aanstaande|volgend|volgende"
    r"|start|starten|begint|beginnen|kom|terugkom|terugkomt|verwacht|verwachte|verwachten|gepland|geplande|plannen"
    r"|voornemens|wil|willen|moet|moeten|wordt|worden|verschijnt|volgt|komt|komen|uiterlijk"
    r"|streeft|streven|beoogt|beoogde"
)
_CUE_RE = re.compile(
    rf"(?<!\w)(?:(?P<past>{_PAST_CUES})|(?P<future>{_FUTURE_CUES}))(?!\w)", re.IGNORECASE
)
_WEAK_PAST = frozenset({"is", "zijn", "heeft", "hebben", "heb", "hebt"})
_PARTICIPLE_RE = re.compile(r"(?<!\w)(?:[a-z]{0,6})ge[a-z]{2,}(?:d|t|en)(?!\w)")
_SENTENCE_END_RE = re.compile(r"[.!?;\n]\s")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, capped at 300 characters each side for speed."""
    lo = max(0, start - 300)
    left = text.rfind("\n", lo, start)
    for m in _SENTENCE_END_RE.finditer(text, lo, start):
        left = max(left, m.start())
    s = left + 1 if left >= 0 else lo
    hi = min(len(text), end + 300)
    m2 = _SENTENCE_END_RE.search(text, end, hi)
    e = m2.start() + 1 if m2 else hi
    return s, e


_CLAUSE_WORDS = (
    r"dat|die|omdat|waarin|waarbij|waarmee|welke|wat|maar|terwijl|nadat|voordat"
    r"|zodat|toen|hoewel"
)
_CLAUSE_BREAK_RE = re.compile(rf"[,;:()]|\s(?:{_CLAUSE_WORDS})\s", re.IGNORECASE)
# Where a match of ``_SENTENCE_END_RE`` / ``_CLAUSE_BREAK_RE`` can start, found once per text
# for :class:`CueIndex`: the trailing white space is looked at, not taken, so that no start
# hides in another match; which of them a scan of one window takes is worked out per window.
_SENTENCE_END_AT_RE = re.compile(r"[.!?;\n](?=\s)")
_CLAUSE_BREAK_AT_RE = re.compile(rf"[,;:()]|\s(?:{_CLAUSE_WORDS})(?=\s)", re.IGNORECASE)


# Every cue is one whole word of ASCII letters, so a cue match is exactly a word (a maximal
# run of \w) that is a cue: a set lookup per word finds what ``_CUE_RE.finditer`` finds, some
# fifty times faster (its 130 case-insensitive alternatives were tried at every word start,
# 1 ms per window: 67 s/MB on a text of month names). Words with other than ASCII letters
# (which case-insensitive matching may still equate with a cue: "ſ", dotless "ı") go through
# the regex itself.
_CUE_TENSE: dict[str, Tense] = {
    **{w: "future" for w in _FUTURE_CUES.split("|")},
    **{w: "past" for w in _PAST_CUES.split("|")},
}
_WORD_RE = re.compile(r"\w+")


def _cues(window: str) -> Iterator[tuple[int, int, str, Tense]]:
    """(start, end, word, tense) of each cue in the lower-cased ``window``, left to right."""
    for w in _WORD_RE.finditer(window):
        word = w.group()
        if word.isascii():
            tense = _CUE_TENSE.get(word)
        else:
            m = _CUE_RE.fullmatch(word)
            tense = None if m is None else ("past" if m.group("past") else "future")
        if tense is not None:
            yield w.start(), w.end(), word, tense


# On lower-cased text without "ı" and "ſ" (the only characters that case-insensitive matching
# equates with an ASCII letter and that lower-casing keeps), case-sensitive matching of the
# lower-case words equals ``_CUE_RE``'s.
_CUE_WORDS_RE = re.compile(rf"(?<!\w)(?:{trie_pattern(frozenset(_CUE_TENSE))})(?!\w)")
_LOOSE_CASE = ("ı", "ſ")


class CueIndex:
    """The tense cues of one whole text, found once, so that each of many dates looks up the
    cues of its window (by bisection) instead of scanning the window again: a text of month
    names has a window per mention, and scanning each was quadratic in practice.

    A window's cues are the text's cues that lie inside it, plus what a word cut by a window
    edge reads as on its own (the window scan saw such a fragment as a word).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # lower-casing that changes the length ("İ") would shift offsets: no index then
        self.usable = len(lowered) == len(text)
        self.lowered = lowered
        found: list[tuple[int, int, str, Tense]] = []
        if self.usable:
            if any(c in lowered for c in _LOOSE_CASE):
                found = list(_cues(lowered))
            else:
                found = [
                    (m.start(), m.end(), m.group(), _CUE_TENSE[m.group()])
                    for m in _CUE_WORDS_RE.finditer(lowered)
                ]
        self._found = found
        self._starts = [f[0] for f in found]
        self._ends: list[int] | None = None
        self._breaks: tuple[list[int], list[int]] | None = None

    def _sentence_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [m.start() for m in _SENTENCE_END_AT_RE.finditer(self.text)]
        return self._ends

    def _clause_breaks(self) -> tuple[list[int], list[int]]:
        if self._breaks is None:
            found = [m.span() for m in _CLAUSE_BREAK_AT_RE.finditer(self.text)]
            # a word break's match takes its trailing white space too
            self._breaks = (
                [a for a, _ in found],
                [b if b - a == 1 and self.text[a] in ",;:()" else b + 1 for a, b in found],
            )
        return self._breaks

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """:func:`_sentence_bounds`, from the index. A scan keeps the last match start before
        ``start``; the last possible start is that one or a line break's after it, which
        ``rfind`` counts anyway."""
        text, ends = self.text, self._sentence_ends()
        lo = max(0, start - 300)
        left = text.rfind("\n", lo, start)
        i = bisect.bisect_right(ends, start - 2) - 1  # the match needs [p, p + 2) in the window
        if i >= 0 and ends[i] >= lo:
            left = max(left, ends[i])
        s = left + 1 if left >= 0 else lo
        hi = min(len(text), end + 300)
        j = bisect.bisect_left(ends, end)
        e = ends[j] + 1 if j < len(ends) and ends[j] + 2 <= hi else hi
        return s, e

    def clause_bounds(self, s: int, e: int, start: int, end: int) -> tuple[int, int]:
        """:func:`_clause_bounds`, from the index: a left-to-right scan of the window takes
        each possible match that starts after the last one taken and ends inside it."""
        starts, ends = self._clause_breaks()
        cs, ce = s, e
        pos = s
        for i in range(bisect.bisect_left(starts, s), len(starts)):
            a = starts[i]
            if a >= start:
                break
            if a >= pos and ends[i] <= start:
                cs = pos = ends[i]
        for i in range(bisect.bisect_left(starts, end), len(starts)):
            if starts[i] >= e:
                break
            if ends[i] <= e:
                ce = starts[i]
                break
        return cs, ce

    def in_window(self, s: int, e: int) -> list[tuple[int, int, str, Tense]]:
        """What :func:`_cues` finds in the lower-cased ``text[s:e]``, offsets relative to ``s``."""
        lowered = self.lowered
        out: list[tuple[int, int, str, Tense]] = []
        first = s  # whole words of the text inside the window start here or later
        if 0 < s < e and _TWO_WORD_CHARS.match(lowered, s - 1, s + 1):
            # a word cut by the window start: the window reads its rest as a word
            first = _WORD_RE.match(lowered, s, e).end()  # type: ignore[union-attr]
            out.extend((a + s, b + s, w, t) for a, b, w, t in _cues(lowered[s:first]))
        found = self._found
        for i in range(bisect.bisect_left(self._starts, first), len(found)):
            if found[i][1] > e:
                break
            out.append(found[i])
        if first < e < len(lowered) and _TWO_WORD_CHARS.match(lowered, e - 1, e + 1):
            # a word cut by the window end: the window reads its head as a word
            # (a word longer than every cue is no cue: only its last few characters matter)
            tail = _TAIL_WORD_RE.search(lowered, max(first, e - _LONGEST_CUE), e)
            if tail is not None:
                cut = tail.start()
                out.extend((a + cut, b + cut, w, t) for a, b, w, t in _cues(lowered[cut:e]))
        return [(a - s, b - s, w, t) for a, b, w, t in out]


_TWO_WORD_CHARS = re.compile(r"\w\w")
_TAIL_WORD_RE = re.compile(r"(?<!\w)\w++\Z")
_LONGEST_CUE = max(map(len, _CUE_TENSE))


def _nearest_cue(
    text: str, s: int, e: int, start: int, end: int, index: CueIndex | None = None
) -> Tense | None:
    """Tense of the cue nearest to ``[start, end)`` within ``text[s:e]``; None when no cue."""
    window = text[s:e].lower()
    has_participle = None
    best: tuple[int, Tense] | None = None
    cues = _cues(window) if index is None or not index.usable else index.in_window(s, e)
    for m_start, m_end, word, cue_tense in cues:
        if cue_tense == "past":
            if word in _WEAK_PAST:
                if has_participle is None:
                    has_participle = bool(_PARTICIPLE_RE.search(window))
                if not has_participle:
                    continue
            tense: Tense = "past"
        else:
            tense = "future"
        pos = m_start + s
        dist = start - (m_end + s) if pos < start else pos - end
        if best is None or dist < best[0]:
            best = (dist, tense)
    return None if best is None else best[1]


def _clause_bounds(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)`` within the sentence ``[s, e)``."""
    cs, ce = s, e
    for m in _CLAUSE_BREAK_RE.finditer(text, s, start):
        cs = m.end()
    m2 = _CLAUSE_BREAK_RE.search(text, end, e)
    if m2:
        ce = m2.start()
    return cs, ce


def detect_tense(text: str, start: int, end: int, index: CueIndex | None = None) -> Tense:
    """Past or future reading of a bare month/season/quarter from cues around it.

    The clause around the span is searched (clauses end at commas and at words like "dat",
    "die", "omdat"); only a clause too short to hold its own verb falls back to the sentence,
    because a cue in another clause usually belongs to another event. Within the window the
    cue nearest to the span wins. Weak cues ("is", "heeft": present or perfect) only count as
    past when a participle ("gestart", "aangekondigd") is in the window too; a present-tense
    "start"/"begint" or a modal counts as future (Dutch uses the present for scheduled events).
    ``index`` (a :class:`CueIndex` of ``text``) makes many calls on one text cheaper, with the
    same result.
    """
    if index is not None:
        s, e = index.sentence_bounds(start, end)
        cs, ce = index.clause_bounds(s, e, start, end)
    else:
        s, e = _sentence_bounds(text, start, end)
        cs, ce = _clause_bounds(text, s, e, start, end)
    if (cs, ce) != (s, e):
        tense = _nearest_cue(text, cs, ce, start, end, index)
        # a clause of a few words ("In mei, ...") has no verb of its own: use the sentence
        if tense is not None or len(text[cs:ce].split()) >= 4:
            return tense
    return _nearest_cue(text, s, e, start, end, index)
