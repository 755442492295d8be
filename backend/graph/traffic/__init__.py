"""Live-stream traffic in the graph: `accounts` (platform accounts, ingestion, the live feed),
`series` (series and leaderboards), `summary` (the totals type the employee type uses)."""
