package org.nnworkbook.notebooks;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser suite (browser/, pytest + Playwright driving Chromium through JupyterLab 4 and
 * Notebook 7) and passes when pytest does. Not the suite itself: every browser step is in browser/*.py.
 * The Python is $WORKBOOK_PYTHON, which `./workbook test` points at the project's .venv/ with the
 * test tools installed. Without Playwright it is skipped, except under CI=true, where it fails.
 * The website's tests (browser/site) are SiteTest's. Order 1: the notebooks it runs to the end are saved to
 * target/executed, which WorkbookNotebooksTest checks instead of running them again.
 */
@Order(1)
class BrowserSuiteTest {

    @Test
    void every_browser_test_passes_in_jupyterlab_and_notebook_7() throws IOException, InterruptedException {
        PytestSuite.passes("browser suite", "jupyterlab, notebook, pytest, playwright",
                List.of("browser", "--ignore=browser/site", "--junitxml=target/browser/pytest.xml"), 25);
    }
}
