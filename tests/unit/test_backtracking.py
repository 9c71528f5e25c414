"""Name patterns stay linear on runs of particles (issue 11's worst shapes)."""

from __future__ import annotations

import nlds_nlp


def test_particle_runs_do_not_backtrack() -> None:
    """Committee and signature shapes once doubled their work with every extra "van de "; with
    possessive particle runs these texts finish at once (a hang here is the failure)."""
    for text in ("commissie " + "van de " * 40 + "x", "A. " + "van de " * 40 + "x"):
        assert nlds_nlp.extract(text).organisations == []
