package org.factline.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

record UserForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<Role> roles,

        @NotBlank @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200)
        String initialPassword) {}
