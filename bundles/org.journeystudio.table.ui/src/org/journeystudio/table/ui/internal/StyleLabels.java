package org.journeystudio.table.ui.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.ConfigAttribute;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Line;

/**
 * The computed styles of cells and lines as NatTable config labels: one label per colour
 * ({@code journey.bg#fde7e9}) and one for bold, each registered with its style the first time a
 * cell uses it. NatTable takes each style attribute from the first label that sets it, so a
 * cell's own style goes before its line's, and the selection colours still win over both.
 */
public final class StyleLabels {

    private static final String BOLD = "journey.bold";

    private final IConfigRegistry registry;
    private final Set<String> registered = new HashSet<>();

    public StyleLabels(IConfigRegistry registry) {
        this.registry = registry;
    }

    /** The labels of a cell: its own style, then its line's. */
    public void addCell(LabelStack labels, Cell cell, Line line) {
        if (cell != null) {
            add(labels, cell.getBackground(), cell.getForeground(), cell.isBold());
        }
        addLine(labels, line);
    }

    /** The labels of a line's style. */
    public void addLine(LabelStack labels, Line line) {
        add(labels, line.getBackground(), line.getForeground(), line.isBold());
    }

    /** The labels of a line's text style (foreground, bold), for its row header, which keeps the header colour. */
    public void addLineText(LabelStack labels, Line line) {
        add(labels, null, line.getForeground(), line.isBold());
    }

    private void add(LabelStack labels, String background, String foreground, boolean bold) {
        colour(labels, "bg", background, CellStyleAttributes.BACKGROUND_COLOR);
        colour(labels, "fg", foreground, CellStyleAttributes.FOREGROUND_COLOR);
        if (bold) {
            if (registered.add(BOLD)) {
                Style style = new Style();
                style.setAttributeValue(CellStyleAttributes.FONT,
                        JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
                register(BOLD, style);
            }
            labels.addLabel(BOLD);
        }
    }

    private void colour(LabelStack labels, String kind, String hex,
            ConfigAttribute<Color> attribute) {
        RGB rgb = parse(hex);
        if (rgb == null) {
            return;
        }
        String label = "journey." + kind + hex.trim().toLowerCase(Locale.ROOT);
        if (registered.add(label)) {
            Style style = new Style();
            style.setAttributeValue(attribute, new Color(rgb));
            register(label, style);
        }
        labels.addLabel(label);
    }

    private void register(String label, Style style) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }

    /** An {@code #rrggbb} colour, or null for anything else (no style then). */
    static RGB parse(String hex) {
        if (hex == null) {
            return null;
        }
        String text = hex.trim();
        if (text.length() != 7 || text.charAt(0) != '#') {
            return null;
        }
        try {
            int value = Integer.parseInt(text.substring(1), 16);
            return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
