"""Which entries of a new agenda are entries of the previous one: identical text first, then similarity.

The score is difflib's ``SequenceMatcher.ratio`` of the folded texts, shown to the user as the
similarity. Its quick ratios skip hopeless pairs, but word-shuffled texts have the same letters
and pass them, and each full ratio costs about len(a) × len(b): 850 shuffled demands took 43 s.
So the full ratios share a work budget in character pairs (about 3 s here; the built-in agenda
with every entry reworded needs four fifths of it); drafts are compared in document order, and
those left when it runs out keep only identical texts' IDs, which the import says. One matcher
per previous entry keeps its analysis between drafts.
"""

from __future__ import annotations

import difflib
import heapq
from dataclasses import dataclass

from g40desk.core.agenda.catalogue import Kind
from g40desk.core.text import fold, number

MATCH = 0.6  # similarity from which an entry keeps the previous agenda's ID
SURE = 0.9  # below this a kept ID is flagged for review
MAX_WORK = 60_000_000  # character pairs compared by full ratios: ~1.3 s of CPU here
MAX_PAIRS = 100_000  # new drafts × previous entries; a real agenda needs ~120 x 150


@dataclass
class Candidate:
    id: str
    kind: Kind
    key: str  # folded


@dataclass
class Pairing:
    matched: dict[int, tuple[str, float]]  # draft index -> (previous ID, score)
    note: str | None = None  # said to the user when the work was cut short


def similarity(a: str, b: str) -> float:
    """difflib's ratio of two texts, case and accents folded (*b* is folded already)."""
    a = fold(a)
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH or matcher.quick_ratio() < MATCH:
        return 0.0
    return matcher.ratio()


def pair(drafts: list[tuple[Kind, str]], candidates: list[Candidate]) -> Pairing:
    """Match drafts (kind, text) to candidates of the same kind, each candidate at most once."""
    keys = [fold(text) for _kind, text in drafts]
    taken: set[str] = set()
    matched: dict[int, tuple[str, float]] = {}
    exact = {(c.kind, c.key): c.id for c in reversed(candidates)}
    for index, (kind, _text) in enumerate(drafts):  # identical text first: cheap, and never ambiguous
        entry_id = exact.get((kind, keys[index]))
        if entry_id is not None and entry_id not in taken:
            matched[index] = (entry_id, 1.0)
            taken.add(entry_id)
    open_drafts = [i for i in range(len(drafts)) if i not in matched]
    if len(open_drafts) * len(candidates) > MAX_PAIRS:  # a hostile or huge document
        return Pairing(matched, f"te veel nieuwe onderdelen ({number(len(open_drafts))}) om met de vorige agenda te "
                                "vergelijken: alleen gelijke teksten houden hun ID")
    matchers = []  # one per open candidate, its text analysed once
    for candidate in candidates:
        if candidate.id not in taken:
            matcher = difflib.SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(candidate.key)
            matchers.append((candidate, matcher))
    # Best pair first, as a sort of all scores would take them, but lazily: a pair enters with its quick
    # ratio (an upper bound of its score); its score is only worked out when it reaches the top, and
    # never for a draft or entry already taken.
    heap: list[tuple[float, int, int, bool]] = []  # (-score or -bound, draft, candidate, exact)
    for index in open_drafts:
        for order, (candidate, matcher) in enumerate(matchers):
            if candidate.kind == drafts[index][0]:
                matcher.set_seq1(keys[index])
                if matcher.real_quick_ratio() >= MATCH and (bound := matcher.quick_ratio()) >= MATCH:
                    heap.append((-bound, index, order, False))
    heapq.heapify(heap)
    work, unsettled = 0, set()
    while heap:
        negative, index, order, exact = heapq.heappop(heap)
        candidate, matcher = matchers[order]
        if index in matched or candidate.id in taken:
            continue
        if exact:
            matched[index] = (candidate.id, -negative)
            taken.add(candidate.id)
            continue
        cost = len(keys[index]) * len(candidate.key)
        if work + cost > MAX_WORK:
            unsettled.add(index)
            continue
        work += cost
        matcher.set_seq1(keys[index])
        score = matcher.ratio()
        if score >= MATCH:
            heapq.heappush(heap, (-score, index, order, True))
    left = len(unsettled - matched.keys())
    note = None
    if left:
        note = (f"vergelijken met de vorige agenda afgebroken (te veel werk): {number(left)} onderdelen zonder gelijke "
                "tekst zijn niet (volledig) vergeleken en hebben mogelijk een nieuwe ID gekregen; controleer ze")
    return Pairing(matched, note)
