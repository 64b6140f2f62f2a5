import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Development only: give the local 'admin' superuser a fresh random password "
        "and print how to log in."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username: str, url: str, **options):
        if not settings.DEBUG:
            raise CommandError(
                "dev_login resets a superuser's password and only runs with DEBUG=1. "
                "In production use `manage.py createsuperuser`."
            )
        password = secrets.token_urlsafe(12)
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        user.groups.add(*Group.objects.filter(name="Editor"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {url}  user: {username}  password: {password}  "
                "(a new password each time `make run` starts)"
            )
        )
