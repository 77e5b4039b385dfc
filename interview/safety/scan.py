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
    triggers = {
        name: [s for s in _spans(clause, pattern) if not _blocked(s, pseudo, taken)]
        for name, pattern in (
            ("forward", lexicon.forward),
            ("determiner", lexicon.determiner),
            ("backward", lexicon.backward),
        )
    }
    stops = _spans(clause, lexicon.terminate)
    frames = _spans(clause, lexicon.frames)
    starts = {span.start for span in taken}
    for span, category in targets:
        words = clause.words[span.start : span.end]
        start, end = words[0].start, words[-1].end
        phrase = " ".join(w.text for w in words)
        negation = _negation(clause, span, triggers, stops, starts, lexicon, taken)
        if negation is not None:
            first, last = clause.words[negation.start], clause.words[negation.end - 1]
            denials.append(
                Denial(phrase, text[start:end], category, text[first.start : last.end], start, end)
            )
            continue
        others = any(f.end <= span.start for f in frames) or lexicon.others_words.search(phrase)
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
    for span, category in found:
        if not any(span.overlaps(other) for other, _ in chosen):
            chosen.append((span, category))
    return sorted(chosen, key=lambda f: f[0].start)


def _spans(clause: Clause, pattern: re.Pattern[str]) -> list[_Span]:
    return [
        _Span(*clause.word_span(m.start(), m.end()))
        for m in pattern.finditer(clause.joined)
        if m.end() > m.start()
    ]


def _blocked(trigger: _Span, pseudo: list[_Span], targets: list[_Span]) -> bool:
    """A trigger inside a pseudo-trigger ("not sure") or a target ("I don't want to live") is none."""
    return any(trigger.overlaps(other) for other in (*pseudo, *targets))


def _negation(
    clause: Clause,
    target: _Span,
    triggers: dict[str, list[_Span]],
    stops: list[_Span],
    target_starts: set[int],
    lexicon: Lexicon,
    targets: list[_Span],
) -> _Span | None:
    """The trigger whose scope covers the target, if any."""
    words = [w.text for w in clause.words]
    for name, window in (("forward", lexicon.forward_window), ("determiner", lexicon.determiner_window)):
        for trigger in triggers[name]:
            between = range(trigger.end, target.start)
            # the words of other targets do not count: "no thoughts of self-harm or suicide" is a list
            distance = sum(1 for i in between if not any(t.start <= i < t.end for t in targets))
            if trigger.end > target.start or distance > window:
                continue
            if _interrupted(between, words, stops, target_starts):
                continue
            if name == "determiner" and any(words[i] in _PRONOUNS for i in between):
                continue
            return trigger
    for trigger in triggers["backward"]:
        between = range(target.end, trigger.start)
        in_reach = trigger.start >= target.end and len(between) <= lexicon.backward_window
        if in_reach and not any(words[i] == "," for i in between) and not _stopped(between, stops):
            return trigger
    return None


def _interrupted(between: range, words: list[str], stops: list[_Span], target_starts: set[int]) -> bool:
    """A terminator, or a comma not followed at once by another target, ends a forward scope."""
    if _stopped(between, stops):
        return True
    return any(words[i] == "," and i + 1 not in target_starts for i in between)


def _stopped(between: range, stops: list[_Span]) -> bool:
    return any(between.start <= s.start < between.stop for s in stops)
