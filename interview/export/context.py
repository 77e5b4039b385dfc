"""Names and clinical words told apart by the words around them, where the word alone cannot say.

"my sister star", "star and ruby are my best friends": common words, names here. "my husband opens
the post": a verb after the relation word, not a name. "the Hamilton score", "Beck inventory":
scales named after people, kept. "Mark my words": an idiom, not Mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.export import safelist
from interview.export.spoken import is_number_word
from interview.export.tokens import TITLES, Token
from interview.export.vocabulary import is_clinical

RELATIONS = frozenset(
    {"brother", "sister", "husband", "wife", "son", "daughter", "partner", "boyfriend", "girlfriend"}
    | {"friend", "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "grandson", "granddaughter"}
    | {"fiance", "fiancé", "fiancee", "stepson", "stepdaughter", "ex", "colleague", "boss", "neighbour"}
    | {"neighbor", "twin", "mate", "flatmate", "housemate", "roommate", "stepbrother", "stepsister"}
    | {"grandma", "grandad", "granddad", "grandpa", "granny", "nan", "nana", "gran"}
)
"""Words after which a common word is often a name ("my brother will")."""
ROLES = frozenset(
    {"counsellor", "counselor", "therapist", "psychiatrist", "psychologist", "nurse", "carer", "keyworker"}
    | {"worker", "consultant", "midwife", "visitor", "teacher", "tutor", "coach", "mentor", "sponsor"}
    | {"landlord", "landlady", "manager", "supervisor", "vicar", "priest", "pastor", "imam", "rabbi", "gp"}
    | {"advocate", "solicitor", "lawyer", "physio", "physiotherapist", "dentist", "psych", "coordinator"}
)
"""Professionals whose name may follow them ("my counsellor bev", "my key worker gemma")."""
_ROLE_NOUNS = frozenset(
    {"practitioner", "team", "service", "services", "appointment", "appointments", "session", "sessions"}
    | {"group", "office", "clinic", "surgery", "ward", "unit", "referral", "letter", "report", "notes"}
)
"""Nouns after a role that make one compound noun ("my nurse practitioner", "my therapist's office")."""
_ADVERBS = frozenset(
    {"often", "usually", "sometimes", "always", "never", "rarely", "seldom", "still", "also", "really"}
    | {"just", "even", "barely", "hardly", "occasionally", "normally", "generally", "probably", "actually"}
    | {"literally", "basically", "finally", "eventually", "later", "then", "now", "too", "again", "already"}
    | {"apparently", "obviously", "honestly", "sort", "kind", "definitely", "constantly", "mostly"}
)
"""Words after "my partner" that say how often or how, never a name ("my partner often helps")."""
_NAMING = frozenset({"dr", "doctor", "mr", "mrs", "ms", "called", "named", "nicknamed"})
_FUNCTION = 5.5
"""Words this frequent ("is", "always", "never") follow a relation word as words, not names."""
_VERBS = frozenset(
    [
        "took",
        "came",
        "went",
        "got",
        "drove",
        "left",
        "told",
        "rang",
        "called",
        "said",
        "made",
        "gave",
        "found",
        "broke",
        "lost",
        "kept",
        "brought",
        "bought",
        "thought",
        "felt",
        "saw",
        "sent",
        "spent",
        "stood",
        "sat",
        "ran",
        "won",
        "wrote",
        "began",
        "knew",
        "met",
        "paid",
        "put",
        "read",
        "heard",
        "held",
        "fell",
        "forgot",
        "understood",
        "quit",
        "hit",
        "set",
        "let",
        "cut",
        "became",
        "might",
        "must",
        "can",
        "could",
        "would",
        "should",
        "shall",
        "may",
        "will",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "isn't",
        "wasn't",
        "hasn't",
        "hadn't",
        "wouldn't",
        "couldn't",
        "also",
        "just",
    ]
)
"""Verbs and auxiliaries that follow a relation word and carry no verb ending ("my son drove")."""
_EPONYMS = frozenset(
    [
        "hamilton",
        "hamilton's",
        "beck",
        "beck's",
        "montgomery",
        "asberg",
        "åsberg",
        "zung",
        "sheehan",
        "kessler",
        "edinburgh",
        "warwick",
        "columbia",
        "yale",
        "brown",
        "maudsley",
        "thase",
        "rush",
        "snaith",
        "hopkins",
        "spielberger",
        "young",
        "glasgow",
        "bech",
        "cornell",
        "calgary",
        "altman",
        "carroll",
        "raskin",
        "covi",
        "liebowitz",
        "epworth",
        "pittsburgh",
        "rosenberg",
        "barratt",
        "conners",
        "simpson",
        "angus",
        "barnes",
        "folstein",
        "addenbrooke's",
        "addenbrookes",
        "wechsler",
        "stanford",
        "oxford",
        "bunney",
    ]
)
"""Authors whose names are scales ("Hamilton score", "Beck inventory", "Montgomery-Asberg 22")."""
_SCALE_WORDS = frozenset(
    [
        "score",
        "scores",
        "scored",
        "scale",
        "scales",
        "rating",
        "ratings",
        "inventory",
        "questionnaire",
        "depression",
        "anxiety",
        "test",
        "total",
        "d",
        "a",
        "item",
        "items",
        "postnatal",
        "interview",
        "mania",
    ]
)
_SCALE_NAME_WORDS = _SCALE_WORDS | frozenset(
    {"coma", "mental", "wellbeing", "well-being", "obsessive", "compulsive", "rating", "self", "self-rating"}
    | {
        "self-report",
        "clinician",
        "clinician-rated",
        "symptom",
        "symptoms",
        "severity",
        "global",
        "impression",
    }
    | {"sleepiness", "sleep", "quality", "index", "cognitive", "examination", "exam", "esteem", "self-esteem"}
    | {"impulsiveness", "impulsivity", "social", "hospital", "postpartum", "mood", "disorder", "dementia"}
    | {"adult", "adhd", "abnormal", "involuntary", "movement", "akathisia", "extrapyramidal", "suicide"}
    | {"suicidal", "ideation", "severity", "brief", "short", "form", "revised", "version", "checklist"}
)
"""The other words of a scale's name ("Young Mania Rating Scale", "Glasgow coma score")."""
_SCALE_DETERMINERS = frozenset({"the", "my", "her", "his", "their", "your", "a", "another", "repeat"})
_JOHNS = frozenset({"john's", "johns", "john’s", "john"})
_MEASURED = frozenset({"of", "at", "was", "is", "came", "went", "score", "scores", "scored", "out"})
"""Words between a scale's name and its score ("the Hamilton of 20", "Montgomery Asberg was 30")."""
_ENDINGS = (
    ("s", ("",)),
    ("es", ("",)),
    ("ies", ("y",)),
    ("ed", ("", "e")),
    ("ied", ("y",)),
    ("ing", ("", "e")),
)
"""Verb endings and the stems they come from: "opens" (open), "worries" (worry), "moved" (move)."""
_CALL_VERBS = frozenset(
    {"rang", "phoned", "called", "texted", "messaged", "emailed", "said", "told", "asked", "replied", "rings"}
    | {"phones", "calls", "texts", "says", "tells", "asks", "shouted", "screamed", "yelled", "wrote"}
)
"""What people do to people: after a clause's first word they make it a name ("then siobhan rang")."""
_ACT_VERBS = _CALL_VERBS | frozenset(
    {"kept", "visited", "drove", "married", "divorced", "cried", "laughed", "stayed", "lives", "lived"}
    | {"moved", "died", "works", "worked", "picked", "dropped", "hugged", "promised", "babysits", "babysat"}
)
"""Also said of people; only for words that are seldom ordinary ("pat kept the flat")."""
_CLAUSE_STARTS = frozenset(
    {"then", "and", "but", "so", "when", "after", "until", "because", "while", "since", "before", "that"}
    | {"if", "once", "till", "though", "although", "or"}
)
_NOT_SUBJECTS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "who", "which", "this", "that", "these", "those", "one"}
    | {"nobody", "somebody", "everybody", "anybody", "someone", "everyone", "anyone", "noone", "none"}
    | {"nothing", "something", "everything", "anything", "all", "both", "each", "either", "neither"}
    | {"mum", "mom", "dad", "mam", "mummy", "daddy", "mother", "father", "parents", "family", "kids"}
    | {"therapist", "counsellor", "counselor", "psychiatrist", "psychologist", "nurse", "doctor", "gp"}
    | {"consultant", "keyworker", "carer", "police", "manager", "landlord", "teacher", "school", "work"}
    | {"staff", "team", "services", "hospital", "clinic", "surgery", "pharmacy", "office", "council"}
    | {"someone's", "he'd", "she'd", "they'd", "there", "here", "later", "eventually", "finally", "also"}
)
"""Words that begin a clause before "rang" or "said" as often as names do ("nobody rang", "work called")."""
_MODAL_NAMES = frozenset({"will", "may", "mark", "bill", "pat", "sue", "rob", "grant", "jack", "june", "art"})
"""Names that are also verbs; "my brother will" is the verb, "will and jo are my friends" the name."""
_CALLER_FREQUENCY = 5.0
"""A name more frequent than this as a word ("bill", "june") is a subject only of a call verb."""
_BARE_CALLER = 5.2
"""A word with no article before "rang" or "said" at a clause's start is a name below this frequency
("river rang", "then sunny said"); "work", "people" and "the bank" are not."""
_OBJECTS = frozenset({"my", "your", "me", "you", "us", "him", "her", "them", "it"})
_COPULAS = frozenset({"is", "are", "was", "were"})
_POSSESSIVES = frozenset({"my", "our"})


def may_be_name(word: Token) -> bool:
    """Whether a word after "my brother" can be his name: a listed name, or not a very common word, not a
    verb ("opens", "moved", "drove") and not another relation ("my twin brother")."""
    folded = word.text.casefold()
    if is_clinical(word.text) or any(c.isdigit() for c in word.text) or folded in TITLES:
        return False
    if folded in RELATIONS or folded in _VERBS or folded in _ADVERBS or folded in _ROLE_NOUNS:
        return False
    if safelist.is_name(folded):
        return True
    return safelist.frequency(folded) < _FUNCTION and not _inflected(folded)


def _inflected(word: str) -> bool:
    """A verb or adverb form of a common word: "opens", "moved", "crying", "recently"."""
    for suffix, stems in _ENDINGS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            if any(safelist.frequency(base + stem) >= safelist.COMMON for stem in stems):
                return True
            if base[-1] == base[-2] and safelist.frequency(base[:-1]) >= safelist.COMMON:
                return True  # a doubled consonant: "referred", "upped", "stopped"
    if not word.endswith("ly") or len(word) < 5:
        return False
    # an adverb of a common word ("recently", "happily", "truly"); not "lily", "molly", "emily"
    bases = (word[:-2], word[:-3] + "y", word[:-2] + "e", word[:-1] + "e")
    return any(safelist.frequency(base) >= safelist.COMMON for base in bases)


def names_by_context(words: Sequence[Token], masked: dict[int, str]) -> None:
    """Mark as names the words their neighbours show to be names."""
    folded = [w.folded for w in words] + ["", "", "", "", ""]
    for i, word in enumerate(words):
        before = folded[i - 1] if i else ""
        # "called poppy", "her name is willow", "his name's ash"
        naming = before in _NAMING or before in ("name's", "name’s")
        naming = naming or (i >= 2 and before in _COPULAS and folded[i - 2] in ("name", "names"))
        named = naming and not masked[word.start] and _may_be_named(word)
        related = (before in RELATIONS or before in ROLES) and not masked[word.start] and may_be_name(word)
        # "my twin will lives in leeds": a modal cannot come before "lives", so it is the twin's name
        related = related or (
            before in RELATIONS and word.folded in _MODAL_NAMES and _third_person(folded[i + 1])
        )
        # "violet is my sister", and the first of two: "ruby and star are my best friends"
        introduced = folded[i + 1] in _COPULAS and folded[i + 2] in _POSSESSIVES
        introduced = introduced or (
            folded[i + 1] == "and" and folded[i + 3] in _COPULAS and folded[i + 4] in _POSSESSIVES
        )
        # "daisy, my daughter, drove me": a sentence's first word before "my daughter"
        apposed = word.sentence_initial and folded[i + 1] in _POSSESSIVES and folded[i + 2] in RELATIONS
        acted = (
            folded[i + 1] in _ACT_VERBS
            and (word.sentence_initial or before in _CLAUSE_STARTS)
            and _subject_of(word, folded[i + 1])
        )
        framed = (introduced or apposed) and (
            may_be_name(word) or (introduced and word.folded in _MODAL_NAMES)
        )
        if named or related or acted or framed:
            masked[word.start] = "NAME"
    for i in range(1, len(words) - 1):
        if folded[i] != "and":
            continue
        left, right = words[i - 1], words[i + 1]
        # "priya and will are my friends": before "are my" even a modal is the second name
        pair = folded[i + 2] in _COPULAS and folded[i + 3] in _POSSESSIVES and right.folded in _MODAL_NAMES
        if masked[left.start] == "NAME" and not masked[right.start] and (pair or _coordinated(right)):
            masked[right.start] = "NAME"
        elif masked[right.start] == "NAME" and not masked[left.start] and _coordinated(left):
            masked[left.start] = "NAME"


def _third_person(word: str) -> bool:
    """A verb's "-s" form ("lives", "works", "says"), which no modal comes before."""
    return word in _CALL_VERBS or (word.endswith("s") and not word.endswith("ss") and _inflected(word))


def _subject_of(word: Token, verb: str) -> bool:
    """Whether the word before a verb said of people is a name: a listed name, or a word seldom used as one
    ("siobhan", "sunny"); not "nobody", "work" or "mum"."""
    if verb not in _ACT_VERBS or _is_role(word.folded):
        return False
    if is_clinical(word.text) or any(c.isdigit() for c in word.text) or word.folded in TITLES:
        return False
    frequency = safelist.frequency(word.folded)
    if safelist.is_name(word.folded) and frequency < safelist.NAME_AS_WORD:
        return verb in _CALL_VERBS or frequency < _CALLER_FREQUENCY
    limit = _BARE_CALLER if verb in _CALL_VERBS else safelist.LOWERCASE_NAME
    return frequency < limit


def _is_role(word: str) -> bool:
    """Pronouns, family, professions and services, also in the plural ("neighbours said")."""
    singular = word[:-1] if word.endswith("s") else word
    return any(w in _NOT_SUBJECTS or w in RELATIONS for w in (word, singular))


def _may_be_named(word: Token) -> bool:
    return may_be_name(word) or (safelist.frequency(word.text) >= _FUNCTION and safelist.is_name(word.text))


def _coordinated(word: Token) -> bool:
    """ "jack and will": the word beside a name is one too when it is a listed name or a rare word."""
    folded = word.text.casefold()
    return safelist.is_name(folded) or (
        may_be_name(word) and safelist.frequency(folded) < safelist.LOWERCASE_NAME
    )


def kept_by_context(words: Sequence[Token]) -> set[int]:
    """Starts of words the context shows to be no identifier: eponymous scales and "Mark my words"."""
    kept: set[int] = set()
    folded = [w.folded for w in words] + ["", "", ""]
    i = 0
    while i < len(words):
        end = _scale_name_end(folded, i)
        if folded[i] in ("st", "saint") and folded[i + 1] in _JOHNS and folded[i + 2] == "wort":
            end = i + 3  # the herbal antidepressant, not a man called John
        if end > i:
            kept.update(w.start for w in words[i:end])
            i = end
            continue
        if folded[i + 1] in _OBJECTS and folded[i + 2] not in RELATIONS and _verb_as_name(folded[i]):
            kept.add(words[i].start)  # "Mark my words", "Will you": the verb; not "Mark, my brother"
        i += 1
    return kept


def _is_eponym(word: str) -> bool:
    if word in _EPONYMS:
        return True
    return "-" in word and all(part in _EPONYMS for part in word.split("-"))


def _scale_name_end(folded: Sequence[str], i: int) -> int:
    """The end of a scale's name starting with an author or a place at folded[i] ("Young Mania Rating
    Scale", "Montgomery-Asberg", "Hamilton of 20"), or i when it is no scale ("Dr Hamilton on Tuesday")."""
    if not _is_eponym(folded[i]):
        return i
    j = i
    while folded[j] and (_is_eponym(folded[j]) or folded[j] in _SCALE_NAME_WORDS):
        j += 1
    eponyms = sum(_is_eponym(w) for w in folded[i:j])
    named = eponyms >= 2 or any(w in _SCALE_WORDS and w not in ("a", "d") for w in folded[i:j])
    # "the Beck again", "my Zung was high": a person is not "the Beck"; "the Montgomery and Asberg"
    determined = i > 0 and folded[i - 1] in _SCALE_DETERMINERS
    if determined and folded[j] == "and" and _is_eponym(folded[j + 1]):
        return j + 2
    named = named or determined
    after = folded[j]
    scored = _is_score(after) or (after in _MEASURED and _is_score(folded[j + 1]))
    return j if named or scored else i


def _is_score(word: str) -> bool:
    return bool(word) and (word.isdigit() or is_number_word(word))


def _verb_as_name(word: str) -> bool:
    return safelist.is_name(word) and safelist.frequency(word) >= safelist.LOWERCASE_NAME
