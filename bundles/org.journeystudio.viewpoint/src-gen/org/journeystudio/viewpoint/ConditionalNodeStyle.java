/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ConditionalNodeStyle#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalNodeStyle()
 * @model
 * @generated
 */
public interface ConditionalNodeStyle extends ConditionalStyle {
	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getConditionalNodeStyle_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ConditionalNodeStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

} // ConditionalNodeStyle
