package org.handbookpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeEngineTest {

    @Test
    void aMacroThatCallsItselfWithoutEndIsATemplateErrorNamingTheTemplate(@TempDir Path templates) throws Exception {
        // It overflowed the stack, which reached the build as an internal error about nesting in the content.
        Files.writeString(templates.resolve("404.ftlh"), "<p>Not found</p>\n<#macro again><@again/></#macro><@again/>\n");
        ThemeEngine engine = new ThemeEngine(templates, Locale.ROOT);
        ThemeEngine.TemplateFailure failure = assertThrows(ThemeEngine.TemplateFailure.class, () -> engine.render("404.ftlh", Map.of()));
        assertEquals("404.ftlh", failure.template());
        assertTrue(failure.getMessage().contains("calls itself without end"), failure.getMessage());
    }
}
