package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
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
 */
public final class ExampleProjectOnFirstStart implements IStartup {

    /** The example project's name. */
    public static final String PROJECT = "Example";
    /** The template the example map is made from. */
    public static final String TEMPLATE = "invoice-payment";
    /** The id of Journey Studio's product (the product extension in this bundle's plugin.xml). */
    public static final String PRODUCT = "org.journeystudio.ui.product";

    @Override
    public void earlyStartup() {
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
            ILog.of(getClass()).warn("the example project flag could not be stored", e);
        }
        EditorWarmUp.start(); // the editor's specification and classes, beside the project's creation
        IWorkbench workbench = PlatformUI.getWorkbench();
        ExampleCreation creation = new ExampleCreation(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT),
                TEMPLATE);
        creation.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IFile map = creation.map();
                // Maps asked for on the command line are what the user wants to see: the example waits in its project.
                if (event.getResult().isOK() && map != null && map.getLocation() != null
                        && !OpenRequestedMaps.anyRequested()) {
                    openWhenPrepared(workbench, map);
                }
            }
        });
        creation.schedule();
    }

    /** Opens the map in the background for its editor, then the editor on the UI thread. */
    private void openWhenPrepared(IWorkbench workbench, IFile map) {
        Job preparation = EditorWarmUp.forMap(map.getLocation().toPath());
        preparation.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!workbench.isClosing()) {
                    workbench.getDisplay().asyncExec(() -> open(workbench, map));
                }
            }
        });
        preparation.schedule();
    }

    /** Whether the running product, given by its id (null when there is none), gets the example. */
    public static boolean offeredIn(String productId) {
        return PRODUCT.equals(productId);
    }

    /** Opens the new map in the journey editor of the workbench window, once the project is made. */
    private void open(IWorkbench workbench, IFile map) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) { // a dialog is active
            window = workbench.getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null || !map.exists()) {
            EditorWarmUp.forget(map.getLocation().toPath());
            return;
        }
        try {
            IDE.openEditor(window.getActivePage(), map, JourneyEditor.ID, true);
        } catch (PartInitException e) {
            ILog.of(getClass()).error("the example map could not be opened", e);
        }
    }
}
