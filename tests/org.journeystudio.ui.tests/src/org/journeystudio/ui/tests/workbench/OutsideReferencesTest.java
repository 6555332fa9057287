package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 1, in the workbench: a map whose references point at a local TCP port and at a
 * FIFO opens at once, makes no connection, never blocks on the FIFO, and lists the references as
 * JM008 in the Problems view, computed by the same one-document rule as the command's.
 */
class OutsideReferencesTest {

    private static final long OPEN_SECONDS = 30;

    @Test
    void aMapReferringToTheNetworkAndAFifoOpensWithoutReachingThem() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(listener);
            Path fifo = fifo();
            IFile file = UiThread.call(() -> Workbench.newMap("OutsideReferences", "invoice-payment"));
            Path map = Disk.path(file);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/other.journey#_x";
            String text = Files.readString(map, StandardCharsets.UTF_8);
            text = text.replaceAll("persona=\"[^\"]*\"", "persona=\"" + url + "\"")
                    .replace("channels=\"", "channels=\"" + fifo.toUri() + "#_y ");
            Files.writeString(map, text, StandardCharsets.UTF_8);
            UiThread.run(() -> Disk.refreshInProjectExplorer(file));

            JourneyEditor editor = openWithin(file, OPEN_SECONDS);
            assertEquals(0, connections.get(), "the editor made no connection to the port the map names");
            Widgets.waitFor("the outside references as JM008 problems (the map is validated after its first paint)",
                    () -> jm008(file).length > 0);
            assertTrue(Arrays.stream(jm008(file)).allMatch(marker -> marker.getAttribute(IMarker.MESSAGE, "")
                    .contains("outside this map")), "and say why");
            Tree problems = UiThread.call(ProblemMarkersTest::problemsTree);
            Widgets.waitFor("the JM008 problems in the Problems view",
                    () -> ProblemMarkersTest.problemRow(problems, file, "JM008") != null);
            UiThread.run(() -> {
                Workbench.page().activate(editor);
                Workbench.screenshot("hostile-outside-references-opened");
                Workbench.page().closeEditor(editor, false);
            });
            assertEquals(0, connections.get(), "nor while it was open");
        }
    }

    /** Accepts (and counts) any connection made to the listener, in the background. */
    private static AtomicInteger countConnections(ServerSocket listener) {
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "outside-references-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        return connections;
    }

    private static Path fifo() throws IOException, InterruptedException {
        Path fifo = Files.createTempDirectory("journey-fifo").resolve("other.journey");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + fifo);
        return fifo;
    }

    /** Opens the map, failing (instead of hanging the run) when the UI thread is blocked for too long. */
    private static JourneyEditor openWithin(IFile file, long seconds) throws InterruptedException {
        CompletableFuture<JourneyEditor> opened = CompletableFuture.supplyAsync(() -> UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        }));
        try {
            return opened.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("the map did not open within " + seconds + " s: something waits on what it refers to");
        } catch (ExecutionException e) {
            throw new AssertionError("the map did not open: " + e.getCause(), e.getCause());
        }
    }

    private static IMarker[] jm008(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(marker -> marker.getAttribute(IMarker.MESSAGE, "").startsWith("JM008 "))
                    .toArray(IMarker[]::new);
        } catch (CoreException e) {
            throw new IllegalStateException("the markers of " + file, e);
        }
    }
}
