"""The first article, read by a worker process while Textual loads, is the article the reader
would read, and its language work, done while the screen paints, gives what the reader's own calls
give; a failing or stopped worker, or a file that changed, leaves the reader to compute."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    # A fresh interpreter: a prefetch is started from a process with one thread, as the CLI does.
    script = textwrap.dedent(
        """
        import os
        from tui.app.services import Language, Prefetch, article_acronyms
        from tui.language.people import extract_people
        from tui.language.summarize import summarize
        from tui.language.words import cache_for, segment
        from tui.reading.bundled import seed_article
        from tui.reading.document import open_article

        def gone(pid):
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                return True
            return False

        path = str(seed_article())
        article = open_article(path)
        """
    ) + textwrap.dedent(code)
    env = dict(os.environ, DOCBAO_CACHE_DIR="")
    # -P: the installed docbao, not the checkout's tui/ (its bundled articles live elsewhere).
    done = subprocess.run(
        [sys.executable, "-P", "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_prefetched_results_are_the_domain_calls_results():
    out = _run(
        """
        prefetch = Prefetch.start(path, "docbao", 3)
        pid = prefetch._pid
        theirs = prefetch.take_article(wait=True)
        print(theirs == article, theirs is prefetch.article)
        article = theirs
        language = Language(prefetch)
        people = language.extract_people(article)
        print(people == extract_people(article))
        acronyms = language.acronyms(article)
        print(acronyms == article_acronyms(article) and acronyms["HĐND"].startswith("Hội đồng nhân dân"))
        summary = language.summarize(article, "docbao", 3, None)
        print(summary == summarize(article, "docbao", 3, None), len(summary.sentences))
        # The words came along: the parent segments nothing for its next summaries.
        cache = cache_for(article)
        known = cache.known()
        print(cache.segmented, len(known) > 20 and all(known[t] == segment(t) for t in known))
        print(language.summarize(article, "lexrank", 2, 1) == summarize(article, "lexrank", 2, 1))
        print(cache.segmented, gone(pid))
        """
    )
    assert out.split("\n")[:7] == ["True True", "True", "True", "True 3", "0 True", "True", "0 True"], out


def test_the_readers_own_reading_of_the_same_text_takes_the_results():
    out = _run(
        """
        prefetch = Prefetch.start(path, "docbao", 3)
        prefetch.adopt(article)  # read here, not taken from the worker: the same text
        language = Language(prefetch)
        print(language.extract_people(article) is prefetch.people()[0])
        print(language.summarize(article, "docbao", 3, None) is prefetch.summary()[0])
        """
    )
    assert out.split("\n")[:2] == ["True", "True"], out


def test_a_failing_child_leaves_the_calls_to_the_reader():
    out = _run(
        """
        prefetch = Prefetch.start(path, "no-such-algorithm", 3)
        article = prefetch.take_article(wait=True)
        language = Language(prefetch)
        print(language.extract_people(article) == extract_people(article))
        try:
            language.summarize(article, "no-such-algorithm", 3, None)
        except ValueError as e:
            print("ValueError", "no-such-algorithm" in str(e))
        print(language.summarize(article, "docbao", 2, None) == summarize(article, "docbao", 2, None))
        print(gone(prefetch._pid) if prefetch._pid else True)
        """
    )
    assert out.split("\n")[:4] == ["True", "ValueError True", "True", "True"], out


def test_a_file_the_child_cannot_read_gives_no_article():
    out = _run(
        """
        import tempfile
        path = tempfile.mkstemp(suffix=".txt")[1]
        with open(path, "wb") as f:
            f.write(bytes(range(256)) * 64)  # no text
        prefetch = Prefetch.start(path, "docbao", 3)
        print(prefetch.take_article(wait=True), prefetch.people(), prefetch.summary())
        print(gone(prefetch._proc.pid))
        """
    )
    assert out.split("\n")[:2] == ["None None None", "True"], out


def test_closing_stops_a_child_still_at_work():
    out = _run(
        """
        import signal, tempfile
        body = "\\n\\n".join(f"Ông Nguyễn Văn {i} phát biểu tại hội nghị lần thứ {i} của tỉnh." for i in range(20000))
        path = tempfile.mkstemp(suffix=".txt")[1]
        with open(path, "w", encoding="utf-8") as f:
            f.write("Tiêu đề\\n\\n" + body)
        prefetch = Prefetch.start(path, "docbao", 3)
        pid = prefetch._pid
        prefetch.take_article(wait=True)  # it has read the article: the attendees of 20,000 paragraphs are next
        prefetch.close()
        # Killed at its work, not waited for until it finished.
        print(gone(pid), prefetch.summary() is None, prefetch._proc.returncode == -signal.SIGKILL)
        """
    )
    assert out.strip() == "True True True", out


def test_a_file_changed_since_it_was_read_gives_nothing_and_no_file_no_worker():
    out = _run(
        """
        import tempfile
        path = tempfile.mkstemp(suffix=".txt")[1]
        with open(path, "w", encoding="utf-8") as f:
            f.write(article.text)
        mine = open_article(path)
        with open(path, "w", encoding="utf-8") as f:
            f.write(article.text.replace("Nghệ An", "Hà Tĩnh"))  # before the worker reads it
        prefetch = Prefetch.start(path, "docbao", 3)
        prefetch.adopt(mine)
        print(prefetch.people() is None, prefetch.summary() is None)
        prefetch.close()
        # A folder, no file, and a file standing for standard input (the worker's is not ours).
        os.dup2(os.open(path, os.O_RDONLY), 0)
        print([Prefetch.start(p, "docbao", 3) for p in (os.path.dirname(path), path + "-gone", "/dev/stdin")])
        """
    )
    assert out.split("\n")[:2] == ["True True", "[None, None, None]"], out
