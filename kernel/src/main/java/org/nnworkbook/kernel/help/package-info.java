// Tab completion, Shift-Tab help (signatures and Javadoc) and is_complete for the kernel, on JShell's analysis.
/**
 * What the kernel answers while a student types. Three entry points, each on a plain {@link jdk.jshell.JShell}
 * and the cell's text, so the kernel only maps the answers onto its protocol types:
 * <ul>
 *   <li>{@link org.nnworkbook.kernel.help.Completions#complete}: Tab, as a {@link org.nnworkbook.kernel.help.Completion}
 *       (options and the range of the cell they replace);</li>
 *   <li>{@link org.nnworkbook.kernel.help.Inspector#inspect}: Shift-Tab and JupyterLab's contextual help, as a
 *       {@link org.nnworkbook.kernel.help.Help} (plain text and Markdown);</li>
 *   <li>{@link org.nnworkbook.kernel.help.Completeness#of}: is_complete, for {@code jupyter console}.</li>
 * </ul>
 * None of them runs student code or calls into the execution VM, and none throws: odd input gets an empty answer.
 * Javadoc of the JDK comes from JShell (the JDK's {@code lib/src.zip}, when installed); Javadoc of the library comes
 * from its sources jar ({@code nn-lib-sources.jar} beside {@code nn-lib.jar}), read on demand by {@code LibrarySources}.
 */
package org.nnworkbook.kernel.help;
