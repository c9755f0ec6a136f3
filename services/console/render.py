"""Server-side HTML: templates shipped as package data, every value escaped unless it is already ``Html``."""

from __future__ import annotations

import html
from functools import cache
from importlib import resources
from string import Template


class Html(str):
    """Markup built by the console itself (already escaped); anything else is escaped when rendered."""


def escape(value: object) -> Html:
    if isinstance(value, Html):
        return value
    return Html(html.escape("" if value is None else str(value), quote=True))


def join(parts) -> Html:
    return Html("".join(escape(part) for part in parts))


def tag(name: str, content: object = "", **attributes: object) -> Html:
    """``<name attr="...">content</name>``; an attribute named ``class_`` becomes ``class``; None drops it."""
    attrs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{escape(value)}"' for key, value in attributes.items() if value is not None
    )
    return Html(f"<{name}{attrs}>{escape(content)}</{name}>")


@cache
def _template(name: str) -> Template:
    return Template(resources.files("services.console").joinpath("templates", name).read_text(encoding="utf-8"))


def render(name: str, **values: object) -> Html:
    return Html(_template(name).substitute({key: escape(value) for key, value in values.items()}))


def static_file(name: str) -> bytes | None:
    """A shipped static file by its plain name, or None (no path ever leaves the static folder)."""
    if not name.replace("-", "").replace(".", "").isalnum():
        return None
    entry = resources.files("services.console").joinpath("static", name)
    return entry.read_bytes() if entry.is_file() else None
