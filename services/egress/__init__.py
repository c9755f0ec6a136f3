"""The egress: releases or rejects each request, calls the upstream, and streams the answer back."""
