/**
 * One way for a change to reach readers: serving published pages from rendered bytes. Holds the version
 * of what readers see and its change log ({@code public_content_version}, {@code public_content_change}),
 * the rendered pages kept in the database ({@code rendered_page}), the prerenderer, the cache filter and
 * its render permits.
 *
 * <p>Its API is declarative. A handler marks its page {@code @PublicPage} (and {@code stored} for pages
 * kept in the database) and names what it shows ({@code PageScopes.shows}); a module serving stored
 * pages implements {@code PublishedPages}, which says which pages a change reaches and which there are to
 * prerender. It knows no route and reads no table of another module.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.factline.publishing;

import org.springframework.modulith.ApplicationModule;
