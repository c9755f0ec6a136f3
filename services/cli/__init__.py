"""The ``lockgate`` command."""
