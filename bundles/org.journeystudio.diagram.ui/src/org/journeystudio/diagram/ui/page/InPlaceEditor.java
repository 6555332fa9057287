package org.journeystudio.diagram.ui.page;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Direct edit of a label in place: a text field over the card, prefilled with the text the page
 * gives (the label, or what the mapping's direct-edit tool offers for editing). Enter
 * (or leaving the field) commits through the page, Esc cancels; either way the field goes away.
 */
final class InPlaceEditor {

    private static final int MIN_WIDTH = 120;
    private static final int HEIGHT = 26;

    private final DiagramCanvas canvas;
    private final Function<Node, String> initial;
    private final BiConsumer<Node, String> commit;
    private Text text;
    private Node node;
    private String start;

    InPlaceEditor(DiagramCanvas canvas, Function<Node, String> initial, BiConsumer<Node, String> commit) {
        this.canvas = canvas;
        this.initial = initial;
        this.commit = commit;
    }

    /** Opens the field over a node; a field already open is committed first. */
    void open(Node target) {
        close(true);
        Rectangle bounds = canvas.controlBounds(target);
        if (bounds == null) {
            return;
        }
        node = target;
        start = initial.apply(target);
        text = new Text(canvas.control(), SWT.SINGLE | SWT.BORDER);
        text.setText(start);
        text.setBounds(bounds.x, bounds.y + Math.max(0, (bounds.height - HEIGHT) / 2), Math.max(MIN_WIDTH, bounds.width),
                HEIGHT);
        text.selectAll();
        text.addListener(SWT.DefaultSelection, event -> close(true));
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                close(false);
            }
        });
        text.addListener(SWT.FocusOut, event -> close(true));
        text.setFocus();
    }

    boolean isOpen() {
        return text != null;
    }

    /** The open field, for tests that type into it; null when closed. */
    Text field() {
        return text;
    }

    void close(boolean keep) {
        if (text == null) {
            return;
        }
        Text closing = text;
        Node edited = node;
        String value = closing.getText();
        text = null;
        node = null;
        closing.dispose();
        if (!canvas.control().isDisposed()) {
            canvas.control().setFocus();
        }
        if (keep && !value.equals(start)) {
            commit.accept(edited, value);
        }
    }
}
