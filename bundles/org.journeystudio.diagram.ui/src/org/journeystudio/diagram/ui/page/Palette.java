package org.journeystudio.diagram.ui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.journeystudio.diagram.ui.swt.SwtCanvas;
import org.journeystudio.diagram.ui.swt.SwtResources;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.icons.Glyph;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.tools.ToolLookup;

/**
 * The palette of a diagram page: a vertical tool bar with "Select" and the creation tools of the
 * active layers (nodes, containers, edges), each with its label and an icon drawn from the tool's
 * {@code iconName} glyph through {@link SwtCanvas}. One tool is armed at a time.
 */
final class Palette {

    private static final int ICON = 16;
    private static final RgbColor ICON_COLOUR = RgbColor.parse("#334155");

    private final ToolBar bar;
    private final SwtResources resources;
    private final List<Image> images = new ArrayList<>();
    private final List<MappingTool> tools = new ArrayList<>();
    private ToolItem select;
    private MappingTool armed;

    Palette(Composite parent, SwtResources resources) {
        this.bar = new ToolBar(parent, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        this.resources = resources;
    }

    ToolBar control() {
        return bar;
    }

    /** Lists the creation tools of the lookup's active layers, unless they are the ones shown. */
    void show(ToolLookup lookup) {
        List<MappingTool> now = new ArrayList<>();
        now.addAll(lookup.tools(ContainerCreationTool.class));
        now.addAll(lookup.tools(NodeCreationTool.class));
        now.addAll(lookup.tools(EdgeCreationTool.class));
        if (now.equals(tools) && select != null) {
            return;
        }
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        disposeImages();
        tools.clear();
        tools.addAll(now);
        armed = null;
        select = item("Select", null);
        select.setSelection(true);
        for (MappingTool tool : tools) {
            item(label(tool), tool);
        }
        bar.getParent().layout(true, true);
    }

    private ToolItem item(String text, MappingTool tool) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setText(text);
        item.setToolTipText(tool == null ? "Select, move and edit" : "Create: " + text);
        item.setData(tool);
        Image icon = tool == null ? null : icon(tool.getIconName());
        if (icon != null) {
            item.setImage(icon);
        }
        item.addListener(SWT.Selection, event -> {
            if (item.getSelection()) {
                armed = tool;
            }
        });
        return item;
    }

    static String label(MappingTool tool) {
        return tool.getLabel() == null || tool.getLabel().isBlank() ? tool.getName() : tool.getLabel();
    }

    /** The armed creation tool, or null when "Select" is. */
    MappingTool armed() {
        return armed;
    }

    /** Arms a tool as a click on its item would; null arms "Select". */
    void arm(MappingTool tool) {
        for (ToolItem item : bar.getItems()) {
            item.setSelection(item.getData() == tool);
        }
        armed = tool;
    }

    List<MappingTool> tools() {
        return List.copyOf(tools);
    }

    private Image icon(String name) {
        Glyph glyph = glyph(name);
        if (glyph == null) {
            return null;
        }
        Image image = new Image(bar.getDisplay(), ICON, ICON);
        GC gc = new GC(image);
        try {
            gc.setBackground(bar.getBackground());
            gc.fillRectangle(0, 0, ICON, ICON);
            glyph.paint(new SwtCanvas(gc, resources), Rect.of(0, 0, ICON, ICON), ICON_COLOUR);
        } finally {
            gc.dispose();
        }
        images.add(image);
        return image;
    }

    private static Glyph glyph(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Glyph.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    void dispose() {
        disposeImages();
    }
}
