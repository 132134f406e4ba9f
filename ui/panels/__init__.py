"""Panels docked beside the board: each takes the services and follows one session."""
