"""The authz stage: least privilege per verified identity (roles, models, tools, rate, budget)."""
