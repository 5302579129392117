package org.handbookpress.content;

import java.util.List;

/**
 * A printable PDF pack from {@code packs:} in handbook.yml.
 *
 * @param include files, folders or glob patterns relative to the content folder, in print order
 * @param forms   whether exercises also become fillable PDF form fields
 */
public record PackConfig(String id, String title, String subtitle, List<String> include, Paper paper,
                         boolean forms, int line) {
}
