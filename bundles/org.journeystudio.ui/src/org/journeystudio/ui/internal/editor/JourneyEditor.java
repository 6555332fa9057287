package org.journeystudio.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.ui.decorators.ElementDifferences;
import org.journeystudio.ui.decorators.ElementProblems;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.ui.editor.RepresentationPageFactory;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;
import org.journeystudio.ui.internal.builder.EditorProblems;
import org.journeystudio.ui.internal.compare.EditorDifferences;
import org.journeystudio.ui.internal.decorators.MessageBanner;
import org.journeystudio.ui.internal.decorators.MessageBanner.Line;
import org.journeystudio.ui.internal.decorators.MessageBanner.Topic;
import org.journeystudio.ui.internal.filesync.FileSync;
import org.journeystudio.ui.internal.filesync.RevertAction;
import org.journeystudio.ui.internal.filesync.SaveAsTarget;
import org.journeystudio.ui.internal.filesync.SyncedEditor;
import org.journeystudio.ui.internal.filesync.ViewMemento;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.outline.JourneyOutlinePage;
import org.journeystudio.ui.internal.properties.JourneyPropertySheetPage;
import org.journeystudio.ui.internal.representations.EditorRepresentations;
import org.journeystudio.ui.internal.representations.NewRepresentationMenu;
import org.journeystudio.ui.internal.representations.RepresentationPages;
import org.journeystudio.ui.internal.representations.TabMenu;
import org.journeystudio.ui.internal.tree.TreeSupport;
import org.journeystudio.ui.internal.viewpoints.LiveReload;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.ElementDeletion;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * The journey editor: one page per representation of a map, one editing domain whose command
 * stack carries every change (undo, redo, dirty state), and a save that writes the
 * {@code .journey} and {@code .journeyrep} files and validates the map into Problems markers.
 */
public class JourneyEditor extends MultiPageEditorPart implements SyncedEditor {

    /** The editor's id, as registered in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.journeyEditor";

    private final List<LazyPage> pages = new ArrayList<>();
    private final List<Representation> shown = new ArrayList<>();
    private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider();
    private final CommandStackListener stackListener = event -> onUiThread(this::commandStackChanged);
    private Session session;
    private AdapterFactoryEditingDomain domain;
    private EditorContext context;
    private ViewSynchronizers views;
    private CommandStackAction undo;
    private CommandStackAction redo;
    private JourneyOutlinePage outline;
    private JourneyPropertySheetPage properties;
    private PageFactories factories;
    private EditorRepresentations representations;
    private ClipboardActions editActions;
    private boolean representationsChanged;
    private MessageBanner banner;
    private EditorProblems problems;
    private FileSync fileSync;
    private RevertAction revert;
    private ViewMemento memento;
    private boolean tabMenuInstalled;
    private LiveReload liveReload;
    private boolean dirtyShown;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        Path file = fileOf(input);
        try {
            Session prepared = PreparedSession.take(file); // opened in the background for this editor
            session = prepared != null ? prepared : PreparedSession.open(file);
        } catch (JourneyLoadException e) {
            throw new PartInitException("The map " + file + " cannot be opened: " + e.getMessage(), e);
        }
        domain = EditingDomains.create(session.resourceSet());
        context = new EditorContext(session, domain, new ToolRunner(domain, session.spec()), site, selectionProvider,
                new HashMap<>());
        views = new ViewSynchronizers(session);
        undo = new CommandStackAction(CommandStackAction.Kind.UNDO, domain.getCommandStack());
        redo = new CommandStackAction(CommandStackAction.Kind.REDO, domain.getCommandStack());
        domain.getCommandStack().addCommandStackListener(stackListener);
        representations = new EditorRepresentations(session, new Tabs());
        editActions = new ClipboardActions(domain, selectionProvider::structured, this::revealFirst, this::deletion);
        selectionProvider.addSelectionChangedListener(event -> editActions.update());
        site.setSelectionProvider(selectionProvider);
        setPartName(input.getName());
        fileSync = FileSync.install(this, file);
        revert = new RevertAction(this);
        logDroppedStates();
    }

    private void logDroppedStates() {
        if (session.droppedStates() > 0) {
            ILog.of(getClass()).info(session.droppedStates() + " stored representations or view states of "
                    + session.file() + " do not fit the map (their elements are gone) and are dropped");
        }
    }

    /** The pages go below a message banner (problems of maps outside the workspace, unreadable representations). */
    @Override
    protected Composite createPageContainer(Composite parent) {
        banner = new MessageBanner(parent);
        problems = new EditorProblems(() -> session, this::workspaceFile, banner);
        liveReload = new LiveReload(() -> session, this::remakePages, banner, parent.getDisplay());
        return banner.pageArea();
    }

    private static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("The journey editor opens .journey files on the local file system, not " + input);
    }

    @Override
    protected void createPages() {
        DefaultRepresentations.ensure(session); // in memory: the .journeyrep is written on save, not on open
        factories = PageFactories.load();
        for (Representation representation : session.representations()) {
            addRepresentationPage(representation);
        }
        if (!pages.isEmpty()) {
            setActivePage(FirstPage.indexIn(session));
        }
        if (!tabMenuInstalled) {
            TabMenu.install(getContainer(), representations);
            tabMenuInstalled = true;
        }
        banner.show(Topic.REPRESENTATIONS, session.notices().stream()
                .map(notice -> new Line(ISharedImages.IMG_OBJS_WARN_TSK, notice)).toList());
        // The map is shown first; its problems (markers, decorations, the banner) follow right after.
        AfterFirstPaint.run(getContainer(), problems::validate);
    }

    /** Adds the tab of a representation; its page is built when the tab is first shown ({@link LazyPage}). */
    private int addRepresentationPage(Representation representation) {
        return insertRepresentationPage(getPageCount(), representation);
    }

    private int insertRepresentationPage(int index, Representation representation) {
        LazyPage page = new LazyPage(representation.getName(), () -> createRepresentationPage(representation));
        addPage(index, page.createControl(getContainer()));
        setPageText(index, representation.getName());
        pages.add(index, page);
        shown.add(index, representation);
        return index;
    }

    /** Makes the pages of some representations again (their specification changed), keeping the active page. */
    private void remakePages(Predicate<Representation> affected) {
        int active = getActivePage();
        for (int index = 0; index < shown.size(); index++) {
            Representation representation = shown.get(index);
            if (affected.test(representation)) {
                if (pages.get(index).built()) { // a tab never shown has no synchronizer to stop
                    views.close(representation);
                }
                if (representation instanceof Diagram diagram) {
                    session.forget(diagram);
                }
                removePage(index);
                pages.remove(index).dispose();
                shown.remove(index);
                insertRepresentationPage(index, representation);
            }
        }
        if (active >= 0 && active < getPageCount()) {
            setActivePage(active);
        }
        problems.validate();
    }

    private RepresentationPage createRepresentationPage(Representation representation) {
        RepresentationDescription description = session.specOf(representation)
                .description(representation.getDescription());
        Optional<RepresentationPageFactory> factory = factories.forDescription(description);
        factory.ifPresent(handler -> views.open(representation));
        return factory.map(handler -> handler.create(representation, context))
                .orElseGet(() -> new UnhandledRepresentationPage(representation, label(description, representation),
                        context, domain.getAdapterFactory()));
    }

    /** The tabs as new, renamed and deleted representations change them. */
    private final class Tabs implements RepresentationPages {
        @Override
        public void add(Representation representation) {
            setActivePage(addRepresentationPage(representation));
        }

        @Override
        public void remove(Representation representation) {
            int index = shown.indexOf(representation);
            if (index >= 0) {
                removePage(index);
                LazyPage page = pages.remove(index);
                page.dispose();
                shown.remove(index);
                if (page.built()) { // a tab never shown has no synchronizer to stop
                    views.close(representation);
                }
                if (getActivePage() >= 0) { // the tab folder shows another tab without a page change
                    pages.get(getActivePage()).build();
                }
            }
        }

        @Override
        public void rename(Representation representation) {
            int index = shown.indexOf(representation);
            if (index >= 0) {
                setPageText(index, representation.getName());
            }
        }

        @Override
        public Representation active() {
            int index = getActivePage();
            return index >= 0 && index < shown.size() ? shown.get(index) : null;
        }

        @Override
        public void changed() {
            representationsChanged = true;
            firePropertyChange(PROP_DIRTY);
        }
    }

    private IFile workspaceFile() {
        return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    private static String label(RepresentationDescription description, Representation representation) {
        if (description == null) {
            return "'" + representation.getDescription() + "' (not in the journey viewpoint)";
        }
        return description.getLabel() == null ? description.getName() : description.getLabel();
    }

    /** After every execute, undo or redo: views, pages, actions, dirty marker and the views that show the model. */
    private void commandStackChanged() {
        if (session == null) {
            return;
        }
        views.refreshIncremental();
        pages.forEach(RepresentationPage::refresh);
        selectionProvider.dropRemoved();
        undo.update();
        redo.update();
        revert.update();
        if (isDirty() != dirtyShown) { // the workbench's dirty bookkeeping walks every part: only when it changed
            firePropertyChange(PROP_DIRTY);
        }
        if (properties != null && properties.getControl() != null && !disposed(properties.getControl())) {
            properties.refresh();
        }
        if (outline != null) {
            outline.refresh();
        }
    }

    /** Commands run on the UI thread as a rule; one run elsewhere has its effects shown later. */
    private void onUiThread(Runnable body) {
        if (Display.getCurrent() != null) {
            body.run();
        } else {
            getSite().getShell().getDisplay().asyncExec(body);
        }
    }

    /** Makes this editor's undo and redo the workbench's global Undo and Redo in the given bars. */
    public void installUndoRedo(IActionBars bars) {
        bars.setGlobalActionHandler(undo.factory().getId(), undo);
        bars.setGlobalActionHandler(redo.factory().getId(), redo);
        editActions.install(bars, false);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
    }

    /** Keeps what the last {@link #PROP_DIRTY} told the workbench, so that it is told again only of a change. */
    @Override
    protected void firePropertyChange(int property) {
        if (property == PROP_DIRTY) {
            dirtyShown = isDirty();
        }
        super.firePropertyChange(property);
    }

    @Override
    public boolean isDirty() {
        return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || representationsChanged);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!fileSync.mayOverwrite()) { // read-only, or newer on disk and the user keeps it: nothing is lost
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        saveTo(workspaceFile());
    }

    private boolean saveTo(IFile file) {
        try {
            problems.show(MapSaver.save(session, file));
            fileSync.inSync();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            representationsChanged = false;
            commandStackChanged();
            return true;
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save failed", "The map could not be saved.",
                    Status.error(e.getMessage(), e));
            return false;
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    /** Saves the map and its representations under another name, in the workspace or outside it. */
    @Override
    public void doSaveAs() {
        SaveAsTarget target = SaveAsTarget.ask(getSite().getShell(), getEditorInput());
        if (target == null) {
            return;
        }
        Path previous = session.file();
        session.relocate(target.map());
        if (saveTo(target.file())) {
            relocate(target.input(), target.map());
            fileSync.relocated(target.map());
        } else {
            session.relocate(previous);
        }
    }

    @Override
    public void relocate(IEditorInput input, Path map) {
        session.relocate(map);
        setInputWithNotify(input);
        setPartName(input.getName());
    }

    /** Reads both files again, keeping the active page, the selection and the scroll positions. */
    @Override
    public boolean reloadFromDisk() {
        Map<String, Control> controls = new HashMap<>();
        for (int index = 0; index < getPageCount(); index++) {
            controls.put(getPageText(index), getControl(index));
        }
        ViewMemento kept = ViewMemento.capture(getActivePage() < 0 ? null : getPageText(getActivePage()),
                selectionProvider.getSelection(), controls);
        try {
            session.reload();
        } catch (JourneyLoadException e) {
            banner.show(Topic.DISK, List.of(new Line(ISharedImages.IMG_OBJS_ERROR_TSK, "The map on disk cannot be read ("
                    + e.getMessage() + "); the editor keeps what it showed.")));
            return false;
        }
        banner.show(Topic.DISK, List.of());
        logDroppedStates();
        memento = kept;
        rebuildPages();
        fileSync.inSync();
        return true;
    }

    private void rebuildPages() {
        domain.getCommandStack().flush();
        for (int index = getPageCount() - 1; index >= 0; index--) {
            removePage(index);
        }
        pages.forEach(RepresentationPage::dispose);
        pages.clear();
        shown.clear();
        views.dispose();
        views = new ViewSynchronizers(session);
        createPages();
        showPage(memento.activePage());
        pageChange(getActivePage()); // restores the scroll position; a page change clears the selection
        List<EObject> selected = memento.selection(session.semanticResource());
        if (!selected.isEmpty()) {
            reveal(selected.get(0));
        }
        selectionProvider.setSelection(new StructuredSelection(selected));
        commandStackChanged();
    }

    /** Another tab shows other elements: what the last one had selected is not shown as selected any more. */
    @Override
    protected void pageChange(int newPageIndex) {
        if (newPageIndex >= 0 && newPageIndex < pages.size()) {
            pages.get(newPageIndex).build(); // before the page gets the focus
        }
        super.pageChange(newPageIndex);
        selectionProvider.setSelection(StructuredSelection.EMPTY);
        if (memento != null && newPageIndex >= 0) {
            String name = getPageText(newPageIndex);
            Control control = getControl(newPageIndex);
            getSite().getShell().getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    memento.restoreScroll(name, control);
                }
            });
        }
    }

    /** Shows the page of the representation with the given name, if there is one. */
    public void showPage(String representationName) {
        for (int index = 0; index < getPageCount(); index++) {
            if (getPageText(index).equals(representationName)) {
                setActivePage(index);
                return;
            }
        }
    }

    /** The page of the active tab, or null (tests drive its palette and canvas as a person does). */
    public RepresentationPage activeRepresentationPage() {
        int active = getActivePage();
        return active >= 0 && active < pages.size() ? pages.get(active).page() : null;
    }

    /** Selects and shows an element on the active page and makes it the editor's selection. */
    public void reveal(EObject element) {
        int active = getActivePage();
        if (active >= 0 && active < pages.size()) {
            pages.get(active).reveal(element);
        }
        selectionProvider.setSelection(new StructuredSelection(element));
    }

    private void revealFirst(List<?> elements) {
        if (!elements.isEmpty() && elements.get(0) instanceof EObject element) {
            reveal(element);
        }
    }

    private Command deletion(List<?> elements) {
        return ElementDeletion.of(domain, elements, session.representations());
    }

    /** New, renamed and deleted representations of this map, each with its tab. */
    public EditorRepresentations representations() {
        return representations;
    }

    private void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(ProblemMarkers.ELEMENT_ID, "");
        EObject element = id.isEmpty() ? null : session.semanticResource().getEObject(id);
        if (element != null) {
            reveal(element);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null || disposed(outline.getControl())) {
                outline = new JourneyOutlinePage(session, domain.getAdapterFactory(), this::reveal, new TreeSupport(domain,
                        selectionProvider, this::installUndoRedo, this::deletion,
                        (menu, element) -> NewRepresentationMenu.fill(menu, representations, element)));
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            if (properties == null || disposed(properties.getControl())) {
                properties = new JourneyPropertySheetPage(domain, this::installUndoRedo);
            }
            return type.cast(properties);
        }
        if (type == EditorProblems.class || type == ElementProblems.class) {
            return type.cast(problems);
        }
        if (type == ElementDifferences.class) {
            return type.cast(new EditorDifferences(() -> session == null ? null : session.semanticResource(),
                    () -> session == null ? null : session.file()));
        }
        if (type == IGotoMarker.class) {
            return type.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(type);
    }

    /** Whether a page's control was created and is gone again (its view was closed): then a new page is due. */
    private static boolean disposed(Control control) {
        return control != null && control.isDisposed();
    }

    /** The context the pages get; tests use it to reach the session and the command stack. */
    public JourneyEditorContext context() {
        return context;
    }

    @Override
    public void dispose() {
        if (liveReload != null) {
            liveReload.dispose();
        }
        if (fileSync != null) {
            fileSync.dispose();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        pages.forEach(RepresentationPage::dispose);
        pages.clear();
        if (views != null) {
            views.dispose();
        }
        if (session != null) {
            session.close();
            session = null;
        }
        if (domain != null && domain.getAdapterFactory() instanceof ComposedAdapterFactory factory) {
            factory.dispose();
        }
        super.dispose();
    }
}
