"""Vietnamese words for the summarizers: underthesea segmentation, stop words, the per-article cache."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui.language import words as W

ROOT = Path(__file__).resolve().parents[2]


def test_multi_syllable_words_stay_together_and_are_lower_cased():
    tokens = W.segment("Bí thư Tỉnh ủy Nghệ An phát biểu tại Hội nghị.")
    assert "bí thư" in tokens
    assert "tỉnh ủy" in tokens
    assert all(t == t.lower() for t in tokens)


def test_punctuation_is_dropped_numbers_and_acronyms_are_kept():
    tokens = W.segment("Chiều 25/2, UBND tỉnh họp; “tốt hơn” – 10%.")
    assert "," not in tokens and ";" not in tokens and "“" not in tokens and "–" not in tokens
    assert "ubnd" in tokens
    assert "25/2" in tokens
    assert "10" in tokens


def test_blank_text_has_no_words():
    assert W.segment("") == ()
    assert W.segment("   \n") == ()
    assert W.segment("… – !") == ()


def test_stop_words_are_underthesea_list_lower_cased():
    stop = W.stop_words()
    assert {"của", "và", "các", "tuy nhiên"} <= stop
    assert all(w == w.lower() and w.strip() == w and w for w in stop)
    assert "bí thư" not in stop


def test_cache_segments_each_distinct_text_once():
    cache = W.WordCache()
    first = cache.many(["Hội nghị diễn ra sáng nay.", "Hội nghị diễn ra sáng nay.  ", "Trời mưa to."])
    assert cache.segmented == 2
    assert first[0] == first[1]
    again = cache.many(["Trời mưa to.", "Hội nghị diễn ra sáng nay."])
    assert cache.segmented == 2
    assert again == [first[2], first[0]]
    assert cache.words("Một câu mới.") == W.segment("Một câu mới.")
    assert cache.segmented == 3 and len(cache) == 3


def test_cache_is_per_article_by_identity():
    a, b = object(), object()
    assert W.cache_for(a) is W.cache_for(a)
    assert W.cache_for(a) is not W.cache_for(b)
    assert W.cache_for(a).many(["Trời nắng."]) == [W.segment("Trời nắng.")]


def test_forked_workers_segment_as_one_process_does(monkeypatch):
    texts = [f"Ông Nguyễn Văn {c} làm việc tại Sở Tài chính tỉnh số {i}." for i, c in enumerate("ABCDEFGH")]
    serial = [W.segment(t) for t in texts]
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: segment_many never forks")
    monkeypatch.setattr(W, "PARALLEL_MIN", 4)
    monkeypatch.setattr(W.threading, "active_count", lambda: 1)  # whatever else the session runs
    assert W._workers(len(texts)) >= 2
    assert W.segment_many(texts) == serial


def test_no_forking_from_a_threaded_process_or_a_worker(monkeypatch):
    import multiprocessing

    monkeypatch.setattr(W.threading, "active_count", lambda: 2)
    assert W._workers(10_000) == 1
    monkeypatch.setattr(W.threading, "active_count", lambda: 1)
    if len(os.sched_getaffinity(0)) >= 2:
        assert W._workers(10_000) >= 2
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    assert W._workers(10_000) == 1


@pytest.mark.parametrize(
    "module", ["tui.language.words", "tui.language.summarize", "tui.language.algorithms"]
)
def test_importing_loads_nothing_heavy(module):
    code = (
        f"import sys, {module}; "
        "heavy = [m for m in ('underthesea', 'sumy', 'nltk', 'numpy', 'scipy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


SENTENCE = "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư ở Nghệ An."


def _run_fresh(code: str) -> str:
    # A fresh interpreter: which modules a first call imports depends on what is loaded already.
    done = subprocess.run(
        [sys.executable, "-P", "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_ner_loaded_while_the_segmenter_loads_waits_for_it():
    # The reader's summary and attendee workers load underthesea at once: NER's import, made while
    # the segmenter's stand-in package is in sys.modules, must wait for it, not find it half-built.
    out = _run_fresh(
        f"""
        import contextlib, threading
        import tui.language.words as W
        from tui.language import ner

        stand_in = W._underthesea_package
        found = []
        other = threading.Thread(target=lambda: found.append(ner._ner_function()))

        class Watched:  # the segmenter's lock, telling when the other thread asks for it
            def __init__(self, lock):
                self.lock, self.asked = lock, threading.Event()

            def __enter__(self):
                if threading.current_thread() is other:
                    self.asked.set()
                return self.lock.__enter__()

            def __exit__(self, *exc):
                return self.lock.__exit__(*exc)

        @contextlib.contextmanager
        def racing():
            with stand_in() as package:
                watched = W._model_lock = Watched(W._model_lock)
                other.start()
                # NER's import runs now, while the stand-in is there: it has reached the lock
                print(watched.asked.wait(60))
                yield package

        W._underthesea_package = racing
        words = W.segment({SENTENCE!r})
        other.join(60)
        print(len(words) > 5, callable(found[0]), found[0]("Ông Nguyễn Văn An đến Hà Nội")[1][3])
        """
    )
    assert out.split() == ["True", "True", "True", "B-PER"], out


def test_segmenting_skips_underthesea_init_and_leaves_the_package_importable():
    out = _run_fresh(
        f"""
        import sys
        from tui.language.words import segment, stop_words
        words = segment({SENTENCE!r})
        print("ner" in sys.modules.get("underthesea", sys).__dict__)
        print(any(m.startswith("underthesea.pipeline.ner") for m in sys.modules))
        print("underthesea" in sys.modules)
        stop = stop_words()
        import underthesea
        from underthesea.datasets.stopwords import words as theirs
        expected = tuple(w.lower() for w in underthesea.word_tokenize({SENTENCE!r}) if any(c.isalnum() for c in w))
        print(words == expected, words)
        print(stop == frozenset(w.strip().lower() for w in theirs if w.strip()), len(stop))
        print(underthesea.ner("Ông Nguyễn Văn An đến Hà Nội")[1][3])
        """
    )
    lines = out.splitlines()
    assert lines[0] == "False" and lines[1] == "False" and lines[2] == "False", out
    assert lines[3].startswith("True ('bác sĩ', 'bây giờ'"), out
    assert lines[4].startswith("True ") and int(lines[4].split()[1]) > 20, out
    assert lines[5] == "B-PER", out


def test_segmenting_after_a_full_import_uses_the_loaded_package():
    out = _run_fresh(
        f"""
        import underthesea
        from tui.language.words import segment
        print(segment({SENTENCE!r}) == tuple(
            w.lower() for w in underthesea.word_tokenize({SENTENCE!r}) if any(c.isalnum() for c in w)))
        """
    )
    assert out.strip() == "True"


# --- the forked workers end with the command that forked them ------------------------------------

# A command segmenting a long article: each worker says who it is, then holds its chunk as the real
# segmenter would for a long article, so the test acts while every worker is under way.
_HOLDING = textwrap.dedent(
    """
    import os, signal, sys
    from tui.language import words as W

    def hold(text):
        os.write(1, f"{os.getpid()}\\n".encode())
        signal.pause()

    W.segment = hold
    W._word_tokenize = lambda: None
    W._workers = lambda count: 2
    W.segment_many(["Câu thử."] * 8)
    """
)


def _start_holding() -> tuple[subprocess.Popen, list[int]]:
    proc = subprocess.Popen(
        [sys.executable, "-P", "-c", _HOLDING],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    workers = [int(proc.stdout.readline()) for _ in range(2)]  # both workers are up
    return proc, workers


def _end(proc: subprocess.Popen, workers: list[int]) -> None:
    """After a failed test too: the command and the workers it had are ended."""
    import signal

    if proc.poll() is None:
        proc.kill()
        proc.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # its workers share its session's group
    proc.stdout.close()
    proc.stderr.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_segmenting_workers_die_with_a_parent_killed_outright(gone):
    proc, workers = _start_holding()
    try:
        proc.kill()  # SIGKILL: no clean-up of its own can run
        proc.wait(timeout=30)
        assert gone(workers, timeout=30)
    finally:
        _end(proc, workers)


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="Linux")
def test_ctrl_c_stops_the_segmenting_workers_without_a_traceback_from_each(gone):
    import signal

    proc, workers = _start_holding()
    try:
        os.killpg(proc.pid, signal.SIGINT)  # ctrl-c: the terminal signals the whole foreground group
        proc.wait(timeout=30)
        assert gone(workers, timeout=30)
        # The parent's own KeyboardInterrupt is its caller's to report (tui.cli: exit 130); a
        # worker has nothing to say.
        err = proc.stderr.read().decode()
        assert "PoolWorker" not in err and err.count("Traceback") == 1, err
    finally:
        _end(proc, workers)
