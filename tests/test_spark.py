"""attribution.spark in Spark's local mode: the docs page's code, run as written."""

import re
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")

DOC = (Path(__file__).resolve().parents[1] / "docs" / "spark.md").read_text(encoding="utf-8")
ARTICLES = [
    ("a1", "https://example.org/1", "“We are ready,” the coach said.\n“We will win,” she added."),
    ("a2", None, "The club denied that it had sold the stadium."),
    ("a3", None, None),
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("spark")


@pytest.fixture(scope="module")
def spark(workdir):
    import os

    from pyspark.sql import SparkSession

    # Spark resolves relative paths against the JVM's working directory, fixed when it starts
    before = os.getcwd()
    os.chdir(workdir)
    # the workers must run the interpreter that has this package installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[1]").appName("attribution-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate())
    yield session
    session.stop()
    os.chdir(before)


def test_docs_page_runs_in_local_mode(spark, workdir):
    spark.createDataFrame(ARTICLES, "id string, url string, text string").write.parquet("articles.parquet")
    code = re.search(r"```python\n(.*?)```", DOC, re.S).group(1)
    exec(compile(code, "spark.md", "exec"), {})
    rows = sorted(tuple(r) for r in spark.read.parquet("attributions.parquet").collect())
    assert rows == [
        ("a1", "quote", "she", "the coach", "add", "“We will win,”", "asserted"),
        ("a1", "quote", "the coach", "the coach", "say", "“We are ready,”", "asserted"),
        ("a2", "claim", "The club", "The club", "deny", "it had sold the stadium", "denied"),
    ]


def test_offsets_slice_the_text(spark):
    from attribution.spark import with_attributions

    df = with_attributions(spark.createDataFrame(ARTICLES, "id string, url string, text string"))
    for row in df.collect():
        for att in row.attributions:
            for span in [*att.content, *att.cue.spans, att.source.span]:
                assert row.text[span.start:span.end] == span.text
