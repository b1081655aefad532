/**
 * CSV import of claims: a dry run, then an all-or-nothing commit. Writes the tables of claim, speaker and
 * article, and reads verdict's rating scales, with native SQL.
 */
@ApplicationModule(allowedDependencies = {"article", "claim", "shared", "speaker", "verdict"})
package org.factline.intake;

import org.springframework.modulith.ApplicationModule;
