"""Values their vendors publish by design (issue 16, pass 35m): a key-named variable holding one is no secret.

Mapbox access tokens are ``pk.`` (public, shipped in every web map's page) or ``sk.``/``tk.`` (secret, temporary)
followed by a base64url JSON payload (``eyJ``) and a signature; Stripe's publishable keys (``pk_live_``,
``pk_test_``) and PostHog's project keys (``phc_``) are the browser's half of a pair whose other half
(``sk_live_``, ``phx_``) is the secret. Their names still say key or token (``mapboxgl.accessToken``,
``STRIPE_PUBLISHABLE_KEY``), so the key-name rules must know the value's own prefix says public.
"""

from __future__ import annotations

import re

_PUBLISHED = re.compile(r"pk\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|pk_(?:live|test)_[A-Za-z0-9]{16,}|phc_[A-Za-z0-9]{30,}")


def published(value: str) -> bool:
    """Is the whole value a token its vendor publishes by design?"""
    return _PUBLISHED.fullmatch(value) is not None
