from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from interviews.manifest import ManifestError, read_manifest
from interviews.services import ImportFailed, load_seeds


class Command(BaseCommand):
    help = "Load the seed articles listed in seeds/manifest.toml (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--manifest",
            type=Path,
            default=Path(settings.BASE_DIR) / "seeds" / "manifest.toml",
            help="The manifest to read (default: seeds/manifest.toml).",
        )
        parser.add_argument("--publish", action="store_true", help="Publish the seeded interviews.")

    def handle(self, *args, manifest: Path, publish: bool, **options):
        try:
            seeds = read_manifest(manifest)
            counts, results = load_seeds(manifest=seeds, publish=publish)
        except (ManifestError, ImportFailed) as exc:
            raise CommandError(str(exc)) from exc
        for result in results:
            self.stdout.write(result.summary())
        extra = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if v)
        interviews = {r.interview.pk for r in results}
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(results)} files, {len(interviews)} interviews"
                + (f"; {extra}" if extra else "")
            )
        )
