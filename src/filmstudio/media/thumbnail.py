"""The 1280x720 thumbnail: the opening scene, cropped to 16:9, with the title set large and legible."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

from filmstudio.languages import SCRIPT_FONTS, dominant_script

THUMB_SIZE = (1280, 720)
_FONT_FILES = {
    "Noto Sans": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "Noto Sans Devanagari": "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf",
    "Noto Sans Tamil": "/usr/share/fonts/truetype/noto/NotoSansTamil-Bold.ttf",
    "Noto Sans Telugu": "/usr/share/fonts/truetype/noto/NotoSansTelugu-Bold.ttf",
    "Noto Sans Bengali": "/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf",
    "Noto Sans Arabic": "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
    "Noto Sans CJK SC": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "Noto Sans CJK JP": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "Noto Sans CJK KR": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}


def _font(text: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = SCRIPT_FONTS.get(dominant_script(text), "Noto Sans")
    try:
        return ImageFont.truetype(_FONT_FILES.get(name, _FONT_FILES["Noto Sans"]), size)
    except OSError:
        return ImageFont.load_default()


def _cover(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    w, h = image.size
    scale = max(size[0] / w, size[1] / h)
    resized = image.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.LANCZOS)
    left = (resized.width - size[0]) // 2
    top = (resized.height - size[1]) // 2
    return resized.crop((left, top, left + size[0], top + size[1]))


def make_thumbnail(still: Path, title: str, out: Path) -> None:
    base = _cover(Image.open(still).convert("RGB"), THUMB_SIZE)
    script = dominant_script(title)
    # Complex scripts need raqm for shaping; without it, leave the picture clean rather than mis-shape text.
    if script in ("latin", "cyrillic", "greek", "han", "kana", "hangul") or features.check("raqm"):
        draw = ImageDraw.Draw(base, "RGBA")
        size = 84
        font = _font(title, size)
        while draw.textlength(title, font=font) > THUMB_SIZE[0] * 0.86 and size > 28:
            size -= 6
            font = _font(title, size)
        width = draw.textlength(title, font=font)
        x, y = (THUMB_SIZE[0] - width) / 2, THUMB_SIZE[1] * 0.72
        band = Image.new("RGBA", THUMB_SIZE, (0, 0, 0, 0))
        ImageDraw.Draw(band).rectangle((0, y - size * 0.4, THUMB_SIZE[0], y + size * 1.5), fill=(0, 0, 0, 120))
        soft = band.filter(ImageFilter.GaussianBlur(12))  # once: its colours and its own cover
        base.paste(soft, (0, 0), soft)
        draw = ImageDraw.Draw(base, "RGBA")
        draw.text(
            (x, y),
            title,
            font=font,
            fill=(255, 255, 255, 255),
            stroke_width=max(2, size // 18),
            stroke_fill=(0, 0, 0, 200),
        )
    tmp = out.with_name(out.name + ".part")
    base.save(tmp, format="JPEG", quality=90)
    tmp.replace(out)
