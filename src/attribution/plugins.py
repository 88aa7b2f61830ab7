"""The plugin manager and the small facade the rest of the code calls hooks through.

Built-in plugins are registered exactly like third-party ones, which arrive
through the ``attribution`` entry-point group. ``ATTRIBUTION_PLUGINS``
(comma-separated names) restricts which load; ``ATTRIBUTION_BLOCK_PLUGINS``
blocks some.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import Any

import pluggy

from attribution import hookspecs
from attribution.lexicon import Lexicon, LexiconError
from attribution.rules import Rule

BUILTIN_PLUGINS = ("attribution.default_lexicon", "attribution.default_rules")
_BUILTIN_NAMES = {"attribution.default_lexicon": "core", "attribution.default_rules": "core.rules"}


class PluginRegistrationError(ValueError):
    """A plugin registered something invalid, or something another plugin owns."""


def _wanted(name: str, allow: set[str] | None, block: set[str]) -> bool:
    return (allow is None or name in allow) and name not in block


def _env_set(var: str) -> set[str] | None:
    raw = os.environ.get(var)
    if raw is None:
        return None
    return {part.strip() for part in raw.split(",") if part.strip()}


def manager(plugins: Iterable[Any] | None = None, *, entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the built-in plugins, the installed ones, and ``plugins``."""
    pm = pluggy.PluginManager("attribution")
    pm.add_hookspecs(hookspecs)
    allow = _env_set("ATTRIBUTION_PLUGINS")
    block = _env_set("ATTRIBUTION_BLOCK_PLUGINS") or set()
    if allow is not None:
        allow |= set(_BUILTIN_NAMES.values())
    for module_name in BUILTIN_PLUGINS:
        name = _BUILTIN_NAMES[module_name]
        if _wanted(name, allow, block):
            pm.register(importlib.import_module(module_name), name=name)
    if entry_points:
        from importlib.metadata import entry_points as eps

        for ep in eps(group="attribution"):
            if _wanted(ep.name, allow, block) and pm.get_plugin(ep.name) is None:
                pm.register(ep.load(), name=ep.name)
    for plugin in plugins or ():
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.get_plugin(name) is None:
            pm.register(plugin, name=name)
    return pm


def _each_impl(pm: pluggy.PluginManager, hook_name: str):
    for impl in getattr(pm.hook, hook_name).get_hookimpls():
        yield pm.get_name(impl.plugin) or "?", impl


def build_lexicon(pm: pluggy.PluginManager) -> Lexicon:
    """The lexicon merged from every plugin's ``attribution_lexicon``."""
    lexicon = Lexicon()
    for name, impl in _each_impl(pm, "attribution_lexicon"):
        def register(table: str, entries: Any, _name: str = name) -> None:
            lexicon.register(table, entries, plugin=_name)

        try:
            impl.function(register)
        except LexiconError as exc:
            raise PluginRegistrationError(str(exc)) from None
    return lexicon


def collect_rules(pm: pluggy.PluginManager) -> list[Rule]:
    """Every registered rule, ordered by priority then name; duplicates are an error."""
    rules: dict[str, Rule] = {}
    for plugin, impl in _each_impl(pm, "attribution_rules"):
        def register(name: str, function: Any, priority: int = 100, _plugin: str = plugin) -> None:
            if not isinstance(name, str) or name.count(".") < 2 or not name.rsplit(".", 1)[1].startswith("v"):
                raise PluginRegistrationError(
                    f"plugin {_plugin!r} registered rule {name!r}: a rule name must be "
                    f"namespaced and versioned, like 'myplugin.said_that.v1'"
                )
            if not callable(function):
                raise PluginRegistrationError(f"plugin {_plugin!r} registered rule {name!r} with a non-callable")
            if name in rules:
                raise PluginRegistrationError(
                    f"plugin {_plugin!r} registered rule {name!r}, already registered by {rules[name].plugin!r}"
                )
            rules[name] = Rule(name, function, priority, _plugin)

        impl.function(register)
    return sorted(rules.values(), key=lambda r: (r.priority, r.name))
