package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurableH2Test {

    @Test
    void onlyEmbeddedFileDatabasesNeedTheGroupCommit() {
        assertThat(DurableH2.isH2File("jdbc:h2:file:/tmp/x;MODE=PostgreSQL")).isTrue();
        assertThat(DurableH2.isH2File("jdbc:h2:./data/x")).isTrue();
        assertThat(DurableH2.isH2File("jdbc:h2:mem:test")).isFalse();
        assertThat(DurableH2.isH2File("jdbc:h2:tcp://db/x")).isFalse();
        assertThat(DurableH2.isH2File("jdbc:postgresql://127.0.0.1/laurel")).isFalse();
    }
}
