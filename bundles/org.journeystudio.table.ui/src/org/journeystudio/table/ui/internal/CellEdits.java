package org.journeystudio.table.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Line;

/**
 * Turns what a user entered in a cell into one undoable command on the editor's command stack:
 * the cell's direct-edit tool when the specification gives it one, else a {@link SetCommand} of
 * the cell's feature on the cell's element. An edit that changes nothing executes nothing.
 */
public final class CellEdits {

    private final EditingDomain domain;
    private final CellTools tools;
    private final Choices choices;

    public CellEdits(EditingDomain domain, CellTools tools, Choices choices) {
        this.domain = domain;
        this.tools = tools;
        this.choices = choices;
    }

    /** The feature a cell shows and edits, or null (cross-table cells, unknown names). */
    public static EStructuralFeature feature(Cell cell) {
        String name = cell.getColumn() == null ? null : cell.getColumn().getFeatureName();
        EObject element = cell.getSemantic();
        return name == null || element == null ? null : element.eClass().getEStructuralFeature(name);
    }

    /** The editor a cell gets; NONE when it cannot be edited. */
    public EditorKind kind(Line line, Cell cell) {
        if (cell == null || !cell.isEditable()) {
            return EditorKind.NONE;
        }
        if (tools.toolFor(line, cell) != null) {
            return cell.getColumn().getSemantic() != null ? EditorKind.TOGGLE : EditorKind.TOOL;
        }
        return EditorKind.of(feature(cell));
    }

    /** Applies an entered value; true when something was executed on the command stack. */
    public boolean apply(Line line, Cell cell, Object value) {
        DirectEditTool tool = tools.toolFor(line, cell);
        if (tool != null) {
            return tools.run(tool, line, cell, value == null ? "" : value.toString());
        }
        EStructuralFeature feature = feature(cell);
        EditorKind kind = EditorKind.of(feature);
        if (kind == EditorKind.NONE) {
            return false;
        }
        EObject element = cell.getSemantic();
        Object newValue = convert(element, feature, kind, value);
        if (unchanged(element, feature, newValue)) {
            return false;
        }
        Command command = SetCommand.create(domain, element, feature, newValue);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    private Object convert(EObject element, EStructuralFeature feature, EditorKind kind, Object value) {
        String text = value == null ? "" : value.toString();
        return switch (kind) {
            case TEXT -> text;
            case BOOLEAN -> value instanceof Boolean flag ? flag : Boolean.valueOf(text.trim());
            case INTEGER, DECIMAL, ENUM -> text.isBlank() && feature.isUnsettable() ? SetCommand.UNSET_VALUE
                    : EcoreUtil.createFromString((EDataType) ((EAttribute) feature).getEAttributeType(), text.trim());
            case REFERENCE -> value instanceof EObject object ? object : choices.resolve(element, feature, text);
            case REFERENCES -> value instanceof Collection<?> many ? new ArrayList<>(many) : List.of();
            default -> value;
        };
    }

    private static boolean unchanged(EObject element, EStructuralFeature feature, Object newValue) {
        if (newValue == SetCommand.UNSET_VALUE) {
            return !element.eIsSet(feature);
        }
        Object old = element.eGet(feature);
        if (feature.isMany()) {
            return old instanceof List<?> list && list.equals(newValue);
        }
        return (!feature.isUnsettable() || element.eIsSet(feature)) && Objects.equals(old, newValue);
    }
}
