"""hrgraph: one GraphQL graph over people, contracts, traffic, pay and analytics."""
