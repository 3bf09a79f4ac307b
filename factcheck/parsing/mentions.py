"""Speaker mentions: noun phrases next to a cue, and their canonical names across an article."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from factcheck.parsing.lexicons import (
    FEMALE_NAMES,
    MALE_NAMES,
    ORGANISATION_CUES,
    PRONOUNS,
    STOPWORDS,
    TITLES,
)
from factcheck.parsing.segment import Token

DETERMINERS = frozenset(
    "the a an another one two three several some many most both each his her their its our "
    "this that these those".split()
)
NAME_PARTICLES = frozenset("de van von der bin al la le del da di du".split())
_FEMALE_WORDS = frozenset("she her ms. ms mrs. mrs miss spokeswoman congresswoman chairwoman".split())
_MALE_WORDS = frozenset("he him mr. mr spokesman congressman chairman".split())
PERSON_PRONOUNS = frozenset("he she i".split())


def _core(text: str) -> str:
    return text.rstrip(".").lower()


def is_name(tok: Token) -> bool:
    """Return True for a capitalised word that can be part of a proper name."""
    t = tok.text
    return t[0].isupper() and _core(t) not in STOPWORDS and (t[0].isalpha())


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # name, pronoun, nominal
    words: tuple[str, ...]  # the tokens of the mention


def _possessive(t: str) -> bool:
    return t.endswith(("’s", "'s", "s’", "s'"))


def mention_before(toks: list[Token], j: int, lo: int) -> Mention | None:
    """Return the noun phrase that ends at token ``j`` (never reaching before ``lo``)."""
    if j < lo:
        return None
    tok = toks[j]
    if tok.low in PRONOUNS:
        return Mention(tok.start, tok.end, "pronoun", (tok.text,))
    end_j = j
    if tok.text == ")":  # Rep. Gwen Moore (D-Wis.) said
        k = j
        while k > lo and toks[k].text != "(" and j - k < 8:
            k -= 1
        if toks[k].text == "(" and k - 1 >= lo:
            j = k - 1
            tok = toks[j]
            end_j = j
    if is_name(tok) and not _possessive(tok.text):
        k = j
        while k - 1 >= lo:
            prev = toks[k - 1]
            if is_name(prev) and not _possessive(prev.text):
                k -= 1
            elif (prev.low in TITLES or prev.low in NAME_PARTICLES) and k - 2 >= lo:
                k -= 1
            else:
                break
        while toks[k].low in TITLES and not toks[k].text[0].isupper() and k < j:
            k += 1
        # "the Kremlin", "the Chinese President"
        if k - 1 >= lo and toks[k - 1].low in ("the",):
            k -= 1
        words = tuple(t.text for t in toks[k : end_j + 1])
        return Mention(toks[k].start, toks[end_j].end, "name", words)
    if tok.text.isalpha() and tok.text.islower() or is_name(tok):
        # nominal: "the Chinese president", "a senior official", "Trump's campaign", "officials"
        k = j
        while k - 1 >= lo and j - k < 6:
            prev = toks[k - 1]
            if prev.low in DETERMINERS or _possessive(prev.text):
                words = tuple(t.text for t in toks[k - 1 : j + 1])
                return Mention(toks[k - 1].start, tok.end, "nominal", words)
            if not prev.text[0].isalpha() or (prev.low in STOPWORDS and prev.low not in DETERMINERS):
                break
            k -= 1
        if tok.low in TITLES or tok.low.rstrip("s") in TITLES:
            k = j
            while k - 1 >= lo and j - k < 3 and toks[k - 1].text[0].isalpha():
                if toks[k - 1].low in STOPWORDS:
                    break
                k -= 1
            words = tuple(t.text for t in toks[k : j + 1])
            return Mention(toks[k].start, tok.end, "nominal", words)
    return None


def mention_after(toks: list[Token], i: int, hi: int) -> Mention | None:
    """Return the noun phrase that starts at token ``i`` (ending before ``hi``)."""
    if i >= hi:
        return None
    tok = toks[i]
    if tok.low in PRONOUNS:
        return Mention(tok.start, tok.end, "pronoun", (tok.text,))
    k = i
    if tok.low in DETERMINERS or _possessive(tok.text):
        k = i + 1
        while k < hi and k - i < 8:
            t = toks[k]
            if not t.text[0].isalnum() and t.text not in "-":
                break
            if t.low in STOPWORDS and t.low not in ("of", "for") and t.low not in DETERMINERS:
                break
            k += 1
        if k == i + 1:
            return None
        while k - 1 > i and toks[k - 1].low in ("of", "for", "the", "a"):
            k -= 1
        words = tuple(t.text for t in toks[i:k])
        kind = "name" if is_name(toks[k - 1]) and toks[i].low == "the" else "nominal"
        return Mention(tok.start, toks[k - 1].end, kind, words)
    if is_name(tok) or tok.low in TITLES:
        while k < hi and (
            is_name(toks[k])
            or (toks[k].low in TITLES and k + 1 < hi and is_name(toks[k + 1]))
            or (toks[k].low in NAME_PARTICLES and k > i and k + 1 < hi and is_name(toks[k + 1]))
        ):
            k += 1
            if _possessive(toks[k - 1].text):
                break
        if k == i or not any(is_name(t) for t in toks[i:k]):
            return None
        words = tuple(t.text for t in toks[i:k])
        return Mention(tok.start, toks[k - 1].end, "name", words)
    return None


def role_after(text: str, toks: list[Token], k: int, hi: int) -> str | None:
    """Return an appositive starting at token ``k`` (a comma), e.g. ", an expert on ...".

    Stops at the next comma, full stop, semicolon or quote mark.
    """
    if k >= hi or toks[k].text != ",":
        return None
    first = k + 1
    if first >= hi:
        return None
    f = toks[first]
    if f.low in ("who", "which", "whose", "when", "where", "that") or f.low in PRONOUNS:
        return None
    if not (f.low in DETERMINERS or f.low in TITLES or f.text[0].islower() or _possessive(f.text)):
        if not (is_name(f) and first + 1 < hi and toks[first + 1].low in TITLES):
            return None
    m = first
    while m < hi and toks[m].text not in {",", ".", ";", "“", "”", '"', ":", "?", "!"}:
        m += 1
    if m == first:
        return None
    return text[toks[first].start : toks[m - 1].end]


@dataclass
class Entity:
    canonical: str
    words: tuple[str, ...]
    descriptors: set[str] = field(default_factory=set)
    gender: str | None = None
    kind: str = "person"  # person / organisation / unknown
    positions: list[int] = field(default_factory=list)


def speaker_type(words: tuple[str, ...], kind: str) -> str:
    """Return person, organisation or unknown for a mention's words."""
    low = [_core(w) for w in words]
    if kind == "pronoun":
        if low[0] in PERSON_PRONOUNS:
            return "person"
        return "organisation" if low[0] == "it" else "unknown"
    if any(w in ORGANISATION_CUES for w in low):
        return "organisation"
    if kind == "name":
        if low[0] in FEMALE_NAMES or low[0] in MALE_NAMES or any(w in TITLES for w in low):
            return "person"
        return "person" if len(low) >= 2 else "unknown"
    if any(w in TITLES or w.rstrip("s") in TITLES for w in low):
        return "person"
    return "unknown"


def _gender(words: list[str]) -> str | None:
    low = [_core(w) for w in words]
    for w in low:
        if w in _FEMALE_WORDS:
            return "f"
        if w in _MALE_WORDS:
            return "m"
    for w in low:
        if w in FEMALE_NAMES and w not in MALE_NAMES:
            return "f"
        if w in MALE_NAMES and w not in FEMALE_NAMES:
            return "m"
    return None


def split_name(words: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Split a name mention into (descriptors, name words): "Chinese President Xi Jinping"."""
    ws = [w for w in words if w.lower() != "the"]
    if ws and _possessive(ws[-1]):
        ws[-1] = ws[-1][:-2] if ws[-1][-2:] in ("’s", "'s") else ws[-1][:-1]
    k = len(ws)
    while k > 0 and _core(ws[k - 1]) not in TITLES:
        k -= 1
    name = ws[k:]
    if not name:  # "the Kremlin": all title or no title
        return [], ws
    return ws[:k], name


class Registry:
    """Entities of one article, found by a first pass over its names (outside noise lines)."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_word: dict[str, list[Entity]] = {}
        self.history: list[tuple[int, Entity]] = []  # person/org mentions outside quotes

    def add_name(self, words: tuple[str, ...], pos: int, outside_quote: bool) -> Entity | None:
        """Register a name mention; return its entity."""
        desc, name = split_name(words)
        if not name:
            return None
        if len(name) == 1:
            ent = self._lookup_single(name[0], pos)
            if ent is None:
                return None
        else:
            canonical = " ".join(w.rstrip(",") for w in name)
            ent = self.entities.get(canonical)
            if ent is None:
                typ = speaker_type(tuple(words), "name")
                ent = Entity(canonical, tuple(name), kind=typ, gender=_gender(list(words)))
                self.entities[canonical] = ent
                for w in name:
                    self.by_word.setdefault(_core(w), []).append(ent)
        ent.descriptors.update(_core(d) for d in desc)
        if ent.gender is None:
            ent.gender = _gender(list(desc))
        ent.positions.append(pos)
        if outside_quote:
            self.history.append((pos, ent))
        return ent

    def _lookup_single(self, word: str, pos: int) -> Entity | None:
        cands = self.by_word.get(_core(word), [])
        if not cands:
            return None

        def score(e: Entity) -> tuple:
            last = _core(e.words[-1]) == _core(word)
            return (e.kind == "person", last, _core(e.words[0]) in FEMALE_NAMES | MALE_NAMES,
                    len(e.positions))

        return max(cands, key=score)

    def canonical(self, m: Mention, pos: int) -> tuple[str, str, str | None]:
        """Return (canonical name, speaker type, gender) for a mention at ``pos``."""
        typ = speaker_type(m.words, m.kind)
        if m.kind == "pronoun":
            return self.resolve_pronoun(m.words[0].lower(), pos, typ)
        if m.kind == "name":
            desc, name = split_name(m.words)
            if len(name) == 1:
                ent = self._lookup_single(name[0], pos)
                if ent is not None:
                    return ent.canonical, ent.kind, ent.gender
            canonical = " ".join(name)
            ent = self.entities.get(canonical)
            if ent is not None:
                return ent.canonical, ent.kind, ent.gender
            if name and not desc and len(name) == 1 and _core(name[0]) in TITLES:
                pass
            else:
                return canonical, typ, _gender(list(m.words))
        # nominal: "The Chinese president" -> the latest entity described that way
        content = [_core(w) for w in m.words if _core(w) not in DETERMINERS]
        if content and m.words[0].lower() in ("the", "this", "that"):
            head = content[-1]
            best = None
            for e in self.entities.values():
                if head in e.descriptors and all(c in e.descriptors for c in content):
                    p = _last_before(e.positions, pos)
                    if p is not None and (best is None or p > best[0]):
                        best = (p, e)
            if best is not None:
                return best[1].canonical, best[1].kind, best[1].gender
        return " ".join(m.words), typ, _gender(list(m.words))

    def resolve_pronoun(self, pron: str, pos: int, typ: str) -> tuple[str, str, str | None]:
        """Return the latest compatible speaker or named person before ``pos``."""
        want = {"she": "f", "he": "m"}.get(pron)
        if pron in ("he", "she", "i"):
            i = bisect.bisect_left(self.history, pos, key=lambda h: h[0]) - 1
            while i >= 0:
                _, e = self.history[i]
                if e.kind == "person" and (want is None or e.gender in (None, want)):
                    return e.canonical, "person", e.gender
                i -= 1
        return pron, typ, want

    def note(self, pos: int, canonical: str, kind: str, gender: str | None) -> None:
        """Record an attributed speaker at ``pos`` so later pronouns can resolve to it."""
        ent = self.entities.get(canonical)
        if ent is None:
            ent = Entity(canonical, tuple(canonical.split()), kind=kind, gender=gender)
            self.entities[canonical] = ent
        bisect.insort(self.history, (pos, ent), key=lambda h: h[0])


def _last_before(positions: list[int], pos: int) -> int | None:
    best = None
    for p in positions:
        if p < pos and (best is None or p > best):
            best = p
    return best
