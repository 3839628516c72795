package org.laurel.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one row holding the installation's generated token-signing secret. */
@MappedEntity("signing_secret")
record SigningSecret(@Id Integer id, String secret, Instant createdAt) {}
