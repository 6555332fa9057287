package org.journeystudio.ui.internal.outline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * What the item providers said changed in the model since the tree was last brought up to date:
 * per element, whether its children changed (a refresh of its subtree) or only its label (an
 * update of its row). {@link #apply} then touches just those rows, as EMF's edit.ui content
 * provider does, instead of refreshing the whole tree after every command; many changes at once (a
 * paste of hundreds of elements) still refresh the tree as a whole.
 */
final class OutlineChanges implements INotifyChangedListener {

    /** More changed elements than this refresh the whole tree. */
    static final int MOST = 200;

    private final AdapterFactory adapterFactory;
    /** Changed elements in the order they changed: true when their children changed, false for a label. */
    private final Map<Object, Boolean> pending = new LinkedHashMap<>();
    private boolean everything;

    OutlineChanges(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        } else {
            everything = true;
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!(notification instanceof IViewerNotification viewer)) {
            everything = true; // not a notification the tree can be brought up to date from row by row
            return;
        }
        if (everything || viewer.getElement() == null) {
            return;
        }
        if (viewer.isContentRefresh()) {
            pending.put(viewer.getElement(), true);
        } else if (viewer.isLabelUpdate()) {
            pending.putIfAbsent(viewer.getElement(), false);
        }
        everything |= pending.size() > MOST;
    }

    /** Brings the tree up to date with what changed, then forgets it. */
    void apply(TreeViewer viewer) {
        try {
            if (everything) {
                viewer.refresh();
                return;
            }
            for (Map.Entry<Object, Boolean> change : pending.entrySet()) {
                if (change.getValue()) {
                    viewer.refresh(change.getKey(), true);
                } else {
                    viewer.update(change.getKey(), null);
                }
            }
        } finally {
            pending.clear();
            everything = !(adapterFactory instanceof IChangeNotifier);
        }
    }

    /** After the tree got a new input: nothing is pending. */
    void clear() {
        pending.clear();
    }

    void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        pending.clear();
    }
}
