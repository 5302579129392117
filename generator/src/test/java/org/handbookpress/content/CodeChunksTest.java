package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeChunksTest {

    @Test
    void chunksAreCodeInTheirLanguageWithoutOptionsAndHiddenOnesGo() {
        String page = """
                ```{r setup, include=FALSE}
                library(rota)
                ```

                ```{python}
                #| label: shifts
                #| echo: true
                print(shifts)
                ```

                ```{r}
                #| echo: false
                plot(hours)
                ```

                1. Count them:

                    ```{r}
                    nrow(shifts)
                    ```

                ```r
                plain <- "code"
                ```
                """;
        CodeChunks.Read read = CodeChunks.read(page);
        List<String> lines = List.of(read.markdown().split("\n", -1));
        assertEquals(page.split("\n", -1).length, lines.size(), "line for line");
        assertEquals(List.of("", "", ""), lines.subList(0, 3), "include=FALSE: left out");
        assertEquals(List.of("", "", "```python", "print(shifts)", "```"), lines.subList(4, 9), "options out, the fence after them");
        assertEquals(List.of("", "", "", ""), lines.subList(10, 14), "#| echo: false: left out");
        assertEquals(List.of("    ```r", "    nrow(shifts)", "    ```"), lines.subList(17, 20), "in a list, indented");
        assertEquals("```r", lines.get(21), "a fence that is no chunk stays");
        assertEquals(4, read.chunks());
        assertEquals(1, read.firstLine());
    }

    @Test
    void aChunkLabelledForCrossReferencesKeepsItsPlaceAndCaption() {
        String page = """
                ```{r}
                #| label: fig-hours
                #| fig-cap: "Hours a week, <by team>"
                #| echo: false
                plot(hours)
                ```

                ```{r}
                #| label: tbl-days
                #| tbl-cap: Days
                count(days)
                ```

                1.  A list:

                    ```{r}
                    #| label: fig-list
                    #| echo: false
                    plot(list)
                    ```
                """;
        List<String> lines = List.of(CodeChunks.read(page).markdown().split("\n", -1));
        assertEquals("<span id=\"fig-hours\"></span>Hours a week, &lt;by team&gt;", lines.get(0));
        assertEquals(List.of("<span id=\"tbl-days\"></span>Days", "", "```r", "count(days)"), lines.subList(7, 11));
        assertEquals("    <span id=\"fig-list\"></span>", lines.get(15), "in the list item, as the chunk was");
    }

    /**
     * knitr's child chunks, in the shapes books write them, become markers for their files at the chunk's file line, the
     * page keeping its lines; a label that merely has "child" in it is no child chunk.
     */
    @Test
    void childChunksAreTheirFilesMarkers() {
        String page = """
                ```{r, child = if (knitr::is_html_output()) 'web.Rmd'}
                ```

                ```{r}
                #| child: [a.Rmd, "b c.Rmd"]
                ```

                ```{r child-free, echo=FALSE}
                plot(x)
                ```

                - In a list:

                  ```{r child="_note.Rmd", echo = FALSE}
                  ```
                """;
        CodeChunks.Read read = CodeChunks.read(page, 10);
        List<String> lines = List.of(read.markdown().split("\n", -1));
        assertEquals(page.split("\n", -1).length, lines.size(), "line for line");
        assertEquals("<!-- hb-include 10 file:web.Rmd -->", lines.get(0));
        assertEquals("<!-- hb-include 13 file:a.Rmd --><!-- hb-include 13 file:b c.Rmd -->", lines.get(3));
        assertEquals("  <!-- hb-include 23 file:_note.Rmd -->", lines.get(13));
        assertEquals(1, read.chunks(), "only the chunk with code of its own");
        assertEquals(8, read.firstLine(), "its line in the text");
    }
}
