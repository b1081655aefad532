package org.factline.timeline;

import java.util.Locale;

/** Something a reader can pick in a browse filter: the value sent and the words shown. */
public interface FilterChoice {

    /** The value of the filter's query parameter (a slug or a rating code). */
    String key();

    /** The words shown, in the reader's language (as templates call it: {@code getLabel(#locale)}). */
    String getLabel(Locale locale);
}
