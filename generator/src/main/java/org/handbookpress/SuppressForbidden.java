package org.handbookpress;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one declaration use an API the build forbids (the forbiddenapis check in generator/pom.xml:
 * default charset and locale, the console). Say why beside it; the check finds this annotation by name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /** Why the forbidden call is right here. */
    String value();
}
