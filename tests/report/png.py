"""A tiny PNG reader (zlib only) for the browser test: enough to tell a blank screenshot from a page."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {2: 3, 6: 4, 0: 1, 4: 2}  # colour type -> samples per pixel (8-bit only)


def _chunks(data: bytes) -> tuple[tuple[int, int, int, int], bytes]:
    assert data.startswith(_SIGNATURE), "not a PNG file"
    position, header, idat = len(_SIGNATURE), None, bytearray()
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            header = (width, height, depth, colour)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    assert header is not None, "PNG without IHDR"
    return header, zlib.decompress(bytes(idat))


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def _unfilter(kind: int, row: bytearray, previous: bytes, bpp: int) -> bytearray:
    if kind == 0:
        return row
    if kind == 2:
        return bytearray((x + p) & 0xFF for x, p in zip(row, previous, strict=True))
    out = bytearray(row)
    for i in range(len(out)):
        left = out[i - bpp] if i >= bpp else 0
        up = previous[i]
        if kind == 1:
            out[i] = (out[i] + left) & 0xFF
        elif kind == 3:
            out[i] = (out[i] + ((left + up) >> 1)) & 0xFF
        else:
            upleft = previous[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + _paeth(left, up, upleft)) & 0xFF
    return out


def distinct_colours(path: Path, row_step: int = 7) -> int:
    """How many distinct pixel colours appear on every row_step-th row (all rows are decoded)."""
    (width, height, depth, colour), raw = _chunks(path.read_bytes())
    assert depth == 8 and colour in _CHANNELS, f"unsupported PNG: depth {depth}, colour type {colour}"
    bpp = _CHANNELS[colour]
    stride = width * bpp
    previous = bytes(stride)
    colours: set[bytes] = set()
    for y in range(height):
        start = y * (stride + 1)
        row = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, bpp)
        if y % row_step == 0:
            colours.update(bytes(row[x : x + bpp]) for x in range(0, stride, bpp))
        previous = bytes(row)
    return len(colours)


def corner_colour(path: Path) -> tuple[int, ...]:
    """The colour of the top-left pixel (the page background in a screenshot)."""
    (width, _height, depth, colour), raw = _chunks(path.read_bytes())
    assert depth == 8 and colour in _CHANNELS
    bpp = _CHANNELS[colour]
    row = _unfilter(raw[0], bytearray(raw[1 : 1 + width * bpp]), bytes(width * bpp), bpp)
    return tuple(row[:3])
