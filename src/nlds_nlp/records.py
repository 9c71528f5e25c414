"""Typed output records: the public contract of the library (pydantic v2).

Amounts are ``Decimal`` and serialise as fixed-point strings ("23500000", never 2.35E+7 or a
float), so a JSON consumer never loses a cent. ``nlds-nlp schema`` prints the JSON Schema.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from nlds_nlp.relations.flows import build_flows, display_name

Label = Literal["MONEY", "DATE", "ORG", "PROGRAMME", "PERSON", "LOC", "LAW"]


def fixed_point(value: Decimal) -> str:
    """Plain decimal string without exponent or trailing zeros."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


Amount = Annotated[
    Decimal,
    PlainSerializer(fixed_point, return_type=str, when_used="json"),
    Field(description='Exact amount as a decimal string, e.g. "23500000"'),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(_Model):
    """Which recogniser and which named pattern or gazetteer produced a mention."""

    component: str
    pattern: str
    page: int | None = Field(
        default=None, description="1-based page of the source (paged inputs such as PDF)"
    )


class MoneyValue(_Model):
    amount: Amount | None = None
    currency: str | None = None
    min: Amount | None = None
    max: Amount | None = None
    qualifier: Literal["more_than", "at_least", "at_most", "less_than", "approx"] | None = None
    per: str | None = None
    recurrent: bool | None = None
    currency_implicit: bool | None = None


class DateValue(_Model):
    """TIMEX3-style value, resolved against the publication date (spec section 2, DATE)."""

    type: Literal["date", "interval", "duration"]
    value: str | None = None
    start: str | None = None
    end: str | None = None
    mod: Literal["START", "MID", "END"] | None = None
    min: str | None = None
    max: str | None = None


class NameValue(_Model):
    canonical: str | None = None


class Roles(_Model):
    funder: str | None = None
    recipient: str | None = None
    programme: str | None = None
    period: str | None = None
    date: str | None = None


class _Mention(_Model):
    id: str
    start: int
    end: int
    text: str
    provenance: Provenance


class MoneyMention(_Mention):
    label: Literal["MONEY"] = "MONEY"
    value: MoneyValue
    roles: Roles = Roles()


class DateMention(_Mention):
    label: Literal["DATE"] = "DATE"
    value: DateValue


class NameMention(_Mention):
    label: Literal["ORG", "PROGRAMME", "PERSON", "LOC", "LAW"]
    value: NameValue = NameValue()


class Funding(_Model):
    """A flow: who funds whom with how much, through what, for which period.

    One per distinct flow of a document: a MONEY mention with a funder, recipient or programme;
    the same amount with the same partners repeated in the document is one flow, whose
    ``money_ids`` lists every mention. ``warnings`` flags flows left out of totals (for example
    a sum above EUR 1 trillion)."""

    id: str = ""
    money_id: str
    money_ids: list[str] = []
    text: str
    start: int | None = Field(default=None, description="offsets of the first money mention")
    end: int | None = None
    amount: Amount | None = None
    min: Amount | None = None
    max: Amount | None = None
    currency: str | None = None
    per: str | None = None
    qualifier: str | None = None
    funder: str | None = None
    recipient: str | None = None
    programme: str | None = None
    period: DateValue | None = None
    period_text: str | None = None
    date: DateValue | None = None
    date_text: str | None = None
    funder_id: str | None = None
    recipient_id: str | None = None
    programme_id: str | None = None
    sentence: str | None = Field(default=None, description="the sentence of the first mention")
    sentence_start: int | None = None
    sentence_end: int | None = None
    warnings: list[str] = []

    @property
    def summable(self) -> bool:
        """Whether totals may include this flow (one amount, no warning)."""
        return self.amount is not None and not self.warnings


class DocumentRecord(_Model):
    id: str | None = None
    published: str | None = None
    title: str | None = None
    publisher: str | None = None
    source: str | None = None
    money: list[MoneyMention] = []
    dates: list[DateMention] = []
    organisations: list[NameMention] = []
    programmes: list[NameMention] = []
    persons: list[NameMention] = []
    locations: list[NameMention] = []
    laws: list[NameMention] = []
    fundings: list[Funding] = []

    def mentions(self) -> list[MoneyMention | DateMention | NameMention]:
        """All mentions in text order."""
        every: list[Any] = [
            *self.money,
            *self.dates,
            *self.organisations,
            *self.programmes,
            *self.persons,
            *self.locations,
            *self.laws,
        ]
        return sorted(every, key=lambda m: m.start)


_FIELD_FOR = {
    "MONEY": "money",
    "DATE": "dates",
    "ORG": "organisations",
    "PROGRAMME": "programmes",
    "PERSON": "persons",
    "LOC": "locations",
    "LAW": "laws",
}


def _provenance(source: str) -> Provenance:
    component, _, pattern = source.partition(":")
    return Provenance(component=component, pattern=pattern or component)


_M = TypeVar("_M", bound="_Model")
_SCALARS = frozenset({str, int, float, bool, type(None), Decimal})


class _Shared:
    """One instance per distinct provenance or value within a record: the models are frozen,
    so mentions may share them, and a document with 100,000 mentions of a dozen values (a
    table, a list of months) holds a dozen value objects instead of 100,000."""

    def __init__(self) -> None:
        self._models: dict[Any, Any] = {}

    def provenance(self, source: str) -> Provenance:
        key = ("provenance", source)
        found = self._models.get(key)
        if found is None:
            found = self._models[key] = _provenance(source)
        return found

    def model(self, cls: type[_M], data: dict[str, Any]) -> _M:
        if not all(type(v) in _SCALARS for v in data.values()):
            return cls.model_validate(data)  # a list or dict inside: validated on its own
        # type and repr, not the value: 1, 1.0, True and Decimal("1.0") are equal, not alike
        key = (cls, *((k, type(v), repr(v)) for k, v in data.items()))
        found = self._models.get(key)
        if found is None:
            found = self._models[key] = cls.model_validate(data)
        return found


def build_record(
    mentions: list[dict[str, Any]],
    *,
    id: str | None = None,
    published: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    source: str | None = None,
    text: str | None = None,
    flows: list[dict[str, Any]] | None = None,
) -> DocumentRecord:
    """Turn merged mention dicts (see :mod:`nlds_nlp.docdata`) into a typed record. ``flows``
    are those the funding step built; without them they are built here from ``text``."""
    fields: dict[str, list[Any]] = {f: [] for f in _FIELD_FOR.values()}
    by_id = {m["id"]: m for m in mentions}
    shared = _Shared()
    for m in mentions:
        common = {
            "id": m["id"],
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "provenance": shared.provenance(m["source"]),
        }
        label = m["label"]
        if label == "MONEY":
            value = shared.model(MoneyValue, m["value"])
            roles = shared.model(Roles, m.get("roles") or {})
            fields["money"].append(MoneyMention(**common, value=value, roles=roles))
        elif label == "DATE":
            fields["dates"].append(DateMention(**common, value=shared.model(DateValue, m["value"])))
        else:
            value = shared.model(NameValue, m.get("value") or {})
            fields[_FIELD_FOR[label]].append(NameMention(**common, label=label, value=value))
    if flows is None:
        flows = build_flows(text or "", mentions)
    fundings = [_funding(f, by_id) for f in flows]
    return DocumentRecord(
        id=id,
        published=published,
        title=title,
        publisher=publisher,
        source=source,
        fundings=fundings,
        **fields,
    )


def _funding(flow: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> Funding:
    value = MoneyValue.model_validate(flow["value"])
    period, date = by_id.get(flow["period_id"] or ""), by_id.get(flow["date_id"] or "")
    return Funding(
        id=flow["id"],
        money_id=flow["mention_ids"][0],
        money_ids=flow["mention_ids"],
        text=flow["text"],
        start=flow["start"],
        end=flow["end"],
        amount=value.amount,
        min=value.min,
        max=value.max,
        currency=value.currency,
        per=value.per,
        qualifier=value.qualifier,
        funder=display_name(by_id.get(flow["funder_id"] or "")),
        recipient=display_name(by_id.get(flow["recipient_id"] or "")),
        programme=display_name(by_id.get(flow["programme_id"] or "")),
        period=DateValue.model_validate(period["value"]) if period else None,
        period_text=period["text"] if period else None,
        date=DateValue.model_validate(date["value"]) if date else None,
        date_text=date["text"] if date else None,
        funder_id=flow["funder_id"],
        recipient_id=flow["recipient_id"],
        programme_id=flow["programme_id"],
        sentence=flow["sentence"],
        sentence_start=flow["sentence_start"],
        sentence_end=flow["sentence_end"],
        warnings=flow["warnings"],
    )


def to_gold_spans(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions in exactly the gold corpus span format (spec section 4)."""
    spans = []
    for m in mentions:
        span = {
            "id": m["id"],
            "start": m["start"],
            "end": m["end"],
            "label": m["label"],
            "text": m["text"],
            "value": {k: v for k, v in m["value"].items() if v is not None},
        }
        roles = {k: v for k, v in (m.get("roles") or {}).items() if v}
        if roles:
            span["roles"] = roles
        spans.append(span)
    return spans
