"""Contracts in the graph: `types` (objects) and `operations` (queries and mutations)."""
