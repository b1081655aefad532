/**
 * What each person on the desk is told: a claim assigned to them, their verdict or update sent back, their
 * work published, and, for editors, a new reader report. Listens to the other modules' events and keeps
 * the notifications in PostgreSQL (a count in the desk menu, a list at {@code /desk/notifications}); when
 * an SMTP server is configured ({@code spring.mail.host}) each one is also e-mailed after the action's
 * transaction commits, in the recipient's language. Reads the names of people and claims with SQL.
 */
@ApplicationModule(allowedDependencies = {"account", "claim", "report", "shared", "verdict"})
package org.factline.notification;

import org.springframework.modulith.ApplicationModule;
