package org.journeystudio.ui.internal.representations;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.navigator.RepresentationEntry;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.ui.internal.viewpoints.MapViewpoints;
import org.journeystudio.ui.internal.viewpoints.ViewpointSelectionDialog;
import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.representation.RepresentationFile;

/**
 * The Project Explorer's side of representations: on a map, "New Representation" with a submenu
 * per journey and persona (read from the file); on a representation, Rename and Delete. Choosing
 * one opens the map's editor (or uses the open one) and works through it, so that the editor's
 * tabs and the file never disagree.
 */
public final class ExplorerRepresentationActions extends CommonActionProvider {

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (!(getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
                && selection.size() == 1)) {
            return;
        }
        if (selection.getFirstElement() instanceof RepresentationEntry entry) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, action(TabMenu.RENAME, () -> withRepresentation(entry,
                    editor -> TabMenu.rename(editor.getSite().getShell(), editor.representations(),
                            editor.representations().named(entry.name()).orElseThrow()))));
            menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, action(TabMenu.DELETE,
                    () -> withRepresentation(entry, editor -> delete(editor, entry.name()))));
        } else if (selection.getFirstElement() instanceof IFile map
                && JourneyPersistence.FILE_EXTENSION.equals(map.getFileExtension()) && map.getLocation() != null) {
            MenuManager submenu = newRepresentationMenu(map);
            if (submenu != null) {
                menu.appendToGroup(ICommonMenuConstants.GROUP_NEW, submenu);
            }
            menu.appendToGroup(ICommonMenuConstants.GROUP_NEW, action(ViewpointSelectionDialog.ACTION, () -> {
                JourneyEditor editor = open(map);
                if (editor != null) {
                    ViewpointSelectionDialog.ask(editor.getSite().getShell(), editor.representations());
                }
            }));
        }
    }

    private static Action action(String label, Runnable body) {
        return new Action(label) {
            @Override
            public void run() {
                body.run();
            }
        };
    }

    private static void delete(JourneyEditor editor, String name) {
        if (MessageDialog.openConfirm(editor.getSite().getShell(), "Delete Representation",
                "Delete the representation '" + name + "'? The elements it shows stay in the map.")) {
            editor.representations().named(name).ifPresent(editor.representations()::delete);
        }
    }

    /** A submenu per journey and persona of the map as the file has it, or null when the file cannot be read. */
    private MenuManager newRepresentationMenu(IFile map) {
        JourneyResource resource;
        try {
            resource = JourneyPersistence.load(map.getLocation().toPath());
        } catch (JourneyLoadException e) {
            ILog.of(getClass()).warn("no representations offered for " + map.getFullPath() + ": " + e.getMessage());
            return null;
        }
        JourneyModel model = JourneyPersistence.modelOf(resource);
        MenuManager submenu = new MenuManager(NewRepresentationMenu.LABEL);
        for (List<? extends NamedElement> targets : List.of(model.getJourneys(), model.getPersonas())) {
            for (NamedElement target : targets) {
                submenu.add(targetMenu(map, target, resource.getID(target)));
            }
        }
        return submenu.isEmpty() ? null : submenu;
    }

    private MenuManager targetMenu(IFile map, NamedElement target, String id) {
        MenuManager menu = new MenuManager(target.eClass().getName() + " '" + target.getName() + "'");
        RepresentationFile selection = MapViewpoints.onDisk(target.eResource().getResourceSet(),
                map.getLocation().toPath());
        for (DescriptionRef ref : MapViewpoints.descriptionsFor(selection, target)) {
            RepresentationDescription description = ref.description();
            menu.add(action(RepresentationCreation.label(description), () -> {
                JourneyEditor editor = open(map);
                EObject element = editor == null ? null : editor.representations().session().semanticResource().getEObject(id);
                if (element != null) {
                    editor.representations().create(description, element);
                }
            }));
        }
        return menu;
    }

    private void withRepresentation(RepresentationEntry entry, Consumer<JourneyEditor> body) {
        JourneyEditor editor = open(entry.map());
        if (editor != null && editor.representations().named(entry.name()).isPresent()) {
            editor.showPage(entry.name());
            body.accept(editor);
        }
    }

    private JourneyEditor open(IFile map) {
        if (!(getActionSite().getViewSite() instanceof ICommonViewerWorkbenchSite site)) {
            return null;
        }
        IWorkbenchPage page = site.getPage();
        try {
            IEditorPart editor = IDE.openEditor(page, map, JourneyEditor.ID, true);
            return editor instanceof JourneyEditor journeyEditor ? journeyEditor : null;
        } catch (PartInitException e) {
            page.getWorkbenchWindow().getShell().getDisplay().beep();
            return null;
        }
    }
}
