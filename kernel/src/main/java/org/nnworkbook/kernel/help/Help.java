// The answer to Shift-Tab: signatures and Javadoc, as plain text and as Markdown.
package org.nnworkbook.kernel.help;

/**
 * What the inspect_reply shows: the same content twice, for the kernel to send as {@code text/plain} (the classic
 * Notebook's tooltip, {@code jupyter console}) and {@code text/markdown} (JupyterLab's tooltip and contextual help).
 *
 * @param plain    signature lines, then the Javadoc as plain text
 * @param markdown signatures in a {@code java} code block, then the Javadoc as Markdown
 */
public record Help(String plain, String markdown) {
}
