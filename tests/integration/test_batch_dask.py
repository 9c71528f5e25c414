"""The Dask engine on a one-worker LocalCluster on loopback gives exactly the local output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlds_nlp.batch import run_batch

distributed = pytest.importorskip("distributed")

TEXTS = [
    "Het kabinet trekt in 2021 12,5 miljoen euro uit voor de Nederlandse Digitaliseringsstrategie.",
    "Volgend jaar krijgt TNO 3 miljoen euro van het Ministerie van Economische Zaken en Klimaat.",
    "De gemeente Utrecht ontvangt € 450.000 voor het programma Samen tegen Mensenhandel.",
]


@pytest.fixture(scope="module")
def cluster():
    import logging

    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as c:
        yield c


def test_dask_engine_matches_local_run(tmp_path: Path, cluster) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"doc{i:02d}.txt").write_text(" ".join(TEXTS[: i % 3 + 1]), encoding="utf-8")
    (src / "kapot.pdf").write_bytes(b"%PDF-1.4 broken")
    rows = [
        {"id": f"j{i}", "text": t, "meta": {"published": "2020-06-25"}} for i, t in enumerate(TEXTS)
    ]
    (src / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    expected = run_batch([src], local, batch_size=4, published="2021-01-01")
    got = run_batch(
        [src],
        remote,
        batch_size=4,
        published="2021-01-01",
        engine="dask",
        scheduler=cluster.scheduler_address,
    )
    assert got.documents == expected.documents == 15 and got.failed == expected.failed == 1
    assert remote.read_bytes() == local.read_bytes()
    assert (tmp_path / "dask.errors.jsonl").read_text().count("broken PDF") == 1
