-- JudgingPolicy reads a judge's standing on one entry (every round they are assigned to it in)
-- on each scorecard save: this index answers that with one short range read instead of a walk
-- through all of the judge's assignments.
CREATE INDEX ix_assignment_entry_judge ON assignment (entry_id, judge_id, round_id);
