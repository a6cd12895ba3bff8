"""A minimal PDF writer for test fixtures and benchmarks (pypdf cannot write text)."""
from __future__ import annotations


def pdf_bytes(pages: list[list[tuple[int, str]]], image_only: bool = False, padding: int = 0) -> bytes:
    """A minimal, valid PDF: each page a list of (font size, text) lines in Helvetica
    (WinAnsiEncoding, so French accents, « » and € survive); ``image_only`` draws a
    small image and no text, like a scanned page; ``padding`` blanks appended to each
    page's content, then Flate-compressed (a decompression bomb when large)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = add(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\x80\x80\xff\nendstream")
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for lines in pages:
        if image_only:
            ops = b"q 500 0 0 700 50 70 cm /Im1 Do Q"
        else:
            parts, y = [], 800
            for size, text in lines:
                raw = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                parts.append(b"BT /F1 %d Tf 50 %d Td (" % (size, y) + raw + b") Tj ET")
                y -= int(size * 1.6)
            ops = b"\n".join(parts)
        if padding:
            import zlib

            ops = zlib.compress(ops + b" " * padding, 9)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(ops) + ops + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                        % (pages_id, content, font, image)))
    add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)
