"""The scorer: exact and lenient matches, value accuracy, roles, and error lists."""

from __future__ import annotations

import pytest

from nlds_nlp.evaluate import PRF, score, value_matches

TEXT = "Het kabinet geeft 23,5 miljoen euro aan de Nederlandse AI Coalitie in 2020."


def span(i, start, end, label, value=None, roles=None):
    s = {
        "id": i,
        "start": start,
        "end": end,
        "label": label,
        "text": TEXT[start:end],
        "value": value or {},
    }
    if roles:
        s["roles"] = roles
    return s


MONEY = span(
    "s1",
    18,
    35,
    "MONEY",
    {"amount": "23500000", "currency": "EUR"},
    {"funder": "s2", "recipient": "s3", "date": "s4"},
)
KAB = span("s2", 4, 11, "ORG")
AIC = span("s3", 43, 66, "ORG")
YEAR = span("s4", 70, 74, "DATE", {"type": "date", "value": "2020"})
GOLD = [MONEY, KAB, AIC, YEAR]


def test_perfect_prediction_scores_one() -> None:
    report, errors = score([("d", TEXT, GOLD, GOLD)])
    assert report.micro().f1 == 1.0
    assert report.roles.f1 == 1.0
    assert report.labels["MONEY"].normalisation.value == 1.0
    assert errors == []


def test_boundary_error_is_lenient_match_but_not_exact() -> None:
    pred = [span("p1", 43, 54, "ORG")]  # "Nederlandse" only
    report, errors = score([("d", TEXT, [AIC], pred)])
    assert report.labels["ORG"].exact.f1 == 0.0
    assert report.labels["ORG"].lenient.f1 == 1.0
    assert [e["type"] for e in errors] == ["boundary"]


def test_false_positive_and_negative_are_listed_with_context() -> None:
    report, errors = score([("d", TEXT, [KAB], [YEAR])])
    kinds = sorted(e["type"] for e in errors)
    assert kinds == ["false_negative", "false_positive"]
    assert all("[[" in e["context"] for e in errors)
    assert report.labels["ORG"].exact.fn == 1 and report.labels["DATE"].exact.fp == 1


def test_wrong_amount_counts_as_value_error() -> None:
    wrong = {**MONEY, "value": {"amount": "23000000", "currency": "EUR"}}
    report, errors = score([("d", TEXT, [MONEY], [wrong])])
    assert report.labels["MONEY"].exact.f1 == 1.0
    assert report.labels["MONEY"].normalisation.value == 0.0
    assert errors[0]["type"] == "value"


def test_roles_compare_targets_by_offsets_not_ids() -> None:
    renamed = [{**s, "id": "x" + s["id"]} for s in GOLD]
    renamed[0] = {**renamed[0], "roles": {"funder": "xs2", "recipient": "xs3", "date": "xs4"}}
    report, _ = score([("d", TEXT, GOLD, renamed)])
    assert report.roles.f1 == 1.0
    missing_role = [{**renamed[0], "roles": {"funder": "xs2"}}, *renamed[1:]]
    report, _ = score([("d", TEXT, GOLD, missing_role)])
    assert report.roles.tp == 1 and report.roles.fn == 2


@pytest.mark.parametrize(
    ("label", "gold", "pred", "expected"),
    [
        (
            "MONEY",
            {"amount": "23500000", "currency": "EUR"},
            {"amount": "23500000.0", "currency": "EUR"},
            True,
        ),
        ("MONEY", {"amount": None, "currency": "EUR"}, {"amount": "1", "currency": "EUR"}, False),
        ("MONEY", {"amount": "5", "currency": "EUR"}, {"amount": "5", "currency": "USD"}, False),
        ("DATE", {"type": "date", "value": "2019-10"}, {"type": "date", "value": "2019-10"}, True),
        (
            "DATE",
            {"type": "date", "value": "2020", "mod": "START"},
            {"type": "date", "value": "2020"},
            False,
        ),
        ("ORG", {"canonical": "TNO"}, {}, False),
        ("ORG", {}, {"canonical": "TNO"}, None),
        ("PERSON", {}, {}, None),
    ],
)
def test_value_matches(label, gold, pred, expected) -> None:
    assert value_matches(label, gold, pred) is expected


def test_prf_handles_empty_counts() -> None:
    assert PRF().f1 == 0.0 and PRF(tp=1).f1 == 1.0


def test_roles_are_scored_per_role_and_listed_as_errors() -> None:
    pred = [{**MONEY, "roles": {"funder": "s2", "recipient": "s2"}}, KAB, AIC, YEAR]
    report, errors = score([("d", TEXT, GOLD, pred)])
    by_role = report.to_dict()["roles_by_role"]
    assert by_role["funder"]["f1"] == 1.0
    assert by_role["recipient"]["fp"] == 1 and by_role["recipient"]["fn"] == 1
    assert by_role["date"]["fn"] == 1 and by_role["period"]["tp"] == 0
    kinds = {(e["type"], e["role"], e["target"]) for e in errors if e["type"].startswith("role")}
    assert kinds == {
        ("role_fp", "recipient", "kabinet"),
        ("role_fn", "recipient", "Nederlandse AI Coalitie"),
        ("role_fn", "date", "2020"),
    }


def test_scores_per_genre() -> None:
    report, _ = score(
        [("a", TEXT, GOLD, GOLD), ("b", TEXT, GOLD, [])],
        genres={"a": "provincial", "b": "municipal"},
    )
    genres = report.to_dict()["by_genre"]
    assert genres["provincial"]["micro_primary"]["f1"] == 1.0
    assert genres["municipal"]["micro_primary"]["f1"] == 0.0
    assert report.micro().tp == 4 and report.micro().fn == 4
