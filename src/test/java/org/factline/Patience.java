package org.factline;

import java.time.Duration;

/**
 * How long a test waits for the application's own signal (a page in the browser, a finished import, a
 * latch) before it fails. A wait ends as soon as the signal comes, so passing tests never wait this
 * long; the bound is for a loaded two-core machine, where a page can take seconds.
 */
public final class Patience {

    /** For a signal from the running application. */
    public static final Duration SIGNAL = Duration.ofMinutes(2);

    /** For a whole application to start in a JVM of its own. */
    public static final Duration START = Duration.ofMinutes(5);

    private Patience() {}
}
