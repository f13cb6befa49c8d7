"""Draws the sample "hand-drawn walking map" shipped as ``resources/demo/village-map.png``.

Run ``python resources/demo/village_map.py`` to rebuild it.  Pillow only; deterministic.
"""
from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "Sarabun-Bold.ttf"
W, H = 1600, 1100
INK = (60, 50, 40)


def wobbly(points, rnd, amp=3.0, step=12):
    """A hand-drawn polyline: points every ``step`` px, jittered by ``amp``."""
    out = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        for i in range(n):
            t = i / n
            out.append((x0 + (x1 - x0) * t + rnd.uniform(-amp, amp),
                        y0 + (y1 - y0) * t + rnd.uniform(-amp, amp)))
    out.append(points[-1])
    return out


def font(size):
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size)


def house(d, x, y, rnd, s=26, roof=(190, 70, 50)):
    body = [(x, y), (x + s, y), (x + s, y + s * 0.8), (x, y + s * 0.8), (x, y)]
    d.polygon([(x - 4, y), (x + s / 2, y - s * 0.6), (x + s + 4, y)], fill=roof, outline=INK)
    d.line(wobbly(body, rnd, 1.2, 6), fill=INK, width=2)
    d.rectangle((x + s * 0.4, y + s * 0.35, x + s * 0.6, y + s * 0.8), fill=INK)


def build(path: Path) -> None:
    rnd = random.Random(2567)
    img = Image.new("RGB", (W, H), (246, 239, 220))
    d = ImageDraw.Draw(img)
    # paper border
    d.line(wobbly([(20, 20), (W - 20, 20), (W - 20, H - 20), (20, H - 20), (20, 20)], rnd, 2),
           fill=INK, width=4)
    # rice fields (hatched green patches)
    for (x0, y0, x1, y1) in ((60, 640, 520, 1040), (1080, 90, 1540, 420), (1100, 700, 1540, 1040)):
        d.rectangle((x0, y0, x1, y1), fill=(214, 232, 176))
        for k in range(x0 + 10, x1, 22):
            d.line(wobbly([(k, y0 + 8), (k + 14, y1 - 8)], rnd, 1.5), fill=(120, 170, 80), width=2)
        d.line(wobbly([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], rnd, 2), fill=INK, width=2)
    # the river (a wavy blue band)
    river = [(0, 230 + 60 * math.sin(x / 170) + x * 0.28) for x in range(0, W + 40, 40)]
    river = [(x, y) for x, (_, y) in zip(range(0, W + 40, 40), river)]
    upper = wobbly(river, rnd, 2)
    lower = wobbly([(x, y + 55) for x, y in river], rnd, 2)
    d.polygon(upper + lower[::-1], fill=(150, 196, 232))
    d.line(upper, fill=(40, 90, 160), width=3)
    d.line(lower, fill=(40, 90, 160), width=3)
    # roads (double brown lines)
    road_color = (150, 110, 70)
    roads = [[(40, 560), (500, 540), (900, 590), (1560, 600)],
             [(760, 60), (780, 400), (760, 580), (800, 1060)],
             [(780, 400), (1050, 470), (1300, 600)]]
    for r in roads:
        for off in (-14, 14):
            d.line(wobbly([(x, y + off) for x, y in r], rnd, 2.2), fill=road_color, width=3)
    # bridge where the main road crosses the river
    d.rectangle((745, 390, 815, 470), outline=INK, width=3)
    # houses along the roads
    for x in range(90, 700, 62):
        house(d, x + rnd.uniform(-6, 6), 478 + rnd.uniform(-6, 6), rnd)
        if rnd.random() < 0.7:
            house(d, x + rnd.uniform(-6, 6), 612 + rnd.uniform(-6, 6), rnd, roof=(120, 90, 160))
    for y in range(660, 1020, 66):
        house(d, 700 + rnd.uniform(-4, 4), y, rnd)
        house(d, 845 + rnd.uniform(-4, 4), y + 20, rnd, roof=(70, 120, 170))
    for x in range(930, 1500, 70):
        house(d, x, 520 + rnd.uniform(-8, 8), rnd, roof=(200, 140, 40))
    # temple (wat): tiered roof
    tx, ty = 300, 770
    d.rectangle((tx, ty, tx + 150, ty + 90), fill=(250, 226, 160), outline=INK, width=3)
    for k, (w, h) in enumerate(((190, 40), (150, 35), (100, 35))):
        top = ty - 30 - k * 32
        d.polygon([(tx + 75 - w / 2, top + h), (tx + 75, top), (tx + 75 + w / 2, top + h)],
                  fill=(200, 60, 40), outline=INK)
    d.line([(tx + 75, ty - 96), (tx + 75, ty - 130)], fill=INK, width=3)
    # school: building with a flag
    sx, sy = 960, 760
    d.rectangle((sx, sy, sx + 220, sy + 110), fill=(255, 250, 240), outline=INK, width=3)
    for k in range(5):
        d.rectangle((sx + 15 + k * 42, sy + 30, sx + 40 + k * 42, sy + 60), outline=INK, width=2)
    d.line([(sx + 250, sy + 110), (sx + 250, sy - 40)], fill=INK, width=3)
    d.rectangle((sx + 252, sy - 40, sx + 300, sy - 12), fill=(200, 30, 40))
    d.rectangle((sx + 252, sy - 31, sx + 300, sy - 21), fill=(30, 60, 150))
    # health station (cross) and water tower
    d.rectangle((1180, 230, 1290, 310), fill=(255, 255, 255), outline=INK, width=3)
    d.rectangle((1225, 245, 1245, 295), fill=(200, 30, 40))
    d.rectangle((1210, 260, 1260, 280), fill=(200, 30, 40))
    d.ellipse((420, 80, 520, 150), fill=(200, 220, 240), outline=INK, width=3)
    d.line([(440, 150), (430, 250)], fill=INK, width=3)
    d.line([(500, 150), (510, 250)], fill=INK, width=3)
    # trees
    for _ in range(40):
        x, y = rnd.uniform(60, W - 60), rnd.uniform(60, H - 60)
        busy = ((220, 600, 520, 920), (930, 700, 1320, 920), (1160, 210, 1320, 360),
                (380, 60, 560, 300), (40, 20, 700, 110))
        if 380 < y < 660 or 700 < x < 860 or any(
                a - 20 < x < c + 20 and b - 20 < y < e + 20 for a, b, c, e in busy):
            continue
        r = rnd.uniform(10, 18)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(90, 160, 90), outline=(40, 90, 40))
    # labels
    big, mid, small = font(44), font(30), font(24)
    d.text((60, 40), "แผนที่เดินดิน บ้านหนองบัว หมู่ 5", fill=INK, font=big)
    d.text((W - 60, 70), "ทิศเหนือ ↑", fill=INK, font=small, anchor="rs")
    labels = [((375, 890), "วัดหนองบัว"), ((1070, 900), "โรงเรียนบ้านหนองบัว"),
              ((1235, 340), "รพ.สต."), ((470, 275), "ถังประปา"), ((260, 690), "นาข้าว"),
              ((1310, 140), "นาข้าว"), ((1320, 980), "สวนยาง"), ((190, 330), "ลำห้วยหนองบัว"),
              ((1000, 440), "ถนนไปตำบล"), ((600, 425), "สะพาน")]
    for (x, y), text in labels:
        d.text((x, y), text, fill=INK, font=mid, anchor="mm", stroke_width=3,
               stroke_fill=(246, 239, 220))
    out = img.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out.save(path, "PNG", optimize=True)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "village-map.png"
    build(target)
    print(target, target.stat().st_size, "bytes")
