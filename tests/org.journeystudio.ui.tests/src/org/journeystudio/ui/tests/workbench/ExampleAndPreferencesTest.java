package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.preferences.ExampleProjectOnFirstStart;
import org.journeystudio.ui.preferences.JourneyPreferences;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** The example project of the first start, and the Journey Studio preference page. */
class ExampleAndPreferencesTest {

    @Test
    void firstStartCreatesTheExampleProjectWithTheInvoiceMap() {
        IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectOnFirstStart.PROJECT);
        Widgets.waitFor("the example project", () -> example.getFile("maps/invoice-payment.journey").exists());
        assertTrue(JourneyPreferences.instanceNode().getBoolean(JourneyPreferences.EXAMPLE_CREATED, false),
                "the first start is recorded, so the example is not made again");
    }

    @Test
    void theExampleIsOfferedOnlyInJourneyStudiosOwnProduct() {
        String running = Platform.getProduct().getId();
        assertEquals(ExampleProjectOnFirstStart.PRODUCT, running, "the UI tests run Journey Studio's product");
        assertTrue(ExampleProjectOnFirstStart.offeredIn(running));
        assertFalse(ExampleProjectOnFirstStart.offeredIn("org.eclipse.platform.ide"), "inside an Eclipse IDE");
        assertFalse(ExampleProjectOnFirstStart.offeredIn(null), "with no product at all");
    }

    @Test
    void preferencePageStoresEmotionLabelsAndTheFirstRepresentationInTheInstanceScope() throws Exception {
        assertEquals("frustrated", JourneyPreferences.emotionLabel(-2, -2, 2), "default labels");
        Shell shell = UiThread.call(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(),
                    "org.journeystudio.ui.preferences", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            return dialog.getShell();
        });
        try {
            UiThread.run(() -> {
                Widgets.find(shell, Text.class, text -> text.getText().equals(JourneyPreferences.DEFAULT_EMOTION_LABELS),
                        "emotion labels").setText("furious, cross, calm, glad, thrilled");
                Combo combo = Widgets.find(shell, Combo.class, candidate -> List.of(candidate.getItems()).contains("Pain Points"),
                        "representation choice");
                combo.select(List.of(combo.getItems()).indexOf("Pain Points"));
                combo.notifyListeners(SWT.Selection, new Event());
            });
            UiThread.settle(300);
            UiThread.run(() -> {
                Workbench.screenshot("preferences-journey-studio");
                Widgets.press(Widgets.button(shell, "Apply and Close"));
            });
            assertEquals(List.of("furious", "cross", "calm", "glad", "thrilled"), JourneyPreferences.emotionLabels());
            assertEquals("thrilled", JourneyPreferences.emotionLabel(2, -2, 2));
            assertEquals("calm", JourneyPreferences.emotionLabel(5, 1, 9), "labels spread over a wider scale");
            assertEquals("painPoints", JourneyPreferences.defaultRepresentation());
            assertEquals("painPoints", JourneyPreferences.instanceNode().get(JourneyPreferences.DEFAULT_REPRESENTATION, ""),
                    "stored in the instance scope");
            UiThread.run(() -> {
                JourneyEditor editor = Workbench.open(Workbench.newMap("Preferred", "blank"));
                CTabFolder tabs = Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                        folder -> folder.isVisible() && folder.getItemCount() == 7, "the editor's page tabs");
                assertEquals("Pain Points", tabs.getSelection().getText(), "a map opens on the preferred representation");
                Workbench.page().closeEditor(editor, false);
            });
        } finally {
            JourneyPreferences.instanceNode().remove(JourneyPreferences.EMOTION_LABELS);
            JourneyPreferences.instanceNode().remove(JourneyPreferences.DEFAULT_REPRESENTATION);
        }
    }
}
