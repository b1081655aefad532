package org.factline.publishing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose GET page is the same for every anonymous reader, so that the page cache
 * serves it from rendered bytes ({@link PageCache}). The routes are read from the handler mappings once,
 * at start; nothing else lists them.
 *
 * <p>The handler names what its page shows ({@link PageScopes#shows}); a page that names nothing is
 * renewed at any change. A {@link #stored} page is also kept in the database for every instance, and
 * prerendered when the module that serves it lists its path ({@link PublishedPages}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

    /**
     * Whether the page is kept in the database ({@code rendered_page}) as well as in each instance's
     * memory: for pages that name what they show and have many siblings (a claim, a speaker, a topic),
     * whose renders are worth sharing between instances and restarts. Such a page with query parameters
     * stays in memory only.
     */
    boolean stored() default false;
}
