"""Renderings of the domain results for the CLI, copying and export: dicts for JSON, plain text, Markdown."""
