"""Training in the graph."""
