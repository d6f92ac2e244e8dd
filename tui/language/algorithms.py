"""The summarizers, by name: one registry, cheap to import (the CLI's argument parser, the
settings and the app's picker need it before any of sumy is loaded).

Each entry names its ranker by module and attribute, imported only when a summary is made (as
sumy's AVAILABLE_METHODS maps a name to a class); every ranker takes the same
`tui.language.rankers.Doc` and a sentence count.  The CLI's choices, the picker, the settings'
check and the benchmarks all list `ALGORITHMS`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Algorithm:
    name: str
    description: str  # one line, for help texts and the app's picker
    ranker: str  # "module:attribute" of the function that ranks the sentences: (Doc, count) -> Ranked

    def load(self) -> Callable[..., Any]:
        """The ranker itself (its module is imported now, not before)."""
        module, attribute = self.ranker.split(":")
        return getattr(importlib.import_module(module), attribute)


ALGORITHMS: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm(
            "docbao",
            "made for news: lead position, centrality, title overlap, no repeats",
            "tui.language.newsrank:rank_doc",
        ),
        Algorithm(
            "lexrank",
            "sumy LexRank: centrality in the sentence similarity graph",
            "tui.language.rankers:lexrank",
        ),
        Algorithm("textrank", "sumy TextRank: PageRank over shared words", "tui.language.rankers:textrank"),
        Algorithm("lsa", "sumy LSA: latent semantic analysis", "tui.language.rankers:lsa"),
        Algorithm("luhn", "sumy Luhn: clusters of frequent words", "tui.language.rankers:luhn"),
        Algorithm(
            "edmundson",
            "sumy Edmundson: cue words, title words and position",
            "tui.language.adapter:edmundson_with_cues",
        ),
        Algorithm("kl", "sumy KL-Sum: keeps the word distribution of the article", "tui.language.rankers:kl"),
        Algorithm(
            "sumbasic", "sumy SumBasic: frequent words, discounted once used", "tui.language.rankers:sumbasic"
        ),
        Algorithm("reduction", "sumy Reduction: graph of shared words", "tui.language.rankers:reduction"),
    )
}
DEFAULT_ALGORITHM = "docbao"

# Views of the registry, under the names the callers already use.
ALGORITHM_NAMES = tuple(ALGORITHMS)
ALGORITHM_DESCRIPTIONS = {name: a.description for name, a in ALGORITHMS.items()}
