/**
 * What readers and editors narrow lists of claims by: one filter ({@code ClaimFilter}) for browse, search,
 * the CSV exports and the desk, read and checked in one place, and one writer of its SQL conditions
 * ({@code ClaimConditions}), in which {@code q} means what search means by it ({@code SearchTerms}). It
 * runs no statement itself: the modules that list claims append its conditions to their own. The
 * conditions are written over the tables of claim, speaker, verdict and search.
 */
@ApplicationModule(allowedDependencies = {"claim", "search", "speaker", "verdict"})
package org.factline.filter;

import org.springframework.modulith.ApplicationModule;
