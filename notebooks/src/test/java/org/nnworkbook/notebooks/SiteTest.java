package org.nnworkbook.notebooks;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Builds the website with `./workbook site` and checks it in Chromium (browser/site/test_site.py): every page loads
 * with nothing from outside the site, maths typeset, every picture shown, links resolve, a phone-width page does not
 * scroll sideways, no solution code. Runs after BrowserSuiteTest and WorkbookNotebooksTest (orders 1, 2), so the build reuses its executed
 * notebooks instead of running them again. Skipped without the tools, except under CI=true, where it fails.
 */
@Order(3)
class SiteTest {

    @Test
    void the_website_is_whole_offline_readable_on_a_phone_and_free_of_solutions() throws IOException, InterruptedException {
        // --rootdir browser: the browser suite's conftest (Chromium, the missing-tool rule) applies to browser/site.
        PytestSuite.passes("website tests", "jupyter_server_mathjax, pytest, playwright",
                List.of("browser/site", "--rootdir=browser", "--junitxml=target/site-screenshots/pytest.xml"), 25);
    }
}
