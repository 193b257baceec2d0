package bi.ppsm.site.account;

import jakarta.validation.constraints.NotBlank;

/** A new password chosen through a forgotten-password link. */
record PasswordResetForm(@NotBlank String token, @NotBlank String password, @NotBlank String confirmation) {
}
