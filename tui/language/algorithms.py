"""The names of the summarizers, cheap to import (the CLI's argument parser and the app's
picker need them before any of sumy is loaded)."""

ALGORITHM_NAMES = ("docbao", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
DEFAULT_ALGORITHM = "docbao"

# One line each, for help texts and the app's picker.
ALGORITHM_DESCRIPTIONS = {
    "docbao": "made for news: lead position, centrality, title overlap, no repeats",
    "lexrank": "sumy LexRank: centrality in the sentence similarity graph",
    "textrank": "sumy TextRank: PageRank over shared words",
    "lsa": "sumy LSA: latent semantic analysis",
    "luhn": "sumy Luhn: clusters of frequent words",
    "edmundson": "sumy Edmundson: cue words, title words and position",
    "kl": "sumy KL-Sum: keeps the word distribution of the article",
    "sumbasic": "sumy SumBasic: frequent words, discounted once used",
    "reduction": "sumy Reduction: graph of shared words",
}
