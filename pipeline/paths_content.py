"""A page's content streams without their text objects, for the paths-only layout.

The pdfium reader reads text through pdfium; pdfminer is still asked for the ruling lines
and rectangles that pdfplumber's table finder needs (limits.build_paths_layout). Most of
that work is pdfminer's tokenizer reading the text objects (every string and number of
every `Tj` and `TJ`), which draw no paths. Here each `BT ... ET` block that only sets text
state, shows text, sets colours or marks content is cut out of the streams before pdfminer
sees them, so the paths, the graphics state and the interpreter's operand stack are what
they would have been. A block is cut only when every operator in it is one of these with
exactly its operands; its colour and graphics-state operators (`g`, `rg`, `scn`, `gs` ...)
are kept in its place with their operands, and an EMC when it marked content. Anything
this scanner is not sure it reads as pdfminer does (inline images, a token pdfminer would
split, an unclosed string) leaves the page's streams as they are. docs/decisions.md
("Issue 13, fourth round") says why this is exact and how it was checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdftypes import PDFStream, resolve1

# pdfminer's tokens: whitespace is bytes' \s (NUL is not whitespace to pdfminer). A run of
# regular bytes is a number or an operator only when pdfminer reads all of it as one; any
# other run (`12Tj`, `1.2.3`) is several tokens to pdfminer, and unreadable here.
_REGULAR_ENDS = rb"(?![^\s/%\[\]()<>{}#\\])"
_TOKEN = re.compile(
    rb"\s*(?:"
    rb"(?P<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+)" + _REGULAR_ENDS + rb")"
    rb"|(?P<keyword>[A-Za-z'\"*][A-Za-z0-9'\"*]*" + _REGULAR_ENDS + rb")"
    rb"|(?P<string>\()"
    rb"|(?P<name>/[^\s/%\[\]()<>{}]*)"  # "#12" escapes stay inside a name
    rb"|(?P<array>[\[\]])"
    rb"|(?P<dict><<|>>)"
    rb"|(?P<hex><[0-9A-Fa-f\s]*>)"
    rb"|(?P<comment>%[^\r\n]*)"
    rb"|(?P<other>[^\s/%\[\]()<>{}#\\]+|\S)"
    rb")"
)
_STRING_END = re.compile(rb"[()\\]")

NUMBER, STRING, NAME, ARRAY, DICT = "number", "string", "name", "array", "dict"
# The operators cut with a block, with the operands each takes (exactly these).
CUT: dict[bytes, tuple[str, ...]] = {
    b"BT": (),
    b"ET": (),
    b"Tc": (NUMBER,),
    b"Tw": (NUMBER,),
    b"Tz": (NUMBER,),
    b"TL": (NUMBER,),
    b"Tf": (NAME, NUMBER),
    b"Tr": (NUMBER,),
    b"Ts": (NUMBER,),
    b"Td": (NUMBER, NUMBER),
    b"TD": (NUMBER, NUMBER),
    b"Tm": (NUMBER,) * 6,
    b"T*": (),
    b"Tj": (STRING,),
    b"TJ": (ARRAY,),
    b"'": (STRING,),
    b'"': (NUMBER, NUMBER, STRING),
    b"BMC": (NAME,),
    b"BDC": (NAME, NAME),
    b"EMC": (),
}
# Kept in the block's place with their operands: they change the graphics state.
KEPT = frozenset(
    [b"g", b"G", b"rg", b"RG", b"k", b"K", b"cs", b"CS", b"sc", b"SC", b"scn", b"SCN", b"gs"]
)
# pdfminer reads binary data after these: nothing after them can be scanned.
INLINE_IMAGE = frozenset([b"BI", b"ID", b"EI"])


class Unreadable(Exception):
    """Something this scanner does not read as pdfminer does: the streams stay whole."""


@dataclass
class Block:
    """A `BT ... ET` block being read."""

    start: int
    operands: list[tuple[str, int]] = field(default_factory=list)  # kind, start offset
    kept: list[bytes] = field(default_factory=list)
    cuttable: bool = True
    marked_depth: int = 0


def without_text_objects(contents: list[object]) -> list[PDFStream] | None:
    """The page's content streams with their text-only blocks cut out, or None to read
    them whole (nothing to cut, or something this scanner cannot read)."""
    streams = [resolve1(item) for item in contents]
    if not streams or not all(
        isinstance(stream, PDFStream) and stream.objid is not None for stream in streams
    ):
        return None
    try:
        parts = [stream.get_data() for stream in streams]
        cuts = text_blocks(b"".join(parts))
    except Unreadable:
        return None
    except MemoryError:
        raise  # the worker's memory cap
    except Exception:  # pdfminer's own reading will say what is wrong with the streams
        return None
    if not cuts:
        return None
    return rebuilt(streams, parts, cuts)


def rebuilt(
    streams: list[PDFStream], parts: list[bytes], cuts: list[tuple[int, int, bytes]]
) -> list[PDFStream] | None:
    """Each stream with the cuts inside it replaced; a block across two streams is kept
    (pdfminer reads the streams as one, and so does the scanner)."""
    result: list[PDFStream] = []
    offset = 0
    pending = iter(cuts)
    cut = next(pending, None)
    for stream, data in zip(streams, parts, strict=True):
        end = offset + len(data)
        pieces: list[bytes] = []
        position = offset
        while cut is not None and cut[0] < end:
            start, stop, kept = cut
            if start >= position and stop <= end:
                pieces += [data[position - offset : start - offset], b" ", kept, b" "]
                position = stop
            cut = next(pending, None)
        pieces.append(data[position - offset :])
        copy = PDFStream({}, b"".join(pieces))
        if stream.objid is None:
            return None
        copy.set_objid(stream.objid, stream.genno or 0)  # the circular-form check reads it
        result.append(copy)
        offset = end
    return result


def text_blocks(data: bytes) -> list[tuple[int, int, bytes]]:
    """(start, end, operators kept) of each block that can be cut; Unreadable when the
    content holds anything the scanner does not read as pdfminer does."""
    cuts: list[tuple[int, int, bytes]] = []
    block: Block | None = None
    nesting: list[list[Any]] = []  # open arrays and dictionaries, items in each so far
    # The outermost one's start, its items' kinds, and whether pdfminer reads it
    outer_start, outer_items, sound = 0, list[str](), True
    position = 0
    while True:
        match = _TOKEN.match(data, position)
        if match is None or match.lastgroup is None:
            return cuts  # only whitespace left
        kind = match.lastgroup
        start, position = match.start(kind), match.end()
        if kind == "keyword":
            token = match.group(kind)
            if token in INLINE_IMAGE:
                raise Unreadable(token)  # pdfminer reads binary data after it
            if nesting:  # a keyword inside an array or a dictionary is not an operator
                count_item(nesting, outer_items, "keyword")
            elif block is None:
                if token == b"BT":
                    block = Block(start)
            elif token == b"ET":
                if block.cuttable and not block.operands and block.marked_depth == 0:
                    cuts.append((block.start, position, b" ".join(block.kept)))
                block = None
            else:
                read_operator(data, block, token, start, position)
            continue
        if kind == "comment":
            continue
        if kind == "string":
            position = string_end(data, position)
        elif kind == "other":
            raise Unreadable(match.group(kind))
        elif kind in ("array", "dict"):
            token = match.group(kind)
            if token in (b"[", b"<<"):
                if not nesting:
                    outer_start, outer_items, sound = start, [], True
                else:
                    count_item(nesting, outer_items, "nested")
                nesting.append([token, 0])
                continue
            opener = b"[" if token == b"]" else b"<<"
            if not nesting or nesting[-1][0] != opener:
                raise Unreadable(token)
            _, count = nesting.pop()
            sound = sound and (opener == b"[" or count % 2 == 0)  # pdfminer fails on odd
            if block is not None and not nesting:
                kind_found = structure_kind(opener, outer_items) if sound else "other"
                block.operands.append((kind_found, outer_start))
            continue
        # An operand: a number, a string or a name.
        if nesting:
            count_item(nesting, outer_items, OPERAND_KINDS.get(kind, NUMBER))
        elif block is not None:
            block.operands.append((OPERAND_KINDS.get(kind, NUMBER), start))


OPERAND_KINDS = {"string": STRING, "hex": STRING, "name": NAME}


def count_item(nesting: list[list[Any]], outer_items: list[str], kind: str) -> None:
    """An item inside the open arrays and dictionaries; the outermost's are remembered."""
    nesting[-1][1] += 1
    if len(nesting) == 1:
        outer_items.append(kind)


def structure_kind(opener: bytes, items: list[str]) -> str:
    """An array of strings and numbers (a TJ's), a dictionary keyed by names (a
    marked-content property list), or neither."""
    if opener == b"[":
        return ARRAY if all(kind in (STRING, NUMBER) for kind in items) else "other"
    keys = items[0::2]
    return DICT if len(items) % 2 == 0 and all(kind == NAME for kind in keys) else "other"


def read_operator(data: bytes, block: Block, token: bytes, start: int, end: int) -> None:
    """One operator inside a block: cut (its operands exactly), kept, or neither."""
    operands = block.operands
    block.operands = []
    if token in KEPT:
        first = operands[0][1] if operands else start
        block.kept.append(data[first:end])
        return
    kinds = tuple(kind for kind, _ in operands)
    wanted = CUT.get(token)
    if token == b"BDC" and kinds == (NAME, DICT):  # a property list given inline
        wanted = kinds
    if wanted is None or token == b"BT" or kinds != wanted:
        block.cuttable = False
        return
    if token in (b"BMC", b"BDC"):
        block.marked_depth += 1
    elif token == b"EMC":
        block.marked_depth -= 1
        if block.marked_depth < 0:
            block.cuttable = False
        # pdfplumber's device keeps no stack of marked content: an EMC clears the tag
        # that later paths are given, whatever was open before the block. One EMC in the
        # block's place leaves it as the block did.
        if not block.kept or block.kept[-1] != b"EMC":
            block.kept.append(b"EMC")


def string_end(data: bytes, position: int) -> int:
    """Where a literal string that opened just before `position` ends, as pdfminer reads
    it: balanced parentheses, a backslash escaping the byte after it."""
    depth = 1
    while True:
        found = _STRING_END.search(data, position)
        if found is None:
            raise Unreadable(b"unclosed string")
        char = data[found.start()]
        position = found.end()
        if char == 0x5C:  # backslash: the next byte is escaped
            position += 1
        elif char == 0x28:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return position
