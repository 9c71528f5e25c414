"""Scoring predictions against gold, exactly as spec section 5 says.

The same scorer measures the extractor, the peers and the agreement between two annotators,
so all three numbers mean the same thing. Pure functions over span dicts in the gold format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel

from nlds_nlp.goldspec import LABELS, PRIMARY_LABELS, ROLES

Span = Mapping[str, Any]


class PRF(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def summary(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


class Accuracy(BaseModel):
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def summary(self) -> dict[str, float | int | None]:
        v = self.value
        return {
            "accuracy": None if v is None else round(v, 4),
            "correct": self.correct,
            "total": self.total,
        }


class LabelScores(BaseModel):
    exact: PRF = PRF()
    lenient: PRF = PRF()
    normalisation: Accuracy = Accuracy()


class Report(BaseModel):
    documents: int = 0
    labels: dict[str, LabelScores] = {}
    roles: PRF = PRF()
    by_role: dict[str, PRF] = {}
    fields: dict[str, Accuracy] = {}
    by_genre: dict[str, Report] = {}

    def micro(self, labels: Sequence[str] = PRIMARY_LABELS, mode: str = "exact") -> PRF:
        total = PRF()
        for label in labels:
            if label in self.labels:
                total.add(getattr(self.labels[label], mode))
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "labels": {
                label: {
                    "exact": s.exact.summary(),
                    "lenient": s.lenient.summary(),
                    "normalisation": s.normalisation.summary(),
                }
                for label, s in sorted(self.labels.items())
            },
            "micro_primary": {
                "exact": self.micro().summary(),
                "lenient": self.micro(mode="lenient").summary(),
            },
            "roles": self.roles.summary(),
            "roles_by_role": {role: self.by_role.get(role, PRF()).summary() for role in ROLES},
            "normalisation_fields": {k: v.summary() for k, v in sorted(self.fields.items())},
            "by_genre": {
                genre: {
                    "documents": r.documents,
                    "labels": {
                        label: r.labels[label].exact.summary() for label in sorted(r.labels)
                    },
                    "micro_primary": r.micro().summary(),
                    "roles": r.roles.summary(),
                }
                for genre, r in sorted(self.by_genre.items())
            },
        }


Report.model_rebuild()


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def value_fields(label: str, gold: Mapping[str, Any]) -> list[str]:
    """The value keys that normalisation accuracy compares for a label (spec section 5)."""
    if label == "MONEY":
        return ["amount", "min", "max", "currency"]
    if label == "DATE":
        return ["type", "value", "start", "end", "mod"]
    if label in ("ORG", "PROGRAMME") and gold.get("canonical"):
        return ["canonical"]
    return []


def _same(key: str, a: Any, b: Any) -> bool:
    if key in ("amount", "min", "max"):
        return _dec(a) == _dec(b)
    return a == b


def value_matches(label: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool | None:
    """Whether the predicted value equals the gold one on the compared keys; None if n/a."""
    keys = value_fields(label, gold)
    if not keys:
        return None
    return all(_same(k, gold.get(k), pred.get(k)) for k in keys)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return (
        text[max(0, start - width) : start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end : end + width]
    ).replace("\n", " ")


def score_document(
    gold: Sequence[Span],
    pred: Sequence[Span],
    report: Report,
    *,
    doc_id: str = "",
    text: str = "",
    errors: list[dict[str, Any]] | None = None,
) -> None:
    """Add one document's counts to ``report`` (and its errors to ``errors``)."""
    report.documents += 1
    for label in LABELS:
        report.labels.setdefault(label, LabelScores())
    gold_by_key = {(s["start"], s["end"], s["label"]): s for s in gold}
    pred_by_key = {(s["start"], s["end"], s["label"]): s for s in pred}

    def err(kind: str, span: Span, **extra: Any) -> None:
        if errors is not None:
            errors.append(
                {
                    "doc": doc_id,
                    "type": kind,
                    "label": span["label"],
                    "start": span["start"],
                    "end": span["end"],
                    "text": span.get("text") or text[span["start"] : span["end"]],
                    "context": _context(text, span["start"], span["end"]) if text else "",
                    **extra,
                }
            )

    for key, g in gold_by_key.items():
        scores = report.labels[key[2]]
        p = pred_by_key.get(key)
        if p is None:
            scores.exact.fn += 1
            overlap = [
                q
                for q in pred
                if q["label"] == g["label"] and q["start"] < g["end"] and g["start"] < q["end"]
            ]
            if overlap:
                err(
                    "boundary",
                    g,
                    predicted=overlap[0].get("text")
                    or text[overlap[0]["start"] : overlap[0]["end"]],
                )
            else:
                err("false_negative", g)
            continue
        scores.exact.tp += 1
        gv, pv = g.get("value") or {}, p.get("value") or {}
        ok = value_matches(key[2], gv, pv)
        if ok is not None:
            scores.normalisation.total += 1
            scores.normalisation.correct += int(ok)
            for field in value_fields(key[2], gv):
                acc = report.fields.setdefault(f"{key[2]}.{field}", Accuracy())
                acc.total += 1
                acc.correct += int(_same(field, gv.get(field), pv.get(field)))
            if not ok:
                err("value", g, gold_value=gv, predicted_value=pv)
    for key, p in pred_by_key.items():
        if key not in gold_by_key:
            report.labels[key[2]].exact.fp += 1
            if not any(
                g["label"] == p["label"] and g["start"] < p["end"] and p["start"] < g["end"]
                for g in gold
            ):
                err("false_positive", p)

    # lenient: any overlap with the same label, matched one to one
    for label in LABELS:
        gs = [s for s in gold if s["label"] == label]
        ps = [s for s in pred if s["label"] == label]
        used: set[int] = set()
        tp = 0
        for g in gs:
            for i, p in enumerate(ps):
                if i not in used and p["start"] < g["end"] and g["start"] < p["end"]:
                    used.add(i)
                    tp += 1
                    break
        scores = report.labels[label]
        scores.lenient.tp += tp
        scores.lenient.fn += len(gs) - tp
        scores.lenient.fp += len(ps) - tp

    g_roles, p_roles = _role_triples(gold), _role_triples(pred)
    report.roles.add(
        PRF(tp=len(g_roles & p_roles), fp=len(p_roles - g_roles), fn=len(g_roles - p_roles))
    )
    for role in ROLES:
        g = {t for t in g_roles if t[2] == role}
        p = {t for t in p_roles if t[2] == role}
        report.by_role.setdefault(role, PRF()).add(PRF(tp=len(g & p), fp=len(p - g), fn=len(g - p)))
    if errors is not None and text:
        for kind, triples in (("role_fn", g_roles - p_roles), ("role_fp", p_roles - g_roles)):
            for ms, me, role, ts, te, tl in sorted(triples):
                errors.append(
                    {
                        "doc": doc_id,
                        "type": kind,
                        "label": "MONEY",
                        "role": role,
                        "start": ms,
                        "end": me,
                        "text": text[ms:me],
                        "target": text[ts:te],
                        "target_label": tl,
                        "context": _context(text, min(ms, ts), max(me, te), width=30),
                    }
                )


def _role_triples(spans: Sequence[Span]) -> set[tuple[Any, ...]]:
    """``(money start, money end, role, target start, target end, target label)`` triples."""
    by_id = {s["id"]: s for s in spans if "id" in s}
    triples = set()
    for s in spans:
        for role, target in (s.get("roles") or {}).items():
            t = by_id.get(target)
            if t is not None:
                triples.add((s["start"], s["end"], role, t["start"], t["end"], t["label"]))
    return triples


def score(
    pairs: Iterable[tuple[str, str, Sequence[Span], Sequence[Span]]],
    genres: Mapping[str, str | None] | None = None,
) -> tuple[Report, list[dict[str, Any]]]:
    """Score ``(doc_id, text, gold_spans, predicted_spans)`` tuples; returns report and errors.

    With ``genres`` (document id → genre) the report also holds one report per genre, so that a
    weak genre (a level of government, a kind of document) shows instead of hiding in the mean.
    """
    report = Report()
    errors: list[dict[str, Any]] = []
    for doc_id, text, gold, pred in pairs:
        score_document(gold, pred, report, doc_id=doc_id, text=text, errors=errors)
        if genres is not None:
            genre = genres.get(doc_id) or "unknown"
            score_document(gold, pred, report.by_genre.setdefault(genre, Report()))
    return report, errors


def format_table(report: Report) -> str:
    """A plain-text table per label (what ``nlds-nlp evaluate`` prints)."""
    d = report.to_dict()
    head = (
        f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} | {'lenP':>6} {'lenR':>6} {'lenF1':>6} | "
        f"{'norm':>6} {'n':>5}"
    )
    lines = [f"documents: {d['documents']}", head, "-" * len(head)]
    rows = [*list(d["labels"].items()), ("micro*", {**d["micro_primary"], "normalisation": {}})]
    for label, s in rows:
        norm = s["normalisation"].get("accuracy")
        n = s["exact"]["tp"] + s["exact"]["fn"]
        lines.append(
            f"{label:<10} {s['exact']['precision']:>6.3f} {s['exact']['recall']:>6.3f} "
            f"{s['exact']['f1']:>6.3f} | {s['lenient']['precision']:>6.3f} "
            f"{s['lenient']['recall']:>6.3f} {s['lenient']['f1']:>6.3f} | "
            f"{'' if norm is None else f'{norm:.3f}':>6} {n:>5}"
        )
    r = d["roles"]
    n_roles = r["tp"] + r["fn"]
    lines.append(
        f"{'roles':<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} | "
        f"{'':>6} {'':>6} {'':>6} | {'':>6} {n_roles:>5}"
    )
    for role, s in d["roles_by_role"].items():
        lines.append(
            f"  {role:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} | "
            f"{'':>6} {'':>6} {'':>6} | {'':>6} {s['tp'] + s['fn']:>5}"
        )
    lines.append("* micro average over MONEY, ORG, PROGRAMME, DATE")
    fields = d["normalisation_fields"]
    if fields:
        lines.append(
            "normalisation by field: "
            + ", ".join(
                f"{k} {v['accuracy']:.3f} ({v['total']})"
                for k, v in fields.items()
                if v["accuracy"] is not None
            )
        )
    if d["by_genre"]:
        lines.append("")
        cols = ("MONEY", "ORG", "PROGRAMME", "DATE", "PERSON", "LOC")
        lines.append(
            f"{'genre (exact F1)':<18} {'docs':>4} "
            + " ".join(f"{c[:6]:>6}" for c in cols)
            + f" {'micro':>6} {'roles':>6}"
        )
        for genre, g in d["by_genre"].items():
            cells = []
            for c in cols:
                e = g["labels"].get(c, {})
                present = e.get("tp", 0) + e.get("fn", 0) + e.get("fp", 0)
                cells.append(f"{e['f1']:>6.3f}" if present else f"{'-':>6}")
            r = g["roles"]
            roles = f"{r['f1']:>6.3f}" if r["tp"] + r["fn"] + r["fp"] else f"{'-':>6}"
            lines.append(
                f"{genre[:18]:<18} {g['documents']:>4} "
                + " ".join(cells)
                + f" {g['micro_primary']['f1']:>6.3f} {roles}"
            )
    return "\n".join(lines)
