"""What build tools, package managers and test runners create and re-create: a project's output, not its work.

Deleting it costs a rebuild, never data, so a delete of such a directory or file is not a workspace escape.
"""

from __future__ import annotations

import fnmatch
import re

BUILD_NAMES = frozenset({
    "node_modules", "dist", "build", "out", "target", ".next", ".nuxt", ".svelte-kit", ".turbo", ".parcel-cache", ".cache", ".vite",
    "coverage", "htmlcov", ".nyc_output", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".gradle",
    ".venv", "venv", ".eggs", "DerivedData", "Pods", ".dart_tool", ".angular", "storybook-static", ".expo", ".docusaurus", "cdk.out",
    ".serverless", ".aws-sam", "_build", ".stack-work", "dist-newstyle", ".terraform", ".webpack", ".eslintcache", ".pnpm-store",
    "cmake-build-debug", "cmake-build-release", ".build", "bazel-out", ".sass-cache", ".jekyll-cache", "elm-stuff", ".bundle",
})
"""Directory names of build output, dependency installs and tool caches."""
_BUILD_FILES = ("*.pyc", "*.pyo", "*.class", "*.o", "*.obj", "*.tsbuildinfo", ".DS_Store", "Thumbs.db", "*.egg-info",
                "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "Cargo.lock", "poetry.lock", "uv.lock", "Pipfile.lock",
                "composer.lock", "Gemfile.lock")
"""File-name patterns of compiled or tool-generated files (also what ``find -name`` looks for when cleaning); a package
manager's lock file is written again by the next install."""
_BUILD_FILE = re.compile("|".join(fnmatch.translate(p) for p in _BUILD_FILES))


def is_build_name(name: str) -> bool:
    """A directory or file name (or a ``find -name`` pattern) that only build output carries."""
    return name in BUILD_NAMES or bool(_BUILD_FILE.match(name))
