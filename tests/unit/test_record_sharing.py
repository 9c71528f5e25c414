"""build_record shares one frozen value object among mentions with the same value, and never
among values that are equal but not alike (1, 1.0, Decimal("1.0"))."""

from __future__ import annotations

from decimal import Decimal

from nlds_nlp.records import build_record


def _date(i: int, value: dict) -> dict:
    return {
        "id": f"m{i}",
        "start": 10 * i,
        "end": 10 * i + 4,
        "label": "DATE",
        "text": "mei",
        "value": value,
        "source": "dates:month",
    }


def _money(i: int, amount: object) -> dict:
    return {
        "id": f"m{i}",
        "start": 10 * i,
        "end": 10 * i + 4,
        "label": "MONEY",
        "text": "€ 1",
        "value": {"amount": amount, "currency": "EUR"},
        "source": "money:single",
    }


def test_equal_values_share_one_object() -> None:
    value = {"type": "date", "value": "2021-05"}
    record = build_record([_date(i, dict(value)) for i in range(5)], flows=[])
    assert len({id(d.value) for d in record.dates}) == 1
    assert len({id(d.provenance) for d in record.dates}) == 1
    assert [d.value.value for d in record.dates] == ["2021-05"] * 5


def test_equal_but_unlike_values_stay_apart() -> None:
    amounts = [Decimal("1"), Decimal("1.0"), "1", Decimal("1")]
    record = build_record([_money(i, a) for i, a in enumerate(amounts)], flows=[])
    dumped = [m.model_dump(mode="json")["value"]["amount"] for m in record.money]
    alone = [
        build_record([_money(0, a)], flows=[]).money[0].model_dump(mode="json")["value"]["amount"]
        for a in amounts
    ]
    assert dumped == alone
    assert record.money[0].value is record.money[3].value
