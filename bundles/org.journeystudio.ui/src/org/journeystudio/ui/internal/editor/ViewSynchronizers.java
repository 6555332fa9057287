package org.journeystudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;

/**
 * Keeps the views of every open representation in step with the model. Diagrams use the
 * session's synchronizers; the session has none for tables, so the editor owns those. Pages
 * read the views (nodes, edges, lines, cells) and never run a synchronizer of their own.
 */
final class ViewSynchronizers {

    private final Session session;
    private final Evaluator evaluator;
    private final List<DiagramSynchronizer> diagrams = new ArrayList<>();
    private final Map<Table, TableSynchronizer> tables = new IdentityHashMap<>();

    ViewSynchronizers(Session session) {
        this.session = session;
        this.evaluator = new Evaluator(session.spec());
    }

    /** Starts synchronizing a representation: its views are complete when this returns. */
    void open(Representation representation) {
        if (representation instanceof Diagram diagram) {
            DiagramSynchronizer sync = session.synchronizer(diagram);
            if (!diagrams.contains(sync)) {
                diagrams.add(sync);
            }
        } else if (representation instanceof Table table) {
            RepresentationDescription description = session.spec().description(table.getDescription());
            if (description instanceof TableDescription tableDescription) {
                tables.computeIfAbsent(table, key -> {
                    TableSynchronizer sync = new TableSynchronizer(evaluator, tableDescription, key);
                    sync.refresh();
                    return sync;
                });
            }
        }
    }

    /** Brings the views up to date after model changes, recomputing only what the changes touched. */
    void refreshIncremental() {
        diagrams.forEach(DiagramSynchronizer::refreshIncremental);
        tables.values().forEach(TableSynchronizer::refreshIncremental);
    }

    void dispose() {
        tables.values().forEach(TableSynchronizer::dispose);
        tables.clear();
        diagrams.clear();
    }
}
