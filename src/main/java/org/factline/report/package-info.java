/**
 * Readers' reports of errors on a published claim or, from the site-wide form, about anything ("report an
 * error", open to all, rate-limited per client and over all clients in the database), and the desk pages
 * where editors triage them ({@code /desk/reports}: status, assignee, internal note, history). Lists them
 * with their claim's summary and the people they can be assigned to, read from the claim and account
 * tables with SQL.
 */
@ApplicationModule(allowedDependencies = {"claim", "shared"})
package org.factline.report;

import org.springframework.modulith.ApplicationModule;
