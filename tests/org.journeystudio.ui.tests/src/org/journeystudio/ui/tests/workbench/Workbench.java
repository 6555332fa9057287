package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.wizards.JourneyProjects;
import org.journeystudio.ui.tests.Screenshots;

/** The workbench as the tests use it: window, page, commands, maps and editors. Call on the UI thread. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** A fixed window size, so that screenshots are comparable from run to run. */
    static void sizeWindow() {
        window().getShell().setSize(1400, 900);
        window().getShell().setActive();
    }

    /** Runs a workbench command (e.g. org.eclipse.ui.edit.undo) through its active handler, as its key binding does. */
    static void execute(String commandId) {
        try {
            window().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            throw new AssertionError("command " + commandId + " failed: " + e, e);
        }
    }

    /** A new project with its maps folder and a map made from a template. */
    static IFile newMap(String projectName, String template) {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        try {
            IFile file = JourneyProjects.create(project, null).getFile(template + ".journey");
            JourneyProjects.instantiate(template, file);
            return file;
        } catch (CoreException e) {
            throw new AssertionError("map not created: " + e, e);
        }
    }

    /** Opens a file in its default editor, which must be the journey editor. */
    static JourneyEditor open(IFile file) {
        try {
            IEditorPart editor = IDE.openEditor(page(), file, true);
            return assertInstanceOf(JourneyEditor.class, editor, "*.journey opens in the journey editor");
        } catch (PartInitException e) {
            throw new AssertionError("editor not opened: " + e, e);
        }
    }

    /** The step of the editor's model with the given name. */
    static Step step(JourneyEditor editor, String name) {
        List<Step> steps = editor.context().session().model().getJourneys().stream()
                .flatMap(journey -> journey.getStages().stream()).flatMap(stage -> stage.getSteps().stream())
                .filter(step -> name.equals(step.getName())).toList();
        return steps.get(0);
    }

    /** The elements the editor's site currently reports as selected. */
    static List<?> selection(JourneyEditor editor) {
        return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList();
    }

    static String id(EObject element) {
        return element.eResource().getURIFragment(element);
    }

    static void screenshot(String name) {
        Screenshots.take(window().getShell(), name);
    }

    static void screenshotOf(Shell shell, String name) {
        Screenshots.take(shell, name);
    }
}
