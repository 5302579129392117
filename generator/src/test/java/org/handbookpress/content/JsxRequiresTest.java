package org.handbookpress.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsxRequiresTest {

    @Test
    void aRequiredPictureIsItsAddress() {
        assertEquals("<img src=\"/img/team.jpg\" alt=\"Team\" /> <img src=\"./map.png\" />",
                JsxRequires.apply("<img src={require('@site/static/img/team.jpg').default} alt=\"Team\" /> <img src={ require(\"./map.png\") } />"));
        String code = "```jsx\n<img src={require('@site/static/a.png').default} />\n```\n";
        assertEquals(code, JsxRequires.apply(code), "code shows it as written");
    }
}
