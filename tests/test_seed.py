"""The seed article must parse as its gold annotation says.

Every ``core`` attribution of ``../shared/seed/*.gold.json`` must be found,
with its content (compared on letters and digits, as the scorer compares),
cue, source, via, polarity and kind; nothing may be found outside the gold
attributions; the headline, headings, lead-in and credit line yield nothing.
"""

import json
from pathlib import Path

import pytest

import attribution

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
STEM = "000_f1f3c79732157a0e"

if not (SEED / f"{STEM}.gold.json").is_file() or not (SEED / f"{STEM}.txt").is_file():
    pytest.skip("the seed article (../shared/seed) is not here", allow_module_level=True)

TEXT = (SEED / f"{STEM}.txt").open(encoding="utf-8", newline="").read()
GOLD = json.loads((SEED / f"{STEM}.gold.json").read_text(encoding="utf-8"))
CORE = [(i, g) for i, g in enumerate(GOLD["attributions"]) if g["level"] == "core"]
QUIET = [
    (key, part)
    for key in ("headline", "headings", "lead_ins", "credits")
    for part in (GOLD[key] if isinstance(GOLD[key], list) else [GOLD[key]])
]
# Gold source kinds the parser's kind must agree with.
CHECKED_KINDS = ("outlet", "person", "document")


def _alnum(spans):
    """The offsets of letters and digits that ``spans`` cover."""
    return frozenset(i for s, e in spans for i in range(s, e) if TEXT[i].isalnum())


def _offsets(spans):
    return [(s.start, s.end) for s in spans]


def _norm(text):
    return " ".join(text.split())


def _chain(source):
    """The texts of a source and of every mention it refers to."""
    names = []
    while source is not None:
        names.append(_norm(source.span.text))
        source = source.refers_to
    return names


def _snippet(text, words=5):
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.split()[:words])


@pytest.fixture(scope="module")
def doc():
    return attribution.Parser(entry_points=False).parse(TEXT)


def _mismatches(att, gold):
    """What is wrong with ``att`` as the gold attribution ``gold`` (empty when right)."""
    wrong = []
    gold_cue = _alnum(gold["cue"]["spans"])
    if not gold_cue & _alnum(_offsets(att.cue.spans)):
        wrong.append(f"cue {att.cue.text!r}, gold {gold['cue']['text']!r}")
    g_src = gold["source"]
    if g_src["span"] is None:
        if att.source is not None:
            wrong.append(f"source {att.source.span.text!r}, gold has none")
    elif att.source is None:
        wrong.append(f"no source, gold {g_src['text']!r}")
    else:
        overlaps = _alnum([g_src["span"]]) & _alnum([(att.source.span.start, att.source.span.end)])
        resolved = set(_chain(att.source)) & {_norm(r) for r in g_src["refers_to"]}
        if not (overlaps or resolved):
            wrong.append(
                f"source {' -> '.join(_chain(att.source))!r}, gold {g_src['text']!r} "
                f"(refers to one of {g_src['refers_to']!r})"
            )
        if g_src["kind"] in CHECKED_KINDS and att.source.kind != g_src["kind"]:
            wrong.append(f"source kind {att.source.kind!r} for {att.source.span.text!r}, gold {g_src['kind']!r}")
    via = sorted(_norm(v.resolved.span.text) for v in att.via)
    if via != sorted(_norm(v) for v in gold["via"]):
        wrong.append(f"via {via!r}, gold {gold['via']!r}")
    if att.polarity != gold["polarity"]:
        wrong.append(f"polarity {att.polarity!r}, gold {gold['polarity']!r}")
    if att.kind != gold["kind"]:
        wrong.append(f"kind {att.kind!r}, gold {gold['kind']!r}")
    return wrong


@pytest.mark.parametrize(
    "gold", [g for _, g in CORE], ids=[f"{i}-{_snippet(g['content'][0]['text'])}" for i, g in CORE]
)
def test_core_attribution_found(doc, gold):
    want = _alnum(g["span"] for g in gold["content"])
    found = [a for a in doc.attributions if _alnum(_offsets(a.content)) == want]
    if not found:
        near = [
            " … ".join(s.text for s in a.content)[:80]
            for a in doc.attributions
            if _alnum(_offsets(a.content)) & want
        ]
        pytest.fail(
            f"no attribution with content {' … '.join(c['text'] for c in gold['content'])[:80]!r}; "
            f"overlapping contents found: {near!r}"
        )
    verdicts = [_mismatches(a, gold) for a in found]
    if not any(not wrong for wrong in verdicts):
        pytest.fail(f"content found ({found[0].rule}), but: " + "; ".join(verdicts[0]))


def test_nothing_outside_the_gold(doc):
    gold_content = [_alnum(c["span"] for c in g["content"]) for g in GOLD["attributions"]]
    spurious = [
        f"{a.kind} by {a.source.span.text if a.source else None!r} ({a.rule}): "
        f"{' … '.join(s.text for s in a.content)[:70]!r}"
        for a in doc.attributions
        if not any(_alnum(_offsets(a.content)) & g for g in gold_content)
    ]
    assert not spurious, "attributions outside every gold attribution:\n" + "\n".join(spurious)


@pytest.mark.parametrize("key,part", QUIET, ids=[f"{k}-{_snippet(p['text'], 4)}" for k, p in QUIET])
def test_quiet_parts_yield_nothing(doc, key, part):
    s, e = part["span"]
    hits = [
        f"{span.text!r} ({att.rule})"
        for att in doc.attributions
        for span in (*att.content, *att.cue.spans)
        if span.start < e and s < span.end
    ]
    assert not hits, f"{key} {part['text']!r} yields {hits}"


def test_credit_line_is_kept(doc):
    assert [c.text for c in doc.credits] == [c["text"] for c in GOLD["credits"]]
