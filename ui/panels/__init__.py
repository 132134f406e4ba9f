"""Panels docked beside the board: participants, actions, live, facilitation."""
