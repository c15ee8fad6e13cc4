#!/usr/bin/env python3
"""Writes solieu's app icons (icon-192.png, icon-512.png) next to this file.

The favicon's three rising bars, white on the page's accent blue, drawn with
nothing but zlib and struct. The blue fills the whole square and the bars stay
inside the central safe zone, so one image serves as both "any" and
"maskable". Run: python3 www/icons/generate.py
"""
import os
import struct
import zlib

BLUE = (0x1F, 0x6F, 0xEB)
WHITE = (0xFF, 0xFF, 0xFF)
# The favicon's bars on its 32-unit grid: x, y, width, height, corner radius.
# Drawn at 62% of the icon, centred, so they sit inside the maskable safe zone.
BARS = [(7, 17, 4, 8, 1), (14, 11, 4, 14, 1), (21, 7, 4, 18, 1)]
SCALE = 0.62
SS = 4  # supersamples per axis, for smooth corners


def inside(px, py, bar):
    x, y, w, h, r = bar
    if not (x <= px <= x + w and y <= py <= y + h):
        return False
    cx = min(max(px, x + r), x + w - r)
    cy = min(max(py, y + r), y + h - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def icon(size):
    unit = size * SCALE / 32
    offset = size * (1 - SCALE) / 2
    # The bars' bounding box (7..25 x 7..25) is centred on the 32 grid.
    rows = []
    for j in range(size):
        row = bytearray([0])  # filter: none
        for i in range(size):
            hits = 0
            for sj in range(SS):
                for si in range(SS):
                    gx = (i + (si + 0.5) / SS - offset) / unit
                    gy = (j + (sj + 0.5) / SS - offset) / unit
                    if any(inside(gx, gy, b) for b in BARS):
                        hits += 1
            a = hits / (SS * SS)
            row += bytes(round(BLUE[k] * (1 - a) + WHITE[k] * a) for k in range(3))
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b'\x89PNG\r\n\x1a\n'
        + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0))
        + chunk(b'IDAT', zlib.compress(raw, 9))
        + chunk(b'IEND', b'')
    )


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    for size in (192, 512):
        with open(os.path.join(here, f'icon-{size}.png'), 'wb') as f:
            f.write(icon(size))
