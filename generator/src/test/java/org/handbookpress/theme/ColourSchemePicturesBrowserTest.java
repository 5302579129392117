package org.handbookpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.HandbookBuild;
import org.handbookpress.HeadlessChromium;
import org.handbookpress.TestHandbooks;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screenshot given for light and for dark screens shows once, the one for the reader's colour scheme. */
class ColourSchemePicturesBrowserTest {

    @TempDir
    Path temp;

    @Test
    void theReaderSeesThePictureForTheirColourSchemeOnly() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path content = TestHandbooks.write(temp.resolve("c"), Map.of(
                "handbook.yml", "title: Rota\n",
                "index.md", "# Home\n\nWelcome.\n",
                "rota.md", """
                        # The rota

                        ![The rota screen](rota-light.png#only-light)
                        ![The rota screen](rota-dark.png#only-dark)

                        ![The sign-in screen](sign-in.png)
                        """));
        for (String picture : List.of("rota-light.png", "rota-dark.png", "sign-in.png")) {
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", content.resolve(picture).toFile());
        }
        Path site = temp.resolve("site");
        new HandbookBuild(BuildOptions.of(content, site).withoutPdfs(), BuildLog.SILENT).run();
        String page = "site/rota.html";
        AxeAudit audit = AxeAudit.instrument(temp, List.of(page));
        Map<AxeAudit.Mode, String> expected = Map.of(AxeAudit.DESKTOP_LIGHT, "rota-light.png sign-in.png",
                AxeAudit.DESKTOP_DARK, "rota-dark.png sign-in.png");
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK)) {
            Map<String, Element> results = audit.run(mode);
            assertEquals(List.of(), audit.problems(mode, results), mode.name());
            assertEquals(expected.get(mode), results.get(page).attr("data-pictures-shown"), mode.name());
        }
        assertEquals(true, Files.exists(site.resolve("rota-dark.png")), "the file named without its marker is copied");
    }
}
