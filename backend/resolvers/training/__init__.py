"""Training: programs, sessions, mandatory plans and enrolments."""
