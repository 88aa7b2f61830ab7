"""attribution: who claims what, on whose word, in a news article.

>>> import attribution
>>> doc = attribution.parse('"We will win," Mayor Ann Lee said.')
>>> [(a.kind, a.source.span.text, a.cue.lemma) for a in doc.attributions]
[('quote', 'Mayor Ann Lee', 'say')]
"""

from attribution.model import (
    SCHEMA_VERSION,
    Attribution,
    Claim,
    Cue,
    Document,
    PluginError,
    Quote,
    Source,
    Span,
)
from attribution.parser import ParseError, Parser, parse

__all__ = [
    "SCHEMA_VERSION",
    "Attribution",
    "Claim",
    "Cue",
    "Document",
    "ParseError",
    "Parser",
    "PluginError",
    "Quote",
    "Source",
    "Span",
    "parse",
]
