/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes self (or the elements of elementExpression) and every reference to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.DeleteElement#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getDeleteElement()
 * @model
 * @generated
 */
public interface DeleteElement extends ContainerOperation {
	/**
	 * Returns the value of the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Expression</em>' attribute.
	 * @see #setElementExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getDeleteElement_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.DeleteElement#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // DeleteElement
