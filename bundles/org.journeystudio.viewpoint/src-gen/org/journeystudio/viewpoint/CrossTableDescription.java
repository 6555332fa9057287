/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cross Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table whose columns are elements too; cells show how a line element relates to a column element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.CrossTableDescription#getColumnMappings <em>Column Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.CrossTableDescription#getIntersections <em>Intersections</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getCrossTableDescription()
 * @model
 * @generated
 */
public interface CrossTableDescription extends TableDescription {
	/**
	 * Returns the value of the '<em><b>Column Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ElementColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Mappings</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getCrossTableDescription_ColumnMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementColumnMapping> getColumnMappings();

	/**
	 * Returns the value of the '<em><b>Intersections</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.IntersectionMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intersections</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getCrossTableDescription_Intersections()
	 * @model containment="true"
	 * @generated
	 */
	EList<IntersectionMapping> getIntersections();

} // CrossTableDescription
