package org.handbookpress.content;

import java.util.Optional;

/**
 * What the front door of a Raspberry Pi Foundation project ({@link RaspberryPiProject}) shows before its list of steps,
 * as the projects site opens a project: its description (the handbook's, from meta.yml) under its title, its picture
 * ({@code hero_image}) and a way into its first step. Without it the front door the build writes for a handbook with no
 * home page was a bare list, "Section", "Boat race", "10 pages", each step a card marked "Page".
 *
 * @param image the picture's path in the content folder, when meta.yml names one the folder has; else null
 */
public record ProjectFrontDoor(String image) {

    /** The front door of the handbook's project; empty for a handbook that is no such project. */
    public static Optional<ProjectFrontDoor> of(Handbook handbook) {
        if (handbook.contentDir() == null) {
            return Optional.empty();
        }
        RaspberryPiProject project = RaspberryPiProject.of(handbook.contentDir());
        if (!project.isProject()) {
            return Optional.empty();
        }
        String image = project.heroImage().filter(handbook.assets()::contains).orElse(null);
        return Optional.of(new ProjectFrontDoor(image));
    }
}
