package org.handbookpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.handbookpress.files.ToolFolders;

/**
 * Watches the content and templates folders, every folder in them, and folders that appear, move or
 * go while it runs, and calls back once per burst of changes: editors save a file in several steps,
 * and one rebuild is enough.
 *
 * <p>The JDK's watch service watches one folder at a time, and a renamed folder keeps reporting
 * under its old name. So after any creation or deletion the watcher walks the roots again and
 * registers each folder by the path it has now, and drops keys whose folder is gone. A root that
 * does not exist yet (a {@code templates/} folder the author creates later) is watched through its
 * nearest existing parent, for that one name only, so the build's own files beside it never count.
 * When an {@code output} folder is given, its disappearance counts as a change too, so that a deleted
 * site is rebuilt at once.
 *
 * <p>On Windows and macOS ({@link WatchMethod}) one key watches a root and everything in it, so renamed
 * folders need no walk; a root that appears or goes is noticed by looking for it while nothing else happens.
 */
public final class ContentWatcher implements AutoCloseable {

    /**
     * How long it must stay quiet after a change before the burst counts as over: long enough for the
     * steps of one save (an editor writes, truncates, renames within a few milliseconds), short enough
     * that the preview's update starts a few tens of milliseconds after the save.
     */
    static final long QUIET_MILLIS = 40;
    /** A burst that never goes quiet (a tool writing for a long time) is reported after this long anyway. */
    static final long LONGEST_BURST_MILLIS = 1000;
    /** How often the output folder is looked for while nothing else happens. */
    static final long OUTPUT_CHECK_MILLIS = 300;

    private final WatchMethod method;
    private final Consumer<String> warnings;
    /** Folders already reported as refused, so a rescan does not repeat it. */
    private final Set<Path> refused = new HashSet<>();
    private final WatchService watcher;
    private final List<Path> roots;
    private final Path output;
    /** Folders watched with everything in them, by their current path (only the roots, when a key covers a whole tree). */
    private final Map<Path, WatchKey> folders = new HashMap<>();
    /**
     * The path each key's folder has now. On Linux a folder renamed keeps its key (the system watches the folder, not
     * its name), and registering it again by its new name gives the same key back, whose {@code watchable()} still
     * names the old path: events are resolved against this instead.
     */
    private final Map<WatchKey, Path> currentPaths = new IdentityHashMap<>();
    /** Parents of roots that do not exist yet, and the name under each that stands for a root. */
    private final Map<WatchKey, Set<Path>> awaited = new IdentityHashMap<>();
    /** Whether the current burst created, deleted or moved something, so the folders must be walked again. */
    private boolean structureChanged;
    /** For keys that cover a whole tree: whether each root was there when last looked at. */
    private final Map<Path, Boolean> rootsThere = new HashMap<>();
    /** Whether the output folder was there when last looked at. */
    private boolean outputThere;
    /** What the build reads outside the watched folders (files beside the content), looked at with the output folder. */
    private java.util.function.Supplier<String> outside = () -> "";
    private String outsideSeen = "";
    /** The files and folders the current burst named. */
    private final Set<Path> changed = new java.util.LinkedHashSet<>();
    /** Whether the current burst lost events (the system's queue overflowed) or the site went: anything may have changed. */
    private boolean everything;
    /**
     * How many times {@link #awaitChangedFiles} has looked at everything it watches (the events, the output folder, the
     * files beside the roots, the roots) for {@link #OUTPUT_CHECK_MILLIS} and found nothing. For tests: one that checks
     * that something is no change waits until the watcher has looked twice since, rather than for a fixed time.
     */
    private final AtomicLong quietLooks = new AtomicLong();

    /**
     * One burst of changes.
     *
     * @param files      every file or folder an event named (absolute), whether it exists now or not
     * @param everything true when the watcher cannot say what changed (events were lost) or the served
     *                   site disappeared: then only a full build will do
     */
    public record Changes(Set<Path> files, boolean everything) {
    }

    public ContentWatcher(List<Path> roots) throws IOException {
        this(roots, null);
    }

    /** @param output the served site, rebuilt when it disappears; null for none */
    public ContentWatcher(List<Path> roots, Path output) throws IOException {
        this(roots, output, message -> { });
    }

    /** @param warnings told, once for each, of a folder the system refuses to watch (a limit reached), and what to do */
    public ContentWatcher(List<Path> roots, Path output, Consumer<String> warnings) throws IOException {
        this(roots, output, WatchMethod.ofThisSystem(), warnings);
    }

    ContentWatcher(List<Path> roots, Path output, WatchMethod method, Consumer<String> warnings) {
        this.method = method;
        this.warnings = warnings;
        this.watcher = method.service();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.output = output == null ? null : output.toAbsolutePath().normalize();
        this.outputThere = this.output != null && Files.isDirectory(this.output);
        rescan();
    }

    /** Blocks until something changes, then until it has been quiet for a moment. */
    public void awaitChanges() throws InterruptedException, IOException {
        awaitChangedFiles();
    }

    /** Blocks until something changes, then until it has been quiet for a moment; says what changed. */
    public Changes awaitChangedFiles() throws InterruptedException, IOException {
        structureChanged = false;
        everything = false;
        changed.clear();
        WatchKey key;
        do {
            // Not forever: the output folder, the files beside the roots, and a root moved away are looked for meanwhile.
            key = watcher.poll(OUTPUT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            if (key == null && (outputGone() || outsideChanged())) {
                return new Changes(Set.of(), true);
            }
            if (key == null && rootsCameOrWent()) {
                rescan();
                return new Changes(Set.copyOf(changed), false);
            }
            if (key == null) {
                quietLooks.incrementAndGet();
            }
        } while (key == null || !relevant(key));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
        while (System.nanoTime() - deadline < 0 && (key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            relevant(key);
        }
        if (structureChanged) {
            rescan();
        }
        return new Changes(Set.copyOf(changed), everything);
    }

    /** How many quiet looks the watcher has made so far ({@link #quietLooks}). */
    long quietLooks() {
        return quietLooks.get();
    }

    /**
     * Also watches what {@code outside} describes (files beside the watched folders, such as an MkDocs site's
     * mkdocs.yml beside its docs), looked at as often as the output folder: a change to it is a change to everything.
     */
    public ContentWatcher watchingAlso(java.util.function.Supplier<String> outside) {
        this.outside = outside;
        this.outsideSeen = outside.get();
        return this;
    }

    private boolean outsideChanged() {
        String now = outside.get();
        boolean changed = !now.equals(outsideSeen);
        outsideSeen = now;
        return changed;
    }

    /** Whether the output folder was there at the last look and is not now (a failed build leaves none: no loop). */
    private boolean outputGone() {
        boolean was = outputThere;
        outputThere = output != null && Files.isDirectory(output);
        return was && !outputThere;
    }

    /**
     * For keys that cover a whole tree: whether a root appeared or went since the last look (each named in
     * {@link #changed}). A root that is there gets a key at the next {@link #rescan}.
     */
    private boolean rootsCameOrWent() {
        for (Path root : roots) {
            boolean there = Files.isDirectory(root);
            Boolean was = rootsThere.put(root, there);
            // With a key per folder, a root that appears is reported by its parent's key; one moved away (mv templates
            // old-templates) by no key on Linux, whose watch follows the folder to where it went, still valid.
            if (was != null && was != there && (method.wholeTree() || !there)) {
                changed.add(root);
            }
        }
        return !changed.isEmpty();
    }

    /**
     * Takes a key's events; whether any is one this watcher cares about. Every event under a watched
     * folder is; under the parent of a missing root, only one about the root's own name.
     */
    private boolean relevant(WatchKey key) {
        Set<Path> names = awaited.get(key);
        boolean any = false;
        for (var event : key.pollEvents()) {
            if (names == null || event.kind() == OVERFLOW || (event.context() instanceof Path name && names.contains(name))) {
                Path path = event.context() instanceof Path name
                        ? name.isAbsolute() ? name // macOS's keys name files by their path
                        : folderOf(key) instanceof Path folder ? folder.resolve(name) : null
                        : null;
                if (path != null && inToolFolder(path)) {
                    continue; // npm installing packages, git at work: nothing the build reads (ToolFolders)
                }
                any = true;
                structureChanged |= event.kind() != ENTRY_MODIFY;
                if (event.kind() == OVERFLOW) {
                    everything = true;
                } else if (path != null) {
                    changed.add(path);
                }
            }
        }
        if (!key.reset() && folderOf(key) instanceof Path folder && roots.contains(folder)) {
            // A root's key ends when the root is deleted or moved, and no watched folder reports that: its parent is
            // watched only while the root is missing. So the end of the key is the change.
            changed.add(folder);
            structureChanged = true;
            any = true;
        }
        return any;
    }

    /** Whether the path is in one of the folders of other tools the build never reads, or is one, under a root. */
    private boolean inToolFolder(Path path) {
        for (Path p = path; p != null && !roots.contains(p); p = p.getParent()) {
            if (ToolFolders.isToolFolder(p)) {
                return true;
            }
        }
        return false;
    }

    /** The folder a key watches, by the path it has now. */
    private Object folderOf(WatchKey key) {
        Path current = currentPaths.get(key);
        return current != null ? current : key.watchable();
    }

    /** Registers every folder under the roots by its present path; cancels keys for folders that are gone. */
    private void rescan() {
        if (method.wholeTree()) {
            rescanRoots();
            return;
        }
        Map<Path, WatchKey> now = new HashMap<>();
        Map<WatchKey, Set<Path>> parents = new IdentityHashMap<>();
        for (Path root : roots) {
            rootsThere.put(root, Files.isDirectory(root));
            if (Files.isDirectory(root)) {
                registerTree(root, now);
            } else {
                Path parent = root.getParent();
                Path name = root.getFileName();
                while (parent != null && !Files.isDirectory(parent)) {
                    name = parent.getFileName();
                    parent = parent.getParent();
                }
                if (parent != null) {
                    WatchKey key = register(parent);
                    if (key != null) {
                        parents.computeIfAbsent(key, k -> new HashSet<>()).add(name);
                    }
                }
            }
        }
        Set<WatchKey> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(now.values());
        kept.addAll(parents.keySet());
        for (WatchKey old : folders.values()) {
            if (!kept.contains(old)) {
                old.cancel();
            }
        }
        for (WatchKey old : awaited.keySet()) {
            if (!kept.contains(old)) {
                old.cancel();
            }
        }
        folders.clear();
        folders.putAll(now);
        currentPaths.clear();
        now.forEach((path, key) -> currentPaths.put(key, path));
        awaited.clear();
        // A parent that also lies inside a watched root reports everything, as any watched folder does.
        parents.keySet().removeIf(now::containsValue);
        awaited.putAll(parents);
    }

    /**
     * For keys that cover a whole tree: a key for each root that is there and has none (at the start, after it
     * appeared, or after the service let its key go because everything in it went). A key is never cancelled here:
     * on macOS cancelling leaves the folder's FSEvents stream open, and the service would then refuse the folder a
     * working key when it comes back; the service ends the stream itself once nothing is left under it.
     */
    private void rescanRoots() {
        for (Path root : roots) {
            WatchKey key = folders.get(root);
            boolean there = Files.isDirectory(root);
            rootsThere.put(root, there); // what a burst's events already said is not reported again
            if (key != null && !key.isValid()) {
                folders.remove(root);
                key = null;
            }
            if (key == null && there) {
                key = register(root);
                if (key != null) {
                    folders.put(root, key);
                }
            }
        }
    }

    private void registerTree(Path root, Map<Path, WatchKey> into) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && ToolFolders.isToolFolder(dir)) {
                        return FileVisitResult.SKIP_SUBTREE; // never read by the build; node_modules alone may use up the watches
                    }
                    WatchKey key = register(dir);
                    if (key != null) {
                        into.put(dir, key);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone while walking: the next rescan settles it
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // The root went while it was walked; its parent's events bring the next rescan.
        }
    }

    /**
     * The folder's key, or null when the folder went before it could be registered, or the system refused it:
     * then the author is told once, since edits there would otherwise be missed without a word.
     */
    private WatchKey register(Path dir) {
        try {
            return method.register().folder(dir);
        } catch (NoSuchFileException e) {
            return null; // gone: the next rescan settles it
        } catch (IOException | RuntimeException e) {
            // directory-watcher's service throws an unchecked exception for a folder that is not there: gone, as above
            if (Files.isDirectory(dir) && refused.add(dir)) {
                warnings.accept(refusal(dir, e.getMessage()));
            }
            return null;
        }
    }

    /** What to tell the author when the system will not watch a folder. */
    static String refusal(Path dir, String reason) {
        return "The preview cannot watch " + dir + " (" + reason + "): changes there will not show until it is restarted."
                + limitAdvice(reason);
    }

    /** How to raise the system's limit, when {@code reason} (the system's words) says a limit was reached; else empty. */
    public static String limitAdvice(String reason) {
        if (reason == null || !reason.toLowerCase(java.util.Locale.ROOT).contains("inotify")) {
            return "";
        }
        return " Linux allows each user a limited number of watches, shared with editors and other tools: raise it with"
                + " 'sudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=1024'"
                + " (and the same lines in /etc/sysctl.conf to keep it).";
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
