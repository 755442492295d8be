"""Attendance: monthly summaries from the time clock, and leave."""
