#!/usr/bin/env python3
"""Prints facts of an 8-bit RGB or RGBA PNG (what ferry's screendump writes), with python3 only.

    png_pixels.py FILE            -> "size W H"
    png_pixels.py FILE X,Y ...    -> "size W H" then "X,Y RRGGBB" per point

Reads the IHDR and IDAT chunks, inflates with zlib and undoes the five PNG row filters
(PNG specification, 9.2): enough for the tests to look at pixels without ImageMagick.
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    at, idat, width = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack_from(">I4s", data, at)
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack_from(">IIBB", body)
            if depth != 8 or colour not in (2, 6):
                raise SystemExit(f"{path}: only 8-bit RGB/RGBA PNGs (depth {depth}, colour {colour})")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = read_png(sys.argv[1])
    print(f"size {width} {height}")
    for point in sys.argv[2:]:
        x, y = (int(v) for v in point.split(","))
        p = rows[y][x * bpp:x * bpp + 3]
        print(f"{x},{y} {p[0]:02x}{p[1]:02x}{p[2]:02x}")


if __name__ == "__main__":
    main()
