"""Properties of every record, on generated text (hypothesis; bounded, derandomized, quick).

Any str in: a valid record, or a ValueError that says what is wrong (a lone surrogate). Every
mention lies inside the text and is its slice; mentions never overlap; amounts are exact; ranges
have min <= max; date values are well formed; intervals end no earlier than they start.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlds_nlp
from nlds_nlp.components.dates import calendar_bounds

SETTINGS = settings(
    max_examples=120,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PIECES = [
    *[
        "januari",
        "maart",
        "juni",
        "oktober",
        "december",
        "voorjaar",
        "najaar",
        "zomer",
        "winter",
        "kwartaal",
    ],
    *[
        "€",
        "EUR",
        "euro",
        "mln.",
        "mld.",
        "miljoen",
        "miljard",
        "duizend",
        "k€",
        "ca.",
        "t/m",
        "circa",
        "ruim",
        "tussen",
        "en",
        "tot",
    ],
    *[
        "van",
        "vanaf",
        "het",
        "de",
        "in",
        "jaar",
        "jaren",
        "eeuw",
        "eeuwen",
        "geleden",
        "volgend",
        "vorig",
        "dit",
        "week",
        "maand",
    ],
    *[
        "Het",
        "kabinet",
        "geeft",
        "aan",
        "TNO",
        "gemeente",
        "Ministerie",
        "Financiën",
        "NGF",
        "Groeifonds",
        "(NGF)",
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
        "1.234.567,89",
        "Q3",
    ],
    *["(", ")", "'", '"', "=", "*", "_", "!", ".", ",", "-", "/", "„", "“", "\n", "\n\n"],
]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=30).flatmap(
    lambda words: st.just(" ".join(words))
)
any_text = st.one_of(pieces_text, st.text(max_size=120))
published = st.sampled_from([None, "2021", "2021-06", "2021-06-01", "1999-12-31"])

CALENDAR = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}))?")
DURATION = re.compile(r"P\d+(?:\.\d+)?[YMWDH]")
REFERENCE = re.compile(r"(?:PAST|PRESENT|FUTURE)_REF|XXXX(?:-[\w-]+)?")
MENTION_LISTS = ("money", "dates", "organisations", "programmes", "persons", "locations", "laws")


def _record_or_value_error(text: str, date: str | None):
    try:
        return nlds_nlp.extract(text, date)
    except ValueError as exc:
        assert re.search(r"[\ud800-\udfff]", text), f"ValueError on valid text: {exc}"
        assert "lone surrogate" in str(exc)
        return None


def _well_formed(value: str | None) -> bool:
    return value is None or any(p.fullmatch(value) for p in (CALENDAR, DURATION, REFERENCE))


@SETTINGS
@given(text=any_text, date=published)
def test_any_text_gives_a_consistent_record(text: str, date: str | None) -> None:
    record = _record_or_value_error(text, date)
    if record is None:
        return
    mentions = [m for key in MENTION_LISTS for m in getattr(record, key)]
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    for m in record.money:
        v = m.value
        if v.min is not None and v.max is not None:
            assert v.min <= v.max, m
    for m in record.dates:
        v = m.value
        for field in (v.value, v.start, v.end, v.min, v.max):
            assert _well_formed(field), (m.text, v)
        if v.type == "interval":
            start, end = calendar_bounds(v.start), calendar_bounds(v.end)
            if start and end:
                assert start[0] <= end[1], (m.text, v)


@SETTINGS
@given(
    digits=st.integers(min_value=1, max_value=10**80),
    scale=st.sampled_from(["", " miljoen", " miljard"]),
)
def test_amounts_are_exact_at_any_length(digits: int, scale: str) -> None:
    text = f"Het kabinet geeft € {digits}{scale} aan TNO."
    (money,) = nlds_nlp.extract(text).money
    factor = {"": 1, " miljoen": 10**6, " miljard": 10**9}[scale]
    assert money.value.amount == Decimal(digits * factor)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("999 eeuwen geleden", "2021-06-01"),
        ("23-12-2024 tot najaar", "2021-06-01"),
        ("tussen € 10 miljoen en € 2 miljoen", None),
        ("\ud800 euro", None),
    ],
)
def test_the_issues_odd_inputs(text: str, published: str | None) -> None:
    record = _record_or_value_error(text, published)
    if record is None:
        return
    for m in record.dates:
        assert all(_well_formed(f) for f in (m.value.value, m.value.start, m.value.end))
    for m in record.money:
        assert m.value.min is None or m.value.min <= m.value.max
