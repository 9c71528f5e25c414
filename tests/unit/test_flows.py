"""Flows: one per distinct grant in a document, with its sentence; implausible sums warned."""

from __future__ import annotations

from nlds_nlp.relations import build_flows


def money(i: str, start: int, amount: str, **roles: str) -> dict:
    return {
        "id": i,
        "start": start,
        "end": start + 5,
        "label": "MONEY",
        "text": "x",
        "value": {"amount": amount, "currency": "EUR"},
        "roles": roles,
    }


def name(i: str, label: str, text: str, start: int) -> dict:
    return {
        "id": i,
        "start": start,
        "end": start + len(text),
        "label": label,
        "text": text,
        "value": {},
    }


TEXT = "Het kabinet geeft X geld. " * 8


def test_a_repeated_grant_is_one_flow_with_all_its_mentions() -> None:
    mentions = [
        name("k", "ORG", "kabinet", 4),
        name("x", "ORG", "X", 18),
        money("m1", 30, "5000000", funder="k", recipient="x"),
        money("m2", 60, "5000000", funder="k", recipient="x"),
        money("m3", 90, "7000000", funder="k", recipient="x"),
        money("m4", 120, "9000000"),  # no partner: no flow
    ]
    flows = build_flows(TEXT, mentions)
    assert [f["mention_ids"] for f in flows] == [["m1", "m2"], ["m3"]]
    assert flows[0]["sentence"] == "Het kabinet geeft X geld."
    assert flows[0]["funder_id"] == "k" and not flows[0]["warnings"]


def test_same_sum_for_different_periods_stays_two_flows() -> None:
    mentions = [
        name("p", "PROGRAMME", "Fonds", 4),
        {
            "id": "d1",
            "start": 40,
            "end": 44,
            "label": "DATE",
            "text": "2024",
            "value": {"type": "date", "value": "2024"},
        },
        {
            "id": "d2",
            "start": 70,
            "end": 74,
            "label": "DATE",
            "text": "2025",
            "value": {"type": "date", "value": "2025"},
        },
        money("m1", 30, "100", programme="p", period="d1"),
        money("m2", 60, "100", programme="p", period="d2"),
    ]
    assert len(build_flows(TEXT, mentions)) == 2


def test_a_sum_above_a_trillion_is_warned() -> None:
    mentions = [
        name("p", "PROGRAMME", "Voorjaarsnota", 4),
        money("m1", 30, "4500000000000000", programme="p"),
    ]
    (flow,) = build_flows(TEXT, mentions)
    assert flow["warnings"] and "trillion" in flow["warnings"][0]


def test_a_repeat_naming_more_partners_joins_the_same_flow() -> None:
    """'VDL Bus Roeselare nv: 2 miljoen euro' in a heading and 'De Vlaamse Regering kent VDL Bus
    Roeselare nv 2 miljoen euro toe' below: one grant, not two flows counted twice."""
    from nlds_nlp.relations import build_flows

    def m(i: str, start: int, label: str, text: str, **extra: object) -> dict:
        return {
            "id": i,
            "start": start,
            "end": start + len(text),
            "label": label,
            "text": text,
            "value": extra.pop("value", {}),
            "roles": extra.pop("roles", {}),
        }

    eur = {"amount": "2000000", "currency": "EUR"}
    mentions = [
        m("r1", 0, "ORG", "VDL"),
        m("a", 10, "MONEY", "2 miljoen euro", value=eur, roles={"recipient": "r1"}),
        m("f", 40, "ORG", "Vlaamse Regering"),
        m("r2", 70, "ORG", "VDL"),
        m("b", 80, "MONEY", "2 miljoen euro", value=eur, roles={"funder": "f", "recipient": "r2"}),
        m("c", 120, "MONEY", "2 miljoen euro", value=eur, roles={"funder": "f", "recipient": "x"}),
        m("x", 140, "ORG", "Nike"),
    ]
    flows = build_flows("x" * 200, mentions)
    assert [f["mention_ids"] for f in flows] == [["a", "b"], ["c"]]
    assert flows[0]["funder_id"] == "f"
