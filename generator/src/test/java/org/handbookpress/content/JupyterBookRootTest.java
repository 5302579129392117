package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The root a Jupyter Book's _toc.yml names, in each of its shapes. */
class JupyterBookRootTest {

    private static final List<String> PAGES = List.of("README.md", "intro.md", "pages/intro.md", "pages/one.ipynb", "pages/two.md");

    @Test
    void aBooksRootIsNamedWithoutItsExtensionAsJupyterBookWritesIt() {
        // JGIBristol/ask-jgi-handbook's, after a comment that names another root
        String toc = """
                # Table of contents
                # root: intro
                format: jb-book
                root: pages/intro
                parts:
                  - caption: Getting started
                    chapters:
                    - file: pages/two
                """;
        assertEquals(Optional.of("pages/intro.md"), JupyterBookRoot.read(toc, PAGES).path());
    }

    @Test
    void anArticlesRootWithItsSectionsAndARootGivenAfterThem() {
        assertEquals(Optional.of("intro.md"), JupyterBookRoot.read("format: jb-article\nroot: intro.md\nsections:\n- file: pages/two\n", PAGES).path());
        assertEquals(Optional.of("pages/intro.md"), JupyterBookRoot.read("format: jb-book\nchapters:\n- file: pages/two\nroot: 'pages/intro'  # the landing page\n",
                PAGES).path());
        assertEquals(Optional.of("README.md"), JupyterBookRoot.read("format: jb-book\nroot: README.md\n", PAGES).path()); // operate-first's
    }

    @Test
    void anOldTableOfContentsIsAListWhoseFirstFileIsTheLandingPage() {
        String toc = """
                # the format before Jupyter Book 0.11
                - file: pages/intro
                  numbered: true
                - part: Chapters
                  chapters:
                  - file: pages/one
                - file: pages/two
                """;
        assertEquals(Optional.of("pages/intro.md"), JupyterBookRoot.read(toc, PAGES).path());
        assertEquals(Optional.of("pages/one.ipynb"), JupyterBookRoot.read("- header: Start\n- file: pages/one\n", PAGES).path());
    }

    @Test
    void aRootThatIsNoPageNamesNone() {
        assertEquals(Optional.empty(), JupyterBookRoot.read("format: jb-book\nroot: missing\n", PAGES).path());
        assertEquals(Optional.empty(), JupyterBookRoot.read("format: jb-book\nchapters:\n  - file: pages/two\n", PAGES).path());
        assertEquals(Optional.empty(), JupyterBookRoot.read("", PAGES).path());
    }
}
