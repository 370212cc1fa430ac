// jjava's Jupyter connection: a shell channel that reads requests within a few ms; input requests that ■ can end.
package org.nnworkbook.kernel;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's {@code ShellChannel} polls its socket without waiting and then sleeps 50 ms, after every
 * request too: a notebook's next cell arrives just after the last reply and so waited ~45 ms before
 * the kernel even read it. This connection binds a shell channel of its own built with a
 * {@value #SHELL_POLL_MS} ms sleep (200 polls a second: ~1% of a core, measured on a loaded machine);
 * the other channels, control included, are jjava's own.
 *
 * <p>It also asks for input ({@link #input}) in a way ■ can end: jjava's {@code getInput} waits
 * for the answer for ever.
 */
final class PromptConnection extends JupyterConnection {
    private static final long SHELL_POLL_MS = 5;
    /** How often a pending input request checks whether to give up (a person is typing meanwhile). */
    private static final long INPUT_POLL_MS = 20;

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

    /**
     * Sends an input_request for {@code request} (an execute request that allows stdin) and waits
     * for the answer: the line the student typed, without its newline; null once {@code giveUp}
     * says so (the cell was interrupted). An answer that comes after that is dropped here later.
     */
    String input(MessageContext request, String prompt, BooleanSupplier giveUp) {
        synchronized (stdin) {
            while (answerWaiting()) {
                stdin.readMessage(); // the answer to a request given up on
            }
            stdin.sendMessage(new Message<>(request, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, false)));
            while (!answerWaiting()) {
                if (giveUp.getAsBoolean()) {
                    return null;
                }
                try {
                    Thread.sleep(INPUT_POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return stdin.readMessage(InputReply.MESSAGE_TYPE).getContent().getValue();
        }
    }

    private boolean answerWaiting() {
        return (stdin.getEvents() & ZMQ.Poller.POLLIN) != 0;
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
