package org.factline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Chromium ({@link Chromium#start}). Where Chromium or its chromedriver is
 * missing, the class is skipped and one line says what to install; with FACTLINE_REQUIRE_BROWSER=true
 * (as {@code .ci/run} sets it) it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Chromium.Installed.class)
public @interface BrowserTest {}
