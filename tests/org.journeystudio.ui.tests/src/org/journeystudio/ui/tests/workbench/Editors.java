package org.journeystudio.ui.tests.workbench;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.ui.internal.editor.JourneyEditor;

/** What a person sees of a journey editor: its page tabs, the active one, its canvas, and an edit made in Properties. */
final class Editors {

    private Editors() {
    }

    /** The editor's page tabs, at the bottom as in every multi-page editor. On the UI thread. */
    static CTabFolder tabs(JourneyEditor editor) {
        Control root = editor.getSite().getShell();
        return Widgets.find(root, CTabFolder.class, folder -> folder.getItemCount() > 0 && folder.isVisible()
                && (folder.getStyle() & SWT.BOTTOM) != 0, "the journey editor's page tabs");
    }

    static String activeTab(JourneyEditor editor) {
        CTabItem item = tabs(editor).getSelection();
        return item == null ? null : item.getText();
    }

    static List<String> tabNames(JourneyEditor editor) {
        return List.of(tabs(editor).getItems()).stream().map(CTabItem::getText).toList();
    }

    /** Clicks the page tab with the given name, as a person picks a page of the editor. */
    static void showTab(JourneyEditor editor, String name) {
        CTabFolder folder = tabs(editor);
        CTabItem item = List.of(folder.getItems()).stream().filter(tab -> name.equals(tab.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + name + " among " + tabNames(editor)));
        folder.setSelection(item);
        Event event = new Event();
        event.item = item;
        folder.notifyListeners(SWT.Selection, event);
    }

    /** The diagram canvas of the active page. */
    static Canvas activeCanvas(JourneyEditor editor) {
        Control page = tabs(editor).getSelection().getControl();
        return Widgets.find(page, Canvas.class, canvas -> canvas.isVisible() && canvas.getHorizontalBar() != null,
                "the page's diagram canvas");
    }

    /** The stage of the editor's model with the given name, or null. */
    static Stage stage(JourneyEditor editor, String name) {
        return editor.context().session().model().getJourneys().stream().flatMap(journey -> journey.getStages().stream())
                .filter(stage -> name.equals(stage.getName())).findFirst().orElse(null);
    }

    /** Whether the editor's model has a step with the given name. */
    static boolean hasStep(JourneyEditor editor, String name) {
        return editor.context().session().model().getJourneys().stream().flatMap(journey -> journey.getStages().stream())
                .flatMap(stage -> stage.getSteps().stream()).anyMatch(step -> name.equals(step.getName()));
    }

    /** Renames an element through the Properties view, as a person does. On the UI thread. */
    static void renameInProperties(JourneyEditor editor, EObject element, String name) {
        PropertyEditingTest.showPropertiesView();
        Workbench.page().activate(editor);
        editor.reveal(element);
        PropertyRows.type("Name", name);
    }
}
