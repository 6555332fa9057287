package org.journeystudio.ui.internal.filesync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;

/**
 * What the user looks at in an editor, kept across a reload from disk: the active page, the
 * selected elements (by xmi:id, since the reloaded model has new objects) and the scroll position of
 * every page (its scroll bars, in widget order), which a page gets back when it is first shown again.
 */
public final class ViewMemento {

    private final String activePage;
    private final List<String> selectedIds;
    private final Map<String, List<int[]>> scrolls;

    private ViewMemento(String activePage, List<String> selectedIds, Map<String, List<int[]>> scrolls) {
        this.activePage = activePage;
        this.selectedIds = selectedIds;
        this.scrolls = scrolls;
    }

    /** Takes the state of the pages (by their tab text), their selection and the active one. */
    public static ViewMemento capture(String activePage, ISelection selection, Map<String, Control> pages) {
        List<String> ids = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof EObject object && object.eResource() != null) {
                    ids.add(object.eResource().getURIFragment(object));
                }
            }
        }
        Map<String, List<int[]>> scrolls = new HashMap<>();
        pages.forEach((name, control) -> scrolls.put(name, positions(control)));
        return new ViewMemento(activePage, ids, scrolls);
    }

    public String activePage() {
        return activePage;
    }

    /** The elements that were selected, as far as the reloaded model still has them. */
    public List<EObject> selection(Resource reloaded) {
        return selectedIds.stream().map(reloaded::getEObject).filter(Objects::nonNull).toList();
    }

    /** Gives a page, when it is shown for the first time since the reload, its scroll position back; once. */
    public void restoreScroll(String page, Control control) {
        List<int[]> kept = scrolls.remove(page);
        if (kept == null) {
            return;
        }
        List<Scrollable> scrollables = scrollables(control);
        for (int index = 0; index < Math.min(kept.size(), scrollables.size()); index++) {
            Scrollable scrollable = scrollables.get(index);
            scrollTo(scrollable.getHorizontalBar(), kept.get(index)[0]);
            scrollTo(scrollable.getVerticalBar(), kept.get(index)[1]);
        }
    }

    private static void scrollTo(ScrollBar bar, int selection) {
        if (bar != null && selection >= 0 && bar.getSelection() != selection) {
            bar.setSelection(selection);
            Event event = new Event();
            event.detail = SWT.DRAG;
            bar.notifyListeners(SWT.Selection, event); // as a user's drag of the thumb does
        }
    }

    private static List<int[]> positions(Control control) {
        List<int[]> positions = new ArrayList<>();
        for (Scrollable scrollable : scrollables(control)) {
            positions.add(new int[] {selection(scrollable.getHorizontalBar()), selection(scrollable.getVerticalBar())});
        }
        return positions;
    }

    private static int selection(ScrollBar bar) {
        return bar == null ? -1 : bar.getSelection();
    }

    private static List<Scrollable> scrollables(Control root) {
        List<Scrollable> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Control control, List<Scrollable> found) {
        if (control == null || control.isDisposed()) {
            return;
        }
        if (control instanceof Scrollable scrollable
                && (scrollable.getHorizontalBar() != null || scrollable.getVerticalBar() != null)) {
            found.add(scrollable);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }
}
