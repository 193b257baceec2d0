package bi.ppsm.site.account;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, then the new one twice. */
record PasswordForm(@NotBlank String current, @NotBlank String password, @NotBlank String confirmation) {
}
