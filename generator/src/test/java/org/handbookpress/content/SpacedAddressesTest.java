package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpacedAddressesTest {

    /**
     * Python-Markdown's address is all its parentheses hold, less a title in quotes at their end: MkDocs links the page so
     * named (NHSDigital/rap-community-of-practice, {@code ![pull request button](../../images/gitlab merge request button.jpg
     * "picture showing the pull request button")}).
     */
    @Test
    void anMkDocsAddressWithSpacesHasThemWrittenAsABrowserSendsThem() {
        assertEquals("See [Our policy](our%20policy.md) and ![pic](../images/a%20b.jpg \"The a b\").\n",
                SpacedAddresses.percentEncoded("See [Our policy](our policy.md) and ![pic](../images/a b.jpg \"The a b\").\n"));
        assertEquals("[x]( Tom's%20notes.md ) [y](form%20(1).pdf 'Form')\n",
                SpacedAddresses.percentEncoded("[x]( Tom's notes.md ) [y](form (1).pdf 'Form')\n"));
        assertEquals("[Data](https://www.gov.uk/a/*%20data-saves-lives)\n",
                SpacedAddresses.percentEncoded("[Data](https://www.gov.uk/a/* data-saves-lives)\n"));
    }

    @Test
    void whatIsNoAddressWithSpacesStays() {
        String[] same = {
            "[a](<our policy.md>) [b](policy.md \"The policy\") [c](policy.md)\n", // CommonMark's own ways
            "`[a](our policy.md)` and ``[b](x y)``\n", // code spans
            "```\n[a](our policy.md)\n```\n", // code blocks
            "[repo]({{ config.repo_url }}) [edit]({% link a.md %})\n", // a template's tags, filled in or reported elsewhere
            "[a](  ) text (with spaces) and ]( \"only a title\")\n"};
        for (String text : same) {
            assertEquals(text, SpacedAddresses.percentEncoded(text));
        }
    }

    @Test
    void theAddressOfALinkLeftAsTextIsItsPartBeforeTheTitle() {
        assertEquals(Optional.of("our policy.md"), SpacedAddresses.of("[Our policy](our policy.md \"The policy\")"));
        assertEquals(Optional.of("a b.png"), SpacedAddresses.of("![pic](a b.png)"));
        assertEquals(Optional.empty(), SpacedAddresses.of("[rota](rota.md “The rota”)".replace("“The rota”", "\"The rota\"")));
        assertEquals(Optional.empty(), SpacedAddresses.of("[a](<a b.md>)"));
    }
}
