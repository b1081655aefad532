package org.factline.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

record UserForm(
        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.size}")
        String email,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
        String displayName,

        @NotEmpty(message = "{validation.chooseOne}") Set<Role> roles,

        @NotBlank(message = "{validation.required}")
        @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200, message = "{validation.size}")
        String initialPassword) {}
