"""Funding roles on MONEY mentions: funder, recipient, programme, period, date (spec 3 and 6).

Why rules over sentence structure: the spec ties every role to what the same or the previous
sentence states, and Dutch funding prose states it with few constructions: a giving verb's
subject ("de provincie investeert"), a receiving verb's subject ("X krijgt"), a preposition
after the sum ("van het kabinet", "aan de gemeente", "uit het Klimaatfonds"), a name in front of
its sum in enumerations and table rows ("Italië 2,3 miljard", "Stichting A  € 5.000"), and an
introducing sentence that ends in a colon. Each sum looks only at its own stretch of the
sentence (from the previous sum to the next one), so an enumeration gives every sum its own
partner. Sums that move nothing (damage, prices, deficits, own reserves) get no roles at all.

Cost: one pass over sentences and one over mentions; each sum looks at the mentions of its own
and the previous sentence only, so the work is linear in the text for bounded sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from nlds_nlp.grammar.tables import HEADER_HINT_RE, UNIT_HEADER_RE, lines, pipe_cells
from nlds_nlp.relations.cues import CuePatterns, cue_patterns
from nlds_nlp.relations.flows import TABLE_TOTAL, display_name
from nlds_nlp.relations.segment import SentenceIndex, sentences

Mention = dict[str, Any]

ACTORS = ("ORG", "LOC")
ARTICLE = r"(?:(?:het|de|den|der|een|deze|dit|onze|hun|haar|zijn)\s+)?"
# "ten behoeve van X", "t.b.v. X": the beneficiary marker
BENEFICIARY = r"(?:ten\s+behoeve\s+van|t\.b\.v\.)"
# A lowercase legal form outside the name's span ("aan stichting X", "naar de vereniging Y")
FORM = r"(?:(?:stichting|vereniging|coöperatie)\s+(?:(?:het|de)\s+)?)?"
# "... 23,5 miljoen euro van het kabinet", "... door de provincie", "... vanuit het Rijk"
FUNDER_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:van|door|vanuit|namens|via)\s+" + ARTICLE + r"$", re.I
)
# "... aan de gemeente X", "... voor stichting Y", "... naar Groningen", "... bij X terecht"
# up to three lowercase words between ("beschikbaar te stellen voor", "extra uit het")
VERB_WORDS = r"(?:[a-zë]+\s+){0,3}?"
RECIPIENT_AFTER = re.compile(
    r"^[\s)]*"
    + VERB_WORDS
    + r"(?:aan|voor|naar|richting|"
    + BENEFICIARY
    + r")\s+(?i:"
    + ARTICLE
    + r")"
    + FORM
    + r"$"
)
BENEFIT = re.compile(BENEFICIARY + r"\s+(?i:" + ARTICLE + r")" + FORM + r"\Z")
BENEFIT_REACH = 160
SHORT_FORM = re.compile(r"[A-Z][\w+&-]{1,9}")  # "Lbv", "SDE++", "WIS": no second name
LIST_GAP_MAX = 40
SUM_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:in|voor|en|of|resp\.|respectievelijk)[\s,;]+)*$", re.I)
RESPECTIVELY = re.compile(r"\b(?:respectievelijk|resp\.)", re.I)
ABBREVIATION_GAP = re.compile(r"[^\S\n]*\([^\S\n]*\Z")
# After a partner already found: "... in het kader van X ten behoeve van Stichting Y"
RECIPIENT_CHAIN = re.compile(
    r"^[\s,]*(?:" + BENEFICIARY + r"|aan|voor)\s+(?i:" + ARTICLE + r")" + FORM + r"$"
)
# "... bij aan het landelijke project FRESHEM-NL": a funded project, named after its noun
PROJECT_NOUN = r"(?:project|deelproject|pilotproject|initiatief|bewonersinitiatief|consortium)"
PROJECT_AFTER = re.compile(
    r"^\s*"
    + VERB_WORDS
    + r"(?:aan|voor)\s+"
    + ARTICLE
    + r"(?:[a-zë]+e\s+)?"
    + PROJECT_NOUN
    + r"\s+[\"“‘']?$"
)
# A heading that announces a grant to a named project or body ("Subsidiëring project
# “Kasteel 4” te Coevorden", "2. Deelname project X", "Startsubsidie Stichting Y").
GRANT_HEADING = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:subsidie|subsidiëring|startsubsidie|bijdrage|deelname|financiering|"
    r"steun|toekenning)\b(?:\s+(?:aan|voor))?\s+(?:(?:het|de)\s+)?(?:" + PROJECT_NOUN + r"\s+)?"
    r"[\"“‘']?$",
    re.I,
)
# "... uit het Klimaatfonds", "... binnen de regeling X", "... via het programma X"
PROGRAMME_AFTER = re.compile(
    r"^\s*"
    + VERB_WORDS
    + r"(?:uit|via|binnen|vanuit|van|voor|ten\s+laste\s+van|in\s+het\s+kader\s+van|"
    r"onder|op)\s+"
    + ARTICLE
    + r"(?:(?:programma|regeling|subsidieregeling|fonds|budget|impuls|deal|actieplan|"
    r"agenda|investeringsprogramma)\s+)?$",
    re.I,
)
# "Uit het Klimaatfonds gaat ..." / "Via de SLIM-regeling ...": the programme of every later sum
PROGRAMME_BEFORE = re.compile(
    r"(?:^|\s)(?:uit|via|binnen|vanuit|ten\s+laste\s+van|in\s+het\s+kader\s+van|met|krachtens|voor|"
    r"ingevolge|op\s+grond\s+van|bedoeld\s+in)"
    r"(?:\s+\[?(?:artikel|afdeling|paragraaf|hoofdstuk|onderdeel)\s+[\w.:]+(?:,?\s+(?:lid|onder)\s+"
    r"[\w.]+)?,?\s+van)?\s+" + ARTICLE + r"(?:(?:programma|regeling|subsidieregeling|fonds)\s+)?$",
    re.I,
)
LINK_MAX = 60
ITEM_GAP_MAX = 30  # at most this far behind the sum before it, a sum is a list item
FUND_NAME = re.compile(r"fonds|envelop|budget|reserve", re.I)
IN_BEFORE = re.compile(r"(?:^|\s)in\s+(?:het|de)\s+$", re.I)
# Preposition right before an actor: it is then no subject ("in Zuid-Holland", "aan de gemeente").
PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|uit|te|bij|van|voor|aan|naar|met|op|over|tot|door|onder|namens|vanuit|"
    r"binnen|buiten|zoals|tussen|per|dan|als|tegen|om|via)\s+" + ARTICLE + r"$",
    re.I,
)
TITLE_OF = re.compile(
    r"(?:minister|staatssecretaris|ministerie|departement|bewindspersoon|gedeputeerde|"
    r"wethouder|college)\s+(?:van|voor)\s+" + ARTICLE + r"$",
    re.I,
)
# "t/m 2016", "tot 2020", "Raming 2013", "Begroting 2026" as a column header or row label: a
# year cell all the same
YEAR_CELL_LEAD = re.compile(
    r"^(?:t/m|tot(?:\s+en\s+met)?|vanaf|na|voor|ultimo|begroot|raming|rekening|jaarrekening|"
    r"realisatie|prognose|budget|werkelijk|(?:(?:primitieve|gewijzigde|actuele|vastgestelde|"
    r"ontwerp)\s+)?begroting)\s+",
    re.I,
)
# ... or after it: "2024\nWerkelijk", "2025 Begroot", "2026\nLasten"
YEAR_CELL_TRAIL = re.compile(
    r"\s+(?:werkelijk|begroot|begroting|raming|realisatie|rekening|prognose|budget|lasten|"
    r"baten)$",
    re.I,
)
# The title of a table a few lines above its unit header ("Financiële toelichting begroting
# 2026"): its one year is the period of every cell when the columns carry no years.
TABLE_TITLE = re.compile(
    r"\b(?:begroting|begroot|raming|jaarrekening|rekening|jaarverslag)\b", re.I
)
TITLE_LINES = 4
TOTAL_LABELS = frozenset({"totaal", "total", "totalen"})
# A row that adds up the rows above it ("Totaal", "Totaal bijdragen", "Subtotaal", "Totaal (50%)")
TOTAL_ROW = re.compile(r"\s*(?:sub)?tota(?:a|le)l\b", re.I)
# A column header line of a flattened table is short ("Mutaties 1e suppletoire begroting (4)").
HEAD_LINE_MAX = 80
AGENT_BEFORE = re.compile(r"(?:^|\s)(?:door|vanuit)\s+" + ARTICLE + r"$", re.I)
RELATIVE_GAP = re.compile(r"^\s*(?:die|dat|welke)\s+" + ARTICLE + r"(?:[a-zë]+\s+)?$", re.I)
AUX_GAP = re.compile(
    r"^\s*(?:heeft|hebben|had|hadden|zal|zullen|wil|willen|gaat|gaan|stelt|trekt|investeert)\s+"
    + ARTICLE
    + r"$",
    re.I,
)
TE_INFINITIVE = re.compile(r"(?<!\w)te\s+\w+", re.I)
PERFECT_AUX = re.compile(r"(?<!\w)(?:heeft|hebben|had|hadden)(?!\w)", re.I)
PASSIVE_AUX = re.compile(r"(?<!\w)(?:wordt|worden|werd|werden|is|zijn|was|waren)(?!\w)", re.I)
# Between one list item's sum and the next item's name: blanks, a comma or semicolon.
LIST_ITEM_GAP = re.compile(r"[\s,;)]*$")
# Gap between a row's name and its sum: "Gemeente A: € 5.000", "Nederland (25 miljoen euro)".
ROW_GAP = re.compile(r"^[\s:;|\t–\-(]*$")
PERIOD_SIGNAL = re.compile(
    r"(?:\btot(?:\s+en\s+met)?|\bt/m|\bvanaf|\btussen|\bgedurende|\bover|\bvoor(?:\s+het\s+jaar)?|"
    r"\bper|\bin\s+de\s+periode|\bin\s+de\s+jaren)\s+(?:(?:het|de)\s+)?$",
    re.I,
)
# A date right after a sum ("... 70 miljoen euro in 2018, ...") belongs to that sum.
TRAILING_DATE = re.compile(r"^\s*(?:in|voor|vanaf|tot|per|t/m|over|na)?\s*$", re.I)
# "Hiervoor is ... beschikbaar", "Voor deze regeling ...": the instrument just named
POINTER = re.compile(
    r"\b(?:hiervoor|daarvoor|hiermee|daarmee|hierin|daarin|hieruit|daaruit|hiervan|daarvan|"
    r"(?:deze|dit|die|het|de)\s+(?:regeling|subsidieregeling|programma|fonds|budget|impuls|deal|"
    r"agenda|ronde|envelop|pot))\b",
    re.I,
)
# "aan X" before its sum, or a grant noun "voor X": the receiving end
GIVEN_TO = re.compile(
    r"(?:(?:^|\s)aan|(?:subsidie|bijdrage|uitkering|dotatie|investering|financiering)\w*\s+"
    r"(?:voor|aan))\s+" + ARTICLE + FORM + r"$",
    re.I,
)
# A budget document is where a sum is written down, not an instrument it belongs to
# (corpus guide 6.4; the gold links no sum to one as its programme).
BUDGET_DOCUMENT = re.compile(
    r"begroting|\w*nota\b|jaarstukken|jaarrekening|jaarverslag|suppletoire|kaderbrief", re.I
)
# A row label naming who its sums go to: "waarvan bijdrage aan agentschap X", "Subsidie aan X"
ROW_GIVEN_TO = re.compile(
    r"\b(?:bijdrage|subsidie|uitkering|dotatie|overdracht|rijksbijdrage)\w*\s+(?:aan|voor)\s+"
    r"(?:(?:het|de)\s+)?(?:[a-z]+\s+)?$",
    re.I,
)
# A line break that ends a table row or paragraph, not a wrapped line of prose.
ROW_BREAK = re.compile(r"\d[^\S\n]*\n|\n[^\S\n]*[\d(|-]|\n[^\S\n]*\n")
CEILING = re.compile(r"\b(?:subsidieplafond|plafond|budget|totaalbudget)\w*\b", re.I)
RECEIPTS = re.compile(r"ontvangst|baten|inkomsten|opbrengst", re.I)
# A short column label: one to three words ("Uitgaven", "Vastgestelde begroting")
COLUMN_LABEL = re.compile(r"^[A-Za-zÀ-ÿ.]{2,25}(?: [A-Za-zÀ-ÿ.]{2,25}){0,2}$")
BUDGET_OF = re.compile(r"\bbegroting\w*\s+van\s+(?:het|de)\s*$", re.I)
# A heading: one short line without sentence-final punctuation.
HEADING = re.compile(r"^[^\n]{1,120}(?<![.!?:;,])$")
# Motions state and ask; their dateline ("Voorgesteld 25 januari 2023") dates no money.
MOTION = re.compile(r"\b(?:constaterende|overwegende|verzoekt|spreekt\s+uit|roept)\b", re.I)
STRETCH_WORD = re.compile(r"periode|jaren|termijn", re.I)
DATE_LIST_GAP = re.compile(r"^\s*(?:,|en|of|,\s*en)\s*$")
RECEIVE_AFTER = 40
# Dates further away than this from the sum rarely belong to it (headers, datelines).
DATE_WINDOW = 150
STATIC_BEFORE = 45
FRAME_UNITS = 40
FRAME_UNIT_MAX = 220


def _words_only(gap: str, link: frozenset[str]) -> bool:
    """Whether a gap holds only link words ("heeft een budget van")."""
    words = gap.replace("(", " ( ").replace(")", " ) ").replace(":", " : ").split()
    return all(w.lower() in link for w in words)


class _Sentence:
    """One sentence with its mentions (text order) and the cues found in it."""

    def __init__(self, text: str, pos: int, start: int, end: int, mentions: list[Mention]) -> None:
        self.pos, self.start, self.end = pos, start, end
        self.text = text[start:end]
        self.mentions = mentions
        self.money = [m for m in mentions if m["label"] == "MONEY"]
        self.starts = [m["start"] for m in mentions]
        self.money_starts = [m["start"] for m in self.money]
        self._cues: dict[str, re.Match[str] | None] = {}
        # answers that are the same for every sum of the sentence, computed on first use so
        # that a sentence with n sums costs O(n log n), not O(n^2) (issue 11)
        self.memo: dict[str, Any] = {}
        self.actor_starts = [m["start"] for m in mentions if m["label"] in ACTORS]

    def first_money_after(self, pos: int) -> Mention | None:
        """The first sum starting at or after ``pos``."""
        i = bisect.bisect_left(self.money_starts, pos)
        return self.money[i] if i < len(self.money) else None

    def first_at(self, pos: int) -> Mention | None:
        """The first mention starting at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.mentions[i] if i < len(self.mentions) else None

    def actor_in(self, lo: int, hi: int) -> bool:
        """Is there an actor (ORG, LOC) starting in [lo, hi)?"""
        i = bisect.bisect_left(self.actor_starts, lo)
        return i < len(self.actor_starts) and self.actor_starts[i] < hi

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi), found by binary search: a table read as one long
        sentence has many sums, and each must not scan all of its mentions."""
        return self.mentions[
            bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)
        ]

    def cue(self, name: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """First match of a cue pattern in the sentence, searched once per sentence: a sentence
        with many sums (a table row, an enumeration) asks the same question for each."""
        if name not in self._cues:
            self._cues[name] = pattern.search(self.text)
        return self._cues[name]


class RoleFinder:
    """Roles for every MONEY mention of one text."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        cues: CuePatterns,
        extents: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.cues = cues
        self.mentions = sorted(mentions, key=lambda m: (m["start"], m["end"]))
        extents = sentences(text) if extents is None else extents
        index = SentenceIndex(extents)
        grouped: list[list[Mention]] = [[] for _ in extents]
        for m in self.mentions:
            grouped[index(m["start"])].append(m)
        self.sents = [
            _Sentence(text, i, s, e, ms)
            for i, ((s, e), ms) in enumerate(zip(extents, grouped, strict=True))
        ]
        self.found: dict[str, dict[str, str]] = {}
        # table cells that total other cells of their table (a "Totaal" row or column): their
        # flows are kept out of sums, or the table's money would be counted twice
        self.totals: set[str] = set()
        self.by_id = {m["id"]: m for m in self.mentions}
        self.starts = [m["start"] for m in self.mentions]
        self.index = index
        # (label, lowercased name) -> its mentions, in text order
        self.by_name: dict[tuple[str, str], list[Mention]] = {}
        for m in self.mentions:
            self.by_name.setdefault((m["label"], m["text"].lower()), []).append(m)

    # -- helpers ---------------------------------------------------------------------------
    def _is_parliament(self, m: Mention) -> bool:
        return m["text"].lower() in self.cues.parliament

    def _subject_like(self, m: Mention, floor: int) -> bool:
        """An actor not governed by a preposition ("in Zuid-Holland", "aan de gemeente"),
        unless it is a ministry after a title ("minister van Binnenlandse Zaken")."""
        lead = self.text[max(floor, m["start"] - 40) : m["start"]]
        return not PREP_BEFORE.search(lead) or bool(TITLE_OF.search(lead))

    def _subject(self, sent: _Sentence, before: int, floor: int) -> Mention | None:
        """First subject-like actor of the sentence before ``before`` (not a parliament)."""
        if floor == sent.start:  # the usual call: one walk per sentence, not one per sum
            if "subject" not in sent.memo:
                sent.memo["subject"] = self._first_subject(sent)
            first = sent.memo["subject"]
            if first is None or first["start"] >= before:
                return None
            return None if self._is_parliament(first) else first
        for m in sent.mentions:
            if m["start"] >= before:
                break
            if m["label"] in ACTORS and m["start"] >= floor and self._subject_like(m, sent.start):
                return None if self._is_parliament(m) else m
        return None

    def _first_subject(self, sent: _Sentence) -> Mention | None:
        for m in sent.mentions:
            if m["label"] in ACTORS and self._subject_like(m, sent.start):
                return m
        return None

    def _static(self, m: Mention, left: int, right: int) -> bool:
        """Does the sum name a stock, price, damage, deficit or reserve, not money that moves?"""
        before = self.text[max(left, m["start"] - STATIC_BEFORE) : m["start"]]
        hits = list(self.cues.static.finditer(before))
        if hits:
            hit = hits[-1]
            after_cue = before[hit.end() :]
            if not (self.cues.give.search(after_cue) or self.cues.receive.search(after_cue)):
                return True
        after = self.text[m["end"] : min(right, m["end"] + 20)]
        first = self.cues.static.match(after.lstrip())
        return first is not None and len(after) - len(after.lstrip()) <= 2

    # -- per sum ---------------------------------------------------------------------------
    def _nearest_mention(self, target_id: str, money: Mention) -> str:
        """The role target as the brief wants it: the nearest mention of the same name before
        the sum in its own or the previous sentence, else the one found (spec 3, guide 6.3-11)."""
        target = self.by_id.get(target_id)
        if target is None:
            return target_id
        if target["start"] < money["start"]:
            # "De Landelijke beëindigingsregeling veehouderijlocaties (Lbv) ... 78 miljoen": the
            # abbreviation right after the name is the entity's nearest mention before the sum
            i = bisect.bisect_right(self.starts, target["start"])
            if i < len(self.mentions):
                short = self.mentions[i]
                if (
                    short["label"] == target["label"]
                    and short["end"] <= money["start"]
                    and SHORT_FORM.fullmatch(short["text"])
                    and ABBREVIATION_GAP.match(self.text, target["end"], short["start"])
                    and self.text.startswith(")", short["end"])
                ):
                    return short["id"]
            return target_id
        key = (target["label"], target["text"].lower())
        k = self.index(money["start"])
        heading = self.sents[k - 1] if k > 0 else None
        if heading is None or not HEADING.match(heading.text.strip()):
            return target_id  # only a heading right above takes the role (guide 6.3-11)
        # the last mention of that name before the sum, from an index (no scan per sum)
        same = self.by_name.get(key, [])
        j = bisect.bisect_left(same, money["start"], key=lambda x: x["start"]) - 1
        if j >= 0 and same[j]["start"] >= heading.start:
            return same[j]["id"]
        return target_id

    def roles(self) -> dict[str, dict[str, str]]:
        frame: dict[str, str] = {}
        frame_left = 0
        for k, sent in enumerate(self.sents):
            prev = self.sents[k - 1] if k else None
            for j, m in enumerate(sent.money):
                left = sent.money[j - 1]["end"] if j else sent.start
                right = sent.money[j + 1]["start"] if j + 1 < len(sent.money) else sent.end
                if self._static(m, left, right):
                    self.found[m["id"]] = {}
                    continue
                roles = self._roles_for(m, j, sent, prev, left, right)
                if j:
                    self._inherit(roles, sent.money[j - 1], m, sent)
                for role in ("funder", "recipient", "programme"):
                    if role in roles:
                        roles[role] = self._nearest_mention(roles[role], m)
                if frame_left > 0:
                    for role, target in frame.items():
                        roles.setdefault(role, target)
                self.found[m["id"]] = roles
            # an introducing sentence ("... verdeelt de middelen als volgt:") frames the rows
            if sent.text.rstrip().endswith(":"):
                frame = self._frame(sent)
                if (
                    prev is not None
                    and prev.money
                    and "\n\n" not in self.text[prev.end : sent.start]
                ):
                    # "... € 20 mld beschikbaar voor het Nationaal Groeifonds. In tabel 1 staat
                    # weergegeven:": an introduction naming nothing takes the partners of the
                    # sum just before it in its paragraph (spec 6, settled 2026-12)
                    earlier = self.found.get(prev.money[-1]["id"], {})
                    for role in ("funder", "programme"):
                        if role in earlier:
                            frame.setdefault(role, earlier[role])
                frame_left = FRAME_UNITS if frame else 0
            elif frame_left > 0:
                frame_left = frame_left - 1 if len(sent.text) <= FRAME_UNIT_MAX else 0
        self._table_columns()
        for roles in self.found.values():
            target = self.by_id.get(roles.get("programme", ""))
            if target is not None and BUDGET_DOCUMENT.search(target["text"]):
                del roles["programme"]
            # nobody pays himself: "We stellen aan de Provinciale Staten voor om € 5 miljoen
            # beschikbaar te stellen" made the body asked both; the funder reading stays
            funder, recipient = (self.by_id.get(roles.get(r, "")) for r in ("funder", "recipient"))
            if funder is not None and recipient is not None and _same_entity(funder, recipient):
                del roles["recipient"]
        return self.found

    # -- tables ----------------------------------------------------------------------------
    def _cell_kind(self, sent: _Sentence) -> str:
        """'year' (a column header holding one year or period), 'cell' (one sum), or 'other'."""
        if len(sent.mentions) != 1:
            return "other"
        m = sent.mentions[0]
        rest = sent.text.strip().strip("-–−‒/ ")
        if m["label"] == "DATE":
            rest = YEAR_CELL_TRAIL.sub("", YEAR_CELL_LEAD.sub("", rest))
        if rest != m["text"]:
            return "other"
        if m["label"] == "MONEY":
            return "cell"
        value = m.get("value") or {}
        if m["label"] == "DATE" and (
            value.get("type") == "interval" or len(str(value.get("value") or "")) == 4
        ):
            return "year"
        return "other"

    def _table_columns(self) -> None:
        """Budget tables flattened one cell a line: the k-th sum of a row takes the k-th column
        year as its period; rows of balances, reserves and differences, and zero cells, move
        nothing and get no roles (spec 6). A table of a body's budget ("begrotingsstaat van het
        Ministerie van X") has that body as funder of its spending columns; receipt columns
        ("Ontvangsten", "Baten") keep their period only (guide 6.3-3).

        Columns are known in one of three ways: a run of year lines ("2013 / 2014 / ..."), short
        labels ("Lasten / Baten / Saldo"), or one header line per column, each with or without
        a year ("Ontwerpbegroting 2023 (1) / Mutaties via NvW (2) / ... / Mutatie 2024"): then a
        column without a year gives its cells no period."""
        header: list[Mention] = []
        years: list[Mention] = []
        labels: list[str] = []
        group_labels = False  # labels stood above the year header: right-aligned, first spans
        total_first = False  # a "Totaal" column stands before the year columns
        pending: list[str] = []
        owner: Mention | None = None
        table_year: Mention | None = None
        run: list[Mention] = []
        row_name: _Sentence | None = None
        last_other: _Sentence | None = None
        run_labels: list[str] = []
        recent: list[_Sentence] = []  # the last few lines that were no cell: a table's title
        head_lines: list[_Sentence] = []  # lines between a unit header and the first row
        columns: list[tuple[str, Mention | None]] | None = None
        in_table = False
        row_year: Mention | None = None
        run_year: Mention | None = None

        def column_label(k: int) -> str:
            if columns is not None and len(run) == len(columns):
                return columns[k][0]
            if 0 < len(run) <= len(labels):
                return labels[k + len(labels) - len(run)]
            if group_labels and labels:
                j = len(labels) - (len(run) - k)
                return labels[max(j, 0)]
            return ""

        def close_run() -> None:
            nonlocal labels, columns
            if not run:
                return
            # short lines before the first row: column labels, the last maybe the row's name
            if len(run_labels) >= 2:
                labels = run_labels[:-1] if len(run_labels) == len(run) + 1 else run_labels
            run_labels.clear()
            # one header line per column above the first row (the last line is the row's name)
            if columns is None and not header and len(head_lines) == len(run) + 1 >= 3:
                found = [(line.text.strip(), self._column_year(line)) for line in head_lines[:-1]]
                if any(year is not None for _, year in found):
                    columns = found
            head_lines.clear()
            row_label = row_name.text if row_name is not None else ""
            name = self._name_cell(row_name)
            if TOTAL_ROW.match(row_label):
                self.totals.update(x["id"] for x in run)
            elif total_first and len(run) >= 2:
                self.totals.add(run[0]["id"])
            for k, m in enumerate(run):
                roles = self.found.setdefault(m["id"], {})
                if self._row_moves_nothing(row_label, m):
                    roles.clear()
                    continue
                label = column_label(k)
                if label and self.cues.static.search(label):
                    roles.clear()  # a "Saldo" or "Verschil" column moves nothing
                    continue
                if RECEIPTS.search(label):
                    for role in ("funder", "recipient", "programme"):
                        roles.pop(role, None)
                else:
                    if name is not None:
                        role = "programme" if name["label"] == "PROGRAMME" else "recipient"
                        if name["id"] != roles.get("funder"):
                            roles[role] = name["id"]
                    if owner is not None and roles.get("recipient") != owner["id"]:
                        roles.setdefault("funder", owner["id"])
                if columns is not None and len(run) == len(columns):
                    year = columns[k][1]
                    if year is not None:
                        roles["period"] = year["id"]
                        roles.pop("date", None)
                    continue
                if not header:
                    year = run_year or table_year
                    if year is not None:
                        roles["period"] = year["id"]
                        roles.pop("date", None)
                    continue
                if total_first and len(run) >= 2:
                    # the total first, then the years from the left
                    col = k - 1 if len(run) - 1 <= len(header) else k - (len(run) - len(header))
                    if col >= 0:
                        roles["period"] = header[col]["id"]
                        roles.pop("date", None)
                    continue
                # fewer sums than years: from the right (a line that starts later leaves its first
                # columns empty); more: the first are totals
                col = k - (len(run) - len(header))
                if col >= 0:
                    roles["period"] = header[col]["id"]
                    roles.pop("date", None)
            run.clear()

        for sent in self.sents:
            if not sent.text.strip():
                continue
            kind = self._cell_kind(sent)
            if kind == "year":
                close_run()
                if not years and pending:  # "Realisatie / Begroting / Verschil" above the years
                    labels, group_labels, pending = pending, True, []
                    # "Totaal / t/m 2016 / 2017 / ...": a total column before the years
                    total_first = labels[-1].lower() in TOTAL_LABELS
                    group_labels = not total_first
                elif not years:
                    total_first = False
                years.append(sent.mentions[0])
                head_lines.clear()
                continue
            if years:
                if len(years) >= 2:
                    header = list(years)
                elif kind == "cell" and not header:
                    row_year = years[0]  # "Begroting 2026 / 335.448 / ...": the row's year
                years = []
            if kind == "cell":
                if not run:
                    run_year, row_year = row_year, None
                    row_name = None if run_year is not None else last_other
                    run_labels, pending = pending, []
                    if not in_table:
                        head_lines.clear()
                run.append(sent.mentions[0])
                continue
            close_run()
            last_other = sent
            recent = [*recent[-(TITLE_LINES - 1) :], sent]
            label = sent.text.strip()
            if in_table and columns is None and len(label) <= HEAD_LINE_MAX:
                head_lines.append(sent)
            # short column labels ("Verplichtingen", "Uitgaven", "Ontvangsten") before the rows
            if COLUMN_LABEL.match(label):
                pending = [*pending, label]
            else:  # "Lasten / Baten / Saldo / Begroting 2026": the labels end at a row name
                if len(pending) >= 2:
                    labels = pending
                pending = []
            if HEADER_HINT_RE.search(label) and UNIT_HEADER_RE.search(label):
                # a new table: not the last table's columns
                header, labels, group_labels, columns = [], [], False, None
                total_first = False
                head_lines.clear()
                in_table = True
                owner = self._budget_owner(sent)
                # "... voor het jaar 2023 (bedragen x € 1.000)": the year of every cell
                table_year = self._table_year(recent)
        close_run()
        self._pipe_columns()
        self._line_columns()

    @staticmethod
    def _column_year(line: _Sentence) -> Mention | None:
        """The one year a column header names ("Vastgestelde begroting 2023 (3)=(1)+(2)")."""
        years = [
            x
            for x in line.mentions
            if x["label"] == "DATE" and len(str((x.get("value") or {}).get("value") or "")) == 4
        ]
        return years[0] if len(years) == 1 and len(line.mentions) == 1 else None

    @staticmethod
    def _table_year(recent: list[_Sentence]) -> Mention | None:
        """The one year of a table's unit header ("... voor het jaar 2023 (bedragen x € 1.000)")
        or, failing that, of a budget title in the lines just above it ("Financiële
        toelichtingen begroting 2026")."""
        for k, line in enumerate(reversed(recent)):
            years = [x for x in line.mentions if x["label"] == "DATE"]
            if k == 0:
                if len(years) == 1:
                    return years[0]
                continue
            if len(years) == 1 and TABLE_TITLE.search(line.text) and len(line.text) <= 120:
                value = str((years[0].get("value") or {}).get("value") or "")
                if len(value) == 4:
                    return years[0]
        return None

    def _line_columns(self) -> None:
        """Rows on one line under a line of column years ("2020 2021 2022" / "Lasten 12.670
        15.426 12.601"): the sums take the years from the right; balance rows get no roles."""
        text = self.text
        if "\n" not in text:
            return
        header: list[Mention] = []
        for line_start, end in lines(text):
            inside = self._mentions_within(line_start, end)
            dates = [x for x in inside if x["label"] == "DATE"]
            money = [x for x in inside if x["label"] == "MONEY"]
            if len(dates) >= 2 and not money:
                rest = text[line_start:end]
                for x in dates:
                    rest = rest.replace(x["text"], " ")
                words = rest.split()
                # "2020 2021 2022", "Realisatie 2020 Begroting 2021", "Lasten 2020 Baten 2020"
                if len(rest.strip()) <= 40 or (
                    len(words) <= 2 * len(dates) and all(len(w) <= 15 for w in words)
                ):
                    header = dates
                continue
            if len(money) < 2 or not header or len(money) > len(header):
                continue
            label = text[line_start : money[0]["start"]]
            if not label.strip() or text.find("|", line_start, end) >= 0:
                continue
            if TOTAL_ROW.match(label):
                self.totals.update(x["id"] for x in money)
            for k, m in enumerate(money):
                roles = self.found.setdefault(m["id"], {})
                if self._row_moves_nothing(label, m):
                    roles.clear()
                    continue
                roles["period"] = header[k + len(header) - len(money)]["id"]
                roles.pop("date", None)

    def _budget_owner(self, sent: _Sentence) -> Mention | None:
        """The body whose budget a table states: "begrotingsstaat van het Ministerie van X"."""
        for x in sent.mentions:
            if x["label"] == "ORG" and BUDGET_OF.search(
                self.text[max(sent.start, x["start"] - 40) : x["start"]]
            ):
                return x
        return None

    def _row_moves_nothing(self, row_label: str, m: Mention) -> bool:
        """A balance, reserve or difference row, or a zero cell: the sum gets no roles."""
        return bool(self.cues.static.search(row_label)) or (m.get("value") or {}).get("amount") in (
            "0",
            0,
        )

    def _mentions_within(self, lo: int, hi: int) -> list[Mention]:
        """Mentions lying wholly inside [lo, hi) (a table cell or line), by binary search."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [x for x in self.mentions[i:j] if x["end"] <= hi]

    @staticmethod
    def _name_cell(cell: _Sentence | None) -> Mention | None:
        """The name a row cell holds ("Stichting A", "HWBP-2"): one ORG, LOC or PROGRAMME
        mention covering most of a short cell."""
        if cell is None or len(cell.mentions) != 1 or len(cell.text) > 150:
            return None
        m = cell.mentions[0]
        if m["label"] not in (*ACTORS, "PROGRAMME"):
            return None
        lead = cell.text[: m["start"] - cell.start]
        # "Erfgoedhuis Zuid-Holland" with only the place found: the place ends a longer name
        if m["label"] == "LOC" and lead.strip()[:1].isupper():
            return None
        if (m["end"] - m["start"]) >= 0.5 * len(cell.text.strip()):
            return m
        # "– waarvan bijdrage aan agentschap RWS": the row names who its sums go to
        if m["label"] in ACTORS and ROW_GIVEN_TO.search(lead):
            return m
        return None

    def _pipe_columns(self) -> None:
        """Pipe rows ("N1. Raad | -17 | -17 |"): a sum takes the year of its column."""
        text = self.text
        if text.count("|") < 4:
            return
        header: dict[int, Mention] = {}
        for pos, end in lines(text):
            cells = pipe_cells(text, pos, end) if text.find("|", pos, end) >= 0 else None
            if not cells:
                continue
            row: dict[int, Mention] = {}
            for j, (cs, ce) in enumerate(cells):
                inside = self._mentions_within(cs, ce)
                if len(inside) == 1:
                    row[j] = inside[0]
            years = {j: m for j, m in row.items() if m["label"] == "DATE"}
            if len(years) >= 2:
                header = years
                continue
            name = text[cells[0][0] : cells[0][1]]
            if TOTAL_ROW.match(name):
                self.totals.update(m["id"] for m in row.values() if m["label"] == "MONEY")
            for j, m in row.items():
                if m["label"] != "MONEY":
                    continue
                roles = self.found.setdefault(m["id"], {})
                if self._row_moves_nothing(name, m):
                    roles.clear()
                elif j in header:
                    roles["period"] = header[j]["id"]
                    roles.pop("date", None)

    def _frame(self, sent: _Sentence) -> dict[str, str]:
        frame: dict[str, str] = {}
        if sent.cue("give", self.cues.give) or sent.cue("passive", self.cues.passive):
            subject = self._subject(sent, sent.end, sent.start)
            if subject is not None:
                frame["funder"] = subject["id"]
        for m in sent.mentions:
            if m["label"] == "PROGRAMME" and PROGRAMME_BEFORE.search(
                self.text[max(sent.start, m["start"] - 40) : m["start"]]
            ):
                frame["programme"] = m["id"]
                break
        return frame

    def _roles_for(
        self,
        m: Mention,
        j: int,
        sent: _Sentence,
        prev: _Sentence | None,
        left: int,
        right: int,
    ) -> dict[str, str]:
        text, cues = self.text, self.cues
        roles: dict[str, str] = {}
        after = sent.starting_in(m["end"], right)
        window = [x for x in sent.starting_in(left, m["start"]) if x["end"] <= m["start"]]
        sentence_text = sent.text
        first_money = sent.money[0]

        # 1. prepositions right after the sum: "van het kabinet", "aan X", "uit het Fonds"
        anchor = m["end"]  # end of the sum or of the last partner found after it
        for x in after:
            gap = text[m["end"] : x["start"]]
            if x["start"] - anchor > 45:
                break
            found_before = len(roles)
            if x["label"] in ACTORS:
                if "funder" not in roles and FUNDER_AFTER.match(gap):
                    if not self._is_parliament(x):
                        roles["funder"] = x["id"]
                elif "recipient" not in roles and (
                    RECIPIENT_AFTER.match(gap)
                    or (anchor > m["end"] and RECIPIENT_CHAIN.match(text, anchor, x["start"]))
                ):
                    roles["recipient"] = x["id"]
            if (
                x["label"] in (*ACTORS, "PROGRAMME")
                and "recipient" not in roles
                and PROJECT_AFTER.match(gap)
            ):
                roles["recipient"] = x["id"]
            elif (
                x["label"] == "PROGRAMME"
                and "programme" not in roles
                and PROGRAMME_AFTER.match(gap)
            ):
                roles["programme"] = x["id"]
            if x["label"] in ("MONEY",):
                break
            if len(roles) > found_before:
                anchor = x["end"]

        # "... beschikbaar te stellen in het kader van X ten behoeve van Stichting Y": the
        # beneficiary marker names the recipient also further from the sum
        if "recipient" not in roles:
            for x in after:
                if x["start"] - m["end"] > BENEFIT_REACH:
                    break
                if x["label"] in ACTORS and BENEFIT.search(
                    text, max(m["end"], x["start"] - 40), x["start"]
                ):
                    roles["recipient"] = x["id"]
                    break

        # 2. the verb frame of the sentence
        request = sent.cue("request", cues.request)
        # a receiving verb belongs to this sum's clause: before it in the sentence, or just after
        # it ("dat X 5 miljoen krijgt"); later items of an enumeration inherit the first one's
        reach = min(len(sentence_text), m["end"] - sent.start + RECEIVE_AFTER)
        receive = sent.cue("receive", cues.receive)
        if receive is not None and receive.end() > reach:
            receive = None
        give = sent.cue("give", cues.give)
        if request:
            # motions: "De Kamer, ... verzoekt de regering 40 miljoen beschikbaar te stellen"
            at = sent.start + request.end()
            asks_money = bool(cues.give.search(sentence_text, request.end())) or bool(
                cues.passive.search(sentence_text, request.end())
            )
            if "funder" not in roles and asks_money:
                if "asked" not in sent.memo:  # the first actor after the request, once
                    sent.memo["asked"] = next(
                        (
                            x
                            for x in sent.starting_in(at, sent.end)
                            if x["label"] in ACTORS and not self._is_parliament(x)
                        ),
                        None,
                    )
                target = sent.memo["asked"]
                if target is not None and target["start"] >= m["start"] + 200:
                    target = None
                # "verzoekt de regering te onderzoeken of Vestia ... terug kan betalen": another
                # actor between the one asked and the sum is the one who pays
                between = target is not None and sent.actor_in(target["end"], m["start"])
                # the first infinitive asked for must be a giving one ("beschikbaar te stellen",
                # not "te onderzoeken of ...")
                asked = None
                if target is not None:
                    infinitive = TE_INFINITIVE.search(text, target["end"], sent.end)
                    stop = infinitive.end() if infinitive else sent.end
                    asked = cues.give.search(text[target["end"] : stop])
                if target is not None and target["start"] < m["start"] and not between and asked:
                    roles["funder"] = target["id"]
        elif receive:
            verb_at = sent.start + receive.start()
            if "recipient" not in roles:
                # the subject of "krijgt": the actor of this sum's own stretch of an enumeration
                cands = [
                    x
                    for x in window
                    if x["label"] in ACTORS
                    and self._subject_like(x, left)
                    and not self._is_parliament(x)
                ]
                if cands and ((j == 0 and cands[0]["start"] < verb_at) or j > 0):
                    roles["recipient"] = (cands[0] if j == 0 else cands[-1])["id"]
                elif j > 0:
                    earlier = self.found.get(sent.money[j - 1]["id"], {})
                    if earlier.get("recipient") and not [x for x in window if x["label"] in ACTORS]:
                        roles["recipient"] = earlier["recipient"]
            if "funder" not in roles and j > 0:
                earlier = self.found.get(first_money["id"], {})
                if earlier.get("funder"):
                    roles["funder"] = earlier["funder"]
        elif give:
            subject = None
            if j:
                # a clause of its own: "..., de gemeente Rotterdam heeft dit aangevuld met 130 mln"
                own = next(
                    (x for x in window if x["label"] in ACTORS and self._subject_like(x, left)),
                    None,
                )
                if (
                    own is not None
                    and not self._is_parliament(own)
                    and cues.give.search(text, own["end"], m["start"])
                ):
                    subject = own
            if subject is None:
                subject = self._subject(
                    sent, min(m["start"], sent.start + give.start()), sent.start
                )
            if subject is None:
                # inversion: "Met € 5 miljoen steunt de provincie ..." / "... investeert het Rijk"
                verb_end = sent.start + give.end()
                # only an article may stand between, so the actor is the first mention after
                nxt = sent.first_at(verb_end)
                if (
                    nxt is not None
                    and nxt["label"] in ACTORS
                    and re.fullmatch(r"\s*" + ARTICLE, text[verb_end : nxt["start"]], re.I)
                    and not self._is_parliament(nxt)
                ):
                    subject = nxt
            if subject is not None and "funder" not in roles:
                roles["funder"] = subject["id"]
            # enumerations after a giving verb: "geeft A 5 miljoen, B 3 miljoen"
            if "recipient" not in roles and window:
                last = window[-1]
                if (
                    last["label"] in ACTORS
                    and last["id"] != roles.get("funder")
                    and ROW_GAP.match(text[last["end"] : m["start"]])
                    and self._subject_like(last, left)
                ):
                    roles["recipient"] = last["id"]

        # "gefinancierd door het ministerie ... met 50 mln", "budget vanuit het ministerie is 70
        # miljoen": an actor after "door"/"vanuit" in the sum's own stretch pays
        if "funder" not in roles:
            for x in window:
                lead = text[max(left, x["start"] - 20) : x["start"]]
                if (
                    x["label"] in ACTORS
                    and AGENT_BEFORE.search(lead)
                    and not self._is_parliament(x)
                ):
                    roles["funder"] = x["id"]
                    break
        # "In totaal 7 mln euro heeft het kabinet bijgedragen": the subject after the sum
        if "funder" not in roles and give and after:
            x = after[0]
            if (
                x["label"] in ACTORS
                and AUX_GAP.match(text[m["end"] : x["start"]])
                and not self._is_parliament(x)
            ):
                roles["funder"] = x["id"]
        # "de 3,4 miljard euro die het vorige kabinet al had vrijgemaakt"
        if "funder" not in roles:
            for x in after:
                if x["label"] not in ACTORS:
                    continue
                if RELATIVE_GAP.match(text[m["end"] : x["start"]]) and cues.give.search(
                    text[x["end"] : min(right, x["end"] + 60)]
                ):
                    roles["funder"] = x["id"]
                break
        # "de € 340 mln. taakstelling voor het ministerie": a cut is paid by the body it is for
        if roles.get("recipient") and cues.cut.match(text[m["end"] : m["end"] + 20].lstrip()):
            roles.setdefault("funder", roles.pop("recipient"))

        # 3. agentless passive: the funder named in the previous sentence
        if "funder" not in roles and not request:
            stretch = text[left:right]
            if (
                cues.passive.search(stretch)
                and PASSIVE_AUX.search(stretch)
                and not any(x["label"] in ACTORS for x in window)
                and prev is not None
            ):
                subject = self._subject(prev, prev.end, prev.start)
                if subject is not None and subject["label"] == "ORG":
                    roles["funder"] = subject["id"]

        # 4. rows: "Gemeente A  € 5.000" (same unit) or a name cell above a sum cell
        if "recipient" not in roles and not give and not receive and not request:
            row = self._row_name(m, sent, window)
            if row is not None and row["id"] != roles.get("funder"):
                roles["recipient"] = row["id"]

        # "verleent aan Stichting X een subsidie van € 5.000", "De begrotingssubsidie voor de
        # gemeente X ... voor een bedrag van € 100.000": the one it is given to, before the sum
        if "recipient" not in roles and not receive and not request:
            for x in reversed(window):
                if x["label"] not in ACTORS or x["id"] == roles.get("funder"):
                    continue
                lead = text[max(left, x["start"] - 40) : x["start"]]
                if GIVEN_TO.search(lead) and not ROW_BREAK.search(text, x["end"], m["start"]):
                    roles["recipient"] = x["id"]
                break

        # a grant under a heading that names its receiver ("Subsidiëring project “Kasteel 4”")
        if "recipient" not in roles and (give or cues.passive.search(text, left, right)):
            named = self._heading_receiver(prev, m)
            if named is not None and named["id"] != roles.get("funder"):
                roles["recipient"] = named["id"]

        # 5. programme before the sum: "uit het Klimaatfonds ...", "Groeifonds van 20 miljard";
        # a ceiling or budget with no instrument in its sentence belongs to the one just named
        if "programme" not in roles:
            programme = self._programme_before(m, sent, window)
            if (
                programme is None
                and prev is not None
                and (CEILING.search(text[left : m["start"]]) or POINTER.search(text[left:right]))
                and not ROW_BREAK.search(text, left, m["start"])
                and not any(x["label"] == "PROGRAMME" for x in sent.mentions)
            ):
                named = [x for x in prev.mentions if x["label"] == "PROGRAMME"]
                programme = named[-1] if named else None
            if programme is not None:
                roles["programme"] = programme["id"]

        # 6. period and date
        self._time_roles(m, sent, left, right, roles)
        return roles

    def _inherit(self, roles: dict[str, str], before: Mention, m: Mention, sent: _Sentence) -> None:
        """ "... is 70 miljoen euro in 2018, 108 miljoen euro in 2019": a later item of a plain
        list of sums (nothing but dates and list words between) keeps the funder and programme
        of the item before it."""
        gap = self.text[before["end"] : m["start"]]
        if len(gap) > LIST_GAP_MAX or not ("," in gap or " en " in gap):
            return
        between = sent.starting_in(before["end"], m["start"])
        if any(x["label"] != "DATE" for x in between):
            return
        rest = gap
        for x in between:
            rest = rest.replace(x["text"], " ")
        if not SUM_LIST_GAP.match(rest):
            return
        earlier = self.found.get(before["id"], {})
        for role in ("funder", "programme"):
            if role in earlier and role not in roles and earlier[role] != roles.get("recipient"):
                roles[role] = earlier[role]

    def _heading_receiver(self, prev: _Sentence | None, m: Mention) -> Mention | None:
        """The project or body a grant heading names, when that heading stands right above the
        sum's paragraph (decision lists of Gedeputeerde Staten, council letters)."""
        if prev is None or not HEADING.match(prev.text.strip()):
            return None
        if "\n" not in self.text[prev.end : m["start"]]:
            return None
        for x in prev.mentions:
            if x["label"] not in ("ORG", "PROGRAMME"):
                continue
            if GRANT_HEADING.match(self.text[prev.start : x["start"]]):
                return x
            return None
        return None

    def _row_name(self, m: Mention, sent: _Sentence, window: list[Mention]) -> Mention | None:
        """ "Gemeente A  € 5.000": a name opening the sum's line right before it. (A sum alone
        in its cell gets its row's name in ``_table_columns``.)"""
        if not window:
            return None
        text, last = self.text, window[-1]
        if (
            last["label"] in ACTORS
            and ROW_GAP.match(text[last["end"] : m["start"]])
            and self._subject_like(last, sent.start)
        ):
            # only blanks between the line's start (inside the sentence) and the name
            p = last["start"]
            while p > sent.start and text[p - 1] in " \t":
                p -= 1
            if p == 0 or (p > sent.start and text[p - 1] == "\n"):
                return last
            # a list run on into one line ("Noord-Drenthe € 15 miljoen Eemsdelta € 8,5
            # miljoen ..."): the name follows the previous item's sum directly
            if len(sent.money) >= 3:
                k = bisect.bisect_left(sent.starts, last["start"]) - 1
                before = sent.mentions[k] if k >= 0 else None
                if (
                    before is not None
                    and before["label"] == "MONEY"
                    and LIST_ITEM_GAP.match(text, before["end"], last["start"])
                ):
                    return last
        return None

    def _programme_before(
        self, m: Mention, sent: _Sentence, window: list[Mention]
    ) -> Mention | None:
        text = self.text
        # the instrument as the subject of its money: "Het Groeifonds investeert 20 miljard",
        # "De SDE++ heeft een budget van 8 miljard"
        first = sent.mentions[0] if sent.mentions else None
        if (
            first is not None
            and first["label"] == "PROGRAMME"
            and first["end"] <= m["start"]
            # its own first sum on the same line: not every cell of a table set as one "sentence"
            and m is sent.first_money_after(first["end"])
            and text.find("\n", first["end"], m["start"]) < 0
            and self._subject_like(first, sent.start)
            and not self._actor_ending_by(sent, m["start"])
            and (
                sent.cue("give", self.cues.give)
                or sent.cue("passive", self.cues.passive)
                or sent.cue("budget", self.cues.budget)
            )
        ):
            return first
        # the programme directly in front of its own sum, only link words between
        for x in reversed(window):
            if x["label"] == "PROGRAMME":
                gap = text[x["end"] : m["start"]]
                if len(gap) <= LINK_MAX and _words_only(gap, self.cues.link):
                    return x
            break
        # a programme that the sentence says the money comes from or through (in the same
        # paragraph or row: a table read as one long sentence must not hand it to every cell)
        sources = self._sources(sent)
        if not sources:
            return None
        # a row break between a source and the sum also lies between every earlier source and
        # the sum: the answer is the first source ending after the last break before the sum
        breaks = self._breaks(sent)
        b = bisect.bisect_right(breaks[1], m["start"]) - 1
        floor = breaks[0][b] if b >= 0 else -1
        i = bisect.bisect_right(sent.memo["source_ends"], floor)
        if i < len(sources) and sources[i]["start"] < m["start"]:
            x = sources[i]
            # "voor MIT (€ 11 mln.), IPC (€ 6 mln.)": a source with its own sum right after it
            # is that sum's, not every later item's
            own = sent.first_money_after(x["end"])
            if (
                own is not None
                and own is not m
                and own["start"] < m["start"]
                and _words_only(text[x["end"] : own["start"]], self.cues.link)
                and self._enumerated(m, sent)
            ):
                return None
            return x
        return None

    def _breaks(self, sent: _Sentence) -> tuple[list[int], list[int]]:
        """Starts and ends of the sentence's row breaks, found in one pass."""
        if "breaks" not in sent.memo:
            found = list(ROW_BREAK.finditer(self.text, sent.start, sent.end))
            sent.memo["breaks"] = ([x.start() for x in found], [x.end() for x in found])
        return sent.memo["breaks"]

    def _enumerated(self, m: Mention, sent: _Sentence) -> bool:
        """Is the sum an item of a list of sums ("..., IPC (€ 6 mln.)"): close behind the sum
        before it, not a clause of its own ("..., waarmee het jaarlijkse budget op € 1,5 mld")?"""
        i = bisect.bisect_left(sent.money_starts, m["start"])
        return i > 0 and m["start"] - sent.money[i - 1]["end"] <= ITEM_GAP_MAX

    def _sources(self, sent: _Sentence) -> list[Mention]:
        """Programmes the sentence says money comes from or through ("uit het Klimaatfonds")."""
        if "sources" not in sent.memo:
            text = self.text
            sent.memo["sources"] = [
                x
                for x in sent.mentions
                if x["label"] == "PROGRAMME"
                and (
                    PROGRAMME_BEFORE.search(text[max(sent.start, x["start"] - 40) : x["start"]])
                    # "in het Deltafonds is € 21 miljard beschikbaar": money in a fund is its
                    or (
                        FUND_NAME.search(x["text"])
                        and IN_BEFORE.search(text[max(sent.start, x["start"] - 12) : x["start"]])
                    )
                )
            ]
            sent.memo["source_ends"] = [x["end"] for x in sent.memo["sources"]]
        return sent.memo["sources"]

    def _actor_ending_by(self, sent: _Sentence, pos: int) -> bool:
        """Does an actor of the sentence end at or before ``pos``? (The earliest-ending actor
        decides, and mentions do not overlap, so the first actor is enough.)"""
        if not sent.actor_starts:
            return False
        first = sent.first_at(sent.actor_starts[0])
        return first is not None and first["end"] <= pos

    def _time_roles(
        self, m: Mention, sent: _Sentence, left: int, right: int, roles: dict[str, str]
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

    def _respective_date(self, m: Mention, sent: _Sentence) -> Mention | None:
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

    def _list_head(self, x: Mention, sent: _Sentence) -> Mention:
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


def _same_entity(a: Mention, b: Mention) -> bool:
    """Two mentions of one body: the same mention, or the same name as flows show it."""
    return a["id"] == b["id"] or display_name(a).lower() == display_name(b).lower()


def assign_roles(
    text: str, mentions: list[Mention], extents: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Copies of ``mentions`` with ``roles`` filled on MONEY mentions. ``extents`` are the
    text's sentences when the caller has them already (:func:`segment.sentences`)."""
    if not any(m["label"] == "MONEY" for m in mentions):
        return [dict(m) for m in mentions]
    finder = RoleFinder(text, mentions, cue_patterns(), extents)
    found = finder.roles()
    out = []
    for m in mentions:
        m = dict(m)
        if m["label"] == "MONEY":
            m["roles"] = found.get(m["id"], {})
            if m["id"] in finder.totals:
                m[TABLE_TOTAL] = True
        out.append(m)
    return out
