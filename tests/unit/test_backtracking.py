"""Name patterns stay linear on runs of particles (issue 11's worst shapes)."""

from __future__ import annotations

import nlds_nlp


def test_particle_runs_do_not_backtrack() -> None:
    """Committee and signature shapes once doubled their work with every extra "van de "; with
    possessive particle runs these texts finish at once (a hang here is the failure)."""
    for text in ("commissie " + "van de " * 40 + "x", "A. " + "van de " * 40 + "x"):
        assert nlds_nlp.extract(text).organisations == []


def test_local_name_shapes_stay_linear_on_their_worst_inputs() -> None:
    """Issue 15's shapes on the inputs that would make a backtracking pattern explode: long runs
    of region words, title words, links, initials and capitalised words without the ending the
    pattern needs (a year, a comma and initials). A hang here is the failure."""
    from nlds_nlp.grammar import local_names as ln

    worst = [
        "GGD " + "Noord- en Oost " * 400 + "-",
        "Veiligheidsregio " + "Gooi en " * 400 + "x",
        "Uitvoeringsprogramma " + "Groen en " * 400 + "x",
        "Uitvoeringsprogramma " + "groen " * 400 + "20",
        "Vlaamse " + "klimaatstrategie " * 400,
        "Reserve " + "Sociaal " * 400 + "domein",
        "Algemene subsidieverordening " + "Noord-Brabant en " * 400 + "x",
        "minister van " + "Zaken, " * 400 + "P.",
        "dhr. " + "R." * 400 + " van",
        "Onderwijs:\n" * 400,
        "ABC'" * 400 + "7",
    ]
    for text in worst:
        list(ln.find_local_organisations(text, {}))
        list(ln.find_local_programmes(text))
        list(ln.find_local_laws(text))
        list(ln.find_local_persons(text))


def test_caps_runs_and_scheme_lists_stay_linear() -> None:
    """A long run of capitals is looked up in one pass of sub-runs bounded by the run; a long
    enumeration without its closing "en" fails at once."""
    from nlds_nlp.grammar import local_names as ln

    list(ln.find_caps_names("AB " * 300, {"ab ab": "x"}))
    list(ln.find_scheme_lists("regelingen " + "Sport zorg, " * 400 + "x"))


def test_cited_eu_acts_stay_linear() -> None:
    from nlds_nlp.grammar import local_names as ln

    list(ln.find_local_laws("Verordening (EU) nr. " + "1 " * 500 + "/"))


def test_role_persons_and_compass_places_stay_linear() -> None:
    from nlds_nlp.grammar import local_names as ln

    portfolios = ln.minister_patterns({"Financiën": "Ministerie van Financiën"})
    list(ln.find_role_persons("motie " + "Van der Berg en " * 300 + "x", portfolios))
    list(ln.find_role_persons("voorzitter van de commissie, " + "van de " * 300, portfolios))
    list(ln.find_role_persons("Jan de " * 300 + ", minister", portfolios))
    list(ln.find_compass_places("Noord-" * 500 + "x", frozenset({"X"})))
