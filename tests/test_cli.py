import io
import json

import pytest

import attribution
from attribution.cli import main

ARTICLE = "“We are ready,” the coach said.\nThe club denied that it had sold the stadium.\n"


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(p)


def test_json_array_for_several_files(tmp_path, capsys):
    a, b = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", "Nothing here.")
    assert main(["parse", "--format", "json", a, b]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [len(d["attributions"]) for d in docs] == [2, 0]
    assert docs[0]["attributions"][1]["polarity"] == "denied"


def test_jsonl_one_line_per_file(tmp_path, capsys):
    a = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["parse", "--format", "jsonl", a, a]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["schema_version"] == attribution.SCHEMA_VERSION


def test_brat_offsets_slice_the_file(tmp_path):
    text = "Intro line\r\n" + ARTICLE
    a = _write(tmp_path, "story.txt", text)
    out = tmp_path / "out"
    assert main(["parse", "--format", "brat", "--output-dir", str(out), a]) == 0
    ann = (out / "story.ann").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("E") for line in ann) == 2
    for line in ann:
        if line.startswith("T"):
            _, label_spans, covered = line.split("\t")
            spans = [tuple(map(int, part.split())) for part in label_spans.split(" ", 1)[1].split(";")]
            assert " ".join(text[s:e] for s, e in spans) == covered


def test_stdin_writes_stdin_ann(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE))
    assert main(["parse", "--format", "brat", "--output-dir", str(tmp_path)]) == 0
    assert (tmp_path / "stdin.ann").read_text(encoding="utf-8").count("\nE") + 1 >= 2


def test_bad_files_are_named_and_the_rest_still_come_out(tmp_path, capsys):
    good = _write(tmp_path, "good.txt", ARTICLE)
    bad = _write(tmp_path, "bad.txt", b"ok \xff bad")
    missing = str(tmp_path / "missing.txt")
    assert main(["parse", "--format", "jsonl", missing, bad, good]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "missing.txt" in captured.err
    assert "bad.txt" in captured.err and "byte offset 3" in captured.err


@pytest.mark.parametrize("scheme,content", [("polnear", "that the ferry was late"), ("plain", "the ferry was late")])
def test_brat_scheme_decides_whether_that_opens_the_content(tmp_path, scheme, content):
    a = _write(tmp_path, "story.txt", "The captain said that the ferry was late.")
    out = tmp_path / "out"
    assert main(["parse", "--format", "brat", "--brat-scheme", scheme, "--output-dir", str(out), a]) == 0
    ann = (out / "story.ann").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[2] for line in ann if "\tContent " in line] == [content]


def test_the_complementizer_is_kept_apart_from_the_content():
    att = attribution.parse("The captain said that the ferry was late.").attributions[0]
    assert att.complementizer.text == "that"
    assert [s.text for s in att.content] == ["the ferry was late"]
