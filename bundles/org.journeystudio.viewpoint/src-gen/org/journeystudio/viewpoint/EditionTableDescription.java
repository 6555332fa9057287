/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edition Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table whose columns show features of the line elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.EditionTableDescription#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getEditionTableDescription()
 * @model
 * @generated
 */
public interface EditionTableDescription extends TableDescription {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.FeatureColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEditionTableDescription_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureColumnMapping> getColumns();

} // EditionTableDescription
