package org.factline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank(message = "{validation.required}") String currentPassword,

        @NotBlank(message = "{validation.required}")
        @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200, message = "{validation.size}")
        String newPassword,

        @NotBlank(message = "{validation.required}") String confirmPassword) {}
