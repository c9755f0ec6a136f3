"""A simulated Claude Messages API upstream, so tests and benchmarks never need api.anthropic.com."""

from services.simulator.app import create_app, run, serve

__all__ = ["create_app", "run", "serve"]
