// Runs a submission's cells in an execution VM and keeps one alive for the hidden tests, restarting after a kill.
package org.nnworkbook.grader.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnworkbook.grader.grading.SubmissionAssembler.RunCell;
import org.nnworkbook.grader.result.CellReport;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;
import org.nnworkbook.grader.session.CellOutcome;
import org.nnworkbook.grader.session.SnippetResult;
import org.nnworkbook.grader.session.StudentVm;
import org.nnworkbook.grader.session.VmStartException;

/**
 * A cell that times out or ends the VM is marked bad and never runs again; the next cell or test
 * that needs a VM starts a new one, which replays the good cells before it, so one endless loop
 * costs the student that exercise, not the whole notebook. A cell that runs out of memory is left
 * out the same way, because a JVM after an OutOfMemoryError is not to be trusted (it does not
 * count as a VM that ended). A hidden test that kills the VM, or runs it out of memory, is
 * handled the same way before the next test.
 *
 * <p>Restarts are budgeted per part of the notebook ({@link Limits#maxRestarts()} each): a cell
 * pays for the restart it needs from its {@link RunCell#owner()}'s budget, a hidden test from its
 * grade cell's. So a looping helper whose check cells and tests keep killing the VM spends only its
 * own budget, and the tests of the other exercises still get a VM. Every call is also bounded by
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
    private final Map<String, Integer> restartsBy = new HashMap<>();
    private final Set<String> exhausted = new LinkedHashSet<>();
    private int timeouts;
    private int vmEndings;
    private StudentVm vm;
    private boolean machineFailed;
    private final long deadline;
    private boolean expired;

    /** @param started when grading this notebook began ({@link System#nanoTime()}): its overall time counts from there */
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
        for (int i = 0; i < cells.size(); i++) {
            if (expired || !vmFor(cells.get(i).owner(), i)) {
                reports.add(new CellReport(cells.get(i).label(), expired ? overtime("not run") : null, "", cells.get(i).owner()));
                continue;
            }
            CellOutcome outcome = runCell(i);
            reports.add(new CellReport(cells.get(i).label(), outcome.worst(), outcome.output(), cells.get(i).owner()));
            if (outcome.endedVm() && !expired) {
                bad[i] = true;
                record("cell " + cells.get(i).label(), outcome.worst());
            } else if (outcome.outOfMemory()) {
                bad[i] = true; // reported by the summary as "ran out of memory"; the VM is replaced, not trusted
                vm.close();
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
            incidents.add("grading stopped: " + overtimeReason());
            if (vm != null) {
                vm.close();
            }
        }
    }

    /**
     * A live VM with the good cells before {@code upTo} run, starting one if the last one ended;
     * the restart is paid from {@code owner}'s budget. False when that budget is spent, the machine
     * cannot start a VM, or the overall time ran out.
     */
    private boolean vmFor(String owner, int upTo) {
        if (machineFailed) {
            return false;
        }
        while (vm.isDead() && !left().isZero()) {
            int used = restartsBy.getOrDefault(owner, 0);
            if (used >= limits.maxRestarts()) {
                exhausted.add(owner);
                return false;
            }
            restartsBy.put(owner, used + 1);
            vm.close();
            try {
                vm = StudentVm.start(sandbox);
            } catch (VmStartException e) {
                machineFailed = true;
                return false;
            }
            replay(upTo);
        }
        return !vm.isDead();
    }

    /** Runs the good cells before {@code upTo} again; one that ends the VM this time is left out from now on. */
    private void replay(int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (!bad[i] && runCell(i).endedVm()) {
                bad[i] = !expired;
                return;
            }
        }
    }

    /**
     * Brings back the VM a previous cell or test killed, paid from {@code owner}'s budget, before a
     * hidden test's code runs; returns the nanoseconds that took, which do not count against the test.
     */
    long prepareForTest(String owner) {
        long before = System.nanoTime();
        if (!expired && !left().isZero()) {
            vmFor(owner, cells.size());
        }
        return System.nanoTime() - before;
    }

    /**
     * Evaluates a hidden test's code, first bringing back a VM a previous test killed.
     *
     * @param owner the grade cell the test scores: it pays for that restart
     */
    SnippetResult evalForTest(String code, Duration limit, String owner) {
        if (expired || left().isZero()) {
            return overtime("not run");
        }
        if (!vmFor(owner, cells.size())) {
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

    private SnippetResult notRun() {
        return SnippetResult.vmEnded(machineFailed ? "not run: the grading machine could not start Java again"
                : "not run: the notebook's Java process ended too often here (timeouts or System.exit)");
    }

    List<CellReport> cellReports() {
        return reports;
    }

    int maxRestarts() {
        return limits.maxRestarts();
    }

    /** The parts of the notebook (owners) whose restart budget ran out, so some of their cells or tests did not run. */
    Set<String> exhausted() {
        return exhausted;
    }

    /** Whether a VM could not be started again (a problem of the grading machine). */
    boolean machineFailed() {
        return machineFailed;
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.close();
        }
    }
}
