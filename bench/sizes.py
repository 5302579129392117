#!/usr/bin/env python3
"""Prints "<all bytes> <HTML bytes> <HTML files>" for a folder: every file's and folder's apparent size, as
GNU `du -sb` counts them, then the .html files' sizes and count. Python so that the benchmark runs on macOS too,
whose du and find have neither -b nor -printf.

    sizes.py FOLDER
"""
import os
import sys

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    total = html = count = 0
    for folder, _, files in os.walk(sys.argv[1]):
        total += os.path.getsize(folder)
        for name in files:
            size = os.path.getsize(os.path.join(folder, name))
            total += size
            if name.endswith('.html'):
                html += size
                count += 1
    print(total, html, count)

main()
