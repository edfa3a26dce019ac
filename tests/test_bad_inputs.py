"""The bad-input suite: one batch of broken, hostile and odd inputs among good files.

Every good file's JSON is written and valid, every bad one has its typed error (one line
on stderr and an entry in the manifest), and the exit status is 1.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from generator import one_page_nomination as nomination_pdf
from pypdf import PdfReader, PdfWriter

from pipeline.write import validate_json

REPO = Path(__file__).resolve().parent.parent
NON_ASCII_NAME = "Résumé de l’initiative – São Tomé (2014).pdf"


def encrypted(data: bytes, user_password: str, owner_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A page that is one picture of text-like stripes: what a scanner produces."""
    pdf = FPDF()
    pdf.add_page()
    pixels = bytes(255 if (y // 4) % 3 else 0 for y in range(200) for _ in range(300))
    header = b"P5 300 200 255\n"
    pdf.image(io.BytesIO(header + pixels), x=10, y=10, w=180)
    return bytes(pdf.output())


def blank_pages_pdf(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# file name -> expected error code (None: processed normally)
EXPECTED: dict[str, str | None] = {
    "good-1.pdf": None,
    "good-2.pdf": None,
    NON_ASCII_NAME: None,
    "owner-password-only.pdf": None,
    "zero-bytes.pdf": "empty",
    "text-file.pdf": "not_pdf",
    "web-page.pdf": "not_pdf",
    "truncated.pdf": "damaged",
    "garbage-after-header.pdf": "damaged",
    "user-password.pdf": "encrypted",
    "image-only.pdf": "no_text_layer",
    # Over the default --max-pages (1500): refused from the page count, before any page
    # is read. Under the limit the same blank pages would be `empty` (no text anywhere).
    "2000-empty-pages.pdf": "too_large",
    "folder.pdf": "not_pdf",
    "symlink-loop.pdf": "unreadable",
    "dangling-link.pdf": "unreadable",
}


def build_bad_batch(folder: Path) -> None:
    good = nomination_pdf()
    files = {
        "good-1.pdf": good,
        "good-2.pdf": nomination_pdf("B", "Solar kiosks for rural clinics"),
        NON_ASCII_NAME: nomination_pdf("C", "Cooperativas de pesca"),
        "owner-password-only.pdf": encrypted(good, user_password="", owner_password="owner"),
        "zero-bytes.pdf": b"",
        "text-file.pdf": b"Minutes of the meeting\nNothing here is a PDF.\n",
        "web-page.pdf": b"<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n",
        "truncated.pdf": good[: len(good) // 3],
        "garbage-after-header.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "user-password.pdf": encrypted(good, user_password="secret", owner_password="owner"),
        "image-only.pdf": image_only_pdf(),
        "2000-empty-pages.pdf": blank_pages_pdf(2000),
    }
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "folder.pdf").mkdir()
    (folder / "symlink-loop.pdf").symlink_to("symlink-loop.pdf")
    (folder / "dangling-link.pdf").symlink_to("no-such-target.pdf")


@pytest.fixture(scope="module", params=["pdfplumber", "pdfium"])
def bad_batch(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Path, Path, Any]:
    """The batch run with each character reader: the same typed error for every file."""
    root = tmp_path_factory.mktemp(f"bad-inputs-{request.param}")
    source, out = root / "in", root / "out"
    build_bad_batch(source)
    command = [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(out)]
    result = subprocess.run(
        [*command, "--jobs", "2", "--reader", request.param],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return source, out, result


def test_exit_status_is_1(bad_batch: tuple[Path, Path, Any]) -> None:
    _, _, result = bad_batch
    assert result.returncode == 1, result.stderr


def test_manifest_lists_every_input_with_its_outcome(bad_batch: tuple[Path, Path, Any]) -> None:
    _, out, _ = bad_batch
    manifest = json.loads((out / "_manifest.json").read_bytes())
    files = {Path(f["path"]).name: f for f in manifest["files"]}
    assert set(files) == set(EXPECTED)
    outcomes = {name: files[name]["error_code"] for name in EXPECTED}
    assert outcomes == EXPECTED, {n: files[n]["message"] for n in files}
    for name, code in EXPECTED.items():
        assert files[name]["status"] == ("failed" if code else "ok")
    assert manifest["state"] == "finished"
    assert manifest["totals"]["failed"] == sum(code is not None for code in EXPECTED.values())


def test_good_files_are_written_and_valid(bad_batch: tuple[Path, Path, Any]) -> None:
    _, out, _ = bad_batch
    written = sorted(p.name for p in out.glob("*.json") if p.name != "_manifest.json")
    good = sorted(Path(name).stem + ".json" for name, code in EXPECTED.items() if code is None)
    assert written == good
    for name in written:
        document = json.loads((out / name).read_bytes())
        validate_json(document)
    owner_only = json.loads((out / "owner-password-only.json").read_bytes())
    assert owner_only["cards"], "an owner-password PDF opens and is processed normally"
    non_ascii = json.loads((out / (Path(NON_ASCII_NAME).stem + ".json")).read_bytes())
    assert non_ascii["source"]["file"] == NON_ASCII_NAME


def test_one_stderr_line_per_failed_file(bad_batch: tuple[Path, Path, Any]) -> None:
    source, _, result = bad_batch
    error_lines = [line for line in result.stderr.splitlines() if line.startswith(str(source))]
    reported = {}
    for line in error_lines:
        path, code, message = line.split(": ", 2)
        reported[Path(path).name] = code
        assert message
    assert reported == {name: code for name, code in EXPECTED.items() if code}


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not stop root from reading")
    from pipeline.cli import main

    locked = tmp_path / "in" / "locked.pdf"
    locked.parent.mkdir()
    locked.write_bytes(nomination_pdf())
    locked.chmod(0)
    assert main(["run", str(locked.parent), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    assert capsys.readouterr().err.startswith(f"{locked}: unreadable: cannot read")


def test_an_unreadable_link_layer_keeps_the_page_text() -> None:
    """A real, readable PDF (federal-register-2020-17221.pdf) whose link annotations recurse
    without end inside pdfplumber: the links are lost with a warning naming the page and the
    layer, never the document (it used to fail whole as `damaged`)."""
    from pipeline.extract import extract_pdf
    from pipeline.settings import Settings

    data = (
        REPO / "tests" / "fixtures" / "thirdparty" / "federal-register-2020-17221.pdf"
    ).read_bytes()
    document = extract_pdf(data, Settings(ocr="off"))
    assert document.page_count == 15
    assert any("Federal Register" in line.text for line in document.lines)
    unreadable = [w for w in document.warnings if w.code == "layer_unreadable"]
    assert any(w.page == 1 and "its links could not be read" in w.message for w in unreadable)


def test_the_pdfium_reader_reads_the_same_pdf_with_its_links() -> None:
    """pdfium resolves the link annotations pdfminer cannot: the text and the links. (The
    form fields of page 1 are still read by pdfplumber, which cannot: that warning stays.)"""
    from pipeline.extract import extract_pdf
    from pipeline.settings import Settings

    data = (
        REPO / "tests" / "fixtures" / "thirdparty" / "federal-register-2020-17221.pdf"
    ).read_bytes()
    document = extract_pdf(data, Settings(ocr="off", reader="pdfium"))
    assert document.page_count == 15
    assert any("Federal Register" in line.text for line in document.lines)
    unreadable = [w.message for w in document.warnings if w.code == "layer_unreadable"]
    assert not [message for message in unreadable if "links" in message]
    assert any(link.uri.startswith("http") for link in document.links)
