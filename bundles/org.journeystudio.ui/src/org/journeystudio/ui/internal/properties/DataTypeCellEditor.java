package org.journeystudio.ui.internal.properties;

import java.util.Optional;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.journeystudio.model.query.ValueRange;

/**
 * A text for a value of a data type (text, whole and decimal numbers): the text must convert
 * to the type, and a number must lie in its feature's {@link ValueRange} (the same query the
 * tables ask), else the editor shows why and the value is not applied. An empty text unsets
 * an unsettable feature (an emotion that is not assessed).
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;
    private final boolean unsettable;
    private final String what;
    private final Optional<ValueRange> range;

    /**
     * @param what  the property's name, for messages
     * @param range the range a number must lie in, if any
     */
    DataTypeCellEditor(Composite parent, EDataType type, boolean unsettable, String what, Optional<ValueRange> range) {
        super(parent);
        this.type = type;
        this.unsettable = unsettable;
        this.what = what;
        this.range = range;
        // The validator sees the model's value when the editor is given one, and the text as it is typed.
        setValidator(value -> value instanceof String text ? problem(text) : null);
    }

    private String problem(String text) {
        if (isText() || (unsettable && text.isBlank())) {
            return null;
        }
        Object value;
        try {
            value = EcoreUtil.createFromString(type, text.strip());
        } catch (RuntimeException e) {
            return "'" + text + "' is not a valid " + typeName();
        }
        if (value instanceof Number number && range.isPresent() && !range.get().contains(number.doubleValue())) {
            return range.get().refusal(what, text.strip());
        }
        return null;
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
