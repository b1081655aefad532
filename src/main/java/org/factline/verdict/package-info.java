/**
 * Rating scales, verdicts and their review, publication and corrections; announces them with
 * {@code VerdictSubmitted}, {@code VerdictSentBack} and {@code VerdictPublished}. A verdict goes to
 * review only with a source (evidence).
 */
@ApplicationModule(allowedDependencies = {"evidence", "shared"})
package org.factline.verdict;

import org.springframework.modulith.ApplicationModule;
