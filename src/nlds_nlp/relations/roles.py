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

from nlds_nlp.grammar.names import PARTIES
from nlds_nlp.relations.cues import CuePatterns, cue_patterns
from nlds_nlp.relations.flows import TABLE_TOTAL, display_name
from nlds_nlp.relations.patterns import (
    ABBREVIATION_GAP,
    ACTOR_VERB,
    ACTORS,
    AGENT_BEFORE,
    ARTICLE,
    AUX_GAP,
    BENEFIT,
    BENEFIT_REACH,
    BUDGET_DOCUMENT,
    CEILING,
    FRAME_UNIT_MAX,
    FRAME_UNITS,
    FROM_BEFORE,
    FUND_NAME,
    FUNDER_AFTER,
    GIVEN_TO,
    GRANT_FROM,
    GRANT_FROM_GAP,
    GRANT_HEADING,
    HEADING,
    IN_BEFORE,
    ITEM_GAP_MAX,
    LINK_MAX,
    LIST_GAP_MAX,
    LIST_ITEM_GAP,
    OWN_SOURCE_GAP,
    PASSIVE_AUX,
    POINTER,
    PREP_BEFORE,
    PROGRAMME_AFTER,
    PROGRAMME_BEFORE,
    PROJECT_AFTER,
    RECEIVE_AFTER,
    RECIPIENT_AFTER,
    RECIPIENT_CHAIN,
    RELATIVE_GAP,
    ROW_BREAK,
    ROW_GAP,
    SHORT_FORM,
    STATE_GRANT,
    STATIC_BEFORE,
    SUM_LIST_GAP,
    TE_INFINITIVE,
    TITLE_OF,
    TO_BEFORE,
)
from nlds_nlp.relations.periods import TimeRoles
from nlds_nlp.relations.segment import SentenceIndex, sentences
from nlds_nlp.relations.sentence import Mention, Sentence, words_only
from nlds_nlp.relations.tables import TableReader

PARTY_NAMES = frozenset(PARTIES)


class RoleFinder(TableReader, TimeRoles):
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
            Sentence(text, i, s, e, ms)
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
        """A body that asks, amends or votes but never pays: a parliament, council or a
        political party ("het amendement van ... (CDA)": the party is no funder)."""
        text = m["text"]
        return text.lower() in self.cues.parliament or text in PARTY_NAMES

    def _subject_like(self, m: Mention, floor: int) -> bool:
        """An actor not governed by a preposition ("in Zuid-Holland", "aan de gemeente"),
        unless it is a ministry after a title ("minister van Binnenlandse Zaken")."""
        lead = self.text[max(floor, m["start"] - 40) : m["start"]]
        return not PREP_BEFORE.search(lead) or bool(TITLE_OF.search(lead))

    def _subject(self, sent: Sentence, before: int, floor: int) -> Mention | None:
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

    def _first_subject(self, sent: Sentence) -> Mention | None:
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
                if "funder" not in roles and ("recipient" in roles or len(sent.money) >= 3):
                    # a list under a header naming the state's grant ("16 Regio Deals
                    # Geselecteerd voorstel Regio Deal Rijksbijdrage Noord-Drenthe € 15 miljoen
                    # ..."): the national government pays every row, through the programme
                    # the header names first
                    rijk = self._state_grant_header(sent)
                    if rijk is not None and rijk["id"] != roles.get("recipient"):
                        roles["funder"] = rijk["id"]
                        named = sent.memo.get("state_grant_programme")
                        if named is not None:
                            roles.setdefault("programme", named["id"])
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

    def _frame(self, sent: Sentence) -> dict[str, str]:
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
        # "... met de beschikbare rijksbijdrage in miljoenen:": the national government pays;
        # its nearest mention before the introduction is the rows' funder
        if "funder" not in frame and sent.cue("state_grant", STATE_GRANT):
            rijk = self._last_named(("rijk", "het rijk", "rijksoverheid"), sent.start)
            if rijk is not None:
                frame["funder"] = rijk["id"]
        return frame

    def _state_grant_header(self, sent: Sentence) -> Mention | None:
        """The last "Rijk" mention before a sentence whose text before its first sum names the
        state's grant ("rijksbijdrage"), once per sentence."""
        if "state_grant" not in sent.memo:
            first = sent.money[0]["start"]
            rijk = programme = None
            if STATE_GRANT.search(self.text, sent.start, first):
                rijk = self._last_named(("rijk", "het rijk", "rijksoverheid"), sent.start)
                programme = next(
                    (x for x in sent.starting_in(sent.start, first) if x["label"] == "PROGRAMME"),
                    None,
                )
            sent.memo["state_grant"] = rijk
            sent.memo["state_grant_programme"] = programme
        return sent.memo["state_grant"]

    def _last_named(self, names: tuple[str, ...], before: int) -> Mention | None:
        """The last ORG mention before ``before`` with one of ``names`` (lowercase)."""
        best: Mention | None = None
        for name in names:
            same = self.by_name.get(("ORG", name), [])
            j = bisect.bisect_left(same, before, key=lambda x: x["start"]) - 1
            if j >= 0 and (best is None or same[j]["start"] > best["start"]):
                best = same[j]
        return best

    def _roles_for(
        self,
        m: Mention,
        j: int,
        sent: Sentence,
        prev: Sentence | None,
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
                # "... in stationsgebieden Zaanstad De provincie Noord-Holland wil 12 miljoen
                # uittrekken": the actor right before the finite verb of the sum's clause
                subject = next(
                    (
                        x
                        for x in reversed(window)
                        if x["label"] in ACTORS
                        and ACTOR_VERB.match(text, x["end"], m["start"])
                        and self._subject_like(x, left)
                        and not self._is_parliament(x)
                    ),
                    None,
                )
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
        # "een subsidie van de Provincie Zeeland van € 15.000": the giver named with the grant
        if "funder" not in roles and window:
            x = window[-1]
            if (
                x["label"] in ACTORS
                and GRANT_FROM.search(text, max(left, x["start"] - 40), x["start"])
                and GRANT_FROM_GAP.fullmatch(text, x["end"], m["start"])
                and not self._is_parliament(x)
            ):
                roles["funder"] = x["id"]
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
            passive = bool(cues.passive.search(stretch) and PASSIVE_AUX.search(stretch))
            if (
                (passive or cues.participle.search(text, left, m["start"]))
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
                self._sources(sent)  # fills the memo of sources money comes from
                if "recipient" not in roles and programme["id"] in sent.memo["source_from"]:
                    goes_to = self._programme_going_to(sent, left, m)
                    if goes_to is not None:
                        roles["recipient"] = goes_to["id"]

        # 6. period and date
        self._time_roles(m, sent, left, right, roles)
        return roles

    def _inherit(self, roles: dict[str, str], before: Mention, m: Mention, sent: Sentence) -> None:
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

    def _heading_receiver(self, prev: Sentence | None, m: Mention) -> Mention | None:
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

    def _row_name(self, m: Mention, sent: Sentence, window: list[Mention]) -> Mention | None:
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
            if p == 0 or text[p - 1] == "\n":
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
        self, m: Mention, sent: Sentence, window: list[Mention]
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
                if (
                    len(gap) <= LINK_MAX
                    and not self._owned_by_earlier_sum(x, m, sent)
                    and words_only(gap, self.cues.link)
                ):
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
            # "Voor het Programma X is uit de Klimaatenvelop 120 miljoen beschikbaar": the fund the
            # money comes from is its programme, not the programme it goes to
            if x["id"] not in sent.memo["source_from"]:
                for y in sources[i + 1 :]:
                    if y["start"] >= m["start"]:
                        break
                    if y["id"] in sent.memo["source_from"]:
                        x = y
                        break
            if self._owned_by_earlier_sum(x, m, sent):
                return None
            # "voor MIT (€ 11 mln.), IPC (€ 6 mln.)": a source with its own sum right after it
            # is that sum's, not every later item's
            own = sent.first_money_after(x["end"])
            if (
                own is not None
                and own is not m
                and own["start"] < m["start"]
                and words_only(text[x["end"] : own["start"]], self.cues.link)
                and self._enumerated(m, sent)
            ):
                return None
            return x
        return None

    def _owned_by_earlier_sum(self, x: Mention, m: Mention, sent: Sentence) -> bool:
        """ "de 7,5 miljard uit het Mobiliteitsfonds is ... 475 miljoen": a programme right
        behind an earlier sum ("uit het", "van het") is that sum's source, not a later one's."""
        j = bisect.bisect_left(sent.money_starts, x["start"]) - 1
        return (
            j >= 0
            and sent.money[j] is not m
            and OWN_SOURCE_GAP.match(self.text, sent.money[j]["end"], x["start"]) is not None
        )

    def _programme_going_to(self, sent: Sentence, left: int, m: Mention) -> Mention | None:
        """ "Voor het Programma X is uit de Klimaatenvelop 120 miljoen beschikbaar": with the
        fund named as the programme, the programme the money is for receives it (spec 6).
        Only the sources in the sum's own stretch are read (found by binary search), so a
        sentence of many sums and sources stays linear."""
        sources = self._sources(sent)
        lo = bisect.bisect_left(sources, left, key=lambda x: x["start"])
        hi = bisect.bisect_left(sources, m["start"], key=lambda x: x["start"])
        for y in sources[lo:hi]:
            if y["id"] not in sent.memo["source_from"] and TO_BEFORE.search(
                self.text[max(sent.start, y["start"] - 12) : y["start"]]
            ):
                return y
        return None

    def _breaks(self, sent: Sentence) -> tuple[list[int], list[int]]:
        """Starts and ends of the sentence's row breaks, found in one pass."""
        if "breaks" not in sent.memo:
            found = list(ROW_BREAK.finditer(self.text, sent.start, sent.end))
            sent.memo["breaks"] = ([x.start() for x in found], [x.end() for x in found])
        return sent.memo["breaks"]

    def _enumerated(self, m: Mention, sent: Sentence) -> bool:
        """Is the sum an item of a list of sums ("..., IPC (€ 6 mln.)"): close behind the sum
        before it, not a clause of its own ("..., waarmee het jaarlijkse budget op € 1,5 mld")?"""
        i = bisect.bisect_left(sent.money_starts, m["start"])
        return i > 0 and m["start"] - sent.money[i - 1]["end"] <= ITEM_GAP_MAX

    def _sources(self, sent: Sentence) -> list[Mention]:
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
            sent.memo["source_from"] = {
                x["id"]
                for x in sent.memo["sources"]
                if FROM_BEFORE.search(text[max(sent.start, x["start"] - 40) : x["start"]])
            }
        return sent.memo["sources"]

    def _actor_ending_by(self, sent: Sentence, pos: int) -> bool:
        """Does an actor of the sentence end at or before ``pos``? (The earliest-ending actor
        decides, and mentions do not overlap, so the first actor is enough.)"""
        if not sent.actor_starts:
            return False
        first = sent.first_at(sent.actor_starts[0])
        return first is not None and first["end"] <= pos


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
