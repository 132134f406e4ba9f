"""Docked panels of the main window."""
