"""Funding roles from the constructions the spec names (sections 3 and 6)."""

from __future__ import annotations

import pytest

from markup import parse
from nlds_nlp.relations import assign_roles, sentences


def mentions_of(marked: str) -> tuple[str, list[dict]]:
    text, expected = parse(marked)
    mentions = []
    for i, e in enumerate(expected, start=1):
        value = {"type": e.attrs["type"]} if "type" in e.attrs else {}
        if "value" in e.attrs:
            value["value"] = e.attrs["value"]
        mentions.append(
            {
                "id": e.attrs.get("id", f"m{i}"),
                "start": e.start,
                "end": e.end,
                "label": e.label,
                "text": e.text,
                "value": value,
                "roles": {},
            }
        )
    return text, mentions


def roles(marked: str) -> dict[str, str]:
    text, mentions = mentions_of(marked)
    out = assign_roles(text, mentions)
    money = [m for m in out if m["label"] == "MONEY"]
    assert len(money) == 1
    return money[0]["roles"]


def test_recipient_and_funder_around_the_amount() -> None:
    assert roles(
        "De <ent label=ORG id=aic>Nederlandse AI Coalitie</ent> krijgt <ent label=DATE id=d type=date>vandaag</ent> "
        "een startimpuls van <ent label=MONEY>23,5 miljoen euro</ent> van het <ent label=ORG id=kab>kabinet</ent>."
    ) == {"recipient": "aic", "funder": "kab", "date": "d"}


def test_subject_that_invests_is_funder_and_year_is_date() -> None:
    assert roles(
        "Het <ent label=ORG id=kab>kabinet</ent> investeerde zelf in <ent label=DATE id=y type=date>2019</ent> "
        "al <ent label=MONEY>64 miljoen euro</ent> in deze technologie."
    ) == {"funder": "kab", "date": "y"}


def test_programme_and_period_from_signal_word() -> None:
    assert roles(
        "Binnen de <ent label=PROGRAMME id=p>SLIM-regeling</ent> is tot en met <ent label=DATE id=y type=date>2022</ent> "
        "jaarlijks <ent label=MONEY>48 miljoen euro</ent> beschikbaar."
    ) == {"programme": "p", "period": "y"}


def test_duration_is_a_period() -> None:
    assert roles(
        "Men streeft naar <ent label=MONEY>twee miljard euro</ent> in <ent label=DATE id=d type=duration>zeven jaar</ent>."
    ) == {"period": "d"}


def test_agentless_passive_takes_funder_from_previous_sentence() -> None:
    assert roles(
        "Het <ent label=ORG id=min>ministerie van EZK</ent> heeft een plan. "
        "Daarvoor wordt <ent label=MONEY>25 miljoen euro</ent> gereserveerd."
    ) == {"funder": "min"}


def test_roles_do_not_cross_two_sentences() -> None:
    assert (
        roles(
            "Het <ent label=ORG>kabinet</ent> heeft een plan. Het is goed. "
            "Er is <ent label=MONEY>5 miljoen euro</ent> beschikbaar."
        )
        == {}
    )


def test_sentences_split_on_stops_and_blank_lines() -> None:
    text = "Eerste zin. Tweede zin!\n\nKop\nNog een zin."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Eerste zin.",
        "Tweede zin!",
        "Kop\nNog een zin.",
    ]
    # an abbreviation before a lowercase word, accented or not, ends nothing
    text = "Voor de gemeente A t.b.v. één project. Voor B t.b.v. twee projecten."
    assert len(sentences(text)) == 2


def all_roles(marked: str) -> list[dict[str, str]]:
    text, mentions = mentions_of(marked)
    return [m["roles"] for m in assign_roles(text, mentions) if m["label"] == "MONEY"]


def test_enumeration_gives_each_sum_its_own_recipient() -> None:
    assert all_roles(
        "<ent label=LOC id=es>Spanje</ent> krijgt <ent label=MONEY>4,1 miljard euro</ent>, "
        "<ent label=LOC id=it>Italië</ent> <ent label=MONEY>2,3 miljard</ent> en "
        "<ent label=LOC id=nl>Nederland</ent> (<ent label=MONEY>25 miljoen euro</ent>)."
    ) == [{"recipient": "es"}, {"recipient": "it"}, {"recipient": "nl"}]


def test_giving_subject_and_enumerated_recipients() -> None:
    assert all_roles(
        "De <ent label=ORG id=p>provincie Utrecht</ent> geeft <ent label=ORG id=a>Stichting A</ent> "
        "<ent label=MONEY>5.000 euro</ent> en <ent label=ORG id=b>Vereniging B</ent> "
        "<ent label=MONEY>3.000 euro</ent>."
    ) == [{"funder": "p", "recipient": "a"}, {"funder": "p", "recipient": "b"}]


def test_sums_that_move_nothing_get_no_roles() -> None:
    for marked in (
        "De buitenlandse investeringen van <ent label=LOC>Nederland</ent> bedragen een waarde van "
        "<ent label=MONEY>4.500 miljard euro</ent> volgens de <ent label=PROGRAMME>Voorjaarsnota</ent>.",
        "Het <ent label=ORG>kabinet</ent> meldt een tekort van <ent label=MONEY>40 miljoen euro</ent>.",
        "Het jaarrekeningresultaat <ent label=DATE type=date>2022</ent> is "
        "<ent label=MONEY>€ 1,3 mln.</ent> positief.",
    ):
        assert roles(marked) == {}, marked


def test_programme_only_where_the_sum_belongs_to_it() -> None:
    assert roles(
        "Het <ent label=ORG id=k>kabinet</ent> stelt <ent label=MONEY>20 miljoen euro</ent> "
        "beschikbaar uit het <ent label=PROGRAMME id=f>Klimaatfonds</ent>."
    ) == {"funder": "k", "programme": "f"}
    assert roles(
        "Volgens de <ent label=PROGRAMME>Miljoenennota</ent> investeert het "
        "<ent label=ORG id=k>kabinet</ent> <ent label=MONEY>5 miljoen euro</ent> in wegen."
    ) == {"funder": "k"}


def test_motion_funder_is_the_body_asked_never_the_kamer() -> None:
    assert roles(
        "De <ent label=ORG>Kamer</ent>, gehoord de beraadslaging, verzoekt de "
        "<ent label=ORG id=r>regering</ent> <ent label=MONEY>40 miljoen euro</ent> beschikbaar te "
        "stellen voor <ent label=ORG id=x>Stichting X</ent>."
    ) == {"funder": "r", "recipient": "x"}
    assert (
        roles(
            "De <ent label=ORG>Kamer</ent>, constaterende dat <ent label=MONEY>675 miljoen euro</ent> "
            "naar <ent label=ORG>Vestia</ent> ging, verzoekt de <ent label=ORG>regering</ent> te "
            "onderzoeken of dat geld terug kan worden betaald."
        ).get("funder")
        is None
    )


def test_listed_years_take_the_first_and_a_trailing_year_stays_with_its_sum() -> None:
    assert roles(
        "Het subsidieplafond bedraagt voor <ent label=DATE id=a type=date value=2010>2010</ent> en "
        "<ent label=DATE id=b type=date value=2011>2011</ent> in totaal <ent label=MONEY>€ 3.500.000</ent>."
    ) == {"period": "a"}
    assert all_roles(
        "Het beschikbare budget is <ent label=MONEY>70 miljoen euro</ent> in "
        "<ent label=DATE id=a type=date value=2018>2018</ent>, <ent label=MONEY>108 miljoen euro</ent> in "
        "<ent label=DATE id=b type=date value=2019>2019</ent>."
    ) == [{"period": "a"}, {"period": "b"}]


def test_table_cells_take_their_column_year_and_row_name() -> None:
    marked = (
        "(bedragen x € 1.000)\n\n<ent label=DATE id=y1 type=date value=2024>2024</ent>\n\n"
        "<ent label=DATE id=y2 type=date value=2025>2025</ent>\n\n<ent label=ORG id=a>Stichting A</ent>\n\n"
        "<ent label=MONEY>120</ent>\n\n<ent label=MONEY>130</ent>\n\nSaldo na reservemutaties\n\n"
        "-<ent label=MONEY>5</ent>\n\n<ent label=MONEY>7</ent>\n"
    )
    assert all_roles(marked) == [
        {"recipient": "a", "period": "y1"},
        {"recipient": "a", "period": "y2"},
        {},
        {},
    ]


def test_pipe_rows_take_the_year_of_their_column() -> None:
    marked = (
        "Bedragen x € 1.000 | <ent label=DATE id=a type=date>2020</ent> | "
        "<ent label=DATE id=b type=date>2021</ent> |\n"
        "N1. Raad | -<ent label=MONEY>17</ent> | -<ent label=MONEY>18</ent> |\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}]


def test_rows_on_one_line_take_their_years_from_the_right() -> None:
    marked = (
        "(bedragen x € 1.000)\nRealisatie <ent label=DATE id=a type=date value=2020>2020</ent> "
        "<ent label=DATE id=b type=date value=2021>2021</ent>\n"
        "Subsidies <ent label=MONEY>120</ent> <ent label=MONEY>130</ent>\n"
        "Saldo <ent label=MONEY>5</ent> <ent label=MONEY>7</ent>\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}, {}, {}]


def test_recipient_named_before_its_sum() -> None:
    assert roles(
        "<ent label=ORG id=gs>Gedeputeerde Staten</ent> verlenen aan "
        "<ent label=ORG id=s>Stichting Dorpshuis</ent> een subsidie van <ent label=MONEY>€ 5.000</ent>."
    ) == {"funder": "gs", "recipient": "s"}
    assert roles(
        "De begrotingssubsidie voor de <ent label=ORG id=g>gemeente Woerden</ent> t.b.v. zeven "
        "projecten voor een bedrag van <ent label=MONEY>€ 797.000</ent>."
    ) == {"recipient": "g"}


def test_subject_after_the_sum_with_an_auxiliary() -> None:
    assert roles(
        "Met een rijksbijdrage van in totaal <ent label=MONEY>7 mln euro</ent> heeft het "
        "<ent label=ORG id=k>kabinet</ent> bijgedragen aan de wens van de Kamer."
    ) == {"funder": "k"}


def test_table_title_year_row_year_and_static_columns() -> None:
    """A table without column years takes the year of its budget title; a row labelled
    'Begroting 2026' its own year; a 'Saldo' column and reserve rows move nothing."""
    marked = (
        "Financiële toelichting begroting <ent label=DATE id=t type=date value=2026>2026</ent>\n\n"
        "Werk en inkomen\n\n(Bedragen x 1.000 euro)\n\nLasten\n\nBaten\n\nSaldo\n\n"
        "Intensiveringen\n\n<ent label=MONEY>4.713</ent>\n\n<ent label=MONEY>36</ent>\n\n"
        "<ent label=MONEY>4.749</ent>\n\nTotaal onttrekkingen\n\n<ent label=MONEY>5.639</ent>\n\n"
        "<ent label=MONEY>3.218</ent>\n\n<ent label=MONEY>1.446</ent>\n"
    )
    assert all_roles(marked) == [{"period": "t"}, {"period": "t"}, {}, {}, {}, {}]


def test_column_header_years_behind_a_budget_word() -> None:
    marked = (
        "(bedragen x € 1.000)\n\nBegroot <ent label=DATE id=a type=date value=2012>2012</ent>\n\n"
        "Raming <ent label=DATE id=b type=date value=2013>2013</ent>\n\nLasten\n\n"
        "<ent label=MONEY>178.733</ent>\n\n<ent label=MONEY>181.267</ent>\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}]


def test_funded_project_named_after_its_noun_is_recipient() -> None:
    assert roles(
        "De <ent label=ORG id=p>provincie Fryslân</ent> draagt <ent label=MONEY>600.000 euro</ent> "
        "bij aan het landelijke project <ent label=PROGRAMME id=f>FRESHEM-NL</ent>."
    ) == {"funder": "p", "recipient": "f"}


def test_grant_heading_names_the_receiver_of_the_paragraph() -> None:
    text = (
        "Subsidiëring project “<ent label=PROGRAMME id=k>Kasteel 4</ent>” te "
        "<ent label=LOC id=c>Coevorden</ent>\n\n<ent label=ORG id=gs>Gedeputeerde Staten</ent> "
        "hebben besloten een bijdrage van <ent label=MONEY>€ 75.000,--</ent> beschikbaar te "
        "stellen voor de vastgoedontwikkeling."
    )
    assert roles(text) == {"funder": "gs", "recipient": "k"}
    # a heading naming a regulation, not a grant, gives no receiver
    other = text.replace("Subsidiëring project", "Evaluatie van")
    assert roles(other) == {"funder": "gs"}


def test_group_labels_above_years_and_rows_aligned_from_the_right() -> None:
    """'Realisatie / Begroting / Verschil' above the years: the last column is a difference and
    moves nothing; a row with fewer sums fills the last columns; 'waarvan bijdrage aan X' names
    the row's recipient."""
    y = "".join(
        f"<ent label=DATE id=y{i} type=date value={v}>{v}</ent>\n\n"
        for i, v in enumerate(["2015", "2016", "2017", "2017"])
    )
    marked = (
        "(x € 1.000)\n\nRealisatie\n\nBegroting\n\nVerschil\n\n" + y + "Uitgaven\n\n"
        "<ent label=MONEY>5</ent>\n\n<ent label=MONEY>6</ent>\n\n<ent label=MONEY>7</ent>\n\n"
        "<ent label=MONEY>1</ent>\n\n"
        "– waarvan bijdrage aan agentschap <ent label=ORG id=r>RWS</ent>\n\n"
        "<ent label=MONEY>2</ent>\n\n<ent label=MONEY>3</ent>\n\n<ent label=MONEY>4</ent>\n"
    )
    assert all_roles(marked) == [
        {"period": "y0"},
        {"period": "y1"},
        {"period": "y2"},
        {},
        {"recipient": "r", "period": "y1"},
        {"recipient": "r", "period": "y2"},
        {},
    ]


def test_one_header_line_per_column_with_or_without_a_year() -> None:
    marked = (
        "Tabel 11 (bedragen x € 1.000)\n\n"
        "Ontwerpbegroting <ent label=DATE id=a type=date value=2023>2023</ent> (1)\n\n"
        "Mutaties via moties en amendementen (2)\n\n"
        "Mutatie <ent label=DATE id=b type=date value=2024>2024</ent>\n\nUitgaven\n\n"
        "<ent label=MONEY>786.147</ent>\n\n<ent label=MONEY>1.925</ent>\n\n"
        "<ent label=MONEY>35.718</ent>\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {}, {"period": "b"}]


def test_list_run_on_into_one_line_gives_each_sum_its_name() -> None:
    marked = (
        "Geselecteerd voorstel Rijksbijdrage <ent label=LOC id=a>Zuid-Limburg</ent> "
        "<ent label=MONEY>€ 10 miljoen</ent> <ent label=LOC id=b>Bonaire</ent> "
        "<ent label=MONEY>€ 13 miljoen</ent> <ent label=ORG id=c>Parkstad Limburg</ent> "
        "<ent label=MONEY>€ 15 miljoen</ent>"
    )
    assert all_roles(marked) == [{}, {"recipient": "b"}, {"recipient": "c"}]


def test_total_column_before_the_years_and_a_titled_table_programme() -> None:
    """'Totaal / t/m 2016 / 2017': the first sum of a row is its total (no period), the rest
    fill the years from the left. A programme in the table's title is not given to every cell:
    annotators link it only where a row or sentence says the money is that instrument's."""
    marked = (
        "OVERZICHT <ent label=PROGRAMME id=p>HOOGWATERBESCHERMINGSPROGRAMMA</ent>\n\n"
        "(bedragen x € 1 miljoen)\n\nBijdragen\n\nTotaal\n\n"
        "t/m <ent label=DATE id=a type=date value=2016>2016</ent>\n\n"
        "<ent label=DATE id=b type=date value=2017>2017</ent>\n\n"
        "<ent label=DATE id=c type=date value=2018>2018</ent>\n\nOverige bijdrage\n\n"
        "<ent label=MONEY>8</ent>\n\n<ent label=MONEY>7</ent>\n\n<ent label=MONEY>1</ent>\n"
    )
    assert all_roles(marked) == [{}, {"period": "a"}, {"period": "b"}]


def test_partners_across_short_gaps_and_lowercase_legal_forms() -> None:
    assert roles(
        "<ent label=ORG id=z>Zeeland Connect</ent> ontvangt <ent label=MONEY>€ 50.000</ent> "
        "financiële steun van de <ent label=ORG id=p>Provincie Zeeland</ent>."
    ) == {"recipient": "z", "funder": "p"}
    assert roles(
        "Het meeste geld (<ent label=MONEY>300.000 euro</ent>) gaat naar de stichting "
        "<ent label=ORG id=s>Multifunctioneel Centrum De Nieuwe Wierde</ent> in Grijpskerk."
    ) == {"recipient": "s"}
    assert roles(
        "De exploitatiesubsidie aan <ent label=ORG id=e>Erfgoedpark Batavialand</ent> lager vast "
        "te stellen op een bedrag van <ent label=MONEY>€ 1.328.339</ent>."
    ) == {"recipient": "e"}


def test_a_year_of_a_past_act_is_its_date_and_budget_documents_are_no_programme() -> None:
    assert roles(
        "In <ent label=DATE id=y type=date value=2010>2010</ent> heeft de "
        "<ent label=ORG id=p>provincie Noord-Brabant</ent> <ent label=MONEY>€ 276 miljoen</ent> "
        "geïnvesteerd in sport."
    ) == {"funder": "p", "date": "y"}
    assert roles(
        "De donorgemeenschap stelde in <ent label=DATE id=y type=date value=2022>2022</ent> "
        "ruim <ent label=MONEY>24 miljard USD</ent> beschikbaar."
    ) == {"date": "y"}
    assert all_roles(
        "Daarnaast wordt de begroting via deze <ent label=PROGRAMME id=v>voorjaarsnota</ent> als "
        "volgt bijgesteld:\n\n• budget voor onderzoeken <ent label=MONEY>€ 3 mln.</ent>\n"
    ) == [{}]


def test_beneficiary_marker_lists_and_respective_years() -> None:
    assert roles(
        "Eenmalig een bedrag van <ent label=MONEY>€ 1.500,-</ent> beschikbaar te stellen in het "
        "kader van burgerinitiatieven ten behoeve van <ent label=ORG id=s>Stichting "
        "Tuinhulpdienst Veendam</ent>."
    ) == {"recipient": "s"}
    # a plain list of sums keeps the first item's funder
    assert all_roles(
        "Het beschikbare budget vanuit het <ent label=ORG id=o>ministerie van OCW</ent> is "
        "<ent label=MONEY>70 miljoen euro</ent> in <ent label=DATE id=a type=date value=2018>"
        "2018</ent>, <ent label=MONEY>108 miljoen euro</ent> in <ent label=DATE id=b type=date "
        "value=2019>2019</ent>."
    ) == [{"funder": "o", "period": "a"}, {"funder": "o", "period": "b"}]
    # "respectievelijk" pairs the k-th year with the k-th sum
    assert all_roles(
        "Voor de rondes van <ent label=DATE id=a type=date value=2012>2012</ent>, "
        "<ent label=DATE id=b type=date value=2013>2013</ent> en <ent label=DATE id=c type=date "
        "value=2016>2016</ent> bedroegen de budgetten respectievelijk <ent label=MONEY>167 mln"
        "</ent>, <ent label=MONEY>153 mln</ent> en <ent label=MONEY>113 mln euro</ent>."
    ) == [{"period": "a"}, {"period": "b"}, {"period": "c"}]


def test_an_abbreviation_right_after_a_name_is_its_nearest_mention() -> None:
    assert roles(
        "Het budget voor de <ent label=PROGRAMME id=l>Landelijke beëindigingsregeling "
        "veehouderijlocaties</ent> (<ent label=PROGRAMME id=s>Lbv</ent>) wordt opgehoogd met "
        "<ent label=MONEY>78 miljoen euro</ent>."
    ) == {"programme": "s"}


def test_an_introduction_naming_nothing_takes_the_partners_of_the_sum_before_it() -> None:
    marked = (
        "Er is in totaal <ent label=MONEY>€ 20 mld</ent> beschikbaar voor het "
        "<ent label=PROGRAMME id=n>Nationaal Groeifonds</ent>. In tabel 1 staat weergegeven:\n\n"
        "• voor welke bedragen definitieve toekenningen zijn gedaan (<ent label=MONEY>€ 2,9 mld"
        "</ent>);\n"
    )
    assert all_roles(marked) == [{"programme": "n"}, {"programme": "n"}]


def test_a_later_clause_with_its_own_giving_subject() -> None:
    assert all_roles(
        "Voor de periode 2018-2022 is door de <ent label=ORG id=r>rijksoverheid</ent> "
        "<ent label=MONEY>€ 130 mln</ent> beschikbaar gesteld, de <ent label=ORG id=g>gemeente "
        "Rotterdam</ent> heeft dit aangevuld met nogmaals <ent label=MONEY>€ 130 mln</ent>."
    ) == [{"funder": "r"}, {"funder": "g"}]


def test_table_totals_are_flagged_and_their_flows_warned() -> None:
    """A 'Totaal' row and a total column keep their roles but are marked, so that their flows
    stay out of sums (the cells beside them already hold the same money)."""
    from nlds_nlp.relations import build_flows

    marked = (
        "Het <ent label=ORG id=r>Rijk</ent> verdeelt de middelen als volgt:\n\n"
        "(bedragen x € 1 miljoen)\n\nTotaal\n\n"
        "<ent label=DATE id=a type=date value=2017>2017</ent>\n\n"
        "<ent label=DATE id=b type=date value=2018>2018</ent>\n\n"
        "<ent label=ORG id=g>Gemeente A</ent>\n\n<ent label=MONEY>8</ent>\n\n"
        "<ent label=MONEY>5</ent>\n\n<ent label=MONEY>3</ent>\n\n"
        "Totaal\n\n<ent label=MONEY>9</ent>\n\n<ent label=MONEY>6</ent>\n\n<ent label=MONEY>3</ent>\n"
    )
    text, mentions = mentions_of(marked)
    for m in mentions:
        if m["label"] == "MONEY":
            m["value"] = {"amount": str(int(m["text"]) * 10**6), "currency": "EUR"}
    out = assign_roles(text, mentions)
    money = [m for m in out if m["label"] == "MONEY"]
    assert [bool(m.get("table_total")) for m in money] == [True, False, False, True, True, True]
    flows = build_flows(text, out)
    warned = [f["text"] for f in flows if f["warnings"]]
    kept = [f["text"] for f in flows if not f["warnings"]]
    # the last "3" of the Totaal row is the same money as the one row's "3" (partners agree):
    # one flow, counted once
    assert kept == ["5", "3"] and warned == ["8", "9", "6"]


def test_column_years_with_words_after_and_repeated_labels_on_one_line() -> None:
    marked = (
        "x € 1.000\n\nRealisatie <ent label=DATE id=a type=date value=2024>2024</ent>\n\n"
        "Budget\n<ent label=DATE id=b type=date value=2025>2025</ent>\n\n"
        "<ent label=DATE id=c type=date value=2026>2026</ent>\nBegroot\n\nLasten\n\n"
        "<ent label=MONEY>5.693</ent>\n\n<ent label=MONEY>7.972</ent>\n\n"
        "<ent label=MONEY>14.625</ent>\n\nToevoeging reserves\n\n<ent label=MONEY>51.307</ent>\n\n"
        "<ent label=MONEY>69.875</ent>\n\n<ent label=MONEY>45.720</ent>\n"
    )
    assert all_roles(marked) == [
        {"period": "a"},
        {"period": "b"},
        {"period": "c"},
        {},
        {},
        {},
    ]
    line = (
        "Overzicht (bedragen x € 1.000)\n  Lasten <ent label=DATE id=a type=date value=2020>2020"
        "</ent> Lasten <ent label=DATE id=b type=date value=2020>2020</ent> Baten <ent "
        "label=DATE id=c type=date value=2020>2020</ent>\nProgramma lasten en baten "
        "<ent label=MONEY>12.670</ent> <ent label=MONEY>15.426</ent> <ent label=MONEY>2</ent>\n"
    )
    assert all_roles(line) == [{"period": "a"}, {"period": "b"}, {"period": "c"}]


def test_a_source_programme_with_its_own_sum_is_not_every_later_items() -> None:
    assert all_roles(
        "Het budget zal ik inzetten voor <ent label=PROGRAMME id=a>MIT</ent> (<ent label=MONEY>"
        "€ 11 mln.</ent>), IPC (<ent label=MONEY>€ 6 mln.</ent>) en <ent label=PROGRAMME id=c>"
        "SBIR</ent> (<ent label=MONEY>€ 3 mln.</ent>)."
    ) == [{"programme": "a"}, {}, {"programme": "c"}]


def test_a_headline_line_ends_before_an_article_and_nobody_pays_himself() -> None:
    assert all_roles(
        "Provincie wil <ent label=MONEY>12 miljoen euro</ent> steken in stationsgebieden "
        "<ent label=LOC id=z>Zaanstad</ent>\nDe <ent label=ORG id=p>provincie Noord-Holland</ent> "
        "wil <ent label=MONEY>12 miljoen euro</ent> uittrekken voor de stationsgebieden."
    ) == [{}, {"funder": "p"}]
    got = roles(
        "Wij stellen aan de <ent label=ORG id=ps>Provinciale Staten</ent> voor om "
        "<ent label=MONEY>€ 5 miljoen</ent> beschikbaar te stellen."
    )
    assert not (got.get("funder") and got.get("funder") == got.get("recipient"))


def test_money_in_a_fund_and_a_clause_restating_its_budget() -> None:
    assert all_roles(
        "Voor de periode is in het <ent label=PROGRAMME id=d>Deltafonds</ent> circa "
        "<ent label=MONEY>€ 21 miljard</ent> beschikbaar, waarmee het jaarlijkse budget "
        "gemiddeld op <ent label=MONEY>€ 1,5 miljard</ent> uitkomt."
    ) == [{"programme": "d"}, {"programme": "d"}]


def test_a_place_ending_a_longer_row_name_is_not_the_rows_recipient() -> None:
    marked = (
        "(in €)\n\n2021\n\nErfgoedhuis <ent label=LOC id=z>Zuid-Holland</ent>\n\n"
        "<ent label=MONEY>1.775.273</ent>\n"
    )
    assert all_roles(marked) == [{}]


def test_the_body_opening_a_row_with_tbv_receives_its_cells() -> None:
    """ "InnovationQuarter t.b.v. vroege fase financiering" as a row's name cell: the body named
    first receives (spec 6), whatever purpose follows it."""
    marked = (
        "Begrotingssubsidies 2021 (in €)\n\nNaam instelling\n\n2020\n\n2021\n\n4.1\n\n"
        "<ent label=ORG id=a>Gemeente Dordrecht</ent> t.b.v. leerpark <ent label=LOC>Drechtsteden"
        "</ent>\n\n<ent label=MONEY>3.000.000</ent>\n\n<ent label=MONEY>3.000.000</ent>\n"
    )
    assert [r.get("recipient") for r in all_roles(marked)] == ["a", "a"]


def test_the_giver_named_with_the_grant_before_its_sum() -> None:
    assert all_roles(
        "Het <ent label=ORG id=h>Huis</ent> ontvangt een subsidie van de <ent label=ORG id=p>"
        "Provincie Zeeland</ent> van <ent label=MONEY>€ 15.000</ent> voor zonnepanelen."
    ) == [{"recipient": "h", "funder": "p"}]


def test_a_fund_money_comes_from_is_the_programme_and_the_programme_it_is_for_receives() -> None:
    """Spec 6: funded projects of a fund are recipients, the fund the programme."""
    assert all_roles(
        "Voor het <ent label=PROGRAMME id=paw>Programma Aardgasvrije Wijken</ent> is uit de "
        "<ent label=PROGRAMME id=ke>Klimaatenvelop</ent> <ent label=MONEY>120 miljoen euro</ent> "
        "beschikbaar."
    ) == [{"programme": "ke", "recipient": "paw"}]


def test_a_source_right_behind_an_earlier_sum_is_that_sums_own() -> None:
    roles = all_roles(
        "Naast de <ent label=MONEY>7,5 miljard</ent> uit het <ent label=PROGRAMME id=mf>"
        "Mobiliteitsfonds</ent> is in totaal <ent label=MONEY>475 miljoen</ent> uitgetrokken "
        "voor gebiedsbudgetten."
    )
    assert roles[0].get("programme") == "mf" and "programme" not in roles[1]


def test_a_giving_participle_before_the_sum_is_an_agentless_passive() -> None:
    """ "de eerder toegezegde €300 miljoen" takes the funder of the sentence before (spec 6)."""
    roles = all_roles(
        "Het <ent label=ORG id=k>kabinet</ent> stelt <ent label=MONEY>€1,3 miljard</ent> extra "
        "beschikbaar aan gemeenten. Dat komt bovenop de eerder toegezegde "
        "<ent label=MONEY>€300 miljoen</ent>."
    )
    assert roles[1].get("funder") == "k"


def test_cells_with_a_nadelig_or_voordelig_mark_take_their_column_years() -> None:
    """ "12.413 N" (nadelig) in a flattened municipal table: the mark is a sign, the cell a sum of
    its column's year (guide 6.3-5: money added to or cut from a year's budget)."""
    marked = (
        "Herijkingen (x € 1.000,-)\n\nBegroting <ent label=DATE id=a type=date value=2026>2026"
        "</ent>\n\nBegroting <ent label=DATE id=b type=date value=2027>2027</ent>\n\n"
        "205. Nominale bijstelling budgetten\n\n<ent label=MONEY>12.413</ent> N\n\n"
        "<ent label=MONEY>935</ent> V\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}]


def test_a_variance_marked_voordelig_or_nadelig_moves_nothing() -> None:
    """A budget variance explained in prose ("(€ 75.000 voordelig)") is a difference between two
    budgets, not money that moves: no roles (corpus guide 6.4-4, as a "Verschil" column)."""
    assert all_roles(
        "In <ent label=DATE id=a type=date value=2023>2023</ent> is hiervoor een budget opgenomen "
        "via overheveling (<ent label=MONEY>€ 75.000</ent> voordelig)."
    ) == [{}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verschil Act. begr./Rek. 2022\n\nLasten", ["Verschil Act. begr./Rek. 2022", "Lasten"]),
        ("Zie art. 5 van de wet. De minister", ["Zie art. 5 van de wet.", "De minister"]),
        ("Kamerstuk nr. 43 bent u", ["Kamerstuk nr. 43 bent u"]),
        ("Dat is goed. Het gaat door.", ["Dat is goed.", "Het gaat door."]),
        ("Het kost veel. 2020 was beter.", ["Het kost veel.", "2020 was beter."]),
        # a scale word's stop ends a list item before the next year
        ("2024 € 0,76 mln. 2025 € 2,24 mln.", ["2024 € 0,76 mln.", "2025 € 2,24 mln."]),
    ],
)
def test_an_abbreviation_before_a_number_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_a_mark_line_keeps_the_row_and_a_difference_column_moves_nothing() -> None:
    """ "89.926 / N / 84.307 / N / 7.168 / N" under five header lines, the last "Verschil Act.
    begr./Rek. 2022": the marks stay in the row, the difference column gets no roles."""
    marked = (
        "Bedragen x € 1.000\n\nRekening <ent label=DATE id=a type=date value=2021>2021</ent>\n\n"
        "Actuele begroting <ent label=DATE id=b type=date value=2022>2022</ent>\n\n"
        "Verschil Act. begr./Rek. <ent label=DATE id=c type=date value=2022>2022</ent>\n\n"
        "Lasten\n\n<ent label=MONEY>89.926</ent>\n\nN\n\n<ent label=MONEY>84.307</ent>\n\nN\n\n"
        "<ent label=MONEY>7.168</ent>\n\nN\n\nStorting reserve\n\n<ent label=MONEY>3.664</ent>\n\n"
        "N\n\n<ent label=MONEY>1.278</ent>\n\nN\n\n<ent label=MONEY>628</ent>\n\nN\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}, {}, {}, {}, {}]


def test_numbered_column_headers_give_each_column_its_year_and_a_difference_none() -> None:
    """An agency's accounts: "Vastgestelde begroting (1) / Realisatie (2) / Verschil (3) = (2) -
    (1) / Realisatie 2023 (4)" under a title "voor het jaar 2024": the first two columns are the
    title's year, the difference moves nothing, the last column is 2023."""
    marked = (
        "Tabel 50 Verantwoording voor het <ent label=DATE id=t type=date value=2024>jaar 2024"
        "</ent> (bedragen x € 1.000)\n\nVastgestelde begroting (1)\n\nRealisatie (2)\n\n"
        "Verschil (3) = (2) - (1)\n\nRealisatie <ent label=DATE id=p type=date value=2023>2023"
        "</ent> (4)\n\nLasten\n\nRentebaten\n\n<ent label=MONEY>7.000</ent>\n\n<ent label=MONEY>"
        "8.027</ent>\n\n<ent label=MONEY>1.027</ent>\n\n<ent label=MONEY>7.439</ent>\n"
    )
    assert all_roles(marked) == [{"period": "t"}, {"period": "t"}, {}, {"period": "p"}]


def test_list_rows_under_a_state_grant_take_the_state_as_funder() -> None:
    """ "De voorstellen met de beschikbare rijksbijdrage in miljoenen:" and rows "Het Hogeland
    € 12,1 miljoen" (a row's name opening its own sentence): each row's place receives, the
    national government named before pays (spec 6: a header gives every row its funder)."""
    marked = (
        "Regio's ontvangen extra van het <ent label=ORG id=r>Rijk</ent>.\n\n"
        "De voorstellen voor <ent label=PROGRAMME id=p>Regio Deals</ent> met de beschikbare "
        "rijksbijdrage:\n\n<ent label=LOC id=a>Het Hogeland</ent> <ent label=MONEY>€ 12,1 miljoen"
        "</ent>\n\n<ent label=LOC id=b>Veluwe</ent> <ent label=MONEY>€ 20 miljoen</ent>\n"
    )
    roles = all_roles(marked)
    assert [r.get("recipient") for r in roles] == ["a", "b"]
    assert [r.get("funder") for r in roles] == ["r", "r"]
    assert [r.get("programme") for r in roles] == ["p", "p"]


def test_a_pipe_table_one_cell_a_line_gives_each_cell_its_column_year() -> None:
    """ "2026 |" / "2027 |" / ... / "I) |" / "Beginstand begroting 2026-2027 |" / "€ 2.324.382 |":
    a pipe table flattened one cell a line; the row label's own years are not the cells'."""
    marked = (
        "Saldi:\n|\n|\n<ent label=DATE id=a type=date value=2026>2026</ent> |\n"
        "<ent label=DATE id=b type=date value=2027>2027</ent> |\n|---|---|---|---|\n|\nI) |\n"
        "Beginstand begroting <ent label=DATE id=c type=interval>2026-2027</ent> |\n"
        "<ent label=MONEY>€ 2.324.382</ent> |\n<ent label=MONEY>€ 2.339.814</ent> |\n"
    )
    assert all_roles(marked) == [{"period": "a"}, {"period": "b"}]


def test_the_instrument_whose_budget_is_raised_is_the_programme() -> None:
    assert all_roles(
        "Het budget van de <ent label=PROGRAMME id=i>ISDE</ent>, de subsidieregeling voor "
        "isolatie, is tussentijds met <ent label=MONEY>€ 210 miljoen</ent> verhoogd."
    ) == [{"programme": "i"}]


def test_a_contributor_heading_a_group_of_rows_pays_each_until_a_total_closes_it() -> None:
    """A table of contributions ("Bijdragen"): "Rijk / Totaal / 1.006 / HWBP-2 / 963 / Totaal
    bijdragen / 1.258": the Rijk pays its group's rows; the grand total closes the group."""
    marked = (
        "(bedragen x € 1 miljoen)\n\nBijdragen\n\nTotaal\n\n"
        "<ent label=DATE id=a type=date value=2017>2017</ent>\n\n"
        "<ent label=DATE id=b type=date value=2018>2018</ent>\n\n<ent label=ORG id=r>Rijk</ent>\n\n"
        "Totaal\n\n<ent label=MONEY>1.006</ent>\n\n<ent label=MONEY>39</ent>\n\n"
        "<ent label=MONEY>39</ent>\n\n<ent label=PROGRAMME id=h>HWBP-2</ent>\n\n"
        "<ent label=MONEY>963</ent>\n\n<ent label=MONEY>39</ent>\n\n<ent label=MONEY>39</ent>\n\n"
        "Totaal bijdragen\n\n<ent label=MONEY>1.258</ent>\n\n<ent label=MONEY>40</ent>\n\n"
        "<ent label=MONEY>39</ent>\n"
    )
    funders = [r.get("funder") for r in all_roles(marked)]
    assert funders == ["r"] * 6 + [None] * 3


def test_a_subsidy_row_named_by_its_body_is_no_group() -> None:
    marked = (
        "Begrotingssubsidies (in €)\n\nFinanciering\n\n<ent label=DATE id=a type=date value=2020>"
        "2020</ent>\n\n<ent label=DATE id=b type=date value=2021>2021</ent>\n\n"
        "<ent label=ORG id=s>Stichting A</ent>\n\n<ent label=MONEY>242.000</ent>\n\n"
        "<ent label=MONEY>242.000</ent>\n\nKunstgebouw\n\n<ent label=MONEY>180.000</ent>\n"
    )
    assert [r.get("funder") for r in all_roles(marked)] == [None, None, None]


def test_a_price_limit_moves_nothing() -> None:
    assert all_roles(
        "De daarin genoemde grens (<ent label=MONEY>€ 136.134</ent>, prijspeil "
        "<ent label=DATE id=y type=date value=2002>2002</ent>) geldt vanaf 2005."
    ) == [{}]


def test_the_actor_right_before_the_finite_verb_is_the_funder() -> None:
    """A headline glued to its first sentence: the body before "wil ... uittrekken" pays, not
    the place the headline ends with."""
    roles = all_roles(
        "Provincie wil <ent label=MONEY>12 miljoen euro</ent> steken in stationsgebieden "
        "<ent label=LOC id=z>Zaanstad</ent> De <ent label=ORG id=p>provincie Noord-Holland</ent> "
        "wil <ent label=MONEY>12 miljoen euro</ent> uittrekken voor de stationsgebieden."
    )
    assert roles[1].get("funder") == "p"


def test_a_political_party_never_pays() -> None:
    """An amendment by a member of a party raised a budget: the agentless passive must not take
    the party as funder (spec 6: who asks for money is not its funder)."""
    roles = all_roles(
        "Aanleiding vormt het amendement van het Kamerlid De Nerée (<ent label=ORG id=c>CDA"
        "</ent>) naar aanleiding van de Voorjaarsnota. Daartoe is de begroting verhoogd met "
        "<ent label=MONEY>€ 50 miljoen</ent>."
    )
    assert "funder" not in roles[0]


def test_a_state_grant_header_gives_its_first_programme_to_the_rows() -> None:
    marked = (
        "Als <ent label=ORG id=r>Rijk</ent> investeren we.\n\n16 <ent label=PROGRAMME id=p>Regio "
        "Deals</ent> Geselecteerd voorstel Regio Deal Rijksbijdrage <ent label=LOC id=a>"
        "Noord-Drenthe</ent> <ent label=MONEY>€ 15 miljoen</ent> <ent label=LOC id=b>Eemsdelta"
        "</ent> <ent label=MONEY>€ 8,5 miljoen</ent> <ent label=LOC id=c>Bonaire</ent> "
        "<ent label=MONEY>€ 13 miljoen</ent>\n"
    )
    roles = all_roles(marked)
    assert [r.get("programme") for r in roles] == ["p", "p", "p"]
    assert [r.get("funder") for r in roles] == ["r", "r", "r"]
