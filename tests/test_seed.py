"""The seed article must parse right: every core attribution of its gold annotation."""

import json

import pytest

from conftest import SHARED

SEED = SHARED / "seed"
pytestmark = pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not here")
STEM = "000_f1f3c79732157a0e"


def _alnum(text, spans):
    return frozenset(i for s, e in spans for i in range(s, e) if text[i].isalnum())


@pytest.fixture(scope="module")
def seed(parser):
    text = (SEED / f"{STEM}.txt").open(encoding="utf-8", newline="").read()
    gold = json.loads((SEED / f"{STEM}.gold.json").read_text(encoding="utf-8"))
    return text, gold, parser.parse(text)


def _gold(level=None):
    if not SEED.is_dir():
        return []
    gold = json.loads((SEED / f"{STEM}.gold.json").read_text(encoding="utf-8"))
    return [(i, g) for i, g in enumerate(gold["attributions"]) if level is None or g["level"] == level]


def _resolved_names(source):
    names = set()
    while source is not None:
        names.add(source.span.text)
        source = source.refers_to
    return names


@pytest.mark.parametrize("index,gold", _gold("core"), ids=lambda v: str(v) if isinstance(v, int) else v["content"][0]["text"][:30])
def test_core_attribution_found(seed, index, gold):
    text, _, doc = seed
    want = _alnum(text, [c["span"] for c in gold["content"]])
    found = [a for a in doc.attributions if _alnum(text, [(s.start, s.end) for s in a.content]) == want]
    assert found, f"no attribution with content {gold['content'][0]['text'][:60]!r}"
    att = found[0]
    cue = _alnum(text, gold["cue"]["spans"])
    assert cue & _alnum(text, [(s.start, s.end) for s in att.cue.spans]), f"cue {att.cue.text!r} vs {gold['cue']['text']!r}"
    g_src = gold["source"]
    if g_src["span"]:
        assert att.source is not None
        overlaps = _alnum(text, [g_src["span"]]) & _alnum(text, [(att.source.span.start, att.source.span.end)])
        assert overlaps or _resolved_names(att.source) & set(g_src["refers_to"]), att.source.span.text
        if g_src["kind"] in ("outlet", "person", "document"):
            assert att.source.kind == g_src["kind"], att.source.span.text
    assert sorted(v.resolved.span.text for v in att.via) == sorted(gold["via"])
    assert att.polarity == gold["polarity"]
    assert att.kind == gold["kind"]


def test_nothing_outside_the_gold(seed):
    text, gold, doc = seed
    gold_content = [_alnum(text, [c["span"] for c in g["content"]]) for g in gold["attributions"]]
    for att in doc.attributions:
        mine = _alnum(text, [(s.start, s.end) for s in att.content])
        assert any(mine & g for g in gold_content), f"spurious: {att.content[0].text[:60]!r}"


def test_headline_headings_lead_in_and_credit_yield_nothing(seed):
    text, gold, doc = seed
    quiet = [gold["headline"]] + gold["headings"] + gold["lead_ins"] + gold["credits"]
    for part in quiet:
        s, e = part["span"]
        for att in doc.attributions:
            for span in (*att.content, *att.cue.spans):
                assert not (span.start < e and s < span.end), f"{part['text']!r} yields {span.text!r}"
    assert [c.text for c in doc.credits] == [c["text"] for c in gold["credits"]]
