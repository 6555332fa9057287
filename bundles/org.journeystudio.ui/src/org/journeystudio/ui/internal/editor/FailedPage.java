package org.journeystudio.ui.internal.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.journeystudio.ui.editor.RepresentationPage;

/**
 * The page of a representation whose own page failed while it was being built: it says so in words,
 * while the editor's other pages keep working; the failure goes to the Error Log with its cause.
 */
final class FailedPage implements RepresentationPage {

    private final String message;

    private FailedPage(String message) {
        this.message = message;
    }

    /** Logs the failure of a page and makes the page that replaces it. */
    static FailedPage of(String representationName, Throwable failure) {
        ILog.of(FailedPage.class).log(Status.error("The page '" + representationName + "' of the journey editor could"
                + " not be built", failure));
        return new FailedPage("The page '" + representationName + "' could not be shown: " + describe(failure)
                + ". The other pages work as usual; the details are in the Error Log.");
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        int details = first.indexOf(" ("); // such as the class loaders of a ClassCastException: the Error Log has them
        String text = first.isEmpty() ? "" : ": " + (details > 0 ? first.substring(0, details) : first);
        return root.getClass().getSimpleName() + text;
    }

    /** The sentence the page shows. */
    String message() {
        return message;
    }

    @Override
    public Control createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        Label icon = new Label(composite, SWT.NONE);
        icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
        Label label = new Label(composite, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
        return composite;
    }

    @Override
    public void refresh() {
        // nothing to show but the message
    }

    @Override
    public void reveal(EObject element) {
        // the element cannot be shown here
    }

    @Override
    public void dispose() {
        // the control goes with the editor's page
    }
}
