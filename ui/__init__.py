"""Qt widgets: render snapshots, turn gestures into service calls."""
