package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTokensTest {

    @Test
    void stringsNamesAndMarksWithTheirLinesCommentsLeftOut() {
        List<ScriptTokens.Token> tokens = ScriptTokens.of("""
                // a sidebar
                export default { /* two
                lines */ setup: 'It\\'s "set"', list: [`a
                b`, x => x] }
                """);
        assertEquals(List.of("export", "default", "{", "setup", ":", "It's \"set\"", ",", "list", ":", "[", "a\nb", ",", "x", "=", ">",
                "x", "]", "}"), tokens.stream().map(ScriptTokens.Token::text).toList());
        assertEquals(3, tokens.get(3).line(), "after a comment over two lines");
        assertEquals(4, tokens.get(12).line(), "after a string over two lines");
        assertTrue(ScriptTokens.isKey(tokens, 3) && !ScriptTokens.isKey(tokens, 5));
        assertEquals(17, ScriptTokens.endOfValue(tokens, 9), "a list whole, then the object's closing bracket");
        assertEquals(6, ScriptTokens.endOfValue(tokens, 5), "a string, up to the comma");
    }
}
