"""Every hook a plugin can implement.

Implementations may accept any subset of a hook's arguments, so a hook can
grow an argument without breaking plugins. The built-in English rules
(``attribution.default_lexicon`` and ``attribution.default_rules``) are
plugins registered through these same hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from attribution.rules import Candidate, Context

hookspec = pluggy.HookspecMarker("attribution")
hookimpl = pluggy.HookimplMarker("attribution")


@hookspec
def attribution_lexicon(register: Callable[[str, Any], None]) -> None:
    """Add entries to the parser's word tables.

    Call ``register(table, entries)`` once per table. Tables: ``lead_phrases``
    (phrase -> lemma, cues that come before their source: "as per"),
    ``cue_words`` (word form -> lemma, cue verbs that fire whatever the mined
    weights say), ``denial_lemmas`` (lemmas whose content is denied),
    ``outlet_names`` (lower-case names of news outlets), ``boilerplate``
    (regular expressions; a paragraph that matches one whole yields no
    attribution), ``credit_lines`` (regular expressions for credit lines
    such as "Reporting by ..."). For ``boilerplate`` and ``credit_lines``,
    pass a mapping from pattern to an outlet key to apply a pattern only to
    that outlet's articles (``None`` for every article). A pattern that does
    not compile, or an entry another plugin registered, is an error raised
    when the parser is built, naming both.

    Example::

        @hookimpl
        def attribution_lexicon(register):
            register("outlet_names", ["the daily planet"])

    .. versionadded:: 0.1
    """


@hookspec
def attribution_rules(register: Callable[..., None]) -> None:
    """Register rules that turn sentences into candidate attributions.

    Call ``register(name, function, priority=100, outlet=None)``. ``name`` is
    namespaced and versioned (``"core.said_that.v2"``). ``function(context,
    sentence)`` returns an iterable of :class:`attribution.rules.Candidate`.
    Where two candidates share content, the one with the lower priority
    number wins. A rule registered with an ``outlet`` key runs on that
    outlet's articles only (``context.outlet``), and costs nothing elsewhere.

    Example::

        @hookimpl
        def attribution_rules(register):
            register("planet.exclaimed.v1", find_exclaimed, priority=50)

    .. versionadded:: 0.1
    """


@hookspec
def attribution_outlets(register: Callable[..., None]) -> None:
    """Describe the news outlets this plugin knows.

    Call ``register(key, name=..., domains=(...), signatures=(...))`` once per
    outlet. ``key`` is lower-case (``"reuters"``); ``domains`` are the URL
    hosts of its articles (subdomains match too); ``signatures`` are regular
    expressions (multi-line) for lines that mark its copy when there is no
    URL, like a dateline or a sign-off. The outlet's ``name`` joins the
    outlet names every parse knows. Two plugins may not register one key.

    Example::

        @hookimpl
        def attribution_outlets(register):
            register("daily-planet", name="The Daily Planet",
                     domains=["dailyplanet.example"],
                     signatures=[r"^METROPOLIS \\(Daily Planet\\) —"])

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def attribution_detect_outlet(text: str, url: str | None) -> str | None:
    """Name the outlet key of an article, from its URL or its text, where
    registered domains and signatures (``attribution_outlets``) do not serve.

    Stops at first non-None result.

    Example::

        @hookimpl
        def attribution_detect_outlet(text, url):
            if url and "dailyplanet.example" in url:
                return "daily-planet"

    .. versionadded:: 0.1
    """


@hookspec
def attribution_review(context: Context, candidate: Candidate) -> bool | None:
    """Veto a candidate attribution: return False to drop it.

    ``context`` is the :class:`attribution.rules.Context` of the parse
    (text, layout, outlet, url); ``candidate`` an
    :class:`attribution.rules.Candidate` after resolution.

    Example::

        @hookimpl
        def attribution_review(context, candidate):
            if context.outlet == "daily-planet" and candidate.cue_lemma == "tweet":
                return False

    .. versionadded:: 0.1
    """
