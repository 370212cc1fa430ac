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
 * OutOfMemoryError is not to be trusted. A hidden test that kills the VM is handled the same way before the next test. The
 * number of restarts is capped ({@link Limits#maxRestarts()}) so a submission's time is bounded.
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

    NotebookRun(Sandbox sandbox, List<RunCell> cells) {
        this.sandbox = sandbox;
        this.limits = sandbox.limits();
        this.cells = cells;
        this.bad = new boolean[cells.size()];
    }

    /** Runs every cell once, in order; throws only when not even the first VM starts. */
    void runCells() throws VmStartException {
        vm = StudentVm.start(sandbox);
        starts = 1;
        for (int i = 0; i < cells.size(); i++) {
            if (gaveUp) {
                reports.add(new CellReport(cells.get(i).label(), null, ""));
                continue;
            }
            CellOutcome outcome = vm.runCell(cells.get(i).source(), limits.cellTimeout());
            reports.add(new CellReport(cells.get(i).label(), outcome.worst(), outcome.output()));
            if (outcome.endedVm()) {
                bad[i] = true;
                record("cell " + cells.get(i).label(), outcome.worst());
                restart(i);
            } else if (outcome.outOfMemory()) {
                bad[i] = true; // reported by the summary as "ran out of memory"; the VM is replaced, not trusted
                restart(i);
            }
        }
    }

    /** A new VM with the good cells before {@code upTo} replayed; false when the budget is spent. */
    private boolean restart(int upTo) {
        while (!gaveUp) {
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
            if (!bad[i] && vm.runCell(cells.get(i).source(), limits.cellTimeout()).endedVm()) {
                bad[i] = true; // it behaved differently this time; leave it out from now on
                return false;
            }
        }
        return true;
    }

    /** Evaluates a hidden test's code, first bringing back a VM a previous test killed. */
    SnippetResult evalForTest(String code, Duration limit) {
        if (vm.isDead() && (gaveUp || !restart(cells.size()))) {
            return notRun();
        }
        SnippetResult result = vm.eval(code, limit);
        if (result.kind().endsVm()) {
            record("a hidden test", result);
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
        return timeouts > 0;
    }

    boolean anyVmEnded() {
        return vmEndings > 0;
    }

    private static SnippetResult notRun() {
        return new SnippetResult(SnippetResult.Kind.VM_ENDED, null,
                "not run: the notebook's Java process ended too often (timeouts or System.exit)", null);
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
