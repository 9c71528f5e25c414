"""A batch run survives what an unattended run meets (issue 11): a document that stalls, an
output that cannot be written, a bad line or id, SIGTERM, and a parent killed outright."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlds_nlp.batch import PipelineSpec, run_batch
from nlds_nlp.cli import app
from nlds_nlp.io.writers import OutputError

runner = CliRunner()
SENTENCE = "Het kabinet trekt in 2021 12,5 miljoen euro uit voor de Digitaliseringsstrategie."


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def stalling_spec():
    """A pipeline whose first component never ends on a text with "SLAAP" in it."""
    import nlds_nlp
    from nlds_nlp.batch import _PIPELINES

    def stall(doc):
        while "SLAAP" in doc.text:
            time.sleep(0.01)
        return doc

    from spacy.language import Language

    if not Language.has_factory("nlds_test_stall"):
        Language.component("nlds_test_stall", func=stall)
    nlp = nlds_nlp.load(base="blank")
    nlp.add_pipe("nlds_test_stall", first=True)
    spec = PipelineSpec(base="test-stall")
    _PIPELINES[spec] = nlp
    yield spec
    del _PIPELINES[spec]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_stalling_document_times_out_and_the_run_goes_on(
    stalling_spec, tmp_path: Path, n_process: int
) -> None:
    src = _jsonl(
        tmp_path / "docs.jsonl",
        [
            {"id": "a", "text": SENTENCE},
            {"id": "b", "text": "SLAAP"},
            {"id": "c", "text": SENTENCE},
        ],
    )
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = run_batch([src], out, spec=stalling_spec, timeout=0.5, n_process=n_process)
    assert time.monotonic() - started < 30
    assert [r["id"] for r in _records(out)] == ["a", "c"]
    assert result.failed == 1
    (error,) = _records(tmp_path / "out.errors.jsonl")
    assert error["id"] == "b" and "docs.jsonl:2" in error["error"]
    assert "took longer than 0.5 s" in error["error"]


def test_unwritable_outputs_stop_the_run_before_it_starts(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "docs.jsonl", [{"id": "a", "text": SENTENCE}])
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a directory", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(OutputError, match="cannot write the errors file"):
        run_batch([src], out, errors=blocked / "errors.jsonl")
    assert not out.exists() and not out.with_name("out.jsonl.part").exists()
    for args, message in [
        (["-o", str(out), "--errors", str(blocked / "e.jsonl")], "cannot write the errors file"),
        (["-o", str(blocked / "out.jsonl")], "cannot write the output"),
        (["-o", str(tmp_path / "r.jsonl"), "--errors", str(tmp_path)], "is a directory"),
    ]:
        result = runner.invoke(app, ["extract", str(src), *args])
        assert result.exit_code == 2, result.output
        (line,) = result.output.strip().splitlines()
        assert line.startswith("error: ") and message in line
    result = runner.invoke(
        app, ["annotate", str(src), "-o", str(out), "--errors", str(blocked / "e.jsonl")]
    )
    assert result.exit_code == 2 and "cannot write the errors file" in result.output


BAD_LINES = [
    '{"id": "x\\ud800", "text": "Tekst."}',  # a lone surrogate in the id
    '{"id": "y", "text": "Te\\udc00kst."}',  # ... in the text
    '{"id": "z", "text": "Tekst.", "meta": {"title": "\\ud83d"}}',  # ... in the metadata
    "{not json",
]


@pytest.mark.parametrize("command", ["extract", "annotate"])
def test_a_bad_line_is_one_failed_document(command: str, tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": SENTENCE}) for i in range(2)]
    src.write_text("\n".join([good[0], *BAD_LINES, good[1]]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [command, str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert [r["id"] for r in _records(out)] == ["g0", "g1"]
    errors = _records(tmp_path / "out.errors.jsonl")
    assert [e["source"] for e in errors] == [f"{src}:{n}" for n in range(2, 6)]
    assert all(f"{src} line {n}" in e["error"] for n, e in enumerate(errors, 2))
    assert sum("lone surrogate" in e["error"] for e in errors) == 3
    assert "lone surrogate" in result.output


def test_extract_rejects_a_lone_surrogate_with_a_clear_message() -> None:
    import nlds_nlp

    with pytest.raises(ValueError, match=r"lone surrogate \(U\+D800 at offset 4\)"):
        nlds_nlp.extract("abc \ud800 def")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "nlds_nlp", "extract", *args]


def _many(tmp_path: Path, n: int = 400) -> Path:
    return _jsonl(
        tmp_path / "docs.jsonl",
        [{"id": f"d{i:04d}", "text": " ".join([SENTENCE] * (8 + i % 5))} for i in range(n)],
    )


def _start(src: Path, out: Path, n_process: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        _cli(str(src), "-o", str(out), "--batch-size", "4", "--n-process", n_process),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    part = out.with_name(out.name + ".part")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if part.exists() and part.read_text(encoding="utf-8").count("\n") >= 8:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be stopped"
    return proc


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _gone(pids: list[int], seconds: float = 15) -> list[int]:
    """The processes of ``pids`` still alive after at most ``seconds``."""
    deadline = time.monotonic() + seconds
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _alive(p)]
        time.sleep(0.1)
    return alive


def _run_processes(out: Path, but: int) -> list[int]:
    """Processes of the run writing ``out`` (forked workers share their parent's command line)."""
    import psutil

    found = []
    for p in psutil.process_iter(["pid", "cmdline"]):
        if p.info["pid"] != but and str(out) in " ".join(p.info["cmdline"] or []):
            found.append(p.info["pid"])
    return found


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_sigterm_stops_cleanly_and_keeps_whole_records(tmp_path: Path, n_process: str) -> None:
    src, out = _many(tmp_path), tmp_path / "out.jsonl"
    proc = _start(src, out, n_process)
    workers = _run_processes(out, but=proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated after" in err and "--resume" in err and not out.exists()
    part = out.with_name(out.name + ".part")
    text = part.read_text(encoding="utf-8")
    assert text.endswith("\n") and all(json.loads(x) for x in text.splitlines())
    assert not _gone(workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL test on Linux")
def test_workers_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    src, out = _many(tmp_path), tmp_path / "out.jsonl"
    proc = _start(src, out, "2")
    try:
        workers = _run_processes(out, but=proc.pid)
        assert workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)  # not communicate(): orphaned workers would hold its pipes open
        assert not _gone(workers), "worker processes outlived their parent"
    finally:  # never leave them behind, even when the test fails
        for pid in _run_processes(out, but=-1):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        proc.communicate(timeout=30)
