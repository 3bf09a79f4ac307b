"""The attribution sieve: ordered rules, most precise first; each fills only what is still open.

Rule order for a quote in marks (``attribute_quotes`` runs them in this order; the first that
finds a speaker wins; the name of the rule is kept on the quote, with its confidence):

 1. ``cue-after``        ``"...," said Eva Zeibert`` / ``"...," Gill said`` / ``"...," she said``
 2. ``cue-before``       ``Gill said: "..."`` / ``X told Reuters that "..."`` / ``Said X, "..."``;
                         a fragment in a reported clause is the reporter's (``Israel said
                         Clinton called on members to be "..."``)
 3. ``according-to``     ``according to X`` in the quote's sentence
 4. ``sentence-cue``     the main reporting verb of the quote's sentence (partial quotes); not
                         one after the quote in a ``when``/``since``/``because`` clause
 5. ``colon-paragraph``  a paragraph opening with a quote after one ending ``X said:``
 6. ``colon-subject``    ``He also played up his strength: "..."``: the sentence subject
 7. ``colon-label``      ``Philip Bump: "..."`` / ``From the report: "..."``: the label itself
 8. ``sentence-subject`` a partial quote with no cue: the subject of its sentence
 9. ``sentence-name``    a partial quote with no cue: the first name in its sentence (not one
                         after ``in``/``on``/... or a nationality: only rule 17 takes those, when
                         there is no other; ``X, who ...`` gives the relative; one word opening
                         the sentence that the article never capitalises inside a sentence,
                         ``Perhaps``, is no name)
10. ``sentence-subject`` (direct quotes) ``The email began, "..."``: the subject of the clause
                         before the quote, even right after another speaker's quote
11. ``gap-subject``      ``"...," X said, and her husband cut in. "..."`` / ``X added. He then
                         had a question for the crowd. "..."``
12. ``continuation``     no cue of its own, right after an attributed quote: the same speaker
13. ``paragraph-cue``    a cue with a subject elsewhere in the quote's paragraph
14. ``previous-paragraph-cue`` a quote paragraph after ``She said the process ...``; with no
                         cue there, ``previous-paragraph-subject``: its last sentence's subject
15. ``previous-sentence-subject`` a quote opening a sentence after one of its paragraph
                         (``X identified exhaustion as a reason. "..."``): that sentence's subject
16. ``recent-speaker``   the speaker of the latest attribution (quote or reported speech)
17. ``sentence-name``    (direct quotes, last resort) the first name in the quote's sentence
Then two passes backwards: a run-on quote (open at its paragraph's end) with only a weak rule
takes the speaker of its continuation (``continuation``); a quote with nothing at all takes the
next quote's speaker when it is near (``next-speaker``). Title Case fragments where the context
names a work or an alias ("on "Meet the Press"", "the book "..."", "the pseudonym "..."") and
nicknames inside names are dropped, and so are titles of works in any rule: Title Case after a
word for a work ("her film, "..."") or a verb that publishes or airs one ("self-published",
"told "Fox and Friends""), before an apposition naming one (""...," a biography"), with a
subtitle ("X: How ...") or opening its sentence as the subject of a verb that is no cue (""Sons
of Trump" is an adaptation"), and a Title Case quote joined by "and"/"or" to one dropped as a
title. Dropped too: markup attributes (``<tweet author="...">`` and text from an attribute's end
``">``), partial quotes with no cue in their sentence or paragraph, or of four words at most
with only a paragraph cue (scare quotes, terms, labels: the fallbacks 13-17 were rarely right
for them), and Title Case fragments followed by a noun they modify (``the "Air Force One" theme
song``) with only a sentence subject or name, or whose sentence subject is only
"It"/"What"/"That" with no organisation before it, or of three words at most as the object of a
verb of doing with only a sentence subject or name (``ended in a "virtual tie"``, ``gave checks
to "super PACs"``).

Reported speech without marks (``indirect``) has its own rules in ``indirect.py``.

Notes: the sieve is the shape of CoreNLP's quote attribution (Muzny et al. 2017); the cue search
around a quote follows textacy's ``direct_quotations``. Rules were tuned on the PolNeAR dev split
(see ``bench/bench_attribution.py --rules``).
"""

from __future__ import annotations

import bisect
import re

from factcheck.parsing.lexicon import (
    ABBREVIATIONS,
    COGNITION_VERBS,
    DEMONYMS,
    SPEECH_VERBS,
    STOPWORDS,
)
from factcheck.parsing.marks import MASK, Layout, QuoteSpan, layout
from factcheck.parsing.model import Quote
from factcheck.parsing.speakers import (
    NAME,
    POSSESSIVE_END,
    Mention,
    Resolver,
    role_text,
    subject_after,
    subject_before,
)
from factcheck.parsing.speakers import (
    name_ok as _name_ok_text,
)

CUES = SPEECH_VERBS | COGNITION_VERBS
_WORDS = re.compile(r"[A-Za-z]+")
_ADVERBS = (
    r"(?:(?:also|later|then|previously|earlier|once|again|recently|has|had|have|[a-z]+ly)\s+)*"
)
_AFTER_CUE = re.compile(r"\"?[\s,.!?]*(?:[—–-]+\s*)?")
_BETWEEN_OK = re.compile(
    r"^(?:\s*,)?(?:\s+(?:in|on|at|to|from|during|after|before|of|with|for|about|via|over)"
    r"(?:\s+[\w'.\-]+){1,6}?|\s+[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*)*|\s+(?:reporters|him|her|them|"
    r"us|me|journalists|an?\s+\w+|the\s+\w+(?:\s+\w+)?|[a-z]+day|today|yesterday|"
    r"earlier|later|recently|last\s+\w+|this\s+\w+|in\s+\w+))*\s*(?:,|:|that|\s)?\s*$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")


_DETERMINER_WORDS = frozenset(
    "the a an his her their its our my your this that these those whose no every each".split()
)


_BEFORE_TO = frozenset(
    "continue continues continued continuing want wants wanted wanting hope hopes hoped hoping "
    "expect expects expected expecting plan plans planned wish wishes wished agree agrees agreed "
    "promise promises promised threaten threatens threatened".split()
)


# "he's said" is "he has said", not a possessive before a noun
_CONTRACTED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho)'s\s+$")
_PAST_VERB = re.compile(r"[a-z]{3,}ed")
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")  # "was asked by ..."
_CAPITAL_END = re.compile(r"[A-Z][\w.]*$")
_INVERTED_NAME = re.compile(r"\s+[A-Z][\w.'\- ]{1,40}[:,]\s*$")  # ' said Mr. X: "'


class Article:
    """Per-article state shared by the rules."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lay: Layout = layout(text)
        self.masked = self.lay.masked
        self.sent_starts = [s for s, _ in self.lay.sentences]
        self.par_starts = [p for p, _ in self.lay.paragraphs]
        self.cues = []
        prev = ""
        for m in _WORDS.finditer(self.masked):
            word = m.group()
            # a cue word after a determiner or a possessive is a noun: "his comment", "the
            # IG's report"; "continued to", "wants to" are not reporting
            if (
                word in CUES
                and prev.lower() not in _DETERMINER_WORDS
                and (
                    self.masked[m.start() - 3 : m.start() - 1] not in ("'s", "s'")
                    or _CONTRACTED.search(self.masked, max(0, m.start() - 8), m.start())
                )
                and not (word in _BEFORE_TO and self.masked[m.end() : m.end() + 4] == " to ")
            ):
                self.cues.append((m.start(), m.end(), word))
            prev = word
        self.cue_starts = [c[0] for c in self.cues]
        # "according to" once per article: a rule asks about it per quote (3,000 quotes in one
        # long sentence stay linear)
        self.according = list(_ACCORDING.finditer(self.masked))
        self.according_starts = [m.start() for m in self.according]
        self._mid: dict[str, bool] = {}
        self.resolver = Resolver()
        self.resolver.register_names(self.masked)

    def named_mid(self, word: str) -> bool:
        """Whether ``word`` is written capitalised inside a sentence somewhere in the article."""
        word = POSSESSIVE_END.sub("", word)
        hit = self._mid.get(word)
        if hit is None:
            hit = self._mid[word] = (
                re.search(r"[a-z0-9,;]\s+" + re.escape(word) + r"\b", self.masked) is not None
            )
        return hit

    def sentence_at(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.lay.sentences[max(k, 0)] if self.lay.sentences else (0, len(self.text))

    def paragraph_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self.par_starts, pos) - 1, 0)

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        a = bisect.bisect_left(self.cue_starts, lo)
        b = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[a:b]


def _is_cue_word(word: str) -> bool:
    return word.lower() in CUES


_CUE_ALT = "|".join(sorted(CUES, key=len, reverse=True))
_DESCRIPTION_CUE = re.compile(
    r"((?:the|a|an|one|another|this|that|his|her|their|its|our)(?:\s+[\w'\-]+){1,5}?)\s+"
    + _ADVERBS
    + r"("
    + _CUE_ALT
    + r"|[a-z]{3,}ed|shot|fired|went|came|spoke|wrote|told|put|said)\b",
    re.I,
)
# any past-tense verb right after '"...," X' attributes the quote ("Bennett shot back")
_PAST = re.compile(
    r"[a-z]{3,}ed|shot|fired|went|came|spoke|wrote|told|put|said|threw|shouted|snapped|quipped"
)


_BARE_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'\-]*\s+){1,3}(?:said|says|added|asked|told\s+\w+|wrote|tweeted)\s*[.,]"
    r"|(?:He|She|They|We|I)\s+(?:said|says|added|asked|wrote)\s*[.,]"
)


_VERB_AFTER_SUBJECT = re.compile(
    r"\s*(?:\(\w[^()]{0,30}\)\s*)?(?:,\s*[^,\"]{1,90},\s*)?" + _ADVERBS + r"([A-Za-z]+)"
)


_CLAUSE_AFTER_NAME = re.compile(r"(?:'s\s+[A-Z][\w ]*)?\s*(?:\([^()]*\)\s*)?[,.;]")
_DEMONSTRATIVES = frozenset("that this these those".split())


def rule_cue_after(art: Article, q: QuoteSpan) -> tuple[Mention, tuple[int, int, str]] | None:
    """``"...," said X`` or ``"...," X said``: the cue right after the closing mark."""
    if q.close_mark is None:
        return None
    _, hi = art.sentence_at(q.close_mark)
    par_end = art.lay.paragraphs[art.paragraph_at(q.close_mark)][1]
    hi = max(hi, min(par_end, q.close_mark + 200))
    m = _AFTER_CUE.match(art.masked, q.close_mark + 1, hi)
    pos = m.end()
    # a quote ending in "." closed its sentence; one ending in "?" or "!" may still be followed
    # by its attribution ('"...right?" Trump went on')
    ended = art.masked[q.close_mark + 1 : pos].count(".") or art.text[q.end - 1 : q.end] == "."
    if ended and not art.masked[pos : pos + 1].islower():
        # the quote ended its sentence: only a bare '"...." Gill said.' still belongs to it
        if not _BARE_ATTRIBUTION.match(art.masked, pos, hi):
            return None
    w = _WORDS.match(art.masked, pos)
    if w is not None and _is_cue_word(w.group()) and w.group()[0].islower():
        if w.group().endswith("ing"):
            return None  # '"...," adding that ...': the sentence's subject, found elsewhere
        sub = subject_after(art.masked, w.end(), hi, any_head=True)
        if sub is not None and sub.text.split()[0].lower() not in _DEMONSTRATIVES:
            return sub, (w.start(), w.end(), w.group())
    if w is not None and not ended and _PAST_VERB.fullmatch(w.group()):
        # '"...," opined Cleveland's Plain Dealer.': any past verb, then a name ending the clause
        sub = subject_after(art.masked, w.end(), hi, allow_np=False)
        if sub is not None and sub.kind == "name" and _CLAUSE_AFTER_NAME.match(art.masked, sub.end):
            return sub, (w.start(), w.end(), w.group())
    # in the middle of a sentence, only a comma or dash right after the quote opens an
    # attribution ('a "rant," a series of postings that included ...' is not one)
    mid = _kind(art, q, None) == "partial"
    sub = subject_after(art.masked, pos, hi, allow_np=False)
    if sub is None:
        d = _DESCRIPTION_CUE.match(art.masked, pos, hi)
        if d is None or d.group(1).split()[0].lower() in _DEMONSTRATIVES:
            return None
        if mid and not _is_cue_word(d.group(2).lower()):
            return None
        sub = Mention(d.start(1), d.end(1), d.group(1), "description", None)
        return sub, (d.start(2), d.end(2), d.group(2))
    v = _VERB_AFTER_SUBJECT.match(art.masked, sub.end, hi)
    if v is not None and (
        _is_cue_word(v.group(1).lower()) or (not ended and not mid and _PAST.fullmatch(v.group(1)))
    ):
        return sub, (v.start(1), v.end(1), v.group(1))
    return None


_POSSESSIVE_WORDS = re.compile(
    r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)(?:'s?\s+(?:[a-z]+\s+)?(reply|response|answer|statement|"
    r"message|tweet|retort|comment|words|verdict|advice|explanation)|\s+(put it))\s*[:,]\s*$"
)
_SENTENCE_SAID = re.compile(r"\s*(Said|Says|Added|Wrote|Writes)\s")
_PAST_COLON = re.compile(r"\b([a-z]{3,}ed|wrote|said|told|spoke|shot back)\s*:\s*\"?$")


# "has Podesta saying", "heard him saying": the object of these is the participle's agent
_PERCEPTION = re.compile(
    r"\b(?:has|have|had|shows?|showed|hears?|heard|sees?|saw|caught|quotes?|quoted|finds?|found|"
    r"gets?|got)\s+$"
)


def _agent_of_participle(art: Article, lo: int, c0: int, sub: Mention) -> Mention:
    """Return the subject of the clause for a participle cue hanging on an object.

    "Her campaign blasted out an email to supporters stating, "..."": the campaign, not the
    email; but "... has Podesta saying" keeps Podesta.
    """
    if _PERCEPTION.search(art.masked, max(lo, sub.start - 10), sub.start):
        return sub
    hit = _sentence_subject(art, _main_start(art, lo, c0), c0)
    if hit is not None and hit[0].end <= sub.start:
        return hit[0]
    return sub


def rule_cue_before(art: Article, q: QuoteSpan) -> tuple[Mention, tuple[int, int, str]] | None:
    """``X said: "..."``: the last cue of the quote's sentence before the opening mark."""
    lo, _ = art.sentence_at(q.open_mark)
    own = _POSSESSIVE_WORDS.search(art.masked, max(lo, q.open_mark - 80), q.open_mark)
    if own is not None:  # "Abedin's succinct reply: "JEB BUSH."", "As Vulture put it, "...""
        sub = subject_before(art.masked, lo, own.end(1))
        if sub is not None:
            g = 2 if own.group(2) else 3
            return sub, (own.start(g), own.end(g), own.group(g))
    inv = _SENTENCE_SAID.match(art.masked, lo, q.open_mark)
    if inv is not None:  # "Said Dorothy Poynter, who grew up with Ali, "..."
        sub = subject_after(art.masked, inv.end(), q.open_mark, allow_np=False)
        if sub is not None:
            return sub, (inv.start(1), inv.end(1), inv.group(1))
    colon = _PAST_COLON.search(art.masked, max(lo, q.open_mark - 40), q.open_mark)
    if colon is not None:  # "Kasich resisted: "..."": any past verb before a colon
        sub = subject_before(art.masked, lo, colon.start(1))
        if sub is not None:
            return sub, (colon.start(1), colon.end(1), colon.group(1))
    for c0, c1, word in reversed(art.cues_in(lo, q.open_mark)):
        between = art.masked[c1 : q.open_mark]
        if MASK in between or len(between) > 80 or not _BETWEEN_OK.match(between):
            continue
        if word.endswith("ing") and "," in art.masked[max(lo, c0 - 3) : c0]:
            # "Trump went after Bush, calling him "..."": the participle's subject is the
            # subject of the sentence
            hit = _sentence_subject(art, _main_start(art, lo, c0), c0)
            if hit is not None:
                return hit[0], (c0, c1, word)
            return None
        sub = subject_before(art.masked, lo, c0)
        if sub is not None and word.endswith("ing"):
            sub = _agent_of_participle(art, lo, c0, sub)
        if sub is not None and word in _NOUNISH and _weak_subject(sub):
            continue  # "makes no specific mention": the cue word is a noun here
        if sub is not None and _ENDS_RELATIVE.search(sub.text):
            continue  # "any candidate who wants ...": a relative clause, not the speaker
        if sub is not None:
            return _outer_speaker(art, lo, sub, q) or (sub, (c0, c1, word))
        # inverted: ``said Mr. X: "..."`` (after "told", the name is the one told)
        if not word.startswith(("tel", "told")) and _INVERTED_NAME.match(between):
            sub = subject_after(art.masked, c1, q.open_mark, allow_np=False)
            if sub is not None and sub.kind == "name":
                return sub, (c0, c1, word)
        return None
    return None


def _has_capital(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split()[1:])


_THAT = re.compile(r"\s*(?:that\s+)?$")


def _outer_speaker(art: Article, lo: int, sub: Mention, q: QuoteSpan):
    """For a fragment, the speaker of a cue whose reported clause holds ``sub``'s cue.

    "Israel said Clinton called on members to be "..."": the fragment is what Israel reports.
    """
    if _kind(art, q, None) != "partial":
        return None
    for c0, c1, word in reversed(art.cues_in(lo, sub.start)):
        if word in SPEECH_VERBS and _THAT.match(art.masked, c1, sub.start):
            outer = subject_before(art.masked, lo, c0)
            if outer is not None and not _ENDS_RELATIVE.search(outer.text):
                return outer, (c0, c1, word)
        return None
    return None


def rule_according(art: Article, q: QuoteSpan) -> tuple[Mention, tuple[int, int, str]] | None:
    """``according to X`` in the quote's sentence."""
    lo, hi = art.sentence_at(q.open_mark)
    hi = max(hi, art.sentence_at(q.end)[1])
    k = bisect.bisect_left(art.according_starts, lo)
    for m in art.according[k : bisect.bisect_left(art.according_starts, hi)]:
        sub = subject_after(art.masked, m.end(), hi, any_head=True)
        if sub is not None and sub.kind == "description" and not _has_capital(sub.text):
            sub = subject_after(art.masked, m.end(), hi)  # "The Federalist", not "its analysis"
        if sub is not None:
            return sub, (m.start(), m.end() - 1, m.group().strip())
    return None


def rule_colon_paragraph(art: Article, q: QuoteSpan):
    """A quote opening a paragraph after one that ends ``X said:``."""
    k = art.paragraph_at(q.open_mark)
    p0, _ = art.lay.paragraphs[k]
    if k == 0 or art.masked[p0 : q.open_mark].strip():
        return None
    b0, b1 = art.lay.paragraphs[k - 1]
    prev = art.masked[b0:b1].rstrip()
    if not prev.endswith(":"):
        return None
    end = b0 + len(prev) - 1
    lo, _ = art.sentence_at(end)
    for c0, c1, word in reversed(art.cues_in(lo, end)):
        sub = subject_before(art.masked, lo, c0)
        if sub is not None:
            return sub, (c0, c1, word)
    return None


# cue words that are as often nouns: a description before them is rarely their subject
_NOUNISH = frozenset(
    "mention mentions comment comments report reports claim claims note notes call calls charge "
    "charges post posts state states estimate estimates answer answers reply replies promise "
    "promises fear fears hope hopes doubt doubts quote quotes statement remark remarks warning "
    "warnings tweet tweets word words point points concern concerns".split()
)


def _weak_subject(sub: Mention) -> bool:
    """A description or a bare nationality ("many Asian states"): no subject for a noun-like cue."""
    if sub.kind == "description":
        return True
    return sub.kind == "name" and all(t.lower() in DEMONYMS for t in sub.text.split())


_FRONTED = re.compile(
    r"\s*(?:Despite|Although|Though|While|As|When|After|Before|If|Because|Since|Unlike|Like|"
    r"Meanwhile|Asked|Speaking|Responding|Referring|Writing|In|On|At|During|Amid|Under|Over|"
    r"Last|Earlier|Later|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|A|Several)"
    r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?)\s+(?:ago|earlier|later))\b[^,]*,"
)
# "Washington (AFP) – ", "CHARLOTTE - ": a dateline before the first sentence of a story
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*(?:\s*\([A-Za-z]+\))?"
    r"|[A-Z]{2,}[A-Za-z.,\s\d]{0,40}?\([A-Z]{2,}\))\s+[–—―-]+\s+"
)


def _main_start(art: Article, lo: int, hi: int) -> int:
    """Return where the main clause starts in art.masked[lo:hi]: past a fronted clause or a
    dateline, else lo."""
    fronted = _FRONTED.match(art.masked, lo, hi) or _DATELINE.match(art.masked, lo, hi)
    return fronted.end() if fronted else lo


_NUMBERS = frozenset(
    "One Two Three Four Five Six Seven Eight Nine Ten Several Many Most Some".split()
)
_ENDS_RELATIVE = re.compile(r"\s(?:who|which|that)$")
_COORDINATED = re.compile(r"[a-z],?\s+and\s+(?:then\s+|also\s+|later\s+)?$")
_AFTER_COMMA = re.compile(r",\s*(?:[a-z]+ly\s+)?$")
_OWN_CLAUSE = re.compile(r"\b(?:when|while|because|after|since|although|though|as)\s+$")
_PASSIVE_BY = re.compile(r"\s+by\s+")


def rule_sentence_cue(art: Article, q: QuoteSpan) -> tuple[Mention, tuple[int, int, str]] | None:
    """A cue elsewhere in the sentence of a partial quote: the main (first finite) one wins."""
    lo, hi = art.sentence_at(q.open_mark)
    hi = max(hi, art.sentence_at(q.end)[1])
    main_lo = _main_start(art, lo, q.open_mark)
    found = []
    for c0, c1, word in art.cues_in(lo, hi):
        if q.open_mark <= c0 <= (q.close_mark or q.end):
            continue
        if c0 < main_lo:
            continue  # inside a fronted clause: "Despite what he wrote ..., Cross said ..."
        participle = word.endswith("ing") and bool(
            _AFTER_COMMA.search(art.masked, max(lo, c0 - 20), c0)
        )
        sub = None
        rank = 0  # 0: the cue's own subject, 1: a participle's, 2: borrowed from the sentence
        passive = _PASSIVE_BY.match(art.masked, c1, hi)
        if passive and _BE_BEFORE.search(art.masked[lo:c0]):
            sub = subject_after(art.masked, passive.end(), hi)  # "was asked by host Bill Maher"
        if sub is None and participle and c0 < q.open_mark:
            hit = _sentence_subject(art, main_lo, c0)  # "Trump mocked ..., saying she ..."
            sub, rank = (hit[0], 1) if hit else (None, 0)
        if sub is None and not participle:
            sub = subject_before(art.masked, main_lo, c0)
        if sub is None:
            prev = art.masked[max(lo, c0 - 3) : c0]
            if not word.endswith("ing") and ("," in prev or c0 > q.end):
                sub = subject_after(art.masked, c1, hi)
                if sub is not None and c0 > q.end and "," in prev:
                    rank = -1  # "..., said Brad Bannon, a pollster." ends the sentence
        if sub is None and c0 < q.open_mark:
            # "X did not, and instead argued that ...": the cue shares the sentence subject
            hit = _sentence_subject(art, main_lo, c0)
            sub, rank = (hit[0], 2) if hit else (None, 0)
            if sub is not None and _COORDINATED.search(art.masked, max(lo, c0 - 16), c0):
                rank = 0  # "X criticized the policy and said allies ...": X is said's subject
        if sub is not None and word in _NOUNISH and _weak_subject(sub):
            continue  # "makes no specific mention": the cue word is a noun here
        if sub is not None and (
            (sub.kind == "relative" and c0 > q.end) or _ENDS_RELATIVE.search(sub.text)
        ):
            continue  # '"law and order" candidate ... an appeal to voters who have felt ...'
        if (
            sub is not None
            and c0 > q.end
            and _LATER_CLAUSE.search(art.masked, max(lo, sub.start - 12), sub.start)
        ):
            continue  # '"..." is left to the voters, since Trump spoke ...': another event
        if sub is not None:
            found.append((abs(c0 - q.open_mark), sub, (c0, c1, word), rank))
    if not found:
        return None
    inverted = [f for f in found if f[3] < 0]
    if inverted:
        return inverted[0][1], inverted[0][2]
    # the main verb comes first: "X said that Y was "..."" is X's, not Y's; a participle
    # ("speaking to MSNBC, Trump said") or a borrowed subject only when nothing better
    before = [f for f in found if f[2][0] < q.open_mark]
    if before:
        first = min(before, key=lambda f: (f[3], f[2][0]))
        if _in_subordinate(art, lo, first):
            # "When my mother mentioned the devil, I laughed and said, "..."": the cue of a
            # fronted subordinate clause gives way to the main clause's after the comma
            main = [
                f
                for f in before
                if f[2][0] > first[2][0]
                and f[3] == 0
                and "," in art.masked[first[2][1] : f[1].start]
                and not _in_subordinate(art, lo, f)
            ]
            if main:
                first = min(main, key=lambda f: f[2][0])
        # "... has protested Trump's tropes when he talks of "..."": a cue in a clause of its
        # own, nearer the quote, speaks the quote
        for f in sorted(before, key=lambda f: -f[2][0]):
            if (
                f[2][0] > first[2][0]
                and f[3] == 0
                and _OWN_CLAUSE.search(art.masked, max(lo, f[1].start - 12), f[1].start)
            ):
                return f[1], f[2]
        return first[1], first[2]
    found.sort(key=lambda f: f[0])
    return found[0][1], found[0][2]


# a clause after the quote that opens with one of these tells of another moment, not of the quote
_LATER_CLAUSE = re.compile(
    r"\b(?:when|while|since|because|if|although|though|once|until|whenever)\s+$", re.I
)
_SUBORDINATOR = re.compile(
    r"\b(?:when|while|as|after|before|since|because|if|although|though|once|until|whenever)\s+$",
    re.I,
)
_SUBORDINATE_START = re.compile(
    r"\s*(?:ever\s+|even\s+|just\s+)?(?:when|while|as|after|before|since|because|if|although|"
    r"though|once|until|whenever)\s",
    re.I,
)


def _in_subordinate(art: Article, lo: int, f: tuple) -> bool:
    """Return True when the cue candidate ``f`` sits in a subordinate clause ("when X said")."""
    sub = f[1]
    if _SUBORDINATOR.search(art.masked, max(lo, sub.start - 12), sub.start):
        return True
    # "Ever since X announced ..." (a comma closes the clause: "..., he said" is the main one)
    return (
        sub.start > lo
        and "," not in art.masked[lo : sub.start]
        and bool(_SUBORDINATE_START.match(art.masked, lo, sub.start))
    )


# plural nouns that look like verbs after a determiner ("a few days later")
_TIME_NOUNS = r"(?:days|weeks|months|years|hours|minutes|times|decades)\b"
_SUBJECT_AT = re.compile(
    r"(?:^[\s\"”]*(?:(?:But|And|Then|So|Yet|Now|Still|Later|Instead|Also|Meanwhile|However|Indeed)"
    r",?\s+(?:[a-z]+\s+)?)?|,\s+|\b(?:and|but)\s+)"
    r"([A-Z][\w'\-]*\.?(?:\s+(?![a-z]+ed\b)[\w'\-]+\.?){0,5}?\s+[A-Z][\w'\-]*|"
    r"[A-Z][\w'\-]*|he|she|they|He|"
    r"She|They|(?i:the|a|an|his|her|their|its|this|one|another|some|many|several|most|both|"
    r"two|three|four|five)(?:\s+[\w'\-]+){1,4}?)"
    # "Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified ..."
    r"(?:\s*\([^()\n]{1,30}\))?(?:,\s+[^,\"\n]{1,150},)?"
    r"\s+(?:"
    + _ADVERBS
    + r")?(?:is|was|are|were|(?!"
    + _TIME_NOUNS
    + r")[a-z]{2,}(?:ed|s)|went|said|told|made|took|gave|"
    r"came|got|did|wrote|spoke|thought|felt|left|met|ran|saw|sent|put|held|led|kept|won|lost|"
    r"began|became|brought|struck|hit|set|let|drew|threw|stood|sought|fought|taught)\b"
)


_NAME_IN = re.compile(NAME)
# a pronoun subject is followed by its verb, whatever the verb ("Then he cut into Bush, ...")
_PRONOUN_SUBJECT = re.compile(
    r"(?:^[\s\"”]*(?:(?:But|And|Then|So|Yet|Now|Still|Later|Instead|Also|Meanwhile|However|Indeed)"
    r",?\s+(?:[a-z]+\s+)?)?|,\s+|\b(?:and|but)\s+)(he|she|they|He|She|They)\s+[a-z]+"
)


def rule_sentence_subject(art: Article, q: QuoteSpan):
    """The subject of a partial quote's sentence: a name, pronoun or description before its verb."""
    lo, _ = art.sentence_at(q.open_mark)
    return _sentence_subject(art, lo, q.open_mark)


def _sentence_subject(art: Article, lo: int, hi: int):
    lo = max(lo, hi - 600)  # very long "sentences" (lists, broken markup) stay linear
    seg = art.masked[lo:hi]
    matches = list(_SUBJECT_AT.finditer(seg))
    p = _PRONOUN_SUBJECT.search(seg)
    if p is not None and (not matches or p.start(1) < matches[0].start(1)):
        s0 = lo + p.start(1)
        return Mention(s0, lo + p.end(1), p.group(1), "pronoun", None), (s0, s0, "")
    for m in matches:
        s0 = lo + m.start(1)
        sub = None
        inner = [w for w in m.group(1).split() if w[0].islower()]
        titled = not any(w in CUES or w in STOPWORDS for w in inner)
        if (
            titled
            and m.group(1)[0].isupper()
            and m.group(1).split()[0].lower() not in _DETERMINER_WORDS
        ):
            # "Republican presidential front-runner Donald Trump is ...": the last name in it
            names = [n for n in _NAME_IN.finditer(m.group(1)) if _name_ok_text(n.group())]
            if names and names[-1].end() == len(m.group(1)):
                n = names[-1]
                sub = Mention(s0 + n.start(), s0 + n.end(), n.group(), "name", None)
        if sub is None:
            sub = subject_after(art.masked, s0, hi, allow_np=False)
        if (
            sub is None
            and (m.group(1)[0].isupper() or m.group(1).split()[0] in _DETERMINER_WORDS)
            and " " in m.group(1)
        ):
            text = m.group(1)
            head = text.split()[0].lower()
            if text.split()[-1].lower() in CUES or (
                head in STOPWORDS and head not in _DETERMINER_WORDS
            ):
                continue  # "When Trump was ...": not a description
            sub = Mention(s0, s0 + len(text), text, "description", None)
        if sub is not None:
            return sub, (lo + m.end(1), lo + m.end(1), "")
    return None


def _kind(art: Article, q: QuoteSpan, cue: tuple[int, int, str] | None) -> str:
    """``direct`` for a whole statement, ``partial`` for a fragment in the reporter's sentence."""
    lo, hi = art.sentence_at(q.open_mark)
    before = art.masked[lo : q.open_mark].strip()
    inner = art.text[q.start : q.end].lstrip()
    if not before or before.endswith((":", ",")) or (inner[:1].isupper() and len(inner) > 40):
        return "direct"
    if cue is not None and cue[0] > q.end and before == "":
        return "direct"
    return "partial"


def _make(
    art: Article,
    q: QuoteSpan,
    sub: Mention | None,
    cue: tuple[int, int, str] | None,
    rule: str | None,
    conf: float,
    kind: str | None = None,
    speaker: tuple[str, str] | None = None,
) -> Quote:
    if sub is not None and speaker is None:
        speaker = art.resolver.resolve(sub, sub.start)
    return Quote(
        start=q.start,
        end=q.end,
        text=art.text[q.start : q.end],
        kind=kind or _kind(art, q, cue),  # type: ignore[arg-type]
        speaker=speaker[0] if speaker else None,
        speaker_mention=art.text[sub.start : sub.end] if sub else None,
        speaker_start=sub.start if sub else None,
        speaker_end=sub.end if sub else None,
        speaker_role=role_text(art.text, sub),
        speaker_type=speaker[1] if speaker else None,  # type: ignore[arg-type]
        cue=cue[2] if cue and cue[2] else None,
        cue_start=cue[0] if cue and cue[2] else None,
        cue_end=cue[1] if cue and cue[2] else None,
        rule=rule,
        confidence=conf,
    )


LOCAL_RULES = (
    ("cue-after", rule_cue_after, 0.95),
    ("cue-before", rule_cue_before, 0.9),
    ("according-to", rule_according, 0.85),
    ("sentence-cue", rule_sentence_cue, 0.75),
)


def attribute_quotes(art: Article, reported: list[Quote] | None = None) -> list[Quote]:
    """Run the sieve over the quotes in marks, in article order.

    ``reported``: reported speech already found (article order), for the recent-speaker rule.
    """
    reported = [r for r in reported or [] if r.speaker and r.speaker_start is not None]
    reported_at = [r.start for r in reported]
    out: list[Quote] = []
    spans: list[QuoteSpan] = []
    prev: Quote | None = None
    prev_span: QuoteSpan | None = None
    title_end: int | None = None  # the closing mark of the latest quote dropped as a title
    term_end: int | None = None  # the closing mark of the latest fragment dropped as a term
    for q in art.lay.quotes:
        made = None
        for name, rule, conf in LOCAL_RULES:
            hit = rule(art, q)
            if hit is not None:
                made = _make(art, q, hit[0], hit[1], name, conf)
                break
        partial = _kind(art, q, None) == "partial"
        if made is None:
            hit = rule_colon_paragraph(art, q)
            if hit is not None:
                made = _make(art, q, hit[0], hit[1], "colon-paragraph", 0.8)
        if made is None and art.masked[max(0, q.open_mark - 8) : q.open_mark].rstrip().endswith(
            ":"
        ):
            # "He also played up his strength: "..."": the subject of the sentence
            lo, _ = art.sentence_at(q.open_mark)
            hit = _sentence_subject(art, lo, q.open_mark)
            if hit is not None:
                made = _make(art, q, hit[0], None, "colon-subject", 0.65)
            else:
                made = _colon_label(art, q, lo)
        if made is None and partial:
            hit = rule_sentence_subject(art, q)
            if hit is not None:
                made = _make(art, q, hit[0], None, "sentence-subject", 0.6)
        if made is None and partial:
            made = _sentence_name(art, q)
        if made is None and not partial:
            made = _own_sentence_subject(art, q)
        if made is None and not partial and prev is not None and _adjacent(art, prev_span, q):
            made = _gap_subject(art, prev, prev_span, q) or _inherit(
                art, q, prev, "continuation", 0.85
            )
        if made is None:
            made = _paragraph_cue(art, q)
            if made is not None and partial and len(art.text[q.start : q.end].split()) <= 4:
                made = None  # a short fragment far from the cue: a term or a label, not speech
        if made is None and partial:
            continue  # a fragment with no cue in its sentence or paragraph: a scare quote
        if made is None and not partial:
            made = _previous_paragraph_cue(art, q, prev_span)
        if made is None and not partial:
            made = _previous_sentence_subject(art, q, prev_span)
        if made is None and reported:
            # the latest reported-speech attribution, when it is more recent than the last quote
            k = bisect.bisect_left(reported_at, q.open_mark) - 1
            if k >= 0 and (prev_span is None or reported[k].start > prev_span.open_mark):
                r = reported[k]
                if art.paragraph_at(q.open_mark) - art.paragraph_at(r.start) <= 1:
                    made = _inherit(art, q, r, "recent-speaker", 0.4)
        if made is None and prev is not None and prev_span is not None:
            near = art.paragraph_at(q.open_mark) - art.paragraph_at(prev_span.open_mark) <= 2
            made = _inherit(art, q, prev, "recent-speaker", 0.4 if near else 0.25)
        if made is None and not partial:
            made = _sentence_name(art, q)
        if made is None:
            made = _make(art, q, None, None, None, 0.3)
        if made.kind == "partial" and _looks_like_title(art, q):
            if _TITLE_CONTEXT.search(art.masked, max(0, q.open_mark - 40), q.open_mark + 1):
                title_end = q.close_mark
                continue
        if _is_nickname(art, q):
            continue
        if _is_work(art, q) or (
            title_end is not None
            and _looks_like_title(art, q)
            and _COORDINATED_TITLE.fullmatch(art.masked, title_end + 1, q.open_mark + 1)
        ):
            # a second title joined to one ('starred in "..." and "..."', 'a play called
            # "..." or "..."')
            title_end = q.close_mark
            continue
        if (
            made.kind == "partial"
            and q.close_mark is not None
            and _LABEL_AFTER.match(art.masked, q.close_mark + 1)
        ):
            continue  # '"Off Message" podcast', '"Settle For Hillary" shirts': a label
        if (
            made.kind == "partial"
            and made.rule in ("sentence-subject", "sentence-name")
            and q.close_mark is not None
            and _looks_like_title(art, q)
            and _NAME_BEFORE_NOUN.match(art.masked, q.close_mark + 1)
        ):
            continue  # 'the "Air Force One" theme song', 'a "Souls to the Poll" campaign'
        if (
            made.kind == "partial"
            and made.rule in ("sentence-subject", "sentence-name")
            and (made.speaker_mention or "").lower().split("’")[0].split("'")[0]
            in ("it", "what", "or", "that")
            and made.speaker_type != "organisation"
        ):
            continue  # "It owed Cambridge Analytica $556,000 for "survey research"": no speaker
        if (
            made.kind == "partial"
            and made.rule in ("sentence-subject", "sentence-name")
            and len(_TITLE_WORDS.findall(art.text[q.start : q.end])) <= 3
            and (
                _NON_SPEECH_OBJECT.search(art.masked, max(0, q.open_mark - 60), q.open_mark + 1)
                or (
                    term_end is not None
                    and _COORDINATED_TITLE.fullmatch(art.masked, term_end + 1, q.open_mark + 1)
                )
            )
        ):
            # 'gave large checks to "super PACs"', 'ended in a "virtual tie"': a term; so is a
            # second one joined to it ('for "survey research" and "donor modeling"')
            term_end = q.close_mark
            continue
        if made.kind == "partial" and _SINGLE_LETTER.fullmatch(art.text[q.start : q.end]):
            continue  # 'pull the lever for "R," or "D,"', 'an "F" grade': a letter, not words
        if (
            art.masked[q.open_mark - 1 : q.open_mark] == "="
            or art.text[q.start : q.start + 1] == ">"
        ):
            continue  # an attribute in markup: <tweet author="...">, or what follows its end
        out.append(made)
        spans.append(q)
        if made.speaker:
            prev, prev_span = made, q
    # a quote running on into the next paragraph is the speaker's named there ("..." / "...,"
    # said X): carry that attribution back when the first part had no cue of its own
    for i in range(len(out) - 2, -1, -1):
        if spans[i].continues and out[i].rule in _WEAK_RULES and out[i + 1].rule not in _WEAK_RULES:
            nxt = out[i + 1]
            sub = Mention(nxt.speaker_start, nxt.speaker_end, nxt.speaker_mention, "name", None)  # type: ignore[arg-type]
            out[i] = _make(
                art,
                spans[i],
                sub,
                None,
                "continuation",
                0.8,
                out[i].kind,
                speaker=(nxt.speaker, nxt.speaker_type),  # type: ignore[arg-type]
            )
    # a quote with nothing before it: the speaker of the next attributed quote nearby
    for i in range(len(out) - 2, -1, -1):
        if out[i].rule is None and out[i + 1].speaker:
            if art.paragraph_at(spans[i + 1].open_mark) - art.paragraph_at(spans[i].open_mark) <= 2:
                nxt = out[i + 1]
                sub = Mention(nxt.speaker_start, nxt.speaker_end, nxt.speaker_mention, "name", None)  # type: ignore[arg-type]
                out[i] = _make(
                    art,
                    spans[i],
                    sub,
                    None,
                    "next-speaker",
                    0.3,
                    out[i].kind,
                    speaker=(nxt.speaker, nxt.speaker_type),  # type: ignore[arg-type]
                )
    return out


_WEAK_RULES = frozenset(
    {None, "recent-speaker", "paragraph-cue", "sentence-subject", "sentence-name", "next-speaker"}
)
_TITLE_WORDS = re.compile(r"[A-Za-z][\w'’\-]*")
_SINGLE_LETTER = re.compile(r"\s*[A-Za-z][\s.,;:!?]*")
_SMALL = frozenset("a an and as at by for from in into of on or the to with de del la los".split())


# what comes right before the title of a work: a possessive, "on", "the book", ...
_TITLE_CONTEXT = re.compile(
    r"(?:'s|\bon|\bin|\bof|\b(?:book|show|film|movie|program|programme|pageant|song|album|"
    r"series|titled|entitled|called|headlined|column|article|op-ed|essay|slogan|hashtag|"
    r"documentary|play|episode|segment|podcast|magazine|newspaper|pseudonym|alias|pen name))\s*\"$"
)


_LABEL_AFTER = re.compile(
    r"[\"']?\s*(?:podcast|show|shirts?|[Tt]-shirts?|hats?|caps?|book|film|movie|series|documentary|"
    r"album|song|episode|stickers?|posters?|buttons?|signs?|banners?|syllabus|syllabi|course|"
    r"curriculum|textbook|handbook)\b"
)

# a Title Case fragment used as a modifier: followed by a noun, then the clause goes on (a
# site's name may come between: 'a "Teamsters for Trump" Facebook page')
_NAME_BEFORE_NOUN = re.compile(
    r"[\"']?\s*(?:(?:Facebook|Twitter|Instagram|YouTube|web|fan)\s+)?"
    r"(?:theme|license|campaign|slogan|logo|hashtag|emblem|bumper|page|program|plan|strategy|"
    r"tour|rally|bill|law|agenda|movement|brand|network|website|app)s?\b"
)


# the name of a work: after a word for one ('her film, "..."'), after a verb that publishes,
# shows or interviews it ('self-published "..."', 'told "Fox and Friends"'), before an
# apposition naming its kind ('"...," a biography'), or a Title Case title with a subtitle
_WORK = (
    r"(?:book|film|movie|show|program|programme|album|song|novel|memoir|biography|documentary|"
    r"series|column|sheet|podcast|magazine|newspaper|newsletter|play|musical|manifesto|sitcom|"
    r"blog)s?"
)
_WORK_BEFORE = re.compile(
    r"(?:\b"
    + _WORK
    + r"\s*,?|\b(?:told|interview with|appearance on|appeared on|publish|published|publishes|"
    r"publishing|self-published|release|released|releases|edits|edited|hosts|hosted|anchors|"
    r"anchored|leads|starred in|stars in|starring in|broadcasting|broadcast|airing|aired|"
    r"screened|directed|produced)(?:\s+(?:his|her|their|its|the|a|an))?)\s*\"$",
    re.I,
)
_WORK_AFTER = re.compile(
    r"[\"']{0,2}\s*,?\s+(?:a|an|the|his|her|their)\s+(?:[\w'\-]+\s+){0,2}?" + _WORK + r"\b", re.I
)


_COORDINATED_TITLE = re.compile(r"[\"']?\s*,?\s*(?:(?:and|or)(?:\s+the)?)?\s*[\"']")
# a short fragment as the object of a verb of doing, not of saying (not in "for making ...",
# where the gerund tells what was said); a sum may come between ("owed the firm $556,000 for")
_NON_SPEECH_VERBS = (
    "bought buy buys buying gave give gives giving wore wear wears wearing burned burn burning "
    "ended end ends serving serve serves sent send sends owed owe owes brought bring brings "
    "shares share shared make makes made expand expands expanded looked look looks pulled pull "
    "pushed push ate eat eats drove drive built build builds sold sell sells paid pay pays "
    "carried carry carrying held hold holding watched watch played play "
    "gestured gesture gestures gesturing"
).split()
_NON_SPEECH_OBJECT = re.compile(
    r"(?<!\bfor )(?<!\bwith )(?<!\bby )\b(?:"
    + "|".join(_NON_SPEECH_VERBS)
    + r")\b(?:\s+(?!about\b)[\w'’\-$]+(?:[,.]\d+)*){0,5}?\s*\"$"
)
_LOWER_AFTER = re.compile(r"[\"']?\s+([a-z]+)\b")


def _is_work(art: Article, q: QuoteSpan) -> bool:
    """Return True for the title of a work: a book, a show, a film, a column."""
    inner = art.text[q.start : q.end]
    words = _TITLE_WORDS.findall(inner)
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or len(words) > 12 or not all(w[0].isupper() or w[0].isdigit() for w in content):
        return False
    if ": " in inner:
        return True  # "Crippled America: How to Make America Great Again"
    if q.close_mark is not None:
        # a paragraph or sentence opening with a name with no end mark, then a verb that is no
        # cue: the name is its subject ('"Sons of Trump" is an adaptation of a play')
        lw = _LOWER_AFTER.match(art.masked, q.close_mark + 1)
        opens = art.masked[max(0, q.open_mark - 2) : q.open_mark].strip() in ("", ".")
        if opens and lw and lw.group(1) not in CUES and inner.rstrip()[-1:] not in ",.!?;:":
            return True
    if len(words) > 8:
        return False
    if _WORK_BEFORE.search(art.masked, max(0, q.open_mark - 40), q.open_mark + 1):
        return True
    return q.close_mark is not None and bool(_WORK_AFTER.match(art.masked, q.close_mark))


def _is_nickname(art: Article, q: QuoteSpan) -> bool:
    """Return True for a nickname between two parts of a name: Robert C. "Bobby" Scott."""
    inner = art.text[q.start : q.end]
    if " " in inner.strip() or not inner[:1].isupper() or q.close_mark is None:
        return False
    before = art.masked[max(0, q.open_mark - 20) : q.open_mark].rstrip()
    after = art.masked[q.close_mark + 1 : q.close_mark + 20].lstrip()
    return bool(_CAPITAL_END.search(before)) and after[:1].isupper()


def _looks_like_title(art: Article, q: QuoteSpan) -> bool:
    """A short quoted fragment with no cue: a title of a work, a slogan or a scare quote."""
    words = _TITLE_WORDS.findall(art.text[q.start : q.end])
    if len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    if content and all(w[0].isupper() or w[0].isdigit() for w in content):
        return True  # Title Case: "Face the Nation", "Make America Great Again"
    return False


def _sentence_name(art: Article, q: QuoteSpan) -> Quote | None:
    """A partial quote with no cue: the first name written in its sentence before it."""
    lo, _ = art.sentence_at(q.open_mark)
    lo = max(lo, q.open_mark - 600)  # a "sentence" longer than any real one: stay linear
    aside = None  # a name after a preposition or a demonym: only when there is no other
    for n in _NAME_IN.finditer(art.masked, _main_start(art, lo, q.open_mark), q.open_mark):
        text, start = n.group(), n.start()
        first, _, rest = text.partition(" ")
        if rest and first.lower() in STOPWORDS:
            text, start = rest, start + len(first) + 1  # "When Trump later referred ..."
            first = text.split()[0]
        if first.endswith(("ing", "ly")) or first.lower() in STOPWORDS or first in _NUMBERS:
            continue  # "Declaring that ...", "Instead, ..."
        if not _name_ok_text(text):
            continue
        opens = not art.masked[lo:start].strip(" \"“'‘(")
        if opens and " " not in text and not art.named_mid(text):
            continue  # "Generous pensions ...", "Perhaps ...": a capital only as the first word
        sub = Mention(start, start + len(text), text, "name", None)
        if (
            _PREPOSITION_BEFORE.search(art.masked, max(lo, start - 8), start)
            or all(POSSESSIVE_END.sub("", w.lower()) in DEMONYMS for w in text.split())
            or (text.lower() in ABBREVIATIONS and art.masked[sub.end : sub.end + 1] == ".")
            or _WHERE_AFTER.match(art.masked, sub.end, q.open_mark)
        ):
            # "the tragedy in Nice", "the Mexican audience": a place, an object or an adjective;
            # "a speech in Gettysburg, Pa.": a state's abbreviation; "the streets of
            # Philadelphia, where ...": a place
            aside = aside or sub
            continue
        rel = _RELATIVE_AFTER.match(art.masked, sub.end, q.open_mark)
        if rel is not None:
            # "Trump, who has postured himself as the "..."": the relative is the subject
            sub = Mention(rel.start(1), rel.end(1), rel.group(1), "relative", None, sub)
        return _make(art, q, sub, None, "sentence-name", 0.45)
    if aside is not None and _kind(art, q, None) != "partial":
        # a fragment whose only name is a place or an adjective ("the name ''...'' -- Spanish
        # for ''...''") has no speaker in its sentence; a whole quote keeps the last resort
        return _make(art, q, aside, None, "sentence-name", 0.4)
    return None


_WHERE_AFTER = re.compile(r",\s+where\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|from|for|with|about|to|into|over|under|during|against)\s+(?:the\s+)?$"
)
# "Obama who pressed for ...", "his daughter Ivanka Trump, who portrayed him as ..."
_RELATIVE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))?,?\s+(who)\s+[^,.;:\"]*$")


_GAP_CLAUSE = re.compile(
    r"(?:[.;]\s+|,?\s+and\s+|,?\s+but\s+|,?\s+while\s+)((?:the|his|her|their|an?)\s+[a-z]+(?:\s+[a-z]+)?|"
    r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)*)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|cut|shot|went|said|told|"
    r"asked|added|replied|responded|chimed|interjected)\b"
)

# a sentence of the gap with a pronoun subject, running up to the next quote
_GAP_PRONOUN = re.compile(
    r"[.!?\"”]\s+(He|She|They)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?[a-z]+\b[^.\"]*[.:]\s*$"
)


def _gap_subject(art: Article, prev: Quote, prev_span: QuoteSpan | None, q: QuoteSpan):
    """Between two quotes, a new subject takes the floor ('..., and her husband cut in. "..."')."""
    if prev_span is None or prev_span.close_mark is None:
        return None
    lo = max(prev_span.close_mark + 1, prev.speaker_end or 0)
    p = _GAP_PRONOUN.search(art.masked, lo, q.open_mark)  # anchored at the quote's mark
    if p is not None:
        # '..." Trump added. He then had a question for the crowd. / "..."': the same person,
        # named by the pronoun that ends the gap
        sub = Mention(p.start(1), p.end(1), p.group(1), "pronoun", None)
        return _make(art, q, sub, None, "gap-subject", 0.7)
    for m in _GAP_CLAUSE.finditer(art.masked, lo, q.open_mark):
        if m.group(1).split()[0].lower() in _DETERMINER_WORDS or _name_ok_text(m.group(1)):
            sub = Mention(m.start(1), m.end(1), m.group(1), "name", None)
            if m.group(1)[0].islower():
                sub = Mention(m.start(1), m.end(1), m.group(1), "description", None)
            return _make(art, q, sub, None, "gap-subject", 0.7)
    return None


def _previous_paragraph_cue(art: Article, q: QuoteSpan, prev_span: QuoteSpan | None):
    """A quote opening a paragraph after one whose last cue names a speaker ("She said the
    process ... .") more recently than the last quote did."""
    k = art.paragraph_at(q.open_mark)
    p0, _ = art.lay.paragraphs[k]
    if k == 0 or q.continues or art.masked[p0 : q.open_mark].strip():
        return None  # a run-on quote takes the speaker named where it ends
    b0, b1 = art.lay.paragraphs[k - 1]
    if prev_span is not None and prev_span.open_mark >= b0:
        return None  # the previous paragraph has a quote: continuation rules apply
    for c0, c1, word in reversed(art.cues_in(b0, b1)):
        lo, _ = art.sentence_at(c0)
        sub = subject_before(art.masked, lo, c0)
        if sub is not None and word in _NOUNISH and _weak_subject(sub):
            continue  # "a heavily Democratic state": the cue word is a noun here
        if sub is not None:
            return _make(art, q, sub, (c0, c1, word), "previous-paragraph-cue", 0.5)
    # no cue: the subject of the paragraph's last sentence ("X praised Y's leadership. / "...")
    lo, _ = art.sentence_at(max(b0, b1 - 1))
    lo = max(lo, b0)
    hit = _sentence_subject(art, _main_start(art, lo, b1), b1)
    if hit is not None:
        return _make(art, q, hit[0], None, "previous-paragraph-subject", 0.45)
    return None


_LABEL_COLON = re.compile(
    rf"(?:^|[\s(\-—–])({NAME}(?:\s+and\s+{NAME})?|(?:the|an?|this|his|her|their|its)\s+"
    r"[\w'\-]+(?:\s+[\w'\-]+){0,2})\s*:\s*$"
)

# a label after these is where or when it was said ("from" names a source: "From the report:")
_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|to|of|for|with|by|about|during|after|before)\s+$", re.I)


def _colon_label(art: Article, q: QuoteSpan, lo: int) -> Quote | None:
    """A quote after a bare label and a colon ("Philip Bump: "..."", "From the report: "...""):
    the name or noun phrase of the label."""
    m = _LABEL_COLON.search(art.masked, max(lo, q.open_mark - 120), q.open_mark)
    if m is None:
        return None
    text = m.group(1)
    if _PLACE_BEFORE.search(art.masked, max(lo, m.start(1) - 12), m.start(1)):
        return None  # "Then, later that month on CNN: "..."": a place or a time, not a source
    kind = "description" if text[0].islower() else "name"
    if kind == "name" and not _name_ok_text(text):
        return None
    sub = Mention(m.start(1), m.end(1), text, kind, None)
    return _make(art, q, sub, None, "colon-label", 0.6)


def _previous_sentence_subject(
    art: Article, q: QuoteSpan, prev_span: QuoteSpan | None
) -> Quote | None:
    """A quote opening a sentence after one of its paragraph with no quote ("X identified
    exhaustion as a reason. "...\""): the subject of that sentence."""
    lo, _ = art.sentence_at(q.open_mark)
    p0, _ = art.lay.paragraphs[art.paragraph_at(q.open_mark)]
    if lo <= p0 or art.masked[lo : q.open_mark].strip():
        return None
    if prev_span is not None and prev_span.open_mark >= p0:
        return None  # an earlier quote in the paragraph: continuation rules apply
    s0, _ = art.sentence_at(lo - 1)
    s0 = max(s0, p0)
    hit = _sentence_subject(art, _main_start(art, s0, lo), lo)
    if hit is None:
        return None
    return _make(art, q, hit[0], None, "previous-sentence-subject", 0.45)


def _own_sentence_subject(art: Article, q: QuoteSpan) -> Quote | None:
    """A direct quote after a clause of its own sentence with no cue ("The email began, "...""):
    the subject of that clause."""
    lo, _ = art.sentence_at(q.open_mark)
    if not art.masked[lo : q.open_mark].strip():
        return None
    hit = _sentence_subject(art, _main_start(art, lo, q.open_mark), q.open_mark)
    if hit is None:
        return None
    return _make(art, q, hit[0], None, "sentence-subject", 0.5)


def _inherit(art: Article, q: QuoteSpan, prev: Quote, rule: str, conf: float) -> Quote:
    sub = Mention(prev.speaker_start, prev.speaker_end, prev.speaker_mention, "name", None)  # type: ignore[arg-type]
    made = _make(art, q, sub, None, rule, conf, speaker=(prev.speaker, prev.speaker_type))  # type: ignore[arg-type]
    return made


def _adjacent(art: Article, prev: QuoteSpan | None, q: QuoteSpan) -> bool:
    """Return True when only a cue or nothing stands between the previous quote and ``q``."""
    if prev is None:
        return False
    if prev.continues and art.paragraph_at(q.open_mark) == art.paragraph_at(prev.start) + 1:
        return True
    gap_lo = prev.close_mark + 1 if prev.close_mark is not None else prev.end
    gap = art.masked[gap_lo : q.open_mark]
    if art.paragraph_at(q.open_mark) == art.paragraph_at(gap_lo):
        return len(gap) < 160
    # a new paragraph opening with the quote, right after a quote paragraph
    return not gap.strip() or gap.strip()[-1:] in '.,"' and len(gap) < 120 and "\n" in gap[-3:]


def _paragraph_cue(art: Article, q: QuoteSpan) -> Quote | None:
    """A cue with a subject elsewhere in the quote's paragraph (nearest first)."""
    p0, p1 = art.lay.paragraphs[art.paragraph_at(q.open_mark)]
    best = None
    for c0, c1, word in art.cues_in(p0, p1):
        lo, _ = art.sentence_at(c0)
        sub = subject_before(art.masked, lo, c0)
        if sub is not None and word in _NOUNISH and _weak_subject(sub):
            continue
        if sub is not None:
            d = abs(c0 - q.open_mark)
            if best is None or d < best[0]:
                best = (d, sub, (c0, c1, word))
    if best is None:
        return None
    return _make(art, q, best[1], best[2], "paragraph-cue", 0.55)


def extract(text: str) -> list[Quote]:
    """Return the quotes of ``text`` (in marks and reported), in article order."""
    art = Article(text)
    # reported speech lives in its own module; imported here because it reads this Article
    from factcheck.parsing.indirect import indirect_quotes as find_indirect

    taken = [(q.start, q.end) for q in art.lay.quotes if _kind(art, q, None) == "direct"]
    reported = find_indirect(art, taken)
    quotes = attribute_quotes(art, reported)
    quotes.extend(reported)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
