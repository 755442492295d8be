"""What the system does: async verbs with keyword-only arguments, row scoping and rules.
Nothing here imports Strawberry; every rule is testable without GraphQL or HTTP."""
