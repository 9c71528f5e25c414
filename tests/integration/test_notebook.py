"""The research notebook runs top to bottom on a small folder of publications."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore_publications.ipynb"


def test_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nds.txt").write_text(
        "Het Ministerie van Economische Zaken en Klimaat trekt in 2021 12,5 miljoen euro uit voor "
        "de Nederlandse Digitaliseringsstrategie. TNO krijgt volgend jaar 3 miljoen euro.",
        encoding="utf-8",
    )
    (folder / "bericht.html").write_text(
        '<html><head><meta name="DCTERMS.issued" content="2019-05-01"><title>Bericht</title>'
        "</head><body><main><p>De gemeente Utrecht ontvangt in 2020 € 450.000 van het "
        "Ministerie van Justitie en Veiligheid.</p></main></body></html>",
        encoding="utf-8",
    )
    (folder / "leeg.txt").write_text("Geen bedragen hier.", encoding="utf-8")
    monkeypatch.setenv("NLDS_NOTEBOOK_INPUT", str(folder))
    monkeypatch.setenv("NLDS_NOTEBOOK_OUTPUT", str(tmp_path / "out"))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on any failing cell
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2  # the plots
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "displacy" in html or "entities" in html  # the rendered document
    assert (tmp_path / "out" / "mentions.csv").exists()
