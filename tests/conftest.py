import os
from pathlib import Path

import pytest

from interviews.manifest import read_manifest
from interviews.services import load_seeds

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seeded(db):
    """The four seed articles loaded and published, as `make run` serves them."""
    load_seeds(manifest=read_manifest(SEEDS / "manifest.toml"), publish=True)


def newsroom_groups():
    """The groups the data migration makes; transactional tests flush them, so remake them."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from interviews.roles import sync_newsroom_groups

    create_permissions(apps.get_app_config("interviews"), verbosity=0)
    sync_newsroom_groups(Group, Permission)


@pytest.fixture
def editor(db):
    from .factories import UserFactory

    newsroom_groups()
    return UserFactory(group="Editor", username="editor")


@pytest.fixture
def contributor(db):
    from .factories import UserFactory

    newsroom_groups()
    return UserFactory(group="Contributor", username="contributor")


def pytest_report_header(config):
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"database: {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('NAME')})"


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium for the session (see tests/browser.py)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        from .browser import unavailable

        unavailable("Playwright is not installed: pip install -r requirements.txt")
    from .browser import launch

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
