"""Loaded with `-p tests.environment` before Django's settings are read.

The suite runs with DEBUG off, as production does, so it needs a secret key;
it never runs behind HTTPS, so no redirect to it.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-for-any-real-deployment")
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("STATIC_MANIFEST", "0")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
