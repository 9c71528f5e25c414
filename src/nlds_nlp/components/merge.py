"""spaCy component ``nlds_merge``: one non-overlapping set of mentions from all recognisers.

Why a separate step: recognisers are allowed to overlap ("2021-2025" inside "Coalitieakkoord
2021-2025", "Nederland" inside "Nederland Digitaal"); the spec wants one outermost span. Rules
beat statistical NER whatever their length; among rules the longer span wins, then the label
priority, then gazetteer hits (which carry canonical names) over name shapes.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlds_nlp.coreference import (
    WordIndex,
    defined_abbreviations,
    expansions_after_abbreviation,
    glossary_definitions,
    local_abbreviations,
    outside,
    person_parts,
    repeated_names,
    short_references,
    url_extents,
)
from nlds_nlp.docdata import (
    CANDIDATES,
    MENTIONS,
    SPAN_KEY,
    doc_flow_text,
    doc_text,
    get_candidates,
)
from nlds_nlp.grammar.base import Match
from nlds_nlp.grammar.names import extend_year, find_cued_names
from nlds_nlp.intervals import Extents, NonOverlapping

# On equal length: persons found by context ("Westerveld" signing a motion) beat the place list.
LABEL_PRIORITY = {"MONEY": 0, "DATE": 1, "PROGRAMME": 2, "LAW": 3, "ORG": 4, "PERSON": 5, "LOC": 6}
# Labels of a base model's NER that we take, mapped to ours; the rest (MISC, NORP, CARDINAL...) is
# left to the rules.
NER_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


def _rank(m: Match) -> tuple[int, int, int, int, int]:
    statistical = 1 if m.pattern.startswith("ner:") else 0
    # an abbreviation the document defines beats a listed one; a listed name beats a shape
    source = (
        0 if m.pattern == "coreference:abbreviation" else 1 if ":gazetteer:" in m.pattern else 2
    )
    return (statistical, -(m.end - m.start), source, LABEL_PRIORITY.get(m.label, 9), m.start)


def select(candidates: list[Match]) -> list[Match]:
    """Greedy choice of the best-ranked candidates that do not overlap, in text order."""
    chosen: list[Match] = []
    starts: list[int] = []  # chosen extents, kept sorted by start (they never overlap)
    ends: list[int] = []
    for m in sorted(candidates, key=_rank):
        if m.end <= m.start:
            continue
        i = bisect.bisect_left(starts, m.start)
        if (i < len(starts) and starts[i] < m.end) or (i > 0 and ends[i - 1] > m.start):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _listed_canonicals(chosen: list[Match], candidates: list[Match]) -> list[Match]:
    """An organisation's abbreviation defined in the document keeps the register's canonical
    name when the register lists it too ("NVWA" stays the full register name even when the
    text spells the expansion differently). Programmes and laws take the document's own
    expansion (corpus guide 4.3)."""
    listed = {
        (m.start, m.end, m.label): m.value
        for m in candidates
        if ":gazetteer:" in m.pattern and (m.value or {}).get("canonical")
    }
    return [
        Match(m.start, m.end, m.label, m.pattern, listed[(m.start, m.end, m.label)])
        if m.pattern == "coreference:abbreviation"
        and m.label == "ORG"
        and (m.start, m.end, m.label) in listed
        else m
        for m in chosen
    ]


SHAPED_PROGRAMME = ("programmes:head_then_name", "programmes:type_then_name")
# "... aan de Tweede Kamer", "... van Binnenlandse Zaken": a link word before a listed name
LINK_AT_END = re.compile(
    r"[ \u00a0]+(?:van|voor|aan|bij|door|met|naar|tot|op)(?:[ \u00a0]+(?:de|het|der|den))?"
    r"[ \u00a0]+$"
)


def trim_listed_tails(text: str, candidates: list[Match]) -> list[Match]:
    """A shaped programme name that runs through a link word into a listed organisation or
    place ends before the link: "Werkagenda Waardengedreven Digitaliseren aan de Tweede Kamer"
    is the Werkagenda sent to parliament, "Programma Open Overheid van Binnenlandse Zaken" the
    ministry's programme. Names joined by a link to a word that no register lists ("Samen
    tegen Mensenhandel") keep it."""
    listed = [m for m in candidates if m.label in ("ORG", "LOC") and ":gazetteer:" in m.pattern]
    if not listed:
        return candidates
    ends: dict[int, list[int]] = {}
    for g in listed:
        ends.setdefault(g.end, []).append(g.start)
    out = []
    for m in candidates:
        if m.pattern in SHAPED_PROGRAMME and m.end in ends:
            for g_start in ends[m.end]:
                link = LINK_AT_END.search(text, m.start, g_start) if g_start > m.start else None
                if link and link.start() > m.start:
                    m = Match(m.start, link.start(), m.label, m.pattern, m.value)
                    break
        out.append(m)
    return out


def add_cued_names(
    text: str,
    flowed: str,
    chosen: list[Match],
    urls: Extents | list[tuple[int, int]],
    index: WordIndex | None = None,
) -> list[Match]:
    """Programme names found only by a funding cue ("in het kader van het X"), where no other
    mention is, plus their other occurrences in the text, also where no mention is.

    A name cued again adds only its own place: its other occurrences were all tried (taken or
    found free and added) when it was cued first."""
    cued = [m for m in find_cued_names(flowed) if outside(urls, m)]
    if not cued:
        return chosen
    index = index or WordIndex(text)
    taken = NonOverlapping((m.start, m.end) for m in chosen)  # ``chosen`` never overlaps
    tried: set[tuple[str, str, str]] = set()
    added: list[Match] = []
    for m in cued:
        surface = text[m.start : m.end]
        key = (surface, m.label, m.pattern)
        places = [m.start] if key in tried else [m.start, *index.positions(surface)]
        tried.add(key)
        for pos in places:
            end = extend_year(text, pos, pos + len(surface))  # "POBB 2015"
            if taken.free(pos, end):
                added.append(Match(pos, end, m.label, f"merge:{m.pattern}", {}))
                taken.add(pos, end)
    return sorted(chosen + added, key=lambda m: m.start) if added else chosen


class Merger:
    def __init__(self, nlp: Language, name: str, use_ner: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner

    def _ner_candidates(self, doc: Doc) -> list[Match]:
        if not self.use_ner:
            return []
        return [
            Match(e.start_char, e.end_char, NER_LABELS[e.label_], f"ner:{e.label_}", {})
            for e in doc.ents
            if e.label_ in NER_LABELS
        ]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        urls = Extents(url_extents(text))
        index = WordIndex(text)
        candidates = trim_listed_tails(
            text, [m for m in get_candidates(doc) + self._ner_candidates(doc) if outside(urls, m)]
        )
        first = select(candidates)
        kept = short_references(text, first, candidates)
        if len(kept) < len(candidates):
            candidates = kept
            first = select(candidates)
        extra = (
            local_abbreviations(text, first, index)
            + repeated_names(text, first, index)
            + person_parts(text, first, index)
            + defined_abbreviations(text, first, index)
            + expansions_after_abbreviation(text, first)
            + glossary_definitions(text, first)
        )
        chosen = select(candidates + [m for m in extra if outside(urls, m)]) if extra else first
        chosen = _listed_canonicals(chosen, candidates)
        chosen = add_cued_names(text, doc_flow_text(doc), chosen, urls, index)
        mentions: list[dict[str, Any]] = []
        spans: list[Span] = []
        last_token = -1
        for i, m in enumerate(chosen, start=1):
            mentions.append(
                {
                    "id": f"m{i}",
                    "start": m.start,
                    "end": m.end,
                    "label": m.label,
                    "text": text[m.start : m.end],
                    "value": m.value,
                    "source": m.pattern,
                    "roles": {},
                }
            )
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is not None and span.start > last_token:
                spans.append(span)
                last_token = span.end - 1
        doc.user_data[MENTIONS] = mentions
        doc.user_data.pop(CANDIDATES, None)
        doc.set_ents(spans, default="outside")
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("nlds_merge", default_config={"use_ner": True})
def make_merge(nlp: Language, name: str, use_ner: bool) -> Merger:
    return Merger(nlp, name, use_ner)
