package org.factline.publishing;

import java.util.List;
import java.util.Set;
import org.factline.shared.PublicContentChanged;

/**
 * Implemented by a module that serves {@link PublicPage#stored stored} public pages: it tells which of
 * its pages a change reaches, and which pages there are to prerender. The publishing module knows
 * neither routes nor tables of its own beyond the rendered pages and the change log.
 */
public interface PublishedPages {

    /**
     * The scopes a change reaches, as this module's pages name them ({@link PageScopes#shows}), including
     * those the change took the content away from; {@link PageScopes#EVERYTHING} for a change that
     * reaches every page. Called inside the change's transaction, so it sees the content as changed.
     */
    Set<String> reachedBy(PublicContentChanged change);

    /**
     * The paths of the stored pages to prerender, in the order readers most want them (listings first,
     * then the newest claims): every page that exists when {@code reached} is null, else the pages that
     * show one of these scopes.
     */
    List<String> paths(Set<String> reached);
}
