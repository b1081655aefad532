package org.factline.account;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

record RolesForm(
        @NotEmpty(message = "{validation.chooseOne}") Set<Role> roles) {}
