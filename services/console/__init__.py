"""The web console: approvals, sessions, audit views and the policy in the browser, served by the gateway."""
