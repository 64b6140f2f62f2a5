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


@pytest.fixture
def editor(db):
    from .factories import UserFactory

    return UserFactory(group="Editor", username="editor")


@pytest.fixture
def contributor(db):
    from .factories import UserFactory

    return UserFactory(group="Contributor", username="contributor")


def pytest_report_header(config):
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"database: {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('NAME')})"
