/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs its sub-operations with self set to the value of browseExpression.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ChangeContext#getBrowseExpression <em>Browse Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getChangeContext()
 * @model
 * @generated
 */
public interface ChangeContext extends ContainerOperation {
	/**
	 * Returns the value of the '<em><b>Browse Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Browse Expression</em>' attribute.
	 * @see #setBrowseExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getChangeContext_BrowseExpression()
	 * @model
	 * @generated
	 */
	String getBrowseExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ChangeContext#getBrowseExpression <em>Browse Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Browse Expression</em>' attribute.
	 * @see #getBrowseExpression()
	 * @generated
	 */
	void setBrowseExpression(String value);

} // ChangeContext
