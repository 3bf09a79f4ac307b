"""The attribution sieve: quote spans and reported speech, each attributed by ordered rules.

Rules run from most to least precise; each fills only what earlier rules left open
(after Muzny et al. 2017, CoreNLP quote attribution). ``SIEVE`` lists the order in one place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factcheck.parsing.lexicons import CUE_VERBS, SPEECH_VERBS
from factcheck.parsing.mentions import (
    DETERMINERS,
    Mention,
    Registry,
    is_name,
    mention_after,
    mention_before,
    role_after,
)
from factcheck.parsing.model import Quote
from factcheck.parsing.segment import (
    QuoteSpan,
    Token,
    is_noise,
    paragraphs,
    quote_marks,
    sentences,
    source_tail,
    tokens,
)

# rule name -> confidence, in sieve order (most precise first)
SIEVE: dict[str, float] = {
    "cue-speaker-after": 0.95,  # "...," said Eva Zeibert
    "speaker-cue-after": 0.95,  # "...," Gill said.
    "speaker-cue-before": 0.9,  # Gill said: "..."
    "sentence-cue": 0.8,  # a cue elsewhere in the quote's sentence
    "colon-paragraph": 0.75,  # previous paragraph ends "X said:"
    "continuation": 0.75,  # no cue: same speaker as the quote just before
    "paragraph-speaker": 0.55,  # no cue: another quote of the paragraph is attributed
    "according-to": 0.85,  # According to X, ...
    "indirect-cue-that": 0.8,  # X said (that) ...
    "indirect-clause-cue": 0.8,  # ..., X believes.
    "unattributed": 0.3,
}

_SKIP = frozenset(
    "also later then has had have was is were are would will could may might should previously "
    "recently once further again not n't did does do repeatedly reportedly publicly privately "
    "separately frequently often earlier just already flatly simply had been has have even "
    "still now yesterday today".split()
)
_TELL = frozenset("told tell tells telling informed assured warned reminded promised".split())
_CLOSERS = frozenset(",.;:!?)")


@dataclass
class _Attr:
    mention: Mention | None
    cue: Token | None
    rule: str
    role: str | None = None


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.noise = [is_noise(text, s, e, i) for i, (s, e) in enumerate(self.paras)]
        self.para_starts = [s for s, _ in self.paras]
        self.qspans = quote_marks(text, self.paras, self.noise)
        self.toks: list[list[Token]] = []
        self.tok_starts: list[list[int]] = []
        self.sents: list[list[tuple[int, int]]] = []
        for i, (s, e) in enumerate(self.paras):
            if self.noise[i]:
                self.toks.append([])
                self.sents.append([])
            else:
                e2 = source_tail(text, s, e)
                self.toks.append(tokens(text, s, e2))
                self.sents.append(sentences(text, s, e2) if e2 > s else [])
            self.tok_starts.append([t.start for t in self.toks[-1]])
        # quote regions [open, close] for "inside a quote" tests
        self.regions = sorted(
            (q.open, q.close if q.close is not None else q.end) for q in self.qspans
        )
        self.region_starts = [r[0] for r in self.regions]
        self.registry = Registry()
        self._register_names()

    # -- helpers ---------------------------------------------------------------------------
    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i][0] <= pos <= self.regions[i][1]

    def sentence_at(self, pi: int, pos: int) -> tuple[int, int]:
        for s, e in self.sents[pi]:
            if s <= pos < e:
                return s, e
        return self.paras[pi]

    def tok_index(self, pi: int, pos: int) -> int:
        """Index of the first token of paragraph ``pi`` starting at or after ``pos``."""
        return bisect.bisect_left(self.tok_starts[pi], pos)

    def _register_names(self) -> None:
        for pi, toks in enumerate(self.toks):
            i = 0
            while i < len(toks):
                t = toks[i]
                if is_name(t) or t.low == "the":
                    m = mention_after(toks, i, len(toks))
                    if m is not None and m.kind == "name":
                        self.registry.add_name(m.words, m.start, not self.inside_quote(m.start))
                        i = bisect.bisect_left(self.tok_starts[pi], m.end)
                        continue
                i += 1

    # -- subject finding -------------------------------------------------------------------
    def subject_before(self, toks: list[Token], c: int, lo: int) -> tuple[Mention | None, str | None]:
        """Return the subject noun phrase of the cue at ``c`` and any appositive role."""
        j = c - 1
        while j >= lo and (toks[j].low in _SKIP or (toks[j].low.endswith("ly") and toks[j].text.islower())):
            j -= 1
        if j < lo:
            return None, None
        if toks[j].text == ",":
            k = j - 1
            while k > lo and toks[k].text != "," and j - k < 30:
                if toks[k].text in {".", "“", "”", '"', ";"}:
                    break
                k -= 1
            if k > lo and toks[k].text == ",":
                m = mention_before(toks, k - 1, lo)
                if m is not None and m.kind != "pronoun":
                    first = toks[k + 1]
                    role = None
                    if first.low not in ("who", "which", "whose", "when", "where"):
                        role = self.text[first.start : toks[j - 1].end]
                    return m, role
            return None, None
        return mention_before(toks, j, lo), None

    def cue_then_subject(self, toks: list[Token], i: int, hi: int) -> _Attr | None:
        """Match "said X[, role]" or "X[, role,] said" starting at token ``i``."""
        while i < hi and toks[i].text in {",", "—", "–", "-"}:
            i += 1
        if i >= hi:
            return None
        t = toks[i]
        if t.low in CUE_VERBS and not is_name(t):
            j = i + 1
            while j < hi and toks[j].low in _SKIP:
                j += 1
            m = mention_after(toks, j, hi)
            if m is not None:
                k = bisect.bisect_left([x.start for x in toks], m.end)
                if k < hi and toks[k].text == "(":
                    while k < hi and toks[k].text != ")":
                        k += 1
                    k += 1
                return _Attr(m, t, "cue-speaker-after", role_after(self.text, toks, k, hi))
            return None
        m = mention_after(toks, i, hi)
        if m is None:
            return None
        k = bisect.bisect_left([x.start for x in toks], m.end)
        role = None
        if k < hi and toks[k].text == "(":
            while k < hi and toks[k].text != ")":
                k += 1
            k += 1
        if k < hi and toks[k].text == ",":
            role = role_after(self.text, toks, k, hi)
            k += 1
            while k < hi and toks[k].text != "," and toks[k].text not in _CLOSERS - {","}:
                k += 1
            k += 1
        while k < hi and toks[k].low in _SKIP:
            k += 1
        if k < hi and toks[k].low in CUE_VERBS:
            return _Attr(m, toks[k], "speaker-cue-after", role)
        return None

    def last_cue_with_subject(self, toks: list[Token], lo: int, hi: int) -> _Attr | None:
        """Return the last cue in toks[lo:hi] that has a subject (before it, or inverted after)."""
        for c in range(hi - 1, lo - 1, -1):
            t = toks[c]
            if t.low in CUE_VERBS and not t.text[0].isupper() and not self.inside_quote(t.start):
                if c > lo and toks[c - 1].low in ("to", "the", "a", "an"):
                    continue
                m, role = self.subject_before(toks, c, lo)
                if m is not None:
                    return _Attr(m, t, "speaker-cue-before", role)
                m = mention_after(toks, c + 1, hi)
                if m is not None and m.kind in ("name", "pronoun"):
                    return _Attr(m, t, "speaker-cue-before", None)
        return None

    def first_cue_with_subject(self, toks: list[Token], lo: int, hi: int) -> _Attr | None:
        for c in range(lo, hi):
            t = toks[c]
            if t.low in CUE_VERBS and not t.text[0].isupper() and not self.inside_quote(t.start):
                if c > lo and toks[c - 1].low in ("to", "the", "a", "an"):
                    continue
                m, role = self.subject_before(toks, c, lo)
                if m is None:
                    m = mention_after(toks, c + 1, hi)
                    if m is not None and m.kind not in ("name", "pronoun"):
                        m = None
                if m is not None:
                    return _Attr(m, t, "sentence-cue", role)
        return None

    # -- direct and partial quotes -----------------------------------------------------------
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        prev: tuple[QuoteSpan, Quote] | None = None
        for q in self.qspans:
            op = self.para_of(q.open)
            close = q.close if q.close is not None else q.end
            cp = self.para_of(close)
            if self.noise[op]:
                continue
            otoks, ctoks = self.toks[op], self.toks[cp]
            ss, _ = self.sentence_at(op, q.open)
            # before context: from the sentence start or the previous quote's close
            lo_pos = ss
            if prev is not None and self.para_of(prev[0].end) == op:
                lo_pos = max(lo_pos, (prev[0].close or prev[0].end) + 1)
            lo = self.tok_index(op, lo_pos)
            bi = self.tok_index(op, q.open)
            # after context: to the end of the sentence holding the closing mark or the next quote
            attr: _Attr | None = None
            ai = hi = self.tok_index(cp, close + 1)
            if q.close is not None:
                _, se = self.sentence_at(cp, close)
                nxt = [r.open for r in self.qspans if r.open > close and self.para_of(r.open) == cp]
                hi_pos = min([se, self.paras[cp][1], *nxt[:1]])
                hi = self.tok_index(cp, hi_pos)
                attr = self.cue_then_subject(ctoks, ai, hi)
            if attr is None and bi > lo:
                a = self.last_cue_with_subject(otoks, max(lo, bi - 14), bi)
                if a is not None:
                    attr = a
            if attr is None:
                a = self.last_cue_with_subject(otoks, lo, bi) if bi > lo else None
                a = a or (self.first_cue_with_subject(ctoks, ai, hi) if hi > ai else None)
                if a is not None:
                    a.rule = "sentence-cue"
                    attr = a
            kind = self._kind(q, otoks, lo, bi, ctoks, ai, hi)
            if attr is None and bi == lo and op > 0:
                attr = self._colon_paragraph(op, q)
            if attr is None and prev is not None and kind == "direct":
                pq = prev[1]
                pp = self.para_of(prev[0].end)
                if pq.speaker and (pp == op or (pp == op - 1 and bi == lo)):
                    out.append(_copy(pq, self.text, q, kind, "continuation"))
                    prev = (q, out[-1])
                    continue
            out.append(self._make(q, kind, attr))
            prev = (q, out[-1])
        # paragraph-speaker: an unattributed direct quote takes the next attributed one's speaker
        for i, qt in enumerate(out):
            if qt.speaker is None and qt.kind == "direct":
                pi = self.para_of(qt.start)
                for later in out[i + 1 :]:
                    if self.para_of(later.start) != pi:
                        break
                    if later.speaker:
                        out[i] = _copy(later, self.text, qt, qt.kind, "paragraph-speaker")
                        break
        return out

    def _colon_paragraph(self, op: int, q: QuoteSpan) -> _Attr | None:
        pp = op - 1
        while pp >= 0 and self.noise[pp]:
            pp -= 1
        if pp < 0 or not self.text[: self.paras[pp][1]].rstrip().endswith(":"):
            return None
        toks = self.toks[pp]
        if not toks:
            return None
        ss, _ = self.sentence_at(pp, toks[-1].start)
        a = self.last_cue_with_subject(toks, self.tok_index(pp, ss), len(toks))
        if a is not None:
            a.rule = "colon-paragraph"
        return a

    def _kind(self, q, otoks, lo, bi, ctoks, ai, hi) -> str:
        inner = self.text[q.start : q.end].rstrip()
        before = otoks[lo:bi]
        standalone_before = (
            not before
            or before[-1].text in {":", ",", "—", "–"}
            or before[-1].low in CUE_VERBS
            or (before[-1].low == "that" and len(before) > 1 and before[-2].low in CUE_VERBS)
        )
        if not standalone_before:
            return "partial"
        if inner[-1:] in ",.?!…—-:;" or len(inner.split()) >= 12:
            return "direct"
        after = ctoks[ai:hi]
        if not after or after[0].text in {",", ".", "—", "?", "!"}:
            return "direct"
        return "partial"

    def _make(self, q: QuoteSpan, kind: str, attr: _Attr | None, indirect: bool = False) -> Quote:
        text = self.text
        if attr is None or attr.mention is None:
            return Quote(q.start, q.end, text[q.start : q.end], kind, rule="unattributed",
                         confidence=SIEVE["unattributed"])
        m = attr.mention
        name, typ, gender = self.registry.canonical(m, m.start)
        self.registry.note(m.start, name, typ, gender)
        conf = SIEVE[attr.rule] * (0.9 if q.rule == "unclosed" else 1.0)
        return Quote(
            q.start, q.end, text[q.start : q.end], kind,
            speaker=name, speaker_mention=text[m.start : m.end],
            speaker_start=m.start, speaker_end=m.end, speaker_role=attr.role,
            speaker_type=typ,  # type: ignore[arg-type]
            cue=attr.cue.text if attr.cue else None,
            cue_start=attr.cue.start if attr.cue else None,
            cue_end=attr.cue.end if attr.cue else None,
            rule=attr.rule, confidence=round(conf, 2),
        )

    # -- reported speech ---------------------------------------------------------------------
    def indirect(self) -> list[Quote]:
        out: list[Quote] = []
        for pi, sents in enumerate(self.sents):
            toks = self.toks[pi]
            for ss, se in sents:
                if any(self.inside_quote(p) for p in (ss, se - 1)) or self._has_quote(ss, se):
                    continue
                lo, hi = self.tok_index(pi, ss), self.tok_index(pi, se)
                while hi > lo and toks[hi - 1].text in {".", "!", "?", "”", '"', ")"}:
                    hi -= 1
                if hi - lo < 5:
                    continue
                made = self._according(toks, lo, hi) or self._cue_that(toks, lo, hi)
                made = made or self._clause_cue(toks, lo, hi)
                if made is not None:
                    cs, ce, attr = made
                    span = QuoteSpan(cs, ce, cs, ce, pi, "indirect")
                    out.append(self._make(span, "indirect", attr))
        return out

    def _has_quote(self, ss: int, se: int) -> bool:
        i = bisect.bisect_left(self.region_starts, ss)
        return i < len(self.regions) and self.regions[i][0] < se

    def _according(self, toks, lo, hi):
        for i in range(lo, hi - 1):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                m = mention_after(toks, i + 2, hi)
                if m is None:
                    return None
                cue = Token(toks[i].start, toks[i + 1].end, "according to")
                attr = _Attr(m, cue, "according-to")
                if i == lo:
                    k = i + 2
                    while k < hi and toks[k].text != ",":
                        k += 1
                    if hi - k > 3:
                        return toks[k + 1].start, toks[hi - 1].end, attr
                elif i - 1 > lo and toks[i - 1].text == ",":
                    return toks[lo].start, toks[i - 2].end, attr
                return None
        return None

    def _cue_that(self, toks, lo, hi):
        for c in range(lo, hi):
            t = toks[c]
            if t.low not in CUE_VERBS or t.text[0].isupper():
                continue
            if c > lo and toks[c - 1].low in ("to", "the", "a", "an", "of", "be", "being"):
                continue
            m, role = self.subject_before(toks, c, lo)
            if m is None:
                continue
            j = c + 1
            if t.low in _TELL:
                o = mention_after(toks, j, hi)
                if o is None:
                    continue
                j = bisect.bisect_left([x.start for x in toks], o.end)
            if j >= hi or toks[j].text in _CLOSERS or toks[j].low in ("to", "for", "of", "about"):
                continue
            if t.low not in SPEECH_VERBS and toks[j].low not in ("that",) and hi - j < 5:
                continue
            if hi - j < 4:
                continue
            return toks[j].start, toks[hi - 1].end, _Attr(m, t, "indirect-cue-that", role)
        return None

    def _clause_cue(self, toks, lo, hi):
        for k in range(hi - 2, lo + 2, -1):
            if toks[k].text != ",":
                continue
            tail = toks[k + 1 : hi]
            if not tail or len(tail) > 16:
                return None
            a = self.cue_then_subject(toks, k + 1, hi)
            if a is None:
                continue
            a.rule = "indirect-clause-cue"
            return toks[lo].start, toks[k - 1].end, a
        return None


def _copy(src: Quote, text: str, q, kind: str, rule: str) -> Quote:
    start, end = (q.start, q.end)
    return Quote(
        start, end, text[start:end], kind,
        speaker=src.speaker, speaker_mention=src.speaker_mention,
        speaker_start=src.speaker_start, speaker_end=src.speaker_end,
        speaker_role=src.speaker_role, speaker_type=src.speaker_type,
        cue=src.cue, cue_start=src.cue_start, cue_end=src.cue_end,
        rule=rule, confidence=SIEVE[rule],
    )


def extract(text: str) -> list[Quote]:
    """Return the direct, partial and indirect quotes of ``text`` in article order."""
    art = _Article(text)
    found = art.quotes()
    found += art.indirect()
    found.sort(key=lambda q: (q.start, q.end))
    return found


__all__ = ["DETERMINERS", "SIEVE", "extract"]
