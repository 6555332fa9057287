package org.journeystudio.diagram.ui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.journeystudio.viewpoint.SelectionVariable;
import org.journeystudio.viewpoint.tools.ToolPrompt;

/**
 * Answers a tool's question with a small dialog titled by the question: the candidates as check
 * boxes (one at most when the question allows one) and, when the question offers it, a field
 * for the name of a new element. Cancel cancels the tool.
 */
final class ChoicePrompt implements ToolPrompt {

    private final Shell parent;
    private final Function<EObject, String> labels;

    ChoicePrompt(Shell parent, Function<EObject, String> labels) {
        this.parent = parent;
        this.labels = labels;
    }

    @Override
    public Answer ask(SelectionVariable question, List<EObject> candidates) {
        QuestionDialog dialog = new QuestionDialog(parent, question, candidates);
        return dialog.open() == Dialog.OK ? dialog.answer : null;
    }

    /** The dialog of one question. */
    private final class QuestionDialog extends Dialog {

        private final SelectionVariable question;
        private final List<EObject> candidates;
        private Table table;
        private Text name;
        private Answer answer;

        QuestionDialog(Shell parent, SelectionVariable question, List<EObject> candidates) {
            super(parent);
            this.question = question;
            this.candidates = candidates;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(text(question.getLabel(), question.getName()));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label prompt = new Label(area, SWT.WRAP);
            prompt.setText(candidates.isEmpty() ? "There is nothing to choose from yet." : question.isMultiple()
                    ? "Choose any of these:" : "Choose one of these, or none:");
            prompt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            tableData.heightHint = 160;
            tableData.widthHint = 320;
            table.setLayoutData(tableData);
            for (EObject candidate : candidates) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(labels.apply(candidate));
                item.setData(candidate);
            }
            table.addListener(SWT.Selection, event -> {
                if (event.detail == SWT.CHECK && !question.isMultiple() && ((TableItem) event.item).getChecked()) {
                    for (TableItem item : table.getItems()) {
                        item.setChecked(item == event.item);
                    }
                }
            });
            if (question.getNewElementLabel() != null && !question.getNewElementLabel().isBlank()) {
                new Label(area, SWT.NONE).setText(question.getNewElementLabel() + ":");
                name = new Text(area, SWT.SINGLE | SWT.BORDER);
                name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                name.setMessage("the name of a new one");
            }
            return area;
        }

        @Override
        protected void okPressed() {
            List<EObject> chosen = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                if (item.getChecked()) {
                    chosen.add((EObject) item.getData());
                }
            }
            answer = new Answer(chosen, name == null ? "" : name.getText());
            super.okPressed();
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }
    }

    private static String text(String label, String name) {
        return label == null || label.isBlank() ? name : label;
    }
}
