/** People and organisations who make claims: aliases, and the roles they held over time. */
@ApplicationModule(allowedDependencies = "shared")
package org.factline.speaker;

import org.springframework.modulith.ApplicationModule;
