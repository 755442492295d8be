"""Tortoise models, one module per domain. Model files never import each other:
relations use string references ("models.Employee")."""
