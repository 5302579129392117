#!/usr/bin/env python3
"""Work that grows faster than its input: handbooks big in one way each, built at two sizes.

    bench/stress.py [DIMENSION ...]

The synthetic corpus (corpus.py) grows a handbook by its number of pages; real handbooks also grow one page, one
paragraph or one list at a time: a directory table of thousands of rows, an index page of links one a line, a
glossary of thousands of terms, a long deck. For each DIMENSION (all when none is named) this writes a handbook at
size N and at 2N, builds both with the installed plugin (`mvn -o handbook:build`; M2_REPO as for run.sh), and prints
the wall time and each stage's time (from the build's closing table) at both sizes. Twice the input should take
about twice the time; a stage that takes more than three times as long, and at least 0.3 s, is flagged, and the
script exits 1. Run by hand, as the other benchmarks; the handbooks go to $BENCH_DIR (default $TMPDIR/handbook-stress).
"""
import os
import random
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = "group listen peer care time safe share trust voice kind open calm notes plan agree".split()


def prose(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)) + ".\n\n"


def lines(count, line):
    return "".join(line(i) + "\n" for i in range(count))


# Each dimension: (N, function writing the files of a handbook of size n as {path: text}).
def table_rows(n, rng):
    return {"directory.md": "# Directory\n\n| Group | Contact | Meets |\n|---|---|---|\n"
            + lines(n, lambda i: f"| Group {i} | [contact](groups/g{i % 50}.md) | Tuesdays |"),
            **{f"groups/g{i}.md": f"# Group {i}\n\nText.\n" for i in range(50)}}


def link_lines(n, rng):
    # An index page with a link a line and no blank line between them: one paragraph.
    return {"index-of-notes.md": "# Notes\n\n" + lines(n, lambda i: f"[Note {i}](notes/n{i % 50}.md \"Note {i}\")"),
            **{f"notes/n{i}.md": f"# Note {i}\n\nText.\n" for i in range(50)}}


def headings(n, rng):
    return {"long.md": "# Long\n\n" + "".join(f"## Part {i % 100}\n\n{prose(rng, 30)}" for i in range(n))}


def footnotes(n, rng):
    return {"notes.md": "# Notes\n\n" + "".join(f"A claim[^{i}].\n\n" for i in range(n)) + lines(n, lambda i: f"[^{i}]: Its source {i}.")}


def glossary_terms(n, rng):
    terms = [f"Term{i:05d} word" for i in range(n)]
    files = {"glossary.md": "---\ntitle: Glossary\nkind: glossary\n---\n\n"
             + "".join(f"{t}\n: What {t.lower()} means here.\n  Also: {t.lower()}s\n\n" for t in terms)}
    for p in range(100):
        files[f"pages/p{p:03d}.md"] = f"# Page {p}\n\n" + "".join(prose(rng, 30) + " ".join(rng.sample(terms, 5)) + ".\n\n" for _ in range(10))
    return files


def anchors(n, rng):
    return {"a.md": "# A\n\n" + "".join(f"## Part {i}\n\nSee [part](#part-{(i * 7) % n}) and [[#Part {(i * 3) % n}]].\n\n" for i in range(n))}


def wiki_links(n, rng):
    files = {}
    for p in range(n):
        links = " ".join(f"[[Page {rng.randrange(n)}]] and [[Page {rng.randrange(n)}#Part two]]" for _ in range(10))
        files[f"f{p % 20}/p{p}.md"] = f"# Page {p}\n\n## Part one\n\n{links}\n\n## Part two\n\nText.\n"
    return files


def slides(n, rng):
    return {"deck.md": "---\ntitle: Deck\nkind: slides\n---\n\n"
            + "\n---\n\n".join(f"# Slide {i}\n\n- a point\n- another\n\nNote: what to say" for i in range(n))}


def agenda(n, rng):
    return {"session.md": "---\ntitle: Day\nkind: session\nstart: 09:00\n---\n\n"
            + lines(n, lambda i: f"- [5 min] Item {i}")}


def policies(n, rng):
    return {f"policies/p{p:04d}.md": f"---\ntitle: Policy {p}\nkind: policy\nreviewed: 2026-06-01\nreview-every: 2 years\n"
            f"owner: The board\napproved-by: The board\napproved: 2026-06-01\n---\n\n{prose(rng, 200)}" for p in range(n)}


def nesting(n, rng):
    files, folder = {}, ""
    for depth in range(n):
        folder += f"level{depth}/"
        files[folder + "page.md"] = f"# Depth {depth}\n\n{prose(rng, 50)}"
    return files


def pictures(n, rng):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    files = {f"pictures/p{i}.svg": svg for i in range(n)}
    for p in range(20):
        files[f"gallery/g{p}.md"] = f"# Gallery {p}\n\n" + "".join(f"![Picture {i}](../pictures/p{i}.svg)\n\n" for i in range(p, n, 20))
    return files


def nested_html(n, rng):
    # Raw HTML nested n deep on one page: HtmlSanitiser walked from every element up to the root (26 s at 100,000).
    return {"deep.md": "# Nested HTML\n\n" + "<div>" * n + prose(rng, 20).strip() + "</div>" * n + "\n"}


def long_line(n, rng):
    # One line of n words with a tag in it, on a page that mentions Markdown (so kramdown's boxes are looked for):
    # the check for a <p markdown="1"> at a line's end tried every split of the line (GitLab's handbook, 4 December).
    return {"long-line.md": "# A long line\n\nOur markdown guide: " + " ".join(rng.choice(WORDS) for _ in range(n))
            + " <b>end</b>.\n"}


def shortcode_line(n, rng):
    # A Hugo shortcode opened on a line of n words and never closed there: the one-line box's expression tried every
    # split of the rest of the line (4 December).
    return {"shortcode-line.md": "# A shortcode\n\n{{< note >}} " + " ".join(rng.choice(WORDS) for _ in range(n)) + "\n"}


DIMENSIONS = {
    "table-rows": (10000, table_rows), "link-lines": (5000, link_lines), "headings": (10000, headings),
    "footnotes": (6000, footnotes), "glossary-terms": (2000, glossary_terms), "anchors": (3000, anchors),
    "wiki-links": (1000, wiki_links), "slides": (500, slides), "agenda": (2000, agenda), "policies": (100, policies),
    "nesting": (20, nesting), "pictures": (1000, pictures), "nested-html": (25000, nested_html),
    "long-line": (20000, long_line), "shortcode-line": (20000, shortcode_line),
}


def write(out, files, title):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "content"))
    files = {"handbook.yml": f"title: {title}\n", "index.md": "---\ntitle: Home\n---\nWelcome.\n", **files}
    for path, text in files.items():
        path = os.path.join(out, "content", path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    subprocess.run(["bash", "-c", f'. "{HERE}/lib.sh"; write_pom "$1" stress "$(plugin_version "{HERE}")"', "-", out], check=True)


def build(out):
    """The wall time and {stage: seconds} of a clean build of the handbook in `out`."""
    command = ["mvn", "-B", "-o", "handbook:build"]
    if os.environ.get("M2_REPO"):
        command += [f"-Dmaven.repo.local={os.environ['M2_REPO']}", "-s", os.path.join(HERE, "mirror-settings.xml")]
    start = time.monotonic()
    run = subprocess.run(command, cwd=out, capture_output=True, text=True)
    wall = time.monotonic() - start
    stages = re.search(r"Stages\s*\|\s*(.*)", run.stdout)
    if stages is None:
        sys.exit(f"the build in {out} printed no stage times (exit {run.returncode}):\n{run.stdout[-3000:]}")
    times = {}
    for name, value, unit in re.findall(r"([a-z ]+?) ([\d.]+) (ms|s)(?:,|$)", stages.group(1)):
        times[name.strip()] = float(value) / (1000 if unit == "ms" else 1)
    return wall, times


def main():
    names = sys.argv[1:] or list(DIMENSIONS)
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown:
        sys.exit(f"unknown dimension(s) {', '.join(unknown)}; known: {', '.join(DIMENSIONS)}")
    work = os.environ.get("BENCH_DIR") or os.path.join(os.environ.get("TMPDIR", "/tmp"), "handbook-stress")
    flagged = []
    print(f"{'dimension':<15} {'N':>6} {'2N':>6} {'wall N':>7} {'wall 2N':>7}  stages over 0.3 s at 2N: time at N → 2N (ratio)")
    for name in names:
        size, make = DIMENSIONS[name]
        results = []
        for n in (size, 2 * size):
            out = os.path.join(work, f"{name}-{n}")
            write(out, make(n, random.Random(7)), f"Stress {name} {n}")
            results.append(build(out))
        (wall1, small), (wall2, large) = results
        notes = []
        for stage, seconds in large.items():
            if seconds >= 0.3:
                ratio = seconds / max(small.get(stage, 0), 0.001)
                mark = " !" if ratio > 3 else ""
                notes.append(f"{stage} {small.get(stage, 0):.2f}→{seconds:.2f} ({ratio:.1f}){mark}")
                if mark:
                    flagged.append(f"{name}: {stage}")
        print(f"{name:<15} {size:>6} {2 * size:>6} {wall1:>6.1f}s {wall2:>6.1f}s  {'; '.join(notes) or '-'}", flush=True)
    if flagged:
        print("grows faster than its input (more than 3× the time for 2× the input): " + ", ".join(flagged))
        sys.exit(1)


if __name__ == "__main__":
    main()
