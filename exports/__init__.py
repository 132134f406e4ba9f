"""PDF exporters and the text layer they share."""
