"""Bundled articles, shipped as package data (the folder is the checkout's articles/)."""
