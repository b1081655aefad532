/**
 * The reader's pages: home and browse, claim, speaker and topic pages, feeds, sitemap, corrections and
 * methodology. They read published data with their own SQL, from the tables of claim, speaker, article,
 * evidence, verdict and account (an editor's name), and are served through the publishing module.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "article",
            "claim",
            "evidence",
            "filter",
            "publishing",
            "shared",
            "speaker",
            "verdict"
        })
package org.factline.timeline;

import org.springframework.modulith.ApplicationModule;
