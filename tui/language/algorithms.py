"""The names of the summarizers, cheap to import (the CLI's argument parser and the app's
picker need them before any of sumy is loaded)."""

ALGORITHM_NAMES = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
DEFAULT_ALGORITHM = "lexrank"
