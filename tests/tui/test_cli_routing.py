"""Which commands open the TUI: bare `interview`, `run` and `resume` on a terminal; plain otherwise."""

from __future__ import annotations

import argparse
import io

import pytest

from interview import cli
from interview.tui import launch


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    """The argument sets the TUI was opened with (instead of opening it)."""
    calls: list[argparse.Namespace] = []

    def record(args: argparse.Namespace) -> int:
        calls.append(args)
        return 0

    monkeypatch.setattr(launch, "tui_command", record)
    return calls


@pytest.mark.parametrize("argv", [[], ["run", "sample"], ["resume", "abcd"]])
def test_on_a_terminal_these_open_the_tui(
    argv: list[str], opened: list[argparse.Namespace], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("sys.stdout", Terminal())
    assert cli.main(argv) == 0
    assert [args.command for args in opened] == [argv[0] if argv else None]


@pytest.mark.parametrize(
    "argv",
    [["run", "sample", "--plain"], ["run", "sample", "--answers", "a.txt"], ["resume", "x", "--plain"]],
)
def test_plain_and_answers_never_open_the_tui(
    argv: list[str], opened: list[argparse.Namespace], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("sys.stdout", Terminal())
    assert not cli._opens_tui(cli.build_parser().parse_args(argv))


def test_a_pipe_keeps_plain_mode_and_bare_interview_prints_help(
    opened: list[argparse.Namespace], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == 0  # pytest's stdin is not a terminal
    assert opened == []
    assert "serve" in capsys.readouterr().out


def test_serve_listens_on_localhost_by_default() -> None:
    args = cli.build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
