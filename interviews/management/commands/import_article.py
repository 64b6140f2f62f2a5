import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from interviews.models import Interview, Status
from interviews.services import ImportFailed, change_status, import_article, preview_article


class Command(BaseCommand):
    help = (
        "Import interview write-ups (plain text, Markdown or HTML). Each file is one "
        "transaction; importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--interview", metavar="SLUG", help="Add the files as write-ups of this interview."
        )
        parser.add_argument("--publish", action="store_true", help="Publish what is imported.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be read; write nothing."
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="With --dry-run: one JSON object per file on stdout (JSON Lines).",
        )

    def handle(self, *args, files, interview, publish, dry_run, json, **options):
        if json and not dry_run:
            raise CommandError("--json goes with --dry-run.")
        if dry_run and publish:
            raise CommandError("--publish cannot be combined with --dry-run.")
        target = None
        if interview:
            target = Interview.objects.filter(slug=interview).first()
            if target is None:
                raise CommandError(f"No interview with the slug “{interview}”.")
        failed = []
        for file in files:
            try:
                data = self._read(file)
                if dry_run:
                    self._preview(file, data, as_json=json)
                else:
                    self._import(file, data, target, publish)
            except ImportFailed as exc:
                failed.append(file)
                self.stderr.write(f"{file}: {exc}")
        if failed:
            raise CommandError(f"{len(failed)} of {len(files)} files could not be imported.")

    def _read(self, file: str) -> bytes:
        path = Path(file)
        if not path.is_file():
            raise ImportFailed("no such file.")
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ImportFailed(f"cannot be read ({exc.strerror}).") from exc

    def _preview(self, file: str, data: bytes, *, as_json: bool) -> None:
        parsed = preview_article(data=data)
        if as_json:
            sys.stdout.write(json.dumps(parsed.to_json(file), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            return
        self.stdout.write(
            f"{file}: {parsed.title or '(no title)'} — {len(parsed.quotes)} statements, "
            f"{len(parsed.commentary)} commentary, {len(parsed.sections)} sections"
        )
        for quote in parsed.quotes:
            self.stdout.write(f"  [{quote.kind}] {quote.speaker or '?'}: {quote.text[:90]}")
        for warning in parsed.warnings:
            self.stdout.write(self.style.WARNING(f"  warning: {warning}"))

    def _import(self, file: str, data: bytes, target, publish: bool) -> None:
        result = import_article(data=data, name=Path(file).name, interview=target)
        if publish:
            change_status(interview=result.interview, to_status=Status.PUBLISHED)
        self.stdout.write(result.summary())
        for warning in result.parsed.warnings if result.parsed else ():
            self.stdout.write(self.style.WARNING(f"  warning: {warning}"))
