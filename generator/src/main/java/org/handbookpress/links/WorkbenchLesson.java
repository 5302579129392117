package org.handbookpress.links;

import java.util.List;
import org.handbookpress.content.Page;

/**
 * A lesson of the Carpentries Workbench (sandpaper), the template of the Carpentries' lessons and their trainers'
 * material: it publishes the pages of {@code episodes/}, {@code learners/}, {@code instructors/} and {@code profiles/}
 * side by side at the site's top, with their {@code fig/} and {@code files/} folders, so an episode links an
 * instructors' page as {@code icebreakers.md}, and a learners' page shows {@code fig/edit.svg} from
 * {@code episodes/fig/}. A lesson is a content folder with the Workbench's {@code config.yaml} and pages in
 * {@code episodes/}.
 */
final class WorkbenchLesson {

    private static final List<String> FOLDERS = List.of("episodes", "learners", "instructors", "profiles");

    private WorkbenchLesson() {
    }

    /**
     * The folders where a path that names nothing from its page's folder is looked for, in this order: the lesson's
     * other folders, for a page directly in one of them; none for any other page or handbook.
     */
    static List<String> otherFolders(PageIndex index, Page page) {
        // The build leaves config.yaml out of a lesson's site (content.WorkbenchSite): it is looked for in the content folder.
        if (!FOLDERS.contains(page.folder()) || !index.isAsset("config.yaml") && !index.isLeftOutFile("config.yaml")
                || !index.hasPagesIn("episodes")) {
            return List.of();
        }
        return FOLDERS.stream().filter(folder -> !folder.equals(page.folder())).toList();
    }
}
