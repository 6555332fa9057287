#!/usr/bin/env python3
"""Draws the 16x16 object icons of org.journeystudio.model.edit (icons/full/obj16/*.png).

Why a script: the icons are plain geometry, so drawing them from code keeps them consistent
(one palette, one outline width), reviewable as text and reproducible byte for byte.
Standard library only. Each icon is a stack of layers; a layer is a signed distance
function (negative inside) with a fill colour and an outline. Every pixel is sampled 8x8
times and averaged, which anti-aliases the edges.

Usage: releng/icons/generate_icons.py [OUTPUT_DIR]
       (default: bundles/org.journeystudio.model.edit/icons/full/obj16)
"""
import math
import os
import struct
import sys
import zlib

SIZE = 16
SAMPLES = 8
OUTLINE = 1.0


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) / 255.0 for i in (1, 3, 5))


# --- signed distance functions, in pixel units (0..16, y down) ---------------------------

def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def box(x0, y0, x1, y1, r=0.0):
    cx, cy, hx, hy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 - r, (y1 - y0) / 2 - r

    def sdf(x, y):
        dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
        return math.hypot(max(dx, 0), max(dy, 0)) + min(max(dx, dy), 0) - r
    return sdf


def segment(ax, ay, bx, by, r):
    def sdf(x, y):
        px, py, vx, vy = x - ax, y - ay, bx - ax, by - ay
        t = max(0.0, min(1.0, (px * vx + py * vy) / (vx * vx + vy * vy)))
        return math.hypot(px - vx * t, py - vy * t) - r
    return sdf


def polyline(points, r):
    return union(*[segment(*points[i], *points[i + 1], r) for i in range(len(points) - 1)])


def polygon(points):
    def sdf(x, y):
        d = min((x - px) ** 2 + (y - py) ** 2 for px, py in points)
        inside = False
        for i, (ax, ay) in enumerate(points):
            bx, by = points[i - 1]
            ex, ey, wx, wy = bx - ax, by - ay, x - ax, y - ay
            t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
            d = min(d, (wx - ex * t) ** 2 + (wy - ey * t) ** 2)
            if (ay > y) != (by > y) and x < ax + (y - ay) * ex / ey:
                inside = not inside
        return -math.sqrt(d) if inside else math.sqrt(d)
    return sdf


def arc(cx, cy, radius, start, end, r):
    """A stroke of half-width r along the circle, between two angles in degrees (0 = east, clockwise)."""
    a0, a1 = math.radians(start), math.radians(end)

    def sdf(x, y):
        angle = math.atan2(y - cy, x - cx) % (2 * math.pi)
        lo, hi = a0 % (2 * math.pi), a1 % (2 * math.pi)
        within = lo <= angle <= hi if lo <= hi else angle >= lo or angle <= hi
        if within:
            return abs(math.hypot(x - cx, y - cy) - radius) - r
        ends = [(cx + radius * math.cos(a), cy + radius * math.sin(a)) for a in (a0, a1)]
        return min(math.hypot(x - ex, y - ey) for ex, ey in ends) - r
    return sdf


def union(*shapes):
    return lambda x, y: min(s(x, y) for s in shapes)


def minus(shape, hole):
    return lambda x, y: max(shape(x, y), -hole(x, y))


def gear(cx, cy, radius, teeth, tooth):
    body = circle(cx, cy, radius)
    cogs = []
    for i in range(teeth):
        a = 2 * math.pi * i / teeth
        cogs.append(segment(cx, cy, cx + (radius + tooth) * math.cos(a), cy + (radius + tooth) * math.sin(a), 1.1))
    return union(body, *cogs)


# --- layers and icons -------------------------------------------------------------------

def layer(shape, fill, line=None, width=OUTLINE):
    """A shape filled with `fill` and outlined `width` pixels wide with `line` (no outline if None)."""
    return shape, rgb(fill), rgb(line) if line else None, width


def solid(shape, colour):
    return layer(shape, colour)


PERSON = ("#5b8def", "#274a92")
TEAM = ("#4caf7a", "#22663f")
STEP = ("#f39c3d", "#a35a0d")
DECISION = ("#9b6fd6", "#573596")
STAGE = ("#3fb3b0", "#1f6c6a")
PAIN = ("#e5483f", "#8c1d17")
BULB = ("#ffd84a", "#9a7a00")
METRIC = ("#38a3d9", "#1c5f82")
GREY = ("#9aa5b1", "#4b5563")
PAPER = ("#f7f3e8", "#7a6a4f")
JOURNEY = ("#5c6bc0", "#2c3580")
FACE = ("#ffcf40", "#a07800")
DARK = "#333a44"
WHITE = "#ffffff"


def person(cx, top, scale, colours):
    head = circle(cx, top + 2.6 * scale, 2.6 * scale)
    body = box(cx - 5 * scale, top + 6.2 * scale, cx + 5 * scale, top + 13 * scale, 4 * scale)
    return [layer(body, *colours), layer(head, *colours)]


def step_arrow():
    return layer(polygon([(1.5, 3.5), (10, 3.5), (14.5, 8), (10, 12.5), (1.5, 12.5)]), *STEP)


ICONS = {
    "Persona": person(8, 1.5, 1.0, PERSON),
    "Team": person(10.8, 2.5, 0.78, TEAM) + person(5.2, 1.5, 0.82, TEAM),
    "Stage": [
        layer(box(3.5, 1.5, 12.5, 14.5, 1.5), *STAGE),
        solid(box(4, 2, 12, 4.8, 1), STAGE[1]),
        solid(box(5.5, 6.5, 10.5, 8.5, 0.6), WHITE),
        solid(box(5.5, 10, 10.5, 12, 0.6), WHITE),
    ],
    "Step": [step_arrow()],
    "StepTouchpoint": [step_arrow(), layer(circle(7, 8, 2.4), "#1f4fa3", WHITE, 0.9)],
    "StepDecision": [
        layer(polygon([(8, 1), (15, 8), (8, 15), (1, 8)]), *DECISION),
        solid(segment(8, 5.5, 8, 8.6, 0.8), WHITE),
        solid(circle(8, 10.8, 0.9), WHITE),
    ],
    "Channel": [
        layer(box(1.5, 2.5, 14.5, 11.5, 1.2), *GREY),
        solid(box(3, 4, 13, 10, 0.4), "#d7eefc"),
        solid(box(7, 11.5, 9, 13.5), GREY[1]),
        solid(box(4.5, 13, 11.5, 14.5, 0.7), GREY[1]),
    ],
    "Evidence": [
        layer(polygon([(3, 1.5), (10, 1.5), (13, 4.5), (13, 14.5), (3, 14.5)]), *PAPER),
        layer(polygon([(10, 1.5), (13, 4.5), (10, 4.5)]), "#e3dccb", PAPER[1]),
        solid(segment(5, 7, 11, 7, 0.5), "#8a7b61"),
        solid(segment(5, 9.5, 11, 9.5, 0.5), "#8a7b61"),
        solid(segment(5, 12, 9, 12, 0.5), "#8a7b61"),
    ],
    "Metric": [
        solid(segment(1.5, 14.5, 14.5, 14.5, 0.6), DARK),
        layer(box(2, 9, 5.5, 14, 0.6), *METRIC),
        layer(box(6.5, 5.5, 10, 14, 0.6), *METRIC),
        layer(box(11, 2, 14.5, 14, 0.6), *METRIC),
    ],
    "MetricValue": [
        layer(minus(circle(8, 10, 6.5), box(0, 10.5, 16, 16)), "#e8f4fb", METRIC[1]),
        solid(arc(8, 10, 5, 180, 240, 1.1), "#e5483f"),
        solid(arc(8, 10, 5, 240, 300, 1.1), "#ffd84a"),
        solid(arc(8, 10, 5, 300, 360, 1.1), "#4caf7a"),
        solid(segment(8, 10, 11.2, 5.6, 0.75), DARK),
        solid(circle(8, 10, 1.4), DARK),
        solid(segment(2, 13, 14, 13, 0.6), METRIC[1]),
    ],
    "PainPoint": [layer(polygon([(9.5, 0.8), (3, 9), (7.5, 9), (5.5, 15.2), (13, 6.5), (8.5, 6.5), (11, 0.8)]), *PAIN)],
    "Opportunity": [
        layer(union(circle(8, 6.2, 5), box(5.6, 8, 10.4, 11.5, 0.5)), *BULB),
        layer(box(5.6, 11.3, 10.4, 13.4, 0.5), *GREY),
        solid(box(6.6, 13.2, 9.4, 15, 0.8), GREY[1]),
        solid(arc(8, 6.2, 3, 200, 260, 0.6), WHITE),
    ],
    "SupportAction": [layer(minus(gear(8, 8, 4.6, 8, 2.2), circle(8, 8, 1.9)), *GREY)],
    "EmotionScale": [
        layer(circle(8, 8, 6.8), *FACE),
        solid(circle(5.7, 6.3, 1), DARK),
        solid(circle(10.3, 6.3, 1), DARK),
        solid(arc(8, 8, 3.8, 25, 155, 0.65), DARK),
    ],
    "Journey": [
        solid(polyline([(3, 13), (5.5, 8.5), (9.5, 10.5), (12.5, 4)], 1.6), JOURNEY[1]),
        solid(polyline([(3, 13), (5.5, 8.5), (9.5, 10.5), (12.5, 4)], 0.8), "#aab4f0"),
        layer(circle(3, 13, 2), "#4caf7a", "#22663f"),
        layer(circle(12.5, 3.5, 2.3), *JOURNEY),
        solid(circle(12.5, 3.5, 0.8), WHITE),
    ],
    "JourneyModel": [
        layer(polygon([(1, 3), (5.5, 1.5), (10.5, 3), (15, 1.5), (15, 13), (10.5, 14.5), (5.5, 13), (1, 14.5)]),
              "#e9f3dd", "#55703a"),
        solid(segment(5.5, 1.5, 5.5, 13, 0.45), "#55703a"),
        solid(segment(10.5, 3, 10.5, 14.5, 0.45), "#55703a"),
        solid(polyline([(3, 11), (8, 7), (13, 5)], 0.65), "#e5483f"),
    ],
}


# --- rendering and PNG output -----------------------------------------------------------

def render(layers):
    pixels = []
    for py in range(SIZE):
        row = []
        for px in range(SIZE):
            acc = [0.0, 0.0, 0.0, 0.0]  # premultiplied r, g, b and alpha
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x, y = px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES
                    colour, alpha = sample(layers, x, y)
                    for i in range(3):
                        acc[i] += colour[i] * alpha
                    acc[3] += alpha
            n = SAMPLES * SAMPLES
            a = acc[3] / n
            rgb_out = [(acc[i] / acc[3]) if acc[3] else 0.0 for i in range(3)]
            row.append(tuple(round(c * 255) for c in rgb_out) + (round(a * 255),))
        pixels.append(row)
    return pixels


def sample(layers, x, y):
    colour, alpha = (0.0, 0.0, 0.0), 0.0
    for shape, fill, line, width in layers:
        d = shape(x, y)
        if d <= 0:
            colour, alpha = (line if line and d > -width else fill), 1.0
    return colour, alpha


def png(pixels):
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "bundles", "org.journeystudio.model.edit", "icons", "full", "obj16")
    os.makedirs(out, exist_ok=True)
    for name, layers in ICONS.items():
        with open(os.path.join(out, name + ".png"), "wb") as f:
            f.write(png(render(layers)))
    print(f"{len(ICONS)} icons written to {out}")


if __name__ == "__main__":
    main()
