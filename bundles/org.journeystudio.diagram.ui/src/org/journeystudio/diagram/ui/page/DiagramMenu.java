package org.journeystudio.diagram.ui.page;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;

/**
 * The context menu of a diagram page, rebuilt each time it opens so that its check marks show the
 * diagram's layers and filters as they are now, and its Add submenu the creation tools that apply to
 * the selected card.
 */
final class DiagramMenu {

    private final DiagramPage page;

    DiagramMenu(DiagramPage page) {
        this.page = page;
    }

    /** Fills the menu when it is about to show. */
    void fill(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Diagram diagram = page.diagram();
        DiagramDescription description = page.description();
        item(menu, "&Delete\tDel", page::deleteSelection).setEnabled(!page.canvas().selectedViews().isEmpty());
        item(menu, "&Rename\tF2", page::directEditSelection).setEnabled(page.canvas().selection().size() == 1);
        addItems(submenu(menu, "Add"));
        if (page.selectedStep() != null) {
            page.fillEmotionMenu(menu, page.selectedStep());
        }
        item(menu, "&Arrange All", page::arrangeAll);
        new MenuItem(menu, SWT.SEPARATOR);
        Menu layers = submenu(menu, "&Layers");
        for (Layer layer : description.getAdditionalLayers()) {
            check(layers, label(layer.getLabel(), layer.getName()), diagram.getActiveLayers().contains(layer.getName()),
                    () -> page.toggleLayer(layer.getName()));
        }
        layers.getParentItem().setEnabled(!description.getAdditionalLayers().isEmpty());
        Menu filters = submenu(menu, "&Filters");
        for (Filter filter : description.getFilters()) {
            check(filters, label(filter.getLabel(), filter.getName()), diagram.getActiveFilters().contains(filter.getName()),
                    () -> page.toggleFilter(filter.getName()));
        }
        filters.getParentItem().setEnabled(!description.getFilters().isEmpty());
        new MenuItem(menu, SWT.SEPARATOR);
        Menu zoom = submenu(menu, "&Zoom");
        item(zoom, "Zoom &In\tCtrl+=", page.canvas()::zoomIn);
        item(zoom, "Zoom &Out\tCtrl+-", page.canvas()::zoomOut);
        item(zoom, "&100%\tCtrl+0", page.canvas()::zoomReset);
        item(zoom, "&Fit\tCtrl+Shift+F", page.canvas()::fit);
        item(menu, "E&xport Image...", page::exportImage);
    }

    /** The palette's creation tools that apply to the one selected card, run on it (toggles included). */
    private void addItems(Menu add) {
        List<Node> selection = page.canvas().selection();
        Node node = selection.size() == 1 ? selection.get(0) : null;
        List<MappingTool> tools = page.toolsFor(node);
        for (MappingTool tool : tools) {
            item(add, Palette.label(tool), () -> page.create(tool, node, null));
        }
        add.getParentItem().setEnabled(!tools.isEmpty());
    }

    private static String label(String label, String name) {
        return label == null || label.isBlank() ? name : label;
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }

    private static void check(Menu menu, String text, boolean checked, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.CHECK);
        item.setText(text);
        item.setSelection(checked);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private static Menu submenu(Menu menu, String text) {
        MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
        cascade.setText(text);
        Menu sub = new Menu(cascade);
        cascade.setMenu(sub);
        return sub;
    }
}
