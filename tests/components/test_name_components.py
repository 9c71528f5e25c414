"""Organisations, programmes, persons, places and laws, written as inline markup.

Each case lists every entity the sentence should yield for the checked labels; anything else of
those labels is a failure too, so the tests catch false positives as well as misses.
"""

from __future__ import annotations

import pytest

import nlds_nlp
from markup import parse

NAME_LABELS = {"ORG", "PROGRAMME", "PERSON", "LOC", "LAW"}

CASES = [
    # organisations: register, abbreviations, ministries, closed list of body words
    'Het <ent label=ORG>kabinet</ent> steunt de <ent label=ORG canonical="Rijksdienst voor Ondernemend Nederland">Rijksdienst voor Ondernemend Nederland</ent>.',
    'Dat meldt het <ent label=ORG canonical="Ministerie van Economische Zaken en Klimaat">ministerie van EZK</ent> aan de <ent label=ORG canonical="Tweede Kamer der Staten-Generaal">Tweede Kamer</ent>.',
    'De <ent label=ORG canonical="Tweede Kamer der Staten-Generaal">Kamer</ent>, gehoord de beraadslaging, verzoekt de <ent label=ORG>regering</ent> te handelen.',
    "Een volgend kabinet moet dat oplossen.",
    'Minister <ent label=PERSON>Hugo de Jonge</ent> (<ent label=ORG canonical="Ministerie van Volksgezondheid, Welzijn en Sport">Volksgezondheid, Welzijn en Sport</ent>) reageerde.',
    'De staatssecretaris van <ent label=ORG canonical="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties">Binnenlandse Zaken en Koninkrijksrelaties</ent> schreef.',
    "De minister voor Digitalisering schreef.",
    'Samen met de <ent label=ORG>Nederlandse AI Coalitie</ent> en <ent label=ORG canonical="TNO">TNO</ent> werkt de <ent label=ORG canonical="Europese Commissie">Europese Commissie</ent> aan regels.',
    'De <ent label=ORG canonical="Gemeente Enschede">gemeente Enschede</ent> en de <ent label=ORG canonical="Provincie Gelderland">provincie Gelderland</ent> tekenen.',
    "Dat vond de <ent label=ORG>commissie-Ter Haar</ent> al.",
    "Het <ent label=ORG>kabinet-Rutte III</ent> trad af.",
    "Het geld gaat naar <ent label=ORG>Stichting Digitale Infrastructuur</ent>.",
    "Alle EU-lidstaten en de NWA-voorzitter waren er.",
    "Het <ent label=ORG>Trimbos-instituut</ent> lanceert het <ent label=ORG>Bureau Forum Standaardisatie</ent> en de <ent label=ORG>Jongerenraad Digitalisering</ent>.",
    "De <ent label=ORG>FOD Volksgezondheid</ent> werd als sectorale overheid aangewezen.",
    'Gezien de Beschikkingen van de <ent label=ORG canonical="Europese Commissie">Europese Commissie</ent> van 8 augustus 2000.',
    'Toelichting Advies <ent label=ORG canonical="Raad van State">Raad van State</ent> uitgebracht.',
    # programmes
    'Met de <ent label=PROGRAMME>SLIM-regeling</ent> en de <ent label=PROGRAMME canonical="Stimuleringsregeling eHealth Thuis">Stimuleringsregeling eHealth Thuis</ent> steunt men het mkb.',
    'Dit staat in de <ent label=PROGRAMME canonical="Miljoenennota">Miljoenennota 2026</ent> en de <ent label=PROGRAMME canonical="Voorjaarsnota">voorjaarsnota 2019</ent>.',
    'Het <ent label=PROGRAMME canonical="Nationaal Groeifonds">Nationaal Groeifonds</ent> financiert de <ent label=PROGRAMME>Regio Deal Noord-Veluwe</ent>.',
    'De strategie ‘<ent label=PROGRAMME canonical="Nederland Digitaal">Nederland Digitaal</ent>’ is vernieuwd.',
    "Het <ent label=PROGRAMME>Actieplan Digitale Zorg</ent> volgt.",
    "De regeling werkt goed.",
    "Wij versterken het netwerk ‘<ent label=PROGRAMME>roze in blauw</ent>’ binnen de politie.",
    "Het programma ‘zorg’ is een werktitel.",
    # a year written after a programme name is part of it; "en" between two titles splits them
    "Aanvragen op grond van de <ent label=PROGRAMME>Regeling cofinanciering sectorplannen 2015</ent> kunnen worden ingediend.",
    "Gelet op de <ent label=PROGRAMME>Regeling geldelijke steun huurwoningen normkostensysteem 1988</ent> besluit de minister.",
    "houdende wijziging van de <ent label=PROGRAMME>Subsidieregeling ESF-3</ent> en <ent label=PROGRAMME>ESF-beleidskader 2001</ent>, als bedoeld in artikel 4",
    "Dit geldt voor de <ent label=PROGRAMME>Subsidieregeling sterktes in de regio</ent> en de <ent label=PROGRAMME>Kaderregeling subsidies duurzaamheid verkeer en water</ent>.",
    "Blijft de <ent label=PROGRAMME>Subsidieregeling internationaal excelleren</ent> van toepassing, dan wordt dit Subsidiebeleidskader nader uitgewerkt.",
    'Op die dag ging het <ent label=PROGRAMME>Actieplan Digitale Zorg</ent> naar de <ent label=ORG canonical="Tweede Kamer der Staten-Generaal">Tweede Kamer</ent>.',
    "Wanneer deze opdracht in één Programma van Eisen staat, volgt het Stappenplan.",
    'Een jaar later kwam de Geactualiseerde <ent label=PROGRAMME canonical="Werkagenda Waardengedreven Digitaliseren">Werkagenda</ent> uit.',
    "Subsidies uit het <ent label=PROGRAMME>KXF</ent> zijn verleend; het <ent label=PROGRAMME>KXF 2016</ent> volgt.",
    "Zie de paragrafen 2.7 en 2.8 van de <ent label=PROGRAMME>Regeling subsidies AWBZ</ent> alsmede de regels.",
    "Het besluit van <ent label=ORG>Directie Strategie en Bestuur</ent> gaat naar de <ent label=ORG>stichting Nederlands Fonds voor Podiumkunsten</ent>.",
    "Het gaat om de olie- en gassector (project P166730) van de bank.",
    "Men is partner van het omscholingstraject <ent label=PROGRAMME>Make IT Work</ent>.",
    "Het Kinderrechten Impact Assessment helpt organisaties.",
    "tot wijziging van de <ent label=PROGRAMME>Subsidieregeling starten, groeien en overdragen van ondernemingen</ent> en van de <ent label=PROGRAMME>Regeling openstelling en subsidieplafonds EZ 2009</ent>.",
    "op grond van de <ent label=PROGRAMME>Subsidieregeling Duurzame Energie</ent>, hoofdstuk II, afdeling 3.",
    "Gelet op de <ent label=LAW>Beschikking geldelijke steun huurwoningen 1975</ent> en de <ent label=LAW>Wet overige OCW-subsidies</ent> en wijziging van de <ent label=LAW>Regeling Wet kinderopvang</ent> in verband met de regels.",
    "houdende vaststelling van de <ent label=PROGRAMME>Eenmalige subsidieregeling voor de ontwikkeling van software voor de boordcomputer taxi</ent> en de <ent label=LAW>Regeling specificaties en typegoedkeuring boordcomputer taxi</ent>, zoals gewijzigd.",
    "Op grond van het <ent label=PROGRAMME>Deelreglement Suppletie</ent> voor het kalenderjaar 2014 en de <ent label=LAW>Regeling Mandaat, Volmacht en Machtiging BZ 2004</ent> gaat het.",
    "<ent label=LAW>Beschikking rendementen gesubsidieerde woningbouw, juli 2006</ent>\n\nDe minister besluit.",
    "Wijziging van de <ent label=PROGRAMME>Regeling nationale EZ-subsidies</ent> houdende een wijziging.",
    # register names with other capitals after their first word
    'Het <ent label=ORG canonical="Stimuleringsfonds voor de Pers">Stimuleringsfonds voor de pers</ent> besluit.',
    "De raad van bestuur besluit.",
    # the expansion in brackets after a known abbreviation
    'De architectuur staat in <ent label=PROGRAMME canonical="Nederlandse Overheid Referentie Architectuur">NORA</ent> en in <ent label=PROGRAMME canonical="Gemeentelijke Model Architectuur">GEMMA</ent> (<ent label=PROGRAMME>Gemeentelijke ModelArchitectuur</ent>).',
    # names wrapped over a line break in hard-wrapped Kamerstukken (the break stays in the text)
    'overwegende dat elke provincie een notificatietraject bij de <ent label=ORG canonical="Europese Commissie">Europese\nCommissie</ent> moet doorlopen;',
    'overwegende dat de minister een brief stuurt aan de voorzitter van de <ent label=ORG canonical="Raad van State">Raad\nvan State</ent> over de zaak;',
    # a dossier title in a Kamerstuk header that starts with a programme name is all of it
    '<ent label=ORG canonical="Tweede Kamer der Staten-Generaal">Tweede Kamer der Staten-Generaal</ent>\n\n36 180\n\n<ent label=PROGRAMME canonical="Nationale Omgevingsvisie">Nationale Omgevingsvisie – Uitwerking voor\nhet landelijk gebied</ent>\n\nNr. 40\n',
    '<ent label=ORG canonical="Tweede Kamer der Staten-Generaal">Tweede Kamer der Staten-Generaal</ent>\n\n36 180\n\nKwaliteit van zorg\n\nNr. 40\n',
    # persons
    "Volgens staatssecretaris <ent label=PERSON>Mona Keijzer</ent> gaat het goed.",
    "MOTIE VAN HET LID <ent label=PERSON>OMTZIGT</ent> C.S.\n",
    "Volgens de directeur van Boskalis klopt het.",
    "Dat zei minister <ent label=PERSON>Van Rijn</ent> gisteren.",
    # places
    "Bedrijven in <ent label=LOC>Nederland</ent>, <ent label=LOC>Groningen</ent> en <ent label=LOC>Europa</ent> groeien.",
    "De Nederlandse economie groeit.",
    # laws
    "De <ent label=LAW>Wet open overheid</ent> vervangt de <ent label=LAW>Wob</ent>; ook de <ent label=LAW>Omgevingswet</ent> en de <ent label=LAW>AVG</ent> gelden.",
]


@pytest.mark.parametrize("marked", CASES)
def test_names(nlp, marked: str) -> None:
    text, expected = parse(marked)
    record = nlds_nlp.extract(text, "2020-06-25", nlp=nlp)
    got = {
        (m.start, m.end, m.label, getattr(m.value, "canonical", None))
        for m in record.mentions()
        if m.label in NAME_LABELS
    }
    want = {(e.start, e.end, e.label, e.attrs.get("canonical")) for e in expected}
    # canonical is only checked where the markup gives one
    got_cmp = {
        (s, e, lab, c if any(w[:3] == (s, e, lab) and w[3] for w in want) else None)
        for s, e, lab, c in got
    }
    assert got_cmp == want, f"\n{text}\n got  {sorted(got)}\n want {sorted(want)}"
