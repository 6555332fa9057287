/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Unsets a feature of self, or removes the values of elementExpression from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.Unset#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.Unset#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getUnset()
 * @model
 * @generated
 */
public interface Unset extends ContainerOperation {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getUnset_FeatureName()
	 * @model
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Unset#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Expression</em>' attribute.
	 * @see #setElementExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getUnset_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.Unset#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // Unset
