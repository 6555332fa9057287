/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Move Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves self into the featureName feature of the element newContainerExpression returns, at indexExpression when given.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.MoveElement#getNewContainerExpression <em>New Container Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.MoveElement#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.MoveElement#getIndexExpression <em>Index Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getMoveElement()
 * @model
 * @generated
 */
public interface MoveElement extends ContainerOperation {
	/**
	 * Returns the value of the '<em><b>New Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Container Expression</em>' attribute.
	 * @see #setNewContainerExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getMoveElement_NewContainerExpression()
	 * @model
	 * @generated
	 */
	String getNewContainerExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.MoveElement#getNewContainerExpression <em>New Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Container Expression</em>' attribute.
	 * @see #getNewContainerExpression()
	 * @generated
	 */
	void setNewContainerExpression(String value);

	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getMoveElement_FeatureName()
	 * @model
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.MoveElement#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Index Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index Expression</em>' attribute.
	 * @see #setIndexExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getMoveElement_IndexExpression()
	 * @model
	 * @generated
	 */
	String getIndexExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.MoveElement#getIndexExpression <em>Index Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index Expression</em>' attribute.
	 * @see #getIndexExpression()
	 * @generated
	 */
	void setIndexExpression(String value);

} // MoveElement
