package org.laurel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A published domain event reaches the trail in the transaction of the change, and only with it. */
@MicronautTest(transactional = false)
class AuditedChangeTest {

    record SomethingHappened(Long actorId, AuditTrail.Subject subject, String action, Object after)
            implements AuditedChange {}

    @Inject
    ApplicationEventPublisher<SomethingHappened> events;

    @Inject
    TransactionOperations<Connection> tx;

    long count(String action) {
        return tx.executeRead(status -> {
            try (var st = status.getConnection()
                    .prepareStatement(
                            "SELECT COUNT(*) FROM audit_record WHERE action = ? AND (after_json IS NULL OR after_json LIKE '%DONE%')")) {
                st.setString(1, action);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aPublishedChangeIsRecordedWithItsStateAndARolledBackOneIsNot() {
        long before = count("TEST_HAPPENED");
        tx.executeWrite(status -> {
            events.publishEvent(new SomethingHappened(
                    null, new AuditTrail.Subject(null, null, null), "TEST_HAPPENED", Map.of("state", "DONE")));
            return null;
        });
        assertThat(count("TEST_HAPPENED")).isEqualTo(before + 1);

        assertThatThrownBy(() -> tx.executeWrite(status -> {
                    events.publishEvent(
                            new SomethingHappened(null, new AuditTrail.Subject(null, null, null), "TEST_UNDONE", null));
                    throw new IllegalStateException("the change fails after announcing itself");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("TEST_UNDONE")).isZero();
    }
}
