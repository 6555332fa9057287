package org.journeystudio.ui.tests.table;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPartSite;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.tools.ToolRunner;

/** What the journey editor gives a page, without the editor: a session, its domain and tools; selections are kept. */
final class TestEditorContext implements JourneyEditorContext {

    private final Session session;
    private final EditingDomain domain;
    private final ToolRunner runner;
    private ISelection selection = StructuredSelection.EMPTY;

    TestEditorContext(Session session, EditingDomain domain, ToolRunner runner) {
        this.session = session;
        this.domain = domain;
        this.runner = runner;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public ToolRunner toolRunner() {
        return runner;
    }

    @Override
    public IWorkbenchPartSite site() {
        return null;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        this.selection = newSelection;
    }

    ISelection selection() {
        return selection;
    }
}
