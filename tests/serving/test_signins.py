"""Sign-ins expire, end on sign-out, and a name with too many wrong passwords waits."""

from __future__ import annotations

from interview.serving.signins import FAILURES_ALLOWED, LOCKOUT_SECONDS, SignIns, fingerprint


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_sign_in_lasts_its_lifetime_and_no_longer() -> None:
    clock = Clock()
    sign_ins = SignIns(lifetime_seconds=3600, clock=clock)
    token = sign_ins.begin("alice", "$argon2id$hash")
    found = sign_ins.find(token)
    assert found is not None and found.name == "alice" and found.password == fingerprint("$argon2id$hash")
    clock.now += 3599
    assert sign_ins.find(token) is not None
    assert sign_ins.seconds_left(token) == 1
    clock.now += 1
    assert sign_ins.find(token) is None
    assert sign_ins.seconds_left(token) == 0


def test_tokens_are_long_random_and_unknown_ones_find_nothing() -> None:
    sign_ins = SignIns(lifetime_seconds=60)
    tokens = {sign_ins.begin("alice", "h") for _ in range(50)}
    assert len(tokens) == 50 and all(len(t) >= 40 for t in tokens)
    assert sign_ins.find("guessed") is None
    assert sign_ins.find(None) is None and sign_ins.find("") is None


def test_signing_out_ends_that_sign_in_only() -> None:
    sign_ins = SignIns(lifetime_seconds=60)
    first, second = sign_ins.begin("alice", "h"), sign_ins.begin("alice", "h")
    ended = sign_ins.end(first)
    assert ended is not None and ended.name == "alice"
    assert sign_ins.find(first) is None and sign_ins.find(second) is not None
    assert sign_ins.end(first) is None


def test_too_many_wrong_passwords_make_the_name_wait() -> None:
    clock = Clock()
    sign_ins = SignIns(lifetime_seconds=60, clock=clock)
    for _ in range(FAILURES_ALLOWED - 1):
        sign_ins.failed("alice")
    assert not sign_ins.locked_out("alice")
    sign_ins.failed("alice")
    assert sign_ins.locked_out("alice")
    assert not sign_ins.locked_out("bob")
    clock.now += LOCKOUT_SECONDS
    assert not sign_ins.locked_out("alice")


def test_a_good_sign_in_forgets_earlier_failures() -> None:
    sign_ins = SignIns(lifetime_seconds=60)
    for _ in range(FAILURES_ALLOWED - 1):
        sign_ins.failed("alice")
    sign_ins.begin("alice", "h")
    sign_ins.failed("alice")
    assert not sign_ins.locked_out("alice")
