"""Lockgate's services: one folder each, coupled only through ``schemas``."""
