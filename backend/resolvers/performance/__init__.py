"""Performance reviews: KPI templates per position and the scorecards computed from them."""
