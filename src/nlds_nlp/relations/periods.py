"""The time roles of a sum: ``period`` (the stretch the money covers) or ``date`` (when it was
granted, paid or decided), per spec 6.

Why apart: which role a year gets depends on the sum's own stretch of the sentence (budget words
versus grant verbs, past tense, signals such as "tot" or "vanaf"), not on who pays; keeping it
here lets the prose and table readers share one decision.
"""

from __future__ import annotations

import bisect

from nlds_nlp.relations.cues import CuePatterns
from nlds_nlp.relations.patterns import (
    DATE_LIST_GAP,
    DATE_WINDOW,
    MOTION,
    PERFECT_AUX,
    PERIOD_SIGNAL,
    RESPECTIVELY,
    STRETCH_WORD,
    TRAILING_DATE,
)
from nlds_nlp.relations.sentence import Mention, Sentence


class TimeRoles:
    """The time part of :class:`nlds_nlp.relations.roles.RoleFinder` (a mixin)."""

    text: str
    cues: CuePatterns

    def _time_roles(
        self, m: Mention, sent: Sentence, left: int, right: int, roles: dict[str, str]
    ) -> None:
        text, cues = self.text, self.cues
        paired = self._respective_date(m, sent)
        if paired is not None:  # "van 2012, 2013 en 2016 ... respectievelijk 167, 153 en 113 mln"
            roles.setdefault("period", paired["id"])
            return
        dates = [
            x
            for x in sent.starting_in(
                max(left, m["start"] - DATE_WINDOW), min(right, m["start"] + DATE_WINDOW + 1)
            )
            if x["label"] == "DATE"
            # "70 miljoen euro in 2018, 108 miljoen euro in 2019": 2018 is the first sum's
            and not (
                x["end"] <= m["start"]
                and left > sent.start
                and TRAILING_DATE.match(text[left : x["start"]])
            )
        ]
        if not dates and sent.money and m is not sent.money[0]:
            first = sent.money[0]["start"]
            dates = [
                x
                for x in sent.starting_in(first - DATE_WINDOW, first)
                if x["label"] == "DATE" and x["end"] <= first
            ]
        if sent.cue("motion", MOTION):
            dates = [
                x
                for x in dates
                if (x.get("value") or {}).get("type") != "date"
                or len(str((x.get("value") or {}).get("value") or "")) != 10
            ]
        stretch = text[left:right]
        budget = bool(cues.budget.search(stretch))
        grant = bool(cues.grant.search(stretch))
        # a past-tense verb ("stelde beschikbaar") or a giving verb in the perfect ("heeft ...
        # geïnvesteerd"): an act done then, whatever budget word stands beside it
        past = bool(cues.past.search(stretch)) or bool(
            PERFECT_AUX.search(stretch) and cues.give.search(stretch)
        )
        if not budget and not grant:
            budget = bool(sent.cue("budget", cues.budget))
            grant = bool(sent.cue("grant", cues.grant))
        for x in sorted(dates, key=lambda x: abs(x["start"] - m["start"])):
            value = x.get("value") or {}
            kind = value.get("type")
            lead = text[max(0, x["start"] - 16) : x["start"]]
            day = len(str(value.get("value") or "")) == 10
            # "deze kabinetsperiode" (null), "de komende jaren" (FUTURE_REF): stretches of time
            vague = kind == "date" and (
                str(value.get("value")).endswith("_REF")
                or (value.get("value") is None and bool(STRETCH_WORD.search(x["text"])))
            )
            if kind in ("interval", "duration") or vague or PERIOD_SIGNAL.search(lead):
                role = "period"
            elif day or kind is None or value.get("value") is None:
                role = "date"
            else:
                # a year or month: the stretch the money is for, unless the sentence tells of a
                # grant, payment or decision made then ("investeerde in 2019", "kende in 2021 toe")
                role = "date" if past or (grant and not budget) else "period"
            roles.setdefault(role, self._list_head(x, sent)["id"])

    def _respective_date(self, m: Mention, sent: Sentence) -> Mention | None:
        """With "respectievelijk", the k-th sum of the sentence takes the k-th of as many dates
        listed before the first sum."""
        if len(sent.money) < 2 or not sent.cue("respectively", RESPECTIVELY):
            return None
        if "respective" not in sent.memo:
            first = sent.money[0]["start"]
            listed = [x for x in sent.starting_in(sent.start, first) if x["label"] == "DATE"]
            sent.memo["respective"] = listed if len(listed) == len(sent.money) else []
        listed = sent.memo["respective"]
        if not listed:
            return None
        return listed[bisect.bisect_left(sent.money_starts, m["start"])]

    def _list_head(self, x: Mention, sent: Sentence) -> Mention:
        """The first of listed dates ("2010 en 2011", "2019, 2020"): spec 6, take the first."""
        head = x
        # walk back by index (no slice of the whole sentence per sum); any other mention in
        # between ends the list, as its text would stand in the gap
        k = bisect.bisect_left(sent.starts, x["start"]) - 1
        while k >= 0:
            d = sent.mentions[k]
            k -= 1
            if d["end"] > head["start"]:
                continue
            if d["label"] != "DATE" or not DATE_LIST_GAP.match(self.text[d["end"] : head["start"]]):
                break
            head = d
        return head
