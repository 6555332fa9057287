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
 * editor takes it if the file is still as it was read, else it opens the map itself. The editor may
 * be asked for before the map is ready ({@link #expect(Path)}), so that it opens as soon as the UI
 * thread is free; it then waits for the preparation under way, at most {@link #WAIT_MS}, rather
 * than doing the same work again.
 */
final class PreparedSession {

    /** The longest an editor waits for the preparation under way of its map, in milliseconds. */
    static final long WAIT_MS = 3000;

    private static Prepared waiting;
    private static Path underWay;
    private static Path unwanted;

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

    /** Records that the session of a map is about to be prepared (before the preparation starts). */
    static synchronized void expect(Path file) {
        underWay = file;
        if (file.equals(unwanted)) {
            unwanted = null;
        }
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
            finished(file);
        }
    }

    /**
     * The session prepared for this file if the file has not changed since it was read; null otherwise.
     * Waits for a preparation of the file under way (at most {@link #WAIT_MS}; after that it is unwanted).
     */
    static synchronized Session take(Path file) {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
        while (file.equals(underWay)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                giveUp(file);
                return null;
            }
            try {
                PreparedSession.class.wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                giveUp(file);
                return null;
            }
        }
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

    /** Forgets the session prepared for a file, if any (its editor is not opened after all); does not wait. */
    static void discard(Path file) {
        Session left;
        synchronized (PreparedSession.class) {
            if (file.equals(underWay)) {
                giveUp(file);
            }
            left = take(file);
        }
        if (left != null) {
            left.close();
        }
    }

    private static synchronized void keep(Prepared prepared) {
        if (prepared.file().equals(unwanted)) { // its editor gave up waiting, or was not opened
            unwanted = null;
            prepared.session().close();
        } else {
            if (waiting != null) {
                waiting.session().close();
            }
            waiting = prepared;
        }
        finished(prepared.file());
    }

    /** The preparation of a file has ended, kept or failed: an editor waiting for it goes on. */
    private static synchronized void finished(Path file) {
        if (file.equals(underWay)) {
            underWay = null;
        }
        PreparedSession.class.notifyAll();
    }

    /** No one waits for the preparation of the file under way any more: it closes what it makes. */
    private static void giveUp(Path file) {
        unwanted = file;
        underWay = null;
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
