package org.journeystudio.ui.internal.editor;

import java.util.List;

import org.journeystudio.ui.preferences.JourneyPreferences;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;

/**
 * The tab a map opens on: that of its first representation of the preferred kind (Preferences >
 * Journey Studio), else the first tab. Its page is the only one built when the editor opens.
 */
final class FirstPage {

    private FirstPage() {
    }

    /** The index, among the session's representations, of the one shown first (0 when there is none). */
    static int indexIn(Session session) {
        List<Representation> representations = session.representations();
        String preferred = JourneyPreferences.defaultRepresentation();
        for (int index = 0; index < representations.size(); index++) {
            Representation representation = representations.get(index);
            RepresentationDescription description = session.specOf(representation)
                    .description(representation.getDescription());
            if (description != null && description.getName().equals(preferred)) {
                return index;
            }
        }
        return 0;
    }
}
