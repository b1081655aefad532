package org.factline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new one-time password an admin gives someone who forgot theirs. */
record ResetPasswordForm(
        @NotBlank(message = "{validation.required}")
        @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "{validation.size}")
        String password) {}
