package org.journeystudio.ui.internal.decorators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;

/**
 * A message area above the pages of the journey editor: what the user must know about the map that
 * no page shows, such as the problems of a map outside the workspace (which has no Problems-view
 * markers) or representations that could not be read. Hidden while there is nothing to say.
 */
public final class MessageBanner {

    /** One topic of the banner; each topic's lines replace its previous ones. */
    public enum Topic { REPRESENTATIONS, DISK, PROBLEMS, VIEWPOINTS }

    /** One line: its icon (one of the workbench's shared images, e.g. ISharedImages.IMG_OBJS_ERROR_TSK) and text. */
    public record Line(String icon, String text) {
    }

    private final Composite banner;
    private final Composite pages;
    private final Map<Topic, List<Line>> lines = new LinkedHashMap<>();

    /** Splits the editor's area into the banner and, below it, the composite the pages go into. */
    public MessageBanner(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(column);
        banner = new Composite(column, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(banner);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
        banner.setVisible(false);
        pages = new Composite(column, SWT.NONE);
        pages.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
    }

    /** Where the editor's pages go. */
    public Composite pageArea() {
        return pages;
    }

    /** Replaces the lines of a topic (none to clear it). */
    public void show(Topic topic, List<Line> topicLines) {
        if (banner.isDisposed()) {
            return;
        }
        lines.put(topic, List.copyOf(topicLines));
        for (var child : banner.getChildren()) {
            child.dispose();
        }
        List<Line> all = new ArrayList<>();
        lines.values().forEach(all::addAll);
        for (Line line : all) {
            Label icon = new Label(banner, SWT.NONE);
            icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(line.icon()));
            Label text = new Label(banner, SWT.WRAP);
            text.setText(line.text());
            text.setToolTipText(line.text());
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        }
        boolean visible = !all.isEmpty();
        ((GridData) banner.getLayoutData()).exclude = !visible;
        banner.setVisible(visible);
        banner.getParent().layout(true, true);
    }

    /** The lines shown now, in order (for the editor's callers and tests). */
    public List<Line> lines() {
        List<Line> all = new ArrayList<>();
        lines.values().forEach(all::addAll);
        return all;
    }
}
