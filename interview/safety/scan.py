"""Risk in free text, ConText style: targets by category, denials by the scope of their negation.

Every typed line is scanned (clinical-rules §14: a risk cue in free text starts the screener). A target
("saving my tablets", "SI", "kms") inside the scope of a negation ("denies SI", "I would never take an
overdose") is a denial: recorded and shown to the clinician, but it starts nothing. A scope ends at
"but" and its kind, or at a comma not followed at once by another target, so "I'm not suicidal but
I've been saving my tablets" is a denial and a cue. Idioms are pseudo-targets ("killed myself
laughing"). Written here rather than with medspacy or negspacy: both need spaCy (about 0.3 GB installed,
about 1 s to import) for the one part they would do, the scope of a negation; see README.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from interview.safety.clauses import MAX_SCAN_CHARS, Clause, clauses
from interview.safety.lexicon import CATEGORIES, THIRD_PARTY, Lexicon, default_lexicon

_PRONOUNS = frozenset({"i", "im", "ive", "id", "ill", "me", "he", "she", "they", "we", "you", "hes", "shes"})


@dataclass(frozen=True)
class Cue:
    """A risk statement found in a text."""

    phrase: str
    """The words as understood (lower case, typos corrected): "want to die"."""
    matched: str
    """The words as typed: "i wnat to die"."""
    category: str = "ideation"
    """ideation, intent, plan, preparation, attempt, self_harm, passive, or third_party."""
    concerns: str = "ideation"
    """The category of what was said; differs from `category` only for third_party."""
    start: int = 0
    end: int = 0
    """Where `matched` is in the text."""


@dataclass(frozen=True)
class Denial:
    """A risk statement that was denied ("denies SI"): recorded, shown, starts no screener."""

    phrase: str
    matched: str
    category: str
    """What was denied: the category the statement would have had."""
    negation: str
    """The words that deny it, as typed: "denies"."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class RiskScan:
    """What a scan found in one line: risk cues and denials, in order of appearance."""

    cues: tuple[Cue, ...]
    denials: tuple[Denial, ...]
    truncated: bool
    """Whether the line was longer than MAX_SCAN_CHARS (only its start was scanned)."""

    def to_json(self) -> dict[str, object]:
        """A plain dict for printing as JSON."""
        return {
            "cues": [asdict(cue) for cue in self.cues],
            "denials": [asdict(denial) for denial in self.denials],
            "truncated": self.truncated,
            "scanned_chars": MAX_SCAN_CHARS,
        }


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    """Words [start, end) of a clause."""

    def overlaps(self, other: _Span) -> bool:
        return self.start < other.end and other.start < self.end


def scan_risk(text: str, lexicon: Lexicon | None = None) -> RiskScan:
    """Every risk cue and denial in `text` (its first MAX_SCAN_CHARS characters)."""
    lexicon = lexicon or default_lexicon()
    cues: list[Cue] = []
    denials: list[Denial] = []
    for clause in clauses(text, lexicon.canonical):
        _scan_clause(clause, text, lexicon, cues, denials)
    return RiskScan(tuple(cues), tuple(denials), len(text) > MAX_SCAN_CHARS)


def _scan_clause(clause: Clause, text: str, lexicon: Lexicon, cues: list[Cue], denials: list[Denial]) -> None:
    targets = _targets(clause, lexicon)
    _statements(clause, text, lexicon, [span for span, _ in targets], denials)
    if not targets:
        return
    taken = [span for span, _ in targets]
    pseudo = _spans(clause, lexicon.pseudo_negation)
    occupied = _occupied(len(clause.words), [*pseudo, *taken])
    triggers = {
        name: [s for s in _spans(clause, pattern) if not any(occupied[s.start : s.end])]
        for name, pattern in (
            ("forward", lexicon.forward),
            ("determiner", lexicon.determiner),
            ("backward", lexicon.backward),
        )
    }
    stops = _spans(clause, lexicon.terminate)
    first_frame_end = min((f.end for f in _spans(clause, lexicon.frames)), default=len(clause.words) + 1)
    scope = _Scope(clause, taken, stops, triggers)
    for span, category in targets:
        words = clause.words[span.start : span.end]
        start, end = words[0].start, words[-1].end
        phrase = " ".join(w.text for w in words)
        negation = _negation(span, triggers, scope, lexicon)
        if negation is not None:
            first, last = clause.words[negation.start], clause.words[negation.end - 1]
            denials.append(
                Denial(phrase, text[start:end], category, text[first.start : last.end], start, end)
            )
            continue
        others = first_frame_end <= span.start or lexicon.others_words.search(phrase)
        shown = THIRD_PARTY if others else category
        cues.append(Cue(phrase, text[start:end], shown, category, start, end))


def _statements(
    clause: Clause, text: str, lexicon: Lexicon, targets: list[_Span], denials: list[Denial]
) -> None:
    """Denials said outright ("I do want to live"), unless a target overlaps ("I don't want to live")."""
    for statement in lexicon.statements:
        for span in _spans(clause, statement.pattern):
            if not any(span.overlaps(t) for t in targets):
                words = clause.words[span.start : span.end]
                start, end = words[0].start, words[-1].end
                phrase = " ".join(w.text for w in words)
                denials.append(
                    Denial(phrase, text[start:end], statement.category, text[start:end], start, end)
                )


def _targets(clause: Clause, lexicon: Lexicon) -> list[tuple[_Span, str]]:
    """The targets of a clause: longest first, then strongest; none inside an idiom."""
    idioms = _spans(clause, lexicon.pseudo_targets)
    found: list[tuple[_Span, str]] = []
    for target in lexicon.targets:
        for span in _spans(clause, target.pattern):
            if not any(i.start <= span.start and span.end <= i.end for i in idioms):
                found.append((span, target.category))
    found.sort(key=lambda f: (f[0].start - f[0].end, CATEGORIES.index(f[1]), f[0].start))
    chosen: list[tuple[_Span, str]] = []
    taken = [False] * len(clause.words)
    for span, category in found:
        if not any(taken[span.start : span.end]):
            chosen.append((span, category))
            taken[span.start : span.end] = [True] * (span.end - span.start)
    return sorted(chosen, key=lambda f: f[0].start)


def _spans(clause: Clause, pattern: re.Pattern[str]) -> list[_Span]:
    return [
        _Span(*clause.word_span(m.start(), m.end()))
        for m in pattern.finditer(clause.joined)
        if m.end() > m.start()
    ]


def _occupied(size: int, spans: list[_Span]) -> list[bool]:
    """Which words lie in any of the spans: a trigger there is none ("not sure", "I don't want to live")."""
    flags = [False] * size
    for span in spans:
        flags[span.start : span.end] = [True] * (span.end - span.start)
    return flags


class _Scope:
    """Counts over a clause's words, so that whether a scope reaches a target costs O(1)."""

    def __init__(
        self, clause: Clause, targets: list[_Span], stops: list[_Span], triggers: dict[str, list[_Span]]
    ) -> None:
        self.ends = {name: [t.end for t in found] for name, found in triggers.items()}
        self.backward_starts = [t.start for t in triggers["backward"]]
        words = [w.text for w in clause.words]
        in_target = [False] * len(words)
        starts = set()
        for t in targets:
            starts.add(t.start)
            for i in range(t.start, t.end):
                in_target[i] = True
        stop_starts = {s.start for s in stops}
        self.free = _prefix(not flag for flag in in_target)
        """Words outside targets: the words of a list of targets do not count towards a window."""
        self.forward_breaks = _prefix(
            i in stop_starts or (w == "," and not _listed(words, i, starts)) for i, w in enumerate(words)
        )
        """Terminators, and commas not followed by another target of the same list ("denies SI,
        self-harm", "denies SI, HI, or self-harm")."""
        self.backward_breaks = _prefix(i in stop_starts or w == "," for i, w in enumerate(words))
        self.pronouns = _prefix(w in _PRONOUNS for w in words)

    @staticmethod
    def count(prefix: list[int], start: int, end: int) -> int:
        """How many of the counted words lie in [start, end)."""
        return prefix[end] - prefix[start]


_LIST_WORDS = frozenset(
    {",", "or", "and", "nor", "hi", "homicidal", "ideation", "thoughts", "of", "any", "no"}
)
"""Words a clinician's list of denied items may hold between two targets ("SI, HI, or self-harm")."""


def _listed(words: list[str], comma: int, starts: set[int]) -> bool:
    """Whether another target follows the comma within a short list ("SI, HI, or self-harm")."""
    for j in range(comma + 1, min(comma + 6, len(words))):
        if j in starts:
            return True
        if words[j] not in _LIST_WORDS:
            return False
    return False


def _prefix(flags: Iterable[bool]) -> list[int]:
    sums = [0]
    for flag in flags:
        sums.append(sums[-1] + flag)
    return sums


def _negation(
    target: _Span, triggers: dict[str, list[_Span]], scope: _Scope, lexicon: Lexicon
) -> _Span | None:
    """The trigger whose scope covers the target, if any (the nearest ones are tried first)."""
    for name, window in (("forward", lexicon.forward_window), ("determiner", lexicon.determiner_window)):
        candidates = triggers[name]  # in order of their starts, so of their ends too (no overlaps)
        for trigger in reversed(candidates[: bisect_right(scope.ends[name], target.start)]):
            if scope.count(scope.free, trigger.end, target.start) > window:
                break
            if scope.count(scope.forward_breaks, trigger.end, target.start):
                break
            if name == "determiner" and scope.count(scope.pronouns, trigger.end, target.start):
                break
            return trigger
    backward = triggers["backward"]
    for trigger in backward[bisect_left(scope.backward_starts, target.end) :]:
        if trigger.start - target.end > lexicon.backward_window:
            break
        if not scope.count(scope.backward_breaks, target.end, trigger.start):
            return trigger
    return None
