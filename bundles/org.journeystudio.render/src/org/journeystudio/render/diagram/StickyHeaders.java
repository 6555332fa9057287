package org.journeystudio.render.diagram;

import java.util.List;

import org.journeystudio.render.Rect;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.Scene;

/**
 * The headers of a lane grid that a canvas keeps in view while it scrolls: the lanes' titles (a row
 * title at the left of each lane), kept at the view's left edge when scrolling right, and the band of
 * stages (the lane whose cards are the columns' own elements, with those cards), kept at the view's
 * top when scrolling down; and the stage cards of that band, whose labels a canvas keeps in view at
 * the left of what it shows of a stage. Figures in scene coordinates, where the scene draws them too;
 * a canvas draws them moved to its edges, over the scene. Empty for diagrams without lanes.
 *
 * @param titles one figure per lane that is not a separator: the title's box in the lane's colours and its label
 * @param titleColumn the scene rectangle the titles take (their left edge and width)
 * @param stageTitle the index in {@code titles} of the stage band's own title, or -1
 * @param stages the stage band: its lane and its cards, or an empty scene
 * @param stageBand the stage band's rectangle in the scene, or {@link Rect#EMPTY}
 * @param stageCards the figures of the stage band's cards (also in {@code stages}), left to right
 */
public record StickyHeaders(List<Figure> titles, Rect titleColumn, int stageTitle, Scene stages, Rect stageBand,
        List<Figure> stageCards) {

    public static final StickyHeaders NONE = new StickyHeaders(List.of(), Rect.EMPTY, -1, new Scene(), Rect.EMPTY,
            List.of());

    public StickyHeaders {
        titles = List.copyOf(titles);
        stageCards = List.copyOf(stageCards);
    }

    /** Whether the diagram has anything to keep in view. */
    public boolean isEmpty() {
        return titles.isEmpty() && stageBand.isEmpty();
    }
}
