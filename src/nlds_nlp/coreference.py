"""Document-level consistency: abbreviations defined in the text, and repeated names.

Why: a text introduces "Europese Vredesfaciliteit (EVF)" once and then says "EVF"; registers
cannot know such local abbreviations, and an abbreviation may even clash with a listed one
("SGP" the party versus "Stabiliteits- en Groeipact (SGP)"). The definition in the document
wins. Likewise a multi-word name found once by a rule is the same name where it recurs.
Pure functions over :class:`~nlds_nlp.grammar.base.Match` lists.
"""

from __future__ import annotations

import re

from nlds_nlp.grammar.base import Match

NAME_LABELS = ("ORG", "PROGRAMME", "LAW")
REPEAT_LABELS = (*NAME_LABELS, "PERSON")
ABBR_AFTER = re.compile(r"^[ \u00a0]*\((?P<abbr>[A-Z][A-Za-z0-9&+\-]{1,11}(?: [0-9]{4})?)\)")
# URLs, and Markdown link targets with their optional title: ](url "title")
URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+|\]\([^)\n]*\)|\b[\w.-]+\.(?:nl|eu|com|org)\b")
WORD_CHAR = re.compile(r"\w")


def url_extents(text: str) -> list[tuple[int, int]]:
    """Offsets of URLs and Markdown link targets: names inside them are not mentions."""
    return [(m.start(), m.end()) for m in URL.finditer(text)]


def outside(extents: list[tuple[int, int]], m: Match) -> bool:
    return not any(s < m.end and m.start < e for s, e in extents)


def _occurrences(text: str, surface: str) -> list[int]:
    out, pos = [], text.find(surface)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        after = text[pos + len(surface)] if pos + len(surface) < len(text) else " "
        if (
            not WORD_CHAR.match(before)
            and before != "-"
            and not WORD_CHAR.match(after)
            and after != "-"
        ):
            out.append(pos)
        pos = text.find(surface, pos + 1)
    return out


def local_abbreviations(text: str, chosen: list[Match]) -> list[Match]:
    """Matches for "Name (ABBR)" definitions and every later use of ABBR, with Name's label.

    The abbreviation gets the canonical name of its expansion (its canonical or its text).
    """
    found: list[Match] = []
    for m in chosen:
        if m.label not in NAME_LABELS:
            continue
        d = ABBR_AFTER.match(text[m.end : m.end + 20])
        if not d:
            continue
        abbr = d.group("abbr")
        canonical = (m.value or {}).get("canonical") or text[m.start : m.end]
        if abbr == canonical or len(abbr) >= (m.end - m.start):
            continue
        for pos in _occurrences(text, abbr):
            if pos >= m.start:
                found.append(
                    Match(
                        pos,
                        pos + len(abbr),
                        m.label,
                        "coreference:abbreviation",
                        {"canonical": canonical},
                    )
                )
    return found


def repeated_names(text: str, chosen: list[Match]) -> list[Match]:
    """Every other occurrence of a multi-word name that a rule found once."""
    found: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for m in chosen:
        surface = text[m.start : m.end]
        if m.label not in REPEAT_LABELS or " " not in surface or (m.label, surface) in seen:
            continue
        seen.add((m.label, surface))
        for pos in _occurrences(text, surface):
            if pos != m.start:
                found.append(
                    Match(pos, pos + len(surface), m.label, "coreference:repeat", dict(m.value))
                )
    return found


GIVEN_OR_FAMILY = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{2,}$")
CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Þ]\w*[ \u00a0]$")
CAPITAL_AFTER = re.compile(r"[ \u00a0][A-ZÀ-Þ]")


def person_parts(text: str, chosen: list[Match]) -> list[Match]:
    """Later mentions of a person by first or last name only ("Harold Idzes" ... "Harold").

    Only after the full name has been seen, and only for capitalised words of three letters or
    more that stand alone (not inside a longer capitalised sequence)."""
    found: list[Match] = []
    for m in chosen:
        words = text[m.start : m.end].split()
        if m.label != "PERSON" or len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if not GIVEN_OR_FAMILY.match(word):
                continue
            for pos in _occurrences(text, word):
                if pos <= m.start:
                    continue
                before = text[max(0, pos - 20) : pos]
                after = text[pos + len(word) : pos + len(word) + 2]
                if CAPITAL_BEFORE.search(before) or CAPITAL_AFTER.match(after):
                    continue  # part of another capitalised name
                found.append(Match(pos, pos + len(word), "PERSON", "coreference:person_part", {}))
    return found
