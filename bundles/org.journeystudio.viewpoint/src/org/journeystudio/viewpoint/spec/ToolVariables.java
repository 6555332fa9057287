package org.journeystudio.viewpoint.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.SelectionVariable;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;

/**
 * The variables a tool binds besides {@code self} (as the specification metamodel documents
 * them per tool kind), so that its expressions can be checked before a user runs it.
 */
public final class ToolVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private ToolVariables() {
    }

    public static List<String> of(Tool tool) {
        List<String> names = new ArrayList<>(List.of("diagram"));
        if (tool.eContainer() instanceof TableDescription) {
            names.add("table");
        }
        if (tool instanceof NodeCreationTool || tool instanceof ContainerCreationTool) {
            names.addAll(List.of("container", "containerView"));
        } else if (tool instanceof EdgeCreationTool) {
            names.addAll(List.of("source", "target", "sourceView", "targetView"));
        } else if (tool instanceof ReconnectTool) {
            names.addAll(List.of("view", "oldEnd", "newEnd", "otherEnd"));
        } else if (tool instanceof DropTool) {
            names.addAll(List.of("element", "oldContainer", "newContainer", "newViewContainer", "elementView", "level"));
        } else if (tool instanceof DeleteTool || tool instanceof DoubleClickTool) {
            names.add("view");
        } else if (tool instanceof DirectEditTool edit) {
            names.add("view");
            names.addAll(arguments(edit.getEditMask()));
        }
        for (SelectionVariable question : tool.getVariables()) {
            String name = question.getName() == null ? "" : question.getName().trim();
            names.addAll(List.of(name, name + "Name"));
        }
        return names;
    }

    /** arg0..argN for the placeholders {0}..{N} of an edit mask ({0} when there is no mask). */
    private static List<String> arguments(String mask) {
        int highest = 0;
        Matcher placeholders = PLACEHOLDER.matcher(mask == null ? "" : mask);
        while (placeholders.find()) {
            highest = Math.max(highest, Integer.parseInt(placeholders.group(1)));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= highest; i++) {
            names.add("arg" + i);
        }
        return names;
    }
}
