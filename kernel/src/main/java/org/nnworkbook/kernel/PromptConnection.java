// jjava's Jupyter connection whose shell channel looks for requests every few ms instead of every 50 ms.
package org.nnworkbook.kernel;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's {@code ShellChannel} polls its socket without waiting and then sleeps 50 ms, after every
 * request too: a notebook's next cell arrives just after the last reply and so waited ~45 ms before
 * the kernel even read it. This connection binds a shell channel of its own built with a
 * {@value #SHELL_POLL_MS} ms sleep (a few hundred polls a second cost well under 1% of a core);
 * the other channels, control included, are jjava's own.
 */
final class PromptConnection extends JupyterConnection {
    private static final long SHELL_POLL_MS = 5;

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ShellChannel promptShell;

    PromptConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        this.promptShell = new ShellChannel(context, properties.createHMACGenerator(), false, this, SHELL_POLL_MS);
    }

    /** What jjava's connect does, with this class's shell channel in place of jjava's (left unbound). */
    @Override
    public void connect() {
        heartbeat.bind(properties);
        promptShell.bind(properties);
        control.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        promptShell.close();
        context.close();
        super.close();
    }

    @Override
    public void waitUntilClose() {
        promptShell.waitUntilClose();
        super.waitUntilClose();
    }
}
