"""python manage.py rank_candidates --vacancy VACANCY.json --candidates CANDIDATES.jsonl [--top K]

The scriptable face of the matcher (docs: rank-contract.md): the same features and trained scorer
as the site, reference data read (never written) from the database, one JSON object on stdout.
Bad input ends with exit status 2 and one message on stderr naming the file, line and field;
the output is built completely before anything is printed, so nothing is half-printed.
"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from matching.cli_input import InputError, parse_candidates, parse_top, parse_vacancy
from matching.features import CandidateBatch
from matching.reasons import render_reason
from matching.reference_data import load_reference_data
from matching.scoring import load_default_model, rank

USAGE_ERROR = 2


class Command(BaseCommand):
    help = "Rank candidates (JSON Lines) against a vacancy (JSON) and print the ranking as JSON."
    # The command reads two files and prints JSON; unrelated system-check warnings on stderr
    # would only confuse the scripts that call it.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        # Not required=True: argparse would exit with status 2 from the shell but raise a
        # status-1 CommandError under call_command; checking here gives 2 on both paths.
        parser.add_argument("--vacancy", metavar="FILE", help="the vacancy, one JSON object")
        parser.add_argument(
            "--candidates", metavar="FILE", help="candidates, one JSON object a line"
        )
        parser.add_argument("--top", metavar="K", help="print only the best K candidates")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if not options["vacancy"]:
                raise InputError("--vacancy FILE is required")
            if not options["candidates"]:
                raise InputError("--candidates FILE is required")
            top = parse_top(options["top"])
            ref = load_reference_data()
            vacancy = parse_vacancy(options["vacancy"], ref)
            candidates = parse_candidates(options["candidates"], ref)
        except InputError as error:
            raise CommandError(str(error), returncode=USAGE_ERROR) from None

        model = load_default_model(notify=lambda message: self.stderr.write(message))
        batch = CandidateBatch.from_candidates(candidates)
        matches = rank(vacancy, batch, ref, model, top=top) if candidates else []
        output = {
            "vacancy": vacancy.id,
            "model_version": model.model_version,
            "results": [
                {
                    "candidate": match.candidate_id,
                    "score": match.score,
                    "eligible": match.eligible,
                    # Failures first, so a reader sees at once why a candidate cannot be hired.
                    "reasons": [render_reason(r, "en") for r in match.failures + match.reasons],
                }
                for match in matches
            ],
        }
        self.stdout.write(self._dumps(output))

    def _dumps(self, output: dict[str, Any]) -> str:
        text = json.dumps(output, ensure_ascii=False)
        encoding = getattr(self.stdout._out, "encoding", None) or "utf-8"
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            # A terminal or pipe that cannot carry "¥" or Vietnamese still gets valid JSON.
            text = json.dumps(output, ensure_ascii=True)
        return text
