"""Funding roles from the constructions the spec names (sections 3 and 6)."""

from __future__ import annotations

from markup import parse
from nlds_nlp.relations import assign_roles, sentences


def mentions_of(marked: str) -> tuple[str, list[dict]]:
    text, expected = parse(marked)
    mentions = []
    for i, e in enumerate(expected, start=1):
        value = {"type": e.attrs["type"]} if "type" in e.attrs else {}
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
