package org.journeystudio.ui.editor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPartSite;
import org.journeystudio.ui.decorators.ElementDifferences;
import org.journeystudio.ui.decorators.ElementProblems;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.tools.ToolRunner;

/** What a page of the journey editor gets. */
public interface JourneyEditorContext {

    /** The open session: the journey model and its representations. */
    Session session();

    /** One editing domain with a basic command stack per open editor; every change goes through it. */
    EditingDomain editingDomain();

    /** The viewpoint's tools on that domain (undoable). */
    ToolRunner toolRunner();

    /** The tools of the specification a representation comes from (a map may use several viewpoints). */
    default ToolRunner toolRunner(Representation representation) {
        return toolRunner();
    }

    IWorkbenchPartSite site();

    /**
     * Pages report their selection (EObjects of the model) to the editor, which forwards it to the
     * Properties view and the Outline.
     */
    void setSelection(ISelection selection);

    /** The validation problems of the editor's elements, for the pages' error and warning decorators. */
    default ElementProblems problems() {
        ElementProblems problems = site() == null || site().getPart() == null ? null
                : site().getPart().getAdapter(ElementProblems.class);
        return problems == null ? ElementProblems.NONE : problems;
    }

    /** The differences a comparison shows on the editor's map, for the pages' difference decorators. */
    default ElementDifferences differences() {
        ElementDifferences differences = site() == null || site().getPart() == null ? null
                : site().getPart().getAdapter(ElementDifferences.class);
        return differences == null ? ElementDifferences.NONE : differences;
    }
}
