package org.handbookpress.content;

import java.util.regex.Pattern;

/**
 * A heading's id written as a comment of MDX at its end, <code>## Updates to Strict Mode {/&#42;updates-to-strict-mode&#42;/}</code>,
 * as react.dev and its translations write every heading (their own plugin reads it): the same as {@code {#id}}, which
 * the build reads. Left as it was, its asterisks were read as emphasis, the heading showed {@code {/updates…/}}, and
 * every link to the id (1,221 in react.dev) was an error.
 */
final class HeadingIdComments {

    private static final Pattern COMMENTED_ID = Pattern.compile("(?m)^([ ]{0,3}#{1,6}[ \\t].*?)[ \\t]*\\{/\\*[ \\t]*([\\w:.-]+)[ \\t]*\\*/\\}[ \\t]*$");

    private HeadingIdComments() {
    }

    static String apply(String markdown) {
        if (!markdown.contains("{/*")) {
            return markdown;
        }
        return OutsideCode.apply(markdown, text -> COMMENTED_ID.matcher(text).replaceAll("$1 {#$2}"));
    }
}
