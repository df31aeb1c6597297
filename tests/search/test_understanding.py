"""What a person typed, understood (app.search.understanding): concepts, filler, exclusions,
and the tag vocabulary's names recognised anywhere in the query."""

from app.search.services import clean_query
from app.search.understanding import Concept, understand

NAMES = {("pulse",): "signal-forecast", ("pulse", "forecast"): "signal-forecast",
         ("signal", "forecast"): "signal-forecast", ("meddicc",): "qualification",
         ("economic", "buyer"): "economic-buyer"}


def concepts(text: str) -> list[Concept]:
    return understand(clean_query(text), NAMES).concepts


def test_each_word_phrase_or_alternative_is_one_concept():
    assert concepts('renewal "uplift objection" procurement OR legal -discount') == [
        Concept(("renewal",)), Concept((), ("uplift objection",)),
        Concept(("procurement", "legal"))]
    assert understand(clean_query("renewal -discount -ramp")).excluded == ["discount", "ramp"]


def test_filler_is_left_out_unless_nothing_else_is_left():
    assert concepts("how do I get my champion to sign off on this?") == [
        Concept(("champion",)), Concept(("sign",)), Concept(("off",))]
    assert concepts("what's our") == [Concept(("what",)), Concept(("s",)), Concept(("our",))]
    assert concepts('how do I "what should"') == [Concept((), ("what should",))]


def test_a_synonym_anywhere_is_one_concept_the_tags_name_answers_too():
    found = understand(clean_query("pulse forecast discount for a 3-year deal"), NAMES)
    assert found.concepts[0] == Concept((), ("pulse forecast", "signal forecast"))
    assert found.synonyms == {"pulse forecast": "signal-forecast"}
    assert Concept(("discount",)) in found.concepts
    assert concepts("Pulse") == [Concept(("Pulse",), ("signal forecast",))]
    assert concepts("who knows MEDDICC") == [Concept(("MEDDICC", "qualification"))]
    # The tag's own name is its own answer.
    assert concepts("signal forecast") == [Concept((), ("signal forecast",))]
    assert concepts("econimic buyer") == [Concept(("econimic",)), Concept(("buyer",))]
