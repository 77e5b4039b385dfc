"""Interview answers as people say them: identifiers in words, spelled out, in lower case (issue 17).

Used by benchmarks/anonymization.py. Each maker returns the identifier in a spoken shape; a quarter of
the spoken answers are rendered as speech recognition writes them (lower case, no punctuation).
The held-out templates below were written and committed before any rule was tuned on the spoken
forms, and are not edited after seeing their results.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from faker import Faker

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_ONES = ["_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# real towns (the gazetteer's job), some of them ordinary English words
TOWNS = ["derby", "reading", "bath", "leeds", "york", "hull", "wigan", "swindon", "lincoln", "chester"]
TOWNS += ["Krakow", "Lagos", "Porto", "Mumbai", "Dublin", "Cork", "Perth", "Halifax", "Bolton", "Sheffield"]
HELD_OUT_TOWNS = ["preston", "luton", "exeter", "poole", "crewe", "gdansk", "nice", "split", "durban"]
HELD_OUT_TOWNS += ["Warrington", "Coventry", "Stockport", "Kampala", "Vilnius", "Aberdeen", "Dundee"]
WORD_NAMES = ["star", "violet", "ruby", "rose", "hope", "grace", "faith", "sky", "amber", "jack", "will"]
HELD_OUT_WORD_NAMES = ["daisy", "holly", "jade", "dawn", "rowan", "pearl", "summer", "ivy", "mark", "joy"]
HOLIDAYS = ["christmas", "Christmas Eve", "easter", "boxing day", "New Year's Eve", "halloween"]
HELD_OUT_HOLIDAYS = ["Thanksgiving", "bonfire night", "valentine's day", "Easter Monday", "diwali"]
DOMAINS = ["hotmail dot co dot uk", "gmail dot com", "yahoo dot com", "outlook dot com", "btinternet dot com"]
EPONYMS = ["Hamilton score of {n}", "Beck inventory {n}", "HADS {n}", "Montgomery-Asberg {n}"]
HELD_OUT_EPONYMS = ["Hamilton rating {n}", "Beck Depression Inventory of {n}", "HADS depression {n}"]
NEW_DRUGS = ["zuranolone", "lurasidone", "Auvelity", "esketamine", "Spravato", "Latuda", "brexpiprazole"]
SPOKEN_DOSES = ["fifty milligrams", "twenty mg", "one hundred and fifty milligrams", "two tablets"]
SPOKEN_DURATIONS = ["twelve sessions", "six weeks", "three months", "eight weeks", "two years"]


def number_words(n: int) -> str:
    """0..999 in words, British style ("one hundred and two")."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def ordinal_words(n: int) -> str:
    """1..31 as an ordinal in words ("twenty-first")."""
    if n < 10:
        return ORDINAL_ONES[n]
    if n < 20:
        return ORDINAL_TEENS[n - 10]
    tens, ones = divmod(n, 10)
    if not ones:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{ORDINAL_ONES[ones]}"


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class SpokenMakers:
    """Identifiers in spoken shapes; `held_out` adds shapes the tuned part never shows."""

    def __init__(self, seed: int, held_out: bool) -> None:
        self.random = random.Random(seed)
        self.fake = Faker(["en_GB", "en_US"])
        self.fake.seed_instance(seed)
        self.held_out = held_out

    def digits(self, number: str) -> str:
        """Digit by digit, with "oh" for zero and "double"/"triple" now and then."""
        r, out, i = self.random, [], 0
        digits = [c for c in number if c.isdigit()]
        while i < len(digits):
            run = 1
            while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
                run += 1
            word = "oh" if digits[i] == "0" and r.random() < 0.5 else ONES[int(digits[i])]
            if run == 3 and self.held_out and r.random() < 0.6:
                out.append(f"triple {word}")
            elif run >= 2 and r.random() < 0.6:
                out.append(f"double {word}")
                run = 2
            else:
                out.append(word)
                run = 1
            i += run
        return " ".join(out)

    def phone(self) -> str:
        number = self.random.choice(["07", "01", "02"]) + self.fake.numerify("#########")
        return self.digits(number)

    def nhs(self) -> str:
        return self.digits(self.fake.numerify("### ### ####"))

    def ssn(self) -> str:
        return self.digits(self.fake.numerify("###-##-####"))

    def mrn(self) -> str:
        letters = " ".join(self.random.choice("abcdefghkmprstx") for _ in range(self.random.randint(1, 2)))
        return f"{letters} {self.digits(self.fake.numerify('######'))}"

    def age(self) -> str:
        return number_words(self.random.randint(90, 104))

    def date(self) -> str:
        r = self.random
        month, day = r.choice(MONTHS), r.randint(1, 28)
        shapes = [
            f"{month} {ordinal_words(day)}",
            f"{month} the {ordinal_digits(day)}",
            f"the {ordinal_words(day)} of {month}",
            f"{ordinal_digits(day)} of {month}",
        ]
        if self.held_out:
            shapes += [f"{month} {number_words(day)}", f"the {ordinal_digits(day)} of {month} twenty twenty"]
        return r.choice(shapes)

    def day(self) -> str:
        n = self.random.randint(2, 28)
        return f"the {ordinal_digits(n) if self.random.random() < 0.5 else ordinal_words(n)}"

    def holiday(self) -> str:
        return self.random.choice(HELD_OUT_HOLIDAYS if self.held_out else HOLIDAYS)

    def email(self) -> str:
        r, f = self.random, self.fake
        local = r.choice(
            [f"{f.first_name()} {f.last_name()}", f"{f.first_name()} dot {f.last_name()}", f.user_name()]
        )
        if r.random() < 0.4:
            local += f" {number_words(r.randint(1, 99))}"
        return f"{local.lower()} at {r.choice(DOMAINS)}"

    def handle(self) -> str:
        return "@" + self.fake.user_name() + str(self.random.randint(1, 99))

    def plate_spelled(self) -> str:
        plate = self.fake.bothify("??##???").lower()
        return " ".join(c if c.isalpha() else ONES[int(c)] for c in plate)

    def plate_unspaced(self) -> str:
        return self.fake.bothify("??##???").lower()

    def town(self) -> str:
        return self.random.choice(HELD_OUT_TOWNS if self.held_out else TOWNS)

    def word_name(self) -> str:
        return self.random.choice(HELD_OUT_WORD_NAMES if self.held_out else WORD_NAMES)

    def lower_name(self) -> str:
        return self.fake.first_name().lower()

    def eponym(self) -> str:
        scale = self.random.choice(HELD_OUT_EPONYMS if self.held_out else EPONYMS)
        return scale.format(n=self.random.randint(8, 30))

    def maker(self, kind: str) -> Callable[[], str] | None:
        makers: dict[str, Callable[[], str]] = {
            "SPOKEN_PHONE": self.phone,
            "SPOKEN_NHS": self.nhs,
            "SPOKEN_SSN": self.ssn,
            "SPOKEN_MRN": self.mrn,
            "SPOKEN_AGE": self.age,
            "SPOKEN_DATE": self.date,
            "SPOKEN_DAY": self.day,
            "HOLIDAY": self.holiday,
            "SPOKEN_EMAIL": self.email,
            "HANDLE": self.handle,
            "PLATE_SPELLED": self.plate_spelled,
            "PLATE_UNSPACED": self.plate_unspaced,
            "TOWN": self.town,
            "WORD_NAME": self.word_name,
            "LOWER_NAME": self.lower_name,
            "EPONYM": self.eponym,
            "NEW_DRUG": lambda: self.random.choice(NEW_DRUGS),
            "SPOKEN_DOSE": lambda: self.random.choice(SPOKEN_DOSES),
            "SPOKEN_DURATION": lambda: self.random.choice(SPOKEN_DURATIONS),
        }
        return makers.get(kind)


SCORED_AS = {
    "SPOKEN_PHONE": "PHONE",
    "SPOKEN_NHS": "ID",
    "SPOKEN_SSN": "SSN",
    "SPOKEN_MRN": "MRN",
    "SPOKEN_AGE": "AGE",
    "SPOKEN_DATE": "DATE",
    "SPOKEN_DAY": "DATE",
    "HOLIDAY": "DATE",
    "SPOKEN_EMAIL": "EMAIL",
    "HANDLE": "EMAIL",
    "PLATE_SPELLED": "LICENCE",
    "PLATE_UNSPACED": "LICENCE",
    "TOWN": "ADDRESS",
    "WORD_NAME": "NAME",
    "LOWER_NAME": "NAME",
    "EPONYM": "SCALE",
    "NEW_DRUG": "DRUG",
    "SPOKEN_DOSE": "DOSE",
    "SPOKEN_DURATION": "DURATION",
}
"""The kind each spoken slot is scored as (SCALE, DRUG, DOSE, DURATION: clinical terms to keep)."""

SPOKEN_TEMPLATES = [
    "my number is {SPOKEN_PHONE} if you need me",
    "She was {SPOKEN_AGE} when she passed and I still miss her.",
    "My NHS number is {SPOKEN_NHS}, I have it on a card.",
    "it got really bad around {SPOKEN_DATE} after the funeral",
    "I was admitted on {SPOKEN_DAY} and stayed a week.",
    "Everything fell apart at {HOLIDAY} last year.",
    "you can email me on {SPOKEN_EMAIL} whenever",
    "I'm {HANDLE} on instagram, that's where my friends are.",
    "the car they towed was {PLATE_SPELLED} I think",
    "my reg is {PLATE_UNSPACED} if it matters",
    "my twin {WORD_NAME} lives in {TOWN} now",
    "{WORD_NAME} and {WORD_NAME} are my best friends.",
    "we moved to {TOWN} when I was small",
    "my sister {LOWER_NAME} called me {SPOKEN_DATE}",
    "My {EPONYM} at the clinic, they said it was moderate.",
    "they started me on {NEW_DRUG} {SPOKEN_DOSE} and I did {SPOKEN_DURATION} of CBT",
    "My social security is {SPOKEN_SSN} and the hospital number {SPOKEN_MRN}.",
    "my husband opens the post and my mum keeps the tearfulness in check, mark my words",
    "I ended up in A&E twice; Mark my words, it was the {NEW_DRUG}.",
]
# Written before any rule was tuned on spoken forms; never tuned on.
HELD_OUT_SPOKEN_TEMPLATES = [
    "ring me on {SPOKEN_PHONE} after six please",
    "Grandad turned {SPOKEN_AGE} in the spring and he is still sharp.",
    "the nhs number on the letter was {SPOKEN_NHS}",
    "It started {SPOKEN_DATE} when I lost the job.",
    "we had a row on {SPOKEN_DAY} and I didn't sleep",
    "I always go downhill around {HOLIDAY}.",
    "my email is {SPOKEN_EMAIL} by the way",
    "she messages me as {HANDLE} most nights",
    "the plate was {PLATE_SPELLED} on the blue car",
    "His car, {PLATE_UNSPACED}, was outside the house all night.",
    "my best friend {WORD_NAME} is from {TOWN}",
    "I grew up in {TOWN} and my cousin {LOWER_NAME} still lives there",
    "{WORD_NAME} my daughter drove me to the appointment",
    "my brother {WORD_NAME} and his wife {LOWER_NAME} visited on {SPOKEN_DATE}",
    "The {EPONYM} last month and my {EPONYM} before that.",
    "I am on {NEW_DRUG} {SPOKEN_DOSE} now after {SPOKEN_DURATION} of therapy",
    "the record number is {SPOKEN_MRN} and my social is {SPOKEN_SSN}",
    "my wife worries a lot and my son thinks the tearfulness is the worst part",
    "They sent me to A&E and then the crisis team; mark my words, I won't go back.",
]


def asr(text: str) -> str:
    """Speech recognition's shape: lower case, no sentence punctuation (apostrophes and @ stay)."""
    return re.sub(r"[.,;:!?]", "", text.lower())


# The blind held-out part: vocabulary, shapes and templates written after the anonymizer was finished,
# without reading its rules or its word lists, and never tuned on (not edited after seeing results).
BLIND_TOWNS = ["nottingham", "ipswich", "telford", "slough", "street", "mold", "wool", "hope", "sandwich"]
BLIND_TOWNS += ["Bergen", "Lyon", "Nairobi", "Karachi", "Tbilisi", "Bristol", "Rhyl", "Fleetwood", "Bury"]
BLIND_WORD_NAMES = ["sunny", "autumn", "river", "hazel", "robin", "penny", "honey", "bill", "rich", "dean"]
BLIND_WORD_NAMES += ["heather", "crystal", "pat", "sue"]
BLIND_LOWER_NAMES = ["priya", "siobhan", "tomasz", "oluwaseun", "mehmet", "aoife", "callum", "bronwen"]
BLIND_HOLIDAYS = ["hogmanay", "may day", "Good Friday", "mothering sunday", "eid", "st patrick's day"]
BLIND_HOLIDAYS += ["Remembrance Sunday", "august bank holiday", "hanukkah", "Chinese New Year"]
BLIND_DOMAINS = ["icloud dot com", "sky dot com", "live dot co dot uk", "protonmail dot com"]
BLIND_DOMAINS += ["nhs dot net", "aol dot com", "virginmedia dot com"]
BLIND_EPONYMS = ["Edinburgh postnatal score of {n}", "Young Mania Rating {n}", "Hamilton anxiety {n}"]
BLIND_EPONYMS += ["Zung score {n}", "Montgomery Asberg of {n}", "Beck anxiety {n}", "Glasgow coma score {n}"]
BLIND_DRUGS = ["vortioxetine", "agomelatine", "Brintellix", "trazodone", "pregabalin", "Valdoxan"]
BLIND_DRUGS += ["lamotrigine", "olanzapine", "Cipralex", "clomipramine", "Seroquel", "propranolol"]
BLIND_DOSES = ["seventy-five milligrams", "two hundred and twenty-five mg", "half a tablet", "ten mils"]
BLIND_DOSES += ["four hundred milligrams", "one capsule", "five hundred micrograms", "thirty mg"]
BLIND_DURATIONS = ["sixteen sessions", "nine months", "a fortnight", "four weeks", "eighteen months"]


class BlindMakers(SpokenMakers):
    """Spoken shapes for the blind part: new vocabulary and a few shapes neither other part shows."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, held_out=True)

    def phone(self) -> str:
        r = self.random
        number = r.choice(["07", "020", "0161", "0113", "01"]) + self.fake.numerify("########")[:9]
        spoken = self.digits(number[:11])
        return (
            f"oh {spoken[spoken.index(' ') + 1 :]}"
            if spoken.startswith("zero") and r.random() < 0.5
            else spoken
        )

    def nhs(self) -> str:
        return self.digits(self.fake.numerify("#########") + str(self.random.randint(0, 9)))

    def mrn(self) -> str:
        letters = " ".join(self.random.choice("bcdfjlnqrvwz") for _ in range(self.random.randint(1, 3)))
        return f"{letters} {self.digits(self.fake.numerify('#######'))}"

    def age(self) -> str:
        n = self.random.randint(90, 106)
        words = number_words(n)
        shapes = [words, words.replace("-", " "), words.replace("one hundred", "a hundred")]
        return self.random.choice(shapes)

    def date(self) -> str:
        r = self.random
        month, day = r.choice(MONTHS), r.randint(1, 28)
        year = r.choice(
            ["nineteen ninety-eight", "twenty nineteen", "two thousand and five", "twenty twenty-two"]
        )
        shapes = [
            f"the {ordinal_words(day)} of {month} {year}",
            f"{month} the {ordinal_words(day)}",
            f"{ordinal_words(day)} {month}",
            f"{month} {year}",
            f"{number_words(day)} {month}",
        ]
        return r.choice(shapes)

    def day(self) -> str:
        n = self.random.randint(2, 28)
        return f"the {ordinal_words(n)}" if self.random.random() < 0.7 else f"the {ordinal_digits(n)}"

    def holiday(self) -> str:
        return self.random.choice(BLIND_HOLIDAYS)

    def email(self) -> str:
        r, f = self.random, self.fake
        first, last = f.first_name().lower(), f.last_name().lower()
        local = r.choice(
            [f"{first} underscore {last}", f"{first[0]} {last}", f"{last} dot {first}", f"{first}"]
        )
        if r.random() < 0.5:
            local += " " + self.digits(str(r.randint(10, 2009)))
        return f"{local} at {r.choice(BLIND_DOMAINS)}"

    def handle(self) -> str:
        r = self.random
        name = self.fake.first_name().lower()
        return r.choice([f"@{name}_{r.randint(80, 99)}", f"at {name} underscore x", f"@the.real.{name}"])

    def plate_spelled(self) -> str:
        plate = self.fake.bothify("??## ???").lower()
        return " ".join(c if c.isalpha() else ONES[int(c)] for c in plate.replace(" ", ""))

    def plate_unspaced(self) -> str:
        plate = self.fake.bothify("??##???")
        return self.random.choice([plate.upper(), plate.lower(), f"{plate[:4].upper()} {plate[4:].upper()}"])

    def town(self) -> str:
        return self.random.choice(BLIND_TOWNS)

    def word_name(self) -> str:
        return self.random.choice(BLIND_WORD_NAMES)

    def lower_name(self) -> str:
        return self.random.choice(BLIND_LOWER_NAMES) if self.random.random() < 0.5 else super().lower_name()

    def eponym(self) -> str:
        n = self.random.randint(6, 32)
        return self.random.choice(BLIND_EPONYMS).format(
            n=number_words(n) if self.random.random() < 0.5 else n
        )

    def maker(self, kind: str) -> Callable[[], str] | None:
        blind: dict[str, Callable[[], str]] = {
            "NEW_DRUG": lambda: self.random.choice(BLIND_DRUGS),
            "SPOKEN_DOSE": lambda: self.random.choice(BLIND_DOSES),
            "SPOKEN_DURATION": lambda: self.random.choice(BLIND_DURATIONS),
        }
        return blind.get(kind) or super().maker(kind)


# Written answers of the blind part (written register; spoken-only kinds such as TOWN use the makers above).
BLIND_WRITTEN_TEMPLATES = [
    "After {DATE} it was {FIRST} who found me, not the police.",
    "Put down {NAME} as my next of kin, she's at {ADDRESS}.",
    "I was born in {TOWN}, moved to {CITY} at nine and now rent on {STREET}.",
    "My keyworker's mobile is {PHONE}; her work email is {EMAIL}.",
    "Aunt {LOWER_NAME} and cousin {FIRST} both came to {HOSPITAL} on {HOLIDAY}.",
    "Mr {LAST} is {AGE}, lives alone and I do his shopping.",
    "The discharge letter had my number {MRN} and the ward fax {FAX} at the top.",
    "Dr {LAST} doubled the {NEW_DRUG} to {DOSE} and booked {THERAPY} for {DURATION}.",
    "We split at {HOLIDAY}; {WORD_NAME} kept the flat in {TOWN}.",
    "My {EPONYM} in clinic, and the {SCALE} the week before.",
    "The insurer asked for my SSN, {SSN}, and the account {ACCOUNT}.",
    "The van was {LICENCE}, the chassis number {VIN}.",
]
BLIND_CLINICAL_TEMPLATES = [
    "Still on {NEW_DRUG} {DOSE}, and {DRUG} was stopped after {DURATION}.",
    "My {EPONYM}, down from last time, and I'm halfway through {THERAPY}.",
    "Some days I feel hopeless, other days I can read a whole chapter and go for a walk.",
    "The worst part is the mornings, I wake at four and can't get back to sleep.",
]
BLIND_SPOKEN_TEMPLATES = [
    "yeah you can text me on {SPOKEN_PHONE} but not in the mornings",
    "The number on my NHS app is {SPOKEN_NHS}, I think.",
    "my nan is {SPOKEN_AGE} and she's the only one I talk to",
    "Things went wrong {SPOKEN_DATE} when the divorce came through.",
    "i came off everything around {SPOKEN_DATE} and then it all crashed",
    "my appointment was {SPOKEN_DAY} but I couldn't face it",
    "every year at {HOLIDAY} I end up drinking too much",
    "send it to {SPOKEN_EMAIL} not the old one",
    "I post as {HANDLE} but I've stopped lately.",
    "he wrote the reg down, {PLATE_SPELLED}, and gave it to the police",
    "the taxi was {PLATE_UNSPACED} and the driver shouted at me",
    "we used to live in {TOWN} before moving down to {TOWN}",
    "my girlfriend {WORD_NAME} says I've been snappy since {HOLIDAY}",
    "{WORD_NAME} rang, then {LOWER_NAME} rang, and I just let it ring",
    "i stay with my friend {LOWER_NAME} in {TOWN} at weekends",
    "the clinic put my hospital number as {SPOKEN_MRN} and my NHS one as {SPOKEN_NHS}",
    "my american social was {SPOKEN_SSN} when I worked in the States",
    "They did the {EPONYM} and said that's severe.",
    "the psychiatrist put me on {NEW_DRUG} {SPOKEN_DOSE} for {SPOKEN_DURATION}",
    "I tried {NEW_DRUG} {SPOKEN_DOSE} but the nausea was awful, so now it's {NEW_DRUG}",
    "my {EPONYM} was lower after {SPOKEN_DURATION} of the group",
    "i've lost all hope to be honest and my will to get up is gone",
    "I keep reading the same page, and the split with my partner still hurts.",
    "we walked along the street to the park and I felt a bit better for once",
    "my mum says I should rest more but sleep doesn't come",
]
