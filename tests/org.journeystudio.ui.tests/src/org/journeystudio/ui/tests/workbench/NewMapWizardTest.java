package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.templates.JourneyTemplates.Template;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.wizards.NewJourneyMapWizard;
import org.journeystudio.ui.internal.wizards.NewJourneyProjectWizard;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** The new-project and new-map wizards, filled in through their widgets, and the editor they open. */
class NewMapWizardTest {

    private static final List<String> DEFAULT_PAGES = List.of("Journey Map", "Journey Flow", "Service Blueprint",
            "Pain Points", "Touchpoint × Channel", "Opportunities", "Persona");

    @Test
    void wizardsCreateAProjectAndAMapFromATemplateThatOpensWithAPagePerRepresentation() throws IOException {
        UiThread.run(Workbench::sizeWindow);
        Shell projectShell = open(new NewJourneyProjectWizard(), StructuredSelection.EMPTY);
        UiThread.run(() -> {
            Widgets.find(projectShell, Text.class, Text::isEnabled, "project name").setText("Wizards");
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            Workbench.screenshot("wizard-new-project");
            Widgets.press(Widgets.button(projectShell, "Finish"));
        });
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Wizards");
        Widgets.waitFor("the project with its maps folder", () -> project.getFolder("maps").exists());

        Template invoice = JourneyTemplates.find("invoice-payment").orElseThrow();
        Shell mapShell = open(new NewJourneyMapWizard(), new StructuredSelection(project.getFolder("maps")));
        UiThread.run(() -> {
            Widgets.find(mapShell, Text.class, text -> text.getText().endsWith(".journey"), "file name")
                    .setText("invoice.journey");
            Table templates = Widgets.find(mapShell, Table.class,
                    table -> table.getItemCount() == JourneyTemplates.list().size(), "template list");
            int index = JourneyTemplates.list().indexOf(invoice);
            templates.setSelection(index);
            Widgets.send(templates, SWT.Selection, templates.getItem(index));
            Widgets.find(mapShell, Label.class, label -> invoice.description().equals(label.getText()),
                    "description of the chosen template");
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            Workbench.screenshot("wizard-new-map");
            Widgets.press(Widgets.button(mapShell, "Finish"));
        });
        IFile map = project.getFolder("maps").getFile("invoice.journey");
        Widgets.waitFor("the journey editor on the new map", () -> Workbench.page().getActiveEditor() instanceof JourneyEditor);
        UiThread.settle(500);

        String text = Files.readString(Path.of(map.getLocationURI()));
        assertTrue(text.contains("Invoice") || text.contains("invoice"), "the map is the invoice template");
        List<String> tabs = UiThread.call(() -> editorTabs(Workbench.window().getShell()));
        assertEquals(DEFAULT_PAGES, tabs, "one page per default representation");
        JourneyEditor editor = UiThread.call(() -> (JourneyEditor) Workbench.page().getActiveEditor());
        assertEquals("invoice.journey", UiThread.call(editor::getPartName));
        UiThread.run(() -> Workbench.screenshot("editor-new-map"));

        UiThread.run(() -> {
            CTabFolder folder = Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                    candidate -> candidate.isVisible() && candidate.getItemCount() == DEFAULT_PAGES.size(), "page tabs");
            CTabItem persona = folder.getItem(DEFAULT_PAGES.indexOf("Persona"));
            folder.setSelection(persona);
            Widgets.send(folder, SWT.Selection, persona);
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            ToolBar palette = Widgets.find(Workbench.window().getShell(), ToolBar.class, bar -> bar.isVisible()
                    && List.of(bar.getItems()).stream().anyMatch(item -> "Goal".equals(item.getText())),
                    "the Persona card's palette");
            assertTrue(palette.getItemCount() > 5, "Select, Quote, Goal, Motivation, Behaviour, Frustration");
            Workbench.screenshot("editor-persona-page");
        });
    }

    private static Shell open(IWizard wizard, StructuredSelection selection) {
        return UiThread.call(() -> {
            ((INewWizard) wizard).init(PlatformUI.getWorkbench(), selection);
            WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            return dialog.getShell();
        });
    }

    /** The page tabs of the journey editor: the tab folder whose first tab is a representation. */
    static List<String> editorTabs(Shell shell) {
        CTabFolder folder = Widgets.find(shell, CTabFolder.class,
                candidate -> candidate.getItemCount() > 0 && candidate.isVisible()
                        && candidate.getItem(0).getText().equals("Journey Map"), "the journey editor's page tabs");
        return List.of(folder.getItems()).stream().map(CTabItem::getText).toList();
    }
}
