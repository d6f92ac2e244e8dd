"""End to end in a real terminal: tmux runs `docbao`, keys go in with send-keys, the screen comes
back with capture-pane, and the copy arrives in tmux's paste buffer through OSC 52."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

WAIT_BOUND = 30.0  # seconds: generous on a loaded machine; reached only by a broken test


class Tmux:
    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"docbao-test-{os.getpid()}"
        self.env = env

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env, timeout=10
        )

    def kill(self) -> None:
        """Stop the server and remove its socket file."""
        path = self("display-message", "-p", "#{socket_path}").stdout.strip()
        self("kill-server")
        if path:
            Path(path).unlink(missing_ok=True)

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "t").stdout

    def until(self, look, what: str, timeout: float = WAIT_BOUND):
        """Look (with tmux) until `look()` gives something; fail, naming `what`, only if it
        never does. The interval only spaces the looks: nothing assumes work is done after it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = look()
            if seen:
                return seen
            time.sleep(0.05)
        raise AssertionError(f"waited {timeout:.0f} s for {what}: it never came; the screen:\n{self.screen()}")

    def wait_for(self, test, what: str, timeout: float = WAIT_BOUND) -> str:
        """The screen, once `test(screen)` holds."""

        def look() -> str | None:
            screen = self.screen()
            return screen if test(screen) else None

        return self.until(look, what, timeout)

    def dead(self, what: str) -> list[str]:
        """Wait for the program to end: its exit status, where this tmux reports it."""

        def look() -> tuple[list[str]] | None:
            dead, *status = self("list-panes", "-t", "t", "-F", "#{pane_dead} #{pane_dead_status}").stdout.split()
            return (status,) if dead == "1" else None

        return self.until(look, what)[0]


def _docbao_command() -> str:
    script = Path(sys.executable).with_name("docbao")
    return str(script) if script.exists() else f"{sys.executable} -m tui"


def _start(tmp_path: Path, command: str, width: int, height: int) -> Tmux:
    """A private tmux server running `command`, with the clipboard open to applications (as the
    README asks of users) and the pane kept after exit so its status can be read."""
    env = dict(
        os.environ,
        DOCBAO_CONFIG_DIR=str(tmp_path / "config"),
        DOCBAO_NO_SYSTEM_CLIPBOARD="1",
        TERM="xterm-256color",
    )
    env.pop("TMUX", None)
    tmux = Tmux(env)
    started = tmux(
        "-f", "/dev/null", "new-session", "-d", "-x", str(width), "-y", str(height), "-s", "t", command,
        ";", "set", "-g", "set-clipboard", "on", ";", "set", "-g", "remain-on-exit", "on",
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    return tmux


def test_read_jump_copy_quit_in_tmux(tmp_path, seed):
    from tui.formats.summary import to_text
    from tui.language.algorithms import DEFAULT_ALGORITHM
    from tui.language.summarize import summarize

    tmux = _start(tmp_path, _docbao_command(), 120, 40)
    try:
        screen = tmux.wait_for(lambda s: "Thường trực HĐND và UBND tỉnh Nghệ An" in s, "the seed's title")
        # The panes and the language work fill in after the article.
        screen = tmux.wait_for(
            lambda s: "Thái Thanh Quý" in s and "Summary" in s and "Summarizing" not in s,
            "summary and attendees",
        )
        assert "PHÁT HUY" in screen and "Thành Duy" in screen
        # Jump to the tasks section.
        tasks = next(i for i, s in enumerate(seed.sections) if s.role == "tasks")
        tmux("send-keys", "-t", "t", str(tasks + 1))
        screen = tmux.wait_for(lambda s: f"§{tasks + 1}/" in s and "Tasks ahead" in s, "the tasks section")
        heading = seed.sections[tasks].heading
        assert heading.split()[0] in screen
        # Copy the summary: OSC 52 puts it into tmux's buffer.
        tmux("send-keys", "-t", "t", "c")
        expected = to_text(summarize(seed, DEFAULT_ALGORITHM, 3, None), seed)
        buffer = tmux.until(lambda: tmux("show-buffer").stdout.strip(), "the copy in tmux's buffer")
        assert buffer == expected.strip()
        tmux.wait_for(lambda s: "Copied" in s, "the copy notification")
        # Quit.
        tmux("send-keys", "-t", "t", "q")
        status = tmux.dead("docbao to quit")
        assert status in ([], ["0"])  # the exit status, where this tmux reports it
    finally:
        tmux.kill()


def test_an_article_cannot_set_the_clipboard_or_the_title(tmp_path):
    """Escape sequences in a file (OSC 52 clipboard, OSC 0 title, cursor moves) never reach the
    terminal: tmux's paste buffer stays empty and the pane title is untouched."""
    article = tmp_path / "osc.txt"
    article.write_bytes(
        "Tin có mã \x1b]52;c;SGFja2Vk\x07ẩn\n\n(Baonghean.vn) - Dẫn \x1b]0;PWNED\x07nhập \x1b[2J\x1b[H.\n\n"
        "Đoạn một \x1b]52;c;SGFja2Vk\x1b\\ có mã.\n".encode()
    )
    tmux = _start(tmp_path, f"{_docbao_command()} {article}", 120, 30)
    try:
        tmux.wait_for(lambda s: "Tin có mã" in s and "Đoạn một" in s, "the article")
        # the panes and the language work paint too: the summary's sentence is then on screen
        tmux.wait_for(lambda s: "Summary" in s and "Summarizing" not in s and " 1 " in s, "the summary")
        assert tmux("show-buffer").stdout == ""
        assert "PWNED" not in tmux("display-message", "-p", "-t", "t", "#{pane_title}").stdout
        assert "Dẫn" in tmux.screen()  # the lead is there: the screen was not cleared by the article
    finally:
        tmux.kill()


def test_q_quits_at_once_while_a_long_article_is_summarized(tmp_path):
    """A summary that never ends (real word segmentation, over and over: it holds the interpreter
    as a long article's does, for minutes): q must quit at once all the same, not wait for it."""
    sentence = "Hội nghị bàn nhiều việc lớn của tỉnh trong năm 2020, lần thứ {}."
    article = tmp_path / "long.txt"
    article.write_text("Bài rất dài\n\n" + "\n\n".join(sentence.format(i) for i in range(300)), "utf-8")
    endless = textwrap.dedent(
        """
        import sys
        from tui.app import services
        from tui.language.words import segment

        def summarize(self, article, *request):
            while True:
                for sentence in article.body_sentences:
                    segment(sentence.text)

        services.Language.summarize = summarize
        from tui.cli import main

        sys.exit(main(sys.argv[1:]))
        """
    )
    command = f"{shlex.quote(sys.executable)} -P -c {shlex.quote(endless)} {shlex.quote(str(article))}"
    tmux = _start(tmp_path, command, 120, 30)
    try:
        tmux.wait_for(lambda s: "Summarizing" in s and "Bài rất dài" in s, "the summary being computed")
        tmux("send-keys", "-t", "t", "q")
        status = tmux.dead("q to quit while the summary was computed")
        assert status in ([], ["0"])
    finally:
        tmux.kill()
