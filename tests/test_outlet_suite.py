"""attribution.testing.outlet: the shared outlet-plugin tests pass on a
plugin that keeps its word and fail on one that does not."""

import pytest

from attribution.hookspecs import hookimpl
from attribution.testing.outlet import OutletPluginTests


class Harbour:
    OUTLET = "harbour-gazette"

    @hookimpl
    def attribution_outlets(self, register):
        register(self.OUTLET, name="The Harbour Gazette", domains=["harbourgazette.example"],
                 signatures=[r"^PORTVILLE \(Harbour Gazette\) —"])

    @hookimpl
    def attribution_lexicon(self, register):
        register("boilerplate", {r"Subscribe to the Gazette\.?": self.OUTLET})


class _Suite(OutletPluginTests):  # not collected: its name does not start with "Test"
    plugin = Harbour()
    name = "The Harbour Gazette"
    domains = ("harbourgazette.example",)


def test_the_shared_tests_pass_on_a_plugin_that_keeps_its_word():
    suite = _Suite()
    suite.test_example(("“The tide is late,” the pilot said.", [("the pilot", "said", "“The tide is late,”")]))
    suite.test_boilerplate_yields_nothing("Subscribe to the Gazette.")
    suite.test_detected_by_url("https://harbourgazette.example/news/1")
    suite.test_detected_by_signature("Tide late\nPORTVILLE (Harbour Gazette) — The pilot said the tide was late.")
    suite.test_plain_copy_is_not_claimed("Tide late\nThe pilot said the tide was late.")
    suite.test_registered_once()


@pytest.mark.parametrize("call", [
    lambda s: s.test_example(("“The tide is late,” the pilot said.", [])),
    lambda s: s.test_boilerplate_yields_nothing("Letters go to the Gazette, the editor said."),
    lambda s: s.test_detected_by_url("https://elsewhere.example/news/1"),
    lambda s: s.test_detected_by_signature("Tide late\nThe pilot said the tide was late."),
    lambda s: s.test_plain_copy_is_not_claimed("Tide late\nPORTVILLE (Harbour Gazette) — The pilot said it."),
])
def test_the_shared_tests_fail_when_the_plugin_does_not(call):
    with pytest.raises(AssertionError):
        call(_Suite())


def test_wrong_registration_fails():
    class Misnamed(_Suite):
        name = "The Harbour Herald"

    with pytest.raises(AssertionError):
        Misnamed().test_registered_once()
