package org.handbookpress.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.methvin.watchservice.MacOSXListeningWatchService;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which system's preview gets which watch method. */
class WatchMethodTest {

    static boolean onAMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
    }

    @Test
    void windowsGetsOneWatchPerRoot() throws IOException {
        WatchMethod windows = WatchMethod.forSystem("Windows 11");
        try {
            assertTrue(windows.wholeTree(), "a watch on every folder would stop the author renaming folders on Windows");
        } finally {
            windows.service().close();
        }
    }

    @Test
    void otherSystemsGetTheJdksService() throws IOException {
        WatchMethod linux = WatchMethod.forSystem("Linux");
        try {
            assertFalse(linux.wholeTree());
        } finally {
            linux.service().close();
        }
    }

    @Test
    void aMacGetsFsEvents() throws IOException {
        assumeTrue(onAMac(), "FSEvents is only on a Mac; this machine is " + System.getProperty("os.name"));
        WatchMethod mac = WatchMethod.forSystem(System.getProperty("os.name"));
        try {
            assertTrue(mac.wholeTree());
            assertInstanceOf(MacOSXListeningWatchService.class, mac.service(), "not the JDK's, which polls every 10 s on a Mac");
        } finally {
            mac.service().close();
        }
    }

    @Test
    void aMacWhoseFrameworksCannotBeReachedGetsTheJdksService() throws IOException {
        assumeFalse(onAMac(), "this machine is a Mac, where the frameworks are there");
        WatchMethod mac = WatchMethod.forSystem("Mac OS X"); // JNA finds no Carbon framework here
        try {
            assertFalse(mac.wholeTree(), "the preview still watches, with the JDK's service");
        } finally {
            mac.service().close();
        }
    }
}
