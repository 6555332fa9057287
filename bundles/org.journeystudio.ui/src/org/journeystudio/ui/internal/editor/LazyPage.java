package org.journeystudio.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.journeystudio.ui.editor.RepresentationPage;

/**
 * A tab whose page is built when it is first shown: until then it is an empty composite, so that
 * opening a map (or restoring an editor) costs the one visible page and not every page, with its
 * synchronizer, layout and widgets, of tabs nobody has looked at yet. A page that fails while it is
 * built is replaced by a {@link FailedPage}, as when pages were built with the editor.
 */
final class LazyPage implements RepresentationPage {

    private final String name;
    private final Supplier<RepresentationPage> factory;
    private Composite holder;
    private RepresentationPage page;

    /**
     * @param name the representation's name, for the failure message
     * @param factory makes the real page (and starts what it needs); called once, on the first {@link #build()}
     */
    LazyPage(String name, Supplier<RepresentationPage> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public Control createControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        return holder;
    }

    /** Whether the real page exists (it was shown once). */
    boolean built() {
        return page != null;
    }

    /** The real page (or the failure page), built now if the tab was never shown. */
    RepresentationPage page() {
        build();
        return page;
    }

    /** Builds the real page inside the tab, once; later calls do nothing. */
    void build() {
        if (page != null || holder == null || holder.isDisposed()) {
            return;
        }
        try {
            RepresentationPage real = factory.get();
            real.createControl(holder);
            page = real;
        } catch (RuntimeException | LinkageError e) { // one failing page never takes the editor down
            for (Control child : holder.getChildren()) {
                child.dispose();
            }
            page = FailedPage.of(name, e);
            page.createControl(holder);
        }
        holder.layout(true, true);
    }

    @Override
    public void refresh() {
        if (page != null) {
            page.refresh();
        }
    }

    @Override
    public void reveal(EObject element) {
        build();
        if (page != null) {
            page.reveal(element);
        }
    }

    @Override
    public void dispose() {
        if (page != null) {
            page.dispose();
        }
    }
}
