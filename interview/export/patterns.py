"""Identifiers with a recognizable shape: emails, URLs, IPs, phones, SSNs, ids, dates, ages, addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from interview.export.spans import Span
from interview.export.spoken import TOP_LEVEL_DOMAINS

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_UNITS = (
    r"mg|mcg|µg|ug|ml|g|kg|lbs?|%|mmhg|mmol|points?|sessions?|weeks?|months?|days?|years?|hours?|"
    r"minutes?|times?|tablets?|capsules?|x"
)
_PREPOSITION = (
    r"(?:on|since|from|until|till|by|before|after|around|about|over|during|of|is|was|be|been|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_NOT_A_DAY_AFTER = (
    r"time|times|century|floor|grade|year|week|day|month|one|person|attempt|session|dose|place|step|try|"
    r"anniversary|birthday|child|baby|trial|drug|round|admission|episode|to|in|of|one|ones|thing|"
    r"things|choice|option|line|visit|appointment|go|generation|born|wife|husband|job|sign|letter|"
    r"date|cousin|dog|cat|car|house|flat|question|part|half|stage|level|last|best|worst|most|few|"
    r"that|who|which|since|ever"
)
"""Words after "the third" that make it a rank ("the third time", "the first to notice"), not a day."""


_Trie = dict[str, "_Trie"]
"""Words to the words that may follow them; the key "" marks where a phrase may end."""


def _phrase_trie(phrases: list[str]) -> str:
    """One regular expression for many phrases, sharing their first words ("new year", "new year's eve"):
    each word is tried once per position instead of once per phrase."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = []
    for word in sorted((w for w in node if w), key=len, reverse=True):
        child = node[word]
        piece = re.escape(word).replace("'", "['’]?")
        rest = _trie_pattern(child) if any(child) else ""
        if rest:
            piece += rf"(?:\s+{rest})" + ("?" if "" in child else "")
        branches.append(piece)
    return "(?:" + "|".join(branches) + ")" if branches else ""


_HOLIDAYS = _phrase_trie(
    [
        line
        for line in resources.files("interview.export")
        .joinpath("data/holidays.txt")
        .read_text("utf-8")
        .splitlines()
        if line and not line.startswith("#")
    ]
)
_HOSPITAL = re.compile(
    r"\b(?:(?:st|saint)\.?\s+[a-z][\w'’-]{1,30}"
    r"|(?!(?:the|a|an|my|our|your|his|her|their|this|that|local|nearest|main|same|old|new|big|private)\s)"
    r"[a-z][\w'’-]{1,30}\s+(?:general|royal|district|community|university|memorial|county|city|children's|"
    r"women's|teaching))\s+(?:hospital|infirmary|clinic|surgery|medical\s+cent(?:re|er)|health\s+cent(?:re|er)|"
    r"hospice|practice)s?\b",
    re.I,
)
"""Hospitals said in lower case: "st thomas's hospital", "leeds general infirmary" (not "the general
hospital")."""
_STREET_NAMED = re.compile(
    r"\b(?:live|lives|lived|living|moved|move|moving|house|flat|home|address|stay|stays|stayed|staying|"
    r"grew\s+up)\s+(?:on|in|at|to|off|is)\s+"
    r"(?P<id>(?!(?:the|a|an|my|our|your|his|her|their|this|that|same|next|one|another|other)\s)"
    r"(?:[A-Za-z][\w'’-]{1,30}\s+){1,3}(?:street|road|avenue|drive|lane|close|crescent|grove|way|"
    r"court|gardens|terrace|place|square|row|mews|rise|parade|boulevard|walk|hill|park|green|view))\b",
    re.I,
)
"""A street named without its number after a word of living there ("she lives on maple drive")."""
_VEHICLE_PLATE = re.compile(
    r"\b(?i:car|van|bike|motorbike|moped|lorry|truck|reg|registration|plates?)"
    r"(?:\s+(?i:number|no\.?|plate))?\s+(?i:is|was|reads|read|:)?\s*"
    r"(?P<id>(?=[A-Z0-9 ]{0,8}\d)(?=[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}\b)"
    r"(?:[A-Z0-9]{2,4}[ -][A-Z0-9]{2,4}|[A-Z0-9]{5,8}))\b"
)
"""Any plate shape after a vehicle word ("the van was HID 337", "my reg is XJ 5521"): one or two
groups of capitals and digits with a digit in them, five characters or more, so "10 years" is no plate."""

# Each pattern with the kind it finds; the order does not matter (overlaps are merged later). Every
# repeat is bounded, or cannot backtrack, so the time stays linear in the text (issue 16: a string of
# 16,000 characters like '1.1.1...' took 51 s). A named group `id` is the identifier within the match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.I)),
    (
        "EMAIL",
        re.compile(
            r"\b[\w.+-]{1,64}\s{0,3}(?:\[at\]|\(at\))\s{0,3}[\w-]{1,63}"
            r"(?:\s{0,3}(?:\.|\[dot\]|\(dot\))\s{0,3}[\w-]{1,63}){1,8}",
            re.I,
        ),
    ),
    ("EMAIL", re.compile(r"(?<![\w.@])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?", re.I)),  # handles
    ("URL", re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"']+", re.I)),
    ("IP", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
    (
        "IP",
        re.compile(
            r"(?<![\w:])(?=[0-9a-f:]{0,39}[0-9a-f]:)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])", re.I
        ),
    ),
    ("ID", re.compile(r"\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b", re.I)),  # MAC addresses
    ("SSN", re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")),
    (
        "PHONE",
        re.compile(
            r"(?<![\w/.])(?:(?:\+|00)\d{1,3}[\s.-]?|1[\s.-])?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])"
            r"\d{3,4}[\s.-]?\d{3,4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w/])",
            re.I,
        ),
    ),
    ("PHONE", re.compile(r"(?<![\w.])0\d{9,10}(?![\w.])")),  # UK numbers in one run, as read out
    # dates: month names with a day and/or a year, numeric dates, and month names alone
    ("DATE", re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}(?:\s*,?\s*(?:\d{{4}}|'\d\d))?(?!\w)", re.I)),
    (
        "DATE",
        re.compile(
            rf"\b{_PREPOSITION}\s+(?P<id>the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
            rf"(?!\s+(?:{_NOT_A_DAY_AFTER})s?\b)",
            re.I,
        ),
    ),
    ("DATE", re.compile(rf"\b(?:{_HOLIDAYS})\b", re.I)),
    # "the ninth of the ninth": a day and a month both said as ordinals
    ("DATE", re.compile(r"\bthe\s+[0-3]?\d(?:st|nd|rd|th)\s+of\s+the\s+[01]?\d(?:st|nd|rd|th)\b", re.I)),
    ("DATE", re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*\d{{4}})?(?!\w)", re.I)),
    ("DATE", re.compile(rf"\b{_MONTH}\s*,?\s*(?:of\s+)?(?:\d{{4}}|'\d\d)\b", re.I)),
    ("DATE", re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")),
    ("DATE", re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")),
    ("DATE", re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b")),
    (
        "DATE",
        re.compile(
            r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
            r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b"
        ),
    ),
    ("DATE", re.compile(r"(?<![.!?]\s)(?<!^)\bMay\b(?!\s+(?:I|we|you|he|she|they)\b)")),
    ("PLACE", _HOSPITAL),
    # addresses: a street number and a street-type word; unit numbers; ZIP codes
    (
        "ADDRESS",
        re.compile(
            r"\b\d{1,6}\s+(?:[A-Za-z][\w'-]{0,30}\.?\s+){1,4}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|"
            r"boulevard|blvd|court|ct|way|place|pl|terrace|circle|cir|parkway|pkwy|highway|hwy|square|sq|"
            r"crescent|close|row|trail|path|alley|grove|gardens|mews|croft|wynd|vale|meadows)\b\.?",
            re.I,
        ),
    ),
    ("ADDRESS", _STREET_NAMED),
    (
        "ADDRESS",
        re.compile(
            r"\b(?:apt|apartment|suite|ste|unit|flat|room|box|po\s+box|p\.o\.\s+box)\.?\s{0,3}#?\s{0,3}\w{0,20}\d\w{0,20}",
            re.I,
        ),
    ),
    ("ADDRESS", re.compile(r"#\s*\d+\b")),
    ("ADDRESS", re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")),  # state code and ZIP
    ("ZIP", re.compile(r"\b\d{5}(?:-\d{4})?\b")),
    ("ZIP", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),  # UK postcodes
    ("ID", re.compile(r"\b[a-z]{2}\d{2}\s?[a-z]{3}\b", re.I)),  # UK number plates, "mk34pnk" too
    ("ID", _VEHICLE_PLATE),
    # identifiers: long digit runs, and words mixing letters with several digits (not doses with units)
    ("ID", re.compile(rf"\b\d[\d -]{{4,40}}\d\b(?!\s*(?:{_UNITS})\b)", re.I)),
    (
        "ID",
        re.compile(
            r"\b(?:mrn|nhs|record|chart|account|acct|policy|member|licen[cs]e|plate|vin|serial|passport|"
            r"certificate|badge|insurance|fax)\b(?:\s+(?:no\.?|number|num|plate|#|id|is|was|:)){0,3}\s*[:#]?\s*"
            r"(?P<id>(?:[A-Z0-9]{1,5}[ -])?(?=[\w-]{0,40}\d[\w-]{0,40}\d)[\w-]{1,64})",
            re.I,
        ),
    ),
]

_AGE = re.compile(
    r"(?:(?P<pre>\b(?:aged?|age of|turned|turning|died at|at|is|was|reached|now|nearly|almost)|"
    r"(?<=\w)['’]s)\s+(?P<a>9\d|1[0-2]\d)\b(?![.:/-]\d)"
    r"(?!\s*(?:mg|mcg|ml|%|points?|on|of|sessions?|weeks?|months?|days?))"
    r"|\b(?P<b>9\d|1[0-2]\d)(?![.:/-]\d)(?=(?:\s+|-)years?(?:\s+|-)old|\s*(?:yo|y/o|yrs? old)\b))",
    re.I,
)


_DIGIT_WORD = re.compile(r"(?<![\w-])[\w-]*\d[\w-]*")
"""A word with a digit in it (starting only where a word starts, so a long word is scanned once)."""
_DOTTED = re.compile(r"(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>\"']*)?", re.I)
_DOSE = re.compile(rf"[\d.]+(?:{_UNITS})", re.I)
_CODE = re.compile(r"[a-z]+\d+[a-z]+[a-z\d]*|\d+[a-z]+\d+[a-z\d]*", re.I)


_GUARDS: dict[re.Pattern[str], str] = {
    _HOSPITAL: "hospital",
    _STREET_NAMED: "street",
    _VEHICLE_PLATE: "vehicle",
}
"""Patterns that run only when a word of theirs is in the text (see _NEEDS)."""
_NEEDS: dict[str, tuple[str, ...]] = {
    "hospital": ("hospital", "infirmary", "clinic", "surgery", "cent", "hospice", "practice"),
    "street": ("live", "moved", "move", "moving", "house", "flat", "home", "address", "stay", "grew"),
    "vehicle": ("car", "van", "bike", "moped", "lorry", "truck", "reg", "plate"),
}
"""Words (case-folded) one of which a pattern's match contains: where none is in the text, the pattern
is not run (most answers name no hospital, no street and no vehicle)."""


def pattern_spans(text: str) -> Iterator[Span]:
    """Every shaped identifier in the text."""
    has_at = "@" in text or "(at)" in text or "[at]" in text
    folded = text.casefold()
    needed = {name: any(word in folded for word in words) for name, words in _NEEDS.items()}
    for kind, pattern in _PATTERNS:
        if kind == "EMAIL" and not has_at:
            continue  # every email and handle pattern needs an at sign, written or bracketed
        guard = _GUARDS.get(pattern)
        if guard is not None and not needed[guard]:
            continue
        for match in pattern.finditer(text):
            group = "id" if "id" in pattern.groupindex else 0
            start, end = match.start(group), match.end(group)
            while end > start and text[end - 1] in ".,;:)!?'\"":
                end -= 1  # sentence punctuation after a URL or an id is not part of it
            if end > start and not (kind == "ID" and _is_year(match.group())):
                yield Span(start, end, kind)
    yield from _web_addresses(text)
    yield from _mixed_ids(text)


def _web_addresses(text: str) -> Iterator[Span]:
    """Dotted names with a top-level domain after their first label ("nhs.uk", "my-clinic.co.uk/help")."""
    for match in _DOTTED.finditer(text):
        name = match.group().split("/", 1)[0]
        if any(label.casefold() in TOP_LEVEL_DOMAINS for label in name.split(".")[1:]):
            end = match.end()
            while text[end - 1] in ".,;:)!?'\"":
                end -= 1
            yield Span(match.start(), end, "URL")


def _mixed_ids(text: str) -> Iterator[Span]:
    """Words mixing letters with three digits or more (not doses with units: "450mg"), and short codes of
    letters, digits and letters again ("ab12cd", "7x9k2")."""
    for match in _DIGIT_WORD.finditer(text):
        word = match.group()
        digits = sum(c.isdigit() for c in word)
        if _DOSE.fullmatch(word):
            continue
        if (digits >= 3 and any(c.isalpha() for c in word)) or (len(word) >= 5 and _CODE.fullmatch(word)):
            yield Span(match.start(), match.end(), "ID")


def age_spans(text: str) -> Iterator[Span]:
    """Ages over 89, to be written as 90+ (HIPAA Safe Harbor aggregates them)."""
    for match in _AGE.finditer(text):
        group = "a" if match.group("a") else "b"
        yield Span(match.start(group), match.end(group), "AGE", replacement="90+")


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and token[:2] in {"19", "20"}
