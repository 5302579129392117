package org.handbookpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildResult;
import org.handbookpress.TestHandbooks;
import org.handbookpress.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drawing written into a page needs a name, as a picture needs alt text: the page and its PDF describe it by it. */
class DrawingNamesTest {

    @Test
    void aDrawingWithoutANameIsAWarningOnItsLine(@TempDir Path dir) throws Exception {
        Path content = TestHandbooks.write(dir.resolve("content"), Map.of("index.md", """
                # Drawings

                <svg width="40" height="40"><circle cx="20" cy="20" r="10"/></svg>

                <svg width="40" height="40"><title>A circle</title><circle cx="20" cy="20" r="10"/></svg>

                <svg width="40" height="40" aria-label="Another circle"><circle cx="20" cy="20" r="10"/></svg>

                <svg width="40" height="40" aria-hidden="true"><circle cx="20" cy="20" r="10"/></svg>
                """));
        BuildResult result = TestHandbooks.build(content, dir.resolve("site"));
        List<Finding> drawings = result.findings().stream().filter(f -> f.code().equals("image.alt-missing")).toList();
        assertEquals(1, drawings.size(), result.findings().toString());
        assertEquals(3, drawings.get(0).line());
        assertTrue(drawings.get(0).fix().contains("<title>") && drawings.get(0).fix().contains("aria-hidden"), drawings.get(0).fix());
    }
}
