package org.journeystudio.ui.internal.preferences;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.EditorWarmUp;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.startup.OpenRequestedMaps;
import org.journeystudio.ui.preferences.JourneyPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start in a workspace, an "Example" project with the invoice-payment map,
 * opened in the journey editor, so that a new user sees a complete map at once. A preference
 * flag records that it was offered; deleting the project later does not bring it back.
 * Only in Journey Studio's own product: installed into someone's Eclipse IDE, the feature
 * leaves the workspace and the editors alone.
 * <p>
 * {@link #begin()}, which the bundle's activation calls while the first window is being built
 * (the default perspective is this bundle's), makes the project and its map in one background
 * thread (the workbench holds jobs back while it starts), asks the UI thread for the editor, and
 * then loads what the editor needs and opens the map for it; the editor, once the window is up,
 * takes the map when it is ready ({@link EditorWarmUp}).
 */
public final class ExampleProjectOnFirstStart implements IStartup {

    /** The example project's name. */
    public static final String PROJECT = "Example";
    /** The template the example map is made from. */
    public static final String TEMPLATE = "invoice-payment";
    /** The id of Journey Studio's product (the product extension in this bundle's plugin.xml). */
    public static final String PRODUCT = "org.journeystudio.ui.product";

    private static final Object LOCK = new Object();
    private static boolean begun;
    private static boolean started;
    private static IFile wanted;

    @Override
    public void earlyStartup() {
        begin(); // in case the bundle's activation did not (it always does in the product)
        synchronized (LOCK) {
            started = true;
        }
        openSoon();
    }

    /**
     * Starts making the example on the first start in a workspace of Journey Studio's product; does
     * nothing otherwise, or when called again. Returns at once.
     */
    public static void begin() {
        synchronized (LOCK) {
            if (begun) {
                return;
            }
            begun = true;
        }
        IProduct product = Platform.getProduct();
        if (!offeredIn(product == null ? null : product.getId())) {
            return;
        }
        IEclipsePreferences preferences = JourneyPreferences.instanceNode();
        if (preferences.getBoolean(JourneyPreferences.EXAMPLE_CREATED, false)) {
            return;
        }
        preferences.putBoolean(JourneyPreferences.EXAMPLE_CREATED, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(ExampleProjectOnFirstStart.class).warn("the example project flag could not be stored", e);
        }
        // not a daemon: a project half made when the workbench closes at once is finished
        new Thread(ExampleProjectOnFirstStart::make, "Journey Studio: the example project").start();
    }

    /** Whether the running product, given by its id (null when there is none), gets the example. */
    public static boolean offeredIn(String productId) {
        return PRODUCT.equals(productId);
    }

    /**
     * In the background: the project and its map, then the editor asked for, then what it needs. Maps
     * asked for on the command line are what the user wants to see: the example then waits in its project.
     */
    private static void make() {
        IFile map = ExampleCreation.create(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT), TEMPLATE);
        if (map == null || map.getLocation() == null || OpenRequestedMaps.anyRequested()) {
            return;
        }
        Path file = map.getLocation().toPath();
        EditorWarmUp.expect(file);
        synchronized (LOCK) {
            wanted = map;
        }
        openSoon();
        EditorWarmUp.load();
        EditorWarmUp.prepareNow(file);
    }

    /** Asks the UI thread for the editor of the new map, if there is one to open and a workbench to ask. */
    private static void openSoon() {
        synchronized (LOCK) {
            if (wanted == null || !PlatformUI.isWorkbenchRunning()) {
                return;
            }
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(ExampleProjectOnFirstStart::openIfReady);
    }

    /** On the UI thread: opens the new map once the workbench has started its window; later calls do nothing. */
    private static void openIfReady() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IFile map;
        synchronized (LOCK) {
            map = wanted;
            boolean windowUp = workbench.getWorkbenchWindowCount() > 0 && !workbench.isStarting();
            if (map == null || !windowUp && !started) { // too soon: earlyStartup asks again
                return;
            }
            wanted = null;
        }
        open(workbench, map);
    }

    /** Opens the new map in the journey editor of the workbench window. */
    private static void open(IWorkbench workbench, IFile map) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) { // a dialog is active
            window = workbench.getWorkbenchWindows()[0];
        }
        if (workbench.isClosing() || window == null || window.getActivePage() == null || !map.exists()) {
            EditorWarmUp.forget(map.getLocation().toPath());
            return;
        }
        try {
            IDE.openEditor(window.getActivePage(), map, JourneyEditor.ID, true);
        } catch (PartInitException e) {
            ILog.of(ExampleProjectOnFirstStart.class).error("the example map could not be opened", e);
        }
    }
}
