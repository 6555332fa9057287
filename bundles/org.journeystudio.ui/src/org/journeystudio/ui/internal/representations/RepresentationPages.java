package org.journeystudio.ui.internal.representations;

import org.journeystudio.viewpoint.representation.Representation;

/** What the journey editor does for its representations' tabs. */
public interface RepresentationPages {

    /** Adds a page for a representation and shows it. */
    void add(Representation representation);

    /** Removes the page of a representation. */
    void remove(Representation representation);

    /** Gives the page of a representation its (new) name. */
    void rename(Representation representation);

    /** The representation whose page is active, or null. */
    Representation active();

    /** The representations changed: the editor is dirty until the next save. */
    void changed();
}
