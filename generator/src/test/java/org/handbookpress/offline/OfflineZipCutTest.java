package org.handbookpress.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the offline copy shares out its files between threads: by bytes as well as by count. */
class OfflineZipCutTest {

    private static List<SiteFile> files(long... sizes) {
        List<SiteFile> files = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            files.add(new SiteFile(Path.of("f" + i), "f" + i, sizes[i]));
        }
        return files;
    }

    private static List<Integer> sizesOfGroups(List<List<SiteFile>> groups) {
        return groups.stream().map(List::size).toList();
    }

    @Test
    void smallFilesGoInGroupsOfTheMostAllowed() {
        assertEquals(List.of(3, 3, 1), sizesOfGroups(OfflineZip.cut(files(1, 1, 1, 1, 1, 1, 1), 3, 1_000)));
    }

    @Test
    void aGroupClosesWhenItsFilesReachTheBytes() {
        // Ten PDFs of 400 KB after two pages: each PDF a group of its own, where by count alone one group held them all.
        long[] sizes = new long[12];
        sizes[0] = 5_000;
        sizes[1] = 5_000;
        for (int i = 2; i < sizes.length; i++) {
            sizes[i] = 400_000;
        }
        List<List<SiteFile>> groups = OfflineZip.cut(files(sizes), 32, OfflineZip.RUN_BYTES);
        assertEquals(List.of(3, 1, 1, 1, 1, 1, 1, 1, 1, 1), sizesOfGroups(groups));
    }

    @Test
    void theGroupsHoldEveryFileOnceInOrder() {
        List<SiteFile> all = files(10, 900, 5, 5, 2_000, 1, 1, 1, 1, 700);
        List<SiteFile> again = new ArrayList<>();
        OfflineZip.cut(all, 4, 1_000).forEach(again::addAll);
        assertEquals(all, again);
        // Four files (the count reached), the 2,000-byte file alone (the bytes reached), four more, the last.
        assertEquals(List.of(4, 1, 4, 1), sizesOfGroups(OfflineZip.cut(all, 4, 1_000)));
    }

    @Test
    void noFilesNoGroups() {
        assertEquals(List.of(), OfflineZip.cut(List.of(), 32, 1_000));
    }
}
