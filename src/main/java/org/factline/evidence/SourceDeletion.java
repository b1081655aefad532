package org.factline.evidence;

/**
 * Deleting a source and writing the deletion at once, as {@code saveAndFlush} does for a save: the
 * repository publishes the source's events after the call, and their listeners read with SQL.
 */
interface SourceDeletion {

    void deleteAndFlush(Source source);
}
