"""Compensation in the graph: commission plans, assignments, payroll runs and payslips."""
