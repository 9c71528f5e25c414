"""Document-level consistency: local abbreviations, repeated names, person name parts, URLs."""

from __future__ import annotations

import pytest

from nlds_nlp.coreference import (
    _spells,
    abbreviates,
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
from nlds_nlp.grammar.base import Match


def at(text: str, surface: str, label: str, nth: int = 0, value: dict | None = None) -> Match:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return Match(pos, pos + len(surface), label, "test", value or {})


def surfaces(text: str, matches: list[Match]) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.label, m.value.get("canonical")) for m in matches]


def test_abbreviation_defined_in_brackets_is_propagated() -> None:
    text = "De Europese Vredesfaciliteit (EVF) is groot. De EVF betaalt; EVF-steun telt niet."
    found = local_abbreviations(text, [at(text, "Europese Vredesfaciliteit", "PROGRAMME")])
    assert surfaces(text, found) == [
        ("EVF", "PROGRAMME", "Europese Vredesfaciliteit"),
        ("EVF", "PROGRAMME", "Europese Vredesfaciliteit"),
    ]


def test_abbreviation_keeps_the_expansion_canonical() -> None:
    text = "Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) meldt. Het RIVM meet."
    name = at(
        text,
        "Rijksinstituut voor Volksgezondheid en Milieu",
        "ORG",
        value={"canonical": "RIVM-naam"},
    )
    assert {c for _, _, c in surfaces(text, local_abbreviations(text, [name]))} == {"RIVM-naam"}


def test_no_abbreviation_without_brackets_or_for_dates() -> None:
    text = "De Nationale Ombudsman OMB zegt in 2020 (X) iets."
    assert local_abbreviations(text, [at(text, "Nationale Ombudsman", "ORG")]) == []
    assert local_abbreviations(text, [at(text, "2020", "DATE")]) == []


def test_repeated_multiword_names() -> None:
    text = "Het Innovatiebudget Digitale Overheid helpt. Later weer: Innovatiebudget Digitale Overheid."
    found = repeated_names(text, [at(text, "Innovatiebudget Digitale Overheid", "PROGRAMME")])
    assert [(m.start, text[m.start : m.end]) for m in found] == [
        (text.rindex("Innovatiebudget"), "Innovatiebudget Digitale Overheid")
    ]


def test_single_words_are_not_repeated() -> None:
    text = "Het kabinet besluit. Het kabinet zwijgt."
    assert repeated_names(text, [at(text, "kabinet", "ORG")]) == []


def test_person_parts_after_the_full_name() -> None:
    text = "Harold Idzes werkt bij ons. Harold zegt: goed. Idzes lacht. Harold Smit niet."
    found = person_parts(text, [at(text, "Harold Idzes", "PERSON")])
    assert sorted(text[m.start : m.end] for m in found) == ["Harold", "Idzes"]


def test_urls_and_markdown_link_targets_are_excluded() -> None:
    text = 'Zie [de site](https://www.rijksoverheid.nl/x "NORA Familie") of rijksoverheid.nl nu.'
    extents = url_extents(text)
    assert not outside(extents, at(text, "rijksoverheid", "ORG"))
    assert not outside(extents, at(text, "NORA", "PROGRAMME"))
    assert outside(extents, at(text, "site", "ORG"))


def test_definitions_with_abbreviations_no_rule_knew() -> None:
    text = "De Europese Vredesfaciliteit (EVF) groeit; de EVF betaalt."
    found = defined_abbreviations(text, [])
    assert [(text[m.start : m.end], m.label) for m in found] == [
        ("Europese Vredesfaciliteit", "PROGRAMME"),
        ("EVF", "PROGRAMME"),
        ("EVF", "PROGRAMME"),
    ]


def test_definition_labels_follow_head_words() -> None:
    text = "De Algemene Bestuursraad Zorg (ABZ) en de Wet digitale zorg (WDZ) gelden."
    labels = {text[m.start : m.end]: m.label for m in defined_abbreviations(text, [])}
    assert labels["Algemene Bestuursraad Zorg"] == "ORG"
    assert labels["Wet digitale zorg"] == "LAW"


def test_topics_parties_and_numerals_are_not_definitions() -> None:
    for text in [
        "Pieter Omtzigt (CDA) zegt het.",
        "De begroting van Justitie (VI) voor 2024.",
        "Toepassingen van Artificiële Intelligentie (AI) groeien.",
        "De minister voor Volkshuisvesting en Ruimtelijke Ordening (VRO) schrijft.",
    ]:
        assert defined_abbreviations(text, []) == [], text


def test_definition_starts_at_a_capitalised_word_when_there_is_one() -> None:
    text = "Een deel van het bedrag gaat naar het BTW-compensatiefonds (BCF) en de rest niet."
    found = defined_abbreviations(text, [])
    assert [(text[m.start : m.end], m.label) for m in found][:1] == [
        ("BTW-compensatiefonds", "PROGRAMME")
    ]
    lower = "Zo werkt het hoofdlijnenakkoord ouderenzorg (HLO) goed."
    assert [lower[m.start : m.end] for m in defined_abbreviations(lower, [])][:1] == [
        "hoofdlijnenakkoord ouderenzorg"
    ]


@pytest.mark.parametrize(
    ("abbr", "expansion", "spelled"),
    [
        ("WILMA", "Waterschaps Informatie & Logisch Model Architectuur", True),
        ("GEMMA", "Gemeentelijke ModelArchitectuur", True),
        ("PETRA", "Provinciale EnTerprise ReferentieArchitectuur", True),
        ("EAR", "EnterpriseArchitectuur Rijksdienst", True),
        ("NCTV", "Nationaal Coördinator Terrorismebestrijding en Veiligheid", True),
        ("EAR", "Rijk", False),
        ("NORA", "Nederlandse Overheid", True),
        ("NORA", "Overheid Nederland", False),
        ("GEMMA", "Gemeenten", False),
        ("SDE", "Stimulering Duurzame Energieproductie en Klimaattransitie", False),
    ],
)
def test_expansion_spells_the_abbreviation(abbr: str, expansion: str, spelled: bool) -> None:
    assert _spells(abbr, expansion) is spelled


def test_expansion_after_a_known_abbreviation() -> None:
    text = "Zie GEMMA (Gemeentelijke ModelArchitectuur) en EAR (Rijk), en GEMMA (Gemeenten)."
    chosen = [
        at(text, "GEMMA", "PROGRAMME"),
        at(text, "EAR", "PROGRAMME"),
        at(text, "GEMMA", "PROGRAMME", nth=1),
    ]
    found = expansions_after_abbreviation(text, chosen)
    assert surfaces(text, found) == [("Gemeentelijke ModelArchitectuur", "PROGRAMME", None)]


def test_abbreviation_on_the_next_line() -> None:
    text = "komen over de Europese Vredesfaciliteit\n(EVF); de EVF betaalt."
    found = local_abbreviations(text, [at(text, "Europese Vredesfaciliteit", "PROGRAMME")])
    assert surfaces(text, found) == [
        ("EVF", "PROGRAMME", "Europese Vredesfaciliteit"),
        ("EVF", "PROGRAMME", "Europese Vredesfaciliteit"),
    ]


def test_definitions_without_an_instrument_word_are_not_programmes() -> None:
    text = (
        "Een enquête bij de Veiligheid van de Staat (VSSE) en de World Health Assembly (WHA) "
        "en de Sustainable Development Goals (SDG) volgt."
    )
    assert surfaces(text, defined_abbreviations(text, [])) == [
        ("Sustainable Development Goals", "PROGRAMME", None),
        ("SDG", "PROGRAMME", "Sustainable Development Goals"),
    ]


def test_lone_first_word_of_an_organisation_is_no_programme() -> None:
    text = "Het Stimuleringsfonds voor de Pers besluit. Het Stimuleringsfonds en het Mediafonds."
    org = at(text, "Stimuleringsfonds voor de Pers", "ORG")
    short = Match(text.index("Stimuleringsfonds", 10), 0, "PROGRAMME", "programmes:suffix_compound")
    short = Match(short.start, short.start + len("Stimuleringsfonds"), short.label, short.pattern)
    media = at(text, "Mediafonds", "PROGRAMME")
    media = Match(media.start, media.end, media.label, "programmes:suffix_compound")
    assert short_references(text, [org], [org, short, media]) == [org, media]


@pytest.mark.parametrize(
    ("abbr", "long_form", "expected"),
    [
        ("SGP", "Stabiliteits- en Groeipact", True),
        ("Lbv", "Landelijke beëindigingsregeling veehouderij", True),
        ("EVF", "Europese Vredesfaciliteit", True),
        ("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu", True),
        ("NVWA", "Nederlandse Voedsel- en Warenautoriteit", True),
        ("Woo", "Wet open overheid", True),
        ("PDP’s", "Product Development Partnerships", True),
        ("POBB", "programma Ondersteuning Buitenland Beleid", True),
        ("BZK", "Programma Open Overheid van Binnenlandse Zaken", False),
        ("CDA", "Mona Keijzer", False),
        ("AB", "A", False),
        ("", "Wet open overheid", False),
    ],
)
def test_schwartz_hearst_short_forms(abbr: str, long_form: str, expected: bool) -> None:
    assert abbreviates(abbr, long_form) is expected


def test_brackets_that_do_not_abbreviate_the_name_define_nothing() -> None:
    text = "Het Programma Open Overheid van Binnenlandse Zaken (BZK) helpt. BZK betaalt."
    name = at(text, "Programma Open Overheid van Binnenlandse Zaken", "PROGRAMME")
    assert local_abbreviations(text, [name]) == []


def test_definition_wrapped_over_a_line() -> None:
    text = "gebruik van de Regeling voor Vervroegde\nUittreding (RVU), en de RVU loopt af."
    assert surfaces(text, defined_abbreviations(text, [])) == [
        ("Regeling voor Vervroegde\nUittreding", "PROGRAMME", None),
        ("RVU", "PROGRAMME", "Regeling voor Vervroegde\nUittreding"),
        ("RVU", "PROGRAMME", "Regeling voor Vervroegde\nUittreding"),
    ]


def test_a_blank_line_ends_a_definition() -> None:
    text = "Regeling\n\nVoor Vervroegde Uittreding (VVU) geldt dit."
    found = surfaces(text, defined_abbreviations(text, []))
    assert all(not name.startswith("Regeling") for name, _, _ in found)


def test_hierna_defines_a_short_form_with_the_written_name() -> None:
    text = "Het Innovatiebudget Digitale  Overheid (hierna: Innovatiebudget) start. Het Innovatiebudget loopt."
    name = at(text, "Innovatiebudget Digitale  Overheid", "PROGRAMME", value={"canonical": "X"})
    assert surfaces(text, local_abbreviations(text, [name])) == [
        ("Innovatiebudget", "PROGRAMME", "Innovatiebudget Digitale Overheid"),
        ("Innovatiebudget", "PROGRAMME", "Innovatiebudget Digitale Overheid"),
    ]


def test_glossary_lines_define_bodies_and_instruments() -> None:
    text = (
        "  *c.q.: casu quo\n  *RADIO: RijksAcademie voor Digitalisering en Informatisering Overheid\n"
        "  *PKM: Projectmanagementkwaliteit\n  *CPV: Common Procurement Vocabulary\n"
        "  *BES: Bonaire, Sint Eustatius en Saba\n  *OIN: Organisatie-identificatienummer\n"
    )
    bonaire = at(text, "Bonaire", "LOC")
    assert surfaces(text, glossary_definitions(text, [bonaire])) == [
        ("RijksAcademie voor Digitalisering en Informatisering Overheid", "ORG", None),
        ("RADIO", "ORG", None),
    ]
