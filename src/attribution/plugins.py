"""The plugin host: loads plugins, collects what they register, calls their hooks.

Built-in plugins are registered exactly like third-party ones, which arrive
through the ``attribution`` entry-point group. ``ATTRIBUTION_PLUGINS``
(comma-separated names) restricts which third-party plugins load;
``ATTRIBUTION_BLOCK_PLUGINS`` blocks any, the built-in ``core`` (English
lexicons) and ``core.rules`` (English rules) included. The rest of the code never
touches ``pm.hook``: it calls the :class:`PluginHost` facade, which checks
every registration and remembers which plugin made it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

import attrs
import pluggy
import regex

from attribution import hookspecs
from attribution.lexicon import Lexicon, LexiconError, spaced
from attribution.model import PluginError
from attribution.rules import Rule

BUILTIN_PLUGINS = {"core": "attribution.default_lexicon", "core.rules": "attribution.default_rules"}
ENTRY_POINT_GROUP = "attribution"


class PluginRegistrationError(ValueError):
    """A plugin registered something invalid, or something another plugin owns."""


@attrs.frozen
class Outlet:
    """A news outlet a plugin recognises: by URL domain, or by signature lines."""

    key: str
    name: str
    domains: tuple[str, ...]
    signatures: tuple[regex.Pattern, ...]
    plugin: str

    def matches_url(self, url: str) -> bool:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def signature_hits(self, text: str) -> int:
        return sum(1 for p in self.signatures if p.search(text, 0, len(text)))


# Signatures are searched in an article's head and tail only: news articles
# are shorter than this, and a hostile megabyte costs no more than an article.
_SIGNATURE_HEAD = 50_000
_SIGNATURE_TAIL = 10_000


def _signature_sample(text: str) -> str:
    if len(text) <= _SIGNATURE_HEAD + _SIGNATURE_TAIL:
        return text
    return text[:_SIGNATURE_HEAD] + "\n" + text[-_SIGNATURE_TAIL:]

@attrs.frozen
class PluginInfo:
    """What ``attribution plugins`` lists for one plugin."""

    name: str
    version: str
    outlets: tuple[str, ...]
    rules: tuple[str, ...]
    tables: dict[str, int]
    hooks: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _env_set(var: str) -> set[str] | None:
    raw = os.environ.get(var)
    if raw is None:
        return None
    return {part.strip() for part in raw.split(",") if part.strip()}


def _plugin_name(plugin: Any) -> str:
    return getattr(plugin, "__name__", None) or type(plugin).__name__


class PluginHost:
    """The loaded plugins and everything they registered, checked."""

    def __init__(self, plugins: Iterable[Any] | None = None, *, entry_points: bool = True) -> None:
        self.pm = pluggy.PluginManager("attribution")
        self.pm.add_hookspecs(hookspecs)
        self.versions: dict[str, str] = {}
        self._load(plugins, entry_points)
        self.lexicon = Lexicon()
        self.rules: list[Rule] = []
        self.outlets: dict[str, Outlet] = {}
        self._reviewers: list[tuple[str, Any, tuple[str, ...]]] | None = None
        self._collect()

    # loading

    def _load(self, plugins: Iterable[Any] | None, entry_points: bool) -> None:
        allow = _env_set("ATTRIBUTION_PLUGINS")
        block = _env_set("ATTRIBUTION_BLOCK_PLUGINS") or set()
        own_version = _version("attribution")
        for name, module_name in BUILTIN_PLUGINS.items():
            if name in block:
                continue
            self.pm.register(importlib.import_module(module_name), name=name)
            self.versions[name] = own_version
        if entry_points:
            for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
                if (allow is not None and ep.name not in allow) or ep.name in block:
                    continue
                if self.pm.get_plugin(ep.name) is not None:
                    raise PluginRegistrationError(f"two plugins are named {ep.name!r}")
                try:
                    plugin = ep.load()
                except Exception as exc:
                    raise PluginRegistrationError(
                        f"plugin {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}"
                    ) from exc
                self.pm.register(plugin, name=ep.name)
                self.versions[ep.name] = ep.dist.version if ep.dist else "?"
        for plugin in plugins or ():
            name = _plugin_name(plugin)
            if name in block:
                continue
            if self.pm.get_plugin(name) is not None:
                raise PluginRegistrationError(f"two plugins are named {name!r}")
            self.pm.register(plugin, name=name)
            self.versions[name] = str(getattr(plugin, "__version__", "?"))

    def _impls(self, hook: str):
        for impl in getattr(self.pm.hook, hook).get_hookimpls():
            yield self.pm.get_name(impl.plugin) or "?", impl

    def _collect(self) -> None:
        for plugin, impl in self._impls("attribution_lexicon"):
            self._registration(plugin, impl, "attribution_lexicon", self._lexicon_register(plugin))
        rules: dict[str, Rule] = {}
        for plugin, impl in self._impls("attribution_rules"):
            self._registration(plugin, impl, "attribution_rules", self._rule_register(plugin, rules))
        self.rules = sorted(rules.values(), key=lambda r: (r.priority, r.name))
        for plugin, impl in self._impls("attribution_outlets"):
            self._registration(plugin, impl, "attribution_outlets", self._outlet_register(plugin))

    def _registration(self, plugin: str, impl: Any, hook: str, register: Any) -> None:
        try:
            impl.function(register)
        except PluginRegistrationError:
            raise
        except LexiconError as exc:
            raise PluginRegistrationError(str(exc)) from None
        except Exception as exc:
            raise PluginRegistrationError(f"plugin {plugin!r} failed in {hook}: {type(exc).__name__}: {exc}") from exc

    def _lexicon_register(self, plugin: str):
        def register(table: str, entries: Any) -> None:
            self.lexicon.register(table, entries, plugin=plugin)

        return register

    def _rule_register(self, plugin: str, rules: dict[str, Rule]):
        def register(name: str, function: Any, priority: int = 100, *, outlet: str | None = None) -> None:
            if not isinstance(name, str) or name.count(".") < 2 or not regex.fullmatch(r"v\d+", name.rsplit(".", 1)[1]):
                raise PluginRegistrationError(
                    f"plugin {plugin!r} registered rule {name!r}: a rule name must be "
                    "namespaced and versioned, like 'myplugin.said_that.v1'"
                )
            if not callable(function):
                raise PluginRegistrationError(f"plugin {plugin!r} registered rule {name!r} with a non-callable")
            if name in rules:
                raise PluginRegistrationError(
                    f"plugin {plugin!r} registered rule {name!r}, already registered by {rules[name].plugin!r}"
                )
            if outlet is not None and not (isinstance(outlet, str) and regex.fullmatch(r"[a-z0-9][a-z0-9-]*", outlet)):
                raise PluginRegistrationError(
                    f"plugin {plugin!r} registered rule {name!r} for outlet {outlet!r}: use an outlet key"
                )
            rules[name] = Rule(name, function, priority, plugin, outlet)

        return register

    def _outlet_register(self, plugin: str):
        def register(key: str, *, name: str, domains: Iterable[str] = (), signatures: Iterable[str] = ()) -> None:
            if not isinstance(key, str) or not regex.fullmatch(r"[a-z0-9][a-z0-9-]*", key):
                raise PluginRegistrationError(
                    f"plugin {plugin!r} registered outlet key {key!r}: use lower-case letters, digits and '-'"
                )
            if key in self.outlets:
                raise PluginRegistrationError(
                    f"plugin {plugin!r} registered outlet {key!r}, already registered by {self.outlets[key].plugin!r}"
                )
            compiled = []
            for pattern in signatures:
                try:
                    compiled.append(regex.compile(spaced(pattern), regex.MULTILINE))
                except regex.error as exc:
                    raise PluginRegistrationError(
                        f"plugin {plugin!r} registered an invalid signature {pattern!r} for outlet {key!r}: {exc}"
                    ) from None
            self.outlets[key] = Outlet(key, name, tuple(d.lower() for d in domains), tuple(compiled), plugin)
            self.lexicon.outlet_names.add(name.lower())

        return register

    # calls made while parsing

    def detect_outlet(self, text: str, url: str | None, errors: list[PluginError]) -> str | None:
        """The outlet key of an article: a plugin's own detection first, then
        registered URL domains, then the outlet whose signature lines the text shows most."""
        for plugin, impl in self._impls("attribution_detect_outlet"):
            try:
                found = impl.function(**_args(impl, text=text, url=url))
            except Exception as exc:  # a failing plugin must not sink the parse
                errors.append(PluginError(plugin, "attribution_detect_outlet", f"{type(exc).__name__}: {exc}"))
                continue
            if found is not None:
                return found
        if url:
            for outlet in self.outlets.values():
                if outlet.matches_url(url):
                    return outlet.key
        sample = _signature_sample(text)
        hits = sorted(((o.signature_hits(sample), o.key) for o in self.outlets.values()), reverse=True)
        if hits and hits[0][0] > 0 and (len(hits) == 1 or hits[0][0] > hits[1][0]):
            return hits[0][1]  # the outlet whose signatures the text shows most, when no other ties it
        return None

    def review(self, context: Any, candidate: Any, errors: list[PluginError]) -> bool:
        """False when a plugin vetoes the candidate."""
        if self._reviewers is None:  # found once: plugins do not change after loading
            self._reviewers = [
                (plugin, impl.function, tuple(impl.argnames)) for plugin, impl in self._impls("attribution_review")
            ]
        available = {"context": context, "candidate": candidate}
        for plugin, function, argnames in self._reviewers:
            try:
                # a hook's argnames are its parameters in order: passed by position,
                # with no dict made per reviewer and candidate
                if function(*[available[k] for k in argnames]) is False:
                    return False
            except Exception as exc:
                errors.append(PluginError(plugin, "attribution_review", f"{type(exc).__name__}: {exc}"))
        return True

    # listing

    def info(self) -> list[PluginInfo]:
        """One entry per loaded plugin, in load order."""
        out = []
        for name, plugin in self.pm.list_name_plugin():
            hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or ()))
            out.append(
                PluginInfo(
                    name=name,
                    version=self.versions.get(name, "?"),
                    outlets=tuple(k for k, o in self.outlets.items() if o.plugin == name),
                    rules=tuple(r.name for r in self.rules if r.plugin == name),
                    tables=self.lexicon.tables_of(name),
                    hooks=hooks,
                )
            )
        return out


def _args(impl: Any, **available: Any) -> dict[str, Any]:
    return {k: available[k] for k in impl.argnames}


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
