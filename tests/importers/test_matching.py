"""The matcher gives the pairs an exhaustive comparison gives, at a fraction of the work, and bounds the rest."""

from __future__ import annotations

import random

import pytest

from g40desk.core.agenda.catalogue import Kind
from g40desk.core.text import fold
from g40desk.importers import matching
from g40desk.importers.agenda import _previous_key
from g40desk.importers.matching import MATCH, Candidate, pair, similarity


def _exhaustive(drafts, candidates):
    """The matcher before issue 21: every pair scored, then taken best first."""
    keys, taken, matched = [fold(t) for _k, t in drafts], set(), {}
    exact = {(c.kind, c.key): c.id for c in reversed(candidates)}
    for i, (kind, _t) in enumerate(drafts):
        found = exact.get((kind, keys[i]))
        if found and found not in taken:
            matched[i], _ = (found, 1.0), taken.add(found)
    pairs = [(similarity(text, c.key), i, c.id) for i, (kind, text) in enumerate(drafts) if i not in matched
             for c in candidates if c.kind == kind and c.id not in taken]
    for score, i, entry_id in sorted((p for p in pairs if p[0] >= MATCH), key=lambda p: (-p[0], p[1])):
        if i not in matched and entry_id not in taken:
            matched[i] = (entry_id, score)
            taken.add(entry_id)
    return matched


def _candidates(catalogue):
    return [Candidate(e.id, e.kind, fold(_previous_key(e))) for e in catalogue.walk() if not e.own]


def _reworded(catalogue, seed):
    rng = random.Random(seed)
    drafts = []
    for entry in catalogue.walk():
        words = _previous_key(entry).split()
        if len(words) > 3 and rng.random() < 0.8:
            i = rng.randrange(len(words))
            words[i] = words[i][::-1]
        drafts.append((entry.kind, " ".join(words)))
    rng.shuffle(drafts)
    return drafts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_pairs_as_scoring_every_pair(catalogue, seed):
    drafts = _reworded(catalogue, seed)
    assert pair(drafts, _candidates(catalogue)).matched == _exhaustive(drafts, _candidates(catalogue))


def test_word_shuffled_demands_are_bounded_and_said(catalogue, monkeypatch):
    """Issue 21: 850 word-shuffled demands pass difflib's quick ratios and took 43 s."""
    demands = [e.node.text for e in catalogue.of_kind(Kind.DEMAND)]
    rng = random.Random(5)
    drafts = []
    for _ in range(850):
        words = rng.choice(demands).split()
        rng.shuffle(words)
        drafts.append((Kind.DEMAND, " ".join(words)))
    spent = []
    real = matching.difflib.SequenceMatcher.ratio
    monkeypatch.setattr(matching.difflib.SequenceMatcher, "ratio",
                        lambda self: spent.append(len(self.a) * len(self.b)) or real(self))
    result = pair(drafts, _candidates(catalogue))
    assert sum(spent) <= matching.MAX_WORK
    assert result.note and "afgebroken (te veel werk)" in result.note and "controleer ze" in result.note


def test_a_real_agenda_reworded_throughout_stays_well_within_the_budget(catalogue, monkeypatch):
    spent = []
    real = matching.difflib.SequenceMatcher.ratio
    monkeypatch.setattr(matching.difflib.SequenceMatcher, "ratio",
                        lambda self: spent.append(len(self.a) * len(self.b)) or real(self))
    result = pair(_reworded(catalogue, 1), _candidates(catalogue))
    assert result.note is None and sum(spent) < matching.MAX_WORK / 5
