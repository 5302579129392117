#!/usr/bin/env python3
"""Times one-page edits under a running `mvn handbook:serve`: appends a line with a new marker to the page's
Markdown, then polls the served page every 20 ms until the marker is there, and appends the save-to-served time
in milliseconds to OUT, one line per edit. Python rather than the shell's `date +%s%N`, which macOS lacks, so
the benchmark runs on every system the preview watches differently on.

    serve_edits.py URL MARKDOWN_FILE EDITS OUT
"""
import random
import sys
import time
import urllib.request

def served(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode('utf-8', 'replace')
    except OSError:
        return ''

def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    url, markdown, edits, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    for edit in range(1, edits + 1):
        time.sleep(3)
        marker = f'bench-edit-{edit}-{random.randrange(1_000_000)}'
        with open(markdown, 'a', encoding='utf-8') as page:
            page.write(f'\nThe text of edit {marker}.\n')
        start = time.monotonic()
        while marker not in served(url):
            time.sleep(0.02)
        millis = round((time.monotonic() - start) * 1000)
        with open(out, 'a') as f:
            f.write(f'{millis}\n')
        print(f'  serve edit {edit}: {millis} ms', file=sys.stderr)

main()
