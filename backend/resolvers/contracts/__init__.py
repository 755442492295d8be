"""Labor contracts: templates, versions, signatures, the law they run under."""
