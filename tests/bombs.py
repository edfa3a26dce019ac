"""Hostile PDFs, made at test time: small files that ask a reader for enormous work.

Each bomb is a few kilobytes to a few hundred kilobytes on disk, written by a minimal PDF
writer (fpdf2 would refuse to write most of them). They are what issue 18 measured taking a
machine down: a page that draws millions of characters from a deflated content stream, a
content stream that inflates to hundreds of megabytes, deeply nested arrays, a page tree of
tens of thousands of pages sharing one content stream, and an image-only page whose
rendering for OCR would need billions of pixels.

Run `python tests/bombs.py OUTDIR` to write them all to a folder.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable
from pathlib import Path

Obj = bytes

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def stream(content: bytes, extra: bytes = b"", compress: bool = True) -> Obj:
    """A stream object, deflated when `compress` (level 9: bombs stay small on disk)."""
    data = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    head = b"<< /Length %d%s %s >>\nstream\n" % (len(data), flate, extra)
    return head + data + b"\nendstream"


def write_pdf(objects: list[Obj]) -> bytes:
    """A PDF of `objects` (object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def one_page(content: Obj, resources: bytes = b"<< /Font << /F1 4 0 R >> >>") -> list[Obj]:
    """Catalog, page tree, one A4 page whose content is object 5; object 4 is a font."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s "
        b"/Contents 5 0 R >>" % resources,
        FONT,
        content,
    ]


def million_chars(count: int = 5_000_000) -> bytes:
    """One page drawing `count` characters: a ~10 KB file, a deflated content stream."""
    line = b"(" + b"A" * 1000 + b") Tj\n"
    body = b"BT /F1 1 Tf 10 10 Td\n" + line * (count // 1000) + b"ET\n"
    return write_pdf(one_page(stream(body)))


def inflating_stream(megabytes: int = 300) -> bytes:
    """A content stream of `megabytes` MB of spaces: about 1/1000 of that on disk."""
    body = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n" + b" " * (megabytes * 2**20)
    return write_pdf(one_page(stream(body)))


def nested_arrays(depth: int = 200_000) -> bytes:
    """A content stream whose operand is an array nested `depth` levels deep."""
    body = b"BT /F1 12 Tf 72 720 Td " + b"[" * depth + b"(x)" + b"]" * depth + b" TJ ET\n"
    return write_pdf(one_page(stream(body)))


def huge_page_tree(pages: int = 50_000) -> bytes:
    """`pages` page objects under one /Pages node, all sharing one content stream."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> >>" % (kids, pages),
        FONT,
        stream(b"BT /F1 12 Tf 72 720 Td (Same page) Tj ET\n"),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"] * pages
    return write_pdf(objects)


def giant_scan(side_points: int = 14_400, pixels: int = 8) -> bytes:
    """An image-only page 200 inches square (the largest page PDF allows): rendering it for
    OCR at 300 dpi would need 60,000 x 60,000 pixels. The image itself is tiny."""
    image = stream(
        bytes(range(pixels * pixels)),
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8" % (pixels, pixels),
    )
    draw = stream(b"q %d 0 0 %d 0 0 cm /Im1 Do Q\n" % (side_points, side_points))
    return write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"
            % (side_points, side_points),
            image,
            draw,
        ]
    )


BOMBS: dict[str, Callable[[], bytes]] = {
    "million-chars.pdf": million_chars,
    "inflating-stream.pdf": inflating_stream,
    "nested-arrays.pdf": nested_arrays,
    "huge-page-tree.pdf": huge_page_tree,
    "giant-scan.pdf": giant_scan,
}


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in BOMBS.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "bombs")):
        print(f"{path}: {path.stat().st_size:,} bytes")
