"""Roles read from budget tables: a cell's period from its column, its partner from its row.

Why apart from the prose rules: a table flattened to text (one cell a line, a row on one line,
or pipe cells) says who and when by position, not by sentence structure; these readers run
after the prose rules and overrule them cell by cell (spec 6, corpus guide 6.3 and 6.4).
"""

from __future__ import annotations

import bisect

from nlds_nlp.grammar.tables import HEADER_HINT_RE, UNIT_HEADER_RE, lines, pipe_cells
from nlds_nlp.relations.cues import CuePatterns
from nlds_nlp.relations.patterns import (
    ACTORS,
    BUDGET_OF,
    CELL_MARK,
    COLUMN_LABEL,
    COLUMN_NUMBER,
    CONTRIBUTION,
    HEAD_LINE_MAX,
    MARK_LINE,
    RECEIPTS,
    ROW_GIVEN_TO,
    ROW_PURPOSE,
    TABLE_TITLE,
    TITLE_LINES,
    TOTAL_LABELS,
    TOTAL_ROW,
    YEAR_CELL_LEAD,
    YEAR_CELL_TRAIL,
)
from nlds_nlp.relations.sentence import Mention, Sentence


class TableReader:
    """The table part of :class:`nlds_nlp.relations.roles.RoleFinder` (a mixin: it reads and
    writes the finder's ``found`` roles and ``totals``)."""

    text: str
    cues: CuePatterns
    sents: list[Sentence]
    found: dict[str, dict[str, str]]
    totals: set[str]
    mentions: list[Mention]
    starts: list[int]

    def _cell_kind(self, sent: Sentence) -> str:
        """'year' (a column header holding one year or period), 'cell' (one sum), or 'other'."""
        if len(sent.mentions) != 1:
            return "other"
        m = sent.mentions[0]
        rest = sent.text.strip().strip("|").strip().strip("-–−‒/ ")  # "2026 |": a pipe cell
        if m["label"] == "DATE":
            rest = YEAR_CELL_TRAIL.sub("", YEAR_CELL_LEAD.sub("", rest))
        elif m["label"] == "MONEY":
            rest = CELL_MARK.sub("", rest)  # "12.413 N": nadelig / voordelig marks the sign
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
        row_name: Sentence | None = None
        last_other: Sentence | None = None
        run_labels: list[str] = []
        recent: list[Sentence] = []  # the last few lines that were no cell: a table's title
        head_lines: list[Sentence] = []  # lines between a unit header and the first row
        columns: list[tuple[str, Mention | None]] | None = None
        in_table = False
        row_year: Mention | None = None
        run_year: Mention | None = None
        static_years: set[str] = set()  # header years of "Verschil" or "Saldo" columns
        contributions = False  # the table lists who contributes ("Bijdragen", "financiering")
        group: Mention | None = None  # the contributor heading a group of rows ("Rijk")
        group_rows = 0
        rows_seen = False  # a row of the current table was read (its header lines are over)

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
            nonlocal labels, columns, group, group_rows, rows_seen
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
            if columns is None and not header:
                columns = self._numbered_columns(head_lines, len(run), table_year)
            head_lines.clear()
            row_label = row_name.text if row_name is not None else ""
            name = self._name_cell(row_name)
            # "Rijk / Totaal / 1.006 / ... / HWBP-2 / 963 / ... / Totaal bijdragen / 1.258": the
            # contributor above a group of rows pays each of them; a later total closes the group
            if group is not None and row_name is not None and group in row_name.mentions:
                group = None  # the body names this row itself ("Stichting A / € 5.000"): no group
            payer = group
            if group is not None and TOTAL_ROW.match(row_label) and group_rows:
                payer, group = None, None
            group_rows += 1
            rows_seen = True
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
                    if payer is not None and roles.get("recipient") != payer["id"]:
                        roles.setdefault("funder", payer["id"])
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
                if col >= 0 and header[col]["id"] in static_years:
                    roles.clear()  # a difference or balance column moves nothing
                elif col >= 0:
                    roles["period"] = header[col]["id"]
                    roles.pop("date", None)
            run.clear()

        for sent in self.sents:
            if not sent.text.strip():
                continue
            if run and MARK_LINE.fullmatch(sent.text):
                continue  # "89.926 / N / 84.307 / N": a cell's mark on a line of its own
            kind = self._cell_kind(sent)
            if kind == "year":
                group = None
                if self.cues.static.search(sent.text):
                    static_years.add(sent.mentions[0]["id"])  # "Verschil Act. begr./Rek. 2022"
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
            if in_table and not rows_seen and CONTRIBUTION.search(label):
                contributions = True  # said in the table's header lines, not in a row's name
            heading = self._actor_line(sent) if contributions else None
            if heading is not None:
                group, group_rows = heading, 0
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
                total_first, contributions, group, rows_seen = False, False, None, False
                head_lines.clear()
                in_table = True
                owner = self._budget_owner(sent)
                # "... voor het jaar 2023 (bedragen x € 1.000)": the year of every cell
                table_year = self._table_year(recent)
        close_run()
        self._pipe_columns()
        self._line_columns()

    def _numbered_columns(
        self, head_lines: list[Sentence], cells: int, table_year: Mention | None
    ) -> list[tuple[str, Mention | None]] | None:
        """Column headers numbered in order above the rows ("Vastgestelde begroting (1) /
        Realisatie (2) / Verschil (3) = (2) - (1) / Realisatie 2023 (4)"), as many as the row has
        cells. A column takes its own year, else the table's title year ("... voor het jaar
        2024"), else none (guide 6.4-3). A "Verschil" column moves nothing (its label says so)."""
        numbered = [
            (line, mark) for line in head_lines if (mark := COLUMN_NUMBER.search(line.text))
        ]
        if len(numbered) != cells or cells < 2:
            return None
        if [int(mark.group(1)) for _, mark in numbered] != list(range(1, cells + 1)):
            return None
        return [(line.text.strip(), self._column_year(line) or table_year) for line, _ in numbered]

    @staticmethod
    def _column_year(line: Sentence) -> Mention | None:
        """The one year a column header names ("Vastgestelde begroting 2023 (3)=(1)+(2)")."""
        years = [
            x
            for x in line.mentions
            if x["label"] == "DATE" and len(str((x.get("value") or {}).get("value") or "")) == 4
        ]
        return years[0] if len(years) == 1 and len(line.mentions) == 1 else None

    @staticmethod
    def _table_year(recent: list[Sentence]) -> Mention | None:
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

    def _budget_owner(self, sent: Sentence) -> Mention | None:
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
    def _actor_line(line: Sentence) -> Mention | None:
        """The one body a line holds and nothing else ("Rijk", "Provincie Utrecht")."""
        if len(line.mentions) != 1 or line.mentions[0]["label"] not in ACTORS:
            return None
        m = line.mentions[0]
        return m if line.text.strip(" \t|:") == m["text"] else None

    @staticmethod
    def _name_cell(cell: Sentence | None) -> Mention | None:
        """The name a row cell holds ("Stichting A", "HWBP-2"): one ORG, LOC or PROGRAMME
        mention covering most of a short cell; or the body that opens a row "X t.b.v. Y" (the
        one named first receives, spec 6), whatever the purpose after it names."""
        if cell is None or not cell.mentions or len(cell.text) > 250:
            return None
        m = cell.mentions[0]
        if (
            m["label"] == "ORG"
            and not cell.text[: m["start"] - cell.start].strip()
            and ROW_PURPOSE.match(cell.text, m["end"] - cell.start)
        ):
            return m
        if len(cell.mentions) != 1 or len(cell.text) > 150:
            return None
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
