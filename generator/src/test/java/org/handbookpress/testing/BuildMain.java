package org.handbookpress.testing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.handbookpress.BuildFailure;
import org.handbookpress.BuildLog;
import org.handbookpress.BuildOptions;
import org.handbookpress.BuildResult;
import org.handbookpress.HandbookBuild;
import org.handbookpress.findings.Finding;

/**
 * A build in a JVM of its own, for tests that need other platform settings than the test's own
 * (a {@code LANG=C} locale): {@code BuildMain <content> <output>}. Prints the platform's encodings,
 * then the findings; exits 0 when the build passed, 1 when it failed, 2 on any other exception.
 */
public final class BuildMain {

    private BuildMain() {
    }

    public static void main(String[] args) {
        System.out.println("sun.jnu.encoding=" + System.getProperty("sun.jnu.encoding") + " default=" + Charset.defaultCharset());
        try {
            BuildResult result = new HandbookBuild(BuildOptions.of(Path.of(args[0]), Path.of(args[1]))
                    .withTimestamp(ProjectFixture.TODAY), BuildLog.SILENT).run();
            result.findings().forEach(f -> System.out.println(f.format()));
            System.out.println("BUILT " + result.pages() + " pages");
            System.exit(0);
        } catch (BuildFailure failure) {
            failure.findings().stream().map(Finding::format).forEach(System.out::println);
            System.out.println("FAILED " + failure.getMessage());
            System.exit(1);
        } catch (Exception | Error e) {
            e.printStackTrace(System.out);
            System.exit(2);
        }
    }
}
