package org.journeystudio.model.persistence;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * What every journey element extends (the genmodel's root class): an EMF object that remembers
 * where it stands in the last XMI document its resource wrote, so that the next save can copy
 * the bytes of everything that has not changed since instead of serialising it again. The
 * specialised writer ({@link JourneyXmiWriter}) records, per element, its offset relative to its
 * parent, its length and its depth; any change of the element (every EMF change notifies) marks
 * it and its ancestors as changed, and a move to another container marks the element itself.
 * Elements that were never written carry no document and cost nothing extra: notifications are
 * only made for a written element, as EMF makes them only for one with adapters.
 *
 * <p>It also keeps the line the element was read from, for diagnostics that point into the file
 * ({@link JourneyResource#getLine}), without a table beside the model.
 */
public class XmiObjectImpl extends EObjectImpl {

    /**
     * The {@link XmiDocument#id id} of the document of the resource this element was last written
     * into, or 0. A number, not a reference: writing it for every element of a save costs no
     * garbage-collector barrier.
     */
    int xmiDocument;
    /** Where the element starts, relative to where its container starts in that document. */
    int xmiOffset;
    /** How many bytes the element takes there, its end tag and line end included. */
    int xmiLength;
    /** The element's depth there: its indentation. */
    int xmiDepth;
    /** Whether the element or something in it changed since it was written. */
    boolean xmiChanged;
    /** The line the element was read from, 0 if it was not read from a file. */
    int xmiLine;

    protected XmiObjectImpl() {
        super();
    }

    @Override
    public boolean eNotificationRequired() {
        return xmiDocument != 0 || super.eNotificationRequired();
    }

    @Override
    public void eNotify(Notification notification) {
        if (xmiDocument != 0) {
            changed(this);
        }
        super.eNotify(notification);
    }

    @Override
    protected void eBasicSetContainer(InternalEObject newContainer, int newContainerFeatureID) {
        if (xmiDocument != 0 && (newContainer != eInternalContainer() || newContainerFeatureID != eContainerFeatureID())) {
            // Its bytes say where it was: its start tag names its old containment.
            xmiDocument = 0;
            changed(eInternalContainer());
        }
        super.eBasicSetContainer(newContainer, newContainerFeatureID);
    }

    /**
     * Marks an element and its ancestors as changed, up to the first that already is (whose
     * ancestors are, too: a change always goes up to the root).
     */
    private static void changed(Object element) {
        for (Object each = element; each instanceof XmiObjectImpl written && !written.xmiChanged;
                each = written.eInternalContainer()) {
            written.xmiChanged = true;
        }
    }
}
