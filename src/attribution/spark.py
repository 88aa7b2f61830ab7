"""Apache Spark: the attributions of a DataFrame's text column, as a column of structs.

Needs the ``spark`` extra (pyspark). Each executor process builds one parser,
on first use, and reuses it for every row it parses.

>>> from attribution.spark import with_attributions            # doctest: +SKIP
>>> with_attributions(articles, text_col="body").select("id", "attributions")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from attribution.model import Attribution, Source

SPAN = T.StructType([
    T.StructField("start", T.IntegerType(), False),
    T.StructField("end", T.IntegerType(), False),
    T.StructField("text", T.StringType(), False),
])
SOURCE = T.StructType([
    T.StructField("span", SPAN, False),
    T.StructField("kind", T.StringType(), False),
    T.StructField("name", T.StringType(), False),
    # the fullest mention this one stands for ("he" -> "Mayor Ann Lee"), flattened
    T.StructField("resolved", SPAN, True),
])
ATTRIBUTION = T.StructType([
    T.StructField("kind", T.StringType(), False),
    T.StructField("source", SOURCE, True),
    T.StructField("cue", T.StructType([
        T.StructField("spans", T.ArrayType(SPAN, False), False),
        T.StructField("lemma", T.StringType(), False),
    ]), False),
    T.StructField("content", T.ArrayType(SPAN, False), False),
    T.StructField("mode", T.StringType(), False),
    T.StructField("via", T.ArrayType(SOURCE, False), False),
    T.StructField("polarity", T.StringType(), False),
    T.StructField("rule", T.StringType(), False),
    T.StructField("confidence", T.DoubleType(), True),
])
ATTRIBUTIONS = T.ArrayType(ATTRIBUTION, False)

_parser = None


def _span(s) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _source(src: Source | None) -> dict[str, Any] | None:
    if src is None:
        return None
    resolved = src.resolved
    return {"span": _span(src.span), "kind": src.kind, "name": src.name,
            "resolved": _span(resolved.span) if resolved is not src else None}


def _row(att: Attribution) -> dict[str, Any]:
    return {
        "kind": att.kind,
        "source": _source(att.source),
        "cue": {"spans": [_span(s) for s in att.cue.spans], "lemma": att.cue.lemma},
        "content": [_span(s) for s in att.content],
        "mode": att.mode,
        "via": [_source(v) for v in att.via],
        "polarity": att.polarity,
        "rule": att.rule,
        "confidence": att.confidence,
    }


def attributions_of(text: str | None, url: str | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
    """The attributions of one text as plain rows of the ``ATTRIBUTIONS`` type
    (an empty list for a null text)."""
    global _parser
    if text is None:
        return []
    if _parser is None:
        from attribution.parser import Parser

        _parser = Parser()
    return [_row(a) for a in _parser.parse(text, url=url, outlet=outlet).attributions]


_udf = F.udf(attributions_of, ATTRIBUTIONS, useArrow=False)


def attributions(text: Column | str, url: Column | str | None = None, outlet: Column | str | None = None) -> Column:
    """A column expression: the attributions of ``text`` (a column or its name)."""
    args = [F.col(c) if isinstance(c, str) else c for c in (text, url, outlet) if c is not None]
    if url is None and outlet is not None:
        args.insert(1, F.lit(None).cast("string"))
    return _udf(*args)


def with_attributions(
    df: DataFrame,
    text_col: str = "text",
    *,
    output_col: str = "attributions",
    url_col: str | None = None,
    outlet_col: str | None = None,
) -> DataFrame:
    """``df`` with a column of the attributions of its ``text_col``."""
    return df.withColumn(output_col, attributions(text_col, url_col, outlet_col))
