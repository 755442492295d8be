"""Performance in the graph: KPI templates, review cycles and reviews."""
