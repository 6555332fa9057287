package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** Opening a map builds only the tab it shows; another tab gets its page when the user clicks it. */
class LazyTabsTest {

    @Test
    void aTabIsBuiltWhenItIsFirstClicked() {
        IFile file = UiThread.call(() -> Workbench.newMap("Lazy", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        CTabItem flow = UiThread.call(() -> {
            CTabFolder tabs = Editors.tabs(editor);
            List<String> names = Editors.tabNames(editor);
            CTabItem item = tabs.getItem(names.indexOf("Journey Flow"));
            assertNotNull(item.getControl(), "the Journey Flow tab has its place");
            assertEquals(0, ((Composite) item.getControl()).getChildren().length,
                    "a tab nobody has looked at has no page yet");
            tabs.setSelection(item);
            Widgets.send(tabs, SWT.Selection, item);
            return item;
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals(1, ((Composite) flow.getControl()).getChildren().length, "the clicked tab has its page");
            assertNotNull(Editors.activeCanvas(editor), "the clicked tab shows its diagram");
            Workbench.screenshot("lazy-tab-shown");
        });
    }
}
