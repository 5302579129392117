package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFencesTest {

    /** The lines read as code, by number from 0. */
    static List<Integer> codeLines(String markdown) {
        CodeFences fences = new CodeFences();
        List<Integer> code = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (fences.inCode(lines[i])) {
                code.add(i);
            }
        }
        return code;
    }

    @Test
    void aBlockRunsFromItsOpeningFenceToItsClosingOne() {
        assertEquals(List.of(1, 2, 3), codeLines("text\n```bash\n{{ page.root }}\n```\nafter"));
        assertEquals(List.of(0, 1, 2), codeLines("~~~\ncode\n~~~\n"));
    }

    @Test
    void onlyALineOfTheSameCharacterAtLeastAsLongClosesIt() {
        // A shorter run, the other character, or a fence with words after it is the block's own text.
        assertEquals(List.of(0, 1, 2, 3, 4), codeLines("````md\n```python\n~~~~~\n```\n````\nafter"));
        assertEquals(List.of(0, 1, 2), codeLines("~~~\n~~~ not a close\n~~~~\nafter"));
    }

    @Test
    void inlineCodeOnALineOfItsOwnOpensNoBlock() {
        assertEquals(List.of(), codeLines("```inline```\ntext\n``` has ` in it\ntext"));
    }

    @Test
    void fencesInQuotesAndListsAreFoundToo() {
        // The Carpentries' code in a challenge, and a fence indented under a list item.
        assertEquals(List.of(1, 2, 3), codeLines("> ## Challenge\n> ~~~\n> {{ x }}\n> ~~~\n> {: .language-bash}"));
        assertEquals(List.of(2, 3, 4), codeLines("1. Run this:\n\n    ```\n    make\n    ```\n2. Then"));
    }

    @Test
    void anUnclosedBlockRunsToTheEndAndLineEndingsAreAllowed() {
        assertEquals(List.of(1, 2), codeLines("text\n```\nstill code"));
        CodeFences fences = new CodeFences();
        assertEquals(List.of(true, true, true, false), List.of(fences.inCode("```\r\n"), fences.inCode("x\r\n"),
                fences.inCode("```\r\n"), fences.inCode("y\r\n")));
    }

    @Test
    void jekyllsAndHugosHighlightTagsHoldCode() {
        // A shell comment or a program's output in a Jekyll tutorial's block is the block's text, not a heading.
        assertEquals(List.of(1, 2, 3), codeLines("Run it:\n{% highlight ruby %}\n# prints 12\n{% endhighlight %}\nafter"));
        assertEquals(List.of(0, 1, 2), codeLines("{%- highlight sh linenos -%}\n# a comment\n{%- endhighlight -%}\n# Heading"));
        assertEquals(List.of(1, 2, 3, 4), codeLines("text\n{{< highlight go \"hl_lines=2\" >}}\n# not a heading\n```\n{{< /highlight >}}\nafter"));
        assertEquals(List.of(0, 1, 2), codeLines("{{% highlight bash %}}\necho hi\n{{% /highlight %}}\n"));
        // In words, or shown escaped as Hugo's documentation shows it, the tag opens nothing.
        assertEquals(List.of(), codeLines("Use {% highlight %} for code.\n# Heading\n{{</* highlight go */>}}\n# Another"));
    }
}
