package org.factline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank String currentPassword,

        @NotBlank @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200)
        String newPassword,

        @NotBlank String confirmPassword) {}
