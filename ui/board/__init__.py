"""The board canvas: scene, view, items, undo commands and gestures."""
