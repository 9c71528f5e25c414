"""Funding roles: who pays, who receives, through which programme, for which time (spec 3 and 6).

Why rules: the spec ties roles to what the same or the previous sentence states, and Dutch
government prose states it with a small set of constructions ("X krijgt ... van Y", "Y
investeert ... in", "binnen de regeling ... vrijgemaakt", "tot en met 2022 jaarlijks"). Pure
function over the merged mentions: no spaCy, easy to test.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

Mention = dict[str, Any]

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[^a-z\s])|\n\s*\n")
FUNDER_AFTER = re.compile(r"^\s+(?:van|door)\s+(?:het|de|)\s*$")
RECIPIENT_AFTER = re.compile(r"^\s+(?:aan|voor)\s+(?:het|de|)\s*$")
GIVE_VERB = re.compile(
    r"\b(?:investeer\w*|investeert|trekt|trok|stelt|stelde|maakt|maakte|reserveer\w*|geeft|gaf|"
    r"subsidieer\w*|financier\w*|betaalt|betaalde|draagt|droeg|steekt|stak|levert|leverde|"
    r"verstrekt\w*|besteedt|besteedde|uitgetrokken|vrijgemaakt|beschikbaar|bijdrage|bij)\b",
    re.IGNORECASE,
)
RECEIVE_VERB = re.compile(r"\b(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving)\b")
PASSIVE = re.compile(
    r"\b(?:wordt|worden|werd|werden|is|zijn)\b.*\b(?:gereserveerd|vrijgemaakt|uitgetrokken|"
    r"beschikbaar gesteld|geïnvesteerd|toegekend|verstrekt)\b"
)
# The stretch a sum covers ("tot en met 2022 jaarlijks", "het plafond voor 2014") is its period;
# the moment it is spent or announced ("in 2019", "vandaag") its date (spec section 6).
PERIOD_SIGNAL = re.compile(
    r"(?:\btot(?: en met)?|\bt/m|\bvanaf|\btussen|\bgedurende|\bover|\bvoor(?: het jaar)?|"
    r"\bper|\bin de periode)\s+(?:(?:het|de)\s+)?$",
    re.IGNORECASE,
)
# Dates further away than this from the sum rarely belong to it (headers, datelines).
DATE_WINDOW = 150
ACTORS = ("ORG", "LOC")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence extents as (start, end) offsets; blank lines also end a sentence."""
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _index(extents: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence holding ``pos`` (or the next one, for a position between two)."""
    i = bisect.bisect_right([s for s, _ in extents], pos) - 1
    if i < 0:
        return 0
    return i if pos < extents[i][1] or i == len(extents) - 1 else i + 1


def _nearest(cands: Sequence[Mention], pos: int) -> Mention | None:
    return min(cands, key=lambda c: abs(c["start"] - pos), default=None)


def _roles_for(
    text: str, money: Mention, here: list[Mention], prev: list[Mention], sent_start: int
) -> dict[str, str]:
    roles: dict[str, str] = {}
    before = [m for m in here if m["end"] <= money["start"]]
    after = [m for m in here if m["start"] >= money["end"]]

    # funder: "... 23,5 miljoen euro van het kabinet"; recipient: "... aan de gemeente X"
    for m in after:
        if m["label"] not in ACTORS:
            continue
        gap = text[money["end"] : m["start"]]
        if "funder" not in roles and FUNDER_AFTER.match(gap):
            roles["funder"] = m["id"]
        elif "recipient" not in roles and RECIPIENT_AFTER.match(gap):
            roles["recipient"] = m["id"]
    actors_before = [m for m in before if m["label"] in ACTORS]
    if actors_before:
        subject = actors_before[0]
        between = text[subject["end"] : money["start"]]
        if "recipient" not in roles and RECEIVE_VERB.search(between):
            roles["recipient"] = subject["id"]
        elif "funder" not in roles and GIVE_VERB.search(between):
            roles["funder"] = subject["id"]
    if "funder" not in roles and not actors_before:
        span_text = text[sent_start : money["end"] + 80]
        if PASSIVE.search(span_text):
            prev_actors = [m for m in prev if m["label"] in ACTORS]
            if prev_actors:
                roles["funder"] = prev_actors[0]["id"]

    programmes = [m for m in here if m["label"] == "PROGRAMME"]
    if programmes:
        roles["programme"] = _nearest(programmes, money["start"])["id"]
    else:
        earlier = [m for m in prev if m["label"] == "PROGRAMME"]
        if earlier:
            roles["programme"] = earlier[-1]["id"]

    near = [
        m for m in here if m["label"] == "DATE" and abs(m["start"] - money["start"]) <= DATE_WINDOW
    ]
    for m in sorted(near, key=lambda m: abs(m["start"] - money["start"])):
        kind = (m.get("value") or {}).get("type")
        lead = text[max(0, m["start"] - 14) : m["start"]]
        is_period = kind in ("interval", "duration") or bool(PERIOD_SIGNAL.search(lead))
        role = "period" if is_period else "date"
        roles.setdefault(role, m["id"])
    return roles


def assign_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Copies of ``mentions`` with ``roles`` filled on MONEY mentions."""
    extents = sentences(text)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(_index(extents, m["start"]), []).append(m)
    out = []
    for m in mentions:
        m = dict(m)
        if m["label"] == "MONEY":
            i = _index(extents, m["start"])
            here = [x for x in by_sentence.get(i, []) if x is not m and x["id"] != m["id"]]
            m["roles"] = _roles_for(text, m, here, by_sentence.get(i - 1, []), extents[i][0])
        out.append(m)
    return out
