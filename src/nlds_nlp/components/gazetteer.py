"""Gazetteer matching shared by the organisation, programme and place recognisers.

Why a PhraseMatcher over tokens instead of one big regex: thousands of names match in one
C-level pass. Hits inside hyphenated compounds ("EU-lidstaten", "NWA-voorzitter") are dropped,
since the spec never marks names inside compounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from nlds_nlp.docdata import doc_flow_text, doc_text
from nlds_nlp.grammar.base import Match
from nlds_nlp.resources import GazetteerEntry, load_gazetteer

_GLUED = re.compile(r"[\w-]")


_QUOTES = "'\"‘’“”"


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether a hit is glued into a hyphenated compound: "EU-lidstaten", "NWA-voorzitter",
    "‘Pas toe of leg uit’-lijst" (a closing quote may stand before the hyphen). "-beleid" after a
    quoted name is the exception the spec makes ("'Pas toe of leg uit'-beleid")."""
    if start > 1 and text[start - 1] == "-" and _GLUED.match(text[start - 2]):
        return True
    after = end
    while after < len(text) and text[after] in _QUOTES:
        after += 1
    return (
        after < len(text) - 1
        and text[after] == "-"
        and _GLUED.match(text[after + 1]) is not None
        and not (after > end and text.startswith("beleid", after + 1))
    )


JOINED_CACHE = "nlds_joined_doc"
OFFSETS = "nlds_offsets"


def joined_doc(doc: Doc) -> Doc | None:
    """The doc without the line-break tokens that only wrap a paragraph (see
    :mod:`nlds_nlp.layout`), so phrase patterns match names wrapped over a line; its
    ``user_data`` maps each token to its offset in the original text. None when nothing is
    wrapped. Built from the tokens once per document (no second tokenizer pass) and dropped by
    the funding step with the other caches."""
    cached = doc.user_data.get(JOINED_CACHE)
    if cached is not None:
        return cached or None
    text, flowed = doc_text(doc), doc_flow_text(doc)
    joined: Doc | bool = False
    if flowed is not text and flowed != text:
        # token attributes as one array: no Token object (nor word string) per token; the
        # joined doc is built from the lexeme ids
        rows = doc.to_array([IS_SPACE, IDX, LENGTH, ORTH])
        drop = []
        for i in rows[:, 0].nonzero()[0].tolist():
            start, end = int(rows[i, 1]), int(rows[i, 1] + rows[i, 2])
            if "\n" in text[start:end] and not flowed[start:end].strip():
                drop.append(i)
        if drop:
            keep = numpy.ones(len(rows), dtype=bool)
            keep[drop] = False
            kept = rows[keep]
            joined = Doc(doc.vocab, words=kept[:, 3].tolist())
            joined.user_data[OFFSETS] = kept[:, 1].tolist()
    doc.user_data[JOINED_CACHE] = joined
    return joined or None


# Names of at least this many tokens also match when a later word differs in case only
# ("Stimuleringsfonds voor de pers" for the register's "Stimuleringsfonds voor de Pers"):
# official texts are inconsistent about capitals inside long names, while short forms
# ("Kamer"/"kamer", "NORA") must keep their case to stay unambiguous.
CASELESS_MIN_TOKENS = 3


class Gazetteer:
    """Case-sensitive surface forms from one packaged gazetteer, with canonical names; long
    names also match with other capitals after their first word."""

    def __init__(self, nlp: Language, name: str, labels: tuple[str, ...] | None = None) -> None:
        self.name = name
        self.entries: dict[str, GazetteerEntry] = {}
        self.caseless: dict[str, GazetteerEntry] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns, long_patterns = [], []
        for entry in load_gazetteer(name):
            if labels and entry.label not in labels:
                continue
            self.entries[entry.pattern] = entry
            pattern = nlp.make_doc(entry.pattern)
            patterns.append(pattern)
            if len(pattern) >= CASELESS_MIN_TOKENS:
                self.caseless.setdefault(entry.pattern.lower(), entry)
                long_patterns.append(pattern)
        self.matcher.add(name, patterns)
        if long_patterns:
            self.lower_matcher.add(name, long_patterns)

    def find(self, doc: Doc) -> Iterator[Match]:
        text = doc_text(doc)
        yield from self._find(doc, text)
        joined = joined_doc(doc)
        if joined is not None:
            # names wrapped over a line break: only the hits that span a removed break
            for m in self._find(joined, text):
                if "\n" in text[m.start : m.end]:
                    yield m

    def _hits(self, doc: Doc) -> Iterator[tuple[int, int, GazetteerEntry]]:
        """Token ranges with their entry: exact hits, then caseless hits of long names whose
        first word keeps its case (exact hits of the same range win in the merge)."""
        for _, start, end in self.matcher(doc):
            entry = self.entries.get(doc[start:end].text)
            if entry is not None:
                yield start, end, entry
        if not self.caseless:
            return
        for _, start, end in self.lower_matcher(doc):
            span = doc[start:end]
            entry = self.caseless.get(span.text.lower())
            if (
                entry is not None
                and span.text not in self.entries
                and entry.pattern.startswith(span[0].text)
            ):
                yield start, end, entry

    def _find(self, doc: Doc, text: str) -> Iterator[Match]:
        offsets = doc.user_data.get(OFFSETS)
        for start, end, entry in self._hits(doc):
            span = doc[start:end]
            s, e = span.start_char, span.end_char
            if offsets is not None:  # a joined doc: map back to the original text
                s, e = offsets[start], offsets[end - 1] + len(doc[end - 1].text)
            if _in_compound(text, s, e):
                continue
            value = {"canonical": entry.id} if entry.source != "owms-don-place" else {}
            yield Match(s, e, entry.label, f"gazetteer:{entry.source}", value)
