/**
 * CSV downloads of claims, appearances, sources and verdict history, public and for the desk. Reads the
 * tables of claim, speaker, article, evidence, verdict and account with native SQL.
 */
@ApplicationModule(
        allowedDependencies = {"account", "article", "claim", "evidence", "filter", "shared", "speaker", "verdict"})
package org.factline.export;

import org.springframework.modulith.ApplicationModule;
