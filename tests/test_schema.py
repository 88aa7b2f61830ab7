"""docs/schema.json describes exactly what Document.to_dict() produces."""

import json
from pathlib import Path

import pytest

import attribution

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema.json").read_text(encoding="utf-8"))


def _check(value, schema, path="$"):
    """A small validator for the subset of JSON Schema the file uses."""
    if "$ref" in schema:
        return _check(value, SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]], path)
    if "oneOf" in schema:
        ok = [s for s in schema["oneOf"] if not _errors(value, s, path)]
        assert len(ok) == 1, f"{path}: matches {len(ok)} of oneOf"
        return
    if "const" in schema:
        assert value == schema["const"], path
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r}"
    kinds = schema.get("type")
    if kinds:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        py = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "null": type(None)}
        assert any(isinstance(value, py[k]) for k in kinds), f"{path}: {type(value).__name__}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        assert schema.get("minimum", value) <= value <= schema.get("maximum", value), f"{path}: {value} out of range"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key}"
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(schema["properties"]), f"{path}: extra {set(value) - set(schema['properties'])}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                _check(value[key], sub, f"{path}.{key}")
    if isinstance(value, list):
        assert len(value) >= schema.get("minItems", 0), path
        for i, item in enumerate(value):
            _check(item, schema.get("items", {}), f"{path}[{i}]")


def _errors(value, schema, path):
    try:
        _check(value, schema, path)
    except AssertionError as exc:
        return str(exc)
    return None


def test_parsed_documents_validate(parser):
    text = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
    data = parser.parse(text).to_dict()
    assert data["attributions"]
    _check(data, SCHEMA)


def test_schema_names_exactly_the_keys_to_dict_gives(parser):
    doc = parser.parse("“It rains,” Ann Lee said.\nShe added: “Bring a coat.”")
    data = doc.to_dict()
    assert set(SCHEMA["properties"]) == set(data)
    att = data["attributions"][1]
    assert set(SCHEMA["$defs"]["attribution"]["properties"]) == set(att)
    assert set(SCHEMA["$defs"]["source"]["properties"]) == set(att["source"])
    assert att["source"]["refers_to"] is not None


def test_a_bad_schema_version_is_refused():
    data = attribution.parse("x").to_dict()
    data["schema_version"] = 99
    try:
        attribution.Document.from_dict(data)
    except ValueError as exc:
        assert "schema_version" in str(exc)
    else:
        raise AssertionError("accepted schema_version 99")


def test_a_version_1_document_still_reads():
    doc = attribution.parse("The port authority said that the quay would close.")
    data = doc.to_dict()
    data["schema_version"] = 1
    for att in data["attributions"]:
        del att["complementizer"]
    back = attribution.Document.from_dict(data)
    assert [a.content for a in back.attributions] == [a.content for a in doc.attributions]
    assert all(a.complementizer is None for a in back.attributions)


def test_a_version_2_document_reads_without_confidence():
    data = attribution.parse("The port authority said that the quay would close.").to_dict()
    assert all(0.0 <= att["confidence"] <= 1.0 for att in data["attributions"])
    data["schema_version"] = 2
    for att in data["attributions"]:
        del att["confidence"]
    back = attribution.Document.from_dict(data)
    assert back.attributions and all(a.confidence is None for a in back.attributions)


def test_a_confidence_outside_zero_to_one_is_refused_by_name():
    data = attribution.parse("The port authority said that the quay would close.").to_dict()
    data["attributions"][0]["confidence"] = 1.5
    with pytest.raises(ValueError, match="confidence"):
        attribution.Document.from_dict(data)
