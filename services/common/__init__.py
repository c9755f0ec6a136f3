"""The small amount of code every service shares: configuration, bus access, errors."""
