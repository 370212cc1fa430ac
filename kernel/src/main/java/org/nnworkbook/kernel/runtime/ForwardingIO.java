// A JupyterIO whose display stream forwards to the kernel process over the side channel.
package org.nnworkbook.kernel.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * In the execution VM there is no Jupyter connection: {@code kernel.getIO().display} keeps its
 * jjava API ({@code display}, {@code updateDisplay(id, data)}) but its environment turns each
 * published bundle into a side-channel record. Anything else published here is dropped (the VM
 * does not speak to Jupyter).
 */
final class ForwardingIO extends JupyterIO {

    ForwardingIO(PrintStream channel) {
        super(StandardCharsets.UTF_8);
        setEnv(new Forwarder(channel));
    }

    private static final class Forwarder extends ShellReplyEnvironment {
        private final PrintStream channel;

        Forwarder(PrintStream channel) {
            super(null, null, null, null);
            this.channel = channel;
        }

        @Override
        public void publish(Message<?> message) {
            Object content = message.getContent();
            if (content instanceof PublishUpdateDisplayData update) {
                SideChannel.send(channel, SideChannel.UPDATE, new DisplayData(update));
            } else if (content instanceof PublishDisplayData display) {
                SideChannel.send(channel, SideChannel.DISPLAY, new DisplayData(display));
            }
        }
    }
}
