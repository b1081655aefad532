/**
 * Full-text search of published claims ({@code /search}), with the reader pages' filters and cards. Its
 * index is written with SQL from the tables of claim, speaker and verdict.
 */
@ApplicationModule(allowedDependencies = {"claim", "filter", "publishing", "shared", "speaker", "timeline", "verdict"})
package org.factline.search;

import org.springframework.modulith.ApplicationModule;
