"""Scanned renditions of digital nominations, as a flat-bed scanner makes them.

Each page of a digital PDF is rendered to a grayscale image at the scanner's resolution,
turned by a small angle, given an off-white paper tone and noise, and stored as a JPEG in
an image-only PDF (no text layer). A mixed PDF keeps the digital pages and replaces one
page by its scan. A seeded generator makes every byte repeatable.

Run `python tests/scans.py` to rewrite the committed fixtures in tests/fixtures/scanned/
(from tests/fixtures/generated/; bitonal, to keep them small), or
`python tests/scans.py gray|bitonal OUTDIR PDF...` to scan other PDFs (the evaluation's
renditions of the sample, for instance).
"""

from __future__ import annotations

import io
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).parent
GENERATED = HERE / "fixtures" / "generated"
SCANNED = HERE / "fixtures" / "scanned"

MAX_ANGLE = 0.8  # degrees either way: a page laid on the glass by hand
PAPER = 238  # off-white background level
NOISE = 5  # standard deviation of the sensor noise, in gray levels
JPEG_QUALITY = 40
THRESHOLD = 150  # gray level below which a bitonal scan's pixel is black


@dataclass(frozen=True)
class Style:
    """How the scanner stores a page: a grayscale JPEG, or black and white (CCITT G4, the
    small files office scanners make for documents)."""

    name: str
    dpi: int
    bitonal: bool


GRAY = Style("gray", 200, bitonal=False)
BITONAL = Style("bitonal", 300, bitonal=True)
STYLES = {style.name: style for style in (GRAY, BITONAL)}
FIXED_DATE = time.gmtime(1767225600)  # 2026-01-01: Pillow would write the current time


def scan_page(image: Image.Image, rng: numpy.random.Generator) -> Image.Image:
    """A clean page image made to look scanned: turned, toned, blurred a little, noisy."""
    angle = float(rng.uniform(-MAX_ANGLE, MAX_ANGLE))
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    softened = turned.filter(ImageFilter.GaussianBlur(0.6))
    pixels = numpy.asarray(softened, dtype=numpy.float32) * (PAPER / 255)
    pixels += rng.normal(0.0, NOISE, pixels.shape).astype(numpy.float32)
    specks = rng.random(pixels.shape) < SPECKS  # dust on the glass
    pixels[specks] = 40
    return Image.fromarray(numpy.clip(pixels, 0, 255).astype(numpy.uint8), mode="L")


SPECKS = 0.00005  # share of pixels hit by a dark speck


def render_pages(data: bytes, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [
            pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for index in range(len(pdf))
        ]
    finally:
        pdf.close()


def store(image: Image.Image, style: Style) -> Image.Image:
    if not style.bitonal:
        return image
    return image.point(lambda value: 255 if value > THRESHOLD else 0).convert("1")


def image_pdf(images: list[Image.Image], style: Style) -> bytes:
    """An image-only PDF, one page per image (JPEG, or CCITT G4 when bitonal)."""
    buffer = io.BytesIO()
    options: dict[str, object] = {} if style.bitonal else {"quality": JPEG_QUALITY}
    images[0].save(
        buffer,
        format="PDF",
        save_all=True,
        append_images=images[1:],
        resolution=float(style.dpi),
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
        **options,
    )
    return buffer.getvalue()


def scanned_pdf(data: bytes, seed: int, style: Style = BITONAL) -> bytes:
    """Every page of a digital PDF scanned."""
    rng = numpy.random.default_rng(seed)
    pages = render_pages(data, style.dpi)
    return image_pdf([store(scan_page(page, rng), style) for page in pages], style)


def mixed_pdf(data: bytes, scanned_page: int, seed: int, style: Style = BITONAL) -> bytes:
    """The digital PDF with one page (1-based) replaced by its scan."""
    scan = PdfReader(io.BytesIO(scanned_pdf(data, seed, style)))
    digital = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for number, page in enumerate(digital.pages, start=1):
        writer.add_page(scan.pages[number - 1] if number == scanned_page else page)
    writer._ID = None  # no random file identifier: the same bytes on every run
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_fixtures(outdir: Path = SCANNED) -> list[Path]:
    """The committed fixtures: a one-card nomination scanned, and a mixed PDF."""
    outdir.mkdir(parents=True, exist_ok=True)
    nepal = (GENERATED / "generated_single_nepal.pdf").read_bytes()
    batch = (GENERATED / "generated_batch_kml.pdf").read_bytes()
    targets = {
        "scanned_single_nepal.pdf": scanned_pdf(nepal, seed=1),
        "mixed_batch_kml_page5.pdf": mixed_pdf(batch, scanned_page=5, seed=2),
    }
    for name, data in targets.items():
        (outdir / name).write_bytes(data)
    return [outdir / name for name in targets]


def main(argv: list[str]) -> int:
    if not argv:
        for path in write_fixtures():
            print(f"{path} ({path.stat().st_size // 1024} KB)")
        return 0
    style_name, outdir, *sources = argv
    style = STYLES[style_name]
    Path(outdir).mkdir(parents=True, exist_ok=True)
    for seed, source in enumerate(map(Path, sources), start=1):
        target = Path(outdir) / source.name
        target.write_bytes(scanned_pdf(source.read_bytes(), seed, style))
        print(f"{target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
