// Runs a submission's cells in an execution VM and keeps one alive for the hidden tests, restarting after a kill.
package org.nnworkbook.grader.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.nnworkbook.grader.grading.SubmissionAssembler.RunCell;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.session.CellOutcome;
import org.nnworkbook.grader.session.SnippetResult;
import org.nnworkbook.grader.session.StudentVm;
import org.nnworkbook.grader.session.VmStartException;

/**
 * A cell that times out or ends the VM is marked bad; a new VM then replays the good cells
 * before it and carries on, so one endless loop costs the student that exercise, not the whole
 * notebook. A cell that runs out of memory is left out the same way, because a JVM after an
 * OutOfMemoryError is not to be trusted (it does not count as a VM that ended). A hidden test that
 * kills the VM, or runs it out of memory, is handled the same way before the next test. The
 * number of restarts is capped ({@link Limits#maxRestarts()}), and every call is also bounded by
 * what is left of the submission's overall time ({@link Limits#submissionTimeout()}): when that runs
 * out the VM is killed and nothing more runs, so what passed before still counts.
 */
final class NotebookRun implements AutoCloseable {
    private final Sandbox sandbox;
    private final Limits limits;
    private final List<RunCell> cells;
    private final boolean[] bad;
    private final List<CellReport> reports = new ArrayList<>();
    private final List<String> incidents = new ArrayList<>();
    private int timeouts;
    private int vmEndings;
    private StudentVm vm;
    private int starts;
    private boolean gaveUp;
    private final long deadline;
    private boolean expired;

    /** @param started when grading this submission began ({@link System#nanoTime()}): its overall time counts from there */
    NotebookRun(Sandbox sandbox, List<RunCell> cells, long started) {
        this.sandbox = sandbox;
        this.limits = sandbox.limits();
        this.cells = cells;
        this.bad = new boolean[cells.size()];
        this.deadline = started + limits.submissionTimeout().toNanos();
    }

    /** Runs every cell once, in order; throws only when not even the first VM starts. */
    void runCells() throws VmStartException {
        vm = StudentVm.start(sandbox);
        starts = 1;
        for (int i = 0; i < cells.size(); i++) {
            if (gaveUp) {
                reports.add(new CellReport(cells.get(i).label(), expired ? overtime("not run") : null, ""));
                continue;
            }
            CellOutcome outcome = runCell(i);
            reports.add(new CellReport(cells.get(i).label(), outcome.worst(), outcome.output()));
            if (outcome.endedVm() && !expired) {
                bad[i] = true;
                record("cell " + cells.get(i).label(), outcome.worst());
                restart(i);
            } else if (outcome.outOfMemory()) {
                bad[i] = true; // reported by the summary as "ran out of memory"; the VM is replaced, not trusted
                restart(i);
            }
        }
    }

    /** Runs cell i within the cell limit, or within what is left of the submission's time if that is less. */
    private CellOutcome runCell(int i) {
        Duration left = left();
        if (left.isZero()) {
            return new CellOutcome(List.of(overtime("not run")), "");
        }
        boolean capped = left.compareTo(limits.cellTimeout()) < 0;
        CellOutcome outcome = vm.runCell(cells.get(i).source(), capped ? left : limits.cellTimeout());
        if (capped && outcome.worst().kind() == SnippetResult.Kind.TIMEOUT) {
            return new CellOutcome(List.of(overtime("stopped")), outcome.output());
        }
        return outcome;
    }

    /** Time left of the submission's overall limit, zero once it has run out. */
    private Duration left() {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            expire();
            return Duration.ZERO;
        }
        return Duration.ofNanos(nanos);
    }

    /**
     * What a call that ran into the overall limit (how = "stopped") or came after it ("not run") returns:
     * its VM is gone and from then on nothing runs.
     */
    private SnippetResult overtime(String how) {
        expire();
        return SnippetResult.vmEnded(how + ": " + overtimeReason());
    }

    private String overtimeReason() {
        return "the submission ran past its overall time limit of " + limits.submissionTimeout().toSeconds()
                + " s (--submission-timeout)";
    }

    private void expire() {
        if (!expired) {
            expired = true;
            gaveUp = true;
            incidents.add("grading stopped: " + overtimeReason());
            if (vm != null) {
                vm.close();
            }
        }
    }

    /** A new VM with the good cells before {@code upTo} replayed; false when the budget is spent. */
    private boolean restart(int upTo) {
        while (!gaveUp && !left().isZero()) {
            vm.close();
            if (starts > limits.maxRestarts()) {
                gaveUp = true;
                return false;
            }
            starts++;
            try {
                vm = StudentVm.start(sandbox);
            } catch (VmStartException e) {
                gaveUp = true;
                return false;
            }
            if (replay(upTo)) {
                return true;
            }
        }
        return false;
    }

    private boolean replay(int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (!bad[i] && runCell(i).endedVm()) {
                bad[i] = !expired; // it behaved differently this time; leave it out from now on
                return false;
            }
        }
        return true;
    }

    /** Evaluates a hidden test's code, first bringing back a VM a previous test killed. */
    SnippetResult evalForTest(String code, Duration limit) {
        if (expired || left().isZero()) {
            return overtime("not run");
        }
        if (vm.isDead() && (gaveUp || !restart(cells.size()))) {
            return expired ? overtime("not run") : notRun();
        }
        Duration left = left();
        boolean capped = left.compareTo(limit) < 0;
        SnippetResult result = vm.eval(code, capped ? left : limit);
        if (capped && result.kind() == SnippetResult.Kind.TIMEOUT) {
            return overtime("stopped");
        }
        if (result.kind().endsVm()) {
            record("a hidden test", result);
        } else if (result.outOfMemory()) {
            vm.close(); // the next evaluation gets a fresh VM, as after a cell that ran out of memory
        }
        return result;
    }

    private void record(String where, SnippetResult result) {
        if (result.kind() == SnippetResult.Kind.TIMEOUT) {
            timeouts++;
            incidents.add(where + " " + result.detail());
        } else {
            vmEndings++;
            incidents.add(where + ": " + result.detail());
        }
    }

    /** Timeouts and VM endings, in the order they happened, worded by the grader. */
    List<String> incidents() {
        return incidents;
    }

    boolean anyTimeout() {
        return timeouts > 0 || expired;
    }

    /** Whether the submission's overall time ran out (then its status is timeout, whatever else happened). */
    boolean expired() {
        return expired;
    }

    boolean anyVmEnded() {
        return vmEndings > 0;
    }

    private static SnippetResult notRun() {
        return SnippetResult.vmEnded("not run: the notebook's Java process ended too often (timeouts or System.exit)");
    }

    List<CellReport> cellReports() {
        return reports;
    }

    /** How many times a VM was started after the first. */
    int restarts() {
        return Math.max(0, starts - 1);
    }

    boolean gaveUp() {
        return gaveUp;
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.close();
        }
    }
}
