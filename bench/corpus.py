#!/usr/bin/env python3
"""The synthetic corpus of the speed-and-scale benchmark, written deterministically.

    bench/corpus.py PAGES OUT

writes OUT/content/ (a handbook: handbook.yml, index.md, 20 folders of PAGES/20 pages, or FOLDERS folders when set) and
OUT/hugo/ (a Hugo site with a minimal layout whose content folder holds the same pages).
Each page has about 800 words: front matter with a title, four h2 sections with h3 subsections,
a table, a footnote and relative .md links to pages in its own folder and the next one. The same
PAGES always gives the same bytes (a fixed seed, no dates, no dictionaries from the system).
"""
import os
import random
import shutil
import sys

FOLDERS = int(os.environ.get("FOLDERS", "20"))  # folders of pages; 20 unless set (a federation of local groups has hundreds)
WORDS = ("group volunteer session mentor listening agreement safeguarding policy review training "
         "welcome member meeting notes support community local evening weekly plan practice "
         "record consent privacy contact referral question answer share time space care respect "
         "trust kindness boundary journey partner network family young people adult carer "
         "coordinator trustee charity report budget grant funding venue access travel room "
         "handbook chapter form exercise check reflect learn grow together round break start "
         "close follow invite listen speak quiet calm safe open honest clear simple gentle").split()


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=6):
    return " ".join(sentence(rng, rng.randint(9, 15)) for _ in range(sentences))


def page(rng, folder, index, per_folder):
    name = f"page-{index:04d}"
    title = f"{folder.replace('-', ' ').title()} page {index}"
    nxt = f"page-{index % per_folder + 1:04d}.md"
    other = f"../{folder_name((int(folder.split('-')[1]) % FOLDERS) + 1)}/page-{index:04d}.md"
    out = [f"---\ntitle: {title}\n---\n", f"{paragraph(rng)}\n"]
    for part in range(1, 5):
        out.append(f"## {sentence(rng, 4)[:-1]} {part}\n")
        out.append(f"{paragraph(rng)}\n")
        out.append(f"### {sentence(rng, 3)[:-1]}\n")
        out.append(f"{paragraph(rng, 6)}\n")
        if part == 2:
            rows = "".join(f"| {sentence(rng, 3)[:-1]} | {rng.choice(WORDS)} | {rng.randint(5, 30)} |\n" for _ in range(4))
            out.append("| Step | Who | Minutes |\n|---|---|---:|\n" + rows)
        if part == 3:
            out.append(f"See [the next page]({nxt}) and [the same page in the next area]({other})."
                       f" {sentence(rng)}[^1]\n")
    out.append(f"[^1]: {sentence(rng, 10)}\n")
    return name + ".md", "\n".join(out)


def folder_name(number):
    return f"area-{number:02d}"


def main():
    pages, out = int(sys.argv[1]), sys.argv[2]
    per_folder = max(1, pages // FOLDERS)
    rng = random.Random(20261201)
    content = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo")
    for path in (content, hugo):
        shutil.rmtree(path, ignore_errors=True)
    os.makedirs(content)
    with open(os.path.join(content, "handbook.yml"), "w") as f:
        f.write(f"title: Federation Handbook ({pages} pages)\norganisation: Bench Federation\nlanguage: en-GB\n")
    with open(os.path.join(content, "index.md"), "w") as f:
        f.write("---\ntitle: Federation Handbook\n---\n\n" + paragraph(rng) + "\n")
    for number in range(1, FOLDERS + 1):
        folder = folder_name(number)
        os.makedirs(os.path.join(content, folder))
        for index in range(1, per_folder + 1):
            name, text = page(rng, folder, index, per_folder)
            with open(os.path.join(content, folder, name), "w") as f:
                f.write(text)
    # Hugo: the same Markdown files; only the home page is named as Hugo expects.
    shutil.copytree(content, os.path.join(hugo, "content"), ignore=shutil.ignore_patterns("handbook.yml"))
    os.rename(os.path.join(hugo, "content", "index.md"), os.path.join(hugo, "content", "_index.md"))
    layouts = os.path.join(hugo, "layouts", "_default")
    os.makedirs(layouts)
    frame = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
             '<body><main><h1>{{ .Title }}</h1>%s</main></body></html>\n')
    with open(os.path.join(layouts, "single.html"), "w") as f:
        f.write(frame % "{{ .Content }}")
    with open(os.path.join(layouts, "list.html"), "w") as f:
        f.write(frame % "{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>")
    with open(os.path.join(hugo, "config.toml"), "w") as f:
        f.write('baseURL = "http://localhost/"\ntitle = "Federation Handbook"\n'
                'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    print(f"{FOLDERS * per_folder} pages in {content} and {hugo}")


if __name__ == "__main__":
    main()
