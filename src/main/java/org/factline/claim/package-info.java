/**
 * Claims, their topics, appearances (quote anchors and "as reported by" chains) and editorial status,
 * which follows the verdict's events. Reads the rating scale's table ({@code rating_scale}) with SQL.
 */
@ApplicationModule(allowedDependencies = {"article", "evidence", "filter", "shared", "speaker", "verdict"})
package org.factline.claim;

import org.springframework.modulith.ApplicationModule;
