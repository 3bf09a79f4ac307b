"""Layout of an article: paragraphs, noise lines, paired quote marks, a masked copy, sentences.

Every stage returns spans into the original text. The *masked* copy has the same length as the
article: noise is blanked, every quote mark becomes ``"``, apostrophes become ``'`` and the inside
of each quote becomes ``░`` (its last punctuation kept, so sentence ends stay visible). Rules that
look for speakers work on the masked copy, so a name inside a quote is never taken as a speaker.

Quote styles. US copy quotes with double marks (``"``, ``“ ”``, ``« »``, NYT ``''``) and nests
single ones inside; much British and Australian copy (the Guardian, for one) quotes with single
marks (``‘...’``, ``'...'``) and nests double ones inside. An article is *single-primary* when
more of its paragraphs open their first quote with a single mark (one that closes in the
paragraph) than with a double one; otherwise it is paired exactly as double-marked copy, single
marks ignored.
In a single-primary article each quote's opening mark decides its family: inside ‘...’ double
marks are its nested quote, inside "..." single marks are nested quotes or apostrophes, so a
paragraph quoting with double marks (mixed copy) pairs too.

A single mark is an apostrophe unless its neighbours say otherwise: it *opens* at a word start
(after a space, the paragraph start or opening punctuation) before a non-space, ``’`` never opens
(it is the apostrophe of ``’tis``, ``’90s``), and the elisions ``'em``, ``'n'``, ``'tis``,
``'twas``, ``'til``, ``'bout``, ``'cos``, ``'90s`` never open, nor does a straight ``'97``
(``‘50,000 marched’`` does); it *closes* after a non-space when no letter or digit follows
(``don't``, ``Russia’s``, ``o'clock`` are neither). A *weak* closer, one that may be a plural
possessive or a dropped g (after an ``s``: ``Belarus' unions``, ``the Joneses' car``, ``the
drivers’.``; before a lower-case word: ``goin' home``), ends a quote only when no firm closer is
left for it before the next opener: ``‘The Joneses' car was gone,’`` is one quote, ``called them
‘traitors’ and ‘cowards’`` two.

Notes: checked on PolNeAR (US copy: the pairing of every dev article is unchanged; a US headline
quoting with single marks is why a short first line does not vote) and on the hand-made British
fixtures (``fixtures/articles/british_*.txt``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from factcheck.parsing.lexicon import ABBREVIATIONS, ORGANISATION_CUES

MASK = "░"
OPENERS = "“«„"
CLOSERS = "”»"
DOUBLE = OPENERS + CLOSERS + '"'

_LINE = re.compile(r"[^\n]+")
_BYLINE = re.compile(r"^\s*(?:by|By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$")
_CREDIT = re.compile(r"©|\bGetty Images\b|\(Photo\b|\bPhoto:|\bImage:|\bAP Photo\b|/\s*Youtube\b")
_CREDIT_WORDS = ("©", "Photo", "Image", "Youtube")  # every _CREDIT match holds one
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
    single: bool = False  # the marks are single ones (‘...’ or '...'), one character each


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


# The verbs of a title whose object or clause is a statement: "Trump Says He ...", "Judge
# rejects New York Times request ...", "Biden trashes Trump"
HEADLINE_VERBS = frozenset(
    "says tells claims reveals admits warns insists argues suggests calls endorses praises slams "
    "rejects dismisses pledges derides defends refuses trashes rips blasts accuses criticizes "
    "denies vows urges mocks questions announces targets rebuts rebukes assails promotes touts "
    "invokes swipes rebuke oppose prefer promote assail slam blast endorse urge warn say "
    "reject".split()
)
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_NOT_HEADLINE_SUBJECT = frozenset(
    "why how what when who where which the a an of in on to for and or his her their its".split()
)


# Past verbs of statement after "Just" in a title: "Al Sharpton Just Said Something ..."
_JUST_VERBS = frozenset(
    "said announced vowed revealed admitted endorsed slammed blasted called responded "
    "threatened warned".split()
)


def headline_verb(text: str, s0: int, s1: int) -> tuple[int, int, re.Match] | None:
    """Return where the subject starts and ends and the verb of a title ``text[s0:s1]`` that
    reports a statement ("Trump Says He Never ..."): the first headline verb among its second
    to ninth words, after a subject that opens with a capital and is no question, no
    possessive and no quote."""
    words = list(_HEADLINE_WORD.finditer(text, s0, s1))
    for i, m in enumerate(words[1:9], 1):
        low = m.group().lower()
        just = words[i - 1].group().lower() == "just" and low in _JUST_VERBS
        if low not in HEADLINE_VERBS and not just:
            continue
        # "Trump Just Announced Who ...": the subject before "just"
        end = words[i - 1].start() if just else m.start()
        subj = text[words[0].start() : end].rstrip(" ,")
        sw = subj.split()
        if (
            not sw
            or any(ch in subj for ch in ':;"“”‘' + MASK)
            or sw[0].lower() in _NOT_HEADLINE_SUBJECT
            or sw[-1].lower() in _NOT_HEADLINE_SUBJECT
            or sw[-1].endswith(("’s", "'s", "s’", "s'"))
            or not sw[0][0].isupper()
        ):
            return None  # "Why Clinton's Attacks ...", "Paris attacks test ...": no speaker
        return words[0].start(), words[0].start() + len(subj), m
    return None


# "Gingrich: Trump Must Decide ...": a title that opens with a speaker's label
_LABEL = re.compile(
    r"\s*(?:[A-Z]{3,}\s+[–—-]+\s+)?((?:[A-Z][\w.'’\-]*\s+){0,3}([A-Z][\w.'’\-]*)):\s*\S"
)


def _names_speaker(words: list[str], body: str) -> bool:
    """Whether the title words ``words`` name a speaker: no small word ("Big Win For Bernie")
    nor organisation word ("Breitbart News Daily"), and the last word, not all capitals
    ("SCO Summit", "HUFFPOLLSTER"), comes back in the article ``body`` at least twice and
    always capitalised (or in capitals, a transcript's "FALLIN:"), as a name does ("summit",
    "minister" and "poll" also come lower case)."""
    last = words[-1].rstrip(",")
    if (
        any(w.lower() in _SMALL_WORDS or w.lower() in ORGANISATION_CUES for w in words)
        or last.isupper()
        or len(last) < 3
    ):
        return False
    word = re.compile(r"\b" + re.escape(last) + r"\b", re.I)
    seen = [x.group() for x in word.finditer(body)]
    return len(seen) >= 2 and all(x in (last, last.upper()) for x in seen)  # "FALLIN:" too


def _speaker_title(line: str, body: str) -> int:
    """Return where the statement starts in a title whose label names a speaker ("Paul Ryan:
    FBI Decision ..."), else 0."""
    m = _LABEL.match(line)
    if m is None or not _names_speaker(m.group(1).split(), body):
        return 0
    return m.end() - 1


def _title_verb(line: str, body: str) -> int:
    """Where the statement starts in a title with a headline verb after a speaker ("Trump Says
    ..."), else 0."""
    found = headline_verb(line, 0, len(line))
    if found is None or not _names_speaker(line[found[0] : found[1]].split(), body):
        return 0
    return found[2].end()


def noise_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans that are neither quotes nor speakers: headlines, bylines, credits; not
    a title that opens with a speaker's label (``_speaker_title``), a statement."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        # each pattern needs a word of its own: test for it before running the search
        credit = any(w in line for w in _CREDIT_WORDS) and _CREDIT.search(line)
        headline = _is_headline(line)
        if m.start() == 0 and headline:
            body = text[m.end() :]
            if t := (":" in line and _speaker_title(line, body)) or _title_verb(line, body):
                spans.append((t, m.end()))  # the speaker stays; the Title Case statement is noise
                continue
        if credit or _BYLINE.match(line) or headline:
            spans.append((m.start(), m.end()))
        elif "Source" in line and (s := _SOURCE_TAIL.search(line)) is not None:
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


def _pair_double(
    text: str, paragraphs: list[tuple[int, int]], noisy: set[int], k: int, skip_first: bool
) -> tuple[list[QuoteSpan], bool]:
    """Return the double-mark quotes of paragraph ``k``, and whether its run-on closed in the next.

    An opening mark left open at a paragraph's end runs on into the next paragraph only when that
    paragraph opens with a new mark (the newspaper convention) or closes before it opens again.
    """
    quotes: list[QuoteSpan] = []
    p0, p1 = paragraphs[k]
    marks = _double_marks(text, p0, p1)
    if skip_first:
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
        return quotes, False
    inner_end = _trim_end(text, open_at, p1)
    if inner_end <= open_at + 1:
        return quotes, False
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
        return quotes, True
    else:
        quotes.append(QuoteSpan(open_at + 1, inner_end, _outer(text, open_at), None))
    return quotes, False


def _trim_end(text: str, open_at: int, p1: int) -> int:
    """Return the end of a quote left open at ``p1``, trailing spaces excluded."""
    while p1 > open_at + 1 and text[p1 - 1].isspace():
        p1 -= 1
    return p1


# --- single marks -------------------------------------------------------------------------

_SINGLE_MARKS = re.compile("[‘’]|(?<!')'(?!')")  # '' is a double mark (NYT), never two singles
_WORD_START = frozenset('([{—–-:/"“«„')
# words spelt with a leading apostrophe: an elision, never an opening mark
_ELISION = re.compile(r"(?:em|n|tis|twas|til|bout|cos|\d\ds)\b", re.IGNORECASE)
# a year after a straight mark ('97, class of '04) elides; ‘97 may open a quote (‘50,000 marched’)
_YEAR = re.compile(r"\d\d\b(?![,.:]?\d)")
_ROCK_N_ROLL = re.compile(r"(?<!\S)['‘’]n['‘’](?!\S)")  # rock 'n' roll: both marks elide

# a single mark at a word start before a non-space (the mark first: a fast scan); '' is NYT's double
_MAY_OPEN_SINGLE = re.compile(r"[‘'](?<![^\s([{—–\-:/\"“«„].)(?<!'')(?!')(?=\S)")
_HEADLINE_CHARS = 120  # a first line this short casts no vote (see _single_primary)

# roles of a mark in a paragraph: an opener, a firm closer, a weak closer (maybe an apostrophe),
# and the double marks seen from single-marked copy
OPEN, CLOSE, WEAK, D_OPEN, D_CLOSE = "open", "close", "weak", "d-open", "d-close"


def _single_role(text: str, i: int) -> str | None:
    """Return the role of the single mark at ``i``: OPEN, CLOSE, WEAK or None (an apostrophe)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch != "’" and (before.isspace() or before in _WORD_START) and not after.isspace():
        if _ELISION.match(text, i + 1) or (ch == "'" and _YEAR.match(text, i + 1)):
            return None
        return OPEN
    if ch == "‘" or before.isspace() or after.isalnum():
        return None
    if before in "sS":
        return WEAK  # Belarus' unions, the Joneses' car, the drivers’.: maybe an apostrophe
    nxt = text[i + 2] if i + 2 < len(text) else ""
    if before.isalnum() and after.isspace() and (nxt.islower() or nxt.isdigit()):
        return WEAK  # goin' home; or ‘a disgrace’ and ...
    return CLOSE


def _events(text: str, p0: int, p1: int) -> list[tuple[int, str]]:
    """Return the quote marks of ``text[p0:p1]`` with their roles, singles and doubles alike."""
    elided = {m.start() for m in _ROCK_N_ROLL.finditer(text, p0, p1)}
    elided |= {m.end() - 1 for m in _ROCK_N_ROLL.finditer(text, p0, p1)}
    out = []
    for m in _SINGLE_MARKS.finditer(text, p0, p1):
        i = m.start()
        if i not in elided and (role := _single_role(text, i)) is not None:
            out.append((i, role))
    out += [(i, D_OPEN if _opens(text, i) else D_CLOSE) for i in _double_marks(text, p0, p1)]
    out.sort()
    return out


def _first_firm(events: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Return the first event that is not a weak closer."""
    return next((e for e in events if e[1] != WEAK), None)


def _opens_with_single(events: list[tuple[int, str]]) -> bool | None:
    """Return True when the first quote of a paragraph opens with a single mark that closes.

    False when it opens with a double mark, None when the paragraph opens no quote.
    """
    for n, (_, role) in enumerate(events):
        if role == D_OPEN:
            return False
        if role == OPEN:
            if any(r in (CLOSE, WEAK) for _, r in events[n + 1 :]):
                return True
            return None  # an unpaired single opener ('cause, a stray mark) casts no vote
    return None


def _ahead(
    events: list[tuple[int, str]], opener: str, closers: tuple[str, ...]
) -> tuple[list[int], list[int]]:
    """Return, for each event, how many firm closers (``closers[0]``) follow before the next
    ``opener``, and how many ``closers`` do; one pass backwards, so a paragraph of ten thousand
    marks stays linear.
    """
    firm, count = [0] * len(events), [0] * len(events)
    f, c = 0, 0
    for n in range(len(events) - 1, -1, -1):
        firm[n], count[n] = f, c
        role = events[n][1]
        if role == opener:
            f, c = 0, 0
        elif role in closers:
            f, c = f + (role == closers[0]), c + 1
    return firm, count


def _pair_single(
    text: str,
    paragraphs: list[tuple[int, int]],
    k: int,
    events: list[tuple[int, str]],
    next_events: list[tuple[int, str]] | None,
) -> tuple[list[QuoteSpan], int]:
    """Return the quotes of paragraph ``k`` of single-marked copy, and where the next one resumes.

    The family of the opening mark decides: inside ‘...’ double marks are a nested quote, inside
    "..." single marks are nested or apostrophes; an opener of the quote's own family is a nested
    level when two closers follow before the next opener, else the first opener was stray. The
    run-on rules are the double marks' ones: a quote open at the paragraph's end continues when
    the next paragraph opens with the same mark, or ends at the next paragraph's first closer;
    otherwise it stops at its paragraph's end. The second value is the offset after which the
    next paragraph's marks count (-1: all).
    """
    quotes: list[QuoteSpan] = []
    p0, p1 = paragraphs[k]
    open_at: int | None = None
    single = True
    depth = 0
    firm_ahead, closes_ahead = _ahead(events, OPEN, (CLOSE, WEAK))
    _, d_closes_ahead = _ahead(events, D_OPEN, (D_CLOSE,))
    for n, (i, role) in enumerate(events):
        if open_at is None:
            if role in (OPEN, D_OPEN):
                open_at, single, depth = i, role == OPEN, 0
            continue  # a stray closing mark
        own_open, ahead = (OPEN, closes_ahead) if single else (D_OPEN, d_closes_ahead)
        if role == own_open:
            if ahead[n] >= 2:
                depth += 1  # ‘... ‘nested’ ...’ (or "... “nested” ..."): two closers follow
            else:
                open_at = i  # two openers in a row: the first was stray
            continue
        if role not in ((CLOSE, WEAK) if single else (D_CLOSE,)):
            continue  # the other family: a “nested” quote inside ‘...’, or apostrophes
        if role == WEAK and firm_ahead[n] > depth:
            continue  # ‘The Joneses' car was gone,’: the first mark is an apostrophe
        if depth:
            depth -= 1
            continue
        if i > open_at + 1:
            outer = open_at if single else _outer(text, open_at)
            quotes.append(QuoteSpan(open_at + 1, i, outer, i, single=single))
        open_at = None
    if open_at is None:
        return quotes, -1
    inner_end = _trim_end(text, open_at, p1)
    if inner_end <= open_at + 1:
        return quotes, -1
    first = _first_firm(next_events) if next_events else None
    opener, closer = (OPEN, CLOSE) if single else (D_OPEN, D_CLOSE)
    outer = open_at if single else _outer(text, open_at)
    if (
        first is not None
        and first[1] == opener
        and not text[paragraphs[k + 1][0] : first[0]].strip()
    ):
        # the next paragraph opens with a mark: the classic multi-paragraph quote
        quotes.append(QuoteSpan(open_at + 1, inner_end, outer, None, True, single))
    elif first is not None and first[1] == closer:
        # closed in the next paragraph: one quote across the paragraph break
        quotes.append(QuoteSpan(open_at + 1, first[0], outer, first[0], single=single))
        return quotes, first[0]
    else:
        quotes.append(QuoteSpan(open_at + 1, inner_end, outer, None, single=single))
    return quotes, -1


def _single_primary(text: str, paragraphs: list[tuple[int, int]], noisy: set[int]) -> bool:
    """Return True when more paragraphs open their first quote with a single mark than a double."""
    starts = [p0 for p0, _ in paragraphs]
    # US headlines quote with single marks ("Cooper upset ‘Sniper’ fans."): a short first line
    # casts no vote, unless it is all there is
    headline = len(paragraphs) > 1 and paragraphs[0][1] - paragraphs[0][0] <= _HEADLINE_CHARS
    maybe = set()
    for m in _MAY_OPEN_SINGLE.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k not in noisy and not (k == 0 and headline):
            maybe.add(k)
    votes, left = 0, len(maybe)
    for k, (p0, p1) in enumerate(paragraphs):
        if votes + left <= 0:
            return False  # the singles cannot win any more (most US articles stop here)
        if k in noisy or (k == 0 and headline):
            continue
        if k in maybe:
            left -= 1
            first = _opens_with_single(_events(text, p0, p1))
        else:
            first = False if any(_opens(text, i) for i in _double_marks(text, p0, p1)) else None
        votes += 0 if first is None else 1 if first else -1
    return votes > 0


def pair_quotes(text: str, paragraphs: list[tuple[int, int]], noisy: set[int]) -> list[QuoteSpan]:
    """Return the quote spans of ``text``; an unclosed mark is contained to its paragraph.

    Double-marked copy is paired paragraph by paragraph with double marks only (``_pair_double``);
    single-marked copy (see the module docstring for the vote) with both families
    (``_pair_single``).
    """
    events: list[list[tuple[int, str]] | None] = [None] * len(paragraphs)
    single_primary = _single_primary(text, paragraphs, noisy)
    if single_primary:
        for k, (p0, p1) in enumerate(paragraphs):
            if k not in noisy:
                events[k] = _events(text, p0, p1)
    quotes: list[QuoteSpan] = []
    skip_double = False  # the first double mark of this paragraph closed the previous one's quote
    resume = -1  # single-marked copy: marks up to here closed the previous paragraph's quote
    for k in range(len(paragraphs)):
        if k in noisy:
            continue
        if not single_primary:
            found, skip_double = _pair_double(text, paragraphs, noisy, k, skip_double)
        else:
            ev = [e for e in events[k] or [] if e[0] > resume]
            nxt = events[k + 1] if k + 1 < len(paragraphs) and k + 1 not in noisy else None
            found, resume = _pair_single(text, paragraphs, k, ev, nxt)
        quotes += found
    return quotes


_ABBREV_END = re.compile(
    r"\b(U\.S\.|U\.K\.|U\.N\.|D\.C\.|Inc\.|Corp\.|Co\.|Jr\.|Sr\.)\s+"
    r"((?:He|She|They|It|We|I|But|And|The|This|That|His|Her|Their|In|On|At|So)\s)"
)
_ABBREV_WORDS = ("U.S.", "U.K.", "U.N.", "D.C.", "Inc.", "Corp.", "Co.", "Jr.", "Sr.")
_PUNKT_PARAMS = PunktParameters()
_PUNKT_PARAMS.abbrev_types = set(ABBREVIATIONS)
_PUNKT = PunktSentenceTokenizer(_PUNKT_PARAMS)


# Initials that end a Punkt sentence ("the F.B.I.", "George H.W."), and what may follow them
_INITIALS_END = re.compile(r"(?:^|[\s(])((?:[A-Z]\.){1,4})$")
_NAME_INITIALS_END = re.compile(r"[A-Za-z.,]\s+((?:[A-Z]\.){2})$")
_LOWER_NEXT = re.compile(r"[a-z]|['’]s\b|[)(,;:]|--|-\s")
_CAPITAL_NEXT = re.compile(r"([A-Z][a-z]+)\b")
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I You But And So Yet Or In On At For This That These Those "
    "His Her Their Its Our My Inside Outside After Before When While If As Then There Here "
    "Now Still Also Meanwhile However Some Many Most".split()
)


def _join_initials(masked: str, p0: int, spans) -> list[tuple[int, int]]:
    """Mend Punkt's breaks after initials, which untrained Punkt reads as sentence ends: before
    a lowercase word ("the F.B.I. is reviewing", "G.M.R. had"), and between a two-letter
    initial and a surname ("George H.W. Bush", "said J.M. Berger")."""
    out: list[tuple[int, int]] = []
    for s0, s1 in spans:
        if out:
            a, b = out[-1]
            prev = masked[p0 + a : p0 + b]
            m = _INITIALS_END.search(prev)
            nxt = masked[p0 + s0 : p0 + s0 + 30]
            if m is not None and (
                _LOWER_NEXT.match(nxt)
                or (
                    _NAME_INITIALS_END.search(prev)
                    and m.group(1).lower().rstrip(".") not in ABBREVIATIONS
                    and (c := _CAPITAL_NEXT.match(nxt)) is not None
                    and c.group(1) not in _SENTENCE_STARTERS
                )
            ):
                out[-1] = (a, s1)
                continue
        out.append((s0, s1))
    return out


# Curly and angle double marks read as '"', curly single ones as "'" in the masked copy
_PLAIN_MARKS = [(c, '"') for c in OPENERS + CLOSERS] + [("‘", "'"), ("’", "'")]


def _mask(s: str) -> str:
    """Return ``s`` with every character but newlines replaced by MASK."""
    return "\n".join(MASK * len(line) for line in s.split("\n"))


def layout(text: str) -> Layout:
    """Return the layout of ``text``: paragraphs, quotes, masked copy and sentences."""
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    noise = noise_spans(text)
    noise_set = set(noise)
    noisy = {k for k, p in enumerate(paragraphs) if p in noise_set}
    quotes = pair_quotes(text, paragraphs, noisy)
    base = text
    for mark, plain in _PLAIN_MARKS:
        if mark in base:  # a few replace() calls are much faster than translate() on non-ASCII
            base = base.replace(mark, plain)
    cuts: list[tuple[int, int, str]] = [(a, b, " " * (b - a)) for a, b in noise]
    kept: list[QuoteSpan] = []
    for q in quotes:
        if any(a <= q.start < b for a, b in noise):
            continue
        kept.append(q)
        last = q.end - 1
        while last > q.start and text[last].isspace():
            last -= 1
        inner = _mask(text[q.start : last])
        tail = text[last : q.end]
        if tail[:1] not in (".", ",", "?", "!", ";", ":"):
            tail = _mask(tail)
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
    apostrophe_marks += [
        i for q in kept if q.single for i in (q.open_mark, q.close_mark) if i is not None
    ]
    if apostrophe_marks:
        chars = list(masked)
        for i in apostrophe_marks:
            chars[i] = '"'
        masked = "".join(chars)
    sentences = []
    abbrevs = any(a in masked for a in _ABBREV_WORDS)  # most articles have none: skip the search
    for p0, p1 in paragraphs:
        for s0, s1 in _join_initials(masked, p0, _PUNKT.span_tokenize(masked[p0:p1])):
            a = p0 + s0
            # untrained Punkt never ends a sentence at "U.S."; a pronoun after it starts one
            for m in _ABBREV_END.finditer(masked, a, p0 + s1) if abbrevs else ():
                sentences.append((a, m.end(1)))
                a = m.start(2)
            sentences.append((a, p0 + s1))
    return Layout(text, masked, paragraphs, kept, sentences)
