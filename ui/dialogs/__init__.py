"""Dialogs for workshops and sessions."""
