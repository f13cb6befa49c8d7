"""Community-map pictures without Qt: prepare an imported picture, draw numbered pins on it.

Both the map page (export as PNG) and the minutes (the map with its numbered pins) use
:func:`render_pins`, so the picture in the PDF is the one the room saw.  Pillow only.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:          # Pillow is imported when a picture is handled, not at start-up
    from PIL import Image, ImageFont

from . import errors
from .paths import FONTS

MAX_PX = 2400            # longest side kept for an imported picture
PNG_MAX_BYTES = 1_500_000  # a PNG larger than this is stored as JPEG instead
JPEG_QUALITY = 85


@dataclass
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int


@dataclass
class Pin:
    """A numbered pin at ``x``, ``y`` (0..1 of the picture's width and height)."""
    number: int
    x: float
    y: float
    color: str = "#d62728"


def prepare_image(data: bytes, max_px: int = MAX_PX) -> PreparedImage:
    """Check, turn upright (phone photos), downscale and re-encode an imported picture.

    PNG stays PNG (drawings, exported maps) unless it is very large; photos become JPEG.
    Raises :class:`errors.InvalidInput` when the bytes are not a PNG or JPEG picture.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(data))
        fmt = (img.format or "").upper()
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise errors.InvalidInput(
            "This file is not a picture that can be used as a map (use PNG or JPEG).") from exc
    if not fmt:
        raise errors.InvalidInput(
            "Pictures in this format cannot be used as a map (use PNG or JPEG).")
    if fmt not in ("PNG", "JPEG", "MPO"):
        raise errors.InvalidInput(
            "Pictures in {format} format cannot be used as a map (use PNG or JPEG).",
            format=fmt)
    img = ImageOps.exif_transpose(img) or img
    if max(img.size) > max_px:
        img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if fmt == "PNG":
        if img.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            img = img.convert("RGBA")
        img.save(out, "PNG", optimize=True)
        if out.tell() <= PNG_MAX_BYTES:
            return PreparedImage(out.getvalue(), "image/png", img.width, img.height)
        out = io.BytesIO()
    rgb = _flatten(img)
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedImage(out.getvalue(), "image/jpeg", rgb.width, rgb.height)


def _flatten(img: Image.Image) -> Image.Image:
    from PIL import Image

    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        bg = Image.new("RGB", img.size, "white")
        bg.paste(img, mask=img.split()[-1])
        return bg
    return img.convert("RGB")


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    from PIL import ImageFont

    for name in ("Sarabun-Bold.ttf", "Sarabun-Regular.ttf"):
        path = FONTS / name
        if path.exists():
            try:
                return ImageFont.truetype(str(path), size)
            except OSError:  # pragma: no cover - damaged font file
                continue
    return ImageFont.load_default(size)


def pin_radius(width: int, height: int) -> int:
    """A pin readable on a projector and in print: about 1.6 % of the longer side."""
    return max(10, round(max(width, height) * 0.016))


def render_pins(image: bytes, pins: Iterable[Pin], *, radius: Optional[int] = None,
                max_px: Optional[int] = None) -> bytes:
    """The picture with numbered pins drawn on it, as PNG bytes.

    ``max_px`` downscales the result first (the PDF does not need 2400 px).
    """
    from PIL import Image, ImageDraw, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(image))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise errors.InvalidInput("The map picture cannot be read.") from exc
    img = _flatten(img)
    if max_px and max(img.size) > max_px:
        img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    draw = ImageDraw.Draw(img)
    r = radius or pin_radius(*img.size)
    font = _font(round(r * 1.15))
    for pin in pins:
        cx = min(max(pin.x, 0.0), 1.0) * img.width
        cy = min(max(pin.y, 0.0), 1.0) * img.height
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=pin.color, outline="white",
                     width=max(2, r // 5))
        draw.text((cx, cy), str(pin.number), fill="white", font=font, anchor="mm")
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return img.size
