"""Pay by the rules: commission plans as data, their evaluation with the working shown, proration."""
