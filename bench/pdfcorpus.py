#!/usr/bin/env python3
"""The handbook of the PDF benchmark, written deterministically.

    bench/pdfcorpus.py CHAPTERS OUT

writes OUT/content/: a handbook.yml declaring one pack (every chapter of toolkit/, then the
glossary), CHAPTERS toolkit chapters (`kind: chapter`, so each also gets a PDF of its own) and a
glossary of 16 terms (words the chapters use). A chapter is about 1,700 words, five or six A4 pages in print: a summary,
h2 sections with h3 subsections, paragraphs, a bulleted and a numbered list, a table, a callout,
an exercise, a raster picture (PNG, 1200×800) and, in every other chapter, an SVG diagram. With
the default 39 chapters the pack is about 200 pages. The same CHAPTERS always gives the same bytes
(a fixed seed; the pictures are drawn here, with zlib, so no imaging library is needed).
"""
import os
import random
import shutil
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import WORDS, paragraph, sentence  # noqa: E402  the same vocabulary as the scale benchmark


# Words of the corpus's vocabulary that the glossary explains, so that pages link their first use.
GLOSSARY = ("safeguarding referral boundary consent coordinator trustee carer venue mentor volunteer "
            "privacy grant budget network respect").split()


def png(width, height, seed):
    """A smooth colour field with a few bands: compresses like a photo-ish illustration, not like a flat fill."""
    rng = random.Random(seed)
    a, b, c = rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200)
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        band = (y * 7 // height) * 23
        for x in range(width):
            rows += bytes(((a + x // 5 + band) % 256, (b + y // 4) % 256, (c + (x + y) // 9) % 256))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
            + chunk(b"IEND", b""))


def svg(seed):
    rng = random.Random(seed)
    shapes = []
    for i in range(6):
        x, y = 40 + i * 90, 60 + rng.randint(0, 80)
        shapes.append(f'<circle cx="{x}" cy="{y}" r="30" fill="#{rng.randint(0x202020, 0xdddddd):06x}"/>'
                      f'<text x="{x}" y="{y + 55}" font-size="14" text-anchor="middle">Step {i + 1}</text>')
        if i:
            shapes.append(f'<line x1="{x - 60}" y1="{y}" x2="{x - 30}" y2="{y}" stroke="#333" stroke-width="3"/>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 220" width="560" height="220">'
            '<title>A path of six steps</title><rect width="560" height="220" fill="#f4f1ea"/>'
            + "".join(shapes) + "</svg>\n")


def chapter(rng, number, chapters):
    title = f"{sentence(rng, 3)[:-1]} {number}"
    nxt = f"chapter-{number % chapters + 1:02d}.md"
    out = [f"---\ntitle: {title}\nkind: chapter\nsummary: {sentence(rng, 10)}\n---\n",
           paragraph(rng, 5) + "\n"]
    for part in range(1, 6):
        out.append(f"## {sentence(rng, 4)[:-1]}\n")
        out.append(paragraph(rng, 7) + "\n")
        out.append(f"### {sentence(rng, 3)[:-1]}\n")
        out.append(paragraph(rng, 6) + "\n")
        if part == 1:
            out.append("\n".join(f"- {sentence(rng, rng.randint(6, 14))}" for _ in range(6)) + "\n")
            out.append(f"![{sentence(rng, 8)[:-1]}](../images/photo-{number % 4 + 1}.png)\n")
        if part == 2:
            rows = "".join(f"| {sentence(rng, 4)[:-1]} | {rng.choice(WORDS)} | {sentence(rng, 7)} |\n" for _ in range(6))
            out.append("| What to check | Who | Why it matters |\n|---|---|---|\n" + rows)
        if part == 3:
            out.append("\n".join(f"{i}. {sentence(rng, rng.randint(8, 16))}" for i in range(1, 6)) + "\n")
            out.append(f"> [!TIP]\n> {paragraph(rng, 2)}\n")
            if number % 2 == 0:
                out.append(f"![{sentence(rng, 6)[:-1]}](../images/diagram-{number % 3 + 1}.svg)\n")
        if part == 4:
            out.append(f"See [the next chapter]({nxt}) and the [glossary](../glossary.md). {sentence(rng)}\n")
            out.append(f"> [!EXERCISE] 6 lines\n> {sentence(rng, 12)[:-1]}?\n")
        out.append(paragraph(rng, 5) + "\n")
    return "\n".join(out)


def main():
    chapters, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261202)
    content = os.path.join(out, "content")
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(os.path.join(content, "toolkit"))
    os.makedirs(os.path.join(content, "images"))
    with open(os.path.join(content, "handbook.yml"), "w") as f:
        f.write("title: PDF Bench Handbook\norganisation: Bench Charity\nlanguage: en-GB\n"
                "packs:\n  - id: toolkit-pack\n    title: The Toolkit\n    subtitle: Every chapter, for printing\n"
                "    include:\n      - toolkit/\n      - glossary.md\n    paper: A4\n")
    with open(os.path.join(content, "index.md"), "w") as f:
        f.write("---\ntitle: PDF Bench Handbook\n---\n\n" + paragraph(rng) + "\n")
    for i in range(1, 5):
        with open(os.path.join(content, "images", f"photo-{i}.png"), "wb") as f:
            f.write(png(1200, 800, i))
    for i in range(1, 4):
        with open(os.path.join(content, "images", f"diagram-{i}.svg"), "w") as f:
            f.write(svg(i))
    glossary = ["---\ntitle: Glossary\nkind: glossary\n---\n"]
    for term in GLOSSARY:
        glossary.append(f"{term.title()}\n: {sentence(rng, 18)}\n")
    with open(os.path.join(content, "glossary.md"), "w") as f:
        f.write("\n".join(glossary))
    for number in range(1, chapters + 1):
        with open(os.path.join(content, "toolkit", f"chapter-{number:02d}.md"), "w") as f:
            f.write(chapter(rng, number, chapters))
    print(f"{chapters} chapters and a glossary in {content}")


if __name__ == "__main__":
    main()
