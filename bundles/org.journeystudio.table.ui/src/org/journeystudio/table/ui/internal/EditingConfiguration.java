package org.journeystudio.table.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultBooleanDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.CheckBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.painter.cell.CheckBoxPainter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * The in-place editors of the body, by {@link EditorKind} label: text (numbers validated by
 * {@link CellValidator}, errors shown on the editor and nothing applied), combo boxes of enum
 * literals (shown in words) and of reference choices, check boxes, the many-reference dialog. Only cells the
 * synchronizer computed as editable can be edited.
 */
public final class EditingConfiguration extends AbstractRegistryConfiguration {

    private final TableRows rows;
    private final CellEdits edits;
    private final Choices choices;
    private final Consumer<String> errors;

    /**
     * @param errors told the reason a value was refused, and null once the value is accepted
     */
    public EditingConfiguration(TableRows rows, CellEdits edits, Choices choices, Consumer<String> errors) {
        this.rows = rows;
        this.edits = edits;
        this.choices = choices;
        this.errors = errors;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, new EditableRule() {
            @Override
            public boolean isEditable(int columnIndex, int rowIndex) {
                Cell cell = rows.cell(rowIndex, columnIndex);
                EditorKind kind = cell == null ? EditorKind.NONE : edits.kind(rows.row(rowIndex).line(), cell);
                return kind != EditorKind.NONE && kind != EditorKind.TOGGLE;
            }
        }, DisplayMode.EDIT);
        for (EditorKind kind : List.of(EditorKind.TEXT, EditorKind.TOOL, EditorKind.INTEGER, EditorKind.DECIMAL)) {
            TextCellEditor text = new TextCellEditor(true, true);
            text.setErrorDecorationEnabled(true);
            editor(registry, kind, text);
            registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER,
                    new ShownErrorHandling(text, errors), DisplayMode.EDIT, kind.label());
        }
        CellValidator validator = new CellValidator(rows);
        registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, validator, DisplayMode.EDIT,
                EditorKind.INTEGER.label());
        registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, validator, DisplayMode.EDIT,
                EditorKind.DECIMAL.label());
        editor(registry, EditorKind.ENUM, new ComboBoxCellEditor(combo(this::literals)));
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new EnumWords(), DisplayMode.NORMAL,
                EditorKind.ENUM.label());
        editor(registry, EditorKind.REFERENCE, new ComboBoxCellEditor(combo(this::referenceEntries)));
        editor(registry, EditorKind.BOOLEAN, new CheckBoxCellEditor());
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new CheckBoxPainter(), DisplayMode.NORMAL,
                EditorKind.BOOLEAN.label());
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultBooleanDisplayConverter(),
                DisplayMode.NORMAL, EditorKind.BOOLEAN.label());
        editor(registry, EditorKind.REFERENCES, new ReferencesDialogEditor(rows, choices));
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new PassThrough(), DisplayMode.NORMAL,
                EditorKind.REFERENCES.label());
    }

    private static void editor(IConfigRegistry registry, EditorKind kind, ICellEditor editor) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, editor, DisplayMode.EDIT, kind.label());
    }

    /** The entries of a cell's combo box. */
    @FunctionalInterface
    private interface Entries {
        List<String> of(Cell cell, EStructuralFeature feature);
    }

    private IComboBoxDataProvider combo(Entries entries) {
        return (columnIndex, rowIndex) -> {
            Cell cell = rows.cell(rowIndex, columnIndex);
            EStructuralFeature feature = cell == null ? null : CellEdits.feature(cell);
            return feature == null ? List.of() : entries.of(cell, feature);
        };
    }

    private List<String> literals(Cell cell, EStructuralFeature feature) {
        return ((EEnum) feature.getEType()).getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
    }

    private List<String> referenceEntries(Cell cell, EStructuralFeature feature) {
        return choices.entries(cell.getSemantic(), feature);
    }

    /** The chosen elements of the references dialog reach the data provider as they are. */
    private static final class PassThrough extends DisplayConverter {

        @Override
        public Object canonicalToDisplayValue(Object canonicalValue) {
            return canonicalValue;
        }

        @Override
        public Object displayToCanonicalValue(Object displayValue) {
            return displayValue;
        }
    }
}
