/**
 * People who sign in: accounts, roles, passwords, the security configuration, and the first
 * administrator of a new instance ({@code FirstAdministrator}, from FACTLINE_ADMIN_EMAIL/PASSWORD or
 * with a one-time password).
 */
@ApplicationModule(allowedDependencies = "shared")
package org.factline.account;

import org.springframework.modulith.ApplicationModule;
