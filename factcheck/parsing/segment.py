"""Segmentation into spans: paragraphs, noise lines, quote-mark pairs, sentences and tokens.

Every function returns character offsets into the article; text is derived by slicing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from factcheck.parsing.lexicons import ABBREVIATIONS

_PARAGRAPH = re.compile(r"[^\n]+")
# Tokens: initials (G.K., U.S.), words with inner apostrophes/hyphens, or single symbols.
_TOKENIZER = RegexpTokenizer(r"(?:[A-Za-z]\.){2,}|\w[\w’'\-]*|[^\w\s]")

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_OPEN_CONTEXT = " \t([{—–-/:;,"

_CREDIT = re.compile(r"©|\((?:photo|image)s?\b|\bphoto(?:graph)?s?:|\bgetty images\b", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|edited by)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*$")
_SOURCE_TAIL = re.compile(r"(?:^|(?<=[.!?”\"]\s))\s*(?:Source|Sources|Photo|Image|Credit)s?:\s*[^.!?]*$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A pair of quote marks: ``open``/``close`` are the mark positions (close may be None)."""

    open: int
    close: int | None
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    paragraph: int
    rule: str  # "paired", "cross-paragraph", "unclosed"


@cache
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """Return an untrained Punkt tokenizer that knows the project's abbreviations."""
    params = PunktParameters()
    params.abbrev_types = {a for a in ABBREVIATIONS if len(a) > 0}
    return PunktSentenceTokenizer(params)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each non-empty line, whitespace trimmed."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Return word tokens of ``text[start:end]`` with article offsets; abbreviations keep their dot."""
    out: list[Token] = []
    chunk = text[start:end]
    for s, e in _TOKENIZER.span_tokenize(chunk):
        tok = chunk[s:e]
        if tok == "." and out and out[-1].end == start + s:
            prev = out[-1]
            if prev.text.lower() in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper()):
                out[-1] = Token(prev.start, start + e, prev.text + ".")
                continue
        out.append(Token(start + s, start + e, tok))
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence spans of one paragraph (Punkt with hand-built abbreviations)."""
    chunk = text[start:end]
    return [(start + s, start + e) for s, e in sentence_tokenizer().span_tokenize(chunk)]


def is_noise(text: str, start: int, end: int, index: int) -> bool:
    """Return True for lines that hold no statements: headlines, captions, credits, bylines.

    Notes: a headline is short, mostly capitalised and has no final full stop; photo credits carry
    a copyright sign; bylines start with "by".
    """
    line = text[start:end]
    if _CREDIT.search(line) or _BYLINE.match(line):
        return True
    words = re.findall(r"[A-Za-z][\w’'\-]*", line)
    if not words:
        return True
    stripped = line.rstrip(" \"'”’»")
    final = stripped[-1:] if stripped else ""
    caps = sum(1 for w in words if w[0].isupper()) / len(words)
    if len(words) <= 25 and caps >= 0.6 and final not in ".!?:":
        return True
    if index == 0 and final not in ".!?:" and len(words) <= 30:
        return True
    if len(words) <= 4 and final not in ".!?:\"”":
        return True
    return False


def source_tail(text: str, start: int, end: int) -> int:
    """Return where a trailing "Source: AFP, CNN" note begins in the paragraph (else ``end``)."""
    m = _SOURCE_TAIL.search(text, start, end)
    return m.start() if m else end


def _is_open_context(text: str, i: int, lo: int) -> bool:
    return i == lo or text[i - 1] in _OPEN_CONTEXT or text[i - 1] in DOUBLE_OPEN + SINGLE_OPEN


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_marks(text: str, paras: list[tuple[int, int]], noise: list[bool]) -> list[QuoteSpan]:
    """Pair the double quote marks of each paragraph (single quotes only at top level).

    An opening mark left open at a paragraph's end continues into the next paragraph when that
    paragraph starts with an opening mark (the newspaper convention) or its first mark closes;
    otherwise the quote ends with its paragraph, so a stray mark damages only one paragraph.
    """
    spans: list[QuoteSpan] = []
    carry: int | None = None  # open position carried over from the previous paragraph
    carry_para = carry_end = -1
    for pi, (ps, pe) in enumerate(paras):
        if noise[pi]:
            if carry is not None:
                spans.append(_unclosed(text, carry, carry_end, carry_para))
                carry = None
            continue
        pairs, open_at, first_kind = _pair_paragraph(text, ps, pe)
        if carry is not None:
            still_open = False
            if first_kind == "close" and pairs and pairs[0][0] is None:
                # the quote opened in an earlier paragraph closes here
                _, close = pairs.pop(0)
                spans.append(_span(text, carry, close, carry_para, "cross-paragraph"))
                carry = None
            elif text[ps] in DOUBLE_OPEN or text[ps] == '"':
                # convention: each paragraph of a long quote reopens; the quote continues
                if pairs and pairs[0][0] == ps:
                    _, close = pairs.pop(0)
                    spans.append(_span(text, carry, close, carry_para, "cross-paragraph"))
                    carry = None
                elif open_at == ps:
                    open_at, still_open, carry_end = None, True, pe
            if carry is not None and not still_open:
                spans.append(_unclosed(text, carry, carry_end, carry_para))
                carry = None
        for o, c in pairs:
            if o is not None and c is not None:
                spans.append(_span(text, o, c, pi, "paired"))
        if open_at is not None:
            carry, carry_para, carry_end = open_at, pi, pe
    if carry is not None:
        spans.append(_unclosed(text, carry, carry_end, carry_para))
    spans = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)
    return spans


def _span(text: str, o: int, c: int, para: int, rule: str) -> QuoteSpan:
    return QuoteSpan(o, c, o + 1, c, para, rule)


def _unclosed(text: str, o: int, end: int, para: int) -> QuoteSpan:
    return QuoteSpan(o, None, o + 1, end, para, "unclosed")


def _pair_paragraph(
    text: str, ps: int, pe: int
) -> tuple[list[tuple[int | None, int | None]], int | None, str | None]:
    """Pair marks in one paragraph.

    Returns the pairs (a stray leading close is ``(None, close)``), the position of a mark still
    open at the end, and whether the first mark seen was an opener or a closer.
    """
    pairs: list[tuple[int | None, int | None]] = []
    open_at: int | None = None
    first_kind: str | None = None
    single_open: int | None = None
    i = ps
    while i < pe:
        ch = text[i]
        if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == '"':
            if ch == '"':
                after = text[i + 1] if i + 1 < pe else " "
                if open_at is None:
                    kind = "open" if (_is_open_context(text, i, ps) or after.isalnum()) else "close"
                    if kind == "open" and after.isspace() and i > ps and not text[i - 1].isspace():
                        kind = "close"
                else:
                    kind = "close"
                    if _is_open_context(text, i, ps) and not after.isspace() and text[i - 1] in " \t(":
                        kind = "open"
            else:
                kind = "open" if ch in DOUBLE_OPEN else "close"
                if ch == "»" and text[i + 1 : i + 2].isalnum() and _is_open_context(text, i, ps):
                    kind = "open"  # German-style »...«  is rare; treat » before a word as opener
            if first_kind is None:
                first_kind = kind
            if kind == "open":
                if open_at is not None:
                    # an opener while open: the earlier quote lost its closer; end it here
                    pairs.append((open_at, _trim_back(text, open_at + 1, i)))
                open_at = i
                single_open = None
            else:
                if open_at is not None:
                    pairs.append((open_at, i))
                    open_at = None
                elif not pairs:
                    pairs.append((None, i))
                single_open = None
        elif open_at is None and ch in SINGLE_OPEN + "'":
            # top-level single quotes: ‘...’ or '...' used as quote marks (never apostrophes)
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            if single_open is None:
                if (ch in SINGLE_OPEN or not _is_word(prev)) and (
                    prev in _OPEN_CONTEXT or i == ps
                ) and nxt.isalnum():
                    single_open = i
            elif not nxt.isalnum() and not prev.isspace() and i - single_open > 2:
                if not (prev in "sS" and nxt == " " and ch in "’'" and _more_single(text, i, pe)):
                    pairs.append((single_open, i))
                    single_open = None
        elif open_at is None and single_open is not None and ch in SINGLE_CLOSE:
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < pe else " "
            if not nxt.isalnum() and not prev.isspace():
                pairs.append((single_open, i))
                single_open = None
        i += 1
    return pairs, open_at, first_kind


def _more_single(text: str, i: int, pe: int) -> bool:
    """Return True when another closing single mark follows (so this one is an apostrophe)."""
    for j in range(i + 1, pe):
        if text[j] in "’'" and (j + 1 >= pe or not text[j + 1].isalnum()) and not text[j - 1].isspace():
            return True
        if text[j] in DOUBLE_OPEN + DOUBLE_CLOSE + '"':
            return False
    return False


def _trim_back(text: str, lo: int, i: int) -> int:
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i
