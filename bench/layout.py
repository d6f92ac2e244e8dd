"""How long the reader takes to lay out a long article (wrap it to the pane's width), the step
that decides whether 10,000 paragraphs open at once or freeze the screen.

    .venv/bin/python bench/layout.py [--paragraphs 10000] [--width 80]
"""

from __future__ import annotations

import argparse
import statistics
import time

from tui.app.widgets.layout import ArticleLayout
from tui.reading.parse import parse

PARAGRAPH = "Đồng chí Nguyễn Văn A phát biểu tại hội nghị về kết quả năm 2019 và nhiệm vụ năm 2020 của tỉnh."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", type=int, default=10_000)
    ap.add_argument("--width", type=int, default=80)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    text = "Bài rất dài\n\n(Baonghean.vn) - Dẫn nhập.\n\n" + "\n\n".join(
        f"{i}. {PARAGRAPH}" for i in range(args.paragraphs)
    )
    started = time.perf_counter()
    article = parse(text)
    parsed = time.perf_counter() - started
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        layout = ArticleLayout(article, args.width)
        times.append(time.perf_counter() - started)
    median, best = statistics.median(times) * 1000, min(times) * 1000
    print(
        f"{args.paragraphs} paragraphs: parse {parsed * 1000:.0f} ms; layout at width {args.width}: "
        f"median {median:.0f} ms, best {best:.0f} ms ({len(layout)} lines)"
    )


if __name__ == "__main__":
    main()
