package org.laurel.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code username} is the account's email. */
@Serdeable
public record LoginRequest(
        @NotBlank @Size(max = 254) String username,
        @NotBlank @Size(max = 200) String password) {
    /** Pasted addresses often carry stray spaces; they are not part of the address. */
    public LoginRequest {
        username = username == null ? null : username.strip();
    }
}
