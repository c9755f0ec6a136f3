"""The ingress: the Anthropic API surface that clients point ``ANTHROPIC_BASE_URL`` at."""
