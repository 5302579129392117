#!/usr/bin/env python3
"""Handbooks of tiny pages in the shapes whose navigation once grew with the handbook, written deterministically.

    bench/shapes.py SHAPE PAGES OUT

SHAPE is `flat` (notes side by side at the top, as a wiki or an exported vault), `top` (a top-level folder for
every five pages, as a federation's local groups) or `nested` (the same folders under one `groups/` folder).
Writes OUT/content/ (handbook.yml, index.md and the pages); give OUT a pom.xml with bench/lib.sh's write_pom (see
bench/README.md). Build it, then compare one page's size at two sizes, e.g.
`note-00005.html`, `group-0001/p-1.html` or `groups/group-0001/p-1.html` at 200 and at 2,000 pages: a page's size
must not grow with the handbook.
"""
import os
import shutil
import sys


def page_path(content, shape, i):
    if shape == "flat":
        return os.path.join(content, f"note-{i:05d}.md")
    group = f"group-{i // 5:04d}"
    folder = os.path.join(content, group) if shape == "top" else os.path.join(content, "groups", group)
    return os.path.join(folder, f"p-{i % 5}.md")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("flat", "top", "nested"):
        sys.exit(__doc__)
    shape, pages, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    content = os.path.join(out, "content")
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(content)
    with open(os.path.join(content, "handbook.yml"), "w", encoding="utf-8") as f:
        f.write(f"title: Shape {shape}\n")
    with open(os.path.join(content, "index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Home\n---\nWelcome.\n")
    for i in range(pages):
        path = page_path(content, shape, i)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Note {i}\n---\nSome text about note {i}.\n")


if __name__ == "__main__":
    main()
