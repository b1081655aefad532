package org.factline.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's text that may span lines (a textarea, or words taken from an article's text): tab, line feed and
 * carriage return are accepted in it; every other field refuses them with the other control characters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MultiLine {}
