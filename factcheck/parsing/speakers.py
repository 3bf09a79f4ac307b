"""Speaker mentions: find the subject of a cue, and resolve mentions to canonical names.

Works on the masked text (see ``marks``), so names inside quotes are invisible here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.parsing.lexicon import (
    COGNITION_VERBS,
    DEMONYMS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORGANISATION_CUES,
    PLACE_NOUNS,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
)

CUE_WORDS = SPEECH_VERBS | COGNITION_VERBS

# A capitalised word, initials ("G.K."), or an abbreviated title ("Sen.").
CAPW = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Prof|Pres|Cmdr)\.|"
    r"[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'\-]*)"
)
PARTICLE = r"(?:de|da|van|von|der|den|la|le|bin|al|del|di|du|dos|ibn)"
NAME = rf"{CAPW}(?:[^\S\n]+(?:{PARTICLE}[^\S\n]+)?{CAPW})*"  # not across a paragraph
_NAME_RE = re.compile(NAME)
_NAME_FULL = re.compile(rf"(?:{NAME})(?:\s*\([^()\n]{{1,30}}\))?")
DETERMINERS = (
    "the a an this that these those his her their its our my your one two three several some many "
    "other another most few both all each any top senior"
).split()
_DET_SET = frozenset(DETERMINERS)

_DET = r"(?:" + "|".join(d for d in DETERMINERS) + r")"
PRONOUN_RE = r"(?:he|she|they|we|i|it|He|She|They|We|I|It)"

# Right edge of the text before a cue: the subject, then auxiliaries and adverbs.
_WINDOW = 400  # characters around a cue searched for its speaker
_TRAILER = re.compile(
    r"(?:['’](?:s|ve|d|ll|re)(?=\s))?"  # "he's said", "they've argued", "She’ll argue"
    r"(?:\s+(?:also|later|then|previously|earlier|recently|has|have|had|would|will|could|is|are|"
    r"was|were|been|being|"
    # "Sanders hasn't said", "she didn’t say": a contracted negation
    r"(?:has|have|had|did|does|do|would|will|wo|could|ca|is|was|were|are|should)n['’]t|"
    r"once|again|repeatedly|often|further|simply|just|still|reportedly|had|did|does|do|"
    r"may|might|must|should|can|not|never|even|already|himself|herself|themselves|itself|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # "she laughed and admitted": a first verb coordinated with the cue
    r"[a-z]{3,}ed\s+and|"
    # "she went on to say", "he seemed to indicate": the verb before "to" is the cue's too
    r"(?:went|goes|go|going|gone)\s+on\s+to|(?:seemed|seems|appeared|appears|began|begins|"
    r"proceeded|proceeds|tried|tries|decided|decides|wanted|wants|needed|needs|used|went|"
    # "he's poised to argue", "were more likely to say"
    r"poised|(?:more|less)\s+likely)\s+to|"
    r"yet\s+to|"  # "he has yet to endorse": a stance not yet taken
    r"(?:last|this)\s+(?:week|month|year|night|morning|weekend)|[a-z]+ly|"
    # "Trump in recent days has suggested", "Sanders during a Sunday thanked": a time phrase
    r"(?:in|during|over|on|at)\s+(?:(?:the|a|an|this|recent|past|last)\s+)?(?:days|weeks|"
    r"months|years|week|month|year|morning|evening|night|weekend|interview|debate|rally|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*\s*$"
)
_PRONOUN_CONTRACTION = re.compile(
    rf"({PRONOUN_RE})['’](?:m|ll|s|d|ve|re)\s+(?:(?:am|was|been)\s+)?"
)
# a passive "told": its subject heard it ("I'm told", "he was told")
_PASSIVE_TOLD = re.compile(r"\s*told\b")
# "Mike Lee, who declared", "groups like Greenpeace which charged" (no comma: "which" only;
# "leaders who say" is left to reported speech's relative rule)
_SUBJ_RELATIVE = re.compile(
    r"()(\s*(?:,|\s[-—–])\s*(?=who|which)|(?<=[A-Za-z])\s+(?=which))(who|which)$"
)
_SUBJ_PRONOUN = re.compile(rf"(?:^|[\s(\-—–\"])({PRONOUN_RE})$")
# Cheap tests before the searches above, which try every offset of a 400-character window:
# a trailer is made of letters, apostrophes and spaces only, so it starts after the last other
# character; a relative or pronoun subject ends the text ("$" also matches before a final "\n").
# A plural head noun of people by its suffix: "traders", "economists", "Democrats"
_PEOPLE_HEAD = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ants|(?<!m)ents|ives)")
_NOT_TRAILER = re.compile(r"[^A-Za-z'\s][A-Za-z'\s]*$")
# A contracted negation in the trailer, and a quote in marks right after the cue: "his campaign
# doesn't want "that ..."": the quoted words are someone else's, not the subject's
_NEGATED = re.compile(r"n't\b")
_QUOTE_AFTER_CUE = re.compile(r"[A-Za-z]+\s+[\"“]")
_RELATIVE_ENDS = ("who", "which", "\n")
_PRONOUN_ENDS = ("he", "she", "they", "we", "i", "it", "He", "She", "They", "We", "I", "It", "\n")
_SUBJ_NAME = re.compile(rf"(?:^|[^\w'])((?:{NAME})(?:'s?)?)(?:\s*\([^()\n]{{1,30}}\))?$")
_SUBJ_NP = re.compile(
    rf"(?:^|[\s\"(])((?:(?i:{_DET})|[A-Z]\w*'s?)\s+(?:[\w'.\-]+\s+){{0,4}}?[\w'.\-]+)$"
)
_SUBJ_BARE = re.compile(r"(?:^|[\s\"(])((?:[\w'.\-]+\s+){0,3}?([a-z]+))$")
# title words (and capitalised qualifiers) right before a name, e.g. "Clinton campaign chairman "
_TITLE_PREFIX = re.compile(r"(?:^|(?<=[\s(\"]))((?:(?:[A-Z][\w'\-.]*|[a-z][\w\-]*)\s+){1,4})$")
# "The station manager at BBC Radio Bristol", "a spokesman for Hillary Clinton": a role held at
# (or for) the name, whose holder is the speaker, not the name
_ROLE_HELD_AT = (
    rf"((?i:{_DET}|one|another)\s+(?:[\w'\-]+\s+){{0,3}}?([a-z][\w\-]*))"
    r"\s+(?:at|for|of|from|with|to)\s+(?:the\s+)?"
)
# ... ending right before a name; and at the start of a mention's text
_ROLE_AT = re.compile(rf"(?:^|(?<=[\s(\"])){_ROLE_HELD_AT}$")
# "Advisers to Mr. Rubio", "Close allies of the governor": a bare plural role, opening the
# clause, held for the name
_BARE_ROLE_AT = re.compile(
    r"(?:^|(?<=[,;:(\"—–]\s)|(?<=^\s))((?:[A-Za-z][\w'\-]*\s+){0,2}?([A-Za-z][a-z\-]*s))"
    r"\s+(?:to|of|for)\s+(?:the\s+)?$"
)
_HELD_ROLE = re.compile(rf"{_ROLE_HELD_AT}[A-Z]")


def _noun_gender(noun: str) -> str | None:
    """ "spokeswoman" -> "f", "chairman" -> "m", "manager" -> None."""
    low = noun.lower()
    return "f" if low.endswith("woman") else "m" if low.endswith("man") else None


_RELATIVES = frozenset("which that who whom whose".split())
# "The first woman to run ...": a head noun with an infinitive after it, before the object
_INFINITIVE_HEAD = re.compile(
    rf"(?:^|(?<=[\s\"(]))((?i:{_DET})\s+(?:[\w'\-]+\s+){{0,3}}?"
    # the head is a noun, not a copula: "The path is to convince the delegates who say"
    rf"(?!(?:is|are|was|were|be|been|has|have|had)\b)([a-z][\w\-]*))\s+to\s+[a-z]+\s+$"
)
_APPOSITIVE = re.compile(r",\s*((?:who|which)\b[^,\"]{1,220}|[^,\"]{1,200}),\s*$")
# "Ada Wells, a Denver architect": a name opening the clause, then a description of it
_NAME_THEN_DESCRIPTION = re.compile(rf"\s*({NAME}),\s*((?:an?|the)\s[^,;:\"()]{{1,80}}?)\s*")
_WHOSE = re.compile(r",\s*whose\s")
_PP_ASIDE = re.compile(
    r",\s*(?:during|in|at|on|from|speaking|appearing|earlier|later|last|this)\s"
    r"(?![^,\"]*\b(?:which|whom|who|he|she|they|it|we|I)\b)[^,\"]{0,80}$"
)
# A tail ending in "who": the noun phrase before it is found however long the clause is
_ENDS_WHO = re.compile(
    r"\s((?:(?!(?:with|by|for|from|among|to|following)\s)[\w'’\-]+\s+){1,5}who\s*$)"
)
_CLAUSE_CUT = re.compile(
    r"(?:[;:\"(—–]|,\s|\b(?:that|and|but|while|as|because|when|after|before|if|though|"
    r"although|where|whom|so|or|then)\s)",
)


def _name_then_description(lo: int, head: str) -> Mention | None:
    """ "Ada Wells, a Denver architect" (all of ``head``, which starts at ``lo``): the name,
    with the description as its role."""
    m = _NAME_THEN_DESCRIPTION.fullmatch(head)
    if m is None or not _name_ok(m.group(1)):
        return None
    return Mention(
        lo + m.start(1), lo + m.end(1), m.group(1), "name", (lo + m.start(2), lo + m.end(2))
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention found in the text."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | description | relative
    role: tuple[int, int] | None = None  # span of an appositive ("an expert on ...")
    refers: Mention | None = None  # for a relative "who": the name it stands for


def role_text(text: str, sub: Mention | None) -> str | None:
    """Return the words of the appositive describing ``sub`` in ``text``, or None."""
    if sub is None or sub.role is None:
        return None
    return text[sub.role[0] : sub.role[1]].strip() or None


def name_ok(s: str) -> bool:
    """Return True when ``s`` can be a name (not "The ...", not only titles)."""
    return _name_ok(s)


_WORD = re.compile(r"[\w'.\-]+")
_WORD_SPACE = re.compile(r"[\w'.\-]+\s+")
_INITIAL = re.compile(r"[A-Z]\.")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _name_ok(s: str) -> bool:
    tokens = s.split()
    first = tokens[0].lower().rstrip(".")
    # a sentence-initial function word is not a name ("The", "But", "In")
    if first in _NOT_NAMES:
        return False
    # titles or nationalities alone ("President", "Asian") are not names
    return not all(t.lower().rstrip(".") in TITLES for t in tokens)


# a preposition before a name makes it a place or an object, not the subject
_PLACE_PREP = re.compile(r"(?:^|(?<=\s))(of|in|from|near|outside)\s+$")
_OBJECT_OF = re.compile(r"\b(?:to|of|in|from|with|by|for|at|on|about|than|like)\s+$")
_PERSON_END = re.compile(rf"(?:^|[^\w'])({NAME})\s+$")
_PERSON_NOUN_END = re.compile(
    rf"(?:^|(?<=[\s\"(]))((?:(?i:{_DET}|a|an)\s+)?(?:[\w'\-]+\s+){{0,2}}?([a-z][\w\-]*))\s+$"
)
# "Mr. Daniloff, now 81 and retired (in Cambridge)": a name, then an aside before the place
_NAME_THEN_ASIDE = re.compile(
    rf"(?:^|[^\w'])({NAME}),\s*((?:an?|the|now|once|formerly|\d[\w\-]*)\s(?:[^\s,;:\"()]+\s+){{0,5}})$"
)

_NOT_ROLE = frozenset(
    "who which whose whom at in on during after before with without by for from to as when while "
    "if though although because since until like unlike despite according speaking".split()
)
_NOT_NAMES = frozenset(
    "the but and in on at as if when while after before this that these those it its there "
    "then yet so for a an we they he she i his her their our my your no not one monday tuesday "
    "wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december".split()
)
# unions asked per mention, built once
_NOT_NAMES_OR_STOPWORDS = _NOT_NAMES | STOPWORDS - _DET_SET
_SOURCES_OR_TITLES = SOURCE_NOUNS | TITLES
_CUES_OR_RELATIVES = CUE_WORDS | _RELATIVES
_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES


def subject_before(masked: str, lo: int, cue_start: int) -> Mention | None:
    """Return the subject ending right before the cue at ``cue_start`` (searching from ``lo``)."""
    # a subject is near its cue; keeps searches linear (and equal windows share a cache entry)
    sub = _subject_before(masked, max(lo, cue_start - _WINDOW), cue_start)
    if sub is not None and (m := _BACKER_BEFORE.search(masked, max(lo, sub.start - 80), sub.start)):
        # "A group backing Jane Roe said ...": the group said it, not the one it backs
        return Mention(m.start(1), sub.end, masked[m.start(1) : sub.end], "description")
    return sub


# A noun phrase opening its clause, then a participle of support that the name is the object of
_BACKER_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=,\s)|(?<=\A))"
    r"((?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]ome|[Mm]any|[A-Z][\w’'\-]*)(?:\s+[\w’'\-]+){0,4}?)"
    r"\s+(?:backing|supporting|opposing|representing|advising)\s+$"
)


# Several rules ask for the subject before the same cue (a sentence is tried rule by rule);
# the answer depends only on the text and the window, and a Mention is frozen, so it is shared.
@lru_cache(maxsize=4096)
def _subject_before(masked: str, lo: int, cue_start: int) -> Mention | None:
    left = masked[lo:cue_start]
    other = _NOT_TRAILER.search(left)
    trail = _TRAILER.search(left, other.start() + 1 if other else 0)
    end = trail.start() if trail else len(left)
    if (
        trail is not None
        and _NEGATED.search(left, end)
        and _QUOTE_AFTER_CUE.match(masked, cue_start)
    ):
        return None
    left = left[:end]
    if not left.strip():
        return None
    role = None
    app = _APPOSITIVE.search(left)
    if app is not None and app.start() > 0 and app.group(1).strip():
        role_text = app.group(1).strip()
        r0 = lo + app.start(1) + (len(app.group(1)) - len(app.group(1).lstrip()))
        first = role_text.split()[0].lower()
        role = None if first in _NOT_ROLE else (r0, r0 + len(role_text))
        if role is not None and _NAME_FULL.fullmatch(role_text) and _name_ok(role_text):
            # "Her spokesman, Paul Grant, said": the name is the speaker, the rest its role
            head = left[: app.start()]
            h0 = len(head) - len(head.lstrip())
            h = (lo + h0, lo + len(head.rstrip())) if head.strip() else None
            if (
                not head.strip()
                or _SUBJ_NAME.search(head.rstrip()) is None
                or head.strip().split()[0].lower() in (DETERMINERS)
            ):
                return Mention(r0, r0 + len(role_text), role_text, "name", h)
        if first == "who" and (named := _name_then_description(lo, left[: app.start()])):
            # "Ada Wells, a Denver architect, who had supported Reyes, said": the name, not
            # the description before the relative clause
            return named
        left = left[: app.start()]
    before_cue = masked[lo:cue_start].rstrip()
    whose = None
    if before_cue.endswith(","):
        whose = next(reversed(list(_WHOSE.finditer(left))), None)
    if whose is not None:
        # "Marco Rubio, whose hometown, Miami, is ..., argues": the name before the "whose"
        # clause is the subject, not a name inside it
        if (n := _SUBJ_NAME.search(left, 0, whose.start())) is not None and _name_ok(n.group(1)):
            s0 = lo + n.start(1)
            aside = (lo + whose.end() - 6, lo + len(before_cue.rstrip(",")))
            return Mention(s0, lo + n.end(1), n.group(1), "name", aside)
    pp = _PP_ASIDE.search(left)
    if pp is not None and pp.start() > 0 and _SUBJ_NAME.search(left, 0, pp.start()):
        # "Clinton, during a town hall in Columbus, Ohio, said": a time or place between
        # the subject and its verb (what looked like a role was the end of that phrase)
        left, role = left[: pp.start()], None
    if left.endswith(_RELATIVE_ENDS) and (m := _SUBJ_RELATIVE.search(left)) is not None:
        # "Mike Lee, who declared ...": the mention is "who", the speaker its antecedent
        named = _name_then_description(lo, left[: m.start(2)]) if m.group(3) == "who" else None
        ante = named or subject_before(masked, lo, lo + m.start(1))
        if ante is not None and ante.kind in ("name", "description"):
            s0 = lo + m.start(3)
            return Mention(s0, s0 + len(m.group(3)), m.group(3), "relative", None, ante)
    if left.endswith(_PRONOUN_ENDS) and (m := _SUBJ_PRONOUN.search(left)) is not None:
        return _mention(lo, m, 1, "pronoun", role)
    if (m := _SUBJ_NAME.search(left)) is not None:
        o = _ORG_NAME_END.search(left, max(0, len(left) - 160))
        if o is not None and o.group(1).split()[-1].lower() in ORGANISATION_CUES:
            # "the Organization for Economic Cooperation and Development noted": all of it
            s0 = lo + o.start(1)
            first = o.group(1).split()[0]
            if first.lower() in _NOT_NAMES and " " in o.group(1):
                s0 = masked.index(" ", s0) + 1  # "The Hollywood Chamber of Commerce"
            return Mention(s0, lo + o.end(), masked[s0 : lo + o.end()], "name", role)
        held = _ROLE_AT.search(left, 0, m.start(1))
        if held is None and (bare := _BARE_ROLE_AT.search(left, 0, m.start(1))) is not None:
            held = bare if bare.group(2).lower() in _SOURCES_OR_TITLES else None
        if held is not None and (
            held.group(2).lower() in TITLES or held.group(2).lower() in SOURCE_NOUNS
        ):
            s0 = lo + held.start(1)
            return Mention(s0, lo + m.end(1), masked[s0 : lo + m.end(1)], "description", role)
        pp = _PLACE_PREP.search(left, 0, m.start(1))
        if pp is not None and _name_ok(m.group(1)) and (held is None or pp.group(1) != "of"):
            # "Sen. Marco Rubio of Florida, who", "Mr. Daniloff, now retired in Cambridge, Mass.,
            # said", "a woman in Worcester, Mass., told": the name after a preposition is a
            # place, the speaker is before it
            before = left[: pp.start()]
            person = _PERSON_END.search(before)
            if person is not None and _person_name(person.group(1)):
                s0 = lo + person.start(1)
                return Mention(s0, lo + person.end(1), person.group(1), "name", role)
            if pp.group(1) != "of":
                app = _NAME_THEN_ASIDE.search(before)
                if (
                    app is not None
                    and _name_ok(app.group(1))
                    and not _OBJECT_OF.search(before, 0, app.start(1))
                ):
                    s0 = lo + app.start(1)
                    # the aside runs to the end of the place ("..., New York,")
                    aside = (lo + app.start(2), role[1] if role else lo + m.end(1))
                    return Mention(s0, lo + app.end(1), app.group(1), "name", aside)
                noun = _PERSON_NOUN_END.search(before)
                if noun is not None and (noun.group(2).lower() in _SOURCES_OR_TITLES):
                    s0, text = lo + noun.start(1), noun.group(1)
                    first, _, rest = text.partition(" ")
                    if rest and first.lower() in _NOT_NAMES_OR_STOPWORDS:
                        s0, text = s0 + len(first) + 1, rest  # "But protest organizers"
                    return Mention(s0, s0 + len(text), text, "description", role)
        if _name_ok(m.group(1)):
            # keep a title phrase in front of the name: "Kremlin spokesperson Dmitry Peskov"
            pre = _TITLE_PREFIX.search(left, 0, m.start(1))
            if pre is not None and pre.group(1).split()[-1].lower() in TITLES:
                s0 = lo + pre.start(1)
                for w in pre.group(1).split():
                    if w.lower() not in _NOT_NAMES and w.lower() not in STOPWORDS:
                        break
                    s0 = masked.index(w, s0) + len(w)
                    while masked[s0].isspace():
                        s0 += 1
                return Mention(s0, lo + m.end(1), masked[s0 : lo + m.end(1)], "name", role)
            return _mention(lo, m, 1, "name", role)
        # "But Flynn said": drop the sentence-initial function word
        first, _, rest = m.group(1).partition(" ")
        if rest and first.lower() in _NOT_NAMES and _name_ok(rest):
            s0 = lo + m.start(1) + len(first) + 1
            return Mention(s0, s0 + len(rest), rest, "name", role)
    # a description: cut at the last clause boundary, then match a noun phrase
    cut = 0
    for c in _CLAUSE_CUT.finditer(left):
        cut = c.end()
    tail = left[cut:]
    if len(_words(tail)) > 9 and (w := _ENDS_WHO.search(tail)) is not None:
        # a long tail has no subject of its own, but a relative's antecedent has: "In the state
        # he campaigned with a popular governor who", "fired by Christie to punish a mayor who"
        cut += w.start(1)
        tail = left[cut:]
    if len(_words(tail)) > 9 or not tail.strip():
        return None
    if (m := _SUBJ_NP.search(tail)) is not None:
        if (inf := _INFINITIVE_HEAD.search(tail, 0, m.start(1))) is not None:
            # "The first woman to run the port says": the port is the infinitive's object
            return Mention(
                lo + cut + inf.start(1),
                lo + cut + m.end(1),
                tail[inf.start(1) : m.end(1)],
                "description",
                role,
            )
        words = m.group(1).split()
        head = words[-1].lower()
        if head in SOURCE_NOUNS or head in TITLES or head in ORGANISATION_CUES or _has_cap(m):
            return _mention(lo + cut, m, 1, "description", role)
        # "a bartender said": a short determiner phrase right before the cue is its subject
        if (
            words[0].lower() in _DET_SET
            and len(words) <= 4
            and head not in CUE_WORDS
            and head not in STOPWORDS
            and head.isalpha()
        ):
            return _mention(lo + cut, m, 1, "description", role)
    if (m := _SUBJ_BARE.search(tail)) is not None and (
        m.group(2) in SOURCE_NOUNS or _bare_people(tail, m, left[:cut])
    ):
        # "... and said allies wanted to know": only the words after a cue word
        s0, text = lo + cut + m.start(1), m.group(1)
        for w in _WORD_SPACE.finditer(m.group(1)):
            if w.group().strip().lower() in _CUES_OR_RELATIVES:
                # "which residents say": the relative pronoun is not part of the source
                s0, text = lo + cut + m.start(1) + w.end(), m.group(1)[w.end() :]
        return Mention(s0, s0 + len(text), text, "description", role)
    return None


def _bare_people(tail: str, m: re.Match, before: str) -> bool:
    """Return True when the bare noun phrase ``m`` is all of ``tail`` and ends in a plural of
    people ("Chinese traders also say"), not the second of two joined ones ("companies and
    traders") nor the object of a preposition ("of his speakers")."""
    words = m.group(1).split()
    return (
        _PEOPLE_HEAD.fullmatch(m.group(2)) is not None
        and not tail[: m.start(1)].strip()
        and not before.rstrip().endswith((" and", " or"))
        and words[0].lower() not in STOPWORDS
    )


def _person_name(name: str) -> bool:
    """Return True when ``name`` reads as a person's: a title or a first name, then a surname
    ("Sen. Marco Rubio", "Peter T. King"; not "Hollywood Chamber", "Secretary")."""
    tokens = name.split()
    if len(tokens) < 2 or tokens[-1].lower().rstrip(".") in TITLES:
        return False
    first = tokens[0].lower()
    return (
        first in TITLES
        or first.rstrip(".") in TITLES
        or first.rstrip(".") + "." in TITLES
        or first in FEMALE_NAMES
        or first in MALE_NAMES
        or any(_INITIAL.fullmatch(t) for t in tokens[1:-1])
    )


def _has_cap(m: re.Match) -> bool:
    return any(w[0].isupper() for w in m.group(1).split()[1:])


def _mention(
    offset: int, m: re.Match, group: int, kind: str, role: tuple[int, int] | None
) -> Mention:
    return Mention(offset + m.start(group), offset + m.end(group), m.group(group), kind, role)


_ROLE = re.compile(r",\s*([^\"]+?)\s*(?:[.;!?](?:\s|$)|$|,\s*(?:who|which)\b)")


_LOOSE_NP = re.compile(rf"(?:{_DET})\s+(?:[\w'\-]+\s+){{0,4}}?[\w'\-]+(?=\s+[a-z]+)", re.I)
# A lowercase role and a second name after a first one: "Marquette pollster Charles Franklin"
_TITLE_THEN_NAME = re.compile(
    rf"(?:['’]s)?\s+((?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*)(,)?\s+({NAME})(?=[\s,.;:]|$)"
)
# Capitalised quantity words that open a noun phrase ("Several dozen employees")
_QUANTITY_WORDS = frozenset(
    "several many some most few numerous small large dozens hundreds thousands scores two three "
    "four five six seven eight nine ten".split()
)
_NEXT_WORDS = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}")
_LOWER_TOKEN = re.compile(r"[a-z][\w\-]*")
_OF_PLURAL = re.compile(r"\s+of\s+[a-z][\w\-]*s\b")  # "groups of protesters"


def _modified_np(seg: str, lead: int, name: re.Match) -> tuple[int, int] | None:
    """ "one Democratic source", "Republican politicians", "Several dozen employees", "Small
    groups of protesters", "Party leaders", "one Republican involved in": the span of the noun
    phrase a capitalised modifier (a party, a nationality, a quantity) opens, if it is one."""
    words = name.group().split()
    adjective = all(w.lower() in DEMONYMS or w.lower() in _QUANTITY_WORDS for w in words)
    if not adjective and len(words) > 1:
        return None
    start = lead if not lead or seg[:lead].split()[0].lower() not in _DET_SET else 0
    nxt = _NEXT_WORDS.match(seg, lead + name.end())
    found = None
    for w in _LOWER_TOKEN.finditer(nxt.group() if nxt else ""):
        low = w.group()
        end = lead + name.end() + w.end()
        if low in STOPWORDS or low in CUE_WORDS or low in _NOT_PEOPLE:
            break
        if _role_word(low):
            found = end  # "Rubio's deputy campaign manager": the last role word
            continue
        if found is not None:
            break
        if adjective and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us")):
            found = end  # "Several dozen employees"
            break
        if not adjective or low.endswith(("ed", "ing")):
            break
    if found is not None:
        of = _OF_PLURAL.match(seg[found:])
        if of is not None and adjective:
            found += of.end()  # "Small groups of protesters"
        return start, found
    if adjective and start < lead:
        return start, lead + name.end()  # "one Republican involved in the planning"
    return None


def _role_word(low: str) -> bool:
    return (
        low in TITLES
        or low in SOURCE_NOUNS
        or low.rstrip("s") in TITLES
        or low.rstrip("s") in _PERSON_ROLES
    )


# people named by where they live, whom they back or what they do ("Concord resident")
_PERSON_ROLES = frozenset(
    "resident native voter supporter student ally volunteer retiree veteran fan friend neighbor "
    "neighbour employee organizer activist".split()
)
# plural nouns that count no people ("Four days before ...")
_NOT_PEOPLE = frozenset(
    "days weeks months years hours minutes decades times percent points dollars votes ballots "
    "states counties miles".split()
)


# An organisation's name over its connectives: "Organization for Economic Cooperation and
# Development", "National Academies of Sciences, Engineering and Medicine"
_ORG_TAIL = rf"\s+(?:of|for|on)\s+(?:the\s+)?{NAME}(?:(?:,\s+{NAME})*,?\s+and\s+(?:the\s+)?{NAME})?"
_ORG_NAME = re.compile(rf"{NAME}{_ORG_TAIL}")
_ORG_NAME_END = re.compile(rf"(?:^|[^\w'])({NAME}){_ORG_TAIL}$")
_PRE_NAME = re.compile(rf"((?:[a-z][\w\-]*\s+){{1,4}})(?={CAPW})")
_NP_END = r"(?=\s*(?:,|\.|$|\s+(?:in|on|at|to|for|who|which|of|from|with|close|familiar)\b))"
_PRONOUN_WORD = re.compile(rf"{PRONOUN_RE}\b")
# "the campaign's spokesman", "a longtime friend": a determiner phrase, its head in group 1
_DET_NP = re.compile(rf"(?:{_DET})\s+(?:[\w'\-]+\s+){{0,5}}?([\w'\-]+){_NP_END}", re.I)


def subject_after(
    masked: str,
    start: int,
    hi: int,
    allow_np: bool = True,
    loose: bool = False,
    any_head: bool = False,
) -> Mention | None:
    """Return the speaker that starts at ``start`` after an inverted cue ("said Eva Zeibert").

    ``loose`` accepts any short determiner phrase (the caller checks that a cue follows it);
    ``any_head`` accepts a determiner phrase whatever its head noun ("said the 46-year-old.").
    """
    hi = min(hi, start + _WINDOW)
    seg = masked[start:hi]
    stripped = len(seg) - len(seg.lstrip())
    seg = seg.lstrip()
    s0 = start + stripped
    lead = 0
    if allow_np and (pre := _PRE_NAME.match(seg)) is not None:
        words = pre.group(1).split()
        if (
            not any(w in CUE_WORDS or w in _NOT_NAMES for w in words[1:])
            and words[0] not in CUE_WORDS
            and (words[0] not in STOPWORDS or words[0] in _DET_SET or words[0] == "by")
        ):
            lead = pre.end()  # "said former Utah governor Michael Leavitt"
    if (c := _PRONOUN_CONTRACTION.match(seg)) is not None:
        # "She’ll be eager to", "I'm told ...": a pronoun, no name (and a passive "told" has
        # a hearer for its subject)
        if _PASSIVE_TOLD.match(seg, c.end()):
            return None
        return Mention(s0, s0 + len(c.group(1)), c.group(1), "pronoun", None)
    m = _NAME_FULL.match(seg[lead:])
    kind = "name"
    if m is None or not _name_ok(m.group()):
        lead = 0
        m = _PRONOUN_WORD.match(seg)
        kind = "pronoun"
    if m is None and allow_np:
        kind = "description"
        m = _DET_NP.match(seg)
        if m is not None:
            head = m.group(1).lower()
            known = head in SOURCE_NOUNS or head in TITLES or head in ORGANISATION_CUES
            if not known and not (any_head and len(m.group().split()) <= 5):
                m = None
        if m is None and loose:
            m = _LOOSE_NP.match(seg)
            if m is not None and any(w.lower() in CUE_WORDS for w in m.group().split()):
                m = None
    if m is None:
        return None
    if kind == "name" and m.group().split()[-1].lower() in ORGANISATION_CUES:
        # "the Bureau of Labor Statistics": the name runs on over its connectives
        m = _ORG_NAME.match(seg[lead:]) or m
    if kind == "name" and (t := _TITLE_THEN_NAME.match(seg, lead + m.end())) is not None:
        w = t.group(1).split()
        if _role_word(w[-1]) and _name_ok(t.group(3)) and (not t.group(2) or " " in t.group(3)):
            # "said Marquette pollster Charles Franklin", "said Concord resident Whit Symms",
            # "said Rubio's deputy campaign manager, Rich Beeson": the name after the role
            lead, m = t.start(3), _NAME_RE.match(seg[t.start(3) :])
    if kind == "name" and (np := _modified_np(seg, lead, m)) is not None:
        return Mention(s0 + np[0], s0 + np[1], seg[np[0] : np[1]], "description", None)
    text = m.group()
    paren = text.find(" (")
    if paren > 0:
        text = text[:paren]
    s0 += lead
    role = None
    if kind != "pronoun":
        r = _ROLE.match(masked, s0 + m.end(), hi)
        words = r.group(1).split() if r is not None else []
        if (
            r is not None
            and words
            and len(r.group(1)) < 200
            and words[0] not in _NOT_ROLE
            and not all(w.lower() in STOPWORDS for w in words)  # "Gill, a" cut by a line break
            and any(len(w) > 1 for w in words)  # "Puti,n, who ...": a name cut by a stray comma
        ):
            role = (r.start(1), r.end(1))  # not "who visited Beijing in May": a clause
    return Mention(s0, s0 + len(text), text, kind, role)


# --- canonical names ---------------------------------------------------------------------------


@dataclass(slots=True)
class Entity:
    """One person or organisation across the article."""

    name: str
    kind: str  # person | organisation | unknown
    titles: set[str] = field(default_factory=set)
    gender: str | None = None
    last_seen: int = 0


def strip_titles(name: str) -> tuple[str, set[str]]:
    """Return ``name`` without leading titles and demonyms, and the titles removed."""
    tokens = name.split()
    titles: set[str] = set()
    while len(tokens) > 1 and (
        tokens[0].lower() in TITLES
        or tokens[0].lower() in DEMONYMS
        or tokens[0].lower().rstrip(".") + "." in TITLES
        or tokens[0].endswith("'s")
    ):
        titles.add(tokens[0].lower().rstrip("."))
        tokens = tokens[1:]
    # "House Speaker Paul Ryan", "Vermont Sen. Bernie Sanders", "FBI Director James Comey": the
    # person's name follows the last title
    for i in range(len(tokens) - 2, 0, -1):
        low = tokens[i].lower()
        if low in TITLES or low.rstrip(".") + "." in TITLES:
            if tokens[i + 1][:1].isupper() and tokens[i + 1].lower() not in TITLES:
                titles.update(t.lower().rstrip(".") for t in tokens[: i + 1])
                tokens = tokens[i + 1 :]
            break
    return " ".join(tokens), titles


# words joining the parts of an organisation's name after its head: "Bureau of Labor Statistics"
_ORG_JOINS = frozenset("of for on and the de & des du".split())


def _org_join(words: list[str], i: int) -> bool:
    """Return True when the lowercase ``words[i]`` joins an organisation's name: after a
    capitalised organisation word and "of", "for" or "on", and capitalised words or other
    connectives up to it, before a capitalised word ("National Academies of Sciences,
    Engineering and Medicine")."""
    k = i
    while k < len(words) - 1 and words[k].lower() in _ORG_JOINS and words[k][0].islower():
        k += 1
    if k == i or not words[k][0].isupper():
        return False
    if any(w.lower().strip(".,") in TITLES for w in words[k:]):
        return False  # "Council on American-Islamic Relations Executive Director Nihad Awad"
    for j in range(i, 0, -1):
        w = words[j]
        if w[0].islower() and w in ("of", "for", "on"):
            prev = words[j - 1]
            if prev[0].isupper() and prev.lower().strip(".,") in ORGANISATION_CUES:
                return True
        if w[0].islower() and w not in _ORG_JOINS:
            return False
    return False


def is_organisation(text: str) -> bool:
    """Return True when the words of ``text`` mark an organisation ("the Kremlin", "CNN")."""
    words = [w.lower().strip(".,'") for w in text.split()]
    if not words:
        return False
    if words[-1] in ORGANISATION_CUES:
        return True
    tokens = text.split()
    if any(_org_join(tokens, i) for i, w in enumerate(tokens) if w in _ORG_JOINS):
        return True  # "University of Michigan", "Center for Responsive Politics"
    return len(words) == 1 and text.isupper() and len(text) >= 2


def gender_of(first: str) -> str | None:
    """Return "f", "m" or None from a first name."""
    first = first.lower()
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


_PRONOUN_GENDER = {"he": "m", "she": "f"}
POSSESSIVE_END = re.compile(r"['’]s?$")  # "Obama's", "Sanders'", "Sanders’"


# What opens a sentence: the text's start, a line break, or the end of a sentence before it
_SENTENCE_OPEN = re.compile(r"(?:^|\n|[.!?:;][\"'’”)]*\s+)[\"'‘“(]*$")
_QUANTIFIERS = frozenset(
    "another both each either neither someone somebody everyone everybody nobody none others "
    "some many several most all few".split()
)
_WORD_ENDING = re.compile(r"(?:ly|ed|ing|ier)$")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")  # one plain capitalised word
_LOWER_WORD = re.compile(r"(?<![\w'’.])([a-z]+)(?![\w'’])")  # a plain lowercase word
# After a dateline's place: its state, a date, the agency, then a dash ("FLINT, Mich., Oct. 4
# (UPI) —", "PHILADELPHIA (AP) —", "WASHINGTON —")
_DATELINE_REST = re.compile(
    r"(?:,\s*(?:[A-Z][\w.]*\s?){1,3},?)?(?:\s*[A-Z][a-z]{2,3}\.?\s+\d{1,2},?)?"
    r"\s*(\([A-Z][\w ]{1,12}\))?\s*([—–]|--?)"
)


def dateline_at(masked: str, start: int, end: int) -> int | None:
    """Return where the text after the dateline starting at ``start`` begins, if ``start`` opens a
    paragraph with a place ending at ``end`` followed by a dateline's dash; else None."""
    if start > 0 and masked[start - 1] != "\n":
        return None
    m = _DATELINE_REST.match(masked, end)
    if m is None:
        return None
    place = masked[start:end]
    if not (place.isupper() or m.group(1)):
        return None  # "Jason Sims — a teacher from ... — says": an aside, no dateline
    return m.end()


# Titles that give a person's gender ("Mrs. Clinton" is not Bill)
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_AFTER_PREPOSITION = re.compile(r"\b(?:of|at|from|for|in)\s+$")
# "JAKE TAPPER: ...", "FALLIN: ...": a transcript's speaker label opening a paragraph
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,2}):\s")
# a full stop ending a sentence, not an abbreviation's ("Former Rep. Chris Shays", "G.K. Roe")
_SENTENCE_END = re.compile(
    r"(?<!\b(?:Mr|Ms|Dr|Sr|Jr|St|Lt))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Adm|Rev))"
    r"(?<!\b(?:Capt|Prof|Pres|Cmdr))(?<!\b[A-Z])\.(?= )"
)
_AFTER_THE = re.compile(r"\b[Tt]he\s+$")
# "including Al Qaeda, which has gained strength": a name a relative "which" follows is a
# thing; "who" follows a person
_MIXED_RELATIVE_AFTER = re.compile(r"\s*,\s*(which|who)\b")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# the last word of a place, an event or a programme ("Rust Belt", "Aral Sea", "Cold War",
# "Election Day", "Social Security"), and the first word of a place ("San Antonio")
_THING_ENDS = frozenset(
    "war wars belt sea ocean gulf asia africa europe security act "
    "amendment agreement partnership treaty accord doctrine crisis revolution summit point".split()
)
_PLACE_STARTS = frozenset("san santa los las fort mount lake saint port".split())


def _person_like(tokens: list[str], after_the: bool) -> bool:
    """Return False when the name ``tokens`` (two or more) reads as no person: a party or
    nationality word last ("Iowa Republican", "Senate Democrats", "United States"), a place or
    an event, or a name the article only writes after "the" ("the Vietnam War")."""
    last = tokens[-1].lower()
    if last in DEMONYMS or last.rstrip("s") in DEMONYMS or last in _THING_ENDS:
        return False
    if tokens[0].lower() in _PLACE_STARTS:
        return False
    return not after_the or tokens[0].lower() in _FIRST_NAMES


def _mixed_things(masked: str, found: list[tuple]) -> set[str]:
    """Return the names ``found`` that a relative "which" follows and "who" never does:
    things ("Al Qaeda, which in his view has gained strength"), whatever their shape, that no
    "he" or "his" may mean."""
    which, who = set(), set()
    for _, name, _, end in found:
        m = _MIXED_RELATIVE_AFTER.match(masked, end)
        if m is not None:
            (which if m.group(1) == "which" else who).add(name)
    return which - who


# Clearly no person's name: a compass point or "New" before one word ("West Virginia", "New
# Hampshire"), a country's or a capital's initials ("Priorities USA", "Washington D.C."), or
# a last word that names a group or a trade ("Citizens United", "Patriot Coal")
# Conjunctions that open a sentence before its subject's name ("But Hale also struck ...")
_OPENERS = frozenset("but and so yet then still now when while if though although".split())
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")  # "Obama's", "Sanders’", not "Lyin'"
_PLACE_FIRST = frozenset("north south east west new".split())
_NO_PERSON_WORDS = frozenset("USA U.S. U.S.A. D.C.".split())
_GROUP_LAST = frozenset("action united central coal".split())


def _no_person(tokens: list[str]) -> bool:
    """Return True when the name ``tokens`` clearly names a place or a group, no person."""
    return (
        (len(tokens) == 2 and tokens[0].lower() in _PLACE_FIRST)
        or any(t in _NO_PERSON_WORDS for t in tokens)
        or tokens[-1].lower() in _GROUP_LAST
    )


_PAIR = re.compile(rf"({NAME})\s+and\s+({NAME})")


class Resolver:
    """Keeps the article's entities and maps each mention to a canonical name."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.positions: list[int] = []  # sorted offsets of mentions, for pronoun recency
        self.mentioned: list[Entity] = []  # the entity mentioned at each of those offsets
        self.by_token: dict[str, Entity] = {}  # a name token -> the full name it stands for
        # a name token -> (offset, entity) of each full name holding it, in article order
        self.full_at: dict[str, list[tuple[int, Entity]]] = {}
        self.masked = ""
        self._lower_words: frozenset[str] | None = None  # the article's lowercase words
        self._things: set[str] = set()  # names only ever followed by ", which"

    def _pair_before(self, at: int) -> str | None:
        """Return "A and B" for the last two persons joined by "and" shortly before ``at``."""
        window = self.masked[max(0, at - 250) : at]
        last = None
        for m in _PAIR.finditer(window):
            last = m
        if last is None:
            return None
        names = []
        for part in (last.group(1), last.group(2)):
            name = strip_titles(part)[0]
            ent = self.entities.get(name) or (
                self._find_full(name, at) if " " not in name else None
            )
            if ent is None or ent.kind != "person":
                return None
            names.append(ent.name)
        return " and ".join(names)

    def register_names(self, masked: str) -> None:
        """Record every full name written outside quotes, and where each entity is mentioned."""
        self.masked = masked
        self._lower_words = None
        found = []
        for m in _NAME_RE.finditer(masked):
            raw = m.group()
            if not _name_ok(raw):
                # "But Hale also struck ...": the name after a sentence-opening conjunction
                opener, _, raw = raw.partition(" ")
                if opener.lower() not in _OPENERS or not raw or not _name_ok(raw):
                    continue
            name, titles = strip_titles(raw)
            name = POSSESSIVE_END.sub("", name)  # "Bernie Sanders’ campaign": Bernie Sanders
            tokens = name.split()
            while len(tokens) > 1 and tokens[-1].lower() in _NOT_NAMES:
                tokens.pop()  # "Trump Wednesday said": a weekday after the name
            while len(tokens) > 1 and tokens[0].lower() in STOPWORDS:
                tokens.pop(0)  # "What Sanders wants": a sentence-initial word
            tokens = self._trim(tokens, m.start())
            name = " ".join(tokens)
            if dateline_at(masked, m.start(), m.end()):
                continue  # "DES MOINES, Iowa —": a place
            found.append((m.start(), name, titles, m.end()))
        # a name only ever written after "the" is a thing ("the United States", "the Cold War")
        the = {at for at, *_ in found if _AFTER_THE.search(masked, max(0, at - 4), at)}
        after_the = {name for at, name, *_ in found if at in the}
        after_the -= {name for at, name, *_ in found if at not in the}
        self._things = _mixed_things(masked, found)
        for at, name, titles, _ in found:
            tokens = name.split()
            if (
                len(tokens) < 2
                or is_organisation(name)
                or tokens[-1].lower() in TITLES
                or tokens[-1].lower() in PLACE_NOUNS  # "the East Room": no person
            ):
                continue
            ent = self.entities.get(name)
            if ent is None:
                g = gender_of(tokens[0])
                if "mr" in titles:
                    g = "m"
                elif "mrs" in titles or "ms" in titles:
                    g = "f"
                elif g is None:  # "Assemblywoman Claudia Tenney", "Congressman Dan Price"
                    g = next((_noun_gender(t) for t in sorted(titles) if _noun_gender(t)), None)
                # a place, an event, a party's members: its last word still stands for it
                # ("Sun-Times"), but no pronoun means it
                kind = (
                    "person"
                    if _person_like(tokens, name in after_the and not titles)
                    and name not in self._things
                    and not _no_person(tokens)
                    else "unknown"
                )
                ent = Entity(name, kind, set(), g)
                self.entities[name] = ent
                for i, tok in enumerate(tokens):
                    if i == len(tokens) - 1 or tok not in self.by_token:
                        self.by_token[tok] = ent
            ent.titles |= titles
            # a surname alone stands for the latest full name before it
            self.full_at.setdefault(tokens[-1], []).append((at, ent))
        for at, name, *_ in found:
            ent = self.entities.get(name)
            if ent is None and " " not in name:
                ent = self._find_full(name, at)
            if ent is not None and _AFTER_PREPOSITION.search(masked, max(0, at - 6), at):
                continue  # "chairman of America Rising": an object, rarely a pronoun's antecedent
            if ent is not None:
                self.positions.append(at)
                self.mentioned.append(ent)

    def _trim(self, tokens: list[str], at: int) -> list[str]:
        """Return the name ``tokens`` (written at ``at``) without a possessive's noun ("Sanders’
        Medicare": Sanders) or a sentence-opening word that the article also writes in
        lowercase and that is no first name ("Can Sanders take a punch?", "Top Sanders aides")."""
        for i, tok in enumerate(tokens[:-1]):
            if _POSSESSIVE.search(tok):
                rest = tokens[i + 1 :]
                if len(rest) > 1 and _person_like(rest, False):
                    return rest  # "National Review's Ian Tuttle": the person after it
                tokens = tokens[:i] + [POSSESSIVE_END.sub("", tok)]
                break
        if (
            len(tokens) > 1
            and tokens[0].lower() not in _FIRST_NAMES
            and _person_like(tokens[1:], False)  # not "Oversight Committee Republicans"
            and _SENTENCE_OPEN.search(self.masked, max(0, at - 40), at)
        ):
            if self._lower_words is None:  # read once per article
                self._lower_words = frozenset(_LOWER_WORD.findall(self.masked))
            if tokens[0].lower() in self._lower_words:
                tokens = tokens[1:]
        return tokens

    def _sentence_subject(self, at: int) -> Entity | None:
        """Return the person named first in the sentence of ``at``, when it opens the sentence."""
        lo = max(0, at - _WINDOW)  # a sentence start further back is no subject of "he"
        ends = [e.start() for e in _SENTENCE_END.finditer(self.masked, lo, at)]
        s0 = max(ends[-1] if ends else -1, self.masked.rfind("\n", lo, at), lo - 1) + 1
        k = bisect.bisect_left(self.positions, s0)
        if k >= len(self.positions) or self.positions[k] >= at:
            return None
        head = self.masked[s0 : self.positions[k]].split()
        if len(head) > 1 or self.mentioned[k].kind != "person":
            return None  # not the subject ("In May, ...", "the campaign's attorney, X")
        if bisect.bisect_left(self.positions, at) - k < 2:
            return None  # the only name before the pronoun: recency agrees anyway
        return self.mentioned[k]

    def _recent(self, at: int):
        """Yield the entities mentioned before ``at``, latest first."""
        k = bisect.bisect_left(self.positions, at)
        for i in range(k - 1, -1, -1):
            yield self.mentioned[i]

    def _find_full(
        self, token: str, at: int | None = None, gender: str | None = None
    ) -> Entity | None:
        """Return the full name ``token`` stands for: the latest one written before ``at``
        ("Clinton" after "Bill Clinton" is Bill, after "Hillary Clinton" is Hillary); with a
        ``gender`` from a title ("Mrs. Clinton"), the latest one not of the other gender."""
        full = self.full_at.get(token)
        if full and at is not None:
            k = bisect.bisect_left(full, at, key=lambda f: f[0])
            if gender is not None:
                before = [e for _, e in full[:k]] or [full[0][1]]
                for ent in reversed(before):
                    if ent.gender in (None, gender):
                        return ent
            return full[k - 1][1] if k > 0 else full[0][1]
        return self.by_token.get(token)

    def resolve(self, mention: Mention, at: int) -> tuple[str, str] | None:
        """Return (canonical name, speaker type) of ``mention`` and note it as the latest one.

        Return None when the "name" is no speaker at all: a dateline ("SELMA, N.C. —") or an
        ordinary word that opens its sentence ("Instead, ...", "Chastened by ..."); such a claim
        is better left without a speaker than pinned on a word.
        """
        if mention.kind == "relative" and mention.refers is not None:
            return self.resolve(mention.refers, at)
        text = mention.text
        if mention.kind != "pronoun" and (c := _PRONOUN_CONTRACTION.fullmatch(text + " ")):
            # "She’ll be eager to", "I'm told": a pronoun, not a name
            if _PASSIVE_TOLD.match(self.masked, mention.end):
                return None  # "I'm told Ryan considered ...": the subject heard it
            pron = c.group(1)
            return self.resolve(
                Mention(mention.start, mention.start + len(pron), pron, "pronoun"), at
            )
        if mention.kind in ("name", "description") and self.no_speaker(mention):
            return None
        if mention.kind == "pronoun":
            low = text.lower()
            want = _PRONOUN_GENDER.get(low)
            if low in ("i", "we"):
                # outside quotes "I" and "we" are the writer ("Like President Obama, I believe
                # ...", "Yes, we know that ..."), no one named before them; in a transcript,
                # the paragraph's label ("FALLIN: I think")
                p0 = self.masked.rfind("\n", 0, at) + 1
                if (label := _TRANSCRIPT_LABEL.match(self.masked, p0, at)) is not None:
                    word = label.group(1).split()[-1].title()
                    ent = self._find_full(word, at)
                    if ent is not None and ent.kind == "person":
                        return ent.name, "person"
                    return label.group(1), "person"
                return text, "person" if low == "i" else "unknown"
            if low in ("he", "she"):
                subj = self._sentence_subject(at)
                if subj is not None and (want is None or subj.gender in (None, want)):
                    # "Bush went after Trump ..., when he called ...". Its gender is not learnt
                    # from the pronoun (tried: one wrong subject then spoilt a later "she")
                    self._note(at, subj)
                    return subj.name, "person"
                nearest = True
                for ent in self._recent(at):
                    if ent.kind == "person" and (want is None or ent.gender in (None, want)):
                        if want and ent.gender is None and nearest:
                            # (not learnt past another person: "After he gave her an answer
                            # about Ohio, she said" is no woman named before him)
                            ent.gender = want
                        self._note(at, ent)
                        return ent.name, "person"
                    nearest = nearest and ent.kind != "person"
                return text, "person"
            if low == "they" and (pair := self._pair_before(at)) is not None:
                return pair, "person"  # "Xi and Putin met ..., after which they announced"
            for ent in self._recent(at):
                if ent.kind == "organisation" or (low == "it" and ent.name in self._things):
                    # "a company called Acme Labs, which builds what it calls ...": "it" is
                    # the thing a "which" followed
                    return ent.name, "organisation"
            return text, "unknown"
        if mention.kind == "description":
            words = [w.lower().strip(".,") for w in text.split()]
            head = words[-1]
            if head in TITLES and words[0] in ("the", "this"):
                mods = set(words[1:-1])
                for ent in self._recent(at):
                    if (
                        ent.kind == "person"
                        and head in ent.titles
                        and mods
                        <= ent.titles
                        | {
                            "former",
                            "then",
                        }
                    ):
                        self._note(at, ent)
                        return ent.name, "person"
            held = _HELD_ROLE.match(text)
            if held is not None and held.group(2).lower() in TITLES:
                # "The station manager at BBC Radio Bristol": a person a later "she" can mean
                ent = self.entities.setdefault(
                    text,
                    Entity(text, "person", {held.group(2).lower()}, _noun_gender(held.group(2))),
                )
                self._note(at, ent)
                return ent.name, "person"
            if is_organisation(text) or head in ORGANISATION_CUES:
                name = _LEADING_THE.sub("", text)
                ent = self.entities.setdefault(name, Entity(name, "organisation"))
                self._note(at, ent)
                return name, "organisation"
            return text, "unknown"
        words = text.split()
        lower = [
            i
            for i, w in enumerate(words)
            if w[0].islower() and not _org_join(words, i)  # "the University of Michigan"
        ]
        if lower and lower[-1] < len(words) - 1:
            text = " ".join(words[lower[-1] + 1 :])  # "Stein spokeswoman Melezia Figueroa"
        if is_organisation(text):
            # "the State Department", "Democratic Party": "State" and "Democratic" are no titles
            name, titles = text, set()
        else:
            name, titles = strip_titles(text)
        name = POSSESSIVE_END.sub("", name)  # "Sanders' call for ...": Sanders
        if is_organisation(name) or (len(name.split()) == 1 and name.lower() in ORGANISATION_CUES):
            ent = self.entities.setdefault(name, Entity(name, "organisation"))
            self._note(at, ent)
            return name, "organisation"
        ent = self.entities.get(name)
        if ent is None and len(name.split()) == 1:
            # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the woman
            ent = self._find_full(
                name, at, _TITLE_GENDER.get(next(iter(titles & set(_TITLE_GENDER)), ""))
            )
        if ent is None:
            kind = (
                "person"
                if _person_like(name.split(), False) and name not in self._things
                else "unknown"
            )
            ent = Entity(name, kind, set(titles), gender_of(name.split()[0]))
            self.entities[name] = ent
        ent.titles |= titles
        self._note(at, ent)
        return ent.name, ent.kind

    def no_speaker(self, mention: Mention) -> bool:
        """Return True when the name ``mention`` is a dateline or a sentence-opening word."""
        masked = self.masked
        if not masked or masked[mention.start : mention.end] != mention.text:
            return False
        if dateline_at(masked, mention.start, mention.end):
            return True
        word = mention.text
        if not _SENTENCE_OPEN.search(masked, max(0, mention.start - 40), mention.start):
            return False  # (a window: a search from 0 on every mention was quadratic)
        words = word.lower().split()
        if words[0] in _DET_SET or words[0] in _QUANTIFIERS or words[0] in ("a", "you"):
            return False  # "Another said", "Both think", "A few said"
        if all(w in STOPWORDS or w in _NOT_NAMES for w in words):
            return True  # "Until Friday, ...", "Does the candidate ...": no name in it
        if not _PLAIN_WORD.fullmatch(word):
            return False  # not "BuzzFeed", "CNN", "State's", "Mr. Smith", "the voters"
        low = word.lower()
        if (
            low in PRONOUNS
            or low in SOURCE_NOUNS
            or low in ORGANISATION_CUES
            or low in TITLES
            or low in DEMONYMS
            or word in self.by_token
            or word in self.full_at
            or masked.startswith(":", mention.end)
        ):
            return False  # "Police said", "Trump said", "Poll: ...": a subject
        if low.endswith("s"):
            return False  # "Critics", "Voters": a subject
        if _WORD_ENDING.search(low):
            return True  # "Chastened by ...", "Walking to ...", "Earlier in ..."
        # a word the article also writes in lowercase is a word, not a name ("Absent a ...")
        if self._lower_words is None:  # read once per article, not once per mention
            self._lower_words = frozenset(_LOWER_WORD.findall(masked))
        return low in self._lower_words

    def note_person(self, at: int, name: str) -> None:
        """Record a mention of a known entity at ``at`` (for pronoun recency)."""
        ent = self.entities.get(name)
        if ent is not None:
            self._note(at, ent)

    def _note(self, at: int, ent: Entity) -> None:
        k = bisect.bisect_left(self.positions, at)
        if k < len(self.positions) and self.positions[k] == at:
            self.mentioned[k] = ent
            return
        self.positions.insert(k, at)
        self.mentioned.insert(k, ent)
