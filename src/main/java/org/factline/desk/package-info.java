/**
 * The editor's desk: the pages where reporters and editors record articles, claims, sources and
 * verdicts and take them through review. It composes the domain modules through their APIs.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "article",
            "claim",
            "evidence",
            "filter",
            "shared",
            "speaker",
            "system",
            "verdict"
        })
package org.factline.desk;

import org.springframework.modulith.ApplicationModule;
