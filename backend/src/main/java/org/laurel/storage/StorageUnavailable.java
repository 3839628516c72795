package org.laurel.storage;

import io.micronaut.http.HttpStatus;
import org.laurel.shared.ProblemException;

/** 503: the file store did not answer (a bucket out of reach, a full disk); nothing was kept. */
public final class StorageUnavailable extends ProblemException {

    public StorageUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Storage unavailable", detail, null);
    }
}
