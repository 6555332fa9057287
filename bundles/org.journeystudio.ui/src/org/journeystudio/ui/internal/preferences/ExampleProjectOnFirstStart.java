package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.startup.OpenRequestedMaps;
import org.journeystudio.ui.internal.wizards.JourneyProjects;
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
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> createAndOpen(workbench));
    }

    /** Whether the running product, given by its id (null when there is none), gets the example. */
    public static boolean offeredIn(String productId) {
        return PRODUCT.equals(productId);
    }

    private void createAndOpen(IWorkbench workbench) {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (project.exists()) {
            return;
        }
        try {
            IFolder maps = JourneyProjects.create(project, null);
            IFile map = maps.getFile(TEMPLATE + ".journey");
            JourneyProjects.instantiate(TEMPLATE, map);
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            // Maps asked for on the command line are what the user wants to see: the example waits in its project.
            if (window != null && window.getActivePage() != null && !OpenRequestedMaps.anyRequested()) {
                IDE.openEditor(window.getActivePage(), map, JourneyEditor.ID, true);
            }
        } catch (CoreException e) {
            ILog.of(getClass()).error("the example project could not be created", e);
        }
    }
}
