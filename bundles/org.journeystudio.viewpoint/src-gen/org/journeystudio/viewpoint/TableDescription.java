/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tabular representation: one line per element found by the line mappings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.TableDescription#getLineMappings <em>Line Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.TableDescription#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getTableDescription()
 * @model abstract="true"
 * @generated
 */
public interface TableDescription extends RepresentationDescription {
	/**
	 * Returns the value of the '<em><b>Line Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.LineMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getTableDescription_LineMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<LineMapping> getLineMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getTableDescription_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // TableDescription
