/**
 * Readers' reports of errors on a published claim ("report an error", open to all, rate-limited per
 * client in the database) and the desk page where editors read them ({@code /desk/reports}). Lists them
 * with their claim's summary, read from the claim table with SQL.
 */
@ApplicationModule(allowedDependencies = "claim")
package org.factline.report;

import org.springframework.modulith.ApplicationModule;
