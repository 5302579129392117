package org.handbookpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbookpress.theme.AccessibilityTest;
import org.handbookpress.theme.AxeAudit;

/**
 * axe-core (WCAG 2.2 AA) over pages of sites already built, such as real-world folders, run by hand ({@code bench/axe.sh}).
 * Each site is copied first (axe is added to the copies' pages); every page is checked in the four modes of
 * {@code AccessibilityTest}, and each problem is printed. Arguments: {@code site=page,page …}, a site per argument.
 */
public final class AxeSitesBench {

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("axe-sites");
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String[] site = args[i].split("=", 2);
            Path copy = temp.resolve("site" + i);
            AccessibilityTest.copyTree(Path.of(site[0]), copy);
            for (String page : site[1].split(",")) {
                pages.add(copy.getFileName() + "/" + page);
            }
            System.out.println("site" + i + " = " + site[0]);
        }
        AxeAudit audit = AxeAudit.instrument(temp, pages);
        int total = 0;
        for (AxeAudit.Mode mode : List.of(AxeAudit.DESKTOP_LIGHT, AxeAudit.DESKTOP_DARK, AxeAudit.PHONE_LIGHT, AxeAudit.PHONE_DARK)) {
            List<String> problems = audit.problems(mode, audit.run(mode));
            total += problems.size();
            System.out.println(mode.name() + ": " + pages.size() + " pages, " + problems.size() + " problem(s)");
            problems.forEach(p -> System.out.println("  " + p.replace('\n', ' ')));
        }
        System.out.println("total: " + total + " problem(s)");
    }
}
