package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.laurel.programs.SubmissionWindow;
import org.laurel.shared.ProblemException;

class EntryTest {

    static final Instant OPENS = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-06-30T16:00:00Z");
    static final SubmissionWindow WINDOW = new SubmissionWindow(OPENS, CLOSES);

    static Deadline at(Instant at) {
        return new Deadline(WINDOW, "Asia/Shanghai", at);
    }

    static final Deadline OPEN = at(Instant.parse("2026-06-10T00:00:00Z"));

    Entry draft() {
        return Entry.start(1, 2, OPENS);
    }

    Entry submitted() {
        Entry e = draft();
        e.submit(OPEN);
        return e;
    }

    @Test
    void aDraftIsSubmittedAtTheMomentTheRequestArrived() {
        Entry e = draft();

        assertThat(e.submit(OPEN)).isTrue();

        assertThat(e.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(e.getSubmittedAt()).isEqualTo(OPEN.at());
    }

    @Test
    void submittingASubmittedEntryChangesNothing() {
        Entry e = submitted();

        assertThat(e.submit(at(OPEN.at().plusSeconds(60)))).isFalse();
        assertThat(e.getSubmittedAt()).isEqualTo(OPEN.at());
    }

    @Test
    void theLastMillisecondBeforeTheDeadlineIsInAndTheDeadlineItselfIsOut() {
        Entry inTime = draft();
        inTime.submit(at(CLOSES.minusMillis(1)));
        assertThat(inTime.getStatus()).isEqualTo(EntryStatus.SUBMITTED);

        Entry late = draft();
        assertThatThrownBy(() -> late.submit(at(CLOSES)))
                .isInstanceOf(EntryProblems.WindowClosed.class)
                .hasMessageContaining("1 July 2026 at 00:00:00 (Asia/Shanghai)");
        assertThat(late.getStatus()).isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void nothingIsSubmittedBeforeTheWindowOpens() {
        assertThatThrownBy(() -> draft().submit(at(OPENS.minusSeconds(1))))
                .isInstanceOf(EntryProblems.WindowNotOpen.class);
    }

    @Test
    void editsAreAllowedWhileDraftOrSubmittedAndOpen() {
        Entry e = submitted();
        e.edit("New", null, "s", null, "[]", "", "{}", OPEN);
        assertThat(e.getTitle()).isEqualTo("New");

        assertThatThrownBy(() -> e.edit("Late", null, "s", null, "[]", "", "{}", at(CLOSES.plusMillis(1))))
                .isInstanceOf(EntryProblems.WindowClosed.class);
        assertThat(e.getTitle()).isEqualTo("New");
    }

    @Test
    void screenedEntriesAreNoLongerEditable() {
        Entry e = submitted();
        e.decideEligibility(true, null, OPEN.at());

        assertThatThrownBy(() -> e.edit("x", null, "s", null, "[]", "", "{}", OPEN))
                .isInstanceOf(EntryProblems.IllegalTransition.class)
                .hasMessageContaining("ELIGIBLE");
        assertThat(e.isEditable(OPEN)).isFalse();
    }

    @Test
    void onlySubmittedEntriesAreScreenedAndDecisionsMayBeRevised() {
        assertThatThrownBy(() -> draft().decideEligibility(true, null, OPEN.at()))
                .isInstanceOf(EntryProblems.IllegalTransition.class);

        Entry e = submitted();
        assertThat(e.decideEligibility(false, "late payment", OPEN.at())).isTrue();
        assertThat(e.getStatus()).isEqualTo(EntryStatus.INELIGIBLE);
        assertThat(e.decideEligibility(false, "late payment", OPEN.at())).isFalse();
        assertThat(e.decideEligibility(true, null, OPEN.at())).isTrue();
        assertThat(e.getStatus()).isEqualTo(EntryStatus.ELIGIBLE);
        assertThat(e.getEligibilityReason()).isNull();
    }

    @Test
    void withdrawalWorksFromEveryStateBeforeResultsAndNeverTwice() {
        for (Entry e : new Entry[] {draft(), submitted()}) {
            e.withdraw(OPEN.at());
            assertThat(e.getStatus()).isEqualTo(EntryStatus.WITHDRAWN);
            assertThatThrownBy(() -> e.withdraw(OPEN.at())).isInstanceOf(ProblemException.Conflict.class);
        }
        Entry awarded = submitted();
        awarded.setStatus(EntryStatus.AWARDED);
        assertThatThrownBy(() -> awarded.withdraw(OPEN.at())).isInstanceOf(EntryProblems.IllegalTransition.class);
    }

    @Test
    void aWithdrawnEntryCannotBeSubmittedOrScreened() {
        Entry e = submitted();
        e.withdraw(OPEN.at());

        assertThatThrownBy(() -> e.submit(OPEN)).isInstanceOf(EntryProblems.IllegalTransition.class);
        assertThatThrownBy(() -> e.decideEligibility(true, null, OPEN.at()))
                .isInstanceOf(EntryProblems.IllegalTransition.class);
    }
}
