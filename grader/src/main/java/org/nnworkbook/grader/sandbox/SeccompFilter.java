// A seccomp program for bwrap that lets the execution VM start threads but no new processes.
package org.nnworkbook.grader.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Classic BPF, as bwrap's {@code --seccomp FD} reads it (an array of struct sock_filter:
 * u16 code, u8 jt, u8 jf, u32 k, in native byte order). The rules:
 * <ul>
 * <li>clone3 fails with ENOSYS: its flags sit behind a pointer a filter cannot read, and glibc
 *     then falls back to clone (threads keep working);</li>
 * <li>clone without CLONE_THREAD, fork and vfork fail with EPERM: no child processes, so no fork
 *     bombs and nothing that outlives the VM (posix_spawn, used by ProcessBuilder, is a clone);</li>
 * <li>every other system call is allowed (the namespaces and the read-only view do the rest).</li>
 * </ul>
 * A syscall made through a foreign ABI (i386 or x32 on x86-64) fails with EPERM.
 */
public final class SeccompFilter {
    private static final int LD_W_ABS = 0x20;
    private static final int JEQ_K = 0x15;
    private static final int JGE_K = 0x35;
    private static final int JSET_K = 0x45;
    private static final int RET_K = 0x06;

    private static final int ALLOW = 0x7fff0000;
    private static final int ERRNO = 0x00050000;
    private static final int EPERM = 1;
    private static final int ENOSYS = 38;
    private static final int CLONE_THREAD = 0x00010000;

    private SeccompFilter() {
    }

    /** The program for this machine's architecture, or null when it is not one we know. */
    public static byte[] forThisMachine() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> program(0xC000003E, 56, 57, 58, 435, true);
            case "aarch64" -> program(0xC00000B7, 220, -1, -1, 435, false);
            default -> null;
        };
    }

    private static byte[] program(int auditArch, int clone, int fork, int vfork, int clone3, boolean x32Exists) {
        ByteBuffer code = ByteBuffer.allocate(8 * 16).order(ByteOrder.nativeOrder());
        // Instruction indexes are fixed so the jumps below can be relative counts.
        // 0: load arch; 1: foreign ABI -> deny
        op(code, LD_W_ABS, 0, 0, 4);
        op(code, JEQ_K, 0, 10, auditArch);                      // -> 12 deny
        // 2: load syscall number; 3: x32 numbers (>= 0x40000000) -> deny
        op(code, LD_W_ABS, 0, 0, 0);
        op(code, JGE_K, x32Exists ? 8 : 0, 0, 0x40000000);      // -> 12 deny (a no-op jump on aarch64)
        op(code, JEQ_K, 9, 0, clone3);                          // 4 -> 14 enosys
        op(code, JEQ_K, 7, 0, fork);                            // 5 -> 13 eperm
        op(code, JEQ_K, 6, 0, vfork);                           // 6 -> 13 eperm
        op(code, JEQ_K, 1, 0, clone);                           // 7 -> 9 check flags
        op(code, RET_K, 0, 0, ALLOW);                           // 8
        op(code, LD_W_ABS, 0, 0, 16);                           // 9: low word of args[0] (little-endian)
        op(code, JSET_K, 0, 1, CLONE_THREAD);                   // 10: thread -> 11 allow, else 12
        op(code, RET_K, 0, 0, ALLOW);                           // 11
        op(code, RET_K, 0, 0, ERRNO | EPERM);                   // 12 deny
        op(code, RET_K, 0, 0, ERRNO | EPERM);                   // 13 eperm
        op(code, RET_K, 0, 0, ERRNO | ENOSYS);                  // 14 enosys
        return java.util.Arrays.copyOf(code.array(), code.position());
    }

    private static void op(ByteBuffer code, int opcode, int jumpIfTrue, int jumpIfFalse, int k) {
        code.putShort((short) opcode).put((byte) jumpIfTrue).put((byte) jumpIfFalse).putInt(k);
    }
}
