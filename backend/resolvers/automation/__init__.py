"""Automation: rules that act on the people a trigger matches, idempotently, and what came of it."""
