package org.laurel.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurableH2Test {

    @Test
    void fileDatabasesWriteEveryCommitThrough() {
        assertThat(DurableH2.durable("jdbc:h2:file:./data/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void aLaxWriteDelayInTheUrlIsReplaced() {
        assertThat(DurableH2.durable("jdbc:h2:./x;write_delay=500;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./x;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void onlyEmbeddedFileDatabasesAreTouched() {
        assertThat(DurableH2.isH2File("jdbc:h2:file:/tmp/x")).isTrue();
        assertThat(DurableH2.isH2File("jdbc:h2:./data/x")).isTrue();
        assertThat(DurableH2.isH2File("jdbc:h2:mem:test")).isFalse();
        assertThat(DurableH2.isH2File("jdbc:h2:tcp://db/x")).isFalse();
        assertThat(DurableH2.isH2File("jdbc:postgresql://127.0.0.1/laurel")).isFalse();
    }
}
