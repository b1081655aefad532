/** The articles claims are taken from: canonical URL, outlet, authors, dates, body and its SHA-256. */
@ApplicationModule(allowedDependencies = "shared")
package org.factline.article;

import org.springframework.modulith.ApplicationModule;
