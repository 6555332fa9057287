package org.journeystudio.ui.internal.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text for a value of a data type (text, whole and decimal numbers): the text must convert
 * to the type, else the editor shows why and the value is not applied. An empty text unsets
 * an unsettable feature (an emotion that is not assessed).
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;
    private final boolean unsettable;

    DataTypeCellEditor(Composite parent, EDataType type, boolean unsettable) {
        super(parent);
        this.type = type;
        this.unsettable = unsettable;
        // The validator sees the model's value when the editor is given one, and the text as it is typed.
        setValidator(value -> value instanceof String text ? problem(text) : null);
    }

    private String problem(String text) {
        if (isText() || (unsettable && text.isBlank())) {
            return null;
        }
        try {
            EcoreUtil.createFromString(type, text.strip());
            return null;
        } catch (RuntimeException e) {
            return "'" + text + "' is not a valid " + typeName();
        }
    }

    private boolean isText() {
        return type.getInstanceClass() == String.class;
    }

    private String typeName() {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == int.class || instanceClass == Integer.class || instanceClass == long.class) {
            return "whole number";
        }
        if (instanceClass == double.class || instanceClass == Double.class || instanceClass == float.class) {
            return "number";
        }
        return type.getName();
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (isText()) {
            return text;
        }
        if (unsettable && text.isBlank()) {
            return SetCommand.UNSET_VALUE;
        }
        return EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        String text = value == null || "".equals(value) ? "" : EcoreUtil.convertToString(type, value);
        super.doSetValue(text == null ? "" : text);
    }
}
