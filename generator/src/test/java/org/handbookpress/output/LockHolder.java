package org.handbookpress.output;

import java.nio.file.Path;
import java.time.Duration;

/** Run in a separate JVM by {@link OutputLockTest}: takes an output folder's lock and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]), Duration.ofSeconds(30), holder -> { });
        System.out.println("holding " + lock.file());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(2).toMillis());
    }
}
