package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words an author coloured in raw HTML for a light page pass axe-core on a dark screen too: NuevoFoundation's workshops
 * wrote {@code <p style="... color:#333;">} over a link to build an app, which the dark scheme showed on #11181c, 1.41:1;
 * a box given a light background and no colour for its words showed them in the dark scheme's light text on it.
 */
class AuthorColoursBrowserTest {

    @TempDir
    Path temp;

    @Test
    void wordsColouredForALightPageAreReadableOnADarkScreen() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Code Club\n",
                "index.md", "# Home\n\nWelcome.\n",
                "build.md", """
                        # Build the app

                        <p style="font-size:1.4rem; text-align:center; color:#333;">Follow the link below to build it yourself:</p>

                        Ask a mentor <span style="color: navy">before you start</span>, and keep
                        <span style="color:rgb(90, 20, 20)">your password</span> to yourself.

                        <div style="color:#222; background:#fff7d6">A note on its own light background stays as written.</div>

                        <div style="background:#fff3cd; padding:1em">A pale yellow box with no colour for its words, and
                        <a href="index.md">a link home</a>, is as readable on a dark screen.</div>
                        """));
        new HandbookBuild(BuildOptions.of(content, temp.resolve("site")).withoutPdfs(), BuildLog.SILENT).run();
        String page = "site/build.html";
        AxeAudit audit = AxeAudit.instrument(temp, List.of(page));
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK)) {
            assertEquals(List.of(), audit.problems(mode, audit.run(mode)), mode.name());
        }
    }
}
