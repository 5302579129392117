package org.handbookpress.content;

/**
 * What the front door of a Raspberry Pi Foundation project ({@link RaspberryPiProject}) shows before its list of steps,
 * as the projects site opens a project: its description (the handbook's, from meta.yml) under its title, its picture
 * ({@code hero_image}) and a way into its first step. Without it the front door the build writes for a handbook with no
 * home page was a bare list, "Section", "Boat race", "10 pages", each step a card marked "Page". Made from the meta.yml
 * the content loader reads ({@link Handbook#frontDoor}), which the site's writer read a second time.
 *
 * @param image the picture's path in the content folder, when meta.yml names one the folder has; else null
 */
public record ProjectFrontDoor(String image) {
}
