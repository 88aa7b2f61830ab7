"""The built-in English rules (stage 3), registered as a plugin like any other.

Each rule reads one sentence of the layout, with its cues (``cues.py``) and
clause boundaries (``clauses.py``), and proposes candidates. The rules live in
one module per family: ``leads`` (lead phrases and frames), ``verbs`` (verb
cues), ``nouns`` (report nouns) and ``headlines`` (headlines, labels and
credits); ``common`` holds what more than one family reads. The rules:

- ``core.lead_phrase.v2``: "According to X, Y", "As per X, Y", "Y, according to X".
- ``core.view_holder.v1``: "To X, Y" and "In X's view, Y" (X's view).
- ``core.verb_cue.v2``, which names the construction it found on each candidate:
  "X said (that) Y" (``core.said_that.v2``), "Y, X said" (``core.trailing_cue.v2``),
  "Y," said X (``core.inverted_cue.v2``), "X said: Y" (``core.colon_lead.v2``),
  "X quoted Y as saying Z" (``core.quoted_as.v2``), "X views Y as Z" (``core.view_as.v1``),
  "..., saying Y" (``core.participle.v2``), "... and said Y" (``core.coordinated_cue.v2``),
  "X took to Twitter to say Y" (``core.infinitive.v2``), "X seemed Y" and "X is
  expected to Y" with no source (``core.raising.v2``), "Asked whether Y, ..."
  (``core.asked.v2``).
- ``core.report_noun.v2``: "his claim that Y", "Lee's attacks on Y", "her decision to Y",
  "X stepped up her attacks on Y".
- ``core.cry_noun.v1``: "their chants of “Y”", "to cries of “Y”" (a crowd's cry).
- ``core.report_from.v1``: "warnings from X that Y", "claims by X that Y".
- ``core.stance_subject.v1``: "Opposition to Y has united ...", a stance noun opening
  the sentence, with no source.
- ``core.hearsay_adverb.v1``: "X is reportedly Y", with no source.
- ``core.outlet_learned.v1``: "Y, The Post has learned." (an outlet only).
- ``core.dash_credit.v2``: “Y” ― Name.
- ``core.headline_speaker.v2``: "Name: Y" headlines (and "Y: Minister" in sentence
  case, and "‘Y’: residents describe ...": the subject after the quotation's colon), and
  ``core.transcript_speaker.v2``: "NAME: Y" lines of a transcript.
"""

from __future__ import annotations

from attribution.default_rules.headlines import (
    colon_quote,
    dash_credit,
    headline_speaker,
    self_labels,
)
from attribution.default_rules.leads import (
    hearsay_adverbs,
    lead_phrases,
    outlet_learned,
    poll_frames,
    view_holder,
)
from attribution.default_rules.nouns import (
    backing_received,
    cries,
    hearing_frames,
    possessed_cues,
    reports_from,
    stance_subjects,
)
from attribution.default_rules.verbs import verb_cues
from attribution.hookspecs import hookimpl


@hookimpl
def attribution_rules(register):
    register("core.lead_phrase.v2", lead_phrases, priority=20)
    register("core.view_holder.v1", view_holder, priority=20)
    register("core.poll_frame.v2", poll_frames, priority=40)
    register("core.verb_cue.v2", verb_cues, priority=50)
    register("core.colon_quote.v1", colon_quote, priority=70)
    register("core.hearsay_adverb.v1", hearsay_adverbs, priority=65)
    register("core.self_label.v1", self_labels, priority=90)
    register("core.outlet_learned.v1", outlet_learned, priority=30)
    register("core.report_noun.v2", possessed_cues, priority=60)
    register("core.cry_noun.v1", cries, priority=60)
    register("core.report_from.v1", reports_from, priority=60)
    register("core.backing_received.v1", backing_received, priority=60)
    register("core.stance_subject.v1", stance_subjects, priority=60)
    register("core.dash_credit.v2", dash_credit, priority=30)
    register("core.headline_speaker.v2", headline_speaker, priority=30)
    register("core.hearing_frame.v1", hearing_frames, priority=60)
