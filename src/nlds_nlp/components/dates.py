"""spaCy component ``nlds_dates``: calendar expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlds_nlp.docdata import add_candidates, doc_flow_text, get_published
from nlds_nlp.grammar.base import Match

# A calendar value whose year is not four digits ("999 eeuwen geleden" gave "-97879"): no
# TIMEX3 date, so it stays unresolved (null), as a relative date without an anchor does.
_BAD_YEAR = re.compile(r"^(?:-|\d{5,}|\d{1,3}(?:-|$))")
_CALENDAR = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)|W(?P<w>\d{2})))?$"
)
# months a season covers (winter runs into the next year: its end is taken in March)
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def calendar_bounds(value: str | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """First and last month (as (year, month)) a calendar value covers, or None when it is not
    one we can compare (durations, "XXXX" habitual values)."""
    m = _CALENDAR.match(value or "")
    if m is None:
        return None
    y = int(m["y"])
    if m["m"]:
        return (y, int(m["m"])), (y, int(m["m"]))
    if m["q"]:
        q = int(m["q"])
        return (y, 3 * q - 2), (y, 3 * q)
    if m["h"]:
        h = int(m["h"])
        return (y, 6 * h - 5), (y, 6 * h)
    if m["s"]:
        first, last = _SEASONS[m["s"]]
        return (y, first), (y + (last - 1) // 12, (last - 1) % 12 + 1)
    if m["w"]:
        try:
            day = _dt.date.fromisocalendar(y, int(m["w"]), 1)
        except ValueError:
            return None
        end = day + _dt.timedelta(days=6)
        return (day.year, day.month), (end.year, end.month)
    return (y, 1), (y, 12)


def well_formed(value: dict[str, Any]) -> dict[str, Any]:
    """The DATE value with a malformed year made null, and an interval that would end before
    it starts ("23-12-2024 tot najaar" read with a 2021 publication date: the autumn was
    placed in 2021) without that end: an unordered interval is no interval."""
    fixed = {
        k: None
        if isinstance(v, str) and k in ("value", "start", "end") and _BAD_YEAR.match(v)
        else v
        for k, v in value.items()
    }
    if fixed.get("type") == "interval":
        start, end = calendar_bounds(fixed.get("start")), calendar_bounds(fixed.get("end"))
        if start is not None and end is not None and end[1] < start[0]:
            fixed["end"] = None
    return fixed


def _checked(matches: list[Match]) -> list[Match]:
    out = []
    for m in matches:
        value = well_formed(m.value) if m.value else m.value
        out.append(m if value == m.value else Match(m.start, m.end, m.label, m.pattern, value))
    return out


class DateRecogniser:
    """Wraps :func:`nlds_nlp.grammar.dates.find_dates`. The anchor is the document's
    publication date (``doc._.nlds_published``), never today: without it, relative dates
    stay null."""

    def __init__(self, nlp: Language, name: str) -> None:
        from nlds_nlp.grammar.dates import find_dates

        self.name = name
        self._find = find_dates

    def __call__(self, doc: Doc) -> Doc:
        found = list(self._find(doc_flow_text(doc), get_published(doc)))
        add_candidates(doc, _checked(found), "dates")
        return doc


@Language.factory("nlds_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateRecogniser:
    return DateRecogniser(nlp, name)
