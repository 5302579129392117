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
}
