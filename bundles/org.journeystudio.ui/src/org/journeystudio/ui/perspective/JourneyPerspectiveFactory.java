package org.journeystudio.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.journeystudio.ui.internal.wizards.NewJourneyMapWizard;
import org.journeystudio.ui.internal.wizards.NewJourneyProjectWizard;

/**
 * The "Journey Modelling" perspective: maps on the left, editors in the middle, the
 * outline on the right, and properties and problems below, as modelling specialists
 * know it from other Eclipse modelling tools.
 */
public class JourneyPerspectiveFactory implements IPerspectiveFactory {

    /** Perspective id, as registered in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.perspective";

    private static final String FOLDER_LEFT = "org.journeystudio.ui.folder.left";
    private static final String FOLDER_RIGHT = "org.journeystudio.ui.folder.right";
    private static final String FOLDER_BOTTOM = "org.journeystudio.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

        IFolderLayout right = layout.createFolder(FOLDER_RIGHT, IPageLayout.RIGHT, 0.76f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut(NewJourneyProjectWizard.ID);
        layout.addNewWizardShortcut(NewJourneyMapWizard.ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
