"""Write the JSON Schema of the output document (schemas/nomination.schema.json), generated
from the pydantic models, or --check that the committed file is still what the models say.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.models import SCHEMA_VERSION, Document

SCHEMA_FILE_NAME = "nomination.schema.json"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# A URN rather than a web address: the schema is not published anywhere yet, and an $id
# must not pretend to be fetchable.
SCHEMA_ID = f"urn:nominations:schema:nomination:{SCHEMA_VERSION}"
SCHEMA_TITLE = "Nomination document"


def default_schema_path() -> Path:
    """schemas/nomination.schema.json in the project: the package folder's parent."""
    return Path(__file__).resolve().parent.parent / "schemas" / SCHEMA_FILE_NAME


def build_schema() -> dict[str, Any]:
    """The JSON Schema of `Document`, with the dialect, id and title a schema file needs."""
    schema = Document.model_json_schema()
    schema["$schema"] = SCHEMA_DIALECT
    schema["$id"] = SCHEMA_ID
    schema["title"] = SCHEMA_TITLE
    return schema


def render_schema(schema: dict[str, Any]) -> str:
    """Deterministic text: the same models always give the same bytes, so git diffs stay clean."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_is_current(path: Path) -> bool:
    """True when the file at `path` holds exactly what the models generate today."""
    try:
        committed = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return committed == render_schema(build_schema())


EXAMPLES = """
  nominations schema                       write schemas/nomination.schema.json
  nominations schema --check               exit 1 when the committed schema is stale
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the schema file differs from what the models generate",
    )
    parser.add_argument(
        "--path",
        type=Path,
        default=None,
        help=f"schema file (default: schemas/{SCHEMA_FILE_NAME} in the project)",
    )


def command(args: argparse.Namespace) -> int:
    path: Path = args.path or default_schema_path()
    if args.check:
        if schema_is_current(path):
            print(f"{path}: up to date")
            return 0
        reason = "is missing" if not path.exists() else "differs from the models"
        print(
            f"{path} {reason}: run 'nominations schema' and commit the result",
            file=sys.stderr,
        )
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_schema(build_schema()), encoding="utf-8")
    print(f"wrote {path}")
    return 0
