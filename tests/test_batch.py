"""`attribution batch`: one output line per record, in order, bad records named."""

import io
import json

import pytest

import attribution
from attribution import batch
from attribution.cli import main

RECORDS = [
    {"id": "a", "text": "“We are ready,” the coach said."},
    {"id": 2, "text": "The club denied that it had sold the stadium.", "outlet": "planet"},
    {"id": "c", "text": "Nothing to report here."},
]


def _lines(records):
    return [json.dumps(r).encode("utf-8") + b"\n" for r in records]


@pytest.mark.parametrize("jobs", [1, 2])
def test_records_come_out_in_order_with_their_ids(jobs):
    out = io.StringIO()
    written, failed = batch.run(_lines(RECORDS * 5), out, jobs=jobs)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (written, failed) == (15, 0)
    assert [r["id"] for r in rows] == [r["id"] for r in RECORDS] * 5
    assert [len(r["attributions"]) for r in rows[:3]] == [1, 1, 0]
    assert rows[1]["outlet"] == "planet" and rows[1]["schema_version"] == attribution.SCHEMA_VERSION


def test_bad_records_get_an_error_and_the_rest_still_come_out():
    lines = _lines(RECORDS[:1]) + [
        b'{"id": "no-text"}\n',
        b'{"id": "num", "text": 5}\n',
        b"not json\n",
        b'{"id": "bytes", "text": "caf\xff"}\n',
        b"[1, 2]\n",
    ] + _lines(RECORDS[2:])
    out = io.StringIO()
    written, failed = batch.run(lines, out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (written, failed) == (7, 5)
    assert [r["id"] for r in rows] == ["a", "no-text", "num", None, None, None, "c"]
    errors = [r.get("error", "") for r in rows]
    assert "line 2" in errors[1] and "'text' is missing" in errors[1]
    assert "'text' must be a string (got int)" in errors[2]
    assert "line 4: invalid JSON" in errors[3]
    assert "line 5: not UTF-8" in errors[4]
    assert "JSON object" in errors[5]
    assert "attributions" in rows[0] and "attributions" in rows[6]


def test_cli_files_and_exit_status(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(_lines(RECORDS)) + b'{"id": "x"}\n')
    dst = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "--output", str(dst)]) == 1
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, "c", "x"]
    src.write_bytes(b"".join(_lines(RECORDS)))
    assert main(["batch", str(src), "--output", str(dst)]) == 0


def test_cli_missing_input_is_named(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err
