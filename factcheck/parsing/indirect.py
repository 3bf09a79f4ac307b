"""Reported speech without quote marks (kind ``indirect``), found sentence by sentence.

The rules, tried on each sentence of the masked text (names inside quotes are invisible there,
so a name in a quote is never a speaker). A speaker label (18) takes the sentence; otherwise
rules 1-12 are tried cue by cue and the first that fits wins; on a sentence that none of them
took, 13, then 20, 15, a finding named by its subject (10), 16, 21, 22 and 23 are tried in
that order. A stance (15) may also come before a coordinated or participle report, a participle (14)
adds a second statement of the same subject, and the question put (17) is added to whatever else
was found:

1. ``indirect-according``     ``According to X, ...`` / ``..., according to X.`` /
                              ``As reported by X, ...``
2. ``indirect-trailing``      ``..., Zeibert believes.`` / ``..., she adds.`` / ``..., CNN
                              reports.`` (only a short adjunct may follow the cue); with a
                              say-verb any short subject: ``..., veteran Republicans said.``,
                              ``..., the president told her.``, ``..., his top aide, Tad Devine,
                              told X.``, ``..., said one GOP source in the room.``
3. ``indirect-inverted``      ``..., said Bates Gill, a senior fellow ...`` (ends the sentence)
4. ``indirect-that``          ``Peskov said earlier today that Putin would ...`` (``that`` may be
                              left out after say-type verbs; ``told X ... that``)
5. ``indirect-relative``      ``business leaders who say the law ...``; a say-verb whose clause
                              has no subject of its own reports from the antecedent: ``a probe
                              the agency said was ongoing``, ``which she has said was a mistake``
6. ``indirect-appositive``    ``Marley Anderson, 21, a junior from Las Vegas, said she ...``
7. ``indirect-coordinated``   ``The Arizona Republican survived ... and says ...``
8. ``indirect-parenthetical`` ``In the end, Mr. Rosenthal said, union voters ...`` (the sentence)
9. ``indirect-to``            ``He vowed to put her in prison`` (speech acts with an infinitive;
                              up to a comma before an appositive, relative or other clause)
10. ``indirect-finding``      ``Polls show ...``, ``the study found that ...``, ``A Times/CBS
                              poll conducted last week found ...`` (an evidence noun in the
                              subject); ``In an early-October CBS News poll, she led ...``
                              (a fronted poll before a clause with no say-verb; tried before 15)
11. ``indirect-object``       ``Mr. Ailes denied the charges ...``, ``called him a liar`` (up to
                              the first comma or a time adjunct)
12. ``indirect-description``  ``The billionaire real estate magnate says ...`` (say-verbs only)
13. ``indirect-noun``        ``Trump's claim that ...``, ``his warning that ...`` (a sentence with
                              no other report)
14. ``indirect-participle``   ``..., adding that ...`` / ``..., saying ...`` / ``..., citing ...``
                              (stance participles too): a second statement of the sentence's
                              subject; the first one's content ends at the comma. ``..., referring
                              to X`` too, and in a sentence that is mostly a quote in marks
                              (``"...," he said, referring to the convention``) only this rule
15. ``indirect-stance``       ``Sanders supports the proposal``, ``she hopes ...``, ``the union
                              criticized the tariff``: a verb of judgement, desire or cognition
                              (``lexicon/stance_verbs.txt``, or a phrase from
                              ``lexicon/stance_phrases.txt``: ``called for``, ``took issue
                              with``; or an adjective of attitude after a copula:
                              ``is critical of``, ``remains confident that``,
                              ``lexicon/stance_adjectives.txt``) in a main clause with a person-like
                              subject (the phrase opening the sentence when only asides stand
                              between it and the verb: "A, B and C have all attacked ...");
                              a clause (an infinitive too: "hopes to get the book out before
                              the election", up to ", and <new subject>") runs to the sentence
                              end, an object to its end (in a
                              relative clause, "Sanders, who sees himself as ...", to its comma);
                              also before a coordinated or participle report of the same subject
16. ``indirect-evidential``   ``The campaign appeared paralyzed``, ``the race seems to tighten``:
                              the clause of ``seem``/``appear``, no named source (speaker None)
17. ``indirect-asked``        ``Asked whether he was concerned, ...``, ``When asked by a host if
                              ...``: the question up to the comma (no speaker); a report in the
                              same sentence starts after it, and a cue inside the question
                              ("Asked if she believed ...") reports nothing
18. ``indirect-colon``        ``Graham: Trump's rhetoric is destroying ...``, ``TAPPER: Do you
                              think ...``: a speaker label opening a paragraph (headlines and
                              transcripts; not a rubric such as ``The Latest:`` or ``Note:``);
                              the turn runs to the end of the paragraph
19. ``indirect-subordinate``  ``While critics argue that trading prisoners encourages ..., the
                              president has ...``, ``Although she said ..., she ...``: a
                              say-verb (as in 4) in a while/although/though/because/since
                              clause, its content up to the clause's comma; the main clause
                              after it may report too (a later cue, or a stance)
20. ``indirect-headline``     ``Judge rejects New York Times request to unseal ...``, ``DNC chair
                              dismisses Sanders' accusations ...``: an article's title (its first
                              paragraph, one sentence; a Title Case one is noise to the layout)
                              whose verb reports a statement, up to its own as/with/after
                              adjunct; tried first among the fallbacks
21. ``indirect-expected``     ``The House is expected to pass ...``, ``Mrs. Clinton is not
                              expected to ...``: a passive forecast whose subject is a person
                              or an organisation, the clause from it (speaker None; in an
                              after/as/though... clause from its subject)
22. ``indirect-passive``      ``Mr. Sanders is seen as empowering ...``, ``The case had been
                              viewed as ...``, ``was widely considered to ...``, ``Sanders was
                              declared the winner in ...``: a passive view or verdict with no
                              source, the clause as in 21 (``who was regarded as`` too)
23. ``indirect-reportedly``   ``Cuccinelli reportedly reacted ...``: the clause of a person or
                              an organisation (as in 21) with ``reportedly``, no source
24. ``indirect-question``     ``raised new questions about whether ...``, ``declined to answer a
                              question about how ...``: a question named by the noun, its
                              wh-clause up to a comma or dash (no speaker)

An ``indirect-that`` statement followed by ``... and added that ...`` is split in two: the
second is ``indirect-coordinated`` with the same speaker. So is a stance or object content
followed by a second verb of its subject (``called for an overhaul ... and vowed to overturn
the ruling``, ``called her "weak" and said she ...``): the object ends before "and".

The content starts after the cue (and after "that" and a short time adjunct) and runs to the end
of the sentence, or to where the reporter's own words take over (", which ...", ";"). A span
mostly inside a quote in marks is never reported twice. Content has at least four words; an
``indirect-that`` clause opening with a pronoun may have three ("he said he's not worried").

Notes: the cue-and-clause patterns follow Krestel, Bergler & Witte (2008), "Minding the Source:
Automatic Tagging of Reported Speech in Newspaper Articles"; the sieve order is CoreNLP's
(Muzny et al. 2017); the stance verbs are grouped after Levin (1993), "English Verb Classes and
Alternations", as PolNeAR (Newell, Margolin & Ruths 2018) counts their complements as content.
Every rule was kept only if it raised indirect recall on the PolNeAR dev split without lowering
quote precision by more than it gained (see bench/bench_attribution.py --rules); a class of stance
verbs that PolNeAR annotates only about half the time (action verbs such as "lead", "take",
"vote"; topic phrases such as "spoke about"; negated stances) is left out for that reason.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from factcheck.parsing.lexicon import (
    ORGANISATION_CUES,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_PHRASES,
    STANCE_VERBS,
    STOPWORDS,
    TITLES,
)
from factcheck.parsing.marks import MASK, headline_verb
from factcheck.parsing.model import Quote
from factcheck.parsing.sieve import _DETERMINER_WORDS  # the sieve's own word set, not a copy
from factcheck.parsing.speakers import (
    POSSESSIVE_END,
    Mention,
    dateline_at,
    is_organisation,
    name_ok,
    role_text,
    strip_titles,
    subject_after,
    subject_before,
)

if TYPE_CHECKING:  # the sieve imports this module lazily; no import cycle at run time
    from factcheck.parsing.sieve import Article

# The auxiliaries and modals that open a finite verb phrase
_AUXILIARY_WORDS = r"is|are|was|were|will|would|has|have|had|can|could|should|may|might|must"
# An event's second word, not a preposition or determiner: "in a television interview"
_EVENT_SECOND_WORD = (
    r"(?:\s+(?!(?:with|to|for|of|at|by|from|the|a|an|his|her|their|its|this|that)\b)[\w\-]+)?"
)
_TIME = re.compile(
    r"(?:\s+(?:on\s+)?(?:earlier|later|recently|repeatedly|publicly|privately|previously|"
    r"often|frequently|flatly|bluntly|openly|falsely|separately|explicitly|again|today|yesterday|tonight|last\s+\w+|this\s+\w+|"
    r"on\s+\w+day\b(?!['’])|\w+day\b(?!['’])|in\s+(?:a|an|the|his|her|their)\s+[\w\-]+"
    + _EVENT_SECOND_WORD
    + r"|(?:to|told)\s+(?:reporters|journalists)|during\s+(?:a|an|the)\s+[\w\-]+"
    + _EVENT_SECOND_WORD
    + r"|in\s+\w+|,))*"
)

_TELL_OBJECT = re.compile(
    r"\s+(?:[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*|reporters|journalists|"
    r"him|her|them|us|me|the\s+\w+|an?\s+\w+)\b"
)
# Cues whose addressee comes before the reported clause: "told reporters that ..."
_TELL_VERBS = frozenset("told tells tell telling informed assured reminded warned".split())


# Cues that may name whom they address with "to" before the clause: "explained to CBS why ..."
_TO_ADDRESSEE_CUES = frozenset(
    "explain explains explained describe describes described reply replies replied admit admits "
    "admitted complain complains complained mention mentions mentioned suggest suggests "
    "suggested say says said write writes wrote confess confesses confessed".split()
)
_ADDRESSEE_BEFORE_CLAUSE = re.compile(
    r"\s+to\s+(?:[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*|him|her|them|us|me|the\s+\w+)"
    r"(?=\s+(?:why|how|what|whether|when|where|that)\s)"
)


def _skip_addressee(masked: str, pos: int, s1: int, word: str) -> int:
    """Return the position after "to X" when a cue names its addressee before a that- or
    wh-clause ("explained to CBS why Merkel was selected"), or pos."""
    if word.lower() not in _TO_ADDRESSEE_CUES:
        return pos
    a = _ADDRESSEE_BEFORE_CLAUSE.match(masked, pos, s1)
    return pos if a is None else a.end()


def _skip_tell_object(masked: str, pos: int, s1: int) -> int:
    """Return the position after the addressee of a telling cue at pos, or pos if there is none."""
    o = _TELL_OBJECT.match(masked, pos, s1)
    return pos if o is None else o.end()


_CLAUSE_START = re.compile(
    r"\s*(?:that\s+)?(?:[A-Z]|the\b|a\b|an\b|he\b|she\b|it\b|they\b|we\b|i\b|his\b|her\b|"
    r"their\b|its\b|this\b|there\b|these\b|those\b|no\b|some\b|many\b|most\b|all\b|"
    r"nobody\b|everyone\b|something\b|nothing\b|if\b|whether\b|what\b|how\b|why\b|when\b|"
    r"someone\b|somebody\b|anyone\b|everybody\b)"
)

_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s (?:first |previously )?(?:reported|noted|stated) by)\s+"
)


# The speaker's next act after the reported clause: "..., and said it ...", "... but cautioned";
# with a pronoun only a say-verb after a comma ("..., but she said she ...")
_SPEAKER_RESUMES = re.compile(
    r"(?:,\s+(?:and|but)\s+(?:he|she|they)\s+(?=(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|added|adds|noted|argued|insisted|stressed)\b)|,?\s+(?:and|but)\s+)"
    r"(?:also\s+|later\s+|then\s+|again\s+)?(?P<verb>said|says|added|adds|"
    r"cautioned|insisted|insists|noted|argued|called|calls|accused|urged|warned|pointed|"
    r"criticized|requested|refused|declined|stressed|acknowledged|conceded|admitted|"
    r"suggested|expressed|vowed|promised)\b|;"
)
_CLAUSE_END = re.compile(r";|,\s+(?:but|while|whereas)\s")


# A dateline opening a paragraph, before the words reported: "LOS ANGELES, Feb. 2 (UPI) — The
# band will tour again, frontman X said." (a place in capitals, or any place with an agency)
_CONTENT_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?,?\s*"
    r"(?P<agency>\([A-Z][\w ]{1,12}\))?\s*(?:[—–]|--?)\s*"
)


def _skip_dateline(masked: str, lo: int, hi: int) -> int:
    """Return where the words after a dateline opening a paragraph at ``lo`` begin, or lo."""
    k = lo  # back over spaces to the paragraph start (no copy of the article before lo)
    while k > 0 and masked[k - 1] in " \t":
        k -= 1
    if k > 0 and masked[k - 1] != "\n":
        return lo
    m = _CONTENT_DATELINE.match(masked, lo, hi)
    if m is None or not (m.group("place").isupper() or m.group("agency")):
        return lo
    return m.end()


def _content_span(
    art: Article, lo: int, hi: int, cut_clauses: bool = False, min_words: int = 4
) -> tuple[int, int] | None:
    """Return the span of reported content in ``[lo, hi)``: trimmed, at least four words.

    ``cut_clauses`` ends the content where the reporter's own clause takes over
    ("..., but cautioned against ...", "...; they only learned ...").
    """
    text = art.text
    if cut_clauses:
        m = _CLAUSE_END.search(art.masked, lo, hi)
        if m is not None:
            hi = m.start()
    while lo < hi and (text[lo].isspace() or text[lo] in ",:"):
        lo += 1
    lo = _skip_dateline(art.masked, lo, hi)
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:!?"):
        hi -= 1
    seg = art.masked[lo:hi]
    if len(seg.split()) < min_words:
        return None
    if seg.count(MASK) > 0.6 * len(seg) and (
        seg.lstrip("\"“‘'").startswith(MASK) or len(seg.replace(MASK, " ").split()) < 5
    ):
        return None
    return lo, hi


def indirect_quotes(art: Article, taken: list[tuple[int, int]]) -> list[Quote]:
    """Return the reported speech of ``art`` that no quote in ``taken`` already covers."""
    out: list[Quote] = []
    masked = art.masked
    taken = sorted(taken)
    starts = [t0 for t0, _ in taken]
    reach = list(itertools.accumulate((t1 for _, t1 in taken), max))  # the furthest end so far
    for s0, s1 in art.lay.sentences:
        sent = masked[s0:s1]
        if not sent.strip():
            continue
        if s1 - s0 > _LONGEST_SENTENCE:
            continue  # no sentence is this long; a run-on of markup or lists: skip, stay linear
        if sent.count(MASK) > 0.5 * len(sent.strip()) and (
            len(sent.replace(MASK, " ").split()) < 8 or sent.lstrip("\"“‘' ").startswith(MASK)
        ):
            # mostly a quote in marks, with few words of the reporter's: only a participle
            # after its cue ('"...," he said, referring to the convention')
            pt = (
                _stance_participle(art, s0, s1, [])
                or _quote_participle(art, s0, s1)
                or _mixed_quote_participle(art, s0, s1)
            )
            found = [pt] if pt is not None else []
        else:
            found = _sentence(art, s0, s1)
        for (a, b), sub, cue, rule, conf in found:
            if _mostly_taken(taken, starts, reach, a, b, art.text):
                continue
            if (passive := _passive_tell(art, s1, cue, a)) is not None:
                sub, a = passive
            out.append(_quote(art, a, b, sub, cue, rule, conf))
    return out


def _quote_participle(art: Article, s0: int, s1: int) -> tuple | None:
    """'"...," he added, while also saying that ...': a participle after adverbs, of the
    speaker of the quote that fills the sentence."""
    masked = art.masked
    k = masked.rfind(MASK, s0, s1)
    for c0, c1, word in art.cues_in(k + 1, s1)[:_MOST_CUES]:
        if word.lower() not in _PARTICIPLES or not _ADVERB_LEAD.search(
            masked, max(s0, c0 - 30), c0
        ):
            continue
        sub = _cue_subject(art, s0, c0)
        span = _clause_after(art, c1, s1, word) if sub is not None else None
        if span is not None:
            return span, sub, (c0, c1, word), "indirect-participle", 0.5
    return None


# A comma right before a participle: "..., adding that ..."
_COMMA_LEAD = re.compile(r",\s*$")


def _mixed_quote_participle(art: Article, s0: int, s1: int) -> tuple | None:
    """'"...," the company said in a statement, adding that it "condemns ..."': a say-participle
    right after a comma, of the speaker of the quote that fills the sentence, whoever that is
    (``_stance_participle`` wants a person)."""
    masked = art.masked
    for c0, c1, word in art.cues_in(s0, s1)[:_MOST_CUES]:
        if word.lower() not in _PARTICIPLES or not _COMMA_LEAD.search(masked, max(s0, c0 - 3), c0):
            continue
        sub = _cue_subject(art, s0, c0)
        span = _clause_after(art, c1, s1, word) if sub is not None else None
        if span is not None:
            return span, sub, (c0, c1, word), "indirect-participle", 0.5
        return None
    return None


# Names in a list ("Smith, Jones and Brown"); the next lower-case word
_NAME_LIST_SPLIT = re.compile(r",\s*|\s+and\s+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")

# A passive telling cue: "He was told that ...", "Sanders had been told by aides that ..."
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|am|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+|not\s+)*$"
)
_PASSIVE_TELL = frozenset("told informed assured reminded warned asked".split())
_BY_AGENT = re.compile(r"\s*,?\s*by\s+")
_THAT_LEAD = re.compile(r"that\s+")
_AGENT_PHRASE = re.compile(
    r"((?:(?:the|his|her|their|its|our|some|several|two|three|campaign|senior|top|White\s+House)"
    r"\s+)*[a-z]+s)(?=\s+that\b)"
)


def _passive_tell(art: Article, s1: int, cue, a: int) -> tuple[Mention | None, int] | None:
    """The speaker and content start of a report whose cue is a passive of a telling verb ("was
    told (by aides) that ..."): the subject heard it; the agent after "by" said it, or no one
    named did. None when the cue is not such a passive."""
    c0, c1, word = cue
    masked = art.masked
    if word.lower() not in _PASSIVE_TELL or not _PASSIVE_AUX.search(masked, max(0, c0 - 40), c0):
        return None
    agent = None
    if (by := _BY_AGENT.match(masked, c1, s1)) is not None:
        agent = subject_after(masked, by.end(), s1)
        if agent is not None and not by.end() <= agent.start < agent.end <= a:
            agent = None
        if agent is None and (g := _AGENT_PHRASE.match(masked, by.end(), a)) is not None:
            agent = Mention(g.start(1), g.end(1), g.group(1), "description")  # "by aides"
    if (t := _THAT_LEAD.match(masked, a)) is not None and a < c1 + 80:
        a = t.end()  # "told by the FBI that foreign agents ...": the clause after "that"
    return agent, a


def _mostly_taken(
    taken: list[tuple[int, int]], starts: list[int], reach: list[int], a: int, b: int, text: str
) -> bool:
    """Return True when more than half of ``[a, b)`` lies in one quote of ``taken`` (sorted by
    start; ``reach[k]`` is the furthest end among the first k+1): only quotes starting before
    ``b`` are looked at, back to where none reaches ``a``, so thousands of quotes cost a
    bisection, not a scan. A quote that goes on the reporter's clause (it opens in lower case
    after words of the report: "its moves had produced results, ''including ...''") leaves
    the report whole."""
    k = bisect.bisect_left(starts, b)
    while k > 0 and reach[k - 1] > a:
        k -= 1
        t0, t1 = taken[k]
        if (
            t1 > a
            and (min(b, t1) - max(a, t0)) > 0.5 * (b - a)
            and not _quote_goes_on(text, a, t0, t1)
        ):
            return True
    return False


_PLUMB_RELATIVE = re.compile(r"(?:who|whom|which)\b")
_PLUMB_MARKS = "\"'“”‘’ "


def _quote_goes_on(text: str, a: int, t0: int, t1: int) -> bool:
    """Return True when the quote ``[t0, t1)`` opens in lower case after at least four words
    of a report that starts at ``a``."""
    opening = text[t0:t1].lstrip(_PLUMB_MARKS)[:1]
    return (
        opening.islower()
        and a < t0
        and len(text[a:t0].split()) >= 4
        and not _PLUMB_RELATIVE.match(text, a)  # "told the mayors [who gathered ..., "...]"
    )


def _quote(art: Article, a: int, b: int, sub: Mention | None, cue, rule: str, conf: float) -> Quote:
    if sub is None:  # "seemed to", "appears paralyzed": a view with no named source
        return Quote(
            start=a,
            end=b,
            text=art.text[a:b],
            kind="indirect",
            cue=cue[2],
            cue_start=cue[0],
            cue_end=cue[1],
            rule=rule,
            confidence=conf,
        )
    if sub.role is not None and sub.role[0] < b and a < sub.role[1]:
        # "According to the trade ministry, shipments ...": what follows the comma is the
        # content, not an appositive of the source
        sub = Mention(sub.start, sub.end, sub.text, sub.kind, None)
    speaker = art.resolver.resolve(sub, sub.start)
    if speaker is None:
        # a dateline: the subject follows it ("SELMA, N.C.—Donald Trump ... asserted that")
        after = dateline_at(art.masked, sub.start, sub.end)
        sub = subject_after(art.masked, after, cue[0]) if after and after < cue[0] else None
        if sub is None or sub.kind == "pronoun" or sub.start >= cue[0]:
            return _quote(art, a, b, None, cue, rule, conf)  # no speaker rather than a word
        speaker = art.resolver.resolve(sub, sub.start)
        if speaker is None:
            return _quote(art, a, b, None, cue, rule, conf)
    return Quote(
        start=a,
        end=b,
        text=art.text[a:b],
        kind="indirect",
        speaker=speaker[0],
        speaker_mention=art.text[sub.start : sub.end],
        speaker_start=sub.start,
        speaker_end=sub.end,
        speaker_role=role_text(art.text, sub),
        speaker_type=speaker[1],  # type: ignore[arg-type]
        cue=cue[2],
        cue_start=cue[0],
        cue_end=cue[1],
        rule=rule,
        confidence=conf,
    )


# A connective of the reporter's before the reported words: "But ...", "However, ..." (a place
# or time adjunct, "In Pennsylvania, ...", stays: it belongs to the claim; so does a concessive
# phrase, "Despite their critical views, ...", which often holds a report of its own)
_CONNECTIVE = re.compile(
    r"[\s(]*(?:(?:But|And|Yet|So)\s+(?=[a-zA-Z])(?!(?:far|much|many|long|too)\b)|(?:However|Meanwhile|Moreover|Furthermore|Still|"
    r"Indeed|Nonetheless|Nevertheless|Instead|Besides|In\s+addition|In\s+all|Even\s+so|"
    r"At\s+the\s+same\s+time),\s+)"
)


# The main clause's verb right after ", according to X,": "One of the decisions they have made,
# according to a person close to the process, is to turn ...": the source is an aside
_PREC_VERB_NEXT = re.compile(r"\s*(?:" + _AUXILIARY_WORDS + r")\s")
# A source named before a relative clause of its own: "according to a new poll that shows ..."
_SOURCE_BEFORE_RELATIVE = re.compile(
    r"\s*((?:[\w’'\-/]+\s+){0,6}?[\w’'\-]+)\s+(?=(?:that|which|who)\s)"
)


def _paren_bounds(masked: str, s0: int, s1: int, at: int) -> tuple[int, int]:
    """The bounds of the parenthesis around ``at`` in the sentence ``[s0, s1)``
    ("Iowa (93 percent were white, according to exit polls), Ohio ..."), or the sentence."""
    o = masked.rfind("(", s0, at)
    if o < 0 or masked.find(")", o, at) >= 0:
        return s0, s1
    c = masked.find(")", at, s1)
    return o + 1, c if c >= 0 else s1


# "according to" a manner, not a source: "according to plan", "according to their preference"
_NOT_SOURCE = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:plan|plans|preference|preferences|taste|tastes|wishes|schedule|script|custom|tradition)"
    r"\b(?![\w\s]{0,3}(?:by|of)\b)"
)
# The end of a source named between a comma and a dash, with the main clause going on after
# it (when no verb came between the comma before the source and it): "most Americans - 63
# percent in 2014, according to the National Academies report - still believe ..."
_DASH_ASIDE_END = re.compile(
    r"[^,;:\-—–]{0,40}?\s+[-—–]+\s+(?!(?:a|an|the|which|who|whose|where|and|or|but|that|this|"
    r"these|those|his|her|their|its|in|on|at|for|of|with|as|to|from|by|including)\b)[a-z]"
)


def _lead(art: Article, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the connective that opens it (or what comes before a colon), when a
    clause of at least four words is left."""
    masked = art.masked
    a, b = span
    if (c := _CONNECTIVE.match(masked, a, b)) is not None:
        a = c.end()
        if _ACCORDING.match(masked, a, b) and (k := masked.find(",", a, b)) > 0:
            a = k + 1  # "In addition, according to the department, nearly nine million ..."
            while a < b and masked[a].isspace():
                a += 1
    if (k := masked.find(": ", a, b)) > 0 and _FINITE.search(masked, k, b):
        a = k + 2  # "the tax has not made the U.K. less attractive: London was ...": the fact
    if a > span[0] and len(masked[a:b].split()) >= 4:
        return a, b
    return span


def _after_according(art: Article, s1: int, one: tuple) -> list[tuple]:
    """The according report ``one`` and a report of its own after it, which the sentence goes on
    to make ("..., according to the ministry, ending a strike that managers said could ..."):
    its content and its subject both lie past the according report and its source."""
    end = max(one[0][1], one[2][1], one[1].end)
    for c0, c1, word in art.cues_in(end, s1)[:_MOST_CUES]:
        if word.lower() in _NOUN_CUES:
            continue
        r = (
            _indirect_at(art, end, s1, c0, c1, word)
            or _indirect_extra(art, end, s1, c0, c1, word)
            or _relative_gap(art, end, s1, c0, c1, word)
        )
        if r is None or r[1] is None or r[3] == "indirect-subordinate":
            continue
        if r[0][0] >= end and r[1].start >= end:
            return [one, r]
    return [one]


def _same_subject(first: tuple, one: tuple) -> bool:
    """Return True when ``one`` is a second report of the first's subject, joined to it
    ("Acme reported flat sales, and said it was still losing money")."""
    return first[1] is not None and one[1].start == first[1].start and one[0][0] > first[0][1]


# A contracted negation before a cue, perhaps with adverbs: "wouldn't directly speculate"
_PLUMB_NEGATED = re.compile(r"n['’]t\s+(?:[a-z]+ly\s+)*$")
# The conjunction that opens a second report's clause: ", while in Ohio the vote ..."
_JOIN = re.compile(r"[\s,;—–-]*(?:(?:and|but|while|whereas)\s+)?")


def _after_first(art: Article, first: tuple, one: tuple) -> tuple | None:
    """The second report ``one`` of a sentence, its content cut to begin after the first
    report and its cue ("A rose, KING-TV reported, while in Ohio the vote ..., the Star
    reported": the Star reported only the clause after "while"); None when nothing is left. A
    first report that is not content-first ("records that Smith questioned are ...") may lie
    inside the second's content."""
    end = max(first[0][1], first[2][1])
    a, b = one[0]
    if a >= end or first[3] not in _CONTENT_FIRST:
        return one
    start = _JOIN.match(art.masked, end, b).end()
    span = _content_span(art, start, b)
    return None if span is None else (span, *one[1:])


def _sentence(art: Article, s0: int, s1: int) -> list[tuple]:
    """Return the attributions of one sentence (at most a main one and a participle one)."""
    masked = art.masked
    # According to X, ...  /  ..., according to X.
    for m in _ACCORDING.finditer(masked, s0, s1):
        if _NOT_SOURCE.match(masked, m.end(), s1):
            continue  # "according to plan", "according to their instinctive preference"
        a0, a1 = _paren_bounds(masked, s0, s1, m.start())
        sub = subject_after(masked, m.end(), a1)
        if sub is None:
            # "according to exit polls", "according to three television networks", "according
            # to a new poll that shows ..."
            a = _SOURCE_PHRASE.match(masked, m.end(), a1) or _SOURCE_BEFORE_RELATIVE.match(
                masked, m.end(), a1
            )
            if a is None:
                continue
            sub = Mention(a.start(1), a.end(1), a.group(1), "description")
        cue = (m.start(), m.start() + len(m.group().rstrip()), m.group().strip())
        lead = masked[a0 : m.start()].strip().lower()
        if lead in ("", "but", "and", "yet", "so", "also", "still") or (
            lead.rstrip(",").split()[-1] in _OPEN_ENDED
        ):
            # "He crossed the border after, according to him, Televisa censured ...": the
            # words before the source leave the clause open; the report follows it
            comma = masked.find(",", sub.end, a1)
            span = _content_span(art, comma + 1, a1) if comma > 0 else None
        elif (
            masked[m.start() - 2 : m.start()].strip() == ","
            and (k := masked.find(",", sub.end, a1)) > 0
            and not _APPOSITION_AFTER.match(masked, k + 1, a1)
            and (
                not _STRICT_FINITE.search(masked, a0, m.start())
                or _PREC_VERB_NEXT.match(masked, k + 1, a1)
            )
        ) or (
            _DASH_ASIDE_END.match(masked, sub.end, a1)
            and not _STRICT_FINITE.search(
                masked, max(a0, masked.rfind(",", a0, m.start() - 2) + 1), m.start()
            )
        ):
            # "Notably absent, according to members ..., was any mention of ...": the sentence;
            # so "most Americans - 63 percent, according to the report - still believe ..."
            span = _content_span(art, a0, a1)
        else:
            span = _content_span(art, a0, m.start(), min_words=3)
        if span:
            span = _lead(art, span)
            return _after_according(art, s1, (span, sub, cue, "indirect-according", 0.7))
    if (colon := _colon_label(art, s0, s1)) is not None:
        return [colon]
    cues = [
        c
        for c in art.cues_in(s0, s1)
        if c[2].lower() not in _NOUN_CUES
        and not (c[2].lower() in _AMBIGUOUS_NOUNS and _NOUN_BEFORE.search(masked, s0, c[0]))
    ]
    cues += _extra_cues(art, s0, s1)
    cues.sort()
    del cues[_MOST_CUES:]  # each cue looks back over the sentence: bound the work per sentence
    made: list[tuple] = []
    main_sub: Mention | None = None
    asked = _asked(art, s0, s1)
    if asked is not None:
        # "Asked if she believed ..., Clinton said ...": a cue inside the question is not a report
        cues = [c for c in cues if not asked[0][0] <= c[0] < asked[0][1]]
    resume: tuple[int, Mention] | None = None
    for c0, c1, word in cues:
        if resume is not None and c0 >= resume[0]:
            at, ante = resume
            if _ADVERBS_ONLY.fullmatch(masked, at, c0) and (
                r := _resumed_report(art, s1, c0, c1, word, ante)
            ):
                # "Trump - who said ... - said at a rally that ...": the main clause's report
                made.append(r)
                main_sub = ante
                resume = None
                continue
        if (
            made
            and c0 < made[-1][0][1]
            and (outer := _outer_trailing(art, s0, s1, c0, c1, word, made[-1])) is not None
        ):
            made[-1] = outer  # "X could not tell them how ..., he stressed."
            main_sub = outer[1]
            continue
        plain = _PARTICIPLE_LEAD.search(masked, max(s0, c0 - 3), c0) is not None
        if made and c0 < made[-1][0][1] and not plain:
            continue
        if (
            word.lower() in _PARTICIPLES
            or (word.endswith("ing") and _BY_BEFORE.search(masked, max(s0, c0 - 20), c0))
        ) and _PARTICIPLE_PREPOSITION.search(masked, max(s0, c0 - 30), c0):
            if made:
                continue  # inside a report already made: part of its content
            if (pp := _prepositional_participle(art, s0, c0, c1, s1, word)) is not None:
                made.append(pp)
                main_sub = pp[1]
                continue
        if word.lower() in _PARTICIPLES and (
            plain or _ADVERB_LEAD.search(masked, max(s0, c0 - 30), c0)
        ):
            # ", adding ...", "and pointedly saying ...": a participle of the main subject
            sub = main_sub or _sentence_subject(art, s0, c0)
            span = _clause_after(art, c1, s1, word) if sub is not None else None
            if sub is None and (sub := _cue_subject(art, s0, c0)) is not None:
                # '"...," he said, adding that ...': the subject of the cue before, when none
                # opens the sentence; the content after "that", as the stance participle has it
                span = _clause_after(art, c1, s1, word)
                if span is not None and (t := _THAT.match(masked, span[0], span[1])):
                    span = (t.end(), span[1])
            if span is None and plain:
                continue
        else:
            span = None
        if span is not None:
            if made and made[-1][0][1] > c0:  # the main content ends at ", adding"
                (a, _), msub, mcue, mrule, mconf = made[-1]
                cut = _content_span(art, a, masked.rfind(",", a, c0))
                made[-1] = (cut or (a, c0 - 2), msub, mcue, mrule, mconf)
            made.append((span, sub, (c0, c1, word), "indirect-participle", 0.6))
            break
        second = False
        if (
            made
            and made[-1][3] != "indirect-subordinate"
            # "X said ..., whereas Y acknowledged that ...": a second report after the contrast
            and not (c0 > made[-1][0][1] and _WHEREAS.match(masked, made[-1][0][1], c0))
        ):
            if c0 <= made[-1][0][1]:
                continue
            second = True
        one = (
            (_EVIDENCE.fullmatch(word) and _finding(art, s0, s1, c0))
            or _indirect_at(art, s0, s1, c0, c1, word)
            or _indirect_extra(art, s0, s1, c0, c1, word)
            or _relative_gap(art, s0, s1, c0, c1, word)
        )
        if one is not None:
            if made and one[3] == "indirect-subordinate":
                continue
            if second and (
                one[1] is None
                or (one[1].start <= made[-1][0][1] and not _same_subject(made[-1], one))
            ):
                continue  # "...; 26 percent of Democrats say ...": a new clause's own report
            if second and (one := _after_first(art, made[-1], one)) is None:
                continue
            if one[3] in ("indirect-trailing", "indirect-inverted") and (
                _PLUMB_NEGATED.search(masked, max(s0, c0 - 30), c0)
            ):
                continue  # "Even as he accused X, Giuliani wouldn't speculate": no content
            if one[3] == "indirect-to" and (cut := _in_fronted_clause(art, s0, one)):
                one = cut
            if (closed := _closed_relative(art, s0, one)) is not None:
                one, at, ante = closed
                resume = (at, ante)
            made.append(one)
            if one[3] != "indirect-subordinate":
                main_sub = one[1]
    if (
        made
        and made[-1][3] == "indirect-that"
        and (len(made) == 1 or made[0][3] != "indirect-that")
    ):
        # "X said A and said B"; so after a first report of another kind ("While X didn't
        # disclose A, he did say B and called C")
        made[-1:] = _split_second_report(art, made[-1], s1)
    if (
        resume is not None
        and not any(one[2][0] >= resume[0] for one in made)
        and (st := _resumed_stance(art, s1, *resume)) is not None
    ):
        made.append(st)  # "Sanders, who had said ..., criticized Clinton on two fronts"
    if len(made) == 1 and made[0][3] == "indirect-subordinate":
        # "While critics argue that ..., President Obama has deemed ...": the main clause's
        # stance after the subordinate report
        st = _stance(art, made[0][0][1] + 1, s1)
        if st is not None:
            made.append(st)
    if (
        not made
        and _NOUN_THAT.search(masked, s0, s1)
        and (n := _NOUN_CUE.search(masked, s0, s1)) is not None
    ):
        made.extend(_noun_report(art, n, s1))
    if (
        not made
        and (
            st := _headline(art, s0, s1)
            or _in_poll(art, s0, s1)
            or _stance(art, s0, s1)
            or _finding(art, s0, s1)
            or _evidential(art, s0, s1)
            or _expected(art, s0, s1)
            or _seen_as(art, s0, s1)
            or _reportedly(art, s0, s1)
            or _question_about(art, s0, s1)
        )
        is not None
    ):
        made.append(st)
    elif made and made[0][3] not in _CONTENT_FIRST and made[0][2][0] < made[0][0][0]:
        # "Wilson praised Rubio's record and said ...": a stance before the first report
        if (st := _stance(art, s0, s1, limit=made[0][2][0])) is not None:
            made.insert(0, st)
    elif made and made[0][3] == "indirect-relative" and made[0][0][0] - s0 > 20:
        # "Trump mocked Carson's story, an event that Carson says led him to Christ": a stance
        # before the relative clause
        st = _stance(art, s0, s1)
        if st is not None and st[2][1] < made[0][0][0] and st[0][1] <= made[0][0][0]:
            made.insert(0, st)
    if (
        len(made) == 1
        and made[0][3] in ("indirect-stance", "indirect-object", "indirect-to")
        and (
            v := (_SECOND_AFTER if made[0][3] == "indirect-to" else _SECOND_PREDICATE).match(
                art.masked,
                at := e.end()
                if (e := _EVENT_AFTER.match(art.masked, made[0][0][1], s1))
                else made[0][0][1],
                s1,
            )
            or _second_join(art.masked, at, s1, made[0][2][2])
        )
        is not None
        and (second := _second_predicate(art, v, s1)) is not None
    ):
        # "She called for an overhaul ... and vowed to overturn the ruling": both are reports
        made.append(
            (
                second,
                made[0][1],
                (v.start("verb"), v.end("verb"), v.group("verb")),
                "indirect-coordinated",
                0.45,
            )
        )
    if len(made) < 2 and (pt := _stance_participle(art, s0, s1, made)) is not None:
        made.append(pt)
    if made and len(made) < 3:
        # "Crow, a developer, who had supported Rubio, said ...", "He endorsed Clinton, but told
        # ... that ...": a stance in a clause that no report made so far takes
        taken = _taken_spans(made)
        if (st := _stance(art, s0, s1, outside=taken)) is not None:
            made.append(st)
            taken += [st[0], st[2][:2]]
        if len(made) < 3 and (pj := _joined_stance(art, s0, made)) and _beside(pj, taken):
            made.append(pj)  # "..., mocking his speech and pointedly saying ...": both stances
            taken += [pj[0], pj[2][:2]]
        if len(made) < 3:
            # "The union, which endorsed Clinton, is widely regarded as ...", "Shortly after
            # Clinton was declared the winner, Sanders said ...": a view or a forecast with no
            # source whose cue lies outside the reports made; its clause may hold one whole
            # ("he insists that ..., including X, which in his view has ...": the view beside)
            for rule in (_expected, _seen_as, _reportedly, _further_evidential, _in_poll):
                if (ns := rule(art, s0, s1)) is not None and _beside(ns, taken):
                    made.append(ns)
                    taken += [ns[0], ns[2][:2]]
    if (q := asked) is not None:
        # "Asked if ..., the candidate said no": the answer's content starts after the question
        kept = []
        for one in made:
            (a, b), rest = one[0], one[1:]
            if a < q[0][1] and q[0][0] < b:
                cut = _content_span(art, q[0][1] + 1, b, min_words=1)
                if cut is None:
                    continue
                one = (cut, *rest)
            kept.append(one)
        made = [q, *kept]
    made += _object_relative(art, s0, s1, made)
    made = _held_noun_reports(art, s0, s1, made)
    made = _held_objects(art, s0, s1, made)
    if (
        made
        and (qa := _question_about(art, s0, s1)) is not None
        and _beside(qa, _taken_spans(made))
    ):
        made.append(qa)  # "The spokesman said ... but refused to answer questions on who ..."
    return _split_inner_reports(art, s1, made)


# A new clause inside a report's content with its own subject and reporting verb: "X said A,
# and 60 percent said B", "..., while Y argued that C"
_INNER_JOIN = re.compile(
    r"(?:,[\"”’']?\s+(?:and|but|while|whereas|although|though)|(?P<bare>\s+(?:[—–]+|--)?\s*"
    r"(?:and|but|while|whereas)))\s+(?:(?:now|then|also|ultimately|meanwhile|yet)\s+)?"
)
# A share of the people polled as a subject: "more than 4 in 10", "nearly half of voters"
_INNER_SHARE = re.compile(
    r"((?:(?:about|nearly|almost|roughly|some|over|just|only|more\s+than|fewer\s+than|"
    r"less\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent\b|%)|\d+\s+in\s+\d+\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)\b|half\b)"
    r"(?:\s+of\s+(?:the\s+|those\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)?)"
    r"(?:\s+(?:also|still|now))?\s+"
)
# A subject that opens a subordinate or a question, not a new main clause: "how experts say"
_NOT_INNER_SUBJECT = re.compile(r"(?i:how|what|why|when|where|whether|if|who|which|that)\b")
_INNER_REACH = 80  # characters from the conjunction to the inner cue


def _inner_subject(sub: Mention | None, bare: bool, verb: str) -> bool:
    """Return True for the subject of an inner report: person-like, or a share of people;
    with no comma before the conjunction not a share ("79 percent said A and 60 percent said
    B": findings listed from one poll); an organisation with a say-verb ("the board said")."""
    if sub is None or _NOT_INNER_SUBJECT.match(sub.text):
        return False
    if _person_like(sub) or (not bare and _QUANTITY_SUBJECT.search(sub.text)):
        return True
    head = sub.text.split()[-1].lower()
    return verb.lower() in SPEECH_VERBS and (
        head in ORGANISATION_CUES or head[:-1] in ORGANISATION_CUES
    )


# A relative opened by a dash: "economists -- who believe ..."
_DASH_WHO = re.compile(r"(?:\s[—–]+|\s-{1,2}|[—–])\s*(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
# Nouns for a statement, in the writer's apposition after a report ("..., a charge that ...")
_SHELL_NOUNS = (
    "charge|claim|plan|proposal|move|position|assertion|accusation|allegation|argument|notion|"
    "sentiment|remark|idea|suggestion|promise|pledge|stance|view|point"
)
# "..., a charge that Colorado Republican leaders denied": someone else's word on the report
_SHELL_REPORT = re.compile(
    r"(?:,|\s[—–]+|\s-{1,2})\s*(?P<np>(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:"
    + _SHELL_NOUNS
    + r"))\s+(?:that\s+|which\s+)?(?P<sub>he|she|they|it|we|many|some|critics|others|"
    r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}(?:\s+[a-z]+s)?|"
    r"the\s+(?:[A-Za-z\-]+\s+){0,3}[A-Za-z\-]+|(?:[a-z\-]+\s+){0,2}[a-z\-]+s)"
    r"\s+(?:(?:has|have|had|also|[a-z]+ly)\s+)*"
    r"(?P<verb>denied|disputed|rejected|dismissed|raised|repeated|made|pushed|floated|"
    r"questioned|echoed|called|challenged|contested|criticized|mocked|ridiculed|derided)\b"
)


def _shell_report(art: Article, s1: int, one: tuple) -> tuple | None:
    """The report on a report: "X said A, a charge that Y denied" gives Y's "a charge";
    the appositive is Y's word on X's claim, not part of X's content."""
    if one[3] not in ("indirect-that", "indirect-description"):
        return None
    m = _SHELL_REPORT.match(art.masked, one[0][1], s1)
    if m is None:
        return None
    kind = "pronoun" if m.group("sub") in _PRONOUN_WORDS else "description"
    sub = Mention(m.start("sub"), m.end("sub"), m.group("sub"), kind)
    cue = (m.start("verb"), m.end("verb"), m.group("verb"))
    return (m.start("np"), m.end("np")), sub, cue, "indirect-comment", 0.5


def _split_inner_reports(art: Article, s1: int, made: list[tuple]) -> list[tuple]:
    """Split each report whose content holds a second report of its own ("X said A, and
    Democrats accused B"): the first content ends before the conjunction, the second report
    has the inner verb's own subject."""
    out: list[tuple] = []
    if len(made) == 1 and made[0][3] == "indirect-description":
        made = _split_second_report(art, made[0], s1)
    todo = list(made)
    while todo:
        one = todo.pop(0)
        split = _inner_report(art, s1, one) or _joined_report(art, s1, one)
        if split is None:
            out.append(one)
            if (shell := _shell_report(art, s1, one)) is not None:
                out.append(shell)
            continue
        out.append(split[0])
        if split[1] is not None:
            todo.insert(0, split[1])
    return out


# A second verb of the reporting subject after the reported content, with no subject of its
# own: "X said A and cast himself as B", "... but took issue with ...", "..., while
# emphasizing ...", "... and has expressed support for ..."
_JOINED_VERB = re.compile(
    r"[,\"”’']*\s+(?:(?:[—–]+|--)\s+)?(?P<conj>and|but|while|yet)\s+"
    r"(?:(?:also|then|later|again|still|since|[a-z]+ly)\s+)*"
    r"(?P<aux>(?:has|have|had)\s+(?:(?:also|since|[a-z]+ly)\s+)?)?"
    r"(?P<verb>"
    + "".join(re.escape(p) + "|" for p in sorted(STANCE_PHRASES, key=len, reverse=True))
    + r"[a-z]{3,})\b"
)
# A word after the verb that makes it a noun ("and calls were ignored") or a participle
_NOT_JOINED_AFTER = re.compile(
    r"\s+(?:is|are|was|were|will|would|have|has|had|can|could|by|and|or)\b"
)
_PAST_FORMS = frozenset("said cast".split())  # the rest are in ``_IRREGULAR_PAST``


def _verb_form(word: str) -> str:
    """The form of a verb: "ing", "s" (present, third person), "ed" (past) or "base"."""
    word = word.lower()
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in _PAST_FORMS or word in _IRREGULAR_PAST:
        return "ed"
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return "s"
    return "base"


# Compiled once for _joined_verb
_ED_END = re.compile(r"[a-z]ed$")


def _joined_verb(art: Article, lo: int, hi: int, first: str) -> re.Match | None:
    """The first verb in ``[lo, hi)`` of the subject of a report whose cue is ``first``: a
    speech or stance verb in the cue's form ("said A and vowed B", "says A and calls B",
    "saying A and accusing B"), a perfect ("and has expressed"), or after "while" a
    participle."""
    masked = art.masked
    cue = _verb_form(first.split()[0])
    for m in _JOINED_VERB.finditer(masked, lo, hi):
        verb = m.group("verb")  # a phrase too: "... but took issue with ..."
        if verb not in STANCE_PHRASES and (
            verb not in SPEECH_VERBS and verb not in STANCE_VERBS or verb in _CLAUSE_ONLY
        ):
            continue  # "said she could not support him but understood why": still her words
        if (
            m.group("conj") == "and"
            and not m.group("aux")
            and _ED_END.search(masked[max(lo, m.start() - 20) : m.start()])
        ):
            continue  # "the executive arrested and charged with fraud": participles joined
        form = _verb_form(verb.split()[0])
        if m.group("aux"):
            ok = form == "ed" and cue in ("ed", "s") and not verb.endswith("ing")
        elif m.group("conj") == "while":
            ok = form == "ing"
        else:
            ok = form == cue and form in ("ed", "s", "ing")
        if ok and not _NOT_JOINED_AFTER.match(masked, m.end(), hi):
            return m
    return None


def _joined_report(art: Article, s1: int, one: tuple) -> tuple[tuple, tuple | None] | None:
    """Split a report whose content goes on with a second verb of its own subject: the first
    content ends before the conjunction; the second verb's content is a second report."""
    (a, b), sub, cue, rule, conf = one
    if sub is None or a < cue[1]:
        return None  # the content before its cue ("A, she said"): its verbs are the content's
    v = _joined_verb(art, a, b, cue[2])
    if v is None:
        return None
    first = _content_span(art, a, v.start(), min_words=3)
    if first is None:
        return None
    second = _second_predicate(art, v, min(s1, b))
    if second is None:
        if len(art.text[v.end() : b].split()) > 3:
            return None  # "... and telling Americans that “...”": a quotation, no content
        return (first, sub, cue, rule, conf), None
    cue2 = (v.start("verb"), v.end("verb"), v.group("verb"))
    return (first, sub, cue, rule, conf), (second, sub, cue2, "indirect-coordinated", 0.55)


def _inner_report(art: Article, s1: int, one: tuple) -> tuple[tuple, tuple] | None:
    masked = art.masked
    (a, b), sub, cue, rule, conf = one
    for j in _INNER_JOIN.finditer(masked, max(a, cue[1]), b):
        j1 = j.end()
        cues = art.cues_in(j1, min(b, j1 + _INNER_REACH))
        inner = None
        if cues:
            c0, c1, word = cues[0]
            inner = _indirect_at(art, j1, s1, c0, c1, word)
            if inner is not None and inner[3] not in ("indirect-that", "indirect-description"):
                inner = None
            if (
                inner is None
                and not j.group("bare")
                and (share := _INNER_SHARE.fullmatch(masked, j1, c0)) is not None
                and (pos := _clause_pos(art, s1, c1, word)) is not None
                and (span := _content_span(art, pos, b)) is not None
            ):
                # "..., and more than 4 in 10 said ...": a share the subject finders miss
                sub1 = Mention(j1, share.end(1), share.group(1), "description")
                inner = (span, sub1, (c0, c1, word), "indirect-description", 0.6)
        if inner is None:  # "..., but he refused to pledge ...": a stance verb's complement
            inner = _stance(art, j1, s1)
            if inner is not None and (not inner[2][0] < j1 + _INNER_REACH or inner[2][0] >= b):
                inner = None
        if (
            inner is None
            or not _inner_subject(inner[1], j.group("bare") is not None, inner[2][2])
            or masked[j1 : inner[1].start].strip()
            or inner[0][0] < inner[2][1]
        ):
            continue
        if inner[2][2].lower() in _CLAUSE_ONLY:
            continue  # "Rubio said ..., and the senator felt ...": a thought, still reported
        # the inner report's own content, already checked ("many parents said they oppose it":
        # three words of a pronoun's clause)
        second = (
            inner[0]
            if inner[0][1] <= b and inner[3] in ("indirect-that", "indirect-description")
            else _content_span(art, inner[0][0], min(inner[0][1], b))
        )
        first = _content_span(art, a, j.start())
        if first is not None and masked[first[1] - 1] in "—–-":
            first = _content_span(art, a, first[1] - 1)  # "... big top — but he wants to"
        if second is None or first is None:
            continue
        return (first, sub, cue, rule, conf), (second, *inner[1:])
    return None


# "Asked if he was bullied, ...", "When asked by a host whether ...": the question put
_ASKED = re.compile(
    r"(?:^\s*|\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f|[Ww]as|[Ww]ere|[Bb]eing)\s+)[Aa]sked\b"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:by|during|at|on|in|about)\s+[^,;:]{1,80}?)??"
    r"\s+(?=(?:if|whether|what|why|how|who|when|where|which|about)\b)"
)


# "Asked if he was bullied, ...": the same question opening the sentence (a search from the
# sentence start does not see "^" there)
_ASKED_OPENING = re.compile(
    r"(?:(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f|[Bb]eing)\s+)?[Aa]sked\b"
    + _ASKED.pattern.split(r"[Aa]sked\b", 1)[1].replace("|about)", ")")
)


# "Asked at a briefing Monday about X, ...", "Asked by the host to respond to Y, ...": where
# or by whom first, then the topic or the request
_ASKED_PLACED = re.compile(
    r"(?:(?:[Ww]hen|[Aa]fter|[Oo]nce|[Bb]eing)\s+)?[Aa]sked\s+(?:by|during|at|on|in)\s+"
    r"[^,;:]{1,80}?\s+(?=(?:about|to)\s)"
)


# "when he was first asked if he would ...": an adverb between the passive and "asked"
_ASKED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:first|also|later|then|again|never|[a-z]+ly)\s+"
    r"asked\s+(?=(?:if|whether|what|why|how|who|when|where|which)\s)"
)


_ASKED_STOP = re.compile(r"[,;:(—–]|\s-+\s")
# After a comma inside a question: an apposition, a relative or the question's own verb
_ASKED_GOES_ON = re.compile(
    r"\s*(?:who|whose|could|would|should|might|will|can|may|must|is|are|was|were|has|have|"
    r"had)\s"
)
_APPOSITION = re.compile(r"\s*(?:the|a|an)\s")


def _asked(art: Article, s0: int, s1: int):
    """ "Asked whether he was concerned, ...": the question, up to the comma; no speaker."""
    masked = art.masked
    sent = masked[s0:s1]
    if "sked" not in sent:
        return None  # cheap test first: most sentences ask nothing
    lead = s0 + len(sent) - len(sent.lstrip(" \"“'(\n"))
    m = (
        _ASKED_OPENING.match(masked, lead, s1)
        or _ASKED_PLACED.match(masked, lead, s1)
        or _ASKED.search(masked, s0, s1)
        or _ASKED_PASSIVE.search(masked, s0, s1)
    )
    if m is None:
        return None
    stop = _ASKED_STOP.search(masked, m.end(), s1)
    while stop is not None and stop.group() == ",":
        # "whether Trump, the nominee, who has called it a hoax, could ..., Ban demurred": an
        # apposition, a relative or the question's own verb inside the question
        after = _ASKED_STOP.search(masked, stop.end(), s1)
        if _ASKED_GOES_ON.match(masked, stop.end(), s1):
            stop = after
        elif (
            _APPOSITION.match(masked, stop.end(), s1)
            and after is not None
            and after.group() == ","
            and _ASKED_GOES_ON.match(masked, after.end(), s1)
        ):
            stop = after  # ", the nominee, who ...": the apposition, then go on
        else:
            break
    span = _content_span(art, m.end(), stop.start() if stop else s1, min_words=2)
    if span is None:
        return None
    k = masked.index("sked", m.start()) - 1
    return span, None, (k, k + 5, masked[k : k + 5]), "indirect-asked", 0.5


_WORD = re.compile(r"[A-Za-z][a-z]+")
# Rules whose content comes before their cue: no stance can precede it in the sentence
_CONTENT_FIRST = frozenset(
    "indirect-according indirect-trailing indirect-inverted indirect-parenthetical "
    "indirect-asked indirect-colon".split()
)
# A preposition or "that" between a stance verb and its content: "hoping for", "railed against"
_STANCE_PARTICLE = re.compile(
    r"\s+(?:that|about|of|for|on|with|against|at|over|out|up|off|into|behind|to|as)\b(?=\s)"
)
# Content that opens with one of these is an adjunct ("reported from Los Angeles", "was
# endorsed by ...", "hopes, he said,"): no stance was reported
_NOT_CONTENT = frozenset(
    "by from in during since after before without despite through under across around near "
    "and or but so outside inside here there again back away early hard along together even "
    "when".split()
)
# A clause or an infinitive after the verb: the content runs to the end of the sentence;
# otherwise it is an object noun phrase and ends with it
_CLAUSAL = re.compile(
    r"\s*(?:that|to|how|what|whether|if|why|when|where|who|he|she|they|we|i|there)\b", re.I
)
_PASSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|am)|(?:(?<=\bit)|(?<=\bthat))['’]s)\s+"
    r"(?:[a-z]+ly\s+|not\s+|also\s+)*$",
    re.I,
)
_BE = frozenset("is are was were am be been".split())
# A be-verb before a participle, contracted too: "is hoping", "she's hoping", "they're seeking"
_BE_BEFORE = re.compile(
    r"is|are|was|were|am|be|been|(?:he|she|it|who|that)['’]s|[a-z]+['’]re|i['’]m"
)
# A clause with no "that" after a verb of cognition: "suspect those losses were generated"
_BARE_CLAUSE = re.compile(
    r"\s*(?:the|a|an|this|these|those|his|her|their|its|our|some|many|most|it|[A-Z][\w’'\-]*)"
    r"(?:\s+[\w’'\-]+){0,5}?\s+(?:" + _AUXILIARY_WORDS + r")\b"
)
_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|might|may|should|if|not|never|n['’]t|will)\b|['’]ll\b"
)
# Words in -ed that are adjectives after "and" far more often ("biodiesel and advanced fuels")
_ADJECTIVE_ED = (
    "(?:advanced|related|limited|detailed|united|armed|skilled|divided|based|unprecedented|"
    "concerned)"
)
# The verbs of a second predicate: a past tense, or a perfect's auxiliary
_SECOND_PAST = (
    r"[a-z]{3,}ed|cast|said|made|took|sought|told|went|gave|put|set|spoke|wrote|won|lost|has|had"
)
# A second predicate of the same subject after an object: "... and vowed to", "... and cast
# himself as"
_SECOND_PREDICATE = re.compile(
    r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?!"
    + _ADJECTIVE_ED
    + r"\b)(?P<verb>"
    + _SECOND_PAST
    + r"|is|are|was|were)\s+(?!by\b)"
)


# The same after an infinitive's content that ended at a comma: "urged ... in Libya, proposed
# that ..." (after a stance's object a comma is an aside far more often: "Norton, which ...,
# returned")
_SECOND_AFTER = re.compile(
    r",?\s+(?:and\s+)?(?:also\s+|then\s+|later\s+)?(?!"
    + _ADJECTIVE_ED
    + r"\b)(?P<verb>"
    + _SECOND_PAST
    + r")\s+(?!by\b)"
)


# Verbs in the past tense that do not end in -ed
_IRREGULAR_PAST = frozenset(
    "sought thought felt saw knew foresaw spun understood took made went gave put set spoke wrote "
    "won lost told stood came began met led held brought kept left ran sent spent got sat found "
    "heard became fought bought caught taught built paid sold drew grew threw chose rose fell "
    "struck wore broke".split()
)
# The same after a comma or a closing quote mark, after "but" or ", then", and in the present
# tense too: "called the plan “a disgrace,” and threatened to", "blamed hackers but later
# fessed up to", "proposes ..., and plans to"
_SECOND_JOIN = re.compile(
    r"[,\"”’']*\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?(?!"
    + _ADJECTIVE_ED
    + r"\b)(?P<verb>[a-z]{3,}(?:ed|s)|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\s+(?!by\b)"
)


def _second_join(masked: str, at: int, s1: int, first: str) -> re.Match | None:
    """A second verb of a stance's subject in the first verb's tense (see ``_SECOND_JOIN``)."""
    v = _SECOND_JOIN.match(masked, at, s1)
    if v is None:
        return None
    verb, first = v.group("verb"), first.split()[0].lower()
    present = first.endswith("s") and not first.endswith("ss")
    if present != (verb.endswith("s") and not verb.endswith(("ss", "us"))):
        return None  # "... and members stepped in": not the same tense
    if present and verb not in _STANCE_SPEECH_VERBS:
        return None  # "praises the pier, and officials opened it": a plural noun
    return v


# Compiled once for _second_predicate
_BE_ADJECTIVE = re.compile(
    r"(?:(?:not|also|still|now|so|very|quite|[a-z]+ly)\s+)*(?P<adj>[a-z]+)\b"
)
_PARTICIPLE_NEXT = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b\s*")


def _second_predicate(art: Article, v: re.Match, s1: int) -> tuple[int, int] | None:
    """The content of a second verb of the same subject: "... and vowed to overturn the ruling"."""
    masked = art.masked
    pos = v.end()
    s1 = _clause_close(art, v.start(), s1)
    if v.group("verb") in _BE:
        # "... and are not confident that ...": a stance adjective after the copula
        a = _BE_ADJECTIVE.match(masked, pos, s1)
        if a is None or a.group("adj") not in STANCE_ADJECTIVES:
            return None
        return _stance_content(art, a.end("adj"), s1, a.group("adj"), None)
    if v.group("verb") in ("has", "had"):
        w = _PARTICIPLE_NEXT.match(masked[pos : pos + 40])
        if w is None:
            return None  # "... and has a point": no second report
        pos += w.end()
    t = _THAT.match(masked, pos - 1, s1)
    if t is not None:
        pos = t.end()
    tail = _AFTERTHOUGHT.search(masked, pos, s1)
    return _content_span(art, pos, tail.start() if tail else s1, cut_clauses=True, min_words=2)


# An object's example word left at its end when an adjunct follows it
_DANGLING = re.compile(r",\s+(?:including|such\s+as|especially|particularly)\s*$")
_EXAMPLE_END = re.compile(r",(?!\d{3}\b)|[;:(—–]|\s-+\s")


def _extend_example(masked: str, end: int, s1: int) -> int:
    """Return where an example after "including"/"particularly" ends: the next comma or the
    sentence end."""
    m = _EXAMPLE_END.search(masked, end, s1)
    return m.start() if m else s1


_EVENT = (
    r"(?:at|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:conference|rally|event|debate|statement|speech|interview|hearing|meeting|forum|op-ed|"
    r"column|editorial|essay)"
)
# Where an object noun phrase ends: a comma or dash, or an adjunct of time or place
_STANCE_OBJECT_END = re.compile(
    r",(?!\d{3}\b|\s+(?:including|such\s+as|especially|particularly)\b)|[;:(—–]|\s-+\s|"
    r"\s+and\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\b|\)|"
    r"\s(?:through|until|after|before|because|when(?!\s+it\s+comes\s+to\b)|while|"
    r"during(?!\s+(?:the|that|this)\s+(?:month|week|year|quarter|period)\b)|at\s+times|"
    r"in\s+(?:a|an|the)\s+(?:ruling|interview|statement|speech|letter|post|tweet)|"
    + _EVENT
    + r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
# A comma, and the closing quote mark it may stand before: 'called it "a farce," and ...'
_COMMA = r",[\"”’']?\s+"
# Words after an object's comma that are no part of it: a clause of its own (a finite verb, a
# say-verb, a verb after its subject, a participle opening a new phrase), the reporter's
# source, aside or comment ("despite ...", "down from 47 percent", "a claim not recognized",
# ", now before a court", ", in 2009")
_ENDS_NOT_OBJECT = re.compile(
    r"\b(?:" + _AUXILIARY_WORDS + r"|do|does|did|"
    r"says|said|according|despite|which|who|whose|[a-z]+n['’]t)\b|"
    r"\s(?:through|until|after|before|because|when(?!\s+it\s+comes\s+to\b)|while|during)\b|"
    r"\b(?:he|she|they|we|it|I|that)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b|"
    r"\b(?!(?:this|thus|its|his|hers|perhaps|always|besides|towards|sometimes|news|whereas|"
    r"yes|plus|us)\b)[a-z]{2,}s(?<!ss)(?<!ous)(?<!ics)\s+(?:its|his|her|their|the|a|an|them|"
    r"him|it|us|that)\b|"
    r"(?:,|\band)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:to|that|the|a|an|his|her|their|its|him|them|"
    r"it)\b|"
    r"\b(?:the|a|an)\s+[\w\-]+\s+(?![a-z]+ly\b)[a-z]+ed\b|\b(?:down|up)\s+from\b|"
    + _COMMA
    + r"(?:a|an)\s+(?:[a-z]+\s+)?(?:claim|charge|allegation|assertion|accusation|statement|"
    r"view|position|move|decision|step|offer|reference|remark|comment|notion|stance|sign|"
    r"reminder|nod|result)\b|"
    + _COMMA
    + r"(?:and|but)\s+(?:[\w’'\-]+\s+){1,3}?(?![a-z]+ly\b|(?:need|speed|greed|seed|feed|"
    r"hundred)\b)[a-z]+ed\b(?!\s+by\b)|"
    + _COMMA
    + r"(?:but|while|whereas|however)\b|"
    + _COMMA
    + r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b(?!\s+by\b)|"
    + _COMMA
    + r"(?:and|but|so)\s+(?:he|she|they|we|I|it|you)\b|"
    + _COMMA
    + r"(?:now|then|near|in\s+\d{4}|on\s+\w+day|at\s+(?:the|a|an))\b|"
    + r"[;:()]|\s[—–]|\s-+\s|"
    + MASK
)
# A participle after a comma opens the reporter's phrase (", citing ..."), unless the object
# holds a gerund and a list of gerunds ends after it ("playing a role in ..., setting rules
# ... and preserving the environment")
_ENDS_PARTICIPLE = re.compile(_COMMA + r"(?!including\b)(?![a-z]*thing\b)[a-z]{3,}ing\b")
_GERUND = re.compile(r"\b(?![a-z]*thing\b)[a-z]{3,}ing\b")
_GERUND_LIST_END = re.compile(r"\s(?:and|or)\s+(?![a-z]*thing\b)[a-z]{3,}ing\b")
# Where one piece of what follows an object ends: a comma or a dash
_PIECE = re.compile(r",|\s[—–]|\s-+\s")
# A proper name, then an appositive that describes it: the reporter's ("Cruz, the choice of
# many insiders")
_NAME_APPOSITIVE = re.compile(r"[A-Z][\w.’'\-]*\s*$")
_DESCRIPTION = re.compile(_COMMA + r"(?:the|a|an)\b")
_MOST_WORDS = 30


# A dash or a colon, then a noun phrase that names the object ("one of his proposals — the
# wall that would run ...", "one method: a speech that explains ...") or a list of gerunds
# ("pledges: rebuilding the military, taking care of veterans and ...")
_APPOSITIVE_MARKS = frozenset(":—–-")
_APPOSITIVE_OPEN = re.compile(
    r"\s*(?:the|a|an|his|her|their|its|our|one|two|three|four|five|some|many|more)\s"
)
_GERUND_OPEN = re.compile(r"\s*(?![a-z]*thing\b)[a-z]{3,}ing\s")  # after a colon only
_APPOSITIVE_NOT = re.compile(
    r"\b(?:" + _AUXILIARY_WORDS + r"|do|does|did|"
    r"says|said|according|[a-z]+n['’]t)\b|\b(?:he|she|they|we|it|I)\s+[a-z]+\b|[;:()—–]|\s-+\s|"
    + MASK
)
_RELATIVE_WORD = re.compile(r"\b(?:that|who|which|whose)\b")
# A break in a relative clause on an appositive: it is no longer one noun phrase
_APPOSITIVE_BREAK = re.compile(r"[;:()—–]|\s-+\s|" + MASK)


def _appositive(masked: str, at: int, end: int) -> bool:
    """Return True when the words from ``at`` (after a dash or a colon) to ``end`` are one noun
    phrase or list that names the object before them, with at most a relative clause on it."""
    if not (
        _APPOSITIVE_OPEN.match(masked, at, end)
        or (masked[at - 1] == ":" and _GERUND_OPEN.match(masked, at, end))
    ):
        return False  # "— stopping short of ...": the reporter's participle
    rel = _RELATIVE_WORD.search(masked, at, end)
    head = masked[at : rel.start() if rel else end]
    if len(masked[at:end].split()) > _MOST_WORDS or _APPOSITIVE_NOT.search(head):
        return False
    return rel is None or not _APPOSITIVE_BREAK.search(masked, rel.start(), end)


# A time adjunct after the object, then the reason for the stance: "blasted Trump on Monday
# over his stance", "attacked Clinton during the primaries for her ties to Wall Street"
_TIME_THEN_REASON = re.compile(
    r"\s+(?:on\s+\w+day|during\s+(?:the|a|an|his|her|their)\s+(?:[\w’'\-]+\s+){0,2}?[\w’'\-]+)"
    r"\s+(?:over|for)\s+(?=(?:his|her|their|its|[a-z]{3,}ing)\b)"
)


# A gloss of one to three words in parentheses inside an object: "50 meters (yards)"
_SHORT_PARENTHESIS = re.compile(r"\(\s*[\w.’'\-]+(?:\s+[\w.’'\-]+){0,2}\s*\)")
# A day that ends an object: the time of the stance, not what it is about
_TRAILING_DAY = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W*$"
)


def _finite_cue(word: str) -> bool:
    """Return True for a cue word that is a finite verb rather than a noun ("argued", "says",
    "told"; not "vow", "state", "claims")."""
    if word in _NOUN_CUES or word in _AMBIGUOUS_NOUNS:
        return False
    return word.endswith(("ed", "s")) and not word.endswith("ss") or word in _IRREGULAR_PAST


def _object_end(art: Article, pos: int, end: int) -> int:
    """Return where a stance's object that starts at ``pos`` ends, before ``end``.

    It ends at a comma, a dash or an adjunct (``_STANCE_OBJECT_END``); after a comma it goes
    on, piece by piece, while the words hold no clause, comment or reporting cue of their own
    (``_ENDS_NOT_OBJECT``, ``_ENDS_PARTICIPLE``): the rest of a list ("his parents, his
    siblings and his wife"), an appositive ("Jim Brady and his wife, Sarah, the founders") or
    an adjunct of the object ("attempts to relocate them, sometimes for months at a time").
    """
    masked = art.masked
    stop = _STANCE_OBJECT_END.search(masked, pos, end)
    if stop is None:
        return end
    if stop.group() == "(" and (aside := _SHORT_PARENTHESIS.match(masked, stop.start(), end)):
        # "some 50 meters (yards) away from", but not a day after the gloss: "Cruz (R-Texas)
        # Wednesday"
        after = _object_end(art, aside.end(), end)
        day = _TRAILING_DAY.search(masked, aside.end(), after)
        return day.start() if day else after
    if (why := _TIME_THEN_REASON.match(masked, stop.start(), end)) is not None:
        return _object_end(art, why.end(), end)  # "blasted Trump on Monday over his ..."
    if stop.group().strip() in _APPOSITIVE_MARKS:
        return end if _appositive(masked, stop.end(), end) else stop.start()
    if stop.group() != "," or (
        _DESCRIPTION.match(masked, stop.start(), end)
        and _NAME_APPOSITIVE.search(masked, pos, stop.start())
    ):
        return stop.start()
    bad = _ENDS_NOT_OBJECT.search(masked, stop.start(), end)
    limit = bad.start() if bad else end
    part = _ENDS_PARTICIPLE.search(masked, stop.start(), limit)
    if part is not None and not (
        _GERUND.search(masked, pos, stop.start())
        and _GERUND_LIST_END.search(masked, part.end(), limit)
    ):
        limit = part.start()
    for c0, _, word in art.cues_in(stop.start(), limit):
        if _finite_cue(word.lower()):
            limit = c0  # "..., and aides argued ...": a report of its own
            break
    if limit < end:
        pieces = [
            m.start()
            for m in _PIECE.finditer(masked, stop.start(), min(end, limit + 3))
            if m.start() <= limit
        ]
        limit = pieces[-1] if pieces else stop.start()
    if limit <= stop.start() or len(masked[stop.start() : limit].split()) > _MOST_WORDS:
        return stop.start()
    return limit


# A relative clause on an object, and where it ends: a new clause, a participle, a dash
_ENDS_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s(?!\s*(?:he|she|they|we|I|you|it)\b)")
_RELATIVE_STOP = re.compile(
    r";|:|\s[—–]|\s-+\s|,[\"”’']?\s+(?:but|while|whereas|and|or|as|although|though|because|"
    r"according|[a-z]+ing)\b"
)


# The verb of a relative clause whose subject is the relative pronoun: "who has since backed"
_RELATIVE_VERB = re.compile(
    r"(?:(?:has|have|had|is|are|was|were|also|since|later|now|then|[a-z]+ly)\s+)*([a-z]+)\b"
)


def _relative_end(art: Article, at: int, s1: int) -> int:
    """Return where a relative clause on an object ending at ``at`` ends ("praised Jeb Bush,
    who dropped out after ..."), or ``at`` when no relative clause follows or it holds a
    reporting cue or opens with a stance verb (", which they argue spur demand", ", who has
    since expressed support for": a report of its own)."""
    m = _ENDS_RELATIVE.match(art.masked, at, s1)
    if m is None:
        return at
    stop = _RELATIVE_STOP.search(art.masked, m.end(), s1)
    end = stop.start() if stop else s1
    verb = _RELATIVE_VERB.match(art.masked, m.end(), end)
    if art.cues_in(m.end(), end) or (verb is not None and verb.group(1) in STANCE_VERBS):
        return at  # "Clinton, who has since expressed support for ...": her own stance
    return end


# "X as Y for doing Z": a reason after the characterization "X as Y"
_AS_THEN_REASON = re.compile(r"\sas\s[^,;]*?(\s+for\s+[a-z]+ing)\b")
# The event a stance's object was stated at, which ends the object: "in the debate"
_EVENT_AFTER = re.compile(r"\s+" + _EVENT + r"\b")
_MOST_STANCE = 4
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
# Verbs of perception and cognition report a stance only with a clause ("knows that ...",
# "sees him as a threat"), not with a plain object ("has known them since 1992")
_CLAUSE_ONLY = frozenset(
    "know knows knew known see sees saw seen feel feels felt understand understands understood "
    "realize realizes realized realise realises realised remember remembers remembered "
    "imagine imagines imagined suspect suspects suspected doubt doubts doubted think thinks "
    "thought believe believes believed reckon reckons reckoned wish wishes wished fear fears "
    "feared worry worries worried".split()
)
_AUXILIARIES = frozenset("will would do does did can could is are was were has have had".split())
# The reporter's own clause after the stance: "..., but also had to ...", "..., as he charged"
_STANCE_CLAUSE_END = re.compile(
    r",?\s+but\s|,\s+(?:even\s+)?(?:as(?!\s+well\s+as\b)|though|although)\s|"
    r"\s+(?P<bare>as|while|because|when)\s+"
    r"(?=(?P<gap>(?:[\w’'\-]+\s+){1,4}?)(?:[a-z]+ed|is|are|was|were|has|have|had)\b)"
)
# An "as" that opens no clause: a complement with a relative clause or an adjective in -ed ("as
# a candidate who has ...", "as the emotions of a worried spouse")
_AS_NOT_CLAUSE = re.compile(r"\b(?:who|which|that|whose|of|a|an|as)\s")
# The second "as" of a comparison: "just as strong today as she was"
_COMPARISON_BEFORE = re.compile(r"\bas\s+[\w’'\-]+(?:\s+[\w’'\-]+)?$")


def _clause_end(masked: str, pos: int, end: int, clause: bool = False) -> re.Match | None:
    """Return where the reporter's own clause takes over a stance's content (see
    ``_STANCE_CLAUSE_END``), passing over an "as" that introduces a complement or a comparison,
    and in a that-clause a subordinator with no comma before it (its clause is part of the
    claim: "believes that X will win because he has a plan")."""
    for b in _STANCE_CLAUSE_END.finditer(masked, pos, end):
        if clause and b.group("bare") is not None:
            continue
        if b.group("bare") != "as":
            return b
        if _AS_NOT_CLAUSE.search(b.group("gap")) or _COMPARISON_BEFORE.search(
            masked, pos, b.start()
        ):
            continue
        return b
    return None


# A fronted subordinate clause or adverbial before the main clause's subject
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:While|Although|Though|After|Before|When|Since|As|Because|Despite|In|On|At|During|"
    r"With|Without|Unlike|For|Following|Amid|Last|This|Earlier|Later|Like|Under|Over|Among|"
    r"Throughout|Outside|Inside|Back|Once|If|Given|Not\s+[a-z]+ly|"
    r"Yesterday|Today|Tonight|[A-Z][a-z]{3,}ly(?=,))\b"
)
# What joins a stance to the report after it: "... and said", "..., saying"
_JOIN_BEFORE = re.compile(r"(?:,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?|,\s*)$")
_PLURAL_NOUNS = frozenset("attacks charges claims fears doubts demands hopes plans".split())
# Verbs that report a stance only as "X as Y" ("painted him as a liar", "cast the vote as")
_AS_ONLY = frozenset(
    "paint paints painted painting cast casts casting frame frames framed framing depict "
    "depicts depicted depicting position positions positioned positioning spin spins spun "
    "spinning".split()
)
_QUANTIFIERS = frozenset("such several many some most all both few other".split())
# Adverbs without -ly between an auxiliary and its verb: "is already claiming"
_PLAIN_ADVERBS = frozenset("already still now also even again just long since once often".split())


# "so" before a stance adjective, and the "that" of the result clause it announces
_ENDS_SO = re.compile(r"\bso\s+(?:[a-z]+ly\s+)?$")
_ENDS_RESULT_THAT = re.compile(r"\sthat\s")


# Stance participles that modify a noun, with the stance of what the noun names: "a super PAC
# backing Jeb Bush", "commercials opposing Bush"
_MODIFIER_VERBS = frozenset("backing supporting opposing endorsing attacking criticizing".split())
# The nouns whose stance such a participle states: groups that back a side and what they send
# out or say ("Democrats supporting the bill met": people, whose stance is no report)
_BACKERS = frozenset(
    "pac pacs group groups committee committees organization organizations coalition "
    "coalitions ad ads commercial commercials calls mailers papers speech speeches statement "
    "letter".split()
)
# The words before such a noun that belong to its phrase: "the main super PAC", "Right to Rise's
# ads", not a verb ("The union ran commercials")
_BACKER_LEAD = re.compile(
    r"(?:(?<![\w’'\-])(?:a|an|the|two|three|several|other|many|some|super|main|independent|"
    r"outside|new|negative|digital|television|[A-Z][\w.\-]*|[\w\-]+['’]s?)\s+){1,4}$"
)
_NAME_WORD = r"[A-Z][\w.\-]*(?:['’](?!s\b)[\w\-]+)?"
_NAME = (
    _NAME_WORD
    + r"(?:\s+(?:"
    + _NAME_WORD
    + r"|of|de|van|von|governor|senator|congressman|congresswoman|mayor))*"
)
# What the modifier backs: a name (with its campaign, "and" a second name), "the X" or a short
# phrase after "the" that ends the clause ("attacking the presumptive Republican nominee.")
_MODIFIER_OBJECT = re.compile(
    r"\s+(?:(?:former|then-\w+|presidential|candidate|front-?runner|nominee|rival|Republican|"
    r"Democratic|GOP|the)\s+)*"
    r"(?:" + _NAME + r"(?:\s+and\s+" + _NAME + r")?"
    r"(?:['’]s\s+(?:[A-Z][\w\-]*\s+)*[a-z]+(?:\s+for\s+the\s+(?:[A-Z]+\s+)?nomination)?)?"
    r"|the\s+(?:[A-Za-z\-]+\s+){0,3}?[A-Za-z\-]+(?=\s*[,.;:)])|the\s+[a-z]+)\b"
)


def _modifier_stance(art: Article, s0: int, s1: int, m: re.Match, prev: list[str]):
    """ "a super PAC backing Jeb Bush", "commercials opposing Bush": the stance of the group or
    the ad that a stance participle modifies, when its object is a name or "the X"."""
    if not prev or prev[-1].lower() not in _BACKERS:
        return None
    if any(_finite_cue(c[2].lower()) or c[2].endswith("ing") for c in art.cues_in(s0, m.start())):
        return None  # "saying lobbyists have donated to a super PAC supporting Clinton": inside
        # another report's content
    obj = _MODIFIER_OBJECT.match(art.masked, m.end(), s1)
    noun = art.masked.rfind(prev[-1], s0, m.start())
    if obj is None or noun < 0:
        return None
    lead = _BACKER_LEAD.search(art.masked, s0, noun)
    a = lead.start() if lead else noun
    text = art.masked[a : noun + len(prev[-1])]
    kind = "name" if all(w[0].isupper() for w in text.split()) else "description"
    sub = Mention(a, noun + len(prev[-1]), text, kind)
    span = _content_span(art, m.end(), obj.end(), min_words=1)
    return None if span is None else (span, sub, m.span() + (m.group(),), "indirect-stance", 0.4)


# A subordinator right before a stance's subject: "because they felt betrayed by ...", "when he
# promised to cut taxes", "although many Republicans oppose the plan"; not "if" ("especially if
# they care about ...": a condition, no one's stance), nor "whether"
_SUBORDINATOR_LEAD = (
    r"(?:^|(?<=[\s,(\"“—–-]))(?P<word>(?i:because|when|after|although|though|while|since|before|"
    r"until|unless|once|whereas|as))\s+(?:(?:even|only|just)\s+)?"
)
_SUBST_SUBORDINATOR = re.compile(_SUBORDINATOR_LEAD + r"$")
# After the stance word, an auxiliary: the word was a noun ("when the committee report was")
_SUBST_NOUN_CUE = re.compile(r"[\w’'\-]+\s+(?:is|are|was|were|will|would|has|have|had)\b")
# "as we know it", "as Kreutz points out in a column", "as he noted,": an aside whose content is
# the main clause, which the reports of the main clause take
_AS_ASIDE = re.compile(r"[\w’'\-]+(?:\s+out)?(?:\s+it\b|\s+(?:in|on|at)\s|\s*,)")
# "as it became clear", "though it was doubtful": "it" holds a stance only with an adjective
_IT_COPULA = re.compile(
    r"(?:is|was|became|becomes|seemed|seems|appeared|appears|remained|remains|grew)\b"
)
# Subordinators of time, and the stance verbs that in a time clause name an occasion
_SUBST_TEMPORAL = frozenset("as when after before while since until once".split())
_OCCASION_VERBS = frozenset("welcome welcomes welcomed celebrate celebrates celebrated".split())
_SUBST_TO = re.compile(r"\s+to\s")
# The subordinator before joined subjects, of which ``subject_before`` finds the last
_JOINED = re.compile(_SUBORDINATOR_LEAD + r"(?P<first>(?:[\w’'.\-]+\s+){1,3}?)and\s+$")
# A second main clause's opening before a subordinator (", but when", "; after", ", and as"),
# or an aside's dash ("- as Sanders claims to desire - Clinton would have won")
_JOINED_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|yet|so)|;|\s[—–]|\s-{1,2})\s+(?:(?:even|only|just)\s+)?$"
)
_ADVERBIAL_WORDS = 3  # "In 2010, when ...", "Last year, after ...": a fronted adverbial
_REACH = 30  # characters before the subject where the subordinator is looked for
_LEAD_WORDS = 2  # "However when ...", "Back when ...": still the sentence's opening
# A fronted subordinate clause at a sentence's opening
_SUBST_FRONTED = re.compile(
    r"[\s\"'“(—–-]*(?:(?:And|But|So|Yet)\s+)?(?:(?:Even|Only|Just)\s+)?(?:When|While|As|"
    r"Because|Although|Though|After|Before|Since|Once|Until|Unless|Whereas)\s"
)


def _subordinate(
    art: Article, s0: int, s1: int, v0: int, sub: Mention
) -> tuple[int, Mention] | None:
    """Return where the subordinate clause whose subject is ``sub`` ends, and its whole subject,
    or None when ``sub`` opens no subordinate clause.

    A stance in a subordinate clause ("the market fell after she criticized the deal") is as much
    its subject's as one in a main clause, but its content ends with the clause: at the comma
    that closes a fronted clause, at the sentence's end for a trailing one.
    """
    masked = art.masked
    m = _SUBST_SUBORDINATOR.search(masked, max(s0, sub.start - _REACH), sub.start)
    if m is None and (j := _JOINED.search(masked, max(s0, sub.start - 2 * _REACH), sub.start)):
        # "while doctors and medical experts warned of ...": the joined subject whole
        if any(w.endswith("ed") or w in _NOT_IN_SUBJECT for w in j.group("first").split()):
            return None  # "As the debate progressed and Trump stood by": two clauses
        m, first = j, j.start("first")
        sub = Mention(first, sub.end, masked[first : sub.end], "description")
    if m is None or not _main_clause_subject(art, sub.start, v0, sub):
        return None
    if _SUBST_NOUN_CUE.match(masked, v0, s1):
        return None  # "when the rules committee report was finalized": a noun
    if m.group("word").lower() == "as" and _AS_ASIDE.match(masked, v0, s1):
        return None  # "as we know it", "as Kreutz points out in a column": an aside
    if (
        m.group("word").lower() in _SUBST_TEMPORAL
        and masked[v0 : v0 + 12].split()[0] in _OCCASION_VERBS
    ):
        return None  # "As he welcomed several hundred guests": the time of an occasion
    if sub.text.lower() == "it" and not _IT_COPULA.match(masked, v0, s1):
        return None  # "because it threatens the work": no one's stance
    close = _SUBORDINATE_END.search(masked, v0, s1)
    lead = masked[s0 : m.start()].strip(" \"'“(—–-\n").split()
    if _JOINED_CLAUSE.search(masked, s0, m.start()) or (
        lead and lead[-1].endswith(",") and len(lead) <= _ADVERBIAL_WORDS
    ):
        # "..., but when he promised to cut fares, the crowd cheered", "Last year, after the
        # mayor vowed to ..., the company sued": a clause fronted to a main clause after it
        return (close.start() if close is not None else s1), sub
    if len(lead) > _LEAD_WORDS or (lead and lead[-1].endswith(",")):
        return s1, sub  # a trailing clause: "..., because they felt betrayed by the party."
    return (close.start(), sub) if close is not None else None


# A short noun phrase after a subordinator, then the verb (past auxiliaries and adverbs):
# "when liberal organizations advocated for", "as various rivals see", "while many agreed"
_BARE_SUBJECT = re.compile(
    _SUBORDINATOR_LEAD + r"(?P<np>(?:[A-Za-z][\w’'\-]*\s+){0,3}?[A-Za-z][\w’'\-]*)"
    r"(?:\s+(?:also|still|now|then|first|later|again|never|not|all|have|has|had|[a-z]+ly))*\s+$"
)


def _clause(
    art: Article, s0: int, s1: int, v0: int, sub: Mention | None
) -> tuple[int, Mention] | None:
    """Return the end and the subject of a subordinate clause whose verb is at ``v0`` (see
    ``_subordinate``); with no ``sub``, the short noun phrase after the subordinator."""
    if sub is None:
        m = _BARE_SUBJECT.search(art.masked, max(s0, v0 - 2 * _REACH), v0)
        words = m.group("np").split() if m is not None else []
        if (
            not words
            or any(
                w.lower() in _NOT_IN_SUBJECT
                or w.lower() in _AUXILIARIES
                or w.endswith(("ed", "n't", "n’t"))  # "they haven't come out in support of"
                for w in words
            )
            or (len(words) == 1 and not _LONE_QUANTIFIER.fullmatch(words[0]))
            or (m.group("word").lower() == "as" and not words[-1].endswith("s"))
        ):
            return None  # "as unions threatened", "tenure as secretary of state have cited": a
            # lone noun, a singular after "as", are a preposition's object as often
        sub = Mention(m.start("np"), m.end("np"), m.group("np"), "description")
    elif sub.kind == "relative" or _main_clause_subject(art, s0, v0, sub):
        return None
    return _subordinate(art, s0, s1, v0, sub)


def _clause_close(art: Article, at: int, s1: int) -> int:
    """Return where the fronted subordinate clause holding ``at`` closes ("When Trump referred to
    ... and said he would ..., the crowd applauded"), or ``s1`` when ``at`` is in none."""
    s0 = art.sentence_at(at)[0]
    if not _SUBST_FRONTED.match(art.masked, s0, at) or _SUBORDINATE_END.search(art.masked, s0, at):
        return s1
    close = _SUBORDINATE_END.search(art.masked, at, s1)
    return close.start() if close is not None else s1


def _stance(art: Article, s0: int, s1: int, limit: int | None = None, outside: list | None = None):
    """ "Sanders supports the proposal", "she hopes ...": a stance verb's complement.

    A main clause counts: its subject opens the sentence (or follows one fronted
    adverbial), there is no modal ("would want"), the verb is active, and the subject is a
    name, a pronoun or a person-like description; so does a subordinate clause with such a
    subject ("after she criticized the deal"), whose content ends with the clause. With
    ``limit`` (the cue of another report later in the sentence: "Wilson praised Rubio's
    record and said ...") the stance verb and its content come before it. With ``outside``
    (the spans and cues of the reports already made) a stance whose verb or content falls in
    one is passed over, and so is an object that is a lone pronoun or a subject that is no
    speaker: a second report of the sentence.
    """
    masked = art.masked
    if not _SENTENCE_END.search(masked, s0, s1):
        return None  # a headline or a list item, not a sentence of the article
    pars = art.lay.paragraphs
    if len(pars) > 1 and s0 <= pars[0][0] and s1 >= pars[0][1] - 2:
        return None  # an article's first paragraph of one sentence: its title
    tried = 0
    modifier = None
    for m in _WORD.finditer(masked, s0, limit or s1):
        word = m.group()
        if word[0].isupper() or word not in _STANCE_WORDS:
            continue  # a cheap set test first: most words are no stance
        low = word
        c0, c1 = m.span()
        if outside and any(a <= c0 < b for a, b in outside):
            continue
        adjective = False
        if (ph := _phrase_end(masked, low, c1, s1)) is not None:
            if (
                masked[ph - 3 : ph] == " on"
                and low.startswith("call")
                and not _CALL_ON_TO.match(masked, ph, s1)
            ):
                continue  # "called on the patients": a visit, not "called on them to leave"
            if (
                low in _TOPIC_VERBS
                and (phrase := masked[c1:ph].split())[-1] in ("about", "of")
                and "out" not in phrase
                and not _TOPIC_CLAUSE.match(masked, ph, s1)
            ):
                continue  # "spoke about the new centres": a topic, not what was said
            c1 = ph  # "called for", "took issue with": the content follows the phrase
        elif low in STANCE_ADJECTIVES and (
            copula := _COPULA_BEFORE.search(masked, max(s0, c0 - 40), c0)
        ):
            adjective = True  # "is critical of", "remains confident that"
        elif low not in STANCE_VERBS:
            continue
        # a phrase takes an object even when its verb is one of _CLAUSE_ONLY: "believes in the
        # plan", "worry about the levy"; not one in -ed, a participle as often ("voters worried
        # about crime might stay home")
        verb = (
            " ".join(masked[c0:c1].split())
            if ph is not None and not (low in _CLAUSE_ONLY and low.endswith("ed"))
            else low
        )
        if masked[c1 : c1 + 1] == "-" or masked[c0 - 1 : c0] == "-":
            continue  # "back-to-back", "long-distance": part of a compound
        prev = masked[max(s0, c0 - 40) : c0].split()
        while len(prev) > 1 and (
            prev[-1].endswith("ly") or prev[-1] in _PLAIN_ADVERBS or prev[-1].isdigit()
        ):
            prev.pop()  # "Britain's emotionally charged uprising", "is already claiming",
            # "in his 2008 campaign against"
        if (
            prev
            and (
                prev[-1].lower() in _DETERMINERS_MORE_LESS
                or prev[-1].endswith(("s'", "s’"))  # "The Census' vow"
                or (
                    prev[-1].endswith(("'s", "’s"))
                    and prev[-1].lower()[:-2] not in _CONTRACTED  # "he's sought": has, not of
                )
            )
        ):
            continue  # "his support", "Trump's plan": a noun
        if (
            low.endswith("ing")
            and not (prev and _BE_BEFORE.fullmatch(prev[-1].lower()))
            and _coordinated_subject(art, s0, c0) is None  # "is bracing for ... and hoping"
        ):
            if modifier is None and low in _MODIFIER_VERBS and limit is None:
                modifier = _modifier_stance(art, s0, s1, m, prev)
            continue  # "Democrats supporting Mrs. Clinton have ...": a modifier (a group's or
            # an ad's stance is reported when the sentence has no other: "a super PAC backing")
        tried += 1
        if tried > _MOST_STANCE:
            break
        v0 = copula.start() if adjective else c0
        if (cv := _CATENATIVE.search(masked, max(s0, v0 - 40), v0)) is not None:
            v0 = cv.start()  # "continues to insist", "began to question": the first verb's
        sub = subject_before(masked, s0, v0)
        restrictive = None
        if sub is not None and not limit and (rel := _restrictive_relative(sub)) is not None:
            sub = restrictive = rel  # "an Arkansas poultry magnate who previously backed ..."
        if (
            sub is not None
            and sub.kind == "relative"
            and sub.refers is not None
            and not _MODAL_BEFORE.search(masked, sub.end, v0)
            and not limit
        ):
            if low.endswith("ing") or _PASSIVE.search(masked, sub.end, v0):
                continue  # "who is challenging the senator", "which is charged with"
            # "Sanders, who sees himself as the father of a movement, ...": the relative
            # clause's stance ends with the clause
            stop = (
                _RESTRICTIVE_END.search(masked, c1, s1)
                if restrictive
                else _relative_clause_end(masked, c1, s1)
            )
            if (
                restrictive
                and not masked[s0 : sub.refers.start].strip(" \"'“(—–-\n")
                and (stop is None or not stop.group().strip().isalpha())
            ):
                continue  # in the sentence's subject, where the main verb is not found:
                # "A dozen Republicans who want to be president squared off"
            span = _stance_content(art, c1, stop.start() if stop else s1, verb, sub)
            if span is not None and (outside is None or _second_ok(art, span, sub, outside)):
                return span, sub, (c0, c1, word), "indirect-stance", 0.45
            continue
        if (
            not limit
            and not (adjective and _SUBST_TO.match(masked, c1, s1))  # "was glad to hear"
            and (clause := _clause(art, s0, s1, v0, sub)) is not None
        ):
            stop, sub = clause
            span = _stance_content(art, c1, stop, verb, sub)
            if span is not None and (outside is None or _second_ok(art, span, sub, outside)):
                return span, sub, (c0, c1, word), "indirect-stance", 0.45
            continue
        if sub is None or not _main_clause_subject(art, s0, v0, sub):
            # "Ben Carson, Ted Cruz and Rand Paul have all attacked ...": the opening phrase
            sub = None if low in _NEAR_SUBJECT_ONLY else _opening_subject(art, s0, v0)
            if sub is not None and not _main_clause_subject(art, s0, v0, sub):
                sub = None
        if sub is None and not adjective and low not in _NEAR_SUBJECT_ONLY:
            # "The mayor visited the harbour and praised the workers": the main clause's
            # subject of an earlier verb
            sub = _coordinated_subject(art, s0, v0) or _purpose_subject(art, s0, v0)
        if sub is None or (
            adjective and (sub.text.lower() == "it" or _LONE_QUANTIFIER.fullmatch(sub.text))
        ):
            continue  # "It was clear ...": no one holds the stance; "Both are committed
            # progressives": a quality more often
        stop = s1
        if adjective and _ENDS_SO.search(copula.group()) is not None:
            # "are so opposed to electing Trump that they're endorsing Clinton": the result
            # clause is no part of the stance
            stop = res.start() if (res := _ENDS_RESULT_THAT.search(masked, c1, s1)) else s1
        span = _stance_content(art, c1, stop, verb, sub, limit)
        if span is None or (outside is not None and not _second_ok(art, span, sub, outside)):
            continue
        return span, sub, (c0, c1, word), "indirect-stance", 0.45
    if (
        modifier is not None
        and outside is not None
        and not _second_ok(art, modifier[0], modifier[1], outside)
    ):
        return None
    if modifier is None and limit is None:
        return _what_called(art, s0, s1, outside)
    return modifier


# "protests against what they call the ''rigged'' nomination", "what Ruiz described as a
# "piece of history"": the naming is its subject's stance, whatever verb governs "what"
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<who>he|she|they|it|some|critics|many|others|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<verb>calls|call|called|describes\s+as|describe\s+as|described\s+as|terms|termed|"
    r"dubs|dubbed|labels|labeled|labelled)\s(?!(?:for|on|off|up|in|out|back|it)\b)"
)
_PRONOUNS = frozenset("he she they it".split())
# An article after a word inside the named object, and the words an article may follow there
_ARTICLE = re.compile(r"(?<=\s)(\w+)\s+(?P<art>a|an|the)\s")
_BEFORE_ARTICLE = frozenset(
    "of in on for to and or but with from by at as about against into over than that which who "
    "is are was were be been being has have had not nor".split()
)


def _what_called(art: Article, s0: int, s1: int, outside: list | None = None):
    """ "ending what he calls corruption in politics": what the subject of "call" names, to the
    end of its object, is that subject's stance (scare quotes or none)."""
    masked = art.masked
    if "hat " not in masked[s0:s1]:
        return None  # cheap test first
    m = _WHAT_CALLED.search(masked, s0, s1)
    if m is None:
        return None
    who = m.group("who")
    kind = "pronoun" if who in _PRONOUNS else "name" if who[0].isupper() else "description"
    sub = Mention(m.start("who"), m.end("who"), who, kind)
    if kind == "name" and art.resolver.no_speaker(sub):
        return None
    end = _object_end(art, m.end(), s1)
    for d in _ARTICLE.finditer(masked, m.end(), end):
        if d.group(1).lower() not in _BEFORE_ARTICLE:
            end = d.start("art")  # "made ... ending what he calls graft in politics a major
            break  # focus": a second object of "made" starts at its article
    span = _content_span(art, m.start(), end, min_words=3)
    if span is None:
        return None
    one = (span, sub, (m.start("verb"), m.end("verb"), m.group("verb")), "indirect-stance", 0.45)
    return one if not outside or _beside(one, outside) else None


_LONE_PRONOUN = frozenset("him her them it us me you himself herself themselves".split())
_DANGLING_END = re.compile(r"\b(?:including|such\s+as|especially|particularly)\W*$")


def _second_ok(art: Article, span: tuple[int, int], sub: Mention, made: list) -> bool:
    """Return True when ``span`` of ``sub`` may be a second report of a sentence whose reports
    (and cues) already take the spans ``made``."""
    if any(a < span[1] and span[0] < b for a, b in made):
        return False
    text = art.masked[span[0] : span[1]]
    if text.strip().lower() in _LONE_PRONOUN or _DANGLING_END.search(text):
        return False
    head = sub.refers if sub.kind == "relative" and sub.refers is not None else sub
    return not (head.kind in ("name", "description") and art.resolver.no_speaker(head))


def _beside(one: tuple, taken: list) -> bool:
    """Return True when the report ``one`` has its cue outside the spans ``taken`` and its
    content either clear of each of them or holding it whole."""
    (a, b), c0 = one[0], one[2][0]
    return not any(
        t0 <= c0 < t1 or (t0 < b and a < t1 and not (a <= t0 <= t1 <= b and b - a > t1 - t0))
        for t0, t1 in taken
    )


_RELATIVE_END = re.compile(r",(?!\d{3}\b)|\s[—–-]+\s|;")  # not "5,000"
# A pair of dashes around an aside, inside a relative clause's report ("who pointed out that
# such a position - unheard of until now - would ...")
_DASH_ASIDE = re.compile(r"\s[—–-]+\s[^,;—–]{1,60}?\s[—–-]+\s")


def _relative_clause_end(masked: str, c1: int, s1: int) -> re.Match | None:
    """Return where a relative clause holding a stance at ``c1`` ends (``_RELATIVE_END``),
    passing over an aside between two dashes."""
    at = c1
    while (stop := _RELATIVE_END.search(masked, at, s1)) is not None:
        aside = _DASH_ASIDE.match(masked, stop.start(), s1)
        if aside is None:
            return stop  # a comma, a semicolon or a lone dash
        at = aside.end()
    return None


# A verb joined to an earlier verb of the same subject: "... and praised", ", but also views"
_COORDINATED_BEFORE = re.compile(
    r"(?:,?\s+(?:and|but)|,\s+then)\s+(?:(?:also|later|then|still|instead|[a-z]+ly)\s+)*$"
)
_PAST_AUXILIARIES = frozenset("was were has have had".split())
# Another clause between the two verbs: the second verb may be that clause's
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|while|because|if|although|though|since|"
    r"unless|until|whether|he|she|they|we|I|it|said|says)\b|[;:—–()]|\s--?\s|"
    r"(?:,\s+|\b)as\s+(?:(?:he|she|they|we|I|it|the|a|an|his|her|their|its)\b|[A-Z])"
)
_VERB_WORD = re.compile(r"(?<![\w'’\-])[a-z]{2,}(?![\w'’\-])")


# Verbs of going, appearing and spending whose subject a purpose infinitive shares: "appeared
# Tuesday with employees ... to tout his record", "went on Twitter to applaud"
_PURPOSE_VERBS = frozenset(
    "appeared appears went goes came comes traveled travelled travels met meets gathered "
    "gather returned returns stopped stops paused pauses rallied used uses spent spends joined "
    "joins descended headed heads flew arrived arrives took takes".split()
)
_PURPOSE_BEFORE = re.compile(r"\s(?:in\s+order\s+)?to\s+$")


# Compiled once for _purpose_subject
_TO_AFTER = re.compile(r"\s+(?:on\s+)?to\b")


def _purpose_subject(art: Article, s0: int, v0: int) -> Mention | None:
    """ "Trump appeared Tuesday with employees at his club to tout his ability to create jobs":
    the subject of the main clause's verb of going or appearing before a purpose infinitive."""
    masked = art.masked
    if (j := _PURPOSE_BEFORE.search(masked, max(s0, v0 - 20), v0)) is None:
        return None
    for w in _VERB_WORD.finditer(masked, s0, j.start()):
        word = w.group()
        if not (word.endswith(("ed", "s")) or word in _IRREGULAR_PAST) or word.endswith("ss"):
            continue
        if word not in _PURPOSE_VERBS or _TO_AFTER.match(masked[w.end() : w.end() + 8]):
            return None  # "appears to be willing to ignore": a raising verb
        return _main_verb_subject(art, s0, w, j.start())
    return None


def _coordinated_subject(art: Article, s0: int, v0: int) -> Mention | None:
    """ "Gay rights groups condemned the bill but praised the senators": the subject of the
    main clause's first verb, in the same tense, when the verb at ``v0`` is coordinated with it."""
    masked = art.masked
    if (j := _COORDINATED_BEFORE.search(masked, max(s0, v0 - 40), v0)) is None:
        return None
    verb = masked[v0 : v0 + 30].split()[0]
    progressive = past = False
    if verb.endswith("ing"):
        progressive = True  # "is bracing for defeat and hoping to": the same "is"
        if "and" not in j.group():
            return None  # "..., hoping to": a participle phrase
    elif verb.endswith("ed") or verb in _IRREGULAR_PAST:
        past = True
    elif not verb.endswith("s") or verb.endswith("ss"):
        return None  # "and vow to": a plural, an infinitive or an imperative
    for w in _VERB_WORD.finditer(masked, s0, j.start()):
        word = w.group()
        if progressive:
            if not word.endswith("ing"):
                continue
            before = masked[max(s0, w.start() - 30) : w.start()].split()
            while len(before) > 1 and before[-1].endswith("ly") or before[-1:] == ["also"]:
                before.pop()
            if not (before and _BE_BEFORE.fullmatch(before[-1].lower())):
                continue
        elif past and not (word.endswith("ed") or word in _PAST_WORDS):
            continue  # "has spoken at every fair ... and criticized": a perfect shares "has"
        elif not past and not (
            word in ("is", "has") or word.endswith("s") and not word.endswith(("ss", "us", "is"))
        ):
            continue
        # None when the first verb of the tense is not the main clause's: "After the mayor
        # visited the harbour and praised the workers, ..."
        return _main_verb_subject(art, s0, w, j.start())
    return None


def _main_verb_subject(art: Article, s0: int, w: re.Match, stop: int) -> Mention | None:
    """The subject of the verb ``w`` when it is the main clause's and no other clause stands
    between it and ``stop`` (the later verb that shares it); None otherwise."""
    masked = art.masked
    sub = subject_before(masked, s0, w.start())
    if sub is None or not _main_clause_subject(art, s0, w.start(), sub):
        sub = _opening_subject(art, s0, w.start())
        if sub is not None and not _main_clause_subject(art, s0, w.start(), sub):
            sub = None
    if sub is None or _SUBORDINATE_OPENING.match(sub.text + " "):
        return None
    if sub.text.split()[0].lower() in _FRONTED_PREPOSITIONS:
        return None  # "Along with her husband, ..., she has given": a fronted phrase, no subject
    if _ANOTHER_CLAUSE.search(masked, w.end(), stop):
        return None
    return sub


# A restrictive relative clause inside the subject ends at the main verb: "the respondents who
# support Sanders are in college"
_RESTRICTIVE_END = re.compile(
    r",|\s[—–-]+\s|;|\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|"
    r"must|do|does|did)\s"
)


def _restrictive_relative(sub: Mention) -> Mention | None:
    """ "a donor who backs Mr. Cruz": the relative "who" standing for the noun phrase before it,
    when ``sub`` is a description ending in "who"."""
    words = sub.text.split()
    if sub.kind != "description" or len(words) < 2 or words[-1].lower() != "who":
        return None
    head = sub.text[: sub.text.rfind(words[-1])].rstrip()
    refers = Mention(sub.start, sub.start + len(head), head, "description")
    if not (_person_like(refers) or _QUANTITY_SUBJECT.search(head)):
        return None  # "those who want more liberal policies": too often no stance marked
    return Mention(sub.end - len(words[-1]), sub.end, words[-1], "relative", refers=refers)


# Verbs that are particles or adverbs too often ("fired back"): the subject must be right there
_NEAR_SUBJECT_ONLY = frozenset("back backs backed".split())
# Phrasal stance verbs by their first word: "called" -> the rest "for", "out against", ...
# "one's" in an entry stands for any possessive ("threw one's support behind": "threw his
# support behind"); an adverb may come between the words ("spoke out sharply against")
_ONES = r"(?:his|her|their|its|our|my|your|one['’]s)"
_PHRASE_GAP = r"\s+(?:[a-z]+ly\s+)?"
_PHRASES: dict[str, list[re.Pattern]] = {}
for _p in sorted(STANCE_PHRASES, key=len, reverse=True):
    _first, _rest = _p.split(" ", 1)
    _words = [_ONES if w == "one's" else re.escape(w) for w in _rest.split()]
    _PHRASES.setdefault(_first, []).append(
        re.compile(_PHRASE_GAP + _PHRASE_GAP.join(_words) + r"\b")
    )
# "called on Congress to pass a bill": whom the appeal is made to, then what to do
_CALL_ON_TO = re.compile(r"(?:\s+[\w.’'\-]+){1,8}?\s+to\s+(?![A-Z\d])\S")
# Verbs of talking, whose "about" or "of" names a topic ("spoke about the new centres"); only
# a clause or a gerund after them is what was said: "talked about how she pushed ...",
# "spoke of bringing communities together"
_TOPIC_VERBS = frozenset("talk talks talked talking speak speaks spoke speaking spoken".split())
_TOPIC_CLAUSE = re.compile(
    r"\s+(?:how|what|why|whether|where|who|(?![a-z]*thing\b)[a-z]{2,}ing)\b(?![\w'’\-])"
)
# A copula (and adverbs) right before a stance adjective: "is deeply critical of"
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|am|be|been|remain|remains|remained|became|become|becomes|"
    r"grew|seemed|seems|appeared|appears|feel|feels|felt)|"
    r"(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\bwho))['’]s|(?<=[a-z])['’]re|(?<=\bI)['’]m)"
    r"(?:\s+(?:not|also|still|now|already|all|so|too|very|quite|more|less|[a-z]+ly))*\s+$"
)
# Verbs that pass their subject on to the stance verb after "to"
_CATENATIVE = re.compile(
    r"\b(?:continues|continued|continue|continuing|began|begin|begins|beginning|started|starts|"
    r"start|starting|went\s+on|goes\s+on|go\s+on|tries|tried|try|trying|attempts|attempted|"
    r"attempting|tend|tends|tended)\s+to\s+(?:[a-z]+ly\s+)?$"
)
# A share of the people polled: "24 percent", "a 54% majority of independents", "6 in 10 men"
_QUANTITY_SUBJECT = re.compile(
    r"(?:\b(?:percent|majority|plurality|minority|half|thirds?|quarters?)\b|%|\b\d+\s+in\s+\d+\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)\b)",
    re.I,
)
_STANCE_WORDS = STANCE_VERBS | STANCE_ADJECTIVES | frozenset(_PHRASES)
_CONTRACTED = frozenset("he she it that who there what".split())
# Between a subject and its verb: appositives and asides in commas or dashes, and auxiliaries
_ASIDE = re.compile(
    # an aside in dashes may be long ("- which was founded by ... and which has endorsed X -")
    r",[^,;]{1,120},|\s[—–―]\s[^—–―]{1,200}\s[—–―]\s|\s--?\s(?:(?!\s--?\s).){1,200}\s--?\s|"
    r"\s\([^()]{1,80}\)"
)
_BETWEEN_END = re.compile(
    r"(?:\s+(?:all|also|both|have|has|had|is|are|was|were|did|does|do|[a-z]+ly|not|never|"
    r"already|still|now|then|again|later|just|ever|long|on\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night)))*\s*$"
)  # and a day: "the Kentucky Republican on Tuesday dismissed"
_ALL_CAPS_NAME = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:of|de|van|von|al|bin)?\s*[A-Z][\w.’'\-]*)*")
_DATELINE = re.compile(r"[A-Z][A-Z.,\s]{2,40}(?:\([A-Za-z]+\)\s*)?[—–-]+\s*")
_LEAD_CONJ = re.compile(r"(?:But|And|Yet|So|Still|Now|Meanwhile)(?:\s*,)?\s+")
# Words that show a clause, not a noun phrase, before the verb
_NOT_IN_SUBJECT = frozenset(
    "is are was were be been has have had will would can could should may might must do does "
    "did that which who whom whose when where while if because as to said says how what why "
    "than".split()
)
_CONTRACTION = re.compile(r"^(?:that|it|there|what|he|she|who)['’]s$", re.I)
# A name after an article: "the SEIU", "The Brujas"
_ARTICLE_NAME = re.compile(r"(?:the|The)(?:\s+[A-Z][\w.’'\-]*){1,4}")
_MONTH_OR_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# Stance verbs that are nouns after a name far more often: "The October report", "the Black
# Lives Matter protests"
_NOUN_VERB = re.compile(
    r"(?:report|reports|protest|protests|attack|attacks|plan|plans|vote|votes|claim|claims|"
    r"call|calls|demand|demands|charge|charges|warning|warnings)\b"
)


# A plural head noun of people by its suffix: "Trump fans", "two Democratic speechwriters",
# "The demonstrators"; not "plans", "documents"
_PEOPLE_PLURAL = re.compile(
    r"(?<![\w’'\-])(?:[a-z]+(?:ers|ors|ists|ians|ants|(?<!m)ents|ives|ats)|fans)$"
)


_LONE_QUANTIFIER = re.compile(r"(?i:both|some|many|most|several|all)(?:\s+of\s+(?:them|us|whom))?")


# Compiled once for _main_clause_subject
_ING_WORD = re.compile(r"[a-z]+ing\b")
_SHARE_END = re.compile(r"(?:percent|%|minority)\s*$")
_FIRST_TOKEN = re.compile(r"\s*(\S*)")
# A conjunction opening a sentence, with "yet" after "and": "And yet, across most of Europe, ..."
_SUBST_LEAD_CONJ = re.compile(r"(?:But|And|Yet|So|Still|Now|Meanwhile|yet|still)(?:\s*,)?\s+")
# "Majorities in many European countries see ...": shares of people, as "a majority"
_SHARES = re.compile(r"(?i:majorities|minorities|pluralities)\b")
_SHARE_NOUN = re.compile(r"\s*(?:support|reports?|backing|approval)\b")


# A plain negation between a subject and its stance verb: "Portman has not endorsed Smith",
# "We do not know how many ...": the stance is still held, unlike a modal one ("would back")
_NEGATION = re.compile(
    r"\s*(?:(?:has|have|had|did|does|do|is|are|was|were)(?:\s+not|n['’]t)|(?:has\s+|have\s+|"
    r"had\s+)?never)\s+(?:yet\s+|publicly\s+|formally\s+)?"
)


def _negated(art: Article, sub: Mention, c0: int) -> bool:
    """Return True when only a plain negation stands between ``sub`` and the verb at ``c0``:
    the modal check must not drop a negative stance."""
    return _NEGATION.fullmatch(art.masked, sub.end, c0) is not None


def _main_clause_subject(
    art: Article, s0: int, c0: int, sub: Mention, speech: bool = False
) -> bool:
    """Return True when ``sub`` is the person-like subject of a main clause verb at ``c0``.

    ``speech``: the verb is a say-verb, which needs no person-like head ("Clinton insiders told").
    """
    masked = art.masked
    # "Both want", "And some interpret", "Many of them believe": a quantifier standing for people
    lone = _LONE_QUANTIFIER.fullmatch(sub.text) is not None
    words = sub.text.split()
    if (
        sub.kind == "relative"
        or _SUBORDINATE.match(sub.text)
        or words[0].lower() in _AUXILIARIES  # "will reporters still want"
        or (words[-1].lower() in _QUANTIFIERS and not lone)
        or words[-1].lower() in ("who", "which", "that")
    ):
        return False
    lead = masked[s0 : sub.start]
    opening = lead.lstrip(" \"'“(—–-\n")
    while (conj := _SUBST_LEAD_CONJ.match(opening)) is not None:
        # "And while the campaign was happy ..., Devine made", "And yet, across Europe, ..."
        opening = opening[conj.end() :]
        lead = lead[len(lead) - len(opening) - 1 :] if opening else lead
    if lead.strip(" \"'“(—–-\n") and not (
        _LEAD_CONJ.fullmatch(lead.strip() + " ")
        or (
            lead.rstrip().endswith(",")
            and (
                (lead.count(",") == 1 and len(lead) < 60)
                or _FRONTED_CLAUSE.match(opening[:1].upper() + opening[1:])
                # "While Sanders has set records, Clinton ..."
            )
        )
    ):
        return False  # "the things he wants", "if she hopes": not the main clause
    if (_MODAL_BEFORE.search(masked, sub.end, c0) and not _negated(art, sub, c0)) or (
        _PASSIVE.search(masked, sub.end, c0)
        and not _ING_WORD.match(masked[c0 : c0 + 25])  # "was defending": progressive
        and not ((w := _WORD.match(masked, c0)) and w.group() in STANCE_ADJECTIVES)
        # "is worried about", "are opposed to": a stance adjective, not a passive
    ):
        return False
    if lone:
        # a plural takes no verb in -s: "Several judges handling ...": a noun after it
        verb = _FIRST_TOKEN.match(masked, c0).group(1)  # no copy of the rest of the article
        return masked[sub.end : c0].strip() != "" or not (
            verb.endswith("s") and not verb.endswith("ss")
        )
    head = words[-1].lower()
    if speech and sub.kind == "description":
        return head.isalpha() and head not in _NOT_HEAD_NOUN
    if _QUANTITY_SUBJECT.search(sub.text) or _SHARES.match(sub.text):
        # "Twenty-four percent said", "about 6 in 10 white men supported"; not "his 32%
        # support gives ...", "sits at 85 percent support": a noun after the share
        return not (
            _SHARE_END.search(masked[sub.start : c0]) and _SHARE_NOUN.match(masked[c0 : c0 + 12])
        )
    if sub.kind == "description" and " and " in sub.text:
        # "Clinton and the DNC rejected": a person or a role among the joined phrases
        for part in sub.text.split(" and "):
            token = part.split()[-1] if part.split() else ""
            ent = art.resolver.by_token.get(token)
            if (ent is not None and ent.kind == "person") or _role_noun(token.lower()):
                return True
    if sub.kind == "description" and _named_aside(art, sub.end, c0):
        return True  # "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed"
    return not (
        sub.kind == "description"
        and (
            not (
                _person_like(sub)
                or _PEOPLE_PLURAL.search(sub.text)
                or head in ORGANISATION_CUES
                or head[:-1] in ORGANISATION_CUES
                or (
                    # "the SEIU endorsed", "The Brujas hope"; not "The October report
                    # exceeded", "The Black Lives Matter protests against": a noun
                    _ARTICLE_NAME.fullmatch(sub.text)
                    and not _MONTH_OR_DAY.search(sub.text)
                    and not _NOUN_VERB.match(masked, c0)
                )
            )
            or head in _DETERMINERS_QUANTIFIERS
        )
    )  # "terrorist attacks", "critical support": a noun, not a verb


# An aside of names in dashes after a description: "-- Mr. Tribe, Ms. Epstein and Mr. Amar --"
_NAMED_ASIDE = re.compile(
    r"\s*(?:\s[—–]|\s-{1,2}|[—–])\s*(?P<first>[A-Z][\w.’'\-]*)[^—–]*?(?:\s[—–]|\s-{1,2}|[—–])\s*$"
)


def _named_aside(art: Article, end: int, c0: int) -> bool:
    """Return True when an aside between a description ending at ``end`` and its verb at ``c0``
    opens with a title or a person's name: the description is of those people."""
    m = _NAMED_ASIDE.match(art.masked, end, c0)
    if m is None:
        return False
    first = m.group("first")
    ent = art.resolver.by_token.get(first)
    return first.lower() in TITLES or (ent is not None and ent.kind == "person")


def _phrase_end(masked: str, low: str, c1: int, s1: int) -> int | None:
    """Return the end of a phrasal stance verb starting with ``low`` ("take issue with")."""
    for rest in _PHRASES.get(low, ()):
        m = rest.match(masked, c1, s1)
        if m is not None:
            return m.end()
    return None


_SUBORDINATORS = frozenset("after before until unless although though whether".split())
# Plurals of people that ``_PEOPLE_PLURAL`` does not see by their suffix
_BARE_PEOPLE = frozenset(
    "people men women critics experts officials hands analysts pundits aides allies liberals "
    "moderates".split()
)


_OPENING_SUBORDINATORS = _SUBORDINATORS | frozenset(
    "when while because since once if unless as whereas".split()
)


def _opening_marks(masked: str, s0: int, c0: int) -> int:
    """How many spaces, quote marks, brackets and dashes open ``masked[s0:c0]``."""
    seg = masked[s0:c0]
    return len(seg) - len(seg.lstrip(" \"'“(—–-"))


def _opening_subject(art: Article, s0: int, c0: int) -> Mention | None:
    """ "Ben Carson, Ted Cruz and Rand Paul have all attacked", "the star journalist, who is
    promoting his book, downplayed": the noun phrase that opens the clause, when only asides,
    auxiliaries and adverbs stand between it and the verb at ``c0``."""
    masked = art.masked
    lo = s0 + _opening_marks(masked, s0, c0)
    if (w := _LEAD_CONJ.match(masked, lo, c0) or _DATELINE.match(masked, lo, c0)) is not None:
        lo = w.end()
    comma = masked.find(", ", lo, c0)
    if comma > 0 and _FRONTED_CLAUSE.match(masked, lo, c0) and comma - lo < 120:
        lo = comma + 2
    seg = masked[lo:c0]
    aside = _ASIDE.search(seg)
    rest = _ASIDE.sub(" ", seg)
    tail = _BETWEEN_END.search(rest)
    np = rest[: tail.start()] if tail else rest
    words = np.split()
    if (
        not words
        or len(words) > 9
        or words[0].endswith("ing")  # "Appearing acutely aware of ...": a participle phrase
        or (words[0].lower() in _OPENING_SUBORDINATORS and "," not in masked[lo:c0])
        # "After the Denver Post endorsed X, the paper's owners ...": the verb is in a
        # subordinate clause, not the main clause's ("Until Friday, the agency had ...")
        or any(x.lower() in _NOT_IN_SUBJECT or _CONTRACTION.search(x) for x in words)
        or any(x.endswith(("n't", "n’t")) for x in words[:-1])  # "The results aren't in, but"
        or any(x.lower() in ("but", "yet") for x in words)  # "X won, but the primary threatens"
        or any(x in _SUBORDINATORS for x in words[1:])  # "Trump went after Walker hours after
        # the governor threw ...": a clause and a subordinate one, no noun phrase
    ):
        return None
    if not (
        words[0][0].isupper()
        or words[0].lower() in _DETERMINERS_QUANTIFIERS
        or _QUANTITY_SUBJECT.search(np)  # "Among parents, only 50 percent believe"
        or (
            # "But environmentalists worry", "customers and workers": a bare plural of people
            # "old Iowa political hands": a place or party among its modifiers
            all(
                x.isalpha() and (x.islower() or 0 < i < len(words) - 1) for i, x in enumerate(words)
            )
            and (_PEOPLE_PLURAL.search(words[-1]) or words[-1] in _BARE_PEOPLE)
        )
    ):
        return None
    end = lo + (aside.start() if aside else len(np.rstrip()))
    text = masked[lo:end].rstrip(" ,")
    if not text:
        return None
    return Mention(lo, lo + len(text), text, _list_kind(text))


def _list_kind(text: str) -> str:
    """ "name" when each of the names listed in ``text`` ("Smith, Jones and Brown") is one,
    else "description"."""
    names = [x for x in _NAME_LIST_SPLIT.split(text) if x]
    ok = all(_ALL_CAPS_NAME.fullmatch(x) and name_ok(x) for x in names)
    return "name" if ok else "description"


# Where a stance's infinitive ends: a new clause with its own subject, or the reporter's aside
_INFINITIVE_END = re.compile(
    r",\s+(?:and\s+(?:the|a|an|he|she|they|it|we|his|her|their|its|[A-Z]\w*)|in\s+what|which|"
    r"who)\b"
)


# Stance verbs that hold no stance before one particle: a place ("asks at the school"), a
# sending ("blasted out an email"), a struggle ("contending with a new reality")
_NOT_WITH = {
    "at": frozenset("ask asks asked asking".split()),
    "out": frozenset("blast blasts blasted blasting".split()),
    "with": frozenset("contend contends contended contending".split()),
}
_ADDRESS_VERBS = frozenset("address addresses addressed addressing".split())
_AUDIENCE = re.compile(
    r"\s*(?:the|a|an|his|her|their|its|our)\s+(?:[a-z]+\s+)?(?:supporters|crowd|audience|"
    r"reporters|delegates|voters|convention|rally|nation|students|members|graduates|troops|"
    r"assembly|congregation|gathering)\b"
)
# A name after a phrase that ends in "with" or "to", then "that": whom the words were said to
_WITH_OR_TO_BEFORE = re.compile(r"\s(?:with|to)$")
_WHOM_THEN_THAT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4}(?=that\s)")
_RECIPROCAL = re.compile(r"\s*(?:each\s+other|one\s+another)\b")


# Object cues that may report a clause with no "that": "Breitbart reports the friends had ..."
_BARE_REPORT_CUES = frozenset("report reports reported predict predicts predicted".split())
# Verbs of hope and of saying, whose clause may come with no "that" and a long subject
_BARE_CLAUSE_VERBS = (
    frozenset(
        "hope hopes hoped hoping saying stating noting arguing insisting claiming suggesting "
        "warning predicting asserting contending declaring".split()
    )
    | _BARE_REPORT_CUES
)
# A subject of up to ten words (asides in commas or dashes too), then an auxiliary or a modal
_ENDS_BARE_CLAUSE = re.compile(
    r"\s*(?:[\w’'\-]+(?:,|\s[—–-]+)?\s+){1,10}?(?:is|are|was|were|will|would|has|have|had|can|"
    r"could|should|may|might|must|won['’]t|wouldn['’]t)\b"
)


# Words that never follow a demonstrative "that": after them "that" opens a clause
_THAT_OPENERS = frozenset(
    "such both every each any none only more fewer another several neither either".split()
)


# An object this short after "that" makes "that" its demonstrative: "rejected that argument"
_DEMONSTRATIVE_WORDS = 2


# Compiled once for _stance_content
_AS_WORD = re.compile(r"\sas\s")


def _stance_content(
    art: Article, c1: int, s1: int, low: str, sub: Mention | None, limit: int | None = None
) -> tuple[int, int] | None:
    """Return the content after the stance verb ending at ``c1``: a clause, or an object."""
    masked = art.masked
    t = _TIME.match(masked, c1, s1)
    pos = t.end() if t else c1
    if _WITH_OR_TO_BEFORE.search(masked, max(0, pos - 6), pos) and (
        who := _WHOM_THEN_THAT.match(masked, pos, s1)
    ):
        pos = who.end()  # "claimed in an interview with Breitbart News that ...": whom to
    p = _STANCE_PARTICLE.match(masked, pos, s1)
    if p is not None:
        if low in _NOT_WITH.get(p.group().strip(), ()):
            return None  # "asks at Western High School", "blasted out an email": no stance
        pos = p.end()
    nxt = masked[pos : pos + 20].split()
    if _RECIPROCAL.match(masked, pos, s1):
        return None  # "mocked each other": no content
    if low in _ADDRESS_VERBS and _AUDIENCE.match(masked, pos, s1):
        return None  # "addressed the supporters again": whom she spoke to, not what about
    if not nxt or nxt[0].lower() in _NOT_CONTENT or not (nxt[0][0].isalnum() or nxt[0][0] in "$£€"):
        return None  # a sum may open the content: "is proposing $275 billion in ..."
    if low in _NEAR_SUBJECT_ONLY and nxt[0].lower().rstrip(".,;:") in ("out", "off", "down"):
        return None  # "Washington backed out.", "backed off": no one is backed
    if (
        low in _PLURAL_NOUNS
        and sub.kind == "name"
        and nxt[0].islower()
        and nxt[0] not in _DETERMINER_WORDS
        and p is None
    ):
        return None  # "Paris attacks test the strategy": a plural noun, then the verb
    tail = _AFTERTHOUGHT.search(masked, pos, s1)
    end = tail.start() if tail else s1
    if limit is not None:
        j = _JOIN_BEFORE.search(masked, pos, limit)
        if j is None:
            return None
        end = min(end, j.start())
    clause = p is not None and p.group().strip() == "that"
    if (b := _clause_end(masked, pos, end, clause)) is not None:
        end = b.start()
    infinitive = (
        p is not None
        and p.group().strip() == "to"
        and nxt[0].islower()
        and nxt[0] not in _DETERMINERS_QUANTIFIERS
        and not nxt[0][0].isdigit()
        and not nxt[0].endswith(("ing", "s"))
    )  # "hopes to get the book out before the election": a clause, not an object
    if infinitive and (k := _INFINITIVE_END.search(masked, pos, end)) is not None:
        end = k.start()  # "agreed to lend him $5 million, and the union also stepped in"
    that = clause and (
        _CLAUSE_START.match(masked, pos, s1) is not None
        or nxt[0].lower() in ("as", "our", "your", "my", "even", "because", "when", "while")
        or nxt[0].lower() in _THAT_OPENERS  # "pointed out that such a position ..."
        or (
            (low in _BARE_CLAUSE_VERBS or low in _CLAUSE_ONLY)
            and _ENDS_BARE_CLAUSE.match(masked, pos, end) is not None
        )  # "is hoping that states, led by West Virginia, will allow ..."
    )  # "were concerned that the main super PAC ... will not", not "rejected that argument"
    if not infinitive and not that and not _CLAUSAL.match(masked, pos, s1):
        if (p is None and low in _CLAUSE_ONLY and _BARE_CLAUSE.match(masked, pos, end)) or (
            p is None
            and low in _BARE_CLAUSE_VERBS
            and (bare := _ENDS_BARE_CLAUSE.match(masked, pos, end)) is not None
            and not _RELATIVE_WORD.search(bare.group())  # "reported the plan that will"
        ):
            # "suspect those losses were generated ...", "hoped the meeting, requested by
            # Sanders, would be ...": a clause with no "that"
            return _content_span(art, pos, end, cut_clauses=True, min_words=3)
        if low in _CLAUSE_OR_AS_ONLY and not _AS_WORD.search(masked[pos:end]):
            return None
        end = _object_end(art, pos, end)
        if clause and len(masked[pos:end].split()) <= _DEMONSTRATIVE_WORDS:
            pos = p.start() + len(p.group()) - 4  # "decried that math": a demonstrative
        if tail is not None and end == tail.start() and limit is None:
            end = _relative_end(art, end, s1)
        if (a := _AS_THEN_REASON.search(masked, pos, end)) is not None:
            end = a.start(1)  # "slammed Obama as elitist for suggesting ...": the reason is no
            # part of what he was called
        if _DANGLING.search(masked, pos, end) is not None:
            # "..., including through a previous hack": the example runs to the next comma
            end = _extend_example(masked, end, s1 if limit is None else end)
        if (v := _SECOND_PREDICATE.search(masked, pos, end)) is not None:
            end = v.start()  # "called for an overhaul ... and vowed to overturn ...": a new verb
    elif infinitive and tail is not None and end == tail.start() and limit is None:
        end = _relative_end(art, end, s1)  # "seeking to pick off delegates won by Rubio,
        # who dropped out last month"
    span = _content_span(art, pos, end, cut_clauses=True, min_words=1)
    return span


# Quote marks and a conjunction opening the finding's clause (matched in place: no copy of the
# rest of the article per call)
_FINDING_LEAD = re.compile(r"\s*(?:[\"“']\s*)?(?:but|and|yet|so|still|now|however)?\s*", re.I)


# Compiled once for _finding
_SHOW_UP = re.compile(r"show(?:s|ed|n|ing)?\s+up\b")
_FINDING_BREAK = re.compile(r"[,;:—–(]\s*")
# The reporter's own clause after a finding: ", but instant polls are not ...", a new subject
# and its verb within a few words (", but losing a band of counties" stays in the finding)
_BUT_CLAUSE = re.compile(
    r",\s+but\s+(?:[\w’'\-.]+\s+){1,5}?(?:is|are|was|were|will|would|has|have|had|can|could|"
    r"should|may|might|must|does|did|[a-z]+ed)\b"
)


# The reporter's comparison after a finding: "..., less than half of the 18 million viewers
# for ...", "..., about 10,000 more than most insiders expected"
_COMPARISON = re.compile(
    r",\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|far|well)\s+)?"
    r"(?:[\d$][\d,.]*\s+(?:percent\s+|million\s+|billion\s+)?)?(?:more|less|fewer)\s+than\b"
)


_PREC_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


# The reporter's afterthought on a finding: about a person (", who ..."), not a relative on the
# place or thing found (", which at the moment is home to ..." is part of what records show)
_FINDING_AFTERTHOUGHT = re.compile(r",\s+(?:who|whose|highlighting|however)\s|;")


def _comparison(masked: str, lo: int, hi: int) -> re.Match | None:
    """A comparison after a comma that is no subject of its own verb ("..., more than half of
    her meetings were with donors" is the finding's own clause)."""
    c = _COMPARISON.search(masked, lo, hi)
    if c is None:
        return None
    k = masked.find(",", c.end(), hi)
    return None if _PREC_AUX.search(masked, c.end(), k if k > 0 else hi) else c


def _tail(masked: str, lo: int, hi: int) -> re.Match | None:
    """The first afterthought (", who ..."), contrast (", but the polls are ...") or
    comparison (", less than half of ...") of the reporter's own after a finding's verb at
    ``lo``: its content ends there (a relative on a place or thing, ", which ...", is part of
    the finding)."""
    tails = [
        t
        for t in (
            _FINDING_AFTERTHOUGHT.search(masked, lo, hi),
            _BUT_CLAUSE.search(masked, lo, hi),
            _comparison(masked, lo, hi),
        )
        if t
    ]
    return min(tails, key=lambda t: t.start(), default=None)


_FINDING_THAT = re.compile(r"\s+that\s")
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|now|already|previously|(?:appears|appeared|seems|seemed)\s+to))+$"
)
_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)\s")


def _thing_finding(masked: str, lo: int, m: re.Match, hi: int) -> bool:
    """ "A large body of work suggests that ...", "The ruling shows that ...": a described
    thing, no person, before an evidence verb and its that-clause."""
    if _FINDING_THAT.match(masked, m.end(), hi) is None:
        return False
    if _DETERMINER.match(masked, lo) is None:
        return False
    text = masked[lo : m.start()].strip()
    if "--" in text or "—" in text:
        return False  # "The Post and elsewhere -- it": no phrase of its own
    return not _person_like(Mention(lo, m.start(), text, "description"))


# Words that open a subordinate clause before a finding's subject
_FINDING_SUBORDINATE = frozenset(
    "after because since given when while though although until before once".split()
)


def _finding_subject(
    masked: str, s0: int, s1: int, lo: int, m: re.Match, words: list[str]
) -> tuple[int, list[str], int, bool]:
    """The subject of the evidence verb ``m`` in a subordinate clause or a trailing with-phrase
    of ``words`` (from ``lo``): its start, its words, where the finding must end, and whether
    it is a with-phrase ("..., with polls showing her lead evaporated")."""
    hi = s1
    k = max((i for i, x in enumerate(words) if x in _FINDING_SUBORDINATE), default=-1)
    if 0 <= k < len(words) - 2 and words[k + 1] == "that":
        k += 1  # "given that county records indicate ..."
    with_ = m.group().endswith("ing") and "with" in words[:-1]
    if with_:
        k = len(words) - 1 - words[::-1].index("with")
        with_ = k > 0 or lo > s0 + 5  # not fronted: a main clause before it
        k = k if with_ else -1
    if 0 <= k < len(words) - 1:
        # "... new urgency after leaked documents from his tax return show ...": the
        # subordinate clause's own subject; a fronted one ends at its comma ("Because exit
        # polls indicated that ..., there's a sense ..."), a with-phrase at the next one
        for _ in range(k + 1):
            lo = _WORD_GAP.match(masked, lo).end()
        words = words[k + 1 :]
        if (k == 0 or with_) and (c := masked.find(",", m.end(), s1)) > 0:
            hi = c
    return lo, words, hi, with_


def _finding(art: Article, s0: int, s1: int, at: int | None = None):
    """ "A Times/CBS News poll conducted last week found that ...", "Recent polling shows ...":
    a finding whose subject (from the clause start to the verb) names a poll, study or record.

    ``at`` is the start of the verb when a cue was already found there.
    """
    masked = art.masked
    m = _EVIDENCE.match(masked, at) if at is not None else _EVIDENCE.search(masked, s0, s1)
    if m is None:
        return None
    lo = s0
    for b in _FINDING_BREAK.finditer(masked[s0 : m.start()]):
        lo = s0 + b.end()
    lo = _FINDING_LEAD.match(masked, lo).end()
    np = masked[lo : m.start()].strip()
    words = [x.lower().strip(".,'’") for x in np.split()]
    lo, words, hi, with_ = _finding_subject(masked, s0, s1, lo, m, words)
    np = masked[lo : m.start()].strip()
    if (
        not words
        or len(words) > (20 if any(x in _EVIDENCE_NOUNS for x in words[:3]) else 12)
        or not (
            any(x in _EVIDENCE_NOUNS for x in words)
            or (at is None and _thing_finding(masked, lo, m, hi))
        )
    ):
        return None
    if (
        words[0] in _NOT_FINDING_LEAD
        or _SHOW_UP.match(masked, m.start())  # "refusing to show up to a hearing"
        or _MODAL_BEFORE.search(np)
        or any(x in ("that", "who", "which", "will", "be", "pointed", "cited") for x in words)
        or (m.group().endswith("ing") and words[-1] not in _BE and not with_)
    ):
        return None  # "With national polls showing ...", "the poll that shows": no main clause
    t = _THAT.match(masked, m.end(), hi)
    tail = _tail(masked, m.end(), hi)
    aside = (
        masked[lo - 2 : lo].strip() == ","
        and masked[m.end() : m.end() + 2].strip() == ","
        and _APPOSITION_AFTER.match(masked, m.end() + 2, s1) is not None
    )
    span = (
        None
        if aside and lo > s0 + 5
        else _content_span(art, t.end() if t else m.end(), tail.start() if tail else hi)
    )
    if (
        span is None
        and lo > s0 + 5
        and masked[lo - 2 : lo].strip() == ","
        and (aside or _ends_sentence(masked, m.end(), s1))
    ):
        # "..., a new poll finds, a debate that ...": the finding is an aside between commas and
        # what follows it an apposition of the reporter's; the finding is what comes before
        # "..., a study by the Council of the Great City Schools found.": what comes before
        span = _content_span(art, s0, lo - 2)
    if span is None:
        return None
    np = _TRAILING_AUX.sub("", np)  # "The intelligence community has concluded"
    sub = Mention(lo, lo + len(np), np, "description")
    return span, sub, (m.start(), m.end(), m.group()), "indirect-finding", 0.55


# Where a headline's statement ends: its own time or manner adjunct ("... As Sanders Turns Up")
_HEADLINE_END = re.compile(
    r"\s(?i:as|while|with|after|before|during|amid|in\s+ad)\s|[;:]|,\s+(?=[a-z]+ing\b)|"
    r"\s[–—-]+\s|\sAnd\s"
)
_HEADLINE_CLAUSE = re.compile(r"\s(?:(?i:he|she|they|we|he’s|she’s|they’re|he's|she's)|It|I)\b")


def _headline(art: Article, s0: int, s1: int):
    """ "Judge rejects New York Times request to unseal Trump divorce file.": an article's title
    (its first paragraph, one sentence) whose verb reports a statement; the object or clause
    after it. Of a Title Case title ("Trump Says He Never Pledged ...") the layout keeps only
    the subject and the verb (``marks.noise_spans``): its statement is read in the text."""
    pars = art.lay.paragraphs
    masked = art.masked
    if (
        len(pars) < 2
        or s0 > pars[0][0]
        or (s1 < pars[0][1] - 2 and masked[s1 : pars[0][1]].strip())
    ):
        return None  # not the title
    found = headline_verb(masked, s0, s1)
    if found is None:
        return None  # "Why Clinton's Attacks ...", "Paris attacks test ...": no speaker
    w0, w1, m = found
    subj = masked[w0:w1]
    blank = not masked[m.end() : pars[0][1]].strip()
    seg, a, hi = (art.text, m.end(), pars[0][1]) if blank else (masked, m.end(), s1)
    if m.group().lower() == "tells":
        c = _HEADLINE_CLAUSE.search(seg, a, hi)
        if c is None:
            return None  # "Howard Dean Tells Democratic Convention": only whom he told
        a = c.start()
    e = _HEADLINE_END.search(seg, a, hi)
    b = e.start() if e else hi
    span = _text_span(art, a, b) if blank else _content_span(art, a, b, min_words=1)
    if span is None:
        return None
    sub = Mention(w0, w0 + len(subj), subj, _list_kind(subj))
    return span, sub, (m.start(), m.end(), m.group()), "indirect-headline", 0.5


def _text_span(art: Article, a: int, b: int) -> tuple[int, int] | None:
    """``[a, b)`` of a statement the layout blanked, trimmed by the text; two words at least."""
    text = art.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TITLE_TRIM:
        b -= 1
    return (a, b) if len(text[a:b].split()) >= 2 else None


# "In the latest Washington Post-ABC News poll, conducted in May, Clinton led ...": a finding
# named by a fronted phrase
_IN_POLL = re.compile(
    r"[\s\"“]*(?:(?:But|And|Yet)\s+)?In\s+((?:a|an|the|this|that|its|their)\s+"
    r"[^,;:.]{0,80}?\b(?:poll|polls|survey|surveys|polling)\b(?:\s+[^,;:.]{0,60}?)?)"
    r"(?:,\s+(?:conducted|released|taken|published)\b[^,;]{0,60})?,\s+"
)


# Whose view a clause is: "In their view, Democrats could ...", ", in Professor Knittel's view,"
_IN_VIEW = re.compile(
    r"\b[Ii]n\s+(his|her|their|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}['’]s?)\s+view\b"
)


def _in_view(art: Article, s0: int, s1: int):
    """ "In their view, Democrats could pick off ...": the clause of the view, its holder the
    source; fronted, the clause after the phrase; inside its clause, the whole clause."""
    masked = art.masked
    if " view" not in masked[s0:s1]:
        return None  # cheap test first
    m = _IN_VIEW.search(masked, s0, s1)
    if m is None:
        return None
    lo = _clause_start(masked, s0, m.start())
    fronted = not masked[lo : m.start()].strip() and masked[m.end() : m.end() + 1] == ","
    span = _content_span(art, m.end() + 1 if fronted else lo, s1)
    if span is None:
        return None
    sub = _owner_mention(m.group(1), m.start(1))
    return span, sub, (m.start(), m.end(), "view"), "indirect-parenthetical", 0.5


def _owner_mention(owner: str, o0: int) -> Mention:
    """The speaker named by a possessive ``owner`` at ``o0``: "their" -> "they", "Trump's" ->
    "Trump"."""
    if owner.lower() in _POSSESSIVE_PRONOUNS:
        return Mention(o0, o0 + len(owner), _POSSESSIVE_PRONOUNS[owner.lower()], "pronoun")
    name = POSSESSIVE_END.sub("", owner)
    return Mention(o0, o0 + len(name), name, "name")


def _in_poll(art: Article, s0: int, s1: int):
    """ "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose ...": the
    clause after a fronted poll; else whose view the sentence is (``_in_view``)."""
    masked = art.masked
    seg = masked[s0:s1]
    if "oll" not in seg and "urvey" not in seg:
        return _in_view(art, s0, s1)  # cheap test first
    m = _IN_POLL.match(masked, s0, s1)
    if m is None:
        return _in_view(art, s0, s1)
    tail = _tail(masked, m.end(), s1)
    span = _content_span(art, m.end(), tail.start() if tail else s1, min_words=2)
    if (
        span is None
        or not _FINITE.search(masked, span[0], span[1])
        or any(c[2].lower() in _BARE_CLAUSE_CUES for c in art.cues_in(*span))
    ):
        return None  # "..., 24 percent said otherwise": an inner report is the one marked
    sub = Mention(m.start(1), m.end(1), m.group(1), "description")
    return span, sub, (m.start(), m.start() + 2, "In"), "indirect-finding", 0.55


def _cue_subject(art: Article, s0: int, c0: int) -> Mention | None:
    """ "'...,' he said, adding that ...": the subject of the last cue before ``c0``."""
    masked = art.masked
    for q0, q1, _ in reversed(art.cues_in(s0, c0)):
        if c0 - q1 > 80 or masked[q1:c0].count(",") > 2:
            return None  # the participle is too far from the cue to share its subject
        return subject_before(masked, s0, q0) or subject_after(masked, q1, c0)
    return None


# A comma before a participle may close a quote in marks: 'her "50-state strategy," promising'
_QUOTE_COMMA_LEAD = re.compile(r",[\"”’']\s*$")
_STANCE_ING_AFTER = re.compile(r"(?:,[\"”’']?|—|–|\band)\s*[a-z]+ing\b")


# Compiled once for _stance_participle
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


# Compiled once for _stance_participle
_QUOTE_MARK_NEXT = re.compile(r"\s*,?\s*[\"“" + MASK + "]")


def _stance_participle(art: Article, s0: int, s1: int, made: list[tuple]):
    """ "..., citing her long experience", "..., hoping to win": a stance participle of the
    sentence's subject after the main clause (or after its report, which ends at the comma)."""
    if made and (mid := _mid_participle(art, made[0])) is not None:
        return mid  # "The Journal, citing internal documents, reported ..."
    after = made[-1][2][1] if made else s0
    return _participle_between(art, s0, after, s1, made)


# "..., mocking his speech and pointedly saying ...": "and" (and an adverb) before a participle
_MIXED_AND_BEFORE = re.compile(r",?\s+and\s+(?:[a-z]+ly\s+)?$")


def _joined_stance(art: Article, s0: int, made: list[tuple]):
    """ "..., mocking his famous speech and pointedly saying ...": a stance participle joined by
    "and" to a report's participle, of the same subject, ending where "and" starts."""
    for one in reversed(made):
        c0, _, word = one[2]
        if not word.lower().endswith("ing") or one[0][0] < c0:
            continue
        m = _MIXED_AND_BEFORE.search(art.masked, max(s0, c0 - 30), c0)
        if m is None:
            continue
        start = max((o[2][1] for o in made if o[2][1] <= m.start()), default=s0)
        return _participle_between(art, s0, start, m.start(), [one], before=True)
    return None


def _participle_between(
    art: Article, s0: int, after: int, s1: int, made: list[tuple], before: bool = False
):
    """Return the first stance participle between ``after`` and ``s1`` with its content, of the
    subject of the last report ``made`` (or of the sentence); ``before``: the stretch ends at
    that report's own participle, whose content is left as it is."""
    masked = art.masked
    if masked.find("ing", after, s1) < 0 or not _STANCE_ING_AFTER.search(masked, after, s1):
        return None  # cheap test first: no ", ...ing" in the rest of the sentence
    for m in _WORD.finditer(masked, after, s1):
        low = m.group().lower()
        if not low.endswith("ing") or (
            low not in STANCE_VERBS
            and low not in _PARTICIPLES
            and low not in _SUBST_PARTICIPLES
            and low != "referring"
        ):
            continue
        c0, c1 = m.span()
        if not (
            _PARTICIPLE_LEAD.search(masked, max(s0, c0 - 3), c0)
            or _QUOTE_COMMA_LEAD.search(masked, max(s0, c0 - 4), c0)
        ):
            if low in _SUBST_PARTICIPLES:
                continue  # "mocked Trump for calling himself ..., noting that ...": a gerund
            return None
        sub = made[-1][1] if made else _cue_subject(art, s0, c0)
        if sub is None or not (sub.kind in ("name", "pronoun") or _person_like(sub)):
            sub = None if made else _sentence_subject(art, s0, c0)
            if sub is not None and not (sub.kind in ("name", "pronoun") or _person_like(sub)):
                return None
        if sub is None or sub.text.endswith("ing"):  # "Holding rates near zero has ...": a gerund
            return None
        if not made and not _LOWER_WORD.search(masked[sub.end : c0]):
            return None  # "Norvell Rose, reporting for ...": an appositive, no main verb yet
        span = _stance_content(art, c1, s1, low, sub)
        if span is None or masked[span[0]].isdigit():
            return None  # "claiming 41 percent of the vote": a result, not a stance
        if low == "telling" and _QUOTE_MARK_NEXT.match(masked[span[1] : span[1] + 4]):
            return None  # "telling Reuters, “...”": whom, before a quote in marks
        if made and made[-1][0][1] > c0 and not before:  # the main content ends at ", citing"
            (a, _), msub, mcue, mrule, mconf = made[-1]
            cut = _content_span(art, a, masked.rfind(",", a, c0) if "," in masked[a:c0] else c0)
            if cut is None:
                return None
            made[-1] = (cut, msub, mcue, mrule, mconf)
        return span, sub, (c0, c1, m.group()), "indirect-participle", 0.5
    return None


# Participles of speech that are no stance verb of a main clause: ", calling them rapists",
# ", joking that ...", ", alluding to ...", ", reminding supporters how ..."
_SUBST_PARTICIPLES = frozenset(
    "calling joking alluding reminding announcing offering listing".split()
)
# A participle's aside between a subject and its verb: "The Journal, citing internal
# documents, reported ...", "Durbin (D-Ill.), noting the size of his list, said ..."; quotes
# may stand in it ("mocking the "great wall" plan")
_MID_PARTICIPLE = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?P<ing>[a-z]{3,}ing)\s[^,;:()—–]{2,100}(?P<close>,[\"”’']*|(?<=[\"”’']))"
    r"(?:\s+(?:also|later|then|[a-z]+ly))?\s*$"
)


def _mid_participle(art: Article, one: tuple):
    """ "The Journal, citing internal documents, reported ...": the participle's stance, set off
    by commas between the subject of the report ``one`` and its verb, is the subject's too."""
    masked = art.masked
    sub, (c0, _, _) = one[1], one[2]
    if sub is None or sub.kind == "relative" or not sub.end < c0:
        return None
    m = _MID_PARTICIPLE.match(masked, sub.end, c0)
    if m is None or (low := m.group("ing")) not in STANCE_VERBS and low not in _PARTICIPLES:
        return None
    # the aside ends at its comma, or at a quote's end that hides it: 'citing internal "memos,"'
    stop = m.end("close") if m.group("close") != "," else m.start("close")
    span = _stance_content(art, m.end("ing"), stop, low, sub)
    if span is None:
        return None
    return span, sub, (m.start("ing"), m.end("ing"), low), "indirect-participle", 0.5


# "seemed to", "appears paralyzed": a view with no named source
_EVIDENTIAL = re.compile(
    r"\b(?:seems|seemed|appears|appeared|(?<!\bto\s)seem|(?<!\bto\s)appear)"
    r"(?=\s+(?:(?:equally|more|less|most|"
    r"increasingly|genuinely|somewhat|very|fairly|largely|firmly|deeply|clearly|not)\s+)?"
    r"(?:to\s|[a-z]+(?:ed|ing|ful|ous|ive|ble|ent|ant)\b|likely|unlikely|poised|ready|set|"
    r"certain|sure|open|close|intent|lost|un(?!der\b|til\b|less\b)[a-z]{3,}|at\s+odds|"
    r"beside\s+the\s+point))"
)
# "it appeared that ...", "It appears, though, that ...", "it would seem as if ...": the clause
_IT_SEEMS = re.compile(
    r"\b[Ii]t\s+(?:would\s+|now\s+|also\s+|still\s+)?(?:seems|seemed|appears|appeared|seem|"
    r"appear)(?:,\s+though,)?\s+(?:(?:as\s+if|as\s+though|like)\s+(?=\S)|(?=that\s)|"
    r"(?=(?:all\s+but\s+|almost\s+|increasingly\s+)?(?:inevitable|likely|unlikely|clear|"
    r"certain|obvious)\s+that\s))(\S)"
)
# Before a plain "seem" or "appear": a modal, or a negation with "do"
_BASE_MODALS = frozenset("can can't cannot could couldn't may might must should".split())
_DO_NOT = frozenset("not n't don't doesn't didn't never".split())
# Where a clause ends at a mark: a comma (not "5,000"), a semicolon, colon, bracket or dash
_MARK_END = r",(?!\d{3})|[;:(—–]|\s-+\s"
# Where the evidential clause ends: a mark, or an adjunct clause
_EVIDENTIAL_END = re.compile(_MARK_END + r"|\s(?:after|when|while|because|as)\s")
_NOT_EVIDENTIAL_LEAD = frozenset(
    "who whose which that where when it there this despite while although though if as because "
    "would will could".split()
)
# A clause that opens with one of these has no subject: "..., in what appeared to be a ploy"
_LEAD_PREPOSITIONS = frozenset("in on at by for from of to into with".split())
_FRONTED_PREPOSITIONS = _LEAD_PREPOSITIONS | frozenset("along like unlike besides despite".split())


# The last clause break before a verb, and a conjunction opening the clause after it
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s-+\s")
_CLAUSE_CONJ = re.compile(r"\s*(?:and|but|so|yet|still|now)\s", re.I)


def _clause_start(masked: str, s0: int, c0: int) -> int:
    """Where the clause of the verb at ``c0`` starts: after the last comma, semicolon, colon or
    dash in ``masked[s0:c0]`` and a leading "and/but/so/yet/still/now"."""
    lo = s0
    for b in _CLAUSE_BREAK.finditer(masked[s0:c0]):
        lo = s0 + b.end()
    w = _CLAUSE_CONJ.match(masked[lo:c0])
    if w is not None:
        lo += w.end()
    return lo


def _plain_seem(masked: str, lo: int, c0: int, lead: list[str]) -> bool:
    """Whether a plain "seem"/"appear" after ``lead`` is a view: after a person-like subject
    ("Voters seem to care") or a negation with "do" ("did not appear to pay"); not after a
    modal ("the city can appear to be ..."), a possibility, nor a thing ("the laws seem to be
    so vague"), how it looks."""
    if any(x in _BASE_MODALS for x in lead):
        return False
    return lead[-1] in _DO_NOT or _person_like(
        Mention(lo, c0, masked[lo:c0].strip(), "description")
    )


def _evidential(art: Article, s0: int, s1: int):
    """ "The Trump team appeared paralyzed": the clause of an evidential verb, no source."""
    masked = art.masked
    seg = masked[s0:s1]
    if "seem" not in seg and "appear" not in seg:
        return None  # cheap test first
    if (it := _IT_SEEMS.search(masked, s0, s1)) is not None:
        # "Often, it appeared that Trump was ...": the clause is the view
        span = _content_span(art, it.start(1), s1)
        if span is not None:
            return span, None, (it.start(), it.start(1), "appears"), "indirect-evidential", 0.4
    for m in _EVIDENTIAL.finditer(masked, s0, s1):
        if (one := _evidential_at(art, s0, s1, m)) is not None:
            return one
    return None


# The last "and"/"but" before an evidential verb, with a few words after it
_AND_SUBJECT = re.compile(r"\s(?:and|but)\s+(?=(?:\S+\s+){1,3}$)")


def _subject_lead(masked: str, s0: int, c0: int) -> tuple[int, int, list[str]]:
    """Where the subject of the verb at ``c0`` starts and ends, and its words (lower case): the
    start of the verb's clause; or, with no words there, the subject before a relative or
    appositive aside ("Hizbollah, which has lost over 6,000 fighters, seems unlikely to ...",
    "The union, which endorsed Clinton in November, is widely regarded as ...")."""
    lo = _clause_start(masked, s0, c0)
    lead = [x.lower() for x in masked[lo:c0].split()]
    if not lead and (aside := _ASIDE_BEFORE.search(masked[s0:c0])) is not None:
        return s0 + aside.start(1), s0 + aside.end(1), [x.lower() for x in aside.group(1).split()]
    return lo, c0, lead


def _is_clause(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` is a clause of its own, not the first of two subjects ("Mrs.
    Clinton and Mr. Sanders appeared ..."): four words at least, more than a name."""
    if len(masked[lo:hi].split()) < 4:
        return False
    sub = subject_after(masked, lo, hi)
    return sub is None or bool(masked[sub.end : hi].strip())


def _evidential_at(art: Article, s0: int, s1: int, m: re.Match):
    """The clause of the evidential verb ``m`` from its subject, or None."""
    masked = art.masked
    c0 = m.start()
    lo, _, lead = _subject_lead(masked, s0, c0)
    if (j := _AND_SUBJECT.search(masked, lo, c0)) is not None and _is_clause(masked, lo, j.start()):
        sub = subject_after(masked, j.end(), c0, allow_np=False)
        if sub is not None and not masked[sub.end : c0].strip():
            # "Polling stations there open on Wednesday and Kasich appears to have ...": the
            # second clause's own subject, a name or a pronoun
            lo = j.end()
            lead = [x.lower() for x in masked[lo:c0].split()]
    if not lead or any(x in _NOT_EVIDENTIAL_LEAD for x in lead) or lead[0] in _LEAD_PREPOSITIONS:
        return None  # a relative or subordinate clause, a question, or "it seems"
    if m.group() in ("seem", "appear") and not _plain_seem(masked, lo, c0, lead):
        return None
    stop = _EVIDENTIAL_END.search(masked, m.end(), s1)
    span = _content_span(art, lo, stop.start() if stop else s1, min_words=3)
    if span is None:
        return None  # "Cruz seemed lost" is a view whole
    span = _participle_tail(art, span, stop, s1)
    return span, None, (c0, m.end(), m.group()), "indirect-evidential", 0.4


# A participle after the comma that ends an evidential or passive clause: ", revealing a
# tendency to ...", ", blocking the administration's effort ..."; a speech or stance verb
# before its clause (", warning that ...") is a report of its own
_PREC_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\s+(?P<np>(?:a|an|the|his|her|their|its)\s)?")


def _participle_tail(
    art: Article, span: tuple[int, int], stop: re.Match | None, s1: int
) -> tuple[int, int]:
    """``span`` (ended by ``stop``) run on through the participle clause the same subject's
    state goes on with, to the next end of a clause."""
    masked = art.masked
    if stop is None or (p := _PREC_PARTICIPLE.match(masked, stop.start(), s1)) is None:
        return span
    word = p.group(1)
    if (word in SPEECH_VERBS or word in STANCE_VERBS) and not p.group("np"):
        return span
    nxt = _EVIDENTIAL_END.search(masked, p.end(1), s1)
    return _content_span(art, span[0], nxt.start() if nxt else s1) or span


# An evidential before an infinitive: "seemed to indicate", "seemed certain to leave"
_EVIDENTIAL_TO = re.compile(r"\s+(?:[a-z]+\s+){0,2}?to\s")


def _further_evidential(art: Article, s0: int, s1: int):
    """ "Carson seems to recognize ...", "Ms. Kelly seemed certain to leave" beside another
    report of the sentence: an evidential before an infinitive, a judgement of what someone
    means or will do; not a look ("He appeared rattled at the debate")."""
    one = _evidential(art, s0, s1)
    if one is None or not _EVIDENTIAL_TO.match(art.masked, one[2][1], s1):
        return None
    return one


# "The House is expected to pass ...", "Mrs. Clinton is not expected to ...": a forecast with
# no named source
_EXPECTED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:is|are|was|were|be|been)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
    r"expected(?=\s+to\s+[a-z])"
)


def _expected(art: Article, s0: int, s1: int):
    """ "The White House is expected to sign the measure": the clause of a passive forecast from
    its subject, no source."""
    if "expected" not in art.masked[s0:s1]:
        return None  # cheap test first
    m = _EXPECTED.search(art.masked, s0, s1)
    return (
        None
        if m is None
        else _passive_clause(art, s0, s1, m, "indirect-expected", agent="forecast")
    )


# "Sanders is seen as empowering ...", "The union is widely regarded as one of ...": a view
# with no named source
_SEEN_AS = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:is|are|was|were|be|been)\s+"
    r"(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|both\s+|all\s+|often\s+|nonetheless\s+|"
    r"nevertheless\s+|long\s+)?(?:(?:seen|viewed|regarded|"
    r"considered|perceived|described|billed|touted|hailed|portrayed|characterized|painted|"
    r"condemned|denounced|derided|dismissed|branded|labeled|labelled)\s+as\b|considered"
    r"(?=\s+(?:to|a|an|the|one|among)\s)|(?:criticized|criticised|praised|blamed|faulted|"
    r"lauded|accused)(?=\s+(?:for|of)\s)|recognized\s+(?:now\s+)?as\b|"
    r"(?:declared|announced|projected|named|proclaimed)"
    r"(?=\s+(?:as\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:winner|victor|nominee|majority)s?\b))"
)


def _seen_as(art: Article, s0: int, s1: int):
    """ "Rubio is seen as the candidate with the best chance ...": the clause of a passive view
    from its subject, no source."""
    seg = art.masked[s0:s1]
    if (
        " as " not in seg
        and "considered" not in seg
        and "winner" not in seg
        and "ma" not in seg
        and " for " not in seg
        and " of " not in seg
    ):
        return None  # cheap test first
    m = _SEEN_AS.search(art.masked, s0, s1)
    if m is None:
        return _reduced_seen_as(art, s0, s1)
    return _passive_clause(art, s0, s1, m, "indirect-passive")


# A view in a participle phrase: "..., seen as the friendlier candidate", "while being
# portrayed as a flip-flopper"
_REDUCED_SEEN_AS = re.compile(
    r"(?:,\s+|\bbeing\s+)(?:(?:widely|long|often|increasingly)\s+)?((?:seen|viewed|regarded|"
    r"considered|portrayed|described|billed|touted|hailed|branded|dismissed)\s+as)\s"
)


def _reduced_seen_as(art: Article, s0: int, s1: int):
    """ "Trump, seen as the friendlier candidate to Moscow": what the view holds him to be,
    after "as" to the end of the clause, no source."""
    m = _REDUCED_SEEN_AS.search(art.masked, s0, s1)
    if m is None:
        return None
    stop = _EVIDENTIAL_END.search(art.masked, m.end(), s1)
    span = _content_span(art, m.end(), stop.start() if stop else s1, min_words=2)
    if span is None:
        return None
    return span, None, (m.start(1), m.end(1), m.group(1)), "indirect-passive", 0.4


# "questions about whether ...", "a question on how ...": a question the noun names, its clause
_QUESTION_ABOUT = re.compile(
    r"\bquestions?\s+(?:about|over|on|as\s+to)\s+(?=(?:whether|what|how|why|when|who|if)\s)"
)
_QUESTION_END = re.compile(_MARK_END)


def _question_about(art: Article, s0: int, s1: int):
    """ "It raised new questions about whether the board would act": the question is reported
    with no source; whoever asks it is seldom named in the clause."""
    if "question" not in art.masked[s0:s1]:
        return None  # cheap test first
    m = _QUESTION_ABOUT.search(art.masked, s0, s1)
    if m is None:
        return None
    stop = _QUESTION_END.search(art.masked, m.end(), s1)
    span = _content_span(art, m.end(), stop.start() if stop else s1, min_words=3)
    if span is None:
        return None
    cue = (m.start(), m.end() - 1, " ".join(m.group().split()))
    return span, None, cue, "indirect-question", 0.4


_MODALS = frozenset("could would will might may can should must".split())
_SUBORDINATORS_AT = frozenset(
    "after before as when while because since until once where though although if".split()
)
_WORD_GAP = re.compile(r"\s*\S+\s*")
# A subject, then an aside between commas that ends right before the verb
_ASIDE_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|^\s*)((?:[A-Z][\w.’'\-]*|the|The)(?:\s+[\w.’'\-]+){0,5}),\s+"
    r"(?:(?:who|which|whose|referred|known|headed|led|backed|a|an|the)\s(?:[^,;:]|,\d){3,120}|"
    r"however|though|too|meanwhile|in\s+turn|for\s+(?:his|her|its|their)\s+part),\s*$"
)


# "Cuccinelli reportedly reacted ...", "The company has reportedly taken heat ...": a report
# whose source goes unnamed
_REPORTEDLY = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are)\s+)?reportedly(?=\s+(?:has|have|had|was|were|is|are|"
    r"been|[a-z]+(?:ed|en|s)|made|held|met|sent|told|said|paid|spent|won|lost|left|sought|"
    r"brought|bought|thought|began|begun|took|gave|went|came|become|became|ran|done|did)\b)"
)


def _reportedly(art: Article, s0: int, s1: int):
    """ "Meg Whitman has reportedly been critical of Trump": the clause from its subject, a
    person or an organisation, with no speaker."""
    if "reportedly" not in art.masked[s0:s1]:
        return None  # cheap test first
    m = _REPORTEDLY.search(art.masked, s0, s1)
    if m is None:
        return None
    return _passive_clause(art, s0, s1, m, "indirect-reportedly", agent=True)


def _person_noun(word: str) -> bool:
    """Whether ``word`` (before a relative "who") names people: "delegates", "women"."""
    word = word.strip(",")
    return _role_noun(word) or word in _PERSON_NOUNS


def _passive_clause(
    art: Article, s0: int, s1: int, m: re.Match, rule: str, agent: bool | str = False
):
    """The clause of the passive verb ``m`` from its subject (after the last comma or dash
    before it) to a comma or an adjunct clause, with no speaker; ``agent``: only when the
    subject is a person or an organisation; "forecast": or a description of a thing that is
    not nature (``_forecast_subject``)."""
    masked = art.masked
    c0 = m.start()
    lo, end, lead = _subject_lead(masked, s0, c0)
    if lead and lead[-1] in _MODALS and m.group().startswith("be"):
        lead = lead[:-1]  # "Rubio could be seen as ...": the modal is part of the verb
    k = max((i for i, x in enumerate(lead) if x in _SUBORDINATORS_AT), default=-1)
    if 0 <= k < len(lead) - 1:
        # "... after Sanders was declared the winner": the subordinate clause from its subject
        for _ in range(k + 1):
            lo = _WORD_GAP.match(masked, lo).end()
        lead = lead[k + 1 :]
    if lead == ["who"] and not agent:
        lead = ["_"]  # "Lazio, who was regarded as a lightweight": the relative clause of a person
    elif len(lead) > 1 and lead[-1] == "who" and _person_noun(lead[-2]):
        # "delegates who are expected to support candidates": a forecast of people, from "who"
        lo = masked.rindex("who", lo, c0)
        lead, agent = ["_"], False
    if not lead or any(x in _NOT_EVIDENTIAL_LEAD for x in lead) or lead[0] in _LEAD_PREPOSITIONS:
        return None
    if agent and not _agent_subject(art, lo, end):
        if agent != "forecast" or not _forecast_subject(art.masked[lo:end]):
            return None  # "The storm is expected to weaken": nature, not an agent's plan
    stop = _EVIDENTIAL_END.search(masked, m.end(), s1)
    span = _content_span(art, lo, stop.start() if stop else s1)
    if span is None:
        return None
    span = _participle_tail(art, span, stop, s1)
    return span, None, (c0, m.end(), m.group()), rule, 0.4


# Heads of a forecast of nature: a forecaster's, not a view that is news
_NATURE = frozenset(
    "storm storms hurricane hurricanes weather rain rains snow snowfall temperature "
    "temperatures wind winds flood floods flooding drought heat cold tide tides".split()
)
_DETERMINED = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Bb]oth|"
    r"[Mm]ore\s+than|[Ff]ewer\s+than|[Aa]bout|[Nn]early|[Oo]ver|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
    r"\d[\d,.]*)\s"
)


def _forecast_subject(text: str) -> bool:
    """ "The change", "many of the voters", "more than 250,000 voters" before "is expected to":
    a forecast of a described thing or group; not of a bare name, which may be a country
    (a forecast of its turn, not a view), nor of the weather."""
    text = text.strip()
    words = [w.lower().strip(",.’'") for w in text.split()]
    return (
        _DETERMINED.match(text) is not None
        and len(words) <= 12
        and not any(w in _NATURE for w in words)
    )


# Compiled once for _agent_subject
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


# A description of people or an organisation: a determiner or quantifier and a few words
_AGENT_DESCRIPTION = re.compile(
    r"\s*(?:[Tt]he|[Aa]ll|[Bb]oth|[Mm]any|[Mm]ost|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)"
    r"(?:\s+(?:the|three|two|four))?(?:\s+[\w’'\-]+){1,4}\s*$"
)


def _agent_description(art: Article, lo: int, end: int) -> bool:
    """ "All three Republican presidential candidates", "The real estate magnate", "the Fed": a
    short description headed by a role, a source noun or an organisation."""
    m = _AGENT_DESCRIPTION.match(art.masked, lo, end)
    if m is None:
        return False
    text = art.masked[lo:end].strip()
    head = text.split()[-1]
    sub = Mention(lo, end, text, "description")
    return _person_like(sub) or head.lower() in ORGANISATION_CUES or is_organisation(head)


def _possessive_person(art: Article, name: str) -> bool:
    """Whether a lone surname names a person known only from a possessive ("Bernie Sanders’
    campaign" leaves the entity "Bernie Sanders'", which the surname does not find)."""
    return any(
        ent.kind == "person" and " " in key and POSSESSIVE_END.sub("", key).split()[-1] == name
        for key, ent in art.resolver.entities.items()
    )


def _agent_subject(art: Article, lo: int, end: int) -> bool:
    """Return True when the words from ``lo`` to ``end`` are a person or an organisation: a
    personal pronoun, a name known in full ("Trump" after "Donald Trump", the same surname; a
    lone name may be a country or a company), a role ("the embattled French president") or an
    organisation ("The White House"). Nothing is noted with the resolver (a test only)."""
    sub = subject_after(art.masked, lo, end)
    if sub is None or art.masked[sub.end : end].strip():
        return _agent_description(art, lo, end)
    if sub.kind == "pronoun":
        return sub.text.lower() in ("he", "she", "they")
    if sub.kind == "name":
        name = strip_titles(sub.text)[0]
        if is_organisation(name):
            return True
        ent = art.resolver.entities.get(name) if " " in name else art.resolver._find_full(name, lo)
        if ent is None and " " not in name:
            return _possessive_person(art, name)
        return ent is not None and ent.kind == "person" and ent.name.split()[-1] == name.split()[-1]
    text = _LEADING_THE.sub("", sub.text)
    return (
        is_organisation(text) or text.split()[-1].lower() in ORGANISATION_CUES or _person_like(sub)
    )


# "Sanders: Clinton Email Story Has Moved", "JAKE TAPPER: Donald Trump released ...": a speaker
# label opening a paragraph (headlines and transcripts)
_COLON_LABEL = re.compile(r"\s*((?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*):\s+(?=[\w‘'“\"])")
_NOT_LABEL = frozenset(
    "note update related photo photos video watch read listen correction source sources "
    "disclosure advertisement q a editor's editor’s editors update: warning breaking readers "
    "reader".split()
)


def _colon_label(art: Article, s0: int, s1: int):
    """ "Graham: Trump's rhetoric is destroying the party's chances": a labelled statement."""
    masked = art.masked
    p0 = art.lay.paragraphs[art.paragraph_at(s0)][0] if art.lay.paragraphs else 0
    if masked[p0:s0].strip():
        return None  # not the first sentence of its paragraph
    m = _COLON_LABEL.match(masked, s0, s1)
    if m is None:
        return _title_label(art, s0, s1)
    label = m.group(1)
    words = label.lower().split()
    if words[-1] in _NOT_LABEL or words[0] in _NOT_LABEL_FIRST:
        return None  # "The Latest: ...", "Note: ...": a rubric, not a speaker
    # a speaker's turn in a transcript runs to the end of its paragraph
    p1 = art.lay.paragraphs[art.paragraph_at(s0)][1] if art.lay.paragraphs else s1
    span = _content_span(art, m.end(), max(s1, p1))
    if span is None:
        return None
    sub = Mention(m.start(1), m.end(1), label, "name")
    return span, sub, (m.end(1), m.end(1) + 1, ":"), "indirect-colon", 0.5


# A label that ends its sentence in the masked copy: "Paul Ryan:" before a blanked title
_BARE_LABEL = re.compile(
    r"\s*(?:[A-Z]{3,}\s+[–—-]+\s+)?((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*):\s*$"
)
_TITLE_TRIM = " \t.!?"


def _title_label(art: Article, s0: int, s1: int):
    """ "Gingrich: Trump Must Decide If ...": an article's title after a speaker's label. The
    layout blanks the Title Case statement (its capitals would read as names) and keeps the
    label (``marks.noise_spans``); the statement is the rest of the title's line."""
    if s0 > 0 and art.masked[:s0].strip():
        return None  # not the title
    m = _BARE_LABEL.match(art.masked, s0, s1)
    if m is None:
        return None
    line_end = art.text.find("\n", s1)
    b = len(art.text) if line_end < 0 else line_end
    if art.masked[s1:b].strip() or (span := _text_span(art, s1, b)) is None:
        return None  # the statement is not blanked: another rule reads it
    sub = Mention(m.start(1), m.end(1), m.group(1), "name")
    return span, sub, (m.end(1), m.end(1) + 1, ":"), "indirect-colon", 0.5


def _split_second_report(art: Article, one: tuple, s1: int) -> list[tuple]:
    """ "X said A and said B": two statements of one speaker, each its own content."""
    (a, b), sub, cue, rule, conf = one
    masked = art.masked
    r = _SPEAKER_RESUMES.search(masked, a, b)
    while r is not None and r.group() == ";" and _SEMICOLON_LIST.match(masked, r.end()):
        r = _SPEAKER_RESUMES.search(masked, r.end(), b)  # "...; helped marshal ...": a list
    if r is None:
        return [one]
    first = _content_span(art, a, r.start())
    if first is None:
        return [one]
    out = [(first, sub, cue, rule, conf)]
    verb = r.group("verb")
    t = _THAT.match(masked, r.end(), s1) if verb else None
    if verb and (verb.lower() in _BARE_CLAUSE_CUES or t):
        second = _content_span(art, t.end(), s1) if t else _clause_after(art, r.end(), s1, verb)
        if second is None and (pos := _clause_pos(art, s1, r.end(), verb)) is not None:
            second = _content_span(art, pos, s1)  # "and he insisted at a rally Monday that"
        if second is not None:
            v0 = r.start("verb")
            out.append((second, sub, (v0, r.end(), verb), "indirect-coordinated", 0.55))
    elif verb and (second := _second_predicate(art, r, s1)) is not None:
        # "X said A and vowed to B", "... and calls her B": the verb's own complement
        out.append((second, sub, (r.start("verb"), r.end(), verb), "indirect-coordinated", 0.55))
    return out


def _noun_report(art: Article, n: re.Match, s1: int) -> list[tuple]:
    """ "Trump's claim that Obama founded ISIS": a statement named by a noun and its owner."""
    sub = _owner_mention(n.group(1), n.start(1))
    tail = _AFTERTHOUGHT.search(art.masked, n.end(), s1)
    end = tail.start() if tail else s1
    if (d := _DASH_AND.search(art.masked, n.end(), end)) is not None and not (
        _DASH.search(art.masked, n.end(), d.start())
    ):
        end = d.start()  # "claims that Clinton is unqualified - and one that made ...": the
        # reporter's; not the end of an aside ("unions - a source of cash - and often ...")
    span = _content_span(art, n.start(3), end)
    if span is None:
        return []
    return [(span, sub, (n.start(2), n.end(2), n.group(2)), "indirect-noun", 0.5)]


# Reporting verbs whose object noun phrase is what was said ("announced his candidacy")
# Before "that": a result clause or a reason, not a report ("so beleaguered that")
_RESULT_THAT = re.compile(r"\b(?:so|such|because|showing|videos?)\b")
# A modal before the cue: what would be said, not what was
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|should|will|can)\b|['’]ll\b")
_OBJECT_CUES = frozenset(
    "announce announces announced propose proposes proposed deny denies denied cite cites cited "
    "describe describes described accuse accuses accused criticize criticizes criticized "
    "criticise criticises criticised mention mentions mentioned praise praises praised "
    "endorse endorses endorsed reject rejects rejected dismiss dismisses dismissed "
    "condemn condemns condemned defend defends defended predict predicts predicted "
    "recommend recommends recommended ask asks asked call calls called "
    "report reports reported reporting tout touts touted repeat repeats repeated "
    "tweet tweets tweeted disclose discloses disclosed suggest suggests suggested "
    "demand demands demanded recount recounts recounted promise promises promised "
    "reiterate reiterates reiterated recall recalls recalled "
    "acknowledge acknowledges acknowledged question questions questioned "
    "pledge pledges pledged note notes noted state states stated "
    "proclaim proclaims proclaimed".split()
)
# "called him a liar", "calls Trump unfit": naming someone, a small clause after "call"
_CALL_NAMING = re.compile(
    r"\s+(?:him|her|them|it|himself|herself|themselves|(?:the|his|her|their)\s+[a-z]+|"
    r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)"
    r"\s+(?!(?:on|in|at|to|for|from|with|by|after|before|during|about|and|or|but|back|up|"
    r"out|over|again|today|yesterday|last|this|that|who|which)\b)(?:a|an|the|[a-z]+|[\"“‘'])"
)
# A form of "be" or "get" right before an object cue: a passive, the object is not the report
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:[a-z]+ly\s+)?$"
)
# Before a cue's bare form used as a verb ("to acknowledge", "does not disclose", "They suggest")
_BARE_VERB_BEFORE = re.compile(
    r"(?:\b(?:to|not|never|also|I|we|they|you|We|They|You|do|does|did)|n['’]t|[a-z]+ly)\s+$"
)


# A span of time after a cue ("stated a day earlier", "announced two weeks ago")
_TIME_OBJECT = re.compile(
    r"\s+(?:a|an|one|two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:earlier|later|before|after|ago)\b"
)
_NOT_OBJECT_AFTER_TIME = re.compile(r"\s*(?:[,.;:)]|$|(?:by|in|on|at|to|from|for|with|and|but)\b)")
_PARTICLES = frozenset("off up out down back over on in".split())
# Verbs a loose description subject may end in, before the cue word used as an adjective:
# "The figures include pledged delegates"
_VERBS_BEFORE_NOUN = frozenset(
    "include includes have has get gets got make makes made give gives gave take takes took".split()
)


def _is_title(art: Article, s0: int, s1: int) -> bool:
    """Whether the sentence is the article's title: its first paragraph, with more after it."""
    pars = art.lay.paragraphs
    return len(pars) >= 2 and s0 <= pars[0][0] and s1 >= pars[0][1] - 2


def _object_cue_is_noun(masked: str, sub: Mention, c0: int, low: str) -> bool:
    """Whether an object cue that is also a noun is one here: a bare form with no pronoun,
    "to" or adverb before it ("the jobs report", "The October report"), or a plural ending a
    description that ends in a verb or its particle ("the Trump monster fired off tweets",
    "The figures include pledged delegates")."""
    if not (low.endswith(("ed", "ing")) or (low.endswith("s") and not low.endswith("ss"))):
        return _BARE_VERB_BEFORE.search(masked, max(0, c0 - 12), c0) is None
    if sub.kind == "description":
        last = sub.text.split()[-1]
        return last in _PARTICLES or last in _VERBS_BEFORE_NOUN or last.endswith("ed")
    return False


_NOT_OBJECT = frozenset("by in on at to from for with as after before during that".split())
# A subject pronoun and a word: a clause even when its verb has no tense ending ("they empathize")
_PRONOUN_CLAUSE = re.compile(r"\s*(?:he|she|they|we|I|it|you)(?:['’][a-z]+)?\s+[a-z]")
# "The Arizona Republican survived ...": a determiner phrase that opens the sentence
_OPENING_NP = re.compile(
    r"((?:The|A|An|This|These|Those|Many|Some|Most|[A-Z][\w’']*['’]s)(?:\s+[\w’'\-]+){1,4}?)"
    r"(?=\s+[a-z])"
)
# Words that leave a clause open before ", according to X,"
_OPEN_ENDED = frozenset("after before because that when as since the a an to of and but".split())
# The source named after "according to" when it is no determiner phrase: "exit polls"
_SOURCE_PHRASE = re.compile(r"\s*((?:[\w’'\-/]+\s+){0,11}?[\w’'\-]+)\s*(?=[,.;]|$)")
# After ", according to X," an appositive or relative clause, not the rest of the main clause
_APPOSITION_AFTER = re.compile(r"\s*(?:who|which|where|whose|when|a|an|even|while|as)\b", re.I)
# Cues that come before their subject at the end of a sentence ("..., said Bates Gill.")
_INVERTED = frozenset(
    "said says added adds wrote writes noted notes explained explains argued argues insisted "
    "insists warned warns continued continues concluded concludes recalled recalls asked asks "
    "observed observes acknowledged acknowledges replied replies responded responds".split()
)
_ADJUNCT_WORDS = frozenset("aboard under several outside inside later earlier recently".split())
# "Trump's claim that ...", "his warning that ...": a statement noun owned by its speaker
_STATEMENT_NOUNS = (
    r"claims?|assertions?|arguments?|statements?|suggestions?|beliefs?|promises?|pledges?|"
    r"warnings?|allegations?|accusations?|insistence|predictions?|contentions?|assurances?|"
    r"admission|denials?|complaints?|charges?"
)
_NOUN_CUE = re.compile(
    r"\b((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*['’]s?|his|her|their|its)\s+(?:[a-z\-]+\s+)?"
    r"(" + _STATEMENT_NOUNS + r")\s+(that\s)"
)
# The noun and its "that" alone: a cheap test before _NOUN_CUE, which tries up to five
# capitalised words at every offset of the sentence
_NOUN_THAT = re.compile(r"\b(?:" + _STATEMENT_NOUNS + r")\s+that\s")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Bounds that keep pathological input (a 100 KB paragraph with no full stop) near-linear
_LONGEST_SENTENCE = 2000
_MOST_CUES = 12
_THAT = re.compile(r"\s*that\s")
# Words between a comma and the head of a trailing subject: "the University of", "Former"
_GAP_NP = re.compile(
    r"\s*(?:(?:the|a|an|[A-Z][\w’'.\-]*|of|for|and)\s+){1,5}"
    # "Donald Trump’s longtime confidant Roger Stone": a possessive and its role words
    r"|\s*(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.\-]*\s+){0,3}[A-Za-z][\w.\-]*['’]s\s+"
    r"(?:[a-z][\w\-]*\s+){0,3}"
)
_FRONTED = frozenset(
    "in on at after before during since last this earlier later yesterday today meanwhile "
    "still however instead now then also but and yet so for amid over throughout".split()
)
_SAY = frozenset("say says said tell tells told".split())
_LOOSE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:—])\s+|\b(?:and|but|And|But)\s+|^\s*)"
    r"((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]ther|"
    r"[Aa]ll|[Bb]oth|[A-Z][\w’']*['’]s|(?:[Aa]\s+mere\s+)?[\w\-,.]+\s+percent(?:\s+of)?)"
    r"(?:\s+[\w’'\-]+){0,4}?\s+[a-z][\w\-]*|[A-Za-z][a-z]+s|\d[\d,.]*\s+percent)"
    r"\s+(?:(?:also|still|now|often|have|has|had|[a-z]+ly)\s+)*$"
)
# A short object or adjunct (no punctuation, at most eight words) and then "that"
_THAT_SOON = re.compile(r"(?:\s+(?!that\b)[\w'’.\-]+){1,8}?\s+(that)\s")
# Cue words that are nouns far more often than verbs in news text ("a trade-sensitive state")
_NOUN_CUES = frozenset("state states".split())
# Plural nouns that are also reporting verbs: after "his crude", "other", "the" they are nouns
_AMBIGUOUS_NOUNS = frozenset(
    "comments estimates remarks claims reports notes calls promises plans hopes fears concerns "
    "warnings answers questions statements findings suggestions charges proposals demands "
    "pledges vows doubts thoughts views words points signals accounts responses".split()
)
_NOUN_BEFORE = re.compile(
    r"\b(?i:the|a|an|his|her|their|its|our|my|your|other|some|these|those|this|that|any|no|"
    r"[A-Za-z]+['’]s)\s+(?:[a-z\-]+\s+){0,2}$"
)  # lowercase words only between: "The Heritage Foundation notes" is a verb
# Where the reporter's own words take over after the reported clause
_HOWEVER = re.compile(r",\s+however\s")
_WHERE_AFTER = re.compile(r",\s+where\s")
_AFTERTHOUGHT = re.compile(r",\s+(?:which|who|whose|highlighting|however)\s|;")
# Between one report's content and the next report's cue: a new clause ("; 26 percent say")
_WHEREAS = re.compile(r"[.”\"’']*,\s+whereas\s")
# ", whereas Petraeus acknowledged ...": the reporter's contrast ends a report too; so does
# the reporter's comparison with another agent (", as has the mayor of Miami")
_REPORT_TAIL = re.compile(
    r",\s+(?:which|who|whose|highlighting|however|whereas|compared\s+(?:with|to)|"
    r"as\s+(?:has|have|had|did|does|do))\s|;"
)
# Where the clause reported after "X said (that)" ends; not at ", which": a relative on the
# reported clause's own noun is part of what was said ("someone had moved the sign, which ...")
_CLAUSES_REPORT_TAIL = re.compile(
    r",\s+which\s+(?:in\s|(?:[\w.]+\s+){1,4}?(?:say|says|said|believe|believes|claim|claims)\b)|"
    r",\s+which\s+(?:is|was|are|were|has|had|have|would|will|can|could|may|might|[a-z]+(?:ed|es))\b|"
    r",\s+(?:who|whose|highlighting|however|whereas|compared\s+(?:with|to)|"
    r"as\s+(?:has|have|had|did|does|do))\s|;"
)
# Participles that report a second statement of the main subject: "..., adding that ..."
_PARTICIPLES = frozenset(
    "saying adding noting arguing insisting explaining warning claiming suggesting stating "
    "declaring acknowledging asserting contending predicting writing telling".split()
)
_PARTICIPLE_LEAD = re.compile(r"(?:,|—|–|\band)\s*$")
# "... by telling them that ...", "after initially saying he would not ...": a participle that
# is the means or time of the main clause reports its subject's words
_PARTICIPLE_PREPOSITION = re.compile(
    r"\b(?:[Bb]y|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince|from)(?:\s+[a-z]+ly)?\s+$"
)
# A sentence opening with a subordinate clause: its first noun phrase is not the main subject
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:Although|Though|While|When|If|As|Because|Since|Unless|Whether|After|Before|Once)\s"
)
# Verbs that report findings: "Polls show ...", "the study found that ..."
_EVIDENCE = re.compile(
    r"\b(?:show|shows|showed|shown|showing|found|finds|indicate|indicates|"
    r"indicated|suggest|suggests|suggested|estimates|estimated|concluded)\b"
)
_EVIDENCE_NOUNS = frozenset(
    "poll polls survey surveys study studies data report reports analysis research figures "
    "numbers results audit investigation review records documents filings estimates census "
    "report findings evidence models forecast projections statistics tally count polling "
    "exit slide slides article articles paper papers panel memo memos emails email letter "
    "letters disclosures markets thread footage video videos photos transcript transcripts "
    "experience experiments experiment tests".split()
)
# Verbs whose content may be an infinitive: "vowed to put her in prison", "urged voters to ..."
_TO_CUES = frozenset(
    "vow vows vowed promise promises promised pledge pledges pledged urge urges urged ask asks "
    "asked demand demands demanded tell tells told encourage encourages encouraged".split()
)
# Where an infinitive's content ends: a comma before an appositive, a relative, another clause
# or another verb ("vowed to block the nominee, Judge Garland, meaning ...", "urged ... Libya,
# proposed that ..."); not a list of bare verbs ("to ax X, replace Y, open up Z") or "$51,000"
_TO_END = re.compile(
    r",\s+(?=(?:which|who|whose|where|a|an|the|and|but|while|as|meaning|citing|saying|it|he|she|"
    r"they|[a-z]+ed|[A-Z])\b)|;"
)
_RELATIVE = re.compile(
    r"(?:,\s*)?\b(who|which|that)\s+(?:(?:also|later|then|has|have|had|"
    r"would|will|previously|recently|[a-z]+ly)\s+)*$"
)
# A subordinate clause's subject and verb: "as he praised", "when Ms. Vance visited"
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:as|when|while|after|before|because|since|although|though)\s+"
    r"(he|she|they|[A-Z][a-z]+\.?(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
_AND_BEFORE = re.compile(
    r"(?:\s(?:and|but)|,\s+then)\s+(?:(?:also|later|then|has|have|had|[a-z]+ly)\s+)*$"
)


# Compiled once for _ends_after_subject
_WORD_CHAR = re.compile(r"\w")


def _ends_after_subject(masked: str, sub: Mention, s1: int) -> bool:
    end = sub.role[1] if sub.role else sub.end
    return not _WORD_CHAR.search(masked, end, s1)


def _person_like(sub: Mention) -> bool:
    """Return True for a name, a personal pronoun or a description headed by a role noun."""
    if sub.kind in ("name", "pronoun"):
        return sub.kind == "name" or sub.text.lower() in ("he", "she", "they", "we", "i")
    words = [w.lower().strip(".,'’") for w in sub.text.split()]
    if (
        any(_role_noun(w) or w + "." in TITLES for w in words[:-1])  # "Sen.", "Gov."
        and sub.text.split()[-1][:1].isupper()
    ):
        return True  # "Democratic presidential front-runner Hillary Clinton": a title, a name
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return any(
        _role_noun(w)
        or w in _PERSON_NOUNS
        or w + "s" in SOURCE_NOUNS
        or _PEOPLE_PLURAL.match(w) is not None  # "House conservatives", "the organizers"
        for w in (words[-1], words[cut - 1])
    )  # "A spokesman for Mayor X", "The woman", "One Republican": a source noun's singular


_HEAD_ENDS = frozenset("of for at with from in".split())
# Nouns of a person that are no title or role
_PERSON_NOUNS = frozenset(
    "man woman men women someone somebody person tycoon magnate incumbent politician actor "
    "celebrity mother wife husband son daughter".split()
)


def _role_noun(word: str) -> bool:
    return word in TITLES or word in SOURCE_NOUNS or word.rstrip("s") in TITLES


def _extra_cues(art: Article, s0: int, s1: int) -> list[tuple[int, int, str]]:
    masked = art.masked
    have = {c[0] for c in art.cues_in(s0, s1)}
    extra = [
        (m.start(), m.end(), m.group())
        for m in _EVIDENCE.finditer(masked, s0, s1)
        if m.start() not in have
    ]
    # "hit back by criticizing the fact-checkers": a stance verb's participle after "by", the
    # means of the main clause (see ``_prepositional_participle``)
    extra += [
        (m.start(1), m.end(1), m.group(1))
        for m in _BY_STANCE.finditer(masked, s0, s1)
        if m.group(1) in STANCE_VERBS and m.start(1) not in have
    ]
    return extra


_BY_STANCE = re.compile(r"\b[Bb]y\s+(?:[a-z]+ly\s+)?([a-z]+ing)\b")

# A participle's lead with adverbs before it: ", and pointedly saying", ", while also noting"
_ADVERB_LEAD = re.compile(r"(?:,|\band|\bwhile)\s+(?:(?:also|then|later|[a-z]+ly)\s+)+$")
# A participle phrase that opens a sentence: "Asked about the error, ", "Speaking in Ohio, "
_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b[^,;:]{0,120},\s+")


def _sentence_subject(art: Article, s0: int, c0: int) -> Mention | None:
    """Return the noun phrase that opens the sentence (the subject of its main verb)."""
    masked = art.masked
    lead = _opening_marks(masked, s0, c0)
    sub = None
    if (p := _FRONTED_PARTICIPLE.match(masked, s0 + lead, c0)) is not None:
        # "Asked about the error, the manager did not apologize, but said": the subject after
        # the participle phrase (which may run over commas: "Chastened by X, as well as Y,")
        at = p.end()
        for _ in range(3):
            if (sub := subject_after(masked, at, c0)) is not None or (
                k := masked.find(", ", at, min(c0, at + 80))
            ) < 0:
                break
            at = k + 2
        if sub is not None:
            lead = at - s0
    if sub is None:
        sub = subject_after(masked, s0 + lead, c0)
    if sub is None and (m := _OPENING_NP.match(masked, s0 + lead, c0)) is not None:
        end = m.end(1)
        if (n := _NEXT_WORD.match(masked, end, c0)) is not None and (
            n.group(1) in TITLES or n.group(1) in SOURCE_NOUNS
        ):
            end = n.end(1)  # "The former president": the head noun too, not "The former"
        sub = Mention(m.start(1), end, masked[m.start(1) : end], "description")
    if sub is None:
        # "In May, a U.S. District Court judge sided with ...": skip a fronted adverbial
        comma = masked.find(",", s0, c0)
        words = masked[s0 + lead : comma].split()
        if 0 < comma - s0 < 40 and words and words[0].lower() in _FRONTED:
            sub = subject_after(masked, comma + 1, c0)
    if sub is None or sub.end - s0 - lead > 90:
        return None
    return sub


# A relative clause or a passive between a subject and its participle: not one clause
_NOT_ONE_CLAUSE = re.compile(
    r"\b(?:who|which|that|whose|(?:is|are|was|were|been|be)\s+(?:[a-z]+\s+)?[a-z]+ed)\b"
)


def _prepositional_participle(art: Article, s0: int, c0: int, c1: int, s1: int, word: str):
    """ "Trump responded by saying he ...": the content after the participle, said by the
    sentence's subject when one clause (no comma, no relative) runs from it to the participle.
    After "by" the content may be an object too ("countered by suggesting four other nights"),
    said by the main clause's subject."""
    masked = art.masked
    if _SUBORDINATE_OPENING.match(masked, s0, c0):
        return None
    sub = _sentence_subject(art, s0, c0)
    if sub is None or sub.text.lower() in ("it", "this", "that", "there"):
        return None
    between = masked[sub.end : c0]
    if "," in between or _NOT_ONE_CLAUSE.search(between):
        return None
    span = _clause_after(art, c1, s1, word)
    if by := _BY_BEFORE.search(masked, max(s0, c0 - 20), c0) is not None:
        # the main verb: the first word after the subject whose subject is the sentence's
        # ("The Sanders campaign countered": not "campaign")
        for v in _WORD.finditer(masked, sub.end, c0):
            main = subject_before(masked, s0, v.start())
            if (
                main is not None
                and main.start == sub.start
                and not masked[main.end : v.start()].strip()
            ):
                break
        else:
            return None
        if _NOT_INNER_SUBJECT.match(main.text) or not _main_clause_subject(
            art, s0, v.start(), main
        ):
            return None  # "How the council won by praising ... is unclear": no main clause
        sub = main
        if span is None:
            span = _stance_content(art, c1, s1, word.lower(), sub)
    if span is not None and by and (cut := _BY_CONTENT_END.search(masked, *span)) is not None:
        # "by proposing that ..., an approach several Republicans back", "by proposing to
        # scale back the requirement, siding with ...": the means ends before an aside
        span = _content_span(art, span[0], cut.start(), min_words=1)
    return None if span is None else (span, sub, (c0, c1, word), "indirect-participle", 0.55)


# Where the content of a means ("by proposing ...") ends: an appositive, a relative or a
# participle after a comma, or a dash
_BY_CONTENT_END = re.compile(r",\s+(?:an?|which|who|whose|[a-z]+ing)\b|\s[—–]|\s-+\s|;")


# "by" before a participle, with at most an adverb between
_BY_BEFORE = re.compile(r"\b[Bb]y(?:\s+[a-z]+ly)?\s+$")


def _clause_after(art: Article, c1: int, s1: int, word: str) -> tuple[int, int] | None:
    """Return the content after a cue when it is a clause ("that ...", "he will ...")."""
    masked = art.masked
    pos = c1
    if word.lower() in ("telling",):
        pos = _skip_tell_object(masked, pos, s1)
    c = _CLAUSE_START.match(masked, pos, s1) or _THAT.match(masked, pos, s1)
    if c is None:
        return None
    return _content_span(art, pos, s1)


# Progressive forms of the infinitive cues: "Clinton is promising to help ..."
_TO_PROGRESSIVE = frozenset("vowing promising pledging urging demanding".split())

# Compiled once for _indirect_extra
_TO_INFINITIVE_NEXT = re.compile(r"\s+to\s+[a-z]+")
_NEXT_TOKEN = re.compile(r"\s+([\w’'\-]+)")
_OBJECT_BEFORE_TO = re.compile(
    r"\s+(?:[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*|him|her|them|us|me|"
    r"voters|supporters|lawmakers|people|Congress|the\s+\w+)(?=\s+to\b)"
)


# Where the clause around a parenthetical cue begins: "..., which, his advisers believe, ...",
# "... - and the permit, his campaign said, ..."; and where the reporter's next clause begins
# after it: ", and most don't expect ...", " – although she laughed ..."
_WHICH_BEFORE = re.compile(r",\s+(which|who)\s*,\s*$")
_DASH_AND = re.compile(r"\s[-—–]+\s+and\s+")
_CLAUSE_JOIN = re.compile(r"\s[-—–]+\s+and\s+|,\s+but\s+")
_DASH = re.compile(r"\s[-—–]+\s")
_NEXT_CLAUSE = re.compile(
    r",\s+and\s+(?:[\w’'\-.]+\s+){1,4}?(?:is|are|was|were|will|would|has|have|had|can|could|"
    r"should|may|might|must|does|did|[a-z]+n[’']t)\b|\s[-—–]+\s*(?:although|though|but)\s"
)


def _parenthetical_clause(
    art: Article, span: tuple[int, int], sub_start: int, after: int
) -> tuple[int, int]:
    """The clause of the sentence ``span`` that holds a parenthetical cue (its subject at
    ``sub_start``, the cue ending at ``after``): from a relative pronoun or a dash-and before it,
    past a connective, up to the next clause of the reporter's."""
    masked = art.masked
    a, b = span
    lead = masked[a:sub_start]
    if (w := _WHICH_BEFORE.search(lead)) is not None:
        a += w.start(1)  # "..., which, Tompkins said, is usually full ..."
    else:
        for d in _CLAUSE_JOIN.finditer(lead):
            # "He had a rally that night - and the permit, they said, ...", "Few go undefeated,
            # but at that point, many strategists think, ..."
            a = span[0] + d.end()
        if (c := _CONNECTIVE.match(masked, a, sub_start)) is not None and c.end() < sub_start:
            a = c.end()  # not in "Still, it said, ...": the cue would open the content
    if (e := _NEXT_CLAUSE.search(masked, after, b)) is not None:
        b = e.start()
    if len(masked[a:b].split()) < 4:
        return span
    return a, b


# A possessive "own" before an object cue in -ed: the cue is an adjective ("its own
# recommended list"), the words before it no subject
_ENDS_OWN = re.compile(r"\b(?:its|his|her|their|our|my|your)\s+own$", re.I)


def _indirect_extra(art: Article, s0: int, s1: int, c0: int, c1: int, word: str):
    """Reported speech the basic rules miss: relative, appositive and coordinated subjects,
    parentheticals, infinitive content and findings of polls and studies."""
    masked = art.masked
    low = word.lower()
    left = masked[s0:c0]
    sub: Mention | None = None
    rule = "indirect-that"
    # "..., a gynecologist from Englewood, who said he is ...": the relative's antecedent
    rel = _RELATIVE.search(left)
    if rel is not None and (rel.group(1) != "that" or low in _EVIDENCE_NOUNS):
        w0 = s0 + rel.start(1)
        sub = subject_before(masked, s0, s0 + rel.start()) or Mention(
            w0, w0 + len(rel.group(1)), rel.group(1), "description"
        )
        rule = "indirect-relative"
    elif left.rstrip().endswith(","):
        # "Marley Anderson, 21, a junior from Las Vegas, said she ...": the sentence's first NP
        first = masked.find(",", s0, c0)
        head = subject_before(masked, s0, first) if first > s0 else None
        if head is not None and head.start - s0 < 4 and head.kind != "pronoun":
            role_end = len(left.rstrip()) - 1
            sub = Mention(head.start, head.end, head.text, head.kind, (first + 1, s0 + role_end))
            if not masked[first + 1 : s0 + role_end].strip():
                sub = Mention(head.start, head.end, head.text, head.kind, None)
            rule = "indirect-appositive"
    elif _AND_BEFORE.search(left):
        # "The Arizona Republican survived ... and says such techniques are inhumane"; but
        # "Workers stood by as he praised the course and said ...": the subordinate's subject
        inner = max(_SUBORDINATE_SUBJECT.finditer(masked, s0, c0), key=re.Match.start, default=None)
        if inner is not None and "," not in masked[inner.end() : c0]:
            g0, g1 = inner.span(1)
            kind = "pronoun" if inner.group(1).lower() in ("he", "she", "they") else "name"
            sub = Mention(g0, g1, inner.group(1), kind)
        else:
            sub = _sentence_subject(art, s0, c0)
        rule = "indirect-coordinated"
    if sub is None:
        sub = subject_before(masked, s0, c0)
    if sub is None and low in _SAY:
        # "The billionaire real estate magnate says ...", "regulators say ...", "A mere 9 percent
        # say ...": any short noun phrase opening the clause is the subject of a say-verb
        m = _LOOSE_SUBJECT.search(masked[s0:c0])
        if m is not None:
            sub = Mention(s0 + m.start(1), s0 + m.end(1), m.group(1), "description")
            rule = "indirect-description"
    if sub is None:
        return None
    # "In the end, Mr. Rosenthal said, union voters ...": a parenthetical cue
    pre = masked[s0 : sub.start].rstrip()
    t = _TIME.match(masked, c1, s1)
    after = t.end() if t else c1
    if (
        not pre.endswith(",")
        and masked[after : after + 1] == ","
        and (loose := _parenthetical_np(masked, s0, c0)) is not None
    ):
        # "There is no chance of that, officials in both cities insist, because ...": a short
        # noun phrase between commas, not only its last noun
        sub, pre = loose, masked[s0 : loose.start].rstrip()
        if _SCENE.match(masked, s0, sub.start) and "," not in pre[:-1]:
            # "As the crowd cheered, the Post's reporter wrote, his wife ...": a fronted clause
            # of time sets the scene; the report is the main clause after the cue (but "If ...,
            # X argues, ..." is part of the claim)
            span = _content_span(art, after + 1, s1, min_words=3)
            if span is None:
                return None
            return span, sub, (c0, c1, word), "indirect-parenthetical", 0.6
    if pre.endswith(",") and len(pre) > 2 and masked[after : after + 1] == ",":
        rest = _content_span(art, after + 1, s1, min_words=2)
        span = _content_span(art, s0, s1)  # PolNeAR's content spans the whole sentence
        if rest and span:
            span = _parenthetical_clause(art, span, sub.start, after)
            return span, sub, (c0, c1, word), "indirect-parenthetical", 0.6
    if rule == "indirect-that" and (
        low in _TO_CUES
        or (low in _TO_PROGRESSIVE and _PROGRESSIVE.search(masked, max(s0, c0 - 40), c0))
    ):
        # "He vowed to put her in prison", "urged voters to slow down", "is promising to"
        pos = after
        o = _OBJECT_BEFORE_TO.match(masked[pos:s1])
        if o is not None:
            pos += o.end()
        m = _TO_INFINITIVE_NEXT.match(masked[pos:s1])
        if m is not None and _person_like(sub):
            # "vowed to block the nominee, Judge Garland, meaning ...": the first comma ends it
            stop = _TO_END.search(masked, m.end() + pos, s1)
            span = _content_span(art, pos, stop.start() if stop else s1)
            if span:
                return span, sub, (c0, c1, word), "indirect-to", 0.55
        if low not in _OBJECT_CUES:
            return None
    if low in {
        "show",
        "shows",
        "showed",
        "shown",
        "showing",
        "found",
        "finds",
        "indicate",
        "indicates",
        "indicated",
        "estimates",
        "estimated",
        "concluded",
    }:
        words = [w.lower().strip(".,'’") for w in sub.text.split()[:8]]
        if not any(w in _EVIDENCE_NOUNS for w in words):
            return None  # "A Times/CBS poll conducted last week found": any of its words
        if words[0] in ("with", "however") or (
            low.endswith("ing") and masked[sub.end : c0].split()[-1:] not in (["is"], ["are"])
        ):
            return None  # "With national polls showing her ahead, ...": no main clause
        span = _clause_after(art, after, s1, word) or _content_span(art, after, s1)
        if span is None:
            return None
        return span, sub, (c0, c1, word), "indirect-finding", 0.55
    if rule == "indirect-that" and low in _OBJECT_CUES:
        # "Trump announced his candidacy", "she denied the report": the object is the content
        w = _NEXT_TOKEN.match(masked[after:s1])
        if w is None or w.group(1).lower() in _NOT_OBJECT_OR_TIME:
            return None
        if _ENDS_OWN.search(sub.text):
            return None  # "to formulate its own recommended list": an adjective, no subject
        if (tm := _TIME_OBJECT.match(masked, after, s1)) is not None:
            # "he also stated a day earlier that ...": a time, then the object or the clause
            after = tm.end()
            if (th := _THAT.match(masked, after, s1)) is not None:
                after = th.end() - 1
            elif _NOT_OBJECT_AFTER_TIME.match(masked, after, s1):
                return None
        if low.startswith("call") and not _CALL_NAMING.match(masked, after, s1):
            return None  # "called the hearing", "called him on Monday": no naming
        if _HYPOTHETICAL.search(masked, sub.end, c0):
            return None  # "before Hillary Clinton would announce her bid": not yet said
        if _is_title(art, s0, s1):
            return None  # "Council pledges quick repairs as flood waters fall": a headline's
        if _PASSIVE_BEFORE.search(masked, sub.end, c0) and w.group(1).lower() not in (
            "the",
            "a",
            "an",
        ):
            return None  # "when Trump was questioned about ...", not "was announced the winner"
        if _object_cue_is_noun(masked, sub, c0, low):
            return None  # "The October report exceeded ...", "fired off tweets and retweets"
        if low in _BARE_REPORT_CUES and (
            (bare := _ENDS_BARE_CLAUSE.match(masked, after, s1)) is not None
            and not _RELATIVE_WORD.search(bare.group())
        ):
            # "Breitbart reports the once-political friends had a falling out after ...": a
            # clause with no "that", to its end
            span = _content_span(art, after, s1, cut_clauses=True, min_words=3)
            return None if span is None else (span, sub, (c0, c1, word), "indirect-object", 0.5)
        end = _relative_end(art, _object_end(art, after, s1), s1)
        if (v := _SECOND_PREDICATE.search(masked, after, end)) is not None:
            end = v.start()
        if _DANGLING.search(masked, after, end) is not None:
            end = _extend_example(masked, end, s1)
        span = _content_span(art, after, end, min_words=2)
        if span is None:
            return None
        return span, sub, (c0, c1, word), "indirect-object", 0.5
    if rule == "indirect-that":
        return None  # the basic rule already tried this subject
    if low in _ASK_VERBS:
        # "... and asked workers if they planned to attend"
        span = _ask_content(art, after, s1)
        return None if span is None else (span, sub, (c0, c1, word), rule, 0.6)
    pos = after
    if low in _TELL_VERBS:
        pos = _skip_tell_object(masked, pos, s1)
    pos = _skip_addressee(masked, pos, s1, low)
    if low in _PRONOUN_CLAUSE_CUES and _PRONOUN_CLAUSE.match(masked, pos, s1):
        # "Jeb Bush, who announced he is suspending his campaign", "but has denied he has
        # any connection": a pronoun and its verb, a clause after an object cue
        low = "said"
    c = _CLAUSE_START.match(masked, pos, s1)
    if c is None:
        w = _NEXT_WORD.match(masked[pos : pos + 30])
        if w is None or w.group(1) in _NOT_CLAUSE or low not in _BARE_CLAUSE_CUES:
            return None
        if not _FINITE.search(masked, pos + w.end(), min(s1, pos + 60)):
            return None
    elif masked[pos : c.end()].strip().startswith("that"):
        pos = masked.index("that", pos) + 4
    elif low not in _BARE_CLAUSE_CUES or not (
        _FINITE.search(masked, pos, min(s1, pos + 80)) or _PRONOUN_CLAUSE.match(masked, pos, s1)
    ):
        return None
    # "..., however this time around ...", "..., where he trailed ...": the reporter's
    tail = _HOWEVER.search(masked, pos, s1) or _WHERE_AFTER.search(masked, pos, s1)
    end = tail.start() if tail else s1
    if (quoted := _COLON_QUOTE.search(masked, pos, end)) is not None:
        end = quoted.start()  # "... out of worry: “It’s pretty rattling ...”"
        if (lead := _QUOTE_LEAD.search(masked, pos, end)) is not None:
            end = lead.start()  # "..., adding: “...”": the participle leads the quotation
    if (
        rule == "indirect-relative"
        and (dash := _DASH_CLOSE.search(masked, pos, end)) is not None
        and (
            _DASH_WHO.search(masked, max(s0, c0 - 40), c0)
            or _DASH_CLOSE.search(masked, dash.end(), end)
        )
    ):
        # "economists -- who believe in X -- the transition may ...": the dash closes the
        # relative; "who claim he hit them–and has been indicted–his ...": an aside follows
        end = dash.start()
    # "... and said funding is needed": a clause of three words when its verb was found
    short = c is None or (rule == "indirect-relative" and _PRONOUN_CLAUSE.match(masked, pos, end))
    span = _content_span(art, pos, end, min_words=3 if short else 4)
    if span is None:
        return None
    return span, sub, (c0, c1, word), rule, 0.6


# Cues that report a clause without "that" ("Peskov said Putin would ..."); others need "that".
_BARE_CLAUSE_CUES = frozenset(
    "say says said saying tell tells told telling add adds added adding argue argues argued "
    "arguing believe believes believed think thinks thought claim claims claimed insist insists "
    "insisted warn warns warned predict predicts predicted note notes noted explain explains "
    "explained suggest suggests suggested stress stresses stressed acknowledge acknowledges "
    "acknowledged write writes wrote contend contends contended assert asserts asserted "
    "recall recalls recalled admit admits admitted complain complains complained concede "
    "concedes conceded feel feels felt fear fears feared estimate estimates estimated agree agrees "
    "agreed brag brags bragged".split()
)
# Their participles after a form of "be": "Sanders is suggesting he beat expectations"
_BARE_CLAUSE_PARTICIPLES = frozenset(
    "believing thinking claiming insisting warning predicting noting explaining suggesting "
    "stressing acknowledging writing contending asserting recalling admitting complaining "
    "conceding feeling fearing estimating".split()
)
_PROGRESSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|been)|['’](?:s|re))\s+(?:(?:also|already|now|still|not|[a-z]+ly)\s+)*$"
)


def _bare_clause_cue(masked: str, c1: int, word: str) -> bool:
    """Return True when the cue ending at c1 may report a clause without "that"."""
    if word in _BARE_CLAUSE_CUES:
        return True
    c0 = c1 - len(word)
    return word in _BARE_CLAUSE_PARTICIPLES and bool(
        _PROGRESSIVE.search(masked, max(0, c0 - 40), c0)
    )


# Object cues that report a clause without "that" when a pronoun subject opens it
_PRONOUN_CLAUSE_CUES = frozenset("announce announces announced deny denies denied".split())
# Whom a statement was made to, closing the content: "... to the radio talk show host"
_ADDRESSEE_END = re.compile(
    r"\s+to\s+(?:the|a|an|his|her|their)\s+(?:[\w\-]+\s+){0,3}(?:host|hosts|reporters|audience|"
    r"crowd|interviewer|anchor|supporters|journalists|newspaper|magazine|network|station)$"
)
_EVEN_AS = re.compile(r"\s*(?i:even\s+as|while|although|though|even\s+though|whereas)\b")
_LEAD_ADVERB = re.compile(r"\s*(?:However|But|And|Yet|Still|Now|Meanwhile|Instead|Even\s+so),?\s+")
_CONCESSIVE = re.compile(r"\s*(?:While|Although|Though|Even\s+though|Whereas|Because|Since)\b")
# "A few weeks after Obama announced that ...,", "Until she said ...,": a fronted clause of
# time; the main clause follows its comma
_TEMPORAL = re.compile(
    r"\s*(?:(?:[A-Za-z]+\s+){0,2}(?i:days?|weeks?|months?|years?|hours?|minutes?)\s+|"
    r"(?:Shortly|Just|Only|Soon|Long|Right|Not\s+long)\s+)?(?i:after|before|until|once|when)\s"
)
_SUBORDINATE_END = re.compile(r",|\s[—–―]+\s|\s-{1,2}\s")
_SUBORDINATE = re.compile(
    r"\s*(?:While|Although|Though|If|As|Because|When|Whether|Since|Unless|Those\s+who|Whatever)\b"
)


def _concessive_or_temporal(masked: str, lo: int, hi: int) -> bool:
    """A concessive ("While", "Although"), "even as" or temporal ("Days after", "Until")
    subordinator opens ``masked[lo:hi]``."""
    return bool(
        _CONCESSIVE.match(masked, lo, hi)
        or _EVEN_AS.match(masked, lo, hi)
        or _TEMPORAL.match(masked, lo, hi)
    )


_ABOUT_NUMBER = re.compile(r"\s+(?:about|nearly|almost|roughly|some|over)\s+\d")
_NOT_CLAUSE = frozenset(
    "to about of for in on at with by from as into over after before during so and or but "
    "goodbye yes no hello thanks sorry nothing something anything".split()
)
# A verb form only a clause has (no plural-noun look-alikes such as "supporters")
_STRICT_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did|"
    r"[a-z]+n't|[a-z]{2,}ed)\b"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did|"
    r"won't|wouldn't|isn't|wasn't|doesn't|didn't|[a-z]+ed|[a-z]{3,}s)\b"
)


_ASK_VERBS = frozenset("ask asks asked".split())
# After "asked": a short object (no punctuation), then the question: "asked workers if ..."
_ASK_CLAUSE = re.compile(
    r"(?:\s+(?!(?:if|whether|how|what|why|when|where|who|which)\b)[\w’'.\-]+){0,4}?"
    r"\s+((?:if|whether|how|what|why|when|where|who|which)\s)"
)


# Words a long say-verb subject may hold besides those of _opening_subject: "Those close to him
# say"; not a relative clause ("executives who run news organizations say": 1 of 2 marked)
_LONG_SUBJECT_OK = frozenset(["to"])
_LONG_SUBJECT_LAST_NOT = frozenset("to who it there this that what".split())


def _long_subject(art: Article, s0: int, c0: int) -> Mention | None:
    """ "But private Chinese companies and ordinary Chinese traders say", "The last man to mount
    a major third-party race says": the whole clause opening before a say-verb."""
    masked = art.masked
    lo = s0 + len(masked[s0:c0]) - len(masked[s0:c0].lstrip(" \"'“(—–-\n"))
    if (w := _LEAD_CONJ.match(masked, lo, c0)) is not None:
        lo = w.end()
    seg = masked[lo:c0].rstrip()
    words = seg.split()
    if not 2 <= len(words) <= 15 or any(ch in seg for ch in ',;:()"“”' + MASK):
        return None
    if len(words) > 3 and words[0].lower() in ("more", "less", "fewer") and words[1] == "than":
        words = words[2:]  # "More than half of respondents in the poll said"
    if words[-1].lower() in _NOT_LONG_SUBJECT_LAST:
        return None
    if any(
        (x.lower() in _NOT_IN_SUBJECT and x.lower() not in _LONG_SUBJECT_OK)
        or _CONTRACTION.search(x)
        or x.lower() in _AUXILIARIES_PRONOUNS
        for x in words
    ):
        return None
    if (
        words[0].lower() in _FRONTED
        or words[0].endswith("ing")
        or words[0].lower() in _STOPWORDS_NOT_DETERMINER
    ):
        return None
    return Mention(lo, lo + len(seg), seg, "description")


def _ask_content(art: Article, c1: int, s1: int) -> tuple[int, int] | None:
    """ "asked workers if they planned to attend, ...": the question after "asked", up to a
    comma."""
    masked = art.masked
    q = _ASK_CLAUSE.match(masked, c1, s1)
    if q is None:
        return None
    stop = _ASKED_STOP.search(masked, q.end(), s1)
    return _content_span(art, q.start(1), stop.start() if stop else s1, min_words=3)


# Compiled once for _ends_sentence
_SENTENCE_WORD = re.compile(r"[A-Za-z0-9][\w'’\-]*")


def _ends_sentence(masked: str, c1: int, s1: int, most: int = 7) -> bool:
    """Return True when only an adjunct of at most ``most`` words follows the cue ("..., she
    said on Friday.")."""
    rest = masked[c1:s1]
    cut = _PARTICIPLE_AFTER.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    words = _SENTENCE_WORD.findall(rest)
    if not words:
        return '"' not in rest
    first = words[0].lower()
    if len(words) > most or "that" in (w.lower() for w in words):
        return False
    if (MASK in rest or '"' in rest) and not (
        first in _ADJUNCT_START and _QUOTED_TITLE_END.search(rest)
    ):
        return False  # a quote after the cue; but "... on MSNBC's "Morning Joe."" is a title
    if first == "this" and len(words) > 1:
        return words[1].lower() in _TIME_NOUNS
    return first in _ADJUNCT_START


# A short title in marks closing the adjunct after a cue: 'on MSNBC's "Morning Joe."'
_QUOTED_TITLE_END = re.compile(r"\s(?:on|in)\s+[^\s\"]*\s*\"" + MASK + r"{2,25}[.,]?\"?\s*$")


_PARTICIPLE_AFTER = re.compile(
    r",\s+(?:as|adding|noting|while|but|saying|because|although|though|citing|referring|"
    r"pointing|explaining|arguing|according)\b"
)
_ADJUNCT_START = frozenset(
    "on in at during last earlier later recently yesterday today tonight monday tuesday "
    "wednesday thursday friday saturday sunday about after before when via from through "
    "privately publicly repeatedly".split()
)
_TIME_NOUNS = frozenset(
    "week month year morning afternoon evening weekend spring summer fall".split()
)


_CONJ_SUBJECT = frozenset("and but or yet so".split())
# Words of a time adverbial alone ("Then, last week,"): no content before a trailing cue
_TIME_WORDS = frozenset(
    "then now later earlier soon last next this that week month year night morning evening "
    "afternoon day on in at by early late monday tuesday wednesday thursday friday saturday "
    "sunday yesterday today tonight the a".split()
)
_STARTS_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|am)\s+(?:(?:already|still|also|not|very|so|too|[a-z]+ly)\s+)*$"
)


def _not_trailing(art: Article, s0: int, comma: int, sub: Mention, c0: int, word: str) -> bool:
    """True when the clause after the comma is no trailing source: a second clause of its own
    ("..., and she was already worried about money"), or a time adverbial alone ("Then, last
    week, Eric Trump called.")."""
    masked = art.masked
    if sub.text.split()[0].lower() in _CONJ_SUBJECT:
        return True
    if _STARTS_BE_BEFORE.search(masked, max(s0, c0 - 40), c0):
        return True
    words = [w.strip(",.").lower() for w in masked[s0:comma].split()]
    return all(w in _TIME_WORDS for w in words)


def _content_resumes(masked: str, c1: int, s1: int) -> bool:
    """True when the reported words go on after the cue ("..., her advisers said Friday,
    because she understands ..."): a parenthetical source, not a trailing one."""
    t = _TIME.match(masked, c1, s1)
    return _RESUMED.match(masked, t.end() if t else c1, s1) is not None


def _fronted_content(art: Article, s0: int, comma: int) -> tuple[int, int] | None:
    """The reported words before the comma of "..., X said": a clause, or a short phrase."""
    span = _content_span(art, s0, comma, min_words=2)
    if span and (_FINITE.search(art.masked, span[0], span[1]) or span[1] - span[0] < 40):
        return span
    return None


# Compiled once for _indirect_at
_BE_RIGHT_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\s(?:from|in|of|at)\s+$")
_OF_IN_BEFORE = re.compile(r"\s(?:of|in)\s+$")


# "quoted X as saying", "was quoted by X as saying" is not this: X is the person quoted
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+([^,;:()]{2,70}?)\s+as\s+$")


# An answer of one word after a say-verb: "said yes.", "said no, but ..."
_SAID_YES_NO = re.compile(r"\s+(yes|no)(?=\s*(?:[.;!?]|,\s|$))", re.I)


def _indirect_at(art: Article, s0: int, s1: int, c0: int, c1: int, word: str):
    masked = art.masked
    if (as_ := _as_source(art, s0, s1, c0, c1, word)) is not None:
        return as_
    # ..., Zeibert believes.  /  ..., she adds.
    comma = masked.rfind(",", s0, c0)
    trailing = comma > s0 + 5 and not _content_resumes(masked, c1, s1)
    if trailing and (
        _ends_sentence(masked, c1, s1)
        or (
            # "..., Patrick F. Kennedy wrote in a memo to the State Department inspector
            # general.": a long adjunct, when the words before the comma are a clause
            _ends_sentence(masked, c1, s1, most=12)
            and _STRICT_FINITE.search(masked, s0, comma)
            and not _BE_RIGHT_BEFORE.search(masked[max(s0, c0 - 12) : c0])
        )
    ):
        sub = subject_before(masked, comma + 1, c0)
        gap = masked[comma + 1 : sub.start] if sub is not None else ""
        if sub is not None and gap.strip() and (_GAP_NP.fullmatch(gap) or _role_gap(gap, sub)):
            # ", the University of Michigan reported.": the whole phrase after the comma
            g0 = comma + 1 + len(gap) - len(gap.lstrip())
            sub = Mention(g0, sub.end, masked[g0 : sub.end], sub.kind, sub.role)
        if (
            sub is not None
            and masked[comma + 1 : sub.start].strip() == ""
            and not _not_trailing(art, s0, comma, sub, c0, word)
        ):
            if span := _fronted_content(art, s0, comma):
                return span, sub, (c0, c1, word), "indirect-trailing", 0.7
    # ..., said Bates Gill, a senior fellow.
    if comma > s0 + 5 and masked[comma + 1 : c0].strip() == "" and word.lower() in _INVERTED:
        sub = subject_after(masked, c1, s1)
        if sub is not None and _ends_after_subject(masked, sub, s1):
            if span := _fronted_content(art, s0, comma):
                return span, sub, (c0, c1, word), "indirect-inverted", 0.7
    if trailing and (loose := _loose_trailing(art, s0, s1, comma, c0, c1, word)):
        return loose
    # X said (that) ...
    rule = "indirect-that"
    sub = subject_before(masked, s0, c0)
    if sub is not None and (yn := _SAID_YES_NO.match(masked, c1, s1)) and word.lower() in _SAY:
        # "Asked if her practices were illegal, 46 percent said yes": the answer is the claim
        return (yn.start(1), yn.end(1)), sub, (c0, c1, word), rule, 0.5
    if word.lower() == "saying" and (qa := _QUOTED_AS.search(masked, max(s0, c0 - 90), c0)):
        # "The Post quoted a senior aide as saying ...": the one quoted said it, not the paper
        sub = subject_after(masked, qa.start(1), qa.end(1)) or sub
    if (
        sub is not None
        and masked[s0:c0].rstrip().endswith(",")
        and _PLACE_PREPOSITION_BEFORE.search(masked[max(s0, sub.start - 6) : sub.start])
        and 0 < len(head := masked[s0 : masked.find(",", s0, c0)].split()) <= 4
        and all(w[0].isupper() for w in head)
    ):
        return None  # "Rachel Berg, a philanthropist from Monsey, New York, said": a place
    if (
        sub is not None
        and word in _SAY
        and _OF_IN_BEFORE.search(masked[max(s0, sub.start - 4) : sub.start])
        and (whole := _long_subject(art, s0, c0)) is not None
        and whole.start < sub.start
        and whole.text.split()[0].lower().rstrip(".") not in TITLES  # "Secretary of State X"
    ):
        # "More than half of respondents in the city poll said": the whole phrase, not "the
        # city poll"
        sub = whole
        rule = "indirect-description"
    if sub is None:
        # "Kall -- co-editor of a book on the debates -- said ...": the phrase opening the
        # sentence, when only asides stand between it and the cue
        if masked[s0:c0].rstrip().endswith(","):
            # "Marley Anderson, 21, a junior, said": the appositive rule's; but "Cement
            # makers, for instance, argue": an adverbial aside after the subject
            sub = _interrupted_subject(art, s0, c0, word)
            if sub is None:
                return None
        else:
            sub = _opening_subject(art, s0, c0)
        if sub is None and word in _SAY:
            sub = _long_subject(art, s0, c0)
        embedded = False
        if sub is None and word in _BARE_CLAUSE_CUES:
            # "even as some of the same candidates have said they ...", "and none has said"
            sub = _embedded_subject(art, s0, c0)
            embedded = sub is not None
        lead = s0
        if (k := _CONCESSIVE.match(masked, s0, c0)) is not None and "," not in masked[s0:c0]:
            # "While the top candidates of both parties say ...,": the subordinate's subject
            lead = k.end()
            sub = _opening_subject(art, lead, c0)
        if sub is None or not (
            embedded or _main_clause_subject(art, lead, c0, sub, speech=word in _SAY)
        ):
            return None
        if sub.kind == "description":
            rule = "indirect-description"  # "The billionaire real estate magnate says ..."
    if word.lower() in _ASK_VERBS:
        # "He asked workers if they planned to attend", "someone asked how Clinton could ...":
        # the question put, after a short object
        span = _ask_content(art, c1, s1)
        if span is None or _HYPOTHETICAL.search(masked, sub.end, c0):
            return None
        return span, sub, (c0, c1, word), rule, 0.6
    pos = _clause_pos(art, s1, c1, word)
    if pos is None:
        return None
    tail = _CLAUSES_REPORT_TAIL.search(masked, pos, s1)
    # "However, while the RNC says ...,", "But even as Mr. Obama has said ...,": a sentence
    # adverb before the subordinate clause
    lead0 = la.end() if (la := _LEAD_ADVERB.match(masked, s0, sub.start)) is not None else s0
    if (
        (
            (
                _SUBORDINATE.match(masked, lead0, sub.start)
                or _EVEN_AS.match(masked, lead0, sub.start)
                or _TEMPORAL.match(masked, lead0, sub.start)
            )
            and "," not in masked[lead0 : sub.start]
        )
        or masked[sub.start : sub.end].endswith(" who")
        or _SUBORDINATE.match(sub.text)
    ):
        # "While critics argue that ..., the bill ...": the report ends with the clause
        if not _concessive_or_temporal(masked, lead0, sub.start) and not _CONCESSIVE.match(
            sub.text
        ):
            return None
        if (k := _CONCESSIVE.match(sub.text)) is not None:
            # "While critics argue": the subject is "critics"
            n = len(sub.text) - len(sub.text[k.end() :].lstrip())
            sub = Mention(sub.start + n, sub.end, sub.text[n:], sub.kind, sub.role)
            if not sub.text:
                return None
        # the clause's comma, or a dash before an aside ("When X noted that ... ― as was ...")
        if (close := _SUBORDINATE_END.search(masked, pos, s1)) is None:
            return None
        while close.group().strip() != "," and (
            (pair := _SUBORDINATE_END.search(masked, close.end(), s1)) is not None
            and pair.group().strip() == close.group().strip()
            and _GOES_ON.match(masked, pair.end(), s1)
        ):
            # "is whiter and older - by a considerable amount - than the general electorate":
            # an aside between dashes, and the clause goes on
            if (close := _SUBORDINATE_END.search(masked, pair.end(), s1)) is None:
                break  # "Because we know that X - aside - than Y.": to the sentence end
        tail = None  # no reporter's tail inside the subordinate clause
        s1 = close.start() if close is not None else s1
        rule = "indirect-subordinate"
    while tail is not None and tail.group() == ";" and _SEMICOLON_LIST.match(masked, tail.end()):
        # "they had spoken out at hearings; helped marshal protesters; and put together ...":
        # a list of the reported clause's own predicates
        tail = _CLAUSES_REPORT_TAIL.search(masked, tail.end(), s1)
    if (
        tail is not None
        and _RELATIVE_TAIL.match(tail.group())
        and (close := masked.find(",", tail.end(), s1)) > 0
        and (
            _STARTS_VERB_NEXT.match(masked, close + 1, s1)
            or _PAST_NEXT.match(masked, close + 1, s1)
        )
    ):
        # "whether Sanders, who is Jewish, was in fact an atheist": a relative closed by a
        # comma, then the reported clause's own verb
        tail = _CLAUSES_REPORT_TAIL.search(masked, close + 1, s1)
    if (quoted := _COLON_QUOTE.search(masked, pos, tail.start() if tail else s1)) and (
        quoted.start() > pos
    ):
        s1, tail = quoted.start(), None  # "...: “France is no longer France,” he claimed"
        if (lead := _QUOTE_LEAD.search(masked, pos, s1)) is not None:
            s1 = lead.start()  # "..., adding: “...”": the participle leads the quotation
    if (shell := _SHELL_APPOSITIVE.search(masked, pos, tail.start() if tail else s1)) and (
        shell.start() > pos
    ):
        s1, tail = shell.start(), None  # "... against him, a charge that X denied"
    # "He says he respects Clinton", "officials said it would not": a pronoun and its verb
    short = (
        3
        if _PRONOUN_CLAUSE.match(masked, pos, s1) or _THREE_WORD_CLAUSE.match(masked, pos, s1)
        else 4
    )
    span = _content_span(art, pos, tail.start() if tail else s1, min_words=short)
    if span is None or (
        len(masked[span[0] : span[1]].split()) < 4 and "<" in masked[span[0] : span[1]]
    ):
        return None  # "they do believe it's all free<tweet/>": three words and markup
    gapped = _GAP_VERB.match(masked, span[0], span[1]) is not None
    gap_only = gapped and _gap_only(masked, span[0], s1)
    if gap_only and (relative := _relative_gap(art, s0, s1, c0, c1, word)) is not None:
        return relative  # "a project that residents say will revive ...": the relative's
    g = None
    if gapped and (split := _gap_split(sub)) is not None:
        g, sub = split  # "a probe the agency said was ongoing", read as one noun phrase
    elif gapped:
        g = _gap_antecedent(art, s0, sub)
    if (
        gapped
        and g is None
        and not gap_only  # gap_only already tried _relative_gap with these arguments
        and (relative := _relative_gap(art, s0, s1, c0, c1, word))
    ):
        return relative  # "a class that he argued was thrusting ...": no noun phrase before
    if gap_only and g is None:
        return None  # "X said was under way": no clause unless a gapped relative
    if gapped and g is not None:
        # "a probe the law enforcement agency said was ongoing": the clause has no subject of
        # its own; the noun phrase it is about comes before the speaker, and opens the content
        end = span[1]
        if masked[g : g + 6].split()[0].lower() in ("which", "that", "whom"):
            comma = masked.find(",", span[0], end)
            end = comma if comma > 0 else end  # "which she said was a mistake, was a factor"
        if (close := _CLAUSE_END.search(masked, span[0], end)) is not None:
            end = close.start()  # "the employees they thought were the best fit, while ..."
        span = (g, end)
        rule = "indirect-relative"
    if rule == "indirect-that":
        span = _free_relative_end(art, s0, sub, span)
        span = _concession_end(art, span)
    if (to := _ADDRESSEE_END.search(masked, span[0], span[1])) is not None:
        # "affirmed that he likes Cruz to the radio talk show host": whom it was said to
        span = _content_span(art, span[0], to.start(), min_words=short) or span
    if rule == "indirect-that" and (cond := _CONDITION.fullmatch(masked, lead0, sub.start)):
        # "If she loses the primary, he said he would back her rival": the condition is part
        # of the claim
        span = (cond.start(1), span[1])
    return span, sub, (c0, c1, word), rule, 0.65


_SCENE = re.compile(r"\s*(?:As|When|After|Before|Until|Once)\s")

# A free relative before the speaker ("the gap between what Rivera says her plan would do, and
# ..."); where its gapped clause stops: a comma or a dash
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_FREE_RELATIVE_END = re.compile(r",|\s+(?:--|[—–])")


# A concession after the reported clause: the writer's frame ("said both were fair, despite
# suggestions that ...")
_CONCESSION = re.compile(r",\s+despite\s")


def _concession_end(art: Article, span: tuple) -> tuple:
    """End the content before ", despite ..." once the clause before it is whole (a finite
    verb): "the plan, despite its cost, would pass" keeps its aside."""
    masked = art.masked
    if (m := _CONCESSION.search(masked, span[0], span[1])) is None:
        return span
    if not _STRICT_FINITE.search(masked, span[0], m.start()):
        return span
    return _content_span(art, span[0], m.start()) or span


def _free_relative_end(art: Article, s0: int, sub: Mention, span: tuple) -> tuple:
    """Cut the content of "what X says ..." where the free relative ends: that clause is a noun
    phrase of the sentence, whose own verb follows ("what Rivera says her plan would do, and
    what it would do, began ..."), and no part of what was said."""
    masked = art.masked
    if not _WHAT_BEFORE.search(masked, max(s0, sub.start - 8), sub.start):
        return span
    if (end := _FREE_RELATIVE_END.search(masked, span[0], span[1])) is None:
        return span
    return _content_span(art, span[0], end.start(), min_words=3) or span


def _parenthetical_np(masked: str, s0: int, c0: int) -> Mention | None:
    """The short noun phrase between a comma and a parenthetical cue ("..., union members and
    leaders say, ..."): no verb, no function word but "and" and "of"/"in" after a noun."""
    comma = masked.rfind(",", s0, c0)
    if comma < s0 + 10:
        return None
    m = _LOOSE_NP.fullmatch(masked, comma + 1, c0)
    if m is None or "," in m.group(1) or "(" in m.group(1):
        return None
    words = [w.lower() for w in m.group(1).split()]
    if (
        words[0] in _FRONTED_PRONOUNS
        or not words[-1].isalpha()
        or any(
            (w in _NOT_IN_LOOSE and w != "and") or _CONTRACTION.search(w) or w.endswith("ly")
            for w in words
        )
    ):
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "description")


def _role_gap(gap: str, sub: Mention) -> bool:
    """ "..., frontman Anthony Kiedis revealed.", "..., longtime GOP pollster Ann Selzer
    said.": bare role words (no determiner, no function word) before a name are its title."""
    words = gap.split()
    return (
        sub.kind == "name"
        and len(sub.text.split()) >= 2  # a person's full name, not "Republicans"
        and 0 < len(words) <= 3
        and all(w.isalpha() and w.islower() and w not in _NOT_ROLE_WORD for w in words)
        and not words[-1].endswith("ly")
    )


# Compiled once for _outer_trailing
_NEGATION_OR_MODAL = re.compile(r"\b(?:not|never|could|would|might|may|can|should|must)\b|n['’]t\b")


def _outer_trailing(art: Article, s0: int, s1: int, c0: int, c1: int, word: str, inner: tuple):
    """A trailing cue inside the content of an earlier report of the same sentence, whose own
    content holds that earlier cue: "Campaign officials could not tell the super PAC how much to
    ask for, he stressed.", "This can make people feel empowered, adds Ms. Alvord." The earlier
    report ran on into the speaker of the later one; the later one frames the whole clause."""
    if inner[3] not in ("indirect-that", "indirect-description"):
        return None
    masked = art.masked
    isub, (i0, _, iword) = inner[1], inner[2]
    if iword.lower() in _SAY_INVERTED and not _NEGATION_OR_MODAL.search(masked[isub.end : i0]):
        return None  # "Chad Sweet, the chairman, said Cruz's comments are ...": a report itself
    one = _indirect_at(art, s0, s1, c0, c1, word)
    if one is None or one[3] not in ("indirect-trailing", "indirect-inverted"):
        return None
    a, b = one[0]
    if not (a <= inner[2][0] and inner[0][0] < b < c0 < inner[0][1]):
        return None
    return one


# The addressee of "told"/"tells": a name ("the Orlando Sentinel", "NBC's Today"), a pronoun,
# or a short common noun phrase ("his audience", "cheering supporters", "some of the miners");
# its words stop at a word that opens the clause reported ("told the crowd he was ...")
_OBJECT_WORD = r"(?!(?:{})\b)[a-z][a-z\-]*".format(
    "|".join(
        "the a an he she it they we i you there this that these those what who how why when where "
        "whether if in on at to for from with by about of as after before during since and but or "
        "not never is are was were will would has have had can could should may might must do does "
        "did his her their its our my your him them us me".split()
    )
)
_STARTS_TELL_OBJECT = re.compile(
    r"\s+(?:(?:some|many|most|all|several|one|two|three|dozens|hundreds|thousands)\s+of\s+)?"
    r"(?:(?:[Tt]he\s+)?[A-Z][\w.'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.'’\-]*)*(?:['’]s\s+[A-Z][\w\-]*)?"
    r"|(?:(?:the|a|an|his|her|their|its|our|my|your|these|those)\s+)?"
    r"(?:" + _OBJECT_WORD + r"\s+){0,2}" + _OBJECT_WORD + r"|him|her|them|us|me|you)"
    r"(?![\w'’\-])"
)
# "I'm told Ryan ...", "she was told the ...": a passive "told" has no addressee after it
_TELL = frozenset("told tells tell".split())
_STARTS_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|am|be|been|being|get|gets|got)|['’](?:m|s|re))\s+"
    r"(?:[a-z]+ly\s+|not\s+)*$"
)


# An adjunct or addressee holding commas, then ", that": at most fourteen words
_COMMA_THAT = re.compile(r"(?:,?\s+(?!that\b)[\w'’.\-]+){1,14}?,\s+(that)\s")


def _tell_object(masked: str, pos: int, s1: int) -> int:
    """Return where the words after the addressee of "told" at ``pos`` begin (pos when the cue
    is a passive or no addressee follows): the addressee is no part of the report."""
    if _STARTS_PASSIVE_BEFORE.search(masked, max(0, pos - 50), pos - 4):
        return pos
    if (far := _THAT_SOON.match(masked, pos, s1)) is not None:
        return far.start(1) - 1  # "told a TV interviewer in Paris that ...": up to "that"
    o = _STARTS_TELL_OBJECT.match(masked, pos, s1)
    return pos if o is None else o.end()


# Past tenses that end in no "-ed": the verb of a clause reported with no "that", after a long
# subject ("said his band and his friend Tom Ray, known as Blue Fox, wrote ...")
_IRREGULAR_WORDS = (
    r"wrote|made|took|got|went|came|gave|found|thought|knew|saw|left|kept|brought|built|"
    r"began|won|lost|ran|paid|sent|spent|held|led|met|told|said|sold|bought|became|felt|heard|"
    r"meant|put|set|cut|hit|quit|let|broke|chose|drove|fell|flew|forgot|grew|hid|rose|shot|"
    r"spoke|stole|struck|swore|taught|threw|understood|wore|fought|caught|sought"
)
_CLAUSES_IRREGULAR_PAST = re.compile(rf"\b(?:{_IRREGULAR_WORDS})\b")


# "that" before an adverbial or a quantifier, which "that" as a pronoun object never has before
# it ("said that given the polls, ...", "said that despite ...", "said that several ..."; "that
# such" is the stance rules')
_PRONOUN_TO = re.compile(r"\s*(?:that|this|it)\s+to\s+(?!\w+\s+(?:be|have)\b)")
_THAT_ALONE = re.compile(
    r"\s*that(?:\s*[,;.]\s*(?:(?:and|but|or|then)\b|$)|"
    r"\s+(?:in|at|on|to|during|after|before)\s[^,;:.]{1,40},\s*(?:and|but|or|then)\b)"
)
_THAT_OPENER = re.compile(
    r"\s*(that)\s+(?:given|despite|because|while|although|though|if|when|whenever|after|before|"
    r"once|unless|since|until|amid|during|even|without|regardless|rather|instead|unlike|both|"
    r"either|neither|any|every|each|several|few|one|two|three|four|five|not|nearly|almost|"
    r"more|less|\d)\b|\s*(that)\s*,\s+(?!(?:and|but|or|then|too|as|though|however|[a-z]+ing)\b)"
    r"|\s*(that)\s+(?:in|for|by|under|with|at|on|over|among|across|from|to)\s[^,;:]{1,40},\s+"
    r"(?!(?:and|but|or|then|adding|saying)\b)"
)


# A past tense right after the comma that closes a relative: the reported clause's own verb
# ("the talks, which began a decade ago, remained useful")
_PAST_NEXT = re.compile(rf"\s*(?:[a-z]{{3,}}ed|{_IRREGULAR_WORDS})\s")


def _clause_pos(art: Article, s1: int, c1: int, word: str) -> int | None:
    """Return where the clause reported after the cue starts (after "that", an object of
    "told", a time or an aside), or None when no clause follows."""
    masked = art.masked
    pos = c1
    if word in _TELL:
        pos = _tell_object(masked, pos, s1)
    elif word in _TELL_VERBS:
        pos = _skip_tell_object(masked, pos, s1)
    pos = _skip_addressee(masked, pos, s1, word)
    if _OBJECT_REASON.match(masked, pos, s1):
        return None  # "I write this because I am ...": an object and the writer's reason
    t = _TIME.match(masked, pos, s1)
    pos = t.end() if t else pos
    if (a := _ASIDE_AFTER_CUE.match(masked, pos, s1)) is not None:
        pos = a.end()  # "Kaine now says, however, that ...": an adverbial aside after the cue
    # "told delegates at the Republican National Convention that ...": a short object, then that
    far = _THAT_SOON.match(masked, pos, s1)
    if (
        far is not None
        and masked[pos : far.end()].strip()
        and not _CLAUSE_START.match(masked, pos, s1)
        and not _AUXILIARY.search(masked, pos, far.start(1))
    ):
        if _RESULT_THAT.search(masked, pos, far.start(1)):
            return None  # "feel so beleaguered that", "write this because": no report
        pos = far.start(1) - 1  # the space before "that": "said on MSNBC that for one, ..."
    elif (far := _COMMA_THAT.match(masked, pos, s1)) is not None and not (
        _STRICT_FINITE.search(masked, pos, far.start(1))
    ):
        # "said during a taping in Buffalo, New York, that ...": an adjunct with commas, no verb
        pos = far.start(1) - 1
    if _SAID_IT.match(masked, pos, s1):
        return None  # "may have said it best when ...": "it" is the object
    if _PRONOUN_TO.match(masked, pos, s1) or _THAT_ALONE.match(masked, pos, s1):
        return None  # "said that to the crew before ...", "said that, and left": an object
    c = _CLAUSE_START.match(masked, pos, s1)
    if c is None and (th := _THAT_OPENER.match(masked, pos, s1)) is not None:
        # "said in an interview that given the polls, he ...", "found that, on average, ...":
        # "that" opens it
        return th.start(next(k for k in (1, 2, 3) if th.group(k)))
    if c is None:
        # "The United Nations said aid deliveries ... would resume": a clause with no "that"
        w = _NEXT_WORD.match(masked[pos : pos + 30])
        if w is None or not _bare_clause_cue(masked, c1, word):
            return None
        if w.group(1) in _NOT_CLAUSE and not _ABOUT_NUMBER.match(masked, pos, s1):
            return None  # not "said about 20 people have ...", a clause opening with a count
        if w.group(1) in _ADJUNCT_WORDS or w.group(1) in _MANNER_WORDS:
            return None  # "he said aboard his plane on Monday": an adjunct, not a clause
        if (
            not _FINITE.search(masked, pos + w.end(), min(s1, pos + 60))
            and not _CLAUSES_IRREGULAR_PAST.search(masked, pos + w.end(), min(s1, pos + 80))
            and not _GAP_VERB.fullmatch(w.group(1))
        ):
            return None  # a clause has a verb; "said was under way": its own, gapped
    elif masked[pos : c.end()].strip().startswith("that"):
        pos = masked.index("that", pos) + 4
    elif not _bare_clause_cue(masked, c1, word) or not (
        _FINITE.search(masked, pos, min(s1, pos + 80))
        or _PRONOUN_CLAUSE.match(masked, pos, s1)
        or _CLAUSES_IRREGULAR_PAST.search(masked, pos, min(s1, pos + 80))
    ):
        return None
    return pos


# A clause of three words, a noun, a form of "be" and its complement: "business is poor"
_THREE_WORD_CLAUSE = re.compile(
    r"\s*(?:that\s+)?[A-Za-z][\w’'\-]*\s+(?:is|are|was|were)\s+[a-z]+[.,;]?\s*$"
)


# A relative clause on a noun phrase with the main predicate after it: "Sanders, who had said
# he would debate ..., criticized ...", "Trump - who said he would ... - said at a rally that
# ...": the relative's report ends where the clause closes, the main predicate follows
_RELATIVE_OPEN = re.compile(
    r"(?P<open>,|\s[—–]+|\s-{1,2}|[—–])\s*(?:who|which)\s+(?:(?:also|later|then|has|have|had|"
    r"would|will|previously|recently|once|first|[a-z]+ly)\s+)*$"
)
_DASH_CLOSE = re.compile(r"\s[—–]+\s*|\s-{1,2}\s+|[—–]")
_PREDICATE_AFTER = re.compile(
    r",\s+(?:(?:also|later|then|now|still|[a-z]+ly)\s+)?(?P<verb>is|are|was|were|has|have|had|"
    r"will|would|can|could|should|may|might|must|did|does|says|said|told|tells|"
    r"(?!(?:based|compared|named|dubbed|known|titled|led|released|published|scheduled|"
    r"expected|aimed|designed|intended|used|related|located|focused|owned|funded|backed|"
    r"elected|appointed|nicknamed|labeled|headed|united|concerned|worried)\b)[a-z]{2,}ed)\b"
)
_CLAUSE_OPENER = re.compile(
    r"\b(?:that|after|before|because|when|while|since|if|although|though|as|until|once)\b", re.I
)
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:also|later|then|now|still|[a-z]+ly)\s+)?")


def _in_fronted_clause(art: Article, s0: int, one: tuple) -> tuple | None:
    """ "Even as Cosby faces women who claim he assaulted them, his sponsors ...": a report
    inside a fronted subordinate clause ends with the clause."""
    masked = art.masked
    (a, b), sub, cue, rule, conf = one
    if sub is None or cue[0] > a:
        return None
    lead0 = la.end() if (la := _LEAD_ADVERB.match(masked, s0, cue[0])) is not None else s0
    if not _concessive_or_temporal(masked, lead0, cue[0]) or _SUBORDINATE_END.search(
        masked, lead0, cue[0]
    ):
        return None
    if (close := _SUBORDINATE_END.search(masked, a, b)) is None:
        return None
    span = _content_span(art, a, close.start(), min_words=3)
    return None if span is None else (span, sub, cue, "indirect-subordinate", conf)


def _closed_relative(art: Article, s0: int, one: tuple) -> tuple[tuple, int, Mention] | None:
    """Return the report ``one`` made in a relative clause cut where the clause closes, where
    the main predicate starts and the relative's antecedent, its subject."""
    masked = art.masked
    (a, b), sub, cue, rule, conf = one
    m = _RELATIVE_OPEN.search(masked, max(s0, cue[0] - 60), cue[0])
    if m is None or sub is None:
        return None
    if sub.kind == "relative" and sub.refers is not None:
        ante = sub.refers
    elif rule == "indirect-relative" and sub.end <= m.start() and a > cue[0]:
        ante = sub
    else:
        return None
    lead = _CLAUSE_OPENER.split(masked[s0 : ante.start])[-1]
    if _STRICT_FINITE.search(lead):
        return None  # "The union backed Ms. Diaz, who said ...": the main verb came before
    if m.group("open") == ",":
        close = _PREDICATE_AFTER.search(masked, a, b)
        main = close.start("verb") if close else 0
    else:
        close = _DASH_CLOSE.search(masked, a, b)
        main = close.end() if close else 0
    if close is None:
        return None
    span = _content_span(art, a, close.start(), min_words=3)
    if span is None:
        return None
    return (span, sub, cue, rule, conf), main, ante


def _resumed_stance(art: Article, s1: int, at: int, sub: Mention):
    """The main predicate's stance after a closed relative clause: "..., criticized X"."""
    masked = art.masked
    w = _ADVERBS_ONLY.match(masked, at, s1)
    m = _WORD.match(masked, w.end() if w else at, s1)
    if m is None or m.group() not in _STANCE_VERB_PHRASES:
        return None
    c0, c1 = m.span()
    if (ph := _phrase_end(masked, m.group(), c1, s1)) is not None:
        c1 = ph
    elif m.group() not in STANCE_VERBS:
        return None
    span = _stance_content(art, c1, s1, m.group(), sub)
    return None if span is None else (span, sub, (c0, c1, m.group()), "indirect-stance", 0.45)


def _resumed_report(art: Article, s1: int, c0: int, c1: int, word: str, sub: Mention):
    """The main predicate's report after a closed relative clause: "..., said he would ..."."""
    masked = art.masked
    if word.lower() in _ASK_VERBS:
        span = _ask_content(art, c1, s1)
        return None if span is None else (span, sub, (c0, c1, word), "indirect-that", 0.6)
    pos = _clause_pos(art, s1, c1, word)
    if pos is None:
        return None
    tail = _REPORT_TAIL.search(masked, pos, s1)
    short = 3 if _PRONOUN_CLAUSE.match(masked, pos, s1) else 4
    span = _content_span(art, pos, tail.start() if tail else s1, min_words=short)
    return None if span is None else (span, sub, (c0, c1, word), "indirect-that", 0.65)


# "As the paper noted, ...", "..., and as Comey noted, ...": the source in an as-clause
_AS_BEFORE = re.compile(r"\b([Aa]s)\s+$")
_AS_LEAD = re.compile(r"(?:^|[,;—–]|\b(?:and|but|And|But|Yet|So))$")
_AS_PHRASE = re.compile(
    r"\b[Aa]s\s+((?:the|a|an|one|many|some)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+(?:has\s+|had\s+)?\w+$"
)
_AS_CUES = frozenset(
    "said says noted notes reported reports wrote writes put puts explained explains argued "
    "argues observed observes predicted warned suggested acknowledged".split()
)


# Cues of the as-clause that take a particle: "as Menendez pointed out, ..."
_AS_PARTICLE_CUES = frozenset("pointed points".split())
_PREC_OUT = re.compile(r"\s+out\b")


# A short adjunct between an as-clause's cue and its comma: "as Kreutz points out in a column
# on Yahoo News, ..."
_AS_ADJUNCT = re.compile(r"\s+(?:in|on|at|during|to)\s[^,;:]{3,50}(?=,)")


def _as_source(art: Article, s0: int, s1: int, c0: int, c1: int, word: str):
    """ "As Mr. Obama said last week, the economy is growing": the clause after the as-clause
    is the report; "..., as the paper noted.": the clause before it."""
    masked = art.masked
    if word.lower() in _AS_PARTICLE_CUES and (o := _PREC_OUT.match(masked, c1, s1)):
        c1, word = o.end(), masked[c0 : o.end()]  # "As Menendez pointed out, ..."
    elif word.lower() not in _AS_CUES:
        return None
    sub = subject_before(masked, s0, c0)
    if sub is None and (p := _AS_PHRASE.search(masked, max(s0, c0 - 60), c0)) is not None:
        sub = Mention(p.start(1), p.end(1), p.group(1), "description")  # "As the paper noted"
    if sub is None or masked[sub.end : c0].strip() not in ("", "has", "had", "have"):
        return None
    m = _AS_BEFORE.search(masked, max(s0, sub.start - 12), sub.start)
    if m is None or not _AS_LEAD.search(masked[s0 : m.start(1)].rstrip()):
        return None
    t = _AS_ADJUNCT.match(masked, c1, s1) or _TIME.match(masked, c1, s1)
    after = t.end() if t else c1
    rest = masked[after:s1].strip()
    if rest.startswith(","):
        span = _content_span(art, masked.index(",", after) + 1, s1)
    elif _SENTENCE_END.match(rest) or not rest or _ends_sentence(masked, c1, s1):
        # "..., as the paper noted.", "..., as David Dayen noted in The Intercept."
        span = _content_span(art, s0, m.start(1))
    else:
        return None
    return None if span is None else (span, sub, (c0, c1, word), "indirect-parenthetical", 0.6)


# A clause after a say-verb that opens with its verb: its subject is the antecedent before the
# speaker ("a probe the agency said was ongoing", "which she has said was a mistake")
_GAP_VERB = re.compile(r"(?:is|was|were|are|would|will|has|had|could|should|might)\b")
_GAP_BOUNDARY = re.compile(r"[,;:(—–]\s*|\s-+\s+|\b(?:and|but|of|for|about|against|to|with)\s+")


# A determiner inside a description, after a lower-case noun: "a probe the agency"
_INNER_DETERMINER = re.compile(r"\s(?:the|a|an|his|her|their|its)\s")


_NOT_NOUN = frozenset(
    "and but or nor so yet not no never it this there here also just "
    "during in on at for from with by about of as after before since into over under through "
    "against between among".split()
)


# A verb of the clause itself before a "that" ("my use has been all that prolific"): the
# clause has begun, "that" is no complementizer of the cue
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|been)\b"
)
_RELATIVE_TAIL = re.compile(r",\s+(?:who|whose|which)\s")
# A verb right after a comma: the clause interrupted by a relative goes on
_STARTS_VERB_NEXT = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|"
    r"do)\s"
)
# After an aside between dashes, the clause going on: "- than the general electorate"
_GOES_ON = re.compile(r"\s*(?:than|to|of|in|for|as|and|or|by|with|from)\s")
# A comma then a coordinated modifier: ", and most daring," (not a new clause)
_AND_MORE = re.compile(r",?\s+(?:and|or)\s+(?:most|more|less|least|very|[a-z]+ly)\s")
# After a semicolon, a predicate with no subject of its own: "; helped marshal ...", "; and put"
_SEMICOLON_LIST = re.compile(
    r"\s*(?:[a-z]+ed|and\s+(?!(?:he|she|they|it|we|i|you|the|a|an|this|that|these|those|there|"
    r"his|her|their|its|some|many|most|all)\b)[a-z]+)\s"
)
# After a source in mid-sentence, the reported clause going on: ", because she ..."
_RESUMED = re.compile(r"\s*,?\s*(?:because|since|so|although|though|but)\s")
# "didn't feel well and ...", "feels good about ...": how, not what
_MANNER_WORDS = frozenset("well good bad better worse fine sorry".split())
# "write this because ...", "say it since ...": a pronoun object, then a reason
_OBJECT_REASON = re.compile(r"\s+(?:this|it)\s+(?:because|since|as|so)\b")
# A participle of saying right before the colon of a quotation: ", adding:"
_QUOTE_LEAD = re.compile(
    r",?\s+(?:adding|saying|noting|writing|explaining|declaring|stating|tweeting)\s*$"
)
# "said it best", "put it well": an idiom, "it" the object and no clause after the cue
_SAID_IT = re.compile(
    r"\s+it\s+(?:best|all|well|better|plainly|bluntly|succinctly|simply|perfectly)\b"
)
# The writer's comment on the report, in apposition after it: ", a charge that ...",
# " — a controversial proposal he has raised ..."
_SHELL_APPOSITIVE = re.compile(
    r"(?:,|\s[—–]+|\s-{1,2})\s*(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:" + _SHELL_NOUNS + r")\b"
    r"(?![^—–]*\s[—–-]+\s)"
)
# A colon before a quotation in marks: the quotation is its own quote, not the report's
_COLON_QUOTE = re.compile(r":\s*[\"“‘']")
# A fronted condition right before the subject: "If she loses the primary, he said ..."
_CONDITION = re.compile(
    r"\s*((?:If|Unless|Even\s+if)\s+[^\s,;:—–()\"“”]+(?:\s+[^\s,;:—–()\"“”]+){2,25}),\s*"
)  # three words at least: not "If anything," nor "If so,"


def _gap_only(masked: str, pos: int, s1: int) -> bool:
    """A clause at ``pos`` opening with its verb ("will revive the town") and no other verb
    form soon after: only a gapped relative reads it as a clause."""
    w = _NEXT_WORD.match(masked, pos - 1, s1) if pos > 0 else None
    return (
        w is not None
        and _GAP_VERB.fullmatch(w.group(1)) is not None
        and not _FINITE.search(masked, w.end(), min(s1, pos - 1 + 60))
    )


def _gap_split(sub: Mention) -> tuple[int, Mention] | None:
    """Return where a gapped relative's antecedent starts and the speaker, when the subject
    found before the cue runs the two together ("a probe the agency" said was ongoing)."""
    if sub.kind != "description":
        return None
    m = _INNER_DETERMINER.search(sub.text)
    if m is None or m.group() not in (" the ", " a ", " an "):
        return None
    head = sub.text[: m.start()].split()
    if not (
        len(head) == 2
        and head[0].lower() in ("a", "an", "the")
        and all(w.isalpha() and w.islower() and w not in _NOT_NOUN for w in head[1:])
    ):
        return None
    k = sub.start + m.start() + 1
    return sub.start, Mention(k, sub.end, sub.text[m.start() + 1 :], sub.kind, sub.role)


def _gap_antecedent(art: Article, s0: int, sub: Mention) -> int | None:
    """Return where the noun phrase before ``sub`` starts (after the last comma, dash or
    preposition), or None when it is long or not a noun phrase."""
    masked = art.masked
    if sub.text.split()[0].lower() in ("which", "what") and len(sub.text.split()) > 1:
        return sub.start  # "which residents say were set ...": the relative word opens it
    lo = max(s0, sub.start - 120)
    start = lo if lo == s0 else None
    for b in _GAP_BOUNDARY.finditer(masked, lo, sub.start):
        start = b.end()
    if start is None:
        return None
    words = masked[start : sub.start].split()
    if not 1 <= len(words) <= 10:
        return None
    first = words[0].lower()
    if (
        len(words) >= 3
        and words[0].isalpha()
        and words[0].islower()
        and words[1] in _DETERMINER_WORDS
        and first not in _NOT_IN_LOOSE
    ):
        # "to hire the employees they thought were the best fit": a verb, then its object
        start = masked.index(words[1], start + len(words[0]))
        words, first = words[1:], words[1]
    if not (first in _DETERMINERS_WH or words[0][0].isupper() and start > s0):
        return None
    if any(w.lower() in _AUXILIARIES or w.lower() in ("said", "says", "say") for w in words):
        return None
    if start == s0 and first not in ("which", "what"):
        return None  # "The documentarian lays out what he believes are ...": a main clause
    return start


# Say-verbs that close a sentence after their subject: "..., veteran Republicans said."
_TRAILING_SAY = frozenset(
    "said says say told tells wrote writes added adds explained explains argued argues".split()
)
# A short noun phrase before a trailing cue ("people close to Clinton", "psychotherapist
# Sherman", "Sen. Chuck Grassley (R-Iowa)", "his top aide, Tad Devine")
_LOOSE_NP = re.compile(
    r"\s*((?:[\w’'.\-]+|\([^()]{1,30}\))(?:\s+(?:[\w’'.\-]+|\([^()]{1,30}\))){0,7}"
    r"(?:,\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3},)?)\s*$"
)
# ", his top aide, Tad Devine,": a role and the name it belongs to, right before the cue
_APPOSITIVE_TAIL = re.compile(
    r",\s+((?:the|his|her|their|its|a|an)\s[^,;]{1,50},\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),"
    r"\s*$"
)
# ", Patrick F. Kennedy, the undersecretary for management,": a name, then its role
_NAME_ROLE_TAIL = re.compile(
    r",\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3}),\s+((?:the|a|an|his|her|their|its)\s"
    r"[^,;]{1,60}),\s*$"
)
_PRONOUN_WORDS = frozenset("he she they we i you it".split())
# Unions of word sets that functions above test together, built once
_PAST_WORDS = _IRREGULAR_PAST | _PAST_AUXILIARIES
_DETERMINERS_QUANTIFIERS = _DETERMINER_WORDS | _QUANTIFIERS
_NOT_HEAD_NOUN = _DETERMINERS_QUANTIFIERS | STOPWORDS
_CLAUSE_OR_AS_ONLY = _CLAUSE_ONLY | _AS_ONLY
_NOT_OBJECT_OR_TIME = _NOT_OBJECT | _TIME_NOUNS
_NOT_LONG_SUBJECT_LAST = _LONG_SUBJECT_LAST_NOT | _NOT_IN_SUBJECT | STOPWORDS
_AUXILIARIES_PRONOUNS = _AUXILIARIES | _PRONOUN_WORDS
_FRONTED_PRONOUNS = _FRONTED | _PRONOUN_WORDS
_NOT_ROLE_WORD = STOPWORDS | _NOT_IN_SUBJECT | _MODALS
_SAY_INVERTED = _SAY | _INVERTED
_DETERMINERS_MORE_LESS = _DETERMINER_WORDS | {"more", "less", "fewer", "most"}
_NOT_FINDING_LEAD = _NOT_EVIDENTIAL_LEAD | {"with", "however", "and", "but"}
_NOT_LABEL_FIRST = _NOT_LABEL | {"the", "wow"}
_STOPWORDS_NOT_DETERMINER = STOPWORDS - _DETERMINER_WORDS - _QUANTIFIERS
_STANCE_VERB_PHRASES = STANCE_VERBS | frozenset(_PHRASES)
_STANCE_SPEECH_VERBS = STANCE_VERBS | SPEECH_VERBS
_DETERMINERS_WH = _DETERMINER_WORDS | {"which", "what", "whom"}
_NOT_IN_LOOSE = _NOT_IN_SUBJECT | frozenset(
    "and but or nor so yet not no never it this there here also just".split()
)
# What may follow a trailing cue: an object of "told", then an adjunct of time, place or medium
_LOOSE_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*|him|her|them|us|me|reporters|"
    r"journalists))?"
    r"(?:\s+(?:on|in|at|during|last|this(?=\s+(?:week|month|year|morning|afternoon|evening))|"
    r"earlier|later|recently|yesterday|today|tonight|via|"
    r"after|before|when|while|privately|publicly|to|from|with|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b[^,;:\"“”—–]{0,80})?\s*[.!?]?[\"')’”\s]*$"
)


def _loose_trailing(art: Article, s0: int, s1: int, comma: int, c0: int, c1: int, word: str):
    """ "..., veteran Republicans said.", "..., the president told her.", "..., said one GOP
    source in the room.": a say-verb and a short subject after the reported clause."""
    masked = art.masked
    low = word.lower()
    if low not in _TRAILING_SAY:
        return None
    rest = masked[c1:s1]
    cut = _PARTICIPLE_AFTER.search(rest)
    end = c1 + cut.start() if cut is not None else s1
    if MASK in masked[c1:end]:
        return None
    before = masked[comma + 1 : c0]
    lo = comma
    if before.strip():
        m = _LOOSE_NP.fullmatch(masked, lo + 1, c0)
        if m is None or not _LOOSE_AFTER.fullmatch(masked, c1, end):
            return None
        text = m.group(1)
        n0 = m.start(1)
    elif (app := _APPOSITIVE_TAIL.search(masked, s0, comma + 1)) is not None:
        # ", his top aide, Tad Devine, told The Huffington Post.": the role and its name
        if not _LOOSE_AFTER.fullmatch(masked, c1, end):
            return None
        lo = app.start()
        text = app.group(1)
        n0 = app.start(1)
    elif (app := _NAME_ROLE_TAIL.search(masked, s0, comma + 1)) is not None:
        # ", Patrick F. Kennedy, the undersecretary for management, wrote in a memo to ...":
        # a name and its role
        if not _LOOSE_AFTER.fullmatch(masked, c1, end) or not name_ok(app.group(1)):
            return None
        lo = app.start()
        n0 = app.start(1)
        sub = Mention(n0, app.end(1), app.group(1), "name", (app.start(2), app.end(2)))
        span = _content_span(art, s0, lo, min_words=3)
        if span is None or not _STRICT_FINITE.search(masked, span[0], span[1]):
            return None
        return span, sub, (c0, c1, word), "indirect-trailing", 0.6
    elif low in _INVERTED:
        # ", said one GOP source in the room.": the subject follows the cue
        m = _LOOSE_NP.match(masked[c1:end].rstrip(" .!?\"')’”"))
        if m is None or not masked[c1:end].strip():
            return None
        text = m.group(1)
        n0 = c1 + m.start(1)
        first = text.split()[0].lower()
        if first in _PRONOUN_WORDS or first.endswith("ly"):
            return None  # ", said she wanted ...", ", said simply": no subject after the cue
    else:
        return None
    words = [x.lower().strip(",.") for x in text.split()]
    if not words or any(
        (x in _NOT_IN_LOOSE and not (x == "to" and i and words[i - 1] == "close"))
        or _CONTRACTION.search(x)
        for i, x in enumerate(words)
    ):
        return None  # but "people close to Clinton"
    if text.endswith("ing") or words[0] in _FRONTED:
        return None
    span = _content_span(art, s0, lo, min_words=3)
    if (
        span is None
        or not _FINITE.search(masked, span[0], span[1])
        # "While Democrats have pushed for talks, Cornyn told ...": a clause with no main one
        or (_SUBORDINATE.match(masked, span[0], span[1]) and "," not in masked[span[0] : span[1]])
    ):
        return None
    sub = Mention(n0, n0 + len(text.rstrip(", ")), text.rstrip(", "), "description")
    return span, sub, (c0, c1, word), "indirect-trailing", 0.6


# "a surge of independents, which Democrats say could be aiding him", "laws that some say
# target Muslims": a relative word, the speaker, a say-verb and a clause with no subject of its
# own (its subject is the relative's antecedent)
_GAP_RELATIVE = re.compile(
    r"(?:^|[\s,(—–])(that|which|who|whom)\s+(?:(?:even|only|also)\s+)?((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)"
    r"\s+(?:(?:also|still|now|even|often|long|have|has|had|[a-z]+ly)\s+)*$"
)
_GAP_CUES = frozenset(
    "say says said argue argues argued claim claims claimed believe believes believed "
    "contend contends contended insist insists insisted".split()
)
_GAP_NOT_VERB = (
    _NOT_CLAUSE
    | _DETERMINER_WORDS
    | _PRONOUN_WORDS
    | _ADJUNCT_WORDS
    | _TIME_NOUNS
    | frozenset(
        "there some many most all any several few both more less also not if whether what how "
        "why when where who which".split()
    )
)
# Where the relative clause ends: the reporter's own words or the main clause's predicate
# ("which she said was a mistake, was a factor")
_GAP_CLAUSE_END = re.compile(
    r"[;:(—–]|\s-+\s|,\s+(?:which|who|whose|but|and|while|as|is|are|was|were|has|have|had|"
    r"will|would)\b"
)
_GAP_SUBJECT_NOT = _NOT_IN_SUBJECT | frozenset("and or but not".split())


# Compiled once for _relative_gap
_NEXT_LOWER_TOKEN = re.compile(r"\s+([a-z][\w’'\-]*)\b")


def _relative_gap(art: Article, s0: int, s1: int, c0: int, c1: int, word: str):
    """ "..., which Democrats say could be aiding Mr. Sanders": the relative clause from its
    relative word on is the report of the subject between it and the say-verb."""
    if word.lower() not in _GAP_CUES:
        return None
    masked = art.masked
    m = _GAP_RELATIVE.search(masked, max(s0, c0 - 80), c0)
    if m is None:
        return None
    words = m.group(2).split()
    if any(w.lower() in _GAP_SUBJECT_NOT for w in words):
        return None
    t = _TIME.match(masked, c1, s1)
    pos = t.end() if t else c1
    w = _NEXT_LOWER_TOKEN.match(masked[pos:s1])
    if w is None or w.group(1) in _GAP_NOT_VERB or _CONTRACTION.search(w.group(1)):
        return None
    stop = _GAP_CLAUSE_END.search(masked, pos + w.end(), s1)
    while stop is not None and _AND_MORE.match(masked, stop.start(), s1):
        # "which critics say was the most powerful, and most daring, speech of ...": the
        # predicate goes on past the pair of commas
        pair = masked.find(",", stop.end(), s1)
        stop = _GAP_CLAUSE_END.search(masked, pair + 1, s1) if pair > 0 else None
    span = _content_span(art, m.start(1), stop.start() if stop else s1)
    if span is None:
        return None
    sub = subject_before(masked, m.start(2), c0)
    if sub is None or sub.start < m.start(2):
        sub = Mention(m.start(2), m.end(2), m.group(2), "description")
    return span, sub, (c0, c1, word), "indirect-relative", 0.6


# A discourse adverbial between a subject and its verb: "Cement makers, for instance, argue"
_ASIDE_ADVERBIAL = re.compile(
    r",\s*(?:for\s+(?:instance|example)|however|in\s+turn|too|though|in\s+fact|of\s+course|"
    r"by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|meanwhile|moreover|instead|"
    r"nonetheless|nevertheless|likewise|similarly|in\s+particular|for\s+their\s+part|"
    r"for\s+(?:his|her|its)\s+part|at\s+least|in\s+response)\s*,\s*$"
)


_ASIDE_AFTER_CUE = re.compile(
    r",?\s*(?:however|though|too|in\s+turn|of\s+course|in\s+fact|for\s+instance|"
    r"for\s+example|moreover|nonetheless|nevertheless)\s*,(?=\s*that\b)"
)


def _interrupted_subject(art: Article, s0: int, c0: int, word: str) -> Mention | None:
    """ "Cement makers, for instance, argue that ...": the subject before the aside."""
    masked = art.masked
    a = _ASIDE_ADVERBIAL.search(masked, s0, c0)
    if a is None or a.start() - s0 < 3:
        return None
    end = a.start()
    sub = subject_before(masked, s0, end)
    if sub is None or masked[sub.end : end].strip():
        sub = _opening_subject(art, s0, end) or _long_subject(art, s0, end)
    if sub is None or not _main_clause_subject(art, s0, end, sub, speech=True):
        return None
    return sub


# A conjunction opening a clause inside the sentence, before a say-verb's subject
_EMBEDDED_LEAD = re.compile(
    r"(?:^|\s)(?:(?<=,\s)and|but|as|because|since|although|though|whereas|yet|even\s+as|"
    r"even\s+though|even\s+if)\s+"
)
_EMBEDDED_AUX = re.compile(
    r"(?:\s+(?:have|has|had|also|still|now|already|long|never|repeatedly|[a-z]+ly))+\s*$"
)
_EMBEDDED_ONE = frozenset("none many some most others several few all both".split())


def _embedded_subject(art: Article, s0: int, c0: int) -> Mention | None:
    """ "..., and none has said they want ...", "even as some of the same candidates have said
    they ...": a short noun phrase after a conjunction inside the sentence."""
    masked = art.masked
    leads = list(_EMBEDDED_LEAD.finditer(masked, max(s0, c0 - 90), c0))
    lead = leads[-1] if leads else None
    if lead is None:
        return None
    lo = lead.end()
    aux = _EMBEDDED_AUX.search(masked, lo, c0)
    end = aux.start() if aux else c0
    seg = masked[lo:end].strip()
    words = seg.split()
    if len(words) == 1:
        w = words[0]
        if w.lower() in _EMBEDDED_ONE or (w.islower() and w.endswith("s") and len(w) > 4):
            return Mention(lo, lo + len(w), w, "description")
        return None
    return _long_subject(art, lo, end)


# "Trump's assertion Monday that ...", "her promise to lower ...": a statement noun after its
# holder's possessive, then (after an optional time) a that-clause or a to-infinitive
_HELD_THAT_NOUNS = (
    r"claims?|assertions?|arguments?|statements?|suggestions?|beliefs?|promises?|pledges?|"
    r"warnings?|allegations?|accusations?|insistence|predictions?|contentions?|assurances?|"
    r"admission|denials?|complaints?|charges?|announcements?|conclusions?|fears?|hopes?|"
    r"concerns?|worry|worries|views?|vows?|threats?"
)
# The to-nouns that name what was said or a stance taken ("his refusal to endorse", "her
# reluctance to debate"); not "decision", "effort", "attempt", "plan", "desire", "bid",
# "commitment" (about two in three in gold: an act or a wish as often as a report)
_DISPOSITION = re.compile(r"refusals?|reluctance|willingness|unwillingness|readiness|eagerness")
_HELD_TO_NOUNS = (
    r"promises?|pledges?|vows?|threats?|proposals?|calls?|claims?|demands?|requests?|offers?|"
    + _DISPOSITION.pattern
)
_HELD_THAT_NOUN = re.compile(_HELD_THAT_NOUNS)
_HELD_TO_NOUN = re.compile(_HELD_TO_NOUNS)
_HELD_NOUN = re.compile(
    r"\b(?P<holder>(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir|"
    r"[Tt]he\s+(?:[\w\-]+\s+){0,2}[a-z][\w\-]*['’]s|[a-z][\w\-]*s['’](?=\s))"
    r"\s+(?P<mod>(?:(?:[a-z][\w\-]*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\s+){0,2})(?P<noun>" + _HELD_THAT_NOUNS + "|" + _HELD_TO_NOUNS + r")"
    r"(?P<time>\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))"
    r"(?:\s+(?:night|morning|afternoon|evening))?)?\s+(?P<link>that|to)\s"
)
# "the claim by Senator Reyes that ...", "criticism from rivals that ...", "an allegation from
# his first wife, Ivana Trump, that ...": the holder after "by" or "from"
_HOLDER_WORD = (
    r"(?!(?:that|to|who|which|whose|and|or|in|on|at|for|with|over|about|after|before|of|as|"
    r"is|are|was|were|has|have|had)\b)[\w’'.\-]+"
)
_NOUN_BY = re.compile(
    r"\b(?P<noun>" + _HELD_THAT_NOUNS + r"|criticism|" + _HELD_TO_NOUNS + r")\s+(?:by|from)\s+"
    r"(?P<holder>(?:" + _HOLDER_WORD + r"\s+){0,4}?" + _HOLDER_WORD + r")"
    r"(?:,\s+[^,;]{3,60},)?\s+(?P<link>that|to)\s"
)
# After "that": a clause (a subject, then a finite verb within a few words), not a relative
# pronoun ("the plan that passed in May")
_THAT_CLAUSE = re.compile(
    r"(?!(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|"
    r"did|[a-z]+ed|[a-z]+n['’]t)\b)(?:[\w’'.%\-]+)(?:\s+[\w’'.,\-]+){0,6}?\s+"
    r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did|"
    r"won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|[a-z]+ed|[a-z]{3,}s)\b"
)
# After "to": a verb, not a noun phrase ("his call to the nation", "her appeal to voters")
_TO_VERB = re.compile(
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|be\s+(?:held|made))\b)"
    r"(?:not\s+)?[a-z]{2,}\b"
)
_HOLDER_LEAD = frozenset(
    "but and on in as for after before at by with from to of so yet while since amid despite "
    "given under over".split()
)


def _taken_spans(made: list[tuple]) -> list[tuple[int, int]]:
    """The content spans, then the cue spans, of the reports ``made``."""
    return [one[0] for one in made] + [one[2][:2] for one in made]


def _held_noun_reports(art: Article, s0: int, s1: int, made: list[tuple]) -> list[tuple]:
    """Add the statements named by a noun after its holder ("Trump's assertion Monday that
    ...", "his refusal to endorse ...") whose cue and content lie outside every report made."""
    masked = art.masked
    taken = _taken_spans(made)
    out = list(made)
    found = [*_HELD_NOUN.finditer(masked, s0, s1), *_NOUN_BY.finditer(masked, s0, s1)]
    for n in sorted(found, key=lambda m: m.start()):
        link, noun = n.group("link"), n.group("noun")
        nouns = _HELD_TO_NOUN if link == "to" else _HELD_THAT_NOUN
        if not (nouns.fullmatch(noun.lower()) or (n.re is _NOUN_BY and noun == "criticism")):
            continue
        after = n.end()
        if link == "that" and not _THAT_CLAUSE.match(masked, after, s1):
            continue
        if link == "to" and not _TO_VERB.match(masked, after, s1):
            continue
        sub = _holder_mention(n)
        if sub is None:
            continue
        before = masked[max(s0, n.start() - 20) : n.start()].split()
        disposition = _DISPOSITION.fullmatch(noun.lower()) is not None
        if disposition and before and before[-1].lower() in _STANCE_SPEECH_VERBS:
            continue  # "Sanders mocked her refusal to release ...": the mocking is the report
        if sub.kind == "pronoun" and disposition:
            # "Clinton, responding to Sanders, dropped her reluctance to debate": a refusal or
            # a willingness of a pronoun only with the person it means in its sentence (the
            # latest speaker is often someone quoted about them)
            if (sub := _antecedent_in_sentence(art, s0, sub)) is None:
                continue
        c0 = n.start("link")
        span = _content_span(art, c0, _held_end(art, s0, s1, n, sub), min_words=3)
        if span is None:
            continue
        cue = (n.start("noun"), n.end("noun"), noun)
        if any(a < span[1] and span[0] < b for a, b in taken) or any(
            a < cue[1] and cue[0] < b for a, b in taken
        ):
            continue
        out.append((span, sub, cue, "indirect-held-noun", 0.5))
        taken += [span, cue[:2]]
    return out


# Where a noun's complement ends: an afterthought, a participle or a new clause after a comma,
# a dash
_HELD_CUT = re.compile(
    r",\s+(?:which|who|whose|however|but|while|whereas|[a-z]+ing|he|she|they|we|it|I|"
    r"and\s+(?:he|she|they|we|it|I)|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*\s+[a-z]+(?:ed|s))\s"
    r"|;|\s(?:[—–]+|--)\s|\s+notwithstanding\b"
)
# The main verb after a subject's to-infinitive: "His refusal to tackle it made ..."
_HELD_MAIN_VERB = re.compile(
    r"\s(?:(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
    r"[a-z]+n['’]t|only|also|[a-z]{3,}ed|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")|[a-z]{3,}s(?=\s+(?:his|her|the|a|an|their|its|that|him|them|it|us|me)\b))\b"
)
# A participle's auxiliary: "are needed", "will be kept"
_HELD_AUXILIARY_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|was|were|has|have|had|get|got)(?:\s+[a-z]+ly)?$"
)
# Before a holder that opens a clause (its phrase is the subject)
_HELD_SUBJECT_BEFORE = re.compile(r"(?:^|[;—–]|\b(?:and|but|And|But|So|Yet))\W*$")


def _held_end(art: Article, s0: int, s1: int, n: re.Match, sub: Mention) -> int:
    """Where the complement of a held noun ends: at a new clause, or for a to-infinitive in
    the subject ("Her plan to raise taxes is ...") at the main verb."""
    masked = art.masked
    after = n.end()
    hi = m.start() if (m := _HELD_CUT.search(masked, after, s1)) else s1
    lead = sub.start if n.re is _HELD_NOUN else n.start()
    if not _HELD_SUBJECT_BEFORE.search(masked[s0:lead]):
        return hi
    if n.group("link") == "that":
        # the clause's own verb first: "Her claim that taxes are needed drew ..."
        own = _HELD_MAIN_VERB.search(masked, masked.find(" ", after + 1, hi) + 1, hi)
        if own is None:
            return hi
        after = own.end()
    for v in _HELD_MAIN_VERB.finditer(masked, after, hi):
        if not _HELD_AUXILIARY_BEFORE.search(masked, max(0, v.start() - 12), v.start()):
            return v.start()
    return hi


def _antecedent_in_sentence(art: Article, s0: int, sub: Mention) -> Mention | None:
    """ "The images have not prompted Mr. Obama to abandon his reluctance to ...", "Clinton,
    responding to a surging Sanders, dropped her reluctance to ...": the person of the
    pronoun's gender named last before it in its sentence, rather than the latest speaker."""
    want = {"he": "m", "she": "f"}.get(sub.text)
    if want is None:
        return None
    res = art.resolver
    k = bisect.bisect_left(res.positions, sub.start)
    while k > 0 and res.positions[k - 1] >= s0:
        k -= 1
        ent = res.mentioned[k]
        if ent.kind == "person" and ent.gender == want:
            at = res.positions[k]
            name = _NAME_AT.match(art.masked, at, sub.start)
            if name is None:
                return None
            # the pronoun stays the mention; it refers to the name (as a relative pronoun does)
            ante = Mention(at, name.end(), name.group(), "name")
            return Mention(sub.start, sub.end, sub.text, "relative", refers=ante)
    return None


_NAME_AT = re.compile(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*")


def _holder_mention(n: re.Match) -> Mention | None:
    """The speaker named by a possessive holder: a pronoun, a name or a description."""
    o0 = n.start("holder")
    words = n.group("holder").split()
    if n.re is _NOUN_BY:
        if words[0] in _POSSESSIVE_PRONOUNS and len(words) == 1:
            return None  # "the call from her to ..."
        kind = "name" if all(w[0].isupper() for w in words) else "description"
        return Mention(o0, n.end("holder"), n.group("holder"), kind)
    while len(words) > 1 and words[0].lower() in _HOLDER_LEAD:
        o0 = n.string.index(words[1], o0 + len(words[0]))
        words = words[1:]
    owner = " ".join(words)
    if owner.lower() in _POSSESSIVE_PRONOUNS:
        return Mention(o0, o0 + len(owner), _POSSESSIVE_PRONOUNS[owner.lower()], "pronoun")
    if words[0].lower() in _HOLDER_LEAD:
        return None
    name = POSSESSIVE_END.sub("", owner)
    kind = "description" if name[0].islower() or words[0].lower() == "the" else "name"
    return Mention(o0, o0 + len(name), name, kind)


# Object (contact) relative clauses of a stance verb: "a deal she once supported", "an offer the
# leadership rebuffed", "a policy that Republicans oppose", "questions she preferred not to answer"
_GAPPED_CUES = frozenset(
    "support supports supported oppose opposes opposed endorse endorses endorsed favor favors "
    "favored favour favours favoured embrace embraces embraced reject rejects rejected rebuff "
    "rebuffs rebuffed propose proposes proposed advocate advocates advocated champion champions "
    "championed criticize criticizes criticized condemn condemns condemned denounce denounces "
    "denounced praise praises praised blame blames blamed imagine imagines imagined envision "
    "envisions envisioned fear fears feared want wants wanted prefer prefers preferred trust "
    "trusts trusted expect expects expected hope hopes hoped promise promises promised predict "
    "predicts predicted recommend recommends recommended dismiss dismisses dismissed deride "
    "derides derided despise despises despised call calls called dub dubs dubbed".split()
)
# Verbs that take the gap only together with their infinitive: "things he wants to accomplish"
_GAPPED_TO_ONLY = frozenset("want wants wanted hope hopes hoped expect expects expected".split())
_GAPPED_REL = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Ss]ome"
    r"|[Aa]nother|[Ee]very)(?:\s+(?!(?:that|which|who|whom|of|in|on|at|for|with|by|to|from|and"
    r"|or|but|is|was|are|were|has|have|had|be|he|she|they|we|I|it|the|a|an)\b)[\w’'\-]+){1,5}?)"
    r"(\s+(?:that|which|whom|who))?\s+$"
)
_GAPPED_AUX = re.compile(
    r"(?:\s+(?:(?:can|could|would|will|may|might|must|should|did|does|do|had|has|have|is|was|"
    r"are|were|had|also|once|long|now|still|never|always|often|already|previously|just|"
    r"originally|initially|first|later|reportedly|[a-z]+ly)\b|[’']s|[’']d|[’']ve))*\s+$"
)
_GAPPED_PRONOUNS = frozenset("i he she we they".split())
# Function words that may stand inside a head noun phrase: "the most destructive way forward"
_GAPPED_HEAD_WORDS = frozenset("most more first last new only other few many next one two".split())


# In _object_relative: a lower-case word (a candidate verb); its infinitive; what may follow a
# verb with no object (a gap); a conjecture before it; the words before its subject; a participle
# inside a head noun phrase; a particle or preposition after the infinitive, and where it ends
_GAPPED_VERB = re.compile(r"\b[a-z]+\b")
_GAPPED_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+([a-z]+)\b")
_GAPPED_NO_OBJECT = re.compile(
    r"(?:\s*[.,;:!?)—–]|\s+-|\s*$|\s+(?:in|at|on|during|for|since|before|after|when|while|"
    r"because|as|last|this|most|and|but|is|was|are|were|has|have|had|will|would|"
    r"[a-z]+ly)\b)"
)
_GAPPED_CONJECTURE = re.compile(r"\b(?:would|could|might|may)\b")
_GAPPED_DETERMINER = re.compile(r"\b[A-Za-z]+\b")
_GAPPED_PARTICIPLE = re.compile(r"\w(?:ed|ing)\s")
_GAPPED_PARTICLE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:in|into|on|at|to|for|with|from|by|over|out|up|off|"
    r"down|back|through|against|until|before|after)\b"
)
_GAPPED_PHRASE_END = re.compile(r"[.,;:!?—–()]|\s-\s")


def _object_relative(art: Article, s0: int, s1: int, made: list[tuple]):
    """ "a deal she once supported", "the candidate he endorsed", "a fight they expect to last
    into spring": the head noun phrase (with the relative clause when the verb goes on to an
    infinitive) is the stance of the relative clause's subject."""
    masked = art.masked
    found = []
    for v in _GAPPED_VERB.finditer(masked[s0:s1]):
        word = v.group()
        if word not in _GAPPED_CUES:
            continue
        v0, v1 = s0 + v.start(), s0 + v.end()
        after = masked[v1:s1]
        inf = _GAPPED_INFINITIVE.match(after)
        if inf is not None:
            if inf.group(1) in ("be", "have", "the", "a", "an", "him", "her", "them"):
                continue
            if word in ("call", "calls", "called", "dub", "dubs", "dubbed"):
                continue
        elif word in _GAPPED_TO_ONLY:
            continue
        elif not _GAPPED_NO_OBJECT.match(after):
            continue  # an object follows: no gap
        aux = _GAPPED_AUX.search(masked, max(s0, v0 - 60), v0)
        sv = aux.start() if aux else v0
        if _GAPPED_CONJECTURE.search(masked[sv:v0]):
            continue  # "a process Trump would surely want to avoid": the writer's conjecture
        sub = subject_before(masked, s0, sv)
        k = sv  # the end of the text before the verb, spaces left out (no copy of the article)
        while k > 0 and masked[k - 1].isspace():
            k -= 1
        if sub is None or sub.end != k or sv - sub.start > 60:
            continue
        if sub.text.lower() not in _GAPPED_PRONOUNS and (
            sub.kind == "pronoun" or not _person_like(sub) or len(sub.text.split()) > 5
        ):
            continue
        h = None
        for d in _GAPPED_DETERMINER.finditer(masked[max(s0, sub.start - 70) : sub.start]):
            m = _GAPPED_REL.match(masked, max(s0, sub.start - 70) + d.start(), sub.start)
            if m is not None and not _GAPPED_PARTICIPLE.search(m.group(1)):
                words = [w.lower() for w in m.group(1).split()[1:]]
                if any(w in STOPWORDS and w not in _GAPPED_HEAD_WORDS for w in words):
                    continue
                h = m  # the last determiner whose noun phrase reaches the subject
        if h is None:
            continue
        if h.group(2) is None and sub.text.lower() not in _GAPPED_PRONOUNS:
            continue  # "his wife Michelle expected to ...": a name after a noun is an apposition
        if inf is not None:
            end = v1 + inf.end()
            if _GAPPED_PARTICLE.match(masked[end:s1]):
                stop = _GAPPED_PHRASE_END.search(masked[end:s1])
                end = end + stop.start() if stop else s1
        else:
            end = h.end(1)
        span = _content_span(art, h.start(1), end, min_words=1)
        if span is None:
            continue
        if any(a < span[1] and span[0] < b for (a, b), *_ in made + found):
            continue
        found.append((span, sub, (v0, v1, word), "indirect-object-relative", 0.55))
    return found


# A stance named by a noun after its holder, with its object: "Pence's call for a special
# prosecutor", "her attacks on Sanders", "his support for the deal"
_HELD = re.compile(
    r"(?<![@#])\b(?P<holder>(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*['’]s?|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Ii]ts)\s+(?P<mod>(?:[a-z][\w\-]*\s+){0,2}?)(?P<noun>attacks?(?=\s+(?:on|against)\s)|"
    r"calls?(?=\s+for\s)|criticism(?=\s+of\s)|support(?=\s+for\s)|praise(?=\s+for\s)|"
    r"opposition(?=\s+to\s)|endorsements?(?=\s+of\s)|criticisms(?=\s+of\s)|"
    r"(?:defen[cs]e|embrace|praise)(?=\s+of\s)|(?:demands?|push)(?=\s+for\s)|"
    r"(?:comments?|remarks?|complaints?)(?=\s+about\s)|accusations?(?=\s+against\s)|"
    r"(?:stance|position|views)(?=\s+on\s)|vision(?=\s+(?:of|for)\s)|proposals?(?=\s+for\s)|"
    r"promises?(?=\s+of\s)|support(?=\s+of\s))\s+(?P<link>on|against|for|of|to|about)\s"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def _held_objects(art: Article, s0: int, s1: int, made: list[tuple]) -> list[tuple]:
    """Add the stances named by a noun after its holder ("Pence's call for a special
    prosecutor") whose cue and object lie outside every report made: the holder's stance,
    its object up to a new clause (or the main verb when the noun phrase is the subject)."""
    masked = art.masked
    if not any(w in masked[s0:s1] for w in _HELD_WORDS):
        return made  # cheap test first
    taken = _taken_spans(made)
    out = list(made)
    for n in _HELD.finditer(masked, s0, s1):
        sub = _holder_mention(n)
        if sub is None:
            continue
        end = _object_end(art, n.end(), _held_end(art, s0, s1, n, sub))
        if not _TAIL_WH.match(masked, n.end()) and (v := _VERB.search(masked, n.end(), end)):
            end = v.start()  # "Clinton's attack on Trump indicates ...": the noun phrase only
        span = _content_span(art, n.end(), end, min_words=1)
        cue = (n.start("noun"), n.end("link"), f"{n.group('noun')} {n.group('link')}")
        if span is None or any(a < span[1] and span[0] < b for a, b in taken + [cue[:2]]):
            continue
        out.append((span, sub, cue, "indirect-held-noun", 0.45))
        taken += [span, cue[:2]]
    return out


_TAIL_WH = re.compile(r"(?:what|whether|how|who|why|when|where)\b")
# A finite verb or a new clause after the object: "... on Trump indicates she", "- attacks that"
_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|did|does|do|could|can|should|may|might|"
    r"must|[a-z]+n['’]t|[a-z]{3,}(?<!s)s(?=\s+(?:his|her|the|a|an|their|its|that|him|them|it|us|"
    r"me|he|she|they|we)\b))\b|\s[—–-]+\s|,\s+(?:is|are|was|were|has|have|had|did)\s|"
    r"\sand\s+(?:goes|went|then)\s"
)
_HELD_WORDS = frozenset(
    "attack call criticism support praise opposition endorsement defen embrace demand push "
    "comment remark complaint accusation stance position views vision proposal promise".split()
)
