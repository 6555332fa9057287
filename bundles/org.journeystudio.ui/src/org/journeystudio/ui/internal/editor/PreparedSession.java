package org.journeystudio.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.runtime.ILog;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.ui.internal.viewpoints.WorkbenchViewpoints;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;

/**
 * A map opened in the background for the journey editor that is about to show it (the example of
 * the first start): its session as the editor opens one, its default representations, and the views
 * of the diagram of its first tab, so that the UI thread only makes the widgets. One at a time; the
 * editor takes it if the file is still as it was read, else it opens the map itself.
 */
final class PreparedSession {

    private static Prepared waiting;

    private record Prepared(Path file, FileTime modified, long size, Session session) {
    }

    private PreparedSession() {
    }

    /** Opens a session on a journey file as the journey editor does. */
    static Session open(Path file) throws JourneyLoadException {
        Session session = Session.open(file, JourneyViewpoint.spec());
        session.useViewpoints(WorkbenchViewpoints::specOfViewpoint);
        return session;
    }

    /** Prepares the session of a map in the calling (background) thread and keeps it for the editor. */
    static void prepare(Path file) {
        Session session = null;
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            session = open(file);
            DefaultRepresentations.ensure(session);
            Representation first = session.representations().isEmpty() ? null
                    : session.representations().get(FirstPage.indexIn(session));
            if (first instanceof Diagram diagram) {
                session.synchronizer(diagram);
            }
            keep(new Prepared(file, modified, size, session));
        } catch (IOException | RuntimeException e) { // unreadable (a JourneyLoadException too): the editor says why
            ILog.of(PreparedSession.class).info("the map " + file + " is not prepared for its editor: " + e.getMessage());
            if (session != null) {
                session.close();
            }
        }
    }

    /** The session prepared for this file if the file has not changed since it was read; null otherwise. */
    static synchronized Session take(Path file) {
        Prepared prepared = waiting;
        if (prepared == null || !prepared.file().equals(file)) {
            return null;
        }
        waiting = null;
        if (unchanged(prepared)) {
            return prepared.session();
        }
        prepared.session().close();
        return null;
    }

    /** Forgets the session prepared for a file, if any (its editor is not opened after all). */
    static void discard(Path file) {
        Session left = take(file);
        if (left != null) {
            left.close();
        }
    }

    private static synchronized void keep(Prepared prepared) {
        if (waiting != null) {
            waiting.session().close();
        }
        waiting = prepared;
    }

    private static boolean unchanged(Prepared prepared) {
        try {
            return Files.getLastModifiedTime(prepared.file()).equals(prepared.modified())
                    && Files.size(prepared.file()) == prepared.size();
        } catch (IOException e) {
            return false;
        }
    }
}
