"""The tests every outlet plugin owes, written once (with the ``testing`` extra).

An outlet plugin's test module subclasses :class:`OutletPluginTests` and
fills in its tables; pytest collects the subclass and runs, for that plugin:

- each example (text, expected source, cue and content) parsed as from the outlet;
- each boilerplate line between two reports: only the reports are found;
- detection by each URL, by each text that shows its signatures, and no
  claim on each text that must not be taken for it;
- its outlet registered once, under its name and domains;
- two properties: with the plugin, every attribution the core finds in
  generated text is still found; hostile text raises nothing.

A table left empty runs no test. Anything peculiar to the plugin goes in
further test methods of the subclass, which may use ``self.parse``::

    import attribution_daily_planet as plugin
    from attribution.testing.outlet import OutletPluginTests

    class TestDailyPlanet(OutletPluginTests):
        plugin = plugin
        name = "The Daily Planet"
        domains = ("dailyplanet.example",)
        examples = [("“We won,” the mayor told the Daily Planet.", [("the mayor", "told", "“We won,”")])]
        boilerplate = ["Follow the Daily Planet on Twitter."]
        urls = ["https://www.dailyplanet.example/city/mayor.html"]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.model import Document
from attribution.parser import Parser
from attribution.testing.pytest_plugin import compare
from attribution.testing.strategies import attributed_texts, messy_texts

# A report before and after each boilerplate line: only these two are found.
_BEFORE = "The mayor said the budget was short."
_AFTER = "The council meets on Monday."

Expected = list[tuple[str | None, str, str]]


def found(doc: Document) -> Expected:
    """(source, cue, content) of each attribution; content parts joined with " … "."""
    return [(a.source.span.text if a.source else None, a.cue.text, " … ".join(s.text for s in a.content))
            for a in doc.attributions]


class OutletPluginTests:
    """Subclass as ``Test<Outlet>`` and fill in the tables below."""

    plugin: ClassVar[Any] = None  # the plugin module (or object), with an ``OUTLET`` key
    name: ClassVar[str | None] = None  # the registered outlet name, when the test should check it
    domains: ClassVar[Sequence[str]] = ()  # exactly the registered domains, in order, when given
    # (text, [(source, cue, content), ...]), or (where it came from, text, [...]);
    # content parts joined with " … "
    examples: ClassVar[Sequence[tuple]] = ()
    boilerplate: ClassVar[Sequence[str]] = ()
    urls: ClassVar[Sequence[str]] = ()
    signed: ClassVar[Sequence[str]] = ()  # texts its signatures claim, with no URL
    unsigned: ClassVar[Sequence[str]] = ()  # texts that must not be taken for it

    _parsers: ClassVar[dict[int, Parser]] = {}

    @classmethod
    def parser(cls) -> Parser:
        """The core with this plugin alone (built once per plugin)."""
        key = id(cls.plugin)
        if key not in OutletPluginTests._parsers:
            OutletPluginTests._parsers[key] = Parser(plugins=[cls.plugin], entry_points=False)
        return OutletPluginTests._parsers[key]

    @property
    def outlet(self) -> str:
        return self.plugin.OUTLET

    def parse(self, text: str, **kwargs: Any) -> Document:
        """Parse ``text`` as from this outlet (pass ``outlet=`` or ``url=`` to do otherwise)."""
        if "url" not in kwargs:
            kwargs.setdefault("outlet", self.outlet)
        return self.parser().parse(text, **kwargs)

    def pytest_generate_tests(self, metafunc: Any) -> None:
        tables = {"example": self.examples, "line": self.boilerplate, "url": self.urls,
                  "signed_text": self.signed, "unsigned_text": self.unsigned}
        for argname, values in tables.items():
            if argname in metafunc.fixturenames:
                metafunc.parametrize(argname, list(values), ids=[str(v)[:40] for v in values])

    def test_example(self, example: tuple) -> None:
        text, expected = example[-2:]
        assert found(self.parse(text)) == list(expected)

    def test_boilerplate_yields_nothing(self, line: str) -> None:
        doc = self.parse(f"{_BEFORE}\n{line}\n{_AFTER}")
        assert [a.source.span.text if a.source else None for a in doc.attributions] == ["The mayor"]

    def test_detected_by_url(self, url: str) -> None:
        assert self.parser().parse(_BEFORE, url=url).outlet == self.outlet

    def test_detected_by_signature(self, signed_text: str) -> None:
        assert self.parser().parse(signed_text).outlet == self.outlet

    def test_plain_copy_is_not_claimed(self, unsigned_text: str) -> None:
        assert self.parser().parse(unsigned_text).outlet is None  # (no other outlet is loaded)

    def test_registered_once(self) -> None:
        outlet = self.parser().host.outlets[self.outlet]
        if self.name is not None:
            assert outlet.name == self.name
        if self.domains:
            assert tuple(outlet.domains) == tuple(self.domains)

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors])
    @given(data=st.data())
    def test_the_plugin_keeps_what_the_core_finds(self, data: st.DataObject) -> None:
        text, expected = data.draw(attributed_texts(lexicon=self.parser().lexicon))
        missing = [line for line in compare(self.parse(text).attributions, expected) if line.startswith("-")]
        assert not missing, "\n".join([repr(text), *missing])

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors])
    @given(text=messy_texts())
    def test_hostile_text_raises_nothing(self, text: str) -> None:
        assert self.parse(text).errors == ()
