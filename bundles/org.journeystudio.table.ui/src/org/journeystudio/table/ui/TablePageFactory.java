package org.journeystudio.table.ui;

import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.ui.editor.RepresentationPageFactory;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.Table;

/** Makes {@link TablePage}s for edition and cross tables (extension point org.journeystudio.ui.representationPages). */
public final class TablePageFactory implements RepresentationPageFactory {

    @Override
    public boolean handles(RepresentationDescription description) {
        return description instanceof EditionTableDescription || description instanceof CrossTableDescription;
    }

    @Override
    public RepresentationPage create(Representation representation, JourneyEditorContext context) {
        if (!(representation instanceof Table table)) {
            throw new IllegalArgumentException("not a table: " + representation.getName());
        }
        return new TablePage(table, context);
    }
}
