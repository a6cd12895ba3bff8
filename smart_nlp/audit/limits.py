"""Explicit limits on what one audited document may hold.

A document over a limit is either refused with a clear French message (``DocumentError``,
with an English gloss) or audited in part, with a warning in the report that says what was
left out. The web server imports these constants to check uploads against the same bounds.
"""
from __future__ import annotations

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
"""Size of the file as uploaded or read from disk."""
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
"""Total uncompressed size of the parts of a .docx archive (a zip bomb stops here)."""
MAX_XML_BYTES = 30 * 1024 * 1024
"""Uncompressed size of one XML part of a .docx (its parsed tree takes about 25 times as much memory)."""
MAX_COMPRESSION_RATIO = 200
"""Uncompressed / compressed size of one .docx part beyond which it is taken for a bomb."""
MAX_PAGES = 3000
"""Pages of a PDF read; later pages are left out with a warning."""
MAX_TEXT_CHARS = 3_000_000
"""Characters of a text or Markdown file read; the rest is left out with a warning (the
detector examines at most ``MAX_JUDGED_CHARS`` of statements anyway)."""
MAX_STATEMENTS = 5000
"""Statements judged by the goal detector; later ones are left out with a warning."""
MAX_JUDGED_CHARS = 600_000
"""Characters of statements judged by the goal detector (its cost follows the text's length)."""
MAX_GOALS = 1000
"""Goals analysed per document; later ones are left out with a warning."""
MAX_HEADING_DEPTH = 12
"""Deeper headings are read as headings of this depth."""
MAX_STATEMENT_CHARS = 2000
"""A longer statement is reported as not analysed (no goal is written that long)."""
MAX_BLOCK_CHARS = 200_000
"""A paragraph longer than this (a text without line breaks) is cut into pieces of this size."""
MAX_WORD_BLOCKS = 20_000
"""Paragraphs and table rows read from a .docx; the rest is left out with a warning (the
detector examines at most ``MAX_STATEMENTS`` statements anyway)."""
MAX_CELLS_PER_ROW = 64
"""Table cells read per row."""
