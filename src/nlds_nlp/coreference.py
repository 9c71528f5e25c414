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
from nlds_nlp.grammar.names import extend_year
from nlds_nlp.intervals import Extents, NonOverlapping

NAME_LABELS = ("ORG", "PROGRAMME", "LAW")
REPEAT_LABELS = (*NAME_LABELS, "PERSON")
ABBR_AFTER = re.compile(
    r"^[ \u00a0]*\n?[ \u00a0]*\((?P<abbr>[A-Z][A-Za-z0-9&+\-]{1,11}(?: [0-9]{4})?)\)"
    # "Innovatiebudget Digitale Overheid (hierna: Innovatiebudget)": a short form by definition
    r"|^[ \u00a0]*\((?:hierna|hierna te noemen|verder)[:,]?[ \u00a0]+['‘“\"]?"
    r"(?P<short>[A-Z][\w&+\-]{1,30})['’”\"]?\)"
)
# URLs, and Markdown link targets with their optional title: ](url "title")
URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+|\]\([^)\n]*\)")
# bare domains ("overheid.nl"): found from their ending and widened to the left, which is far
# cheaper than trying a word-then-domain pattern at every word
DOMAIN_END = re.compile(r"\.(?:nl|eu|com|org)\b")
DOMAIN_CHARS = re.compile(r"[\w.-]+$")
WORD_CHAR = re.compile(r"\w")
# "begroting van Volksgezondheid, Welzijn en Sport (XVI)": a budget chapter number, not a name
ROMAN = re.compile(r"^[IVXLC]+$")


def url_extents(text: str) -> list[tuple[int, int]]:
    """Offsets of URLs, Markdown link targets and bare domains: names inside them are not
    mentions."""
    extents = [(m.start(), m.end()) for m in URL.finditer(text)]
    for d in DOMAIN_END.finditer(text):
        left = DOMAIN_CHARS.search(text, max(0, d.start() - 200), d.start())
        if left:
            extents.append((left.start(), d.end()))
    return extents


def outside(extents: Extents | list[tuple[int, int]], m: Match) -> bool:
    """Whether ``m`` overlaps none of ``extents`` (pass an :class:`Extents` when asking for
    many mentions: a list is scanned every time)."""
    if isinstance(extents, Extents):
        return not extents.overlaps(m.start, m.end)
    return not any(s < m.end and m.start < e for s, e in extents)


class WordIndex:
    """:func:`word_positions` of a text, each surface searched once: names and abbreviations
    repeat, and searching the whole text again for every repetition is quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, list[int]] = {}

    def positions(self, surface: str) -> list[int]:
        found = self._cache.get(surface)
        if found is None:
            found = self._cache[surface] = word_positions(self.text, surface)
        return found


def word_positions(text: str, surface: str) -> list[int]:
    """Where ``surface`` occurs as a whole word (not inside a word or a hyphenated compound)."""
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


PREVIOUS_WORD = re.compile(r"\w[\w-]*[ \u00a0]+$")


def abbreviates(abbr: str, long_form: str) -> bool:
    """Whether ``abbr`` can be a short form of ``long_form`` (Schwartz & Hearst 2003): its
    letters and digits occur in the long form in order, case-insensitively, the first one
    being the long form's first letter. "SGP" abbreviates "Stabiliteits- en Groeipact", "Lbv"
    "Landelijke beëindigingsregeling veehouderij"; "BZK" does not abbreviate "Programma Open
    Overheid van Binnenlandse Zaken"."""
    chars = [c.lower() for c in abbr if c.isalnum()]
    long_lower = long_form.lower()
    first = next((i for i, c in enumerate(long_lower) if c.isalnum()), None)
    if not chars or first is None or long_lower[first] != chars[0]:
        return False
    li = len(long_lower) - 1
    for c in reversed(chars[1:]):
        while li > first and long_lower[li] != c:
            li -= 1
        if li <= first:
            return False
        li -= 1
    return True


def local_abbreviations(
    text: str, chosen: list[Match], index: WordIndex | None = None
) -> list[Match]:
    """Matches for "Name (ABBR)" definitions and every later use of ABBR, with Name's label.

    The abbreviation gets the canonical name of its expansion (its canonical or its text).
    A definition repeated later adds nothing: its uses are among those of the first one
    (``chosen`` is in text order), so it is skipped instead of listing them all again.
    """
    index = index or WordIndex(text)
    found: list[Match] = []
    done: set[tuple[str, str, str]] = set()
    for m in chosen:
        if m.label not in NAME_LABELS:
            continue
        d = ABBR_AFTER.match(text[m.end : m.end + 60])
        if not d:
            continue
        abbr = d.group("abbr") or d.group("short")
        if ROMAN.match(abbr):
            continue
        # the short form stands for the name as the document writes it (corpus guide 4.3);
        # organisations keep their register name, which the register lists for their short
        # forms as well
        written = " ".join(text[m.start : m.end].split())
        canonical = (m.value or {}).get("canonical") or written if m.label == "ORG" else written
        if abbr == canonical or len(abbr) >= (m.end - m.start):
            continue
        # the long form may start a word earlier than the mention: "het programma Ondersteuning
        # Buitenland Beleid (POBB)"; "Programma Open Overheid van Binnenlandse Zaken (BZK)" has
        # no short form
        word_before = PREVIOUS_WORD.search(text, max(0, m.start - 30), m.start)
        longer = text[word_before.start() : m.end] if word_before else ""
        if not any(abbreviates(abbr, f) for f in (text[m.start : m.end], canonical, longer)):
            continue
        if (abbr, m.label, canonical) in done:
            continue
        done.add((abbr, m.label, canonical))
        for pos in index.positions(abbr):
            if pos >= m.end:
                end = pos + len(abbr)
                if m.label == "PROGRAMME":
                    end = extend_year(text, pos, end)  # "POBB 2015", a round of the programme
                found.append(
                    Match(pos, end, m.label, "coreference:abbreviation", {"canonical": canonical})
                )
    return found


def repeated_names(text: str, chosen: list[Match], index: WordIndex | None = None) -> list[Match]:
    """Every other occurrence of a multi-word name that a rule found once."""
    index = index or WordIndex(text)
    found: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for m in chosen:
        surface = text[m.start : m.end]
        if m.label not in REPEAT_LABELS or " " not in surface or (m.label, surface) in seen:
            continue
        seen.add((m.label, surface))
        for pos in index.positions(surface):
            if pos != m.start:
                found.append(
                    Match(pos, pos + len(surface), m.label, "coreference:repeat", dict(m.value))
                )
    return found


GIVEN_OR_FAMILY = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{2,}$")
CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Þ]\w*[ \u00a0]$")
CAPITAL_AFTER = re.compile(r"[ \u00a0][A-ZÀ-Þ]")


def person_parts(text: str, chosen: list[Match], index: WordIndex | None = None) -> list[Match]:
    """Later mentions of a person by first or last name only ("Harold Idzes" ... "Harold").

    Only after the full name has been seen, and only for capitalised words of three letters or
    more that stand alone (not inside a longer capitalised sequence). A word is looked up once,
    from its first full name (``chosen`` is in text order): later ones find a subset."""
    index = index or WordIndex(text)
    found: list[Match] = []
    done: set[str] = set()
    for m in chosen:
        words = text[m.start : m.end].split()
        if m.label != "PERSON" or len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if not GIVEN_OR_FAMILY.match(word) or word in done:
                continue
            done.add(word)
            for pos in index.positions(word):
                if pos <= m.start:
                    continue
                before = text[max(0, pos - 20) : pos]
                after = text[pos + len(word) : pos + len(word) + 2]
                if CAPITAL_BEFORE.search(before) or CAPITAL_AFTER.match(after):
                    continue  # part of another capitalised name
                found.append(Match(pos, pos + len(word), "PERSON", "coreference:person_part", {}))
    return found


# "Europese Vredesfaciliteit (EVF)", "Landelijke beëindigingsregeling veehouderij (Lbv)": a name
# defined by the text together with its abbreviation, though no rule knows the name.
DEFINITION = re.compile(
    r"(?P<abbr_open>[ \u00a0\n]\()(?P<abbr>[A-Z][A-Za-z0-9&+\-]{1,9}(?:[’']s)?)\)"
)
PHRASE_WORD = re.compile(r"[\w’'&+-]+$")
LINK_WORDS = {
    "de",
    "het",
    "een",
    "van",
    "voor",
    "en",
    "in",
    "op",
    "der",
    "den",
    "tot",
    "met",
    "te",
    "eigen",
    "onze",
    "ons",
    "hun",
    "zijn",
    "haar",
    "deze",
    "dit",
    "die",
    "dat",
}
# A name labelled PROGRAMME only by elimination must look like an instrument: it has a head
# word ("Sustainable Development Goals"). Without one it is more often a topic ("Artificiële
# Intelligentie (AI)", "Seksuele en Reproductieve Gezondheid en Rechten (SRGR)") or a foreign
# body ("Veiligheid van de Staat (VSSE)", "World Health Assembly (WHA)").
INSTRUMENT_WORDS = re.compile(
    r"(?i)(?:regeling|fonds|programma|agenda|strategie|akkoord|plan|deal|impuls|budget|"
    r"faciliteit|systeem|stelsel|(?<!m)pact|aanpak|initiatief|campagne|goals|programme|fund|facility|"
    r"initiative|action|strategy)"
)
# A lowercase name needs a head word of a named instrument and a definite article:
# "het hoofdlijnenakkoord ouderenzorg (HLO)", but not "een emissiehandelssysteem (ETS)".
LOWERCASE_NAME_HEAD = re.compile(r"(?:akkoord|regeling|fonds|programma|agenda|strategie|plan)$")
INDEFINITE = re.compile(r"(?i)\been\s+$")
TOPIC_MINISTER = re.compile(r"(?i)\b(?:minister|staatssecretaris)\s+voor\s+$")
ORG_WORDS = re.compile(
    r"(?i)(?:raad|dienst|autoriteit|bureau|centrum|commissie|agentschap|instituut|coördinator|"
    r"inspectie|college|organisatie|bank|vereniging|stichting|universiteit|coalitie|kamer|"
    r"directie|ministerie|parket|unie|partij|academie|gilde|instituten|centra)"
)
ORG_HEAD = re.compile(rf"{ORG_WORDS.pattern}$")
LAW_WORDS = re.compile(r"(?i)(?:\bwet\b|wet$|wetboek|besluit|verordening|richtlijn|verdrag)")


def _definition_label(phrase: str) -> str | None:
    """The label of a name the text defines (in brackets or a glossary), or None when it is
    neither a law nor a body and has no instrument head word."""
    label = _label_of(phrase)
    if label == "PROGRAMME" and not INSTRUMENT_WORDS.search(phrase):
        return None
    return label


def _label_of(phrase: str) -> str:
    """LAW or ORG when a word of the phrase is, or ends in, a law or body head word (Dutch
    compounds put the head last: "Rijksinstituut", but "Organisatie-identificatienummer" is a
    number), else PROGRAMME."""
    if LAW_WORDS.search(phrase):
        return "LAW"
    if any(ORG_HEAD.search(word) for word in phrase.split()):
        return "ORG"
    return "PROGRAMME"


def _word_break_before(text: str, pos: int) -> int:
    """The offset of the last space or line break before ``pos`` (-1 if none), found in time
    proportional to its distance: ``rfind`` of a line break alone would walk back through a
    whole single-line document for every bracket."""
    lo = pos
    width = 64
    while True:
        lo = max(0, lo - width)
        left = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos))
        if left >= 0 or lo == 0:
            return left
        width *= 2


def defined_abbreviations(
    text: str, chosen: list[Match], index: WordIndex | None = None
) -> list[Match]:
    """Names defined with an abbreviation in brackets that no recogniser found, labelled by
    their head words (law words → LAW, organisation words → ORG, else PROGRAMME), plus every
    later use of the abbreviation. The name must start with the abbreviation's first letter,
    which keeps "(CDA)" after a person or "(VI)" after a budget title out."""
    index = index or WordIndex(text)
    taken = NonOverlapping((m.start, m.end) for m in chosen)  # ``chosen`` never overlaps
    done: set[tuple[str, str, str]] = set()
    found: list[Match] = []
    for d in DEFINITION.finditer(text):
        abbr = d.group("abbr")
        if ROMAN.match(abbr) or abbr.isdigit():
            continue
        end = d.start()
        words: list[tuple[int, str]] = []
        pos = end
        for _ in range(len(abbr) + 3):
            # words are split by spaces and by single line breaks (hard-wrapped motions:
            # "de Regeling voor Vervroegde\nUittreding (RVU)"); a blank line ends the phrase
            left = _word_break_before(text, pos)
            word = text[left + 1 : pos]
            if not word or not PHRASE_WORD.match(word):
                break
            words.insert(0, (left + 1, word))
            pos = left
            if left < 0 or (text[left] == "\n" and text[left - 1 : left] == "\n"):
                break
        candidates = [
            (wstart, word)
            for i, (wstart, word) in enumerate(words)
            if word.lower() not in LINK_WORDS
            and word[0].lower() == abbr[0].lower()
            and not (i == len(words) - 1 and len(word) < 6)
        ]
        # the longest phrase, but from a capitalised word when there is one: in "het gegunde
        # bedrag uitgekeerd aan het BTW-compensatiefonds (BCF)" the name is the last word
        capitalised = [c for c in candidates if c[1][0].isupper()]
        start = (capitalised or candidates)[0][0] if candidates else None
        if start is None or not taken.free(start, end):
            continue
        phrase = text[start:end]
        if (
            not phrase[0].isupper()
            and not any(w[0].isupper() for w in phrase.split())
            and not (
                LOWERCASE_NAME_HEAD.search(phrase.split()[0])
                and not INDEFINITE.search(text[max(0, start - 5) : start])
            )
        ):
            continue  # lowercase only for an instrument: "hoofdlijnenakkoord ouderenzorg (HLO)"
        label = _definition_label(phrase)
        if label is None:
            continue
        if TOPIC_MINISTER.search(text[max(0, start - 30) : start]):
            continue
        found.append(Match(start, end, label, "coreference:definition", {}))
        if (abbr, label, phrase) in done:
            continue  # its uses are among those of the same definition earlier
        done.add((abbr, label, phrase))
        for pos in index.positions(abbr):
            if pos > end:
                found.append(
                    Match(
                        pos,
                        pos + len(abbr),
                        label,
                        "coreference:abbreviation",
                        {"canonical": phrase},
                    )
                )
    return found


# "GEMMA (Gemeentelijke ModelArchitectuur)", "PETRA (Provinciale EnTerprise
# ReferentieArchitectuur)": the expansion in brackets after a recognised abbreviation.
EXPANSION_WORD = r"(?:&|en|van|voor|de|het|der|[A-ZÀ-Þ][\w’'-]*)"
EXPANSION_AFTER = re.compile(
    rf"^[ \u00a0]*\n?[ \u00a0]*\((?P<exp>[A-ZÀ-Þ][\w’'-]*(?:[ \u00a0]+{EXPANSION_WORD}){{1,7}})\)"
)
CAPITALS = re.compile(r"[A-ZÀ-Þ]")


def _spells(abbr: str, expansion: str) -> bool:
    """Whether the capitals of the expansion spell the abbreviation in order, each one a letter
    of it ("Waterschaps Informatie & Logisch Model Architectuur" spells WILMA, "Gemeentelijke
    ModelArchitectuur" GEMMA): the check that the brackets hold an expansion, not a gloss."""
    caps = CAPITALS.findall(expansion)
    letters = abbr.upper()
    if len(caps) < 2 or not letters or caps[0] != letters[0]:
        return False
    pos = 0
    for c in caps:
        pos = letters.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def expansions_after_abbreviation(text: str, chosen: list[Match]) -> list[Match]:
    """The expansion written in brackets after an abbreviation a recogniser found, with the
    abbreviation's label; the expansion is its canonical name."""
    found: list[Match] = []
    for m in chosen:
        abbr = text[m.start : m.end]
        if m.label not in NAME_LABELS or " " in abbr or sum(c.isupper() for c in abbr) < 2:
            continue
        e = EXPANSION_AFTER.match(text[m.end : m.end + 120])
        if not e or not _spells(abbr, e.group("exp")):
            continue
        start, end = m.end + e.start("exp"), m.end + e.end("exp")
        found.append(Match(start, end, m.label, "coreference:expansion", {}))
    return found


def short_references(text: str, chosen: list[Match], candidates: list[Match]) -> list[Match]:
    """Candidates without lone words that repeat the first word of an organisation named in
    full in the text: after "het Stimuleringsfonds voor de Pers", "het Stimuleringsfonds" is
    that organisation said short (an anaphor the spec leaves unmarked), not a programme that
    a "-fonds" word would otherwise suggest."""
    heads = {
        text[m.start : m.end].split()[0]
        for m in chosen
        if m.label == "ORG" and len(text[m.start : m.end].split()) > 1
    }
    if not heads:
        return candidates
    return [
        c
        for c in candidates
        if not (
            c.label == "PROGRAMME"
            and c.pattern.endswith("suffix_compound")
            and text[c.start : c.end] in heads
        )
    ]


# A glossary line: "* RADIO: RijksAcademie voor Digitalisering en Informatisering Overheid"
GLOSSARY_LINE = re.compile(
    r"(?m)^[ \t]*(?:[*•-][ \t]*)?(?P<abbr>[A-Z][A-Za-z0-9&\-]{1,11}):[ \t]+"
    r"(?P<exp>[A-ZÀ-Þ][^\n:]{2,100}?)[ \t]*$"
)


def glossary_definitions(text: str, chosen: list[Match]) -> list[Match]:
    """Abbreviation and expansion from glossary lines ("ABBR: Expansion"), when the
    abbreviation fits the expansion (:func:`abbreviates`) and the expansion has the head word
    of a body or an instrument ("Adviescollege", "-academie", "-fonds"); a gloss of anything
    else ("CPV: Common Procurement Vocabulary", "BES: Bonaire, ...") is left alone."""
    found: list[Match] = []
    for g in GLOSSARY_LINE.finditer(text):
        abbr, expansion = g.group("abbr"), g.group("exp")
        if ROMAN.match(abbr) or not abbreviates(abbr, expansion):
            continue
        start, end = g.start("exp"), g.end("exp")
        if any(m.start < end and start < m.end and m.label not in NAME_LABELS for m in chosen):
            continue  # places, persons or dates in the gloss
        label = _definition_label(expansion)
        if label is None:
            continue
        found.append(Match(start, end, label, "coreference:glossary", {}))
        found.append(Match(g.start("abbr"), g.end("abbr"), label, "coreference:glossary", {}))
    return found
