"""Layout of an article: paragraphs, noise lines, paired quote marks, a masked copy, sentences.

Every stage returns spans into the original text. The *masked* copy has the same length as the
article: noise is blanked, every quote mark becomes ``"``, apostrophes become ``'`` and the inside
of each quote becomes ``░`` (its last punctuation kept, so sentence ends stay visible). Rules that
look for speakers work on the masked copy, so a name inside a quote is never taken as a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from factcheck.parsing.lexicon import ABBREVIATIONS

MASK = "░"
OPENERS = "“«„"
CLOSERS = "”»"
DOUBLE = OPENERS + CLOSERS + '"'

_LINE = re.compile(r"[^\n]+")
_BYLINE = re.compile(r"^\s*(?:by|By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$")
_CREDIT = re.compile(r"©|\bGetty Images\b|\(Photo\b|\bPhoto:|\bImage:|\bAP Photo\b|/\s*Youtube\b")
_SOURCE_TAIL = re.compile(r"\bSources?:\s*[A-Z][\w.&-]*(?:\s*[,/&]\s*[A-Z][\w.&-]*)*\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or the to vs with over after against".split()
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A pair of quote marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when the paragraph ran out
    continues: bool = False  # the quote goes on in the next paragraph with a new opening mark


@dataclass(slots=True)
class Layout:
    """The article cut into the pieces the sieve works on."""

    text: str
    masked: str
    paragraphs: list[tuple[int, int]]
    quotes: list[QuoteSpan]
    sentences: list[tuple[int, int]]


def _is_headline(line: str) -> bool:
    """Return True for a title-case line without sentence punctuation (headline, tags line)."""
    stripped = line.strip()
    if len(stripped) > 200 or not stripped:
        return False
    words = _WORD.findall(stripped)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    if stripped[-1] in ".!?" and not stripped.endswith(("'", "’")) and len(content) > 4:
        return capital == len(content) and len(content) <= 12 and '"' not in stripped
    return capital / len(content) >= 0.75


def noise_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans that are neither quotes nor speakers: headlines, bylines, credits."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        if _CREDIT.search(line) or _BYLINE.match(line) or _is_headline(line):
            spans.append((m.start(), m.end()))
        elif (s := _SOURCE_TAIL.search(line)) is not None:
            spans.append((m.start() + s.start(), m.end()))
    return spans


_MARKS = re.compile("[" + DOUBLE + "]|''(?!')")


def _double_marks(text: str, start: int, end: int) -> list[int]:
    """Return the offsets of double quote marks; two apostrophes (NYT style) count as one.

    For ``''`` the offset is the apostrophe next to the quoted text, so that ``start = mark + 1``
    and ``end = mark`` hold as for one-character marks.
    """
    out = []
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        if m.group() == "''":
            if i > 0 and text[i - 1].isalnum() and i + 2 < len(text) and text[i + 2].isalnum():
                continue  # rock''n''roll: not a mark
            out.append(i + 1 if _opens(text, i) else i)
        else:
            out.append(i)
    return out


def _opens(text: str, i: int) -> bool:
    """Return True when the mark at ``i`` reads as an opening mark from its neighbours."""
    ch = text[i]
    if ch in OPENERS:
        return True
    if ch in CLOSERS:
        return False
    if ch == "'":
        if text[i - 1 : i] == "'" and text[i + 1 : i + 2] != "'":
            return True  # second apostrophe of an opening ''
        if text[i + 1 : i + 2] == "'":
            before = text[i - 1] if i > 0 else " "
            return before.isspace() or before in "([{—–-:"
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-:":
        return not after.isspace()
    return False


# inside a quote opened by the key, these marks are a nested quote, not its end
_NESTED_OK = {'"': "“”„", "«": "“”„", "'": "“”„"}


def _closers_ahead(text: str, marks: list[int], n: int) -> bool:
    """Return True when at least two closing marks follow mark ``n`` before another opener."""
    count = 0
    for j in marks[n + 1 :]:
        if text[j] in OPENERS:
            return False
        if text[j] in CLOSERS:
            count += 1
            if count == 2:
                return True
    return False


def _outer(text: str, i: int) -> int:
    """Return the offset of the outer character of the opening mark at ``i`` (``''`` is two)."""
    return i - 1 if text[i] == "'" else i


def pair_quotes(text: str, paragraphs: list[tuple[int, int]], noisy: set[int]) -> list[QuoteSpan]:
    """Return the quote spans of ``text``; an unclosed mark is contained to its paragraph.

    An opening mark left open at a paragraph's end runs on into the next paragraph only when that
    paragraph opens with a new mark (the newspaper convention) or closes before it opens again.
    """
    quotes: list[QuoteSpan] = []
    skip_first = -1
    for k, (p0, p1) in enumerate(paragraphs):
        if k in noisy:
            continue
        marks = _double_marks(text, p0, p1)
        if k == skip_first:
            marks = marks[1:]
        open_at = None
        depth = 0
        for n, i in enumerate(marks):
            if open_at is None:
                if text[i] in CLOSERS or (text[i] == "'" and not _opens(text, i)):
                    continue  # a stray closing mark
                open_at = i
                depth = 0
            elif text[open_at] in _NESTED_OK and text[i] in _NESTED_OK[text[open_at]]:
                # curly marks inside straight ones (or inside guillemets) nest: “ opens a
                # level, ” closes one; a ” with no level open ends the quote (mixed marks)
                if text[i] in OPENERS:
                    depth += 1
                    continue
                if depth:
                    depth -= 1
                    continue
                if i > open_at + 1:
                    quotes.append(QuoteSpan(open_at + 1, i, _outer(text, open_at), i))
                open_at = None
            elif text[i] in OPENERS and text[open_at] in OPENERS and _closers_ahead(text, marks, n):
                depth += 1  # “... “nested” ...”: two closers follow before any opener
            elif text[i] in OPENERS or (text[i] == "'" and _opens(text, i)):
                open_at = i  # two openers in a row: the first was stray
            elif depth and text[i] in CLOSERS:
                depth -= 1
            else:
                if i > open_at + 1:
                    quotes.append(QuoteSpan(open_at + 1, i, _outer(text, open_at), i))
                open_at = None
        if open_at is None:
            continue
        inner_end = p1
        while inner_end > open_at + 1 and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end <= open_at + 1:
            continue
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) and k + 1 not in noisy else None
        nxt_marks = _double_marks(text, nxt[0], nxt[1]) if nxt else []
        if nxt and nxt_marks and not text[nxt[0] : nxt_marks[0]].strip():
            # the next paragraph opens with a mark: the classic multi-paragraph quote
            quotes.append(
                QuoteSpan(open_at + 1, inner_end, _outer(text, open_at), None, continues=True)
            )
        elif nxt and nxt_marks and not _opens(text, nxt_marks[0]):
            # closed in the next paragraph: one quote across the paragraph break
            quotes.append(QuoteSpan(open_at + 1, nxt_marks[0], _outer(text, open_at), nxt_marks[0]))
            skip_first = k + 1
        else:
            quotes.append(QuoteSpan(open_at + 1, inner_end, _outer(text, open_at), None))
    return quotes


_ABBREV_END = re.compile(
    r"\b(U\.S\.|U\.K\.|U\.N\.|D\.C\.|Inc\.|Corp\.|Co\.|Jr\.|Sr\.)\s+"
    r"((?:He|She|They|It|We|I|But|And|The|This|That|His|Her|Their|In|On|At|So)\s)"
)
_PUNKT_PARAMS = PunktParameters()
_PUNKT_PARAMS.abbrev_types = set(ABBREVIATIONS)
_PUNKT = PunktSentenceTokenizer(_PUNKT_PARAMS)


def layout(text: str) -> Layout:
    """Return the layout of ``text``: paragraphs, quotes, masked copy and sentences."""
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    noise = noise_spans(text)
    noisy = {k for k, p in enumerate(paragraphs) if p in set(noise)}
    quotes = pair_quotes(text, paragraphs, noisy)
    table = {ord(c): '"' for c in DOUBLE} | {ord("‘"): "'", ord("’"): "'"}
    base = text.translate(table)
    cuts: list[tuple[int, int, str]] = [(a, b, " " * (b - a)) for a, b in noise]
    kept: list[QuoteSpan] = []
    for q in quotes:
        if any(a <= q.start < b for a, b in noise):
            continue
        kept.append(q)
        last = q.end - 1
        while last > q.start and text[last].isspace():
            last -= 1
        inner = re.sub(r"[^\n]", MASK, text[q.start : last])
        tail = text[last : q.end]
        if tail[:1] not in (".", ",", "?", "!", ";", ":"):
            tail = re.sub(r"[^\n]", MASK, tail)
        cuts.append((q.start, q.end, inner + tail))
    cuts.sort()
    pieces = []
    pos = 0
    for a, b, rep in cuts:
        if a < pos:
            continue
        pieces.append(base[pos:a])
        pieces.append(rep)
        pos = b
    pieces.append(base[pos:])
    masked = "".join(pieces)
    apostrophe_marks = [
        i
        for q in kept
        for i in (q.open_mark - 1, q.open_mark, q.close_mark, (q.close_mark or 0) + 1)
        if i is not None and 0 <= i < len(text) and text[i] == "'"
    ]
    if apostrophe_marks:
        chars = list(masked)
        for i in apostrophe_marks:
            chars[i] = '"'
        masked = "".join(chars)
    sentences = []
    for p0, p1 in paragraphs:
        for s0, s1 in _PUNKT.span_tokenize(masked[p0:p1]):
            a = p0 + s0
            # untrained Punkt never ends a sentence at "U.S."; a pronoun after it starts one
            for m in _ABBREV_END.finditer(masked, a, p0 + s1):
                sentences.append((a, m.end(1)))
                a = m.start(2)
            sentences.append((a, p0 + s1))
    return Layout(text, masked, paragraphs, kept, sentences)
