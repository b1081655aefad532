package org.factline.evidence;

/**
 * Deleting a source writes the deletion at once, as {@code saveAndFlush} does a save: the repository
 * publishes the source's events after {@code delete} returns (it does for no other name), and their
 * listeners read with SQL.
 */
interface SourceDeletion {

    void delete(Source source);
}
