package org.journeystudio.ui.internal.wizards;

import java.io.InputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.templates.JourneyTemplates.Template;

/**
 * Where the new map goes (folder and file name, from the platform's page) and which template
 * it starts from, each template with its description.
 */
final class NewJourneyMapPage extends WizardNewFileCreationPage {

    private Label description;
    private Template chosen = JourneyTemplates.list().get(0);

    NewJourneyMapPage(IStructuredSelection selection) {
        super("map", selection);
        setTitle("Journey Map");
        setDescription("A customer journey map, started from a template.");
        setFileExtension(JourneyPersistence.FILE_EXTENSION);
        setFileName("journey." + JourneyPersistence.FILE_EXTENSION);
    }

    /** The template in place of the platform's "Advanced" link section. */
    @Override
    protected void createAdvancedControls(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Template");
        group.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        TableViewer templates = new TableViewer(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        templates.setContentProvider(ArrayContentProvider.getInstance());
        templates.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Template) element).title();
            }
        });
        templates.setInput(JourneyTemplates.list());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(templates.getControl());
        description = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(description);
        templates.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof Template template) {
                choose(template);
            }
        });
        templates.setSelection(new StructuredSelection(chosen));
    }

    private void choose(Template template) {
        chosen = template;
        description.setText(template.description());
        description.getParent().layout(true);
    }

    /** The chosen template. */
    Template template() {
        return chosen;
    }

    @Override
    protected IStatus validateLinkedResource() {
        return Status.OK_STATUS; // no link controls: there is nothing to validate
    }

    @Override
    protected void createLinkTarget() {
        // maps are created from templates, never linked
    }

    @Override
    protected InputStream getInitialContents() {
        return null; // the wizard writes the file from the template
    }
}
