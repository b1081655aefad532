/** Sources attached to a claim (held by id), with their stance: supports,
 * contradicts or gives context; their web addresses are checked by the article module's rule. While
 * a claim's verdict is in review its sources are frozen; the verdict module says which claims are
 * ({@code ClaimsInReview}).
 */
@ApplicationModule(allowedDependencies = {"article", "shared"})
package org.factline.evidence;

import org.springframework.modulith.ApplicationModule;
