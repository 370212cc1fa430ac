package org.nnworkbook.kernel;

import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;

/** A piece of HTML to show as a cell's output (text/html), with a plain-text fallback. */
record HtmlFragment(String html, String text) {

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static final class Renderer implements DisplayRenderer {
        @Override
        public Class<?> rendererClass() {
            return HtmlFragment.class;
        }

        @Override
        public boolean canRender(String mime) {
            return true;
        }

        @Override
        public DisplayData render(String mime, Object o) {
            HtmlFragment fragment = (HtmlFragment) o;
            DisplayData data = DisplayData.fromHtml(fragment.html());
            data.putText(fragment.text());
            return data;
        }
    }
}
