"""The plugin host: documented hooks, registration checks, loading controls, listing."""

import inspect
import re
from pathlib import Path

import pytest

import attribution
from attribution import hookspecs
from attribution.cli import main
from attribution.hookspecs import hookimpl
from attribution.plugins import PluginHost, PluginRegistrationError

DOC = (Path(__file__).resolve().parents[1] / "docs" / "plugin_hooks.md").read_text(encoding="utf-8")
HOOKS = [f for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("attribution_")]


def _signature(f) -> str:
    sig = inspect.signature(f)
    params = ", ".join(f"{p.name}: {p.annotation}" for p in sig.parameters.values())
    return f"{f.__name__}({params}) -> {sig.return_annotation}"


@pytest.mark.parametrize("hook", HOOKS, ids=lambda f: f.__name__)
def test_every_hook_is_documented_with_its_exact_signature(hook):
    assert f"## {_signature(hook)}" in DOC


def test_doc_examples_register_cleanly():
    for code in re.findall(r"```python\n(.*?)```", DOC, re.S):
        module = type("Plugin", (), {})
        namespace: dict = {}
        exec(code, namespace)
        for name, value in namespace.items():
            if name.startswith("attribution_"):
                setattr(module, name, staticmethod(value))
        host = PluginHost([module()], entry_points=False)
        assert host.info()[-1].hooks


def _plugin(**hooks):
    cls = type("Custom", (), {name: staticmethod(hookimpl(f)) for name, f in hooks.items()})
    return cls()


def test_an_invalid_pattern_names_plugin_and_pattern():
    bad = _plugin(attribution_lexicon=lambda register: register("boilerplate", ["(unclosed"]))
    with pytest.raises(PluginRegistrationError, match=r"'Custom'.*'\(unclosed'"):
        PluginHost([bad], entry_points=False)


def test_duplicates_are_errors_not_silent_overrides():
    def rules(register):
        register("core.lead_phrase.v2", lambda c, s: ())

    with pytest.raises(PluginRegistrationError, match="already registered by 'core.rules'"):
        PluginHost([_plugin(attribution_rules=rules)], entry_points=False)
    with pytest.raises(PluginRegistrationError, match="namespaced and versioned"):
        PluginHost([_plugin(attribution_rules=lambda register: register("shout", lambda c, s: ()))], entry_points=False)


def test_a_rule_registered_for_an_outlet_runs_on_its_articles_only():
    seen = []

    def rule(context, sentence):
        seen.append(context.outlet)
        return ()

    plugin = _plugin(attribution_rules=lambda register: register("planet.look.v1", rule, outlet="daily-planet"))
    parser = attribution.Parser(plugins=[plugin], entry_points=False)
    parser.parse("The mayor said the pier was safe.", outlet="daily-planet")
    parser.parse("The mayor said the pier was safe.", outlet="other-outlet")
    parser.parse("The mayor said the pier was safe.")
    assert seen == ["daily-planet"]
    with pytest.raises(PluginRegistrationError, match="use an outlet key"):
        PluginHost([_plugin(attribution_rules=lambda register: register("planet.look.v1", rule, outlet="The Planet"))],
                   entry_points=False)


def test_outlets_detected_by_domain_and_signature():
    def outlets(register):
        register("daily-planet", name="The Daily Planet", domains=["dailyplanet.example"],
                 signatures=[r"^METROPOLIS \(Daily Planet\) —"])

    parser = attribution.Parser(plugins=[_plugin(attribution_outlets=outlets)], entry_points=False)
    assert parser.parse("x", url="https://www.dailyplanet.example/a/1").outlet == "daily-planet"
    assert parser.parse("METROPOLIS (Daily Planet) — The mayor said it.").outlet == "daily-planet"
    assert parser.parse("The mayor said it.").outlet is None
    assert parser.parse("The mayor said it.", outlet="other").outlet == "other"


def test_boilerplate_can_be_scoped_to_one_outlet():
    lex = _plugin(attribution_lexicon=lambda register: register(
        "boilerplate", {r"The mayor said it would rain\.": "daily-planet"}))
    parser = attribution.Parser(plugins=[lex], entry_points=False)
    text = "The mayor said it would rain."
    assert parser.parse(text, outlet="daily-planet").attributions == ()
    assert len(parser.parse(text, outlet="other").attributions) == 1


def test_block_list_removes_even_the_built_in_rules(monkeypatch):
    monkeypatch.setenv("ATTRIBUTION_BLOCK_PLUGINS", "core.rules")
    assert attribution.Parser(entry_points=False).parse("The mayor said it would rain.").attributions == ()


def test_a_plugin_that_registers_nothing_changes_nothing(parser):
    text = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
    quiet = attribution.Parser(plugins=[_plugin(attribution_lexicon=lambda register: None)], entry_points=False)
    assert quiet.parse(text).attributions == parser.parse(text).attributions


def test_plugins_command_lists_what_each_registers(capsys):
    import json

    assert main(["plugins", "--format", "json"]) == 0
    listed = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert {"name", "version", "outlets"} <= set(listed["core.rules"])
    assert "core.verb_cue.v2" in listed["core.rules"]["rules"]
    assert listed["core"]["tables"]["lead_phrases"] >= 2


def test_two_plugins_may_state_the_same_fact_but_not_conflict():
    same = [_plugin(attribution_lexicon=lambda register: register("outlet_names", ["the daily planet"]))
            for _ in range(2)]
    same[1].__class__.__name__ = "Other"
    host = PluginHost(same, entry_points=False)
    assert "the daily planet" in host.lexicon.outlet_names

    first = _plugin(attribution_lexicon=lambda register: register("lead_phrases", {"per the": "per"}))
    second = type("Second", (), {"attribution_lexicon": staticmethod(hookimpl(
        lambda register: register("lead_phrases", {"per the": "other"})))})()
    with pytest.raises(PluginRegistrationError, match="already registered by 'Custom'"):
        PluginHost([first, second], entry_points=False)


def test_a_signature_tie_names_no_outlet():
    def outlets(register):
        register("one", name="One Daily", signatures=[r"^BYLINE"])
        register("two", name="Two Daily", signatures=[r"^BYLINE"])

    parser = attribution.Parser(plugins=[_plugin(attribution_outlets=outlets)], entry_points=False)
    assert parser.parse("BYLINE text").outlet is None


def test_outlet_hooks_register_an_outlet_from_its_tables():
    import types

    from attribution.outlet_plugin import outlet_hooks

    outlets, lexicon = outlet_hooks(
        "harbour-gazette", name="The Harbour Gazette", domains=["harbourgazette.example"],
        names=["harbour gazette"], credit_lines=[r"Filed from the Gazette desk"],
    )
    parser = attribution.Parser(
        plugins=[types.SimpleNamespace(attribution_outlets=outlets, attribution_lexicon=lexicon)], entry_points=False)
    text = "The pilot told the Harbour Gazette that the tide was late.\nFiled from the Gazette desk"
    doc = parser.parse(text, url="https://harbourgazette.example/a")
    assert doc.outlet == "harbour-gazette"
    assert [c.text for c in doc.credits] == ["Filed from the Gazette desk"]
    assert doc.attributions[0].via[0].span.text == "the Harbour Gazette"
    assert parser.parse(text, outlet="other-outlet").credits == ()


def test_a_name_registered_after_parsing_changes_the_kind_of_its_mentions():
    from attribution.kinds import kind
    from attribution.lexicon import Lexicon

    lexicon = Lexicon()
    text = "Harbour Fig"
    before = kind(text, 0, len(text), lexicon)  # remembered for the phrase
    lexicon.register("outlet_names", ["harbour fig"], plugin="harbour")
    assert before != "outlet"
    assert kind(text, 0, len(text), lexicon) == "outlet"


def test_label_veto_drops_a_headline_label_read_as_a_speaker_only_for_its_outlet():
    import types

    from attribution.outlet_plugin import label_veto, outlet_hooks

    outlets, lexicon = outlet_hooks("harbour-gazette", name="The Harbour Gazette")
    plugin = types.SimpleNamespace(attribution_outlets=outlets, attribution_lexicon=lexicon,
                                   attribution_review=label_veto("harbour-gazette", ["Tide Tables"]))
    parser = attribution.Parser(plugins=[plugin], entry_points=False)
    text = "Tide Tables: Ferries Will Run All Winter\nThe ferry company said the boats were ready."
    own = [a.source.span.text for a in parser.parse(text, outlet="harbour-gazette").attributions]
    other = [a.source.span.text for a in parser.parse(text, outlet="other-outlet").attributions]
    assert "Tide Tables" not in own and "Tide Tables" in other
