"""Proper names in a text that nothing known explains: "Stadshagen", "Holtenbroek", "Spoorzone".

A place, district or project name in text shared by several audiences usually belongs to one
of them. A proper name here is a run of capitalised words that does not open a sentence
(issue 20, point 3); a word the agenda uses, or a name of a known organisation, role or person
(the audiences and the facts), explains itself and is left out of the run. A word that opens
a sentence counts only when the same word stands capitalised inside a sentence of one of the
texts looked at (so "Spoorzone" at the start is found when it is named elsewhere too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.audience.facts import Facts
from g40desk.core.audience.models import ROLE_KIND_LABELS

# Words for organisations and offices in general: they name no one place.
_OFFICES = ("gemeente stad provincie ministerie rijk kabinet college raad gemeenteraad directeur-generaal directeur "
            "gedeputeerde commissaris koning kamer tweede eerste wethouders ministers haag stedennetwerk g40 "
            "voorjaarsnota najaarsnota miljoenennota prinsjesdag")

_WORD = re.compile(r"(?:'s-|'t-)?[^\W\d_][\w'’-]*|\d+|[.!?:;,()\"“”‘’]|\n")
_OPENERS = {".", "!", "?", "\n", "(", "\"", "“"}
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_LOWER_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised(word: str) -> bool:
    core = word[3:] if word[:3] in ("'s-", "'t-") else word
    return bool(core) and core[0].isupper() and not (core.isupper() and len(core) > 1 and not _ROMAN.match(core))


class Known:
    """The words that explain themselves, built once per check: the agenda's words, and the
    names of every organisation, role and person the audiences and facts know."""

    def __init__(self, catalogue: Catalogue, audiences: Audiences, facts: Facts | None = None):
        words: set[str] = set(_OFFICES.split())
        for entry in catalogue.walk():
            words.update(w.lower() for w in _LOWER_WORDS.findall(entry.full_text))
        names: list[str] = list(ROLE_KIND_LABELS.values())
        for org in [*audiences.all_cities, *audiences.all_ministries]:
            names += [org.name, getattr(org, "abbreviation", None) or "", getattr(org, "province", "") or ""]
            names += [n.name for n in org.names] + [n.abbreviation or "" for n in org.names]
            for role in org.roles:
                names += [role.title, role.portfolio or "", role.person or "", *role.portfolios]
        for known in (facts.audiences.values() if facts is not None else ()):
            names += [known.burgemeester or "", known.minister or "", known.staatssecretaris or "",
                      *known.wethouders.values()]
        for name in names:
            words.update(w.lower() for w in _LOWER_WORDS.findall(name))
        self.words = frozenset(words)
        self._seen: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}

    def scan(self, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """(the runs of unknown capitalised words inside sentences, the unknown capitalised words
        opening a sentence), worked out once per text (a batch asks again for every note)."""
        hit = self._seen.get(text)
        if hit is None:
            if len(self._seen) > 10_000:  # an editor session types many versions of a text
                self._seen.clear()
            runs: list[str] = []
            openers: set[str] = set()
            current: list[str] = []
            opening = True
            for token in _WORD.findall(text):
                word = token if token[0].isalpha() or token[:2] in ("'s", "'t") else None
                if word is not None and _capitalised(word):
                    bare = word.lower().strip("'’")
                    known = bare in self.words or bare.endswith("wet") or _ROMAN.match(word)
                    if opening:
                        if not known:
                            openers.add(word)
                    elif not known or (current and _ROMAN.match(word)):
                        current.append(word)
                    elif current:
                        runs.append(" ".join(current))
                        current = []
                else:
                    if current:
                        runs.append(" ".join(current))
                        current = []
                opening = token in _OPENERS
            if current:
                runs.append(" ".join(current))
            hit = self._seen[text] = (tuple(dict.fromkeys(runs)), frozenset(openers))
        return hit


def inside_words(known: Known, texts: Iterable[str]) -> frozenset[str]:
    """Every word that stands in a proper name inside a sentence of *texts*."""
    return frozenset(w for text in texts for run in known.scan(text)[0] for w in run.split())


def proper_names(known: Known, text: str, inside: frozenset[str] = frozenset()) -> list[str]:
    """The unexplained proper names of *text*, in order of kind: a sentence's first word when it
    is also named inside a sentence (*inside*: inside_words of the texts looked at), then the runs."""
    runs, openers = known.scan(text)
    words = {w for run in runs for w in run.split()}
    return [*(o for o in sorted(openers) if o in inside and o not in words), *runs]
