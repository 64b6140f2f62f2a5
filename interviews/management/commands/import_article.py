import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from interviews.batch import Article, can_run_in_parallel, import_many
from interviews.models import Interview
from interviews.services import ImportFailed, preview_article


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
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            metavar="N",
            help="Import N files at once in separate processes (PostgreSQL only).",
        )

    def handle(self, *args, files, interview, publish, dry_run, json, jobs, **options):
        if json and not dry_run:
            raise CommandError("--json goes with --dry-run.")
        if dry_run and publish:
            raise CommandError("--publish cannot be combined with --dry-run.")
        if jobs < 1:
            raise CommandError("--jobs must be 1 or more.")
        target = None
        if interview:
            target = Interview.objects.filter(slug=interview).first()
            if target is None:
                raise CommandError(f"No interview with the slug “{interview}”.")
        articles = [Article(label=file, name=Path(file).name) for file in files]
        if dry_run:
            failed = self._preview_all(articles, as_json=json)
        else:
            failed = self._import_all(articles, target, publish, self._workers(jobs, target))
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be imported.")

    def _workers(self, jobs: int, target) -> int:
        if jobs > 1 and not can_run_in_parallel():
            self.stderr.write("SQLite allows one writer at a time: importing one file at a time.")
            return 1
        if jobs > 1 and target is not None:
            self.stderr.write("Write-ups of one interview are imported one at a time.")
            return 1
        return jobs

    def _import_all(self, articles: list[Article], target, publish: bool, jobs: int) -> int:
        failed = 0
        for outcome in import_many(articles, jobs=jobs, interview=target, publish=publish):
            if outcome.error:
                failed += 1
                self.stderr.write(f"{outcome.label}: {outcome.error}")
                continue
            self.stdout.write(outcome.summary)
            for warning in outcome.warnings:
                self.stdout.write(self.style.WARNING(f"  warning: {warning}"))
        return failed

    def _preview_all(self, articles: list[Article], *, as_json: bool) -> int:
        failed = 0
        for article in articles:
            try:
                self._preview(article.label, article.read(), as_json=as_json)
            except ImportFailed as exc:
                failed += 1
                self.stderr.write(f"{article.label}: {exc}")
        return failed

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
