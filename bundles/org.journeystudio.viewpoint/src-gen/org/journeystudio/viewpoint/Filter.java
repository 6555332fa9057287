/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hides views of some mappings while it is active: all of them, or those whose element satisfies the condition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.Filter#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Filter#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Filter#getConditionExpression <em>Condition Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFilter_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Filter#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFilter_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Hides the view when true (self is its element); when empty, every view of the mappings is hidden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Expression</em>' attribute.
	 * @see #setConditionExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFilter_ConditionExpression()
	 * @model
	 * @generated
	 */
	String getConditionExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Filter#getConditionExpression <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Expression</em>' attribute.
	 * @see #getConditionExpression()
	 * @generated
	 */
	void setConditionExpression(String value);

} // Filter
