"""Shared fixtures: one pipeline per test session, and where ../shared lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NLDS_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def nlp():
    import nlds_nlp

    return nlds_nlp.load(base="blank")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "manifest.jsonl").is_file():
        pytest.skip(f"../shared not found at {SHARED} (set NLDS_SHARED)")
    return SHARED
