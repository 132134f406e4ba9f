"""Fonts, icons, templates, themes and the join page, read through importlib.resources."""
