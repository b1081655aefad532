/**
 * What the application runs on: configuration, the embedded database, languages, error pages and the
 * failure analysers. Depends on no feature module.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.factline.system;

import org.springframework.modulith.ApplicationModule;
