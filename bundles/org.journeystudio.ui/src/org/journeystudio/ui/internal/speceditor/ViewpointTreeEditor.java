package org.journeystudio.ui.internal.speceditor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;
import org.journeystudio.ui.internal.editor.CommandStackAction;
import org.journeystudio.ui.internal.outline.ItemContentProvider;
import org.journeystudio.ui.internal.properties.JourneyPropertySheetPage;
import org.journeystudio.ui.internal.tree.ModelTree;
import org.journeystudio.viewpoint.spec.SpecResource;

/**
 * The tree editor of {@code .viewpoint} files: EMF's reflective tree over the viewpoint metamodel,
 * with the model tree's menus (New Child, New Sibling, Edit entries, drag and drop), the Properties
 * view, undo and redo on one command stack, and the file's problem markers on the elements they are
 * about. Saving writes the file atomically; the workspace listener then reloads the specification, so
 * that open journey editors follow.
 */
public final class ViewpointTreeEditor extends EditorPart {

    /** The editor's id, as registered in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.viewpointEditor";

    private final ProblemLines problems = new ProblemLines();
    private final IResourceChangeListener markerListener = this::resourcesChanged;
    private IFile file;
    private SpecResource resource;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private CommandStackAction undo;
    private CommandStackAction redo;
    private ClipboardActions editActions;
    private TreeViewer viewer;
    private final CommandStackListener stackListener = event -> getSite().getShell().getDisplay().asyncExec(
            this::stackChanged);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput) || fileInput.getFile().getLocation() == null) {
            throw new PartInitException("The viewpoint editor opens .viewpoint files of the workspace, not " + input);
        }
        setSite(site);
        setInput(input);
        file = fileInput.getFile();
        try {
            resource = SpecFiles.load(file.getLocation().toPath());
        } catch (JourneyLoadException e) {
            throw new PartInitException("The viewpoint specification " + file.getFullPath() + " cannot be opened: "
                    + e.getMessage(), e);
        }
        adapterFactory = new ComposedAdapterFactory(List.of(new ResourceItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()));
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resource.getResourceSet());
        domain.getCommandStack().addCommandStackListener(stackListener);
        undo = new CommandStackAction(CommandStackAction.Kind.UNDO, domain.getCommandStack());
        redo = new CommandStackAction(CommandStackAction.Kind.REDO, domain.getCommandStack());
        setPartName(input.getName());
        file.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ItemContentProvider(adapterFactory));
        problems.update(file, resource);
        viewer.setLabelProvider(new SpecLabels(adapterFactory, problems));
        viewer.setInput(resource);
        viewer.expandToLevel(AbstractTreeViewer.ALL_LEVELS);
        editActions = new ClipboardActions(domain, viewer::getStructuredSelection, this::select,
                elements -> DeleteCommand.create(domain, elements));
        ModelTree.install(viewer, domain, editActions, (menu, element) -> { }, viewer);
        getSite().setSelectionProvider(viewer);
    }

    /** Makes this editor's Undo, Redo and Edit actions the workbench's in the given bars. */
    public void installActions(IActionBars bars) {
        bars.setGlobalActionHandler(undo.factory().getId(), undo);
        bars.setGlobalActionHandler(redo.factory().getId(), redo);
        if (editActions != null) {
            editActions.install(bars, false);
        }
        bars.updateActionBars();
    }

    private void select(List<?> elements) {
        if (viewer != null && !viewer.getControl().isDisposed() && !elements.isEmpty()) {
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(elements), true);
        }
    }

    private void stackChanged() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.refresh();
        undo.update();
        redo.update();
        editActions.update();
        firePropertyChange(PROP_DIRTY);
    }

    /** The file's markers changed (it was saved and checked again): the problem icons follow. */
    private void resourcesChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null || event.getDelta().findMember(file.getFullPath()) == null) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                problems.update(file, resource);
                viewer.refresh(true);
            }
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            SpecFiles.save(resource);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save failed", "The viewpoint specification could not be saved.",
                    Status.error(e.getMessage(), e));
        }
    }

    @Override
    public void doSaveAs() {
        // one specification, one file: its viewpoints' names are how maps refer to it
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    /** The edited specification (for tests). */
    public SpecResource resource() {
        return resource;
    }

    /** The editing domain whose stack carries every change (for tests). */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    private void gotoMarker(IMarker marker) {
        EObject element = ProblemLines.elementAt(resource, marker.getAttribute(IMarker.LINE_NUMBER, 0));
        if (element != null) {
            select(List.of(element));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(new JourneyPropertySheetPage(domain, this::installActions));
        }
        if (type == IGotoMarker.class) {
            return type.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (file != null) {
            file.getWorkspace().removeResourceChangeListener(markerListener);
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
